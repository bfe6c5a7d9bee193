"""Header navigation and the language versions of a page."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from .caching import cached_for_tree
from .i18n import is_untranslated
from .routing import cached_site_for_request
from .visibility import visible


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


def language_versions(request, page=None):
    """One entry per content language: where the current page lives in it, and whether it
    is really translated there (aliases are untranslated copies of the English page)."""
    current = translation.get_language()
    by_language = {}
    if not isinstance(page, Page):
        page = None
    if page is not None:
        for version in (
            visible(Page.objects.filter(translation_key=page.translation_key), request)
            .select_related("locale")
            .only("id", "url_path", "alias_of_id", "live", "locale", "depth", "path")
        ):
            by_language[version.locale.language_code] = version
    # A sub-route of the page (a press room, a calendar file) keeps its tail in every language.
    suffix = ""
    current_version = by_language.get(current)
    if current_version is not None:
        current_url = current_version.get_url(request) or ""
        if request.path.startswith(current_url):
            suffix = request.path[len(current_url) :]
    versions = []
    for code, name in settings.LANGUAGES:
        version = by_language.get(code)
        available = True
        if version is not None:
            url = version.get_url(request)
            if url:
                url += suffix
            translated = not is_untranslated(version)
        elif page is not None:
            # Not on show in that language: lead to that language's home page instead.
            url, translated, available = f"/{code}/", False, False
        else:
            # Views that are not pages (search, feeds) exist in every language.
            url = translate_url(request.path, code)
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
