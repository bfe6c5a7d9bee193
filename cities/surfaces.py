"""Public surfaces of the cities app (see core.surfaces)."""

from core.surfaces import Surface, index_url, register


def register_surfaces():
    register(
        Surface(
            "members index, map and A-Z list",
            addresses=lambda language, term: index_url("cities.CityIndexPage", language),
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
