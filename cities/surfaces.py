"""Public surfaces of the cities app (see core.surfaces)."""

from core.surfaces import Surface, index_url, register


def members_index_addresses(language):
    """Every page of the members index (it lists MEMBERS_PER_PAGE members a page)."""
    from core.listing import page_addresses
    from core.visibility import visible

    from .members import MEMBERS_PER_PAGE
    from .models import CityPage

    index = index_url("cities.CityIndexPage", language)
    if not index:
        return []
    members = visible(CityPage.objects.filter(locale__language_code=language)).count()
    return page_addresses(index[0], members, MEMBERS_PER_PAGE)


def register_surfaces():
    register(
        Surface(
            "members index, map and A-Z list",
            addresses=lambda language, term: members_index_addresses(language),
            page_model="cities.CityIndexPage",
            lists=frozenset({"city"}),
        )
    )
    register(
        Surface(
            "city profile: hosted and adopted pilots, awards, news, events",
            page_model="cities.CityPage",
            lists=frozenset({"pilot", "winner", "news", "event"}),
        )
    )
