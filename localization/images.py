"""Image alt text in the visitor's language.

Pictures chosen in a page's body (ImageBlock) carry their own alt text, and hero pictures
their page's `…_alt` field (core.picture_descriptions); both are translated with the page.
Any other picture, and a page whose own text is empty, is described by the image's own
description, which is English; its translations live in ImageAltText and are looked up here
from a per-language table cached until something changes (no query on a warm cache, one
query to rebuild it).
"""

from django.conf import settings
from django.utils import translation

from core.caching import cached_for_tree

from .models import ImageAltText


def alt_texts(language_code):
    """{image id: alt text} for every image translated into a language."""

    def build():
        return dict(
            ImageAltText.objects.filter(locale__language_code=language_code).values_list(
                "image_id", "text"
            )
        )

    return cached_for_tree(f"image-alt-texts:{language_code}", build)


def localized_alt_text(image, language_code=None):
    """The image's alt text in a language (the active one by default), falling back to
    its English description while no translation exists."""
    if image is None:
        return ""
    language_code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    if language_code != settings.LANGUAGE_CODE:
        text = alt_texts(language_code).get(image.pk)
        if text:
            return text
    return image.default_alt_text
