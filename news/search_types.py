"""News and events as kinds of search result (see core.search_types)."""

from django.utils.translation import gettext_lazy as _

from core.search_types import SearchType, register_search_type

from .models import EventPage, NewsPage


def register():
    register_search_type(
        SearchType(
            key="news",
            model=NewsPage,
            label=_("News"),
            plural=_("News and press releases"),
            year_field="date",
            position=40,
            date_field="date",
            topic_field="topics",
        )
    )
    register_search_type(
        SearchType(
            key="event",
            model=EventPage,
            label=_("Event"),
            plural=_("Events"),
            year_field="start",
            position=50,
            date_field="start",
        )
    )
