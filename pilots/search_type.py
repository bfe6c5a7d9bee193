"""Pilots as a kind of search result (see core.search_types)."""

from django.utils.translation import gettext_lazy as _

from core.search_types import SearchType, register_search_type

from .models import PilotPage


def register():
    register_search_type(
        SearchType(
            key="pilot",
            model=PilotPage,
            label=_("Pilot"),
            plural=_("Pilots"),
            year_field="start_date",
            position=30,
            date_field="start_date",
            topic_field="topics",
        )
    )
