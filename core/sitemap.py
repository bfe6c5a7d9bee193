"""sitemap.xml listing every live page in every language, with hreflang alternates.

Wagtail's stock sitemap lists only the default locale and no alternates."""

from collections import defaultdict

from django.conf import settings
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page

from .routing import cached_site_for_request
from .visibility import visible


def sitemap_entries(request):
    site = cached_site_for_request(request)
    if site is None:
        return []
    pages = (
        visible(Page.objects.filter(depth__gte=site.root_page.depth))
        .select_related("locale")
        .only("id", "url_path", "path", "depth", "translation_key", "locale", "last_published_at")
        .order_by("path")
    )
    default_language = settings.LANGUAGE_CODE
    groups = defaultdict(dict)
    order = []
    for page in pages:
        # Relative to the host the sitemap was asked for (the Site record may still say
        # "localhost"); pages of another site come back absolute already.
        url = page.get_url(request)
        if url is None:
            continue
        url = request.build_absolute_uri(url)
        if page.translation_key not in groups:
            order.append(page.translation_key)
        groups[page.translation_key][page.locale.language_code] = (url, page.last_published_at)
    entries = []
    language_order = [code for code, _name in settings.LANGUAGES]
    for key in order:
        versions = groups[key]
        alternates = [(code, versions[code][0]) for code in language_order if code in versions]
        x_default = versions.get(default_language, next(iter(versions.values())))[0]
        for code, url in alternates:
            entries.append(
                {
                    "location": url,
                    "lastmod": versions[code][1],
                    "alternates": alternates,
                    "x_default": x_default,
                }
            )
    return entries


@require_GET
@cache_control(max_age=60 * 15, public=True)
def sitemap(request):
    return TemplateResponse(
        request,
        "core/sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )
