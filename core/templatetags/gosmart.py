from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core import fragments, navigation
from core.i18n import active_locale

register = template.Library()
register.tag("shared_fragment", fragments.shared_fragment)


@register.simple_tag(takes_context=True)
def menu_items(context):
    return navigation.menu_items(context["request"])


@register.simple_tag(takes_context=True)
def language_versions(context, page=None):
    return navigation.language_versions(context["request"], page)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """Absolute address for canonical links, hreflang and Open Graph tags."""
    if not url:
        return ""
    if url.startswith(("http://", "https://")):
        return url
    return context["request"].build_absolute_uri(url)


@register.filter
def og_locale(language_code):
    """Open Graph wants ll_TT locales."""
    return settings.OPEN_GRAPH_LOCALES.get(language_code, "en_US")


@register.filter
def startswith(value, prefix):
    return bool(value) and bool(prefix) and str(value).startswith(str(prefix))


@register.filter
def json_ld(data):
    """A <script type="application/ld+json"> element for structured data (schema.org).

    json_script-style escaping keeps "</script>" in content from closing the element."""
    from django.utils.html import json_script

    element = json_script(data).replace(
        '<script type="application/json"', '<script type="application/ld+json"'
    )
    return mark_safe(element)  # noqa: S308 - json_script escaped the data


# The original of every translation is written in the default language (English).
ORIGINAL_TEXT = format_html(
    ' lang="{}" dir="{}"',
    settings.LANGUAGE_CODE,
    "rtl" if translation.get_language_info(settings.LANGUAGE_CODE)["bidi"] else "ltr",
)


def shown_in_the_original(item):
    """A page that is an untranslated copy, or a translatable snippet (or a summary of one,
    with its locale_id) shown in English because the visitor's language has none yet."""
    if getattr(item, "alias_of_id", None) is not None:
        return True
    locale_id = getattr(item, "locale_id", None)
    return locale_id is not None and locale_id != active_locale().pk


@register.simple_tag(takes_context=True)
def original_language(context, page=None):
    """` lang="en" dir="ltr"` on an element holding page text that is shown in the original
    because it is not translated yet, so that only that text, never the interface around it,
    is marked as English. Without a page: the page being shown; with one: a page in a list,
    or a snippet shown in the original language."""
    if page is None:
        untranslated = context.get("is_untranslated", False)
    else:
        untranslated = shown_in_the_original(page)
    if not untranslated or translation.get_language() == settings.LANGUAGE_CODE:
        return ""
    return ORIGINAL_TEXT
