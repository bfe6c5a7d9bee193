"""Public surfaces of the pilots app (see core.surfaces)."""

from core.surfaces import Surface, index_url, register


def register_surfaces():
    register(
        Surface(
            "pilots index",
            addresses=lambda language, term: index_url("pilots.PilotIndexPage", language),
            page_model="pilots.PilotIndexPage",
            lists=frozenset({"pilot"}),
        )
    )
    register(
        Surface(
            "pilot case study: host, adopting cities",
            page_model="pilots.PilotPage",
            lists=frozenset({"city"}),
        )
    )
