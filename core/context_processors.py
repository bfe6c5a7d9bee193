from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from .caching import cached_for_tree
from .footer import follow_links
from .i18n import active_locale
from .models import SiteSettings
from .routing import cached_site_for_request
from .visibility import visible


def site_chrome(request):
    """Settings and language facts every template needs, cached until the tree changes."""
    site = cached_site_for_request(request)
    site_settings = None
    footer_links = []
    follow = []
    if site is not None:
        site_settings = cached_for_tree(
            f"site-settings:{site.pk}", lambda: SiteSettings.for_site(site)
        )
        language = translation.get_language() or settings.LANGUAGE_CODE
        footer_links = cached_for_tree(
            f"footer-links:{site.pk}:{language}",
            lambda: footer_pages(site_settings, language, request),
        )
        follow = cached_for_tree(
            f"follow-links:{site.pk}:{language}",
            lambda: follow_links(active_locale().pk, request),
        )
    return {"site_settings": site_settings, "footer_links": footer_links, "follow_links": follow}


def footer_pages(site_settings, language, request):
    """[(title, url)] of the footer's pages, each in the visitor's language where it is on
    show there, else in English, else left out."""
    ids = [getattr(site_settings, f"{name}_id") for name in SiteSettings.footer_page_fields]
    chosen = {page.pk: page for page in Page.objects.filter(pk__in=[i for i in ids if i])}
    keys = [page.translation_key for page in chosen.values()]
    versions = {}
    for page in visible(
        Page.objects.filter(
            translation_key__in=keys,
            locale__language_code__in=[language, settings.LANGUAGE_CODE],
        ).select_related("locale")
    ):
        if page.locale.language_code == language or page.translation_key not in versions:
            versions[page.translation_key] = page
    links = []
    for page_id in ids:
        page = versions.get(chosen[page_id].translation_key) if page_id in chosen else None
        if page is not None:
            links.append((page.title, page.get_url(request)))
    return links
