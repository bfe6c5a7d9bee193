"""Keep the roles whole as the page tree grows.

- After every migrate, the fixed groups get their permissions (editorial.roles).
- A new language tree (a new home page) gets that language's translators.
- A new language version of an onboarded city page (an alias made by the locale sync, or a
  translation) gets the city team's permissions and the review workflow at once.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page

from . import roles


def ensure_roles_after_migrate(sender, apps=None, **kwargs):
    # Skip partial migrations that leave these tables out (e.g. migrating an app to zero).
    try:
        apps.get_model("editorial", "CityTeam")
        apps.get_model("wagtailcore", "GroupPagePermission")
    except LookupError:
        return
    roles.ensure_roles()


@receiver(post_save, dispatch_uid="editorial-page-created")
def extend_roles_to_new_page(sender, instance, created, raw=False, **kwargs):
    if raw or not created or not isinstance(instance, Page):
        return
    if instance.depth == 2:
        language_code = instance.locale.language_code
        if language_code in roles.translation_languages():
            roles.ensure_translators(language_code)
    if instance._meta.label == "cities.CityPage":
        from .models import CityTeam
        from .onboarding import extend_team_to_pages

        team = (
            CityTeam.objects.filter(city__translation_key=instance.translation_key)
            .select_related("group")
            .first()
        )
        if team is not None:
            extend_team_to_pages(team, [instance])
