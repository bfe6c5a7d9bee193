"""The registry of public surfaces: every place where visitors can read about pages.

Each app registers, from its AppConfig.ready, the surfaces it adds: a listing, a feed, a
calendar, a download, an API endpoint, or the sections a page of one of its types shows
about other pages (a city profile's pilots, a news item's cities). The visibility tests read
every registered surface in every language and check that no hidden page shows on any of
them; another test fails when a public URL, a routable sub-page or a page type is served by
no registered surface, so a new surface cannot be added without joining those tests.

core.visibility decides what a surface may show; this module only lists the surfaces.
"""

from collections.abc import Callable
from dataclasses import dataclass

# The kinds of page a surface can list (what the visibility tests hide and look for).
KINDS = frozenset({"city", "pilot", "winner", "news", "event", "page"})


@dataclass(frozen=True)
class Surface:
    name: str
    # (language code, a search term) -> the addresses to read; None for page sections.
    addresses: Callable[[str, str], list[str]] | None = None
    # For sections that pages of a type show: that page model ("cities.CityPage").
    page_model: str | None = None
    # Which kinds of page it lists (each must show there once visible).
    lists: frozenset = frozenset()
    # URL pattern names and routable sub-page names it serves.
    routes: tuple = ()
    # Whether an address depends on the language (sitemap.xml does not).
    per_language: bool = True

    def __post_init__(self):
        unknown = set(self.lists) - KINDS
        if unknown:
            raise ValueError(f"unknown kinds of page: {sorted(unknown)}")


_registry: dict[str, Surface] = {}
# URL names that show no page (a form, a health check), each with the reason.
_exempt: dict[str, str] = {}


def register(surface: Surface):
    _registry[surface.name] = surface
    return surface


def register_exempt(route: str, reason: str):
    _exempt[route] = reason


def registered() -> list[Surface]:
    return list(_registry.values())


def exempt_routes() -> dict[str, str]:
    return dict(_exempt)


def page_url(model_label, language, **lookup):
    """The address of the first page of a model in a language (for address builders)."""
    from django.apps import apps

    page = (
        apps.get_model(model_label)
        .objects.filter(locale__language_code=language, **lookup)
        .order_by("path")
        .first()
    )
    return page.url if page is not None else None


def index_url(model_label, language, suffix=""):
    """[address of the section's index page + suffix], or [] without one."""
    url = page_url(model_label, language)
    return [url + suffix] if url else []
