"""Demo content for the members: the Members index and 36 member profiles, from
cities/demo_content/cities.yaml. Emblems and hero pictures are drawn here, nothing is
downloaded.
"""

import io
import random
from decimal import Decimal

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.demo import grow_pages
from core.models import SiteImage

from .models import CityDataset, CityIndexPage, CityPage

Licence = CityDataset.Licence
OPEN_LICENCES = [Licence.CC_BY, Licence.CC0, Licence.ODBL, Licence.CC_BY_SA]


def licence_for(country, data_format, rng):
    if country == "TW":
        return Licence.OGL_TW
    if data_format in ("GeoJSON", "CityGML") and rng.random() < 0.5:
        return Licence.ODBL
    return rng.choice(OPEN_LICENCES[:2] + [Licence.CC_BY, Licence.OTHER])


def datasets_for(demo, data, city, rng):
    """The open data catalogue, then up to two datasets of each of the city's topics, as
    many as the seed says (three to five)."""
    catalogue = data["open_data_catalogue"]
    chosen = [
        (
            catalogue["name"],
            demo.translations.compose(catalogue["title"], name=city["name"]),
            catalogue["standard"],
            catalogue["data_format"],
            catalogue["topic"],
        )
    ]
    for topic in city["topics"]:
        options = data["datasets"].get(topic, [])
        for option in rng.sample(options, min(len(options), 2)):
            chosen.append(
                (option["title"], option["title"], option["standard"], option["data_format"], topic)
            )
    chosen = chosen[: rng.randint(3, 5)]
    return [
        {
            "title": title,
            "url": data["dataset_url"].format(
                slug=city["slug"], dataset=name.lower().replace(" ", "-")
            ),
            "licence": licence_for(city["country"], data_format, rng),
            "data_format": data_format,
            "standard": standard,
            "topic": topic,
        }
        for name, title, standard, data_format, topic in chosen
    ]


def initials(name):
    words = [word for word in name.replace("-", " ").split() if word]
    letters = "".join(word[0] for word in words[:2]) if len(words) > 1 else name[:2]
    return letters.upper()


def emblem(demo, texts, name, slug):
    """A round emblem with the member's initials (a sample drawing, not a real logo)."""
    title = texts["title"].format(name=name)
    existing = SiteImage.objects.filter(title=title).first()
    if existing is not None:
        return existing
    rng = random.Random(slug)
    colour = rng.choice([(11, 92, 74), (10, 90, 143), (184, 67, 11), (80, 50, 120), (40, 70, 90)])
    size = 256
    picture = PILImage.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(picture)
    draw.ellipse([8, 8, size - 8, size - 8], fill=colour)
    draw.ellipse([28, 28, size - 28, size - 28], outline=(255, 255, 255), width=6)
    font = ImageFont.load_default(size=88)
    draw.text((size / 2, size / 2), initials(name), fill=(255, 255, 255), font=font, anchor="mm")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    description = demo.translations.compose(texts["alt_text"], name=name)
    image = SiteImage(title=title, description=description)
    image.file = ImageFile(buffer, name=f"emblem-{slug}.png")
    image.save()
    return image


def body_for(demo, profile, city, topics, datasets):
    compose = demo.translations.compose
    name = city["name"]
    priorities = compose(
        profile["priorities"], lowercase=("topics",), name=name, topics=[t.name for t in topics]
    )
    figures = profile["figures"]
    return [
        {"type": "heading", "value": {"text": profile["strategy_heading"], "level": "h2"}},
        {"type": "paragraph", "value": f"<p>{city['summary']}</p><p>{priorities}</p>"},
        {
            "type": "key_figures",
            "value": {
                "heading": profile["figures_heading"],
                "figures": [
                    {"value": str(len(topics)), "unit": "", "label": figures["topics"]},
                    {"value": str(len(datasets)), "unit": "", "label": figures["datasets"]},
                ],
            },
        },
        {
            "type": "quote",
            "value": {
                "quote": profile["quote"],
                "attribution": compose(profile["quote_attribution"], name=name),
            },
        },
    ]


def load(demo):
    # Wagtail's reference index would be rebuilt on every save of every page and dataset;
    # build it once per new page instead (a large part of the loading time otherwise).
    with disable_reference_index_auto_update():
        created = build(demo)
    for page in created:
        ReferenceIndex.create_or_update_for_object(page)


def build(demo):
    """Create what is missing; return the new pages."""
    created = []
    home = demo.registry.get("home") or demo.home
    data = demo.data("cities", "cities")
    profile = data["profile"]
    existing_index = demo.child(home, data["index"]["slug"])
    index = demo.ensure_page(home, CityIndexPage, **data["index"])
    if existing_index is None:
        created.append(index)
    topics = demo.registry["topics"]
    regions = demo.registry["regions"]
    cities = {}
    for city in data["cities"]:
        slug, name = city["slug"], city["name"]
        existing = demo.child(index, slug)
        if existing is not None:
            cities[slug] = existing
            continue
        rng = random.Random(f"gosmart-{slug}")  # seeded per city: stable when re-run
        city_topics = [topics[t] for t in city["topics"]]
        datasets = datasets_for(demo, data, city, rng)
        hero = None
        if city["hero_picture"]:
            picture = profile["hero_picture"]
            hero = demo.image(
                picture["title"].format(name=name),
                demo.translations.compose(picture["alt_text"], name=name),
                seed=slug,
                label=f"city-{slug}",
            )
        cities[slug] = demo.ensure_page(
            index,
            CityPage,
            slug,
            title=name,
            country=city["country"],
            region=regions[city["region"]],
            topics=city_topics,
            membership_type=city["membership_type"],
            member_since=city["member_since"],
            population=city["population"],
            leader_title=city["leader_title"],
            website=city["website"],
            latitude=Decimal(str(city["latitude"])),
            longitude=Decimal(str(city["longitude"])),
            logo=emblem(demo, profile["emblem"], name, slug),
            hero_image=hero,
            intro=city["summary"],
            listing_summary=city["summary"],
            body=body_for(demo, profile, city, city_topics, datasets),
            contact_name=profile["contact_name"],
            contact_email=profile["contact_email"].format(slug=slug),
            datasets=[
                CityDataset(
                    locale=demo.locale,
                    sort_order=order,
                    title=dataset["title"],
                    url=dataset["url"],
                    licence=dataset["licence"],
                    data_format=dataset["data_format"],
                    standard=dataset["standard"],
                    topic=topics[dataset["topic"]],
                )
                for order, dataset in enumerate(datasets)
            ],
        )
        created.append(cities[slug])
    demo.registry["members_index"] = index
    demo.registry["cities"] = cities
    return created


def grow(factor):
    """Copies of the live English CityPage pages (manage.py grow_demo_content)."""
    return grow_pages(factor, CityPage)
