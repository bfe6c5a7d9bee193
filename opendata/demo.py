"""Demo content: the Open data page, and promoted search results for common queries
(opendata/demo_content/open_data.yaml)."""

from .models import OpenDataPage


def load(demo):
    data = demo.data("opendata", "open_data")
    home = demo.registry.get("home") or demo.home
    page = demo.ensure_page(home, OpenDataPage, **data["page"])
    demo.registry["open_data"] = page
    promote(page, data["promoted_for"]["queries"], data["promoted_for"]["description"])


def promote(page, queries, description):
    """Promote a page for some search queries (idempotent)."""
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    for query_string in queries:
        query = Query.get(query_string)
        SearchPromotion.objects.get_or_create(
            query=query, page=page, defaults={"description": description, "sort_order": 0}
        )
