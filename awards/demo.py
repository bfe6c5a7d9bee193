"""Demo content for the awards: four editions (2024-2027), six categories with weighted
judging criteria, and forty-odd winners, finalists and special mentions.

The content is in awards/demo_content/awards.yaml. The winners point at the member cities
and pilots other loaders put in demo.registry; when a city or pilot is missing, the loader
uses another member city, or no city at all. The 2026 edition's ceremony is an event of the
news loader, which runs later: it is linked once every loader has run.
"""

from core.demo import grow_pages
from core.models import Partner

from .models import (
    AwardCategoryPage,
    AwardCriterion,
    AwardEdition,
    AwardsIndexPage,
    AwardWinnerPage,
    JuryMember,
)


def slug_for(year, project):
    from django.utils.text import slugify

    return f"{year}-{slugify(project)}"[:80]


def ensure_organisations(demo, data):
    partners = dict(demo.registry.get("partners", {}))
    for organisation in data["organisations"]:
        partners[organisation["name"]], _created = Partner.objects.get_or_create(
            name=organisation["name"],
            locale=demo.locale,
            defaults={
                "kind": organisation["kind"],
                "country": organisation["country"],
                "description": organisation["description"],
            },
        )
    demo.registry["partners"] = partners
    return partners


def ensure_editions(demo, data):
    editions = {}
    for edition_data in data["editions"]:
        year = edition_data["year"]
        edition = AwardEdition.objects.filter(year=year, locale=demo.locale).first()
        if edition is None:
            edition = AwardEdition(
                year=year,
                theme=edition_data["theme"],
                description=edition_data["description"],
                call_opens=edition_data["call_opens"],
                call_closes=edition_data["call_closes"],
                entry_url=data["entry_url"].format(year=year),
                results_announced_at=edition_data.get("results_announced_at"),
                locale=demo.locale,
                jury=[
                    JuryMember(sort_order=order, locale=demo.locale, **member)
                    for order, member in enumerate(edition_data["jury"])
                ],
            )
            edition.save()
        editions[year] = edition
    return editions


def ensure_categories(demo, index, data):
    topics = demo.registry.get("topics", {})
    categories = {}
    for category in data["categories"]:
        categories[category["slug"]] = demo.ensure_page(
            index,
            AwardCategoryPage,
            category["slug"],
            title=category["title"],
            description=category["description"],
            listing_summary=category["description"],
            eligibility=data["eligibility"],
            topic=topics.get(category["topic"]),
            criteria=[
                AwardCriterion(sort_order=order, locale=demo.locale, **criterion)
                for order, criterion in enumerate(category["criteria"])
            ],
        )
    return categories


def body_for(demo, page, winner, city_name):
    """A winner's page: its summary and the jury's note, figures drawn from the seed, a
    quote (the `winner_page` texts)."""
    improvement = demo.random.randint(12, 45)
    people = demo.random.choice([1200, 3500, 8000, 15000, 40000, 120000])
    months = demo.random.randint(6, 30)
    figures = page["figures"]
    if city_name:
        note = demo.translations.compose(
            page["jury_note"], project=winner["project"], city=city_name
        )
    else:
        note = page["jury_note_without_city"].format(project=winner["project"])
    return [
        {"type": "paragraph", "value": f"<p>{winner['summary']}</p><p>{note}</p>"},
        {
            "type": "key_figures",
            "value": {
                "heading": page["results_heading"],
                "figures": [
                    {"value": str(improvement), "unit": "%", "label": figures["improvement"]},
                    {"value": f"{people:,}", "unit": "", "label": figures["reached"]},
                    {
                        "value": str(months),
                        "unit": figures["months"],
                        "label": figures["in_operation"],
                    },
                ],
            },
        },
        {"type": "quote", "value": page["quote"]},
    ]


def load(demo):
    data = demo.data("awards", "awards")
    home = demo.registry.get("home") or demo.home
    index = demo.ensure_page(home, AwardsIndexPage, **data["index"])
    editions = ensure_editions(demo, data)
    demo.when_all_loaded(lambda: link_award_ceremony(demo))
    categories = ensure_categories(demo, index, data)
    partners = ensure_organisations(demo, data)
    cities = demo.registry.get("cities", {})
    city_slugs = sorted(cities)
    pilots = demo.registry.get("pilots", {})
    picture = data["winner_page"]["picture"]

    winners = {}
    for winner in data["winners"]:
        project = winner["project"]
        category = categories[winner["category"]]
        slug = slug_for(winner["year"], project)
        existing = demo.child(category, slug)
        if existing is not None:
            winners[slug] = existing
            continue
        pilot = pilots.get(winner["pilot"]) if winner["pilot"] else None
        city = cities.get(winner["city"])
        if pilot is not None:
            city = pilot.get_parent().specific
        elif city is None and city_slugs:
            city = cities[demo.random.choice(city_slugs)]
        image = demo.image(
            picture["title"].format(project=project),
            demo.translations.compose(picture["alt_text"], project=project),
            seed=slug,
            motif="award",
            size=(960, 540),
            label=f"award-{slug}",
        )
        winners[slug] = demo.ensure_page(
            category,
            AwardWinnerPage,
            slug,
            title=project,
            project_name=project,
            project_summary=winner["summary"],
            listing_summary=winner["summary"][:300],
            edition=editions[winner["year"]],
            placement=winner["placement"],
            city=city,
            organisation=partners.get(winner["organisation"]),
            pilot=pilot,
            hero_image=image,
            body=body_for(demo, data["winner_page"], winner, city.title if city else ""),
        )
    demo.registry["awards"] = {
        "index": index,
        "editions": editions,
        "categories": categories,
        "winners": winners,
    }


def grow(factor):
    """Copies of the live English AwardWinnerPage pages (manage.py grow_demo_content)."""
    return grow_pages(factor, AwardWinnerPage)


def link_award_ceremony(demo):
    """The 2026 edition points at its ceremony, the event the news loader creates (found
    through the edition's own relation to events)."""
    event_model = AwardEdition._meta.get_field("ceremony").related_model
    ceremony = event_model.objects.filter(slug="award-ceremony-2026", locale=demo.locale).first()
    if ceremony is not None:
        AwardEdition.objects.filter(year=2026, ceremony__isnull=True).update(ceremony=ceremony)
