"""What other apps show on a member city's profile, each registered by its own app.

A city profile lists the pages that point at the member: the pilots it hosts or adopted,
its award entries, the news about it, the events it hosts. The cities app knows none of
those page types. Each app registers a ProfileSection from its AppConfig.ready, and the
profile (cities.profile) reads every section's pages in one query on the page table and
hands each section its rows to arrange and its template to show them.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ProfileSection:
    # The registering app's page model whose pages point at member cities.
    model: type
    # Renders the section from `section` (what arrange returned).
    template: str
    # (city page, pk of the city's English page) -> ({name: expression} to annotate the
    # language's pages with, a Q that holds for this section's pages). Relations point at
    # the English city in every language.
    finds: Callable
    # (rows, city page) -> a dict for the template, or None when there is nothing to show.
    # Rows are pages of `model` with the `values` below and `parent_title` annotated.
    arrange: Callable
    # {name: expression on Page} each row carries, e.g. {"pilot_status": F("pilotpage__status")}.
    values: dict
    # Place on the profile, smaller first.
    order: int = 100


_sections: list[ProfileSection] = []


def register(section: ProfileSection):
    _sections.append(section)
    _sections.sort(key=lambda registered: registered.order)
    return section


def registered() -> list[ProfileSection]:
    return list(_sections)
