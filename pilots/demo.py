"""Demo content for the pilots: the Pilots index and fourteen pilot case studies, each
under its host city's page, with partners, measured results and adopting cities.

The content is in pilots/demo_content/pilots.yaml. Runs after the cities loader
(demo.registry["cities"]).
"""

from decimal import Decimal

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.demo import grow_pages, rich
from core.demo_pictures import SCENES, motif_for_topics

from .models import PilotIndexPage, PilotPage, PilotResult


def load(demo):
    # Wagtail's reference index is built once per new page rather than on every save.
    with disable_reference_index_auto_update():
        created = build(demo)
    for page in created:
        ReferenceIndex.create_or_update_for_object(page)


def build(demo):
    """Create what is missing; return the new pages."""
    created = []
    home = demo.registry.get("home") or demo.home
    cities = demo.registry.get("cities", {})
    topics = demo.registry["topics"]
    partners = demo.registry["partners"]
    data = demo.data("pilots", "pilots")
    existing_index = demo.child(home, data["index"]["slug"])
    index = demo.ensure_page(home, PilotIndexPage, **data["index"])
    if existing_index is None:
        created.append(index)
    pilots = {}
    for spec in data["pilots"]:
        host = cities.get(spec["host"])
        if host is None:
            continue
        existing = demo.child(host, spec["slug"])
        if existing is not None:
            pilots[spec["slug"]] = existing
            continue
        motif = motif_for_topics(spec["topics"])
        hero = demo.image(
            data["hero_image"]["title"].format(title=spec["title"]),
            data["hero_image"]["alt_text"].format(
                scene=SCENES[motif], venue_name=spec["venue_name"]
            ),
            seed=spec["slug"],
            label=f"pilot-{spec['slug']}",
            motif=motif,
        )
        pilots[spec["slug"]] = demo.ensure_page(
            host,
            PilotPage,
            spec["slug"],
            title=spec["title"],
            venue_type=spec["venue_type"],
            venue_name=spec["venue_name"],
            status=spec["status"],
            start_date=spec["start_date"],
            end_date=spec["end_date"],
            topics=[topics[slug] for slug in spec["topics"]],
            partners=[partners[name] for name in spec["partners"]],
            adopted_by=[cities[slug] for slug in spec["adopted_by"] if slug in cities],
            hero_image=hero,
            listing_summary=spec["summary"],
            challenge=rich(spec["challenge"]),
            solution=rich(spec["solution"]),
            results=[
                PilotResult(
                    locale=demo.locale,
                    sort_order=order,
                    value=Decimal(result["value"]),
                    unit=result["unit"],
                    label=result["label"],
                )
                for order, result in enumerate(spec["results"])
            ],
            body=[{"type": "quote", "value": data["quote"]}],
        )
        created.append(pilots[spec["slug"]])
    demo.registry["pilots"] = pilots
    return created


def grow(factor):
    """Copies of the live English PilotPage pages (manage.py grow_demo_content)."""
    return grow_pages(factor, PilotPage)
