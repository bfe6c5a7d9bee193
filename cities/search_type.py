"""Member cities as a kind of search result (see core.search_types)."""

from django.utils.translation import gettext_lazy as _

from core.search_types import SearchType, register_search_type

from .models import CityPage


def register():
    register_search_type(
        SearchType(
            key="city",
            model=CityPage,
            label=_("Member city"),
            plural=_("Member cities"),
            year_field="member_since",
            position=10,
            topic_field="topics",
            country_field="country",
        )
    )
