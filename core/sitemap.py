"""The sitemaps: an index at /sitemap.xml, and one sitemap per language
(/sitemap-<language>.xml) listing that language's live pages with their hreflang alternates.

Split by language, and into numbered parts of `URLS_PER_SITEMAP` pages (?p=2, …), so each
request reads a bounded number of one language's pages and their translations, never the
whole tree: a part costs the same whether the site has a hundred pages or a hundred
thousand (the protocol allows 50,000 URLs a file; with seven alternates each, 200 URLs
already make a file of about 180 KB). Wagtail's stock sitemap lists only the default locale
and no alternates."""

from collections import defaultdict
from html import escape

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from .caching import cached_for_tree
from .listing import page_addresses, page_count
from .routing import absolute_addresses, address_of, cached_site_for_request
from .visibility import visible

URLS_PER_SITEMAP = 200


def pages_of_site(site):
    if site is None:
        return Page.objects.none()
    return visible(Page.objects.filter(depth__gte=site.root_page.depth))


def site_pages(request):
    return pages_of_site(cached_site_for_request(request))


def language_pages(request, language):
    return site_pages(request).filter(locale__language_code=language)


def pages_in_language(site, language):
    """How many public pages a language has on the site: counted once per tree generation
    (a count reads every page of the language, which grows with the site)."""
    if site is None:
        return 0
    return cached_for_tree(
        f"sitemap-pages:{site.pk}:{language}",
        lambda: pages_of_site(site).filter(locale__language_code=language).count(),
    )


def parts_of(request, language):
    site = cached_site_for_request(request)
    return page_count(pages_in_language(site, language), URLS_PER_SITEMAP)


def part_addresses(site, language, first):
    """The address of every part of a language's sitemap: the first at `first`, the others
    at ?p=2, ?p=3, …"""
    return page_addresses(first, pages_in_language(site, language), URLS_PER_SITEMAP, "?p={}")


def part_paths(language):
    """The paths of every part of a language's sitemap on the default site (what the
    visibility tests read)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return part_addresses(site, language, reverse("sitemap_language", args=[language]))


def sitemap_entries(request, language, part=1):
    start = (part - 1) * URLS_PER_SITEMAP
    pages = list(
        language_pages(request, language)
        .order_by("path")
        .values_list("url_path", "translation_key", "last_published_at")[
            start : start + URLS_PER_SITEMAP
        ]
    )
    absolute = absolute_addresses(request)
    versions = defaultdict(dict)  # translation key -> language -> address
    for key, code, url_path in (
        site_pages(request)
        .filter(translation_key__in=[key for _path, key, _published in pages])
        .values_list("translation_key", "locale__language_code", "url_path")
    ):
        url = absolute(address_of(url_path, request))
        if url:
            versions[key][code] = url
    language_order = [code for code, _name in settings.LANGUAGES]
    entries = []
    for url_path, key, last_published in pages:
        url = versions[key].get(language) or absolute(address_of(url_path, request))
        if url is None:
            continue
        found = versions[key]
        alternates = [(code, found[code]) for code in language_order if code in found]
        entries.append(
            {
                "location": url,
                "lastmod": last_published,
                "alternates": alternates,
                "x_default": found.get(settings.LANGUAGE_CODE, url),
            }
        )
    return entries


def urlset(entries):
    """The sitemap document, written directly: a part has a thousand addresses, for which a
    template's per-tag work costs more than everything else in the request."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for entry in entries:
        parts = [f"<url><loc>{escape(entry['location'])}</loc>"]
        if entry["lastmod"]:
            parts.append(f"<lastmod>{timezone.localtime(entry['lastmod']).isoformat()}</lastmod>")
        parts.extend(
            f'<xhtml:link rel="alternate" hreflang="{code}" href="{escape(url)}"/>'
            for code, url in entry["alternates"]
        )
        x_default = escape(entry["x_default"])
        parts.append(f'<xhtml:link rel="alternate" hreflang="x-default" href="{x_default}"/></url>')
        lines.append("".join(parts))
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


@require_GET
@cache_control(max_age=60 * 15, public=True)
def sitemap(request):
    """The index: one sitemap per language (and per part when a language is large)."""
    site = cached_site_for_request(request)
    sitemaps = []
    for language, _name in settings.LANGUAGES:
        location = request.build_absolute_uri(reverse("sitemap_language", args=[language]))
        sitemaps.extend(part_addresses(site, language, location))
    return TemplateResponse(
        request,
        "core/sitemap_index.xml",
        {"sitemaps": sitemaps},
        content_type="application/xml; charset=utf-8",
    )


@require_GET
@cache_control(max_age=60 * 15, public=True)
def language_sitemap(request, language):
    if language not in dict(settings.LANGUAGES):
        raise Http404("No sitemap for that language")
    part = request.GET.get("p", "1")
    if not part.isdigit() or not 1 <= int(part) <= parts_of(request, language):
        raise Http404("No such part of the sitemap")
    # One document for every crawler, like the feeds and the open-data files: built once
    # per tree generation, language, part and address (the visibility rule here is the
    # public one, whoever asks).
    origin = request.build_absolute_uri("/")
    body = cached_for_tree(
        f"sitemap:{language}:{int(part)}:{origin}",
        lambda: urlset(sitemap_entries(request, language, int(part))),
    )
    return HttpResponse(body, content_type="application/xml; charset=utf-8")
