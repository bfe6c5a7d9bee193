"""Header navigation and the language versions of a page."""

import functools

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from .caching import cached_for_tree
from .i18n import is_untranslated
from .routing import cached_site_for_request
from .visibility import cached_for_everyone, visible


def menu_items(request):
    """The home page and its children marked "show in menus", in the active language."""
    site = cached_site_for_request(request)
    if site is None:
        return []
    language = translation.get_language()

    def build():
        home = (
            Page.objects.filter(
                translation_key=site.root_page.translation_key,
                locale__language_code=language,
            )
            .select_related("locale")
            .first()
        )
        if home is None:
            return []
        # The same menu for everyone (it is cached): pages every visitor may see.
        pages = visible(home.get_children().in_menu()).select_related("locale").order_by("path")
        return [
            {"title": page.title, "url": page.get_url(request), "path": page.path}
            for page in [home, *pages]
        ]

    return cached_for_tree(f"menu:{site.pk}:{language}", build)


def versions_of(page, request):
    """{language code: (address, really translated)} for the versions of the page this
    request may see: cached until the tree changes for requests that see what everyone
    sees, so most pages pay nothing for their language menu."""

    def build():
        found = {}
        for version in (
            visible(Page.objects.filter(translation_key=page.translation_key), request)
            .select_related("locale")
            .only("id", "url_path", "alias_of_id", "live", "locale", "depth", "path")
        ):
            found[version.locale.language_code] = (
                version.get_url(request),
                not is_untranslated(version),
            )
        return found

    site = cached_site_for_request(request)
    key = f"versions:{site.pk if site else 0}:{page.translation_key}"
    return cached_for_everyone(request, key, build)


def language_versions(request, page=None):
    """One entry per content language: where the current page lives in it, and whether it
    is really translated there (aliases are untranslated copies of the English page)."""
    current = translation.get_language()
    if not isinstance(page, Page):
        page = None
    by_language = versions_of(page, request) if page is not None else {}
    # A sub-route of the page (a press room, a calendar file) keeps its tail in every language.
    suffix = ""
    if current in by_language:
        current_url = by_language[current][0] or ""
        if request.path.startswith(current_url):
            suffix = request.path[len(current_url) :]
    versions = []
    for code, name in settings.LANGUAGES:
        available = True
        if code in by_language:
            url, translated = by_language[code]
            if url:
                url += suffix
        elif page is not None:
            # Not on show in that language: lead to that language's home page instead.
            url, translated, available = f"/{code}/", False, False
        else:
            # Views that are not pages (search, feeds) exist in every language.
            url = translated_path(request.path, code)
            translated = True
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "translated": translated,
                "available": available,
                "current": code == current,
                "dir": "rtl" if translation.get_language_info(code)["bidi"] else "ltr",
            }
        )
    return versions


@functools.lru_cache(maxsize=1024)
def translated_path(path, language):
    """The same view's address in another language. Django resolves and reverses the path
    each time (about 2 ms for the seven languages of a search page); the answer depends
    only on the URL patterns, so it is kept (a bounded number of paths)."""
    return translate_url(path, language)


@receiver(setting_changed)
def forget_translated_paths(setting, **kwargs):
    if setting == "ROOT_URLCONF":  # other URL patterns (tests)
        translated_path.cache_clear()
