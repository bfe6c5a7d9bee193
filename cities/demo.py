"""Demo content for the members: the Members index and 36 member profiles.

Country, coordinates and population (rounded) are public facts about real cities; the
summaries, quotes, contacts and datasets are illustrative sample content (dataset links
point at an example domain). Leaders' names are left empty: the sample does not guess who
is in office. Emblems and hero pictures are drawn here, nothing is downloaded.
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

Type = CityPage.MembershipType
Licence = CityDataset.Licence
Standard = CityDataset.Standard

# slug, name, country, region, membership type, member since, population, latitude,
# longitude, leader's title, website, topics, hero picture, summary
CITIES = [
    ("taipei", "Taipei", "TW", "east-asia", Type.SPECIAL_MUNICIPALITY, 2024, 2_490_000,
     25.0330, 121.5654, "Mayor", "https://english.gov.taipei/",
     ["housing", "mobility", "governance", "health"], True,
     "Founding city of Go Smart. Taipei opens its public housing, stations and hospitals to "
     "proof-of-concept pilots and shares what it learns with every member."),
    ("new-taipei", "New Taipei", "TW", "east-asia", Type.SPECIAL_MUNICIPALITY, 2024, 4_030_000,
     25.0120, 121.4657, "Mayor", "https://www.ntpc.gov.tw/",
     ["health", "safety", "education"], True,
     "Taiwan's most populous municipality wraps around Taipei, from river towns to "
     "mountain villages, and pilots remote care for its older residents."),
    ("taoyuan", "Taoyuan", "TW", "east-asia", Type.SPECIAL_MUNICIPALITY, 2024, 2_330_000,
     24.9936, 121.3010, "Mayor", "https://www.tycg.gov.tw/",
     ["mobility", "economy"], True,
     "Home of Taiwan's main international airport, Taoyuan tests autonomous shuttles and "
     "smart logistics along its aerotropolis corridor."),
    ("taichung", "Taichung", "TW", "east-asia", Type.SPECIAL_MUNICIPALITY, 2024, 2_850_000,
     24.1477, 120.6736, "Mayor", "https://www.taichung.gov.tw/",
     ["environment", "education", "mobility"], True,
     "Taichung measures the air around its schools and shares open sensor data with "
     "teachers, parents and researchers."),
    ("tainan", "Tainan", "TW", "east-asia", Type.SPECIAL_MUNICIPALITY, 2024, 1_850_000,
     22.9999, 120.2270, "Mayor", "https://www.tainan.gov.tw/",
     ["environment", "safety", "economy"], True,
     "Taiwan's oldest city pairs heritage streets with heat maps and flood sensors to keep "
     "neighbourhoods cool and safe."),
    ("kaohsiung", "Kaohsiung", "TW", "east-asia", Type.SPECIAL_MUNICIPALITY, 2024, 2_730_000,
     22.6273, 120.3014, "Mayor", "https://www.kcg.gov.tw/",
     ["mobility", "environment", "economy"], True,
     "A port city reinventing its waterfront, Kaohsiung pilots low-emission logistics and "
     "station wayfinding adopted from its northern neighbours."),
    ("yokohama", "Yokohama", "JP", "east-asia", Type.CITY, 2024, 3_770_000,
     35.4437, 139.6380, "Mayor", "https://www.city.yokohama.lg.jp/",
     ["environment", "safety", "mobility"], True,
     "Yokohama works with residents on climate adaptation, from early flood warnings in its "
     "parks to energy-saving housing estates."),
    ("seoul", "Seoul", "KR", "east-asia", Type.CITY, 2024, 9_400_000,
     37.5665, 126.9780, "Mayor", "https://english.seoul.go.kr/",
     ["governance", "mobility", "safety"], False,
     "Seoul shares its experience of citizen-facing digital services and real-time city "
     "data with members on every continent."),
    ("busan", "Busan", "KR", "east-asia", Type.CITY, 2025, 3_300_000,
     35.1796, 129.0756, "Mayor", "https://www.busan.go.kr/",
     ["housing", "economy", "environment"], False,
     "Korea's largest port city brings its waterfront test beds to Go Smart and adopted "
     "Taipei's public-housing management pilot."),
    ("ulaanbaatar", "Ulaanbaatar", "MN", "east-asia", Type.CITY, 2026, 1_700_000,
     47.8864, 106.9057, "Mayor", "",
     ["environment", "housing"], False,
     "Ulaanbaatar joined to learn from members' clean-heating and air-quality projects for "
     "its fast-growing ger districts."),
    ("singapore", "Singapore", "SG", "south-east-asia", Type.CITY, 2024, 5_900_000,
     1.3521, 103.8198, "", "https://www.smartnation.gov.sg/",
     ["governance", "mobility", "health"], False,
     "The city-state contributes its experience of national digital identity and open "
     "transport data to the network."),
    ("bangkok", "Bangkok", "TH", "south-east-asia", Type.CITY, 2025, 5_500_000,
     13.7563, 100.5018, "Governor", "https://www.bangkok.go.th/",
     ["mobility", "safety", "environment"], False,
     "Bangkok tests flood sensors and traffic data with its districts, and shares the "
     "results in the open."),
    ("kuala-lumpur", "Kuala Lumpur", "MY", "south-east-asia", Type.CITY, 2025, 2_000_000,
     3.1390, 101.6869, "Mayor", "https://www.dbkl.gov.my/",
     ["mobility", "governance"], False,
     "Kuala Lumpur works on walkable transit hubs and a shared data platform for its "
     "city agencies."),
    ("manila", "Manila", "PH", "south-east-asia", Type.CITY, 2025, 1_850_000,
     14.5995, 120.9842, "Mayor", "https://manila.gov.ph/",
     ["governance", "safety", "health"], False,
     "Manila digitises its permits and disaster alerts, learning from members that have "
     "made the same journey."),
    ("da-nang", "Da Nang", "VN", "south-east-asia", Type.CITY, 2026, 1_250_000,
     16.0544, 108.2022, "", "",
     ["environment", "economy", "governance"], False,
     "Da Nang pilots an intelligent operations centre and shares its tourism data with "
     "start-ups."),
    ("pune", "Pune", "IN", "south-asia", Type.CITY, 2025, 3_100_000,
     18.5204, 73.8567, "Municipal Commissioner", "https://www.pmc.gov.in/",
     ["mobility", "governance", "education"], False,
     "Pune brings its experience of public bicycles, participatory budgeting and school "
     "data to the network."),
    ("amsterdam", "Amsterdam", "NL", "europe", Type.CITY, 2024, 930_000,
     52.3676, 4.9041, "Mayor", "https://www.amsterdam.nl/",
     ["environment", "mobility", "governance"], True,
     "Amsterdam shares its open-source approach to street charging and its algorithm "
     "register with fellow members."),
    ("rotterdam", "Rotterdam", "NL", "europe", Type.CITY, 2025, 660_000,
     51.9244, 4.4777, "Mayor", "https://www.rotterdam.nl/",
     ["safety", "environment", "economy"], False,
     "Below sea level and proud of it, Rotterdam builds water squares and a digital twin "
     "of its port city."),
    ("barcelona", "Barcelona", "ES", "europe", Type.CITY, 2024, 1_660_000,
     41.3874, 2.1686, "Mayor", "https://www.barcelona.cat/",
     ["environment", "governance", "mobility"], True,
     "Barcelona measures how its superblocks change noise, heat and street life, and opens "
     "the data."),
    ("madrid", "Madrid", "ES", "europe", Type.CITY, 2025, 3_400_000,
     40.4168, -3.7038, "Mayor", "https://www.madrid.es/",
     ["mobility", "environment"], False,
     "Madrid shares its low-emission zone data and the sensors that measure it."),
    ("lisbon", "Lisbon", "PT", "europe", Type.CITY, 2025, 550_000,
     38.7223, -9.1393, "Mayor", "https://www.lisboa.pt/",
     ["economy", "mobility", "environment"], False,
     "Lisbon runs an urban innovation hub and pilots data-driven waste collection in its "
     "historic hills."),
    ("vienna", "Vienna", "AT", "europe", Type.CITY, 2024, 2_000_000,
     48.2082, 16.3738, "Mayor", "https://www.wien.gv.at/",
     ["housing", "governance", "environment"], False,
     "Vienna's long tradition of social housing meets sensors and digital services for "
     "tenants."),
    ("helsinki", "Helsinki", "FI", "europe", Type.CITY, 2024, 680_000,
     60.1699, 24.9384, "Mayor", "https://www.hel.fi/",
     ["governance", "housing", "mobility"], False,
     "Helsinki shares its 3D city model and its experience of digital building permits."),
    ("tallinn", "Tallinn", "EE", "europe", Type.CITY, 2026, 460_000,
     59.4370, 24.7536, "Mayor", "https://www.tallinn.ee/",
     ["governance", "education", "mobility"], False,
     "Tallinn brings the experience of a digital society, from e-services to free public "
     "transport for residents."),
    ("toronto", "Toronto", "CA", "north-america", Type.CITY, 2025, 2_800_000,
     43.6532, -79.3832, "Mayor", "https://www.toronto.ca/",
     ["housing", "mobility", "governance"], False,
     "Toronto shares its work on affordable housing data and digital infrastructure "
     "principles."),
    ("boston", "Boston", "US", "north-america", Type.CITY, 2025, 650_000,
     42.3601, -71.0589, "Mayor", "https://www.boston.gov/",
     ["governance", "safety", "health"], False,
     "Boston's urban mechanics test new services with residents before they are scaled."),
    ("mexico-city", "Mexico City", "MX", "latin-america", Type.CITY, 2025, 9_200_000,
     19.4326, -99.1332, "Head of Government", "https://www.cdmx.gob.mx/",
     ["mobility", "safety", "governance"], False,
     "Mexico City opens transport and earthquake-alert data and pilots digital services for "
     "its boroughs."),
    ("medellin", "Medellín", "CO", "latin-america", Type.CITY, 2024, 2_600_000,
     6.2442, -75.5812, "Mayor", "https://www.medellin.gov.co/",
     ["mobility", "education", "safety"], True,
     "Medellín's cable cars and library parks made it a reference for social urbanism; it "
     "now pilots real-time crowding information."),
    ("montevideo", "Montevideo", "UY", "latin-america", Type.CITY, 2026, 1_300_000,
     -34.9011, -56.1645, "Mayor", "https://montevideo.gub.uy/",
     ["governance", "mobility"], False,
     "Montevideo shares open government data and its experience with citizen apps."),
    ("tel-aviv", "Tel Aviv", "IL", "middle-east-africa", Type.CITY, 2025, 470_000,
     32.0853, 34.7818, "Mayor", "https://www.tel-aviv.gov.il/",
     ["economy", "governance", "mobility"], False,
     "Tel Aviv's resident card and start-up ecosystem make it a partner for city "
     "innovation programmes."),
    ("dubai", "Dubai", "AE", "middle-east-africa", Type.REGION, 2025, 3_800_000,
     25.2048, 55.2708, "", "https://www.dm.gov.ae/",
     ["governance", "mobility", "economy"], False,
     "Dubai joined as an emirate and shares its paperless government services and "
     "autonomous transport plans."),
    ("cape-town", "Cape Town", "ZA", "middle-east-africa", Type.CITY, 2024, 4_770_000,
     -33.9249, 18.4241, "Mayor", "https://www.capetown.gov.za/",
     ["environment", "safety", "governance"], True,
     "After its water crisis, Cape Town became a reference for demand management and open "
     "water data."),
    ("kigali", "Kigali", "RW", "middle-east-africa", Type.CITY, 2026, 1_750_000,
     -1.9441, 30.0619, "Mayor", "https://www.kigalicity.gov.rw/",
     ["health", "governance", "environment"], False,
     "Kigali pilots drone deliveries of medical supplies and digital payments for city "
     "services."),
    ("melbourne", "Melbourne", "AU", "oceania", Type.METROPOLITAN_AREA, 2025, 5_200_000,
     -37.8136, 144.9631, "", "",
     ["environment", "mobility", "health"], False,
     "Greater Melbourne shares its urban forest data and pedestrian counting system."),
    ("auckland", "Auckland", "NZ", "oceania", Type.CITY, 2025, 1_700_000,
     -36.8509, 174.7645, "Mayor", "https://www.aucklandcouncil.govt.nz/",
     ["safety", "environment", "mobility"], True,
     "Auckland works with Māori partners and residents on flood resilience and transport "
     "data."),
]  # fmt: skip

# Datasets a member may share, by topic: title, standard, format.
DATASETS = {
    "mobility": [
        ("Public transport timetables", Standard.GTFS, "GTFS (ZIP)"),
        ("Parking availability", Standard.OASC_MIMS, "NGSI-LD API"),
        ("Shared bicycle stations", Standard.NGSI_LD, "JSON-LD"),
    ],
    "housing": [
        ("Public housing estates", Standard.DCAT, "CSV"),
        ("Buildings in 3D", Standard.CITYGML, "CityGML"),
    ],
    "environment": [
        ("Air quality sensor readings", Standard.NGSI_LD, "NGSI-LD API"),
        ("Street trees", Standard.DCAT, "GeoJSON"),
        ("Energy use of public buildings", Standard.OASC_MIMS, "CSV"),
    ],
    "health": [("Hospitals and clinics", Standard.DCAT, "GeoJSON")],
    "governance": [
        ("City budget", Standard.NONE, "CSV"),
        ("Service requests from residents", Standard.OASC_MIMS, "API"),
    ],
    "education": [("Schools and their capacity", Standard.DCAT, "CSV")],
    "safety": [
        ("Flood sensor water levels", Standard.OASC_MIMS, "NGSI-LD API"),
        ("Emergency shelters", Standard.DCAT, "GeoJSON"),
    ],
    "economy": [
        ("Business registrations", Standard.NONE, "CSV"),
        ("Visitor arrivals", Standard.DCAT, "XLSX"),
    ],
}

OPEN_LICENCES = [Licence.CC_BY, Licence.CC0, Licence.ODBL, Licence.CC_BY_SA]


def licence_for(country, data_format, rng):
    if country == "TW":
        return Licence.OGL_TW
    if data_format in ("GeoJSON", "CityGML") and rng.random() < 0.5:
        return Licence.ODBL
    return rng.choice(OPEN_LICENCES[:2] + [Licence.CC_BY, Licence.OTHER])


def datasets_for(slug, country, topics, rng):
    chosen = [("Open data catalogue", Standard.DCAT, "DCAT-AP (RDF)", "governance")]
    for topic in topics:
        options = DATASETS.get(topic, [])
        for title, standard, data_format in rng.sample(options, min(len(options), 2)):
            chosen.append((title, standard, data_format, topic))
    chosen = chosen[: rng.randint(3, 5)]
    return [
        {
            "title": title,
            "url": f"https://data.gosmart.example/{slug}/{title.lower().replace(' ', '-')}",
            "licence": licence_for(country, data_format, rng),
            "data_format": data_format,
            "standard": standard,
            "topic": topic,
        }
        for title, standard, data_format, topic in chosen
    ]


def initials(name):
    words = [word for word in name.replace("-", " ").split() if word]
    letters = "".join(word[0] for word in words[:2]) if len(words) > 1 else name[:2]
    return letters.upper()


def emblem(name, slug):
    """A round emblem with the member's initials (a sample drawing, not a real logo)."""
    title = f"Emblem: {name}"
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
    image = SiteImage(title=title, description=f"The emblem of {name}: its initials in a circle.")
    image.file = ImageFile(buffer, name=f"emblem-{slug}.png")
    image.save()
    return image


