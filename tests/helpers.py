"""Helpers shared by test modules."""

from wagtail.models import Page

LANGUAGES = ["en", "zh-hant", "ja", "ko", "es", "fr", "ar"]


def page_in(language, slug_path, model=Page):
    """The page at home/<slug_path> in a language (slug_path like "about" or "members/taipei")."""
    qs = model.objects.filter(locale__language_code=language)
    if not slug_path:
        return qs.filter(depth=2).get().specific
    return qs.filter(url_path__endswith=f"/{slug_path.strip('/')}/").get().specific
