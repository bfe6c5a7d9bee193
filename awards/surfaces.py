"""Public surfaces of the awards app (see core.surfaces)."""

from core.surfaces import Surface, index_url, register


def register_surfaces():
    register(
        Surface(
            "awards index: categories, winners by year, facets",
            addresses=lambda language, term: index_url("awards.AwardsIndexPage", language),
            page_model="awards.AwardsIndexPage",
            lists=frozenset({"winner"}),
        )
    )
    register(
        Surface(
            "award category: winners and finalists by year",
            page_model="awards.AwardCategoryPage",
            lists=frozenset({"winner"}),
        )
    )
    register(
        Surface(
            "award winner: city, pilot, the city's other projects",
            page_model="awards.AwardWinnerPage",
            lists=frozenset({"winner"}),
        )
    )
    register(
        Surface(
            "pilot case study: the award entries it grew into",
            page_model="pilots.PilotPage",
            lists=frozenset({"winner"}),
        )
    )
