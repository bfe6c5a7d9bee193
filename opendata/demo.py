"""Demo content: the Open data page, and promoted search results for common queries."""

from .models import OpenDataPage


def load(demo):
    home = demo.registry.get("home") or demo.home
    page = demo.ensure_page(
        home,
        OpenDataPage,
        "open-data",
        title="Open data",
        show_in_menus=True,
        intro=(
            "Go Smart publishes its member directory, awards database, pilots and the "
            "registry of datasets that member cities share, as files and through a public "
            "API, free to reuse."
        ),
        listing_summary=(
            "Download the member directory, the awards database and the pilots, or query "
            "the public API."
        ),
        search_description=(
            "Open data from Go Smart: member cities, award winners, pilots and shared "
            "datasets as CSV, JSON and a public API."
        ),
    )
    demo.registry["open_data"] = page
    promote(
        page, ["open data", "api", "data", "download"], "The API, the downloads and the licence."
    )


def promote(page, queries, description):
    """Promote a page for some search queries (idempotent)."""
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    for query_string in queries:
        query = Query.get(query_string)
        SearchPromotion.objects.get_or_create(
            query=query, page=page, defaults={"description": description, "sort_order": 0}
        )