def body_for(name, summary, topics, datasets):
    topic_names = ", ".join(topic.name.lower() for topic in topics)
    return [
        {"type": "heading", "value": {"text": "Smart-city strategy", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                f"<p>{summary}</p><p>{name}'s priorities in the network are {topic_names}. "
                "The city's smart-city office coordinates pilots with departments, companies "
                "and universities, and reports results to the council every year.</p>"
            ),
        },
        {
            "type": "key_figures",
            "value": {
                "heading": "In the network",
                "figures": [
                    {"value": str(len(topics)), "unit": "", "label": "priority topics"},
                    {"value": str(len(datasets)), "unit": "", "label": "datasets shared"},
                ],
            },
        },
        {
            "type": "quote",
            "value": {
                "quote": "We test in our own streets, and we share what works and what did not.",
                "attribution": f"{name} smart-city office (illustrative quote)",
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
    existing_index = demo.child(home, "members")
    index = demo.ensure_page(
        home,
        CityIndexPage,
        "members",
        title="Members",
        show_in_menus=True,
        intro=(
            "Cities and regions on every continent that share their strategies, their data "
            "and their pilots. Filter by region, country, membership type or topic."
        ),
        listing_summary="Every member city and region, on a map and A–Z.",
    )
    if existing_index is None:
        created.append(index)
    topics = demo.registry["topics"]
    regions = demo.registry["regions"]
    cities = {}
    for (
        slug,
        name,
        country,
        region,
        membership_type,
        since,
        population,
        latitude,
        longitude,
        leader_title,
        website,
        topic_slugs,
        with_hero,
        summary,
    ) in CITIES:
        existing = demo.child(index, slug)
        if existing is not None:
            cities[slug] = existing
            continue
        rng = random.Random(f"gosmart-{slug}")  # seeded per city: stable when re-run
        city_topics = [topics[t] for t in topic_slugs]
        datasets = datasets_for(slug, country, topic_slugs, rng)
        hero = None
        if with_hero:
            hero = demo.image(
                f"{name} skyline",
                f"An illustrated skyline standing for {name}, with lit windows.",
                seed=slug,
                label=f"city-{slug}",
            )
        cities[slug] = demo.ensure_page(
            index,
            CityPage,
            slug,
            title=name,
            country=country,
            region=regions[region],
            topics=city_topics,
            membership_type=membership_type,
            member_since=since,
            population=population,
            leader_title=leader_title,
            website=website,
            latitude=Decimal(str(latitude)),
            longitude=Decimal(str(longitude)),
            logo=emblem(name, slug),
            hero_image=hero,
            intro=summary,
            listing_summary=summary,
            body=body_for(name, summary, city_topics, datasets),
            contact_name="Smart City Office",
            contact_email=f"{slug}@members.gosmart.example",
            datasets=[
                CityDataset(
                    locale=demo.locale,
                    sort_order=order,
                    title=f"{name}: {dataset['title'].lower()}"
                    if dataset["title"] == "Open data catalogue"
                    else dataset["title"],
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
