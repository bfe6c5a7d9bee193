from django import template
from django.conf import settings
from django.utils.safestring import mark_safe

from core import navigation

register = template.Library()


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
