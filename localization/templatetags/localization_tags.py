from django import template
from wagtail.models import Page

from core.caching import cached_for_tree
from localization.images import localized_alt_text
from localization.models import PublishedTranslation

register = template.Library()


def machine_translated_pages():
    """Ids of pages whose live version holds machine translation no person has reviewed."""
    return cached_for_tree(
        "machine-translated-pages",
        lambda: set(
            PublishedTranslation.objects.filter(machine_strings__gt=0).values_list(
                "page_id", flat=True
            )
        ),
    )


@register.filter
def machine_translated(page):
    """True when the page's live text was translated automatically and not yet reviewed."""
    return isinstance(page, Page) and page.pk in machine_translated_pages()


@register.filter
def alt_text(image, described_here=""):
    """An image's alt text in the visitor's language: {% image img … alt=img|alt_text %}.
    With the page's own description of the picture (`img|alt_text:page.hero_image_alt`),
    that text, which is translated with the page, wins."""
    return described_here or localized_alt_text(image)
