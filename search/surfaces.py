"""Public surfaces of the search app (see core.surfaces)."""

from core.surfaces import Surface, register


def register_surfaces():
    register(
        Surface(
            "site search: results, counts, facets, excerpts",
            addresses=lambda language, term: [f"/{language}/search/?q={term}"],
            lists=frozenset({"city", "pilot", "winner", "news", "event", "page"}),
            routes=("search:search",),
        )
    )
