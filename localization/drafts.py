"""A page appears in the other languages once it is first published.

wagtail-localize copies every page created in the admin into every language tree at once
(an alias per language), so an abandoned "add page" form left a draft in all seven trees.
Here a page created in the admin is copied when it is first published; until then it is a
draft of the English tree only (Reports → Never-published drafts lists those). Submitting
a page for translation still creates that language's version straight away (wagtail-localize
does so itself), and pages made by code (the demo, imports) are copied by their own code.
"""

from django.conf import settings
from wagtail.models import Page, PageLogEntry

from core.aliases import add_missing_aliases


def created_in_the_admin(page):
    """Started by a person (the admin records who created a page; code creates pages with
    no user)."""
    return PageLogEntry.objects.filter(
        page=page, action="wagtail.create", user__isnull=False
    ).exists()


def copy_on_first_publish(sender, instance, **kwargs):
    page = instance
    if page.alias_of_id is not None or page.locale.language_code != settings.LANGUAGE_CODE:
        return
    if Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).exists():
        return  # already in the other languages
    if created_in_the_admin(page):
        add_missing_aliases([page])
