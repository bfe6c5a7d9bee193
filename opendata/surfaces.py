"""Public surfaces of the open-data app (see core.surfaces)."""

from core.open_data import downloads
from core.surfaces import Surface, index_url, register

from .api import ENDPOINTS, MAX_LIMIT


def register_surfaces():
    for slug, collection in downloads().items():
        register(
            Surface(
                f"open-data download ({slug})",
                addresses=lambda language, term, slug=slug: [
                    f"/{language}/data/{slug}.csv",
                    f"/{language}/data/{slug}.json",
                ],
                lists=collection.lists,
                routes=("opendata:download",),
            )
        )
    for name, endpoint in ENDPOINTS.items():
        register(
            Surface(
                f"API ({name})",
                addresses=lambda language, term, name=name: [
                    f"/api/v2/{name}/?locale={language}&limit={MAX_LIMIT}"
                ],
                lists=endpoint.collection.lists,
                routes=(f"opendata_api:{name}:listing", f"opendata_api:{name}:detail"),
            )
        )
    register(
        Surface(
            "API index",
            addresses=lambda language, term: ["/api/v2/"],
            routes=("api_index",),
            per_language=False,
        )
    )
    register(
        Surface(
            "open data page: downloads and the data-sharing registry",
            addresses=lambda language, term: index_url("opendata.OpenDataPage", language),
            page_model="opendata.OpenDataPage",
        )
    )
