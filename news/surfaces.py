"""Public surfaces of the news app (see core.surfaces)."""

from core.surfaces import Surface, index_url, register

NEWS_INDEX = "news.NewsIndexPage"
EVENT_INDEX = "news.EventIndexPage"


def event_index_addresses(language):
    """The events index, and every page of its upcoming events (the index itself shows the
    soonest twelve)."""
    from django.utils import timezone

    from core.listing import page_addresses
    from core.visibility import visible

    from .models import EventPage

    index = index_url(EVENT_INDEX, language)
    if not index:
        return []
    upcoming = visible(
        EventPage.objects.filter(locale__language_code=language, end__gte=timezone.now())
    ).count()
    return index + page_addresses(f"{index[0]}?when=upcoming", upcoming, later="&page={}")


def register_surfaces():
    register(
        Surface(
            "news index",
            addresses=lambda language, term: index_url(NEWS_INDEX, language),
            page_model=NEWS_INDEX,
            lists=frozenset({"news"}),
            routes=(f"{NEWS_INDEX}:index", f"{NEWS_INDEX}:index_route"),
        )
    )
    register(
        Surface(
            "press room",
            addresses=lambda language, term: index_url(NEWS_INDEX, language, "press/"),
            lists=frozenset({"news"}),
            routes=(f"{NEWS_INDEX}:press_room",),
        )
    )
    register(
        Surface(
            "media kit",
            addresses=lambda language, term: index_url(NEWS_INDEX, language, "press/media-kit/"),
            lists=frozenset(),
            routes=(f"{NEWS_INDEX}:media_kit",),
        )
    )
    for name, suffix in (
        ("rss", "feed/rss/"),
        ("atom", "feed/atom/"),
        ("press_rss", "press/feed/rss/"),
        ("press_atom", "press/feed/atom/"),
    ):
        register(
            Surface(
                f"news feed ({name})",
                addresses=lambda language, term, suffix=suffix: index_url(
                    NEWS_INDEX, language, suffix
                ),
                lists=frozenset({"news"}),
                routes=(f"{NEWS_INDEX}:{name}",),
            )
        )
    register(
        Surface(
            "news item: topics, cities, attachments, JSON-LD",
            page_model="news.NewsPage",
            lists=frozenset({"city"}),
        )
    )
    register(
        Surface(
            "events index",
            addresses=lambda language, term: event_index_addresses(language),
            page_model=EVENT_INDEX,
            lists=frozenset({"event"}),
            routes=(f"{EVENT_INDEX}:index", f"{EVENT_INDEX}:index_route"),
        )
    )
    register(
        Surface(
            "events calendar (.ics)",
            addresses=lambda language, term: index_url(EVENT_INDEX, language, "calendar/"),
            lists=frozenset({"event"}),
            routes=(f"{EVENT_INDEX}:calendar",),
        )
    )
    register(
        Surface(
            "event: host city, JSON-LD, calendar file",
            page_model="news.EventPage",
            lists=frozenset({"city"}),
            routes=("news.EventPage:index", "news.EventPage:index_route", "news.EventPage:ics"),
        )
    )
