"""Demo content for the awards: four editions (2024-2027), six categories with weighted
judging criteria, and forty-odd winners, finalists and special mentions.

The winners point at the member cities and pilots other loaders put in demo.registry; when a
city or pilot is missing, the loader uses another member city, or no city at all. The 2026
edition's ceremony is an event of the news loader, which runs later: it is linked once every
loader has run.
"""

import datetime
import zoneinfo

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

Placement = AwardWinnerPage.Placement

TAIPEI = zoneinfo.ZoneInfo("Asia/Taipei")

EDITIONS = [
    {
        "year": 2024,
        "theme": "Cities that learn from each other",
        "description": (
            "The first edition rewards projects that one member city tested and another "
            "adopted, and the partnerships that made the transfer possible."
        ),
        "call_opens": datetime.date(2024, 2, 1),
        "call_closes": datetime.date(2024, 5, 31),
        "jury": [
            ("Amelia Hart", "Urban innovation researcher and former city chief digital officer"),
            ("Chen Yu-ting", "Director of a smart-city testbed programme"),
            ("Rafael Ortega", "Transport planner and open-data advocate"),
        ],
    },
    {
        "year": 2025,
        "theme": "Resilient and inclusive cities",
        "description": (
            "Projects that keep cities working through heat, floods and ageing populations, "
            "and that reach the residents who are hardest to reach."
        ),
        "call_opens": datetime.date(2025, 2, 3),
        "call_closes": datetime.date(2025, 5, 30),
        "jury": [
            ("Naledi Khumalo", "Climate-resilience adviser to metropolitan governments"),
            ("Kim Ji-won", "Professor of public health informatics"),
            ("Lucía Fernández", "Founder of a civic-technology foundation"),
            ("Hiroshi Tanaka", "Accessibility consultant for railway operators"),
        ],
    },
    {
        "year": 2026,
        "theme": "Data that serves people",
        "description": (
            "Services built on shared, open and interoperable data, with privacy designed in "
            "and benefits residents can see."
        ),
        "call_opens": datetime.date(2026, 2, 2),
        "call_closes": datetime.date(2026, 5, 29),
        # The winners are announced at the ceremony in Taipei; until then, finalists only.
        "results_announced_at": datetime.datetime(2026, 12, 10, 18, 30, tzinfo=TAIPEI),
        "jury": [
            ("Sofia Lindqvist", "Data-protection specialist and former regulator"),
            ("Arjun Mehta", "Investor in urban-technology start-ups"),
            ("Lin Pei-shan", "Head of an open-government data office"),
            ("Marc Dubois", "Researcher in energy systems and districts"),
            ("Grace Okafor", "Director of a digital-inclusion charity"),
        ],
    },
    {
        "year": 2027,
        "theme": "Scaling what works",
        "description": (
            "For projects that have already proved themselves in one place and are ready to "
            "grow across a city, a country or the network."
        ),
        "call_opens": datetime.date(2026, 10, 15),
        "call_closes": datetime.date(2027, 2, 26),
        "jury": [
            ("Elena Rossi", "Programme director for city-to-city cooperation"),
            ("Wu Chia-hao", "Systems engineer for metropolitan transport"),
            ("Fatima Al-Sayed", "Adviser on digital public services"),
        ],
    },
]
ENTRY_URL = "https://awards.gosmart.example/{year}/enter"

CATEGORIES = [
    {
        "slug": "smart-mobility",
        "title": "Smart Mobility",
        "topic": "mobility",
        "description": (
            "Moving people and goods more safely, cleanly and easily: navigation, public "
            "transport, shared vehicles, parking, logistics and accessible journeys."
        ),
        "criteria": [
            ("Impact on residents' journeys", 35),
            ("Innovation", 25),
            ("Accessibility and inclusion", 20),
            ("Ability to scale to other cities", 20),
        ],
    },
    {
        "slug": "smart-housing",
        "title": "Smart Housing",
        "topic": "housing",
        "description": (
            "Homes and buildings that are better run and better to live in: public housing "
            "management, maintenance, energy use and services for tenants."
        ),
        "criteria": [
            ("Benefit to tenants", 40),
            ("Operational savings", 25),
            ("Privacy and security", 20),
            ("Ability to scale to other cities", 15),
        ],
    },
    {
        "slug": "health-and-care",
        "title": "Health and Care",
        "topic": "health",
        "description": (
            "Digital services for hospitals, community care and public health, especially "
            "for older residents and people living alone."
        ),
        "criteria": [
            ("Health outcomes", 40),
            ("Safety and privacy of personal data", 25),
            ("Ease of use for patients and carers", 20),
            ("Cost-effectiveness", 15),
        ],
    },
    {
        "slug": "environment-and-energy",
        "title": "Environment and Energy",
        "topic": "environment",
        "description": (
            "Cleaner air and water, less waste and lower emissions: monitoring, renewable "
            "energy, efficient districts and climate adaptation."
        ),
        "criteria": [
            ("Measured environmental benefit", 40),
            ("Innovation", 20),
            ("Involvement of residents", 20),
            ("Ability to scale to other cities", 20),
        ],
    },
    {
        "slug": "digital-government",
        "title": "Digital Government",
        "topic": "governance",
        "description": (
            "Public services that are simple, open and trustworthy: online services, open "
            "data, participation and interoperable platforms."
        ),
        "criteria": [
            ("Quality of the service for residents", 30),
            ("Openness and interoperability", 25),
            ("Participation and transparency", 25),
            ("Efficiency gains", 20),
        ],
    },
    {
        "slug": "emerging-technologies",
        "title": "Emerging Technologies",
        "topic": "economy",
        "description": (
            "New technologies put to public use early and responsibly: artificial "
            "intelligence, digital twins, drones, robotics and 5G."
        ),
        "criteria": [
            ("Innovation", 30),
            ("Public value", 30),
            ("Responsible use and ethics", 20),
            ("Maturity of the solution", 10),
            ("Ability to scale to other cities", 10),
        ],
    },
]

ELIGIBILITY = (
    "<p>Open to projects running in a Go Smart member city or region. Entries may come "
    "from:</p><ul><li>the member's own departments and public agencies</li><li>companies "
    "and start-ups working with a member</li><li>universities, research institutes and "
    "NGOs</li></ul><p>The project must have been in use for at least six months by the "
    "closing date. Projects may enter one category per year.</p>"
)

# Award-winning organisations that the shared taxonomy does not list (illustrative).
ORGANISATIONS = [
    ("Harbour Mobility Lab", "startup", "TW", "A start-up building shared-mobility services."),
    ("CareLink Robotics", "startup", "JP", "Makes assistive robots for care at home."),
    ("BlueRoof Energy", "company", "KR", "Installs and runs rooftop solar for housing."),
    ("OpenCouncil Foundation", "ngo", "ES", "Builds tools for participatory budgeting."),
    ("Streetwise Data Co-op", "ngo", "CA", "A co-operative that publishes street data."),
    ("Pulse Health Systems", "company", "SG", "Software for community health services."),
    ("Civic Twin Studio", "startup", "NL", "Builds digital twins of neighbourhoods."),
    ("Metropolitan Robotics Institute", "university", "KR", "Research on service robots."),
    ("Ciudad Abierta Lab", "university", "MX", "A university lab for open government."),
]

# (year, category, placement, project, city slug, organisation, summary, pilot slug)
# A project that grew from a pilot is recognised in the pilot's host city.
WINNERS = [
    # 2024: cities that learn from each other
    (
        2024,
        "smart-mobility",
        "winner",
        "Station Wayfinding for Everyone",
        "taipei",
        "Wayfinding Labs",
        "Indoor navigation for a busy railway station, with audio guidance "
        "for blind and partially sighted travellers and step-free routes.",
        "main-station-navigation",
    ),
    (
        2024,
        "smart-mobility",
        "finalist",
        "Shared Scooter Parking Zones",
        "taoyuan",
        "Harbour Mobility Lab",
        "Virtual parking zones keep shared scooters off pavements; "
        "riders are guided to the nearest free bay.",
        None,
    ),
    (
        2024,
        "smart-housing",
        "winner",
        "Smart Public Housing Management",
        "taipei",
        "HomeCare Sensors",
        "Sensors and a shared maintenance platform let the housing "
        "office fix faults before tenants report them.",
        "smart-public-housing",
    ),
    (
        2024,
        "smart-housing",
        "finalist",
        "Rooftop Solar for Tenants",
        "kaohsiung",
        "BlueRoof Energy",
        "Solar panels on public housing roofs cut common-area electricity "
        "bills, and tenants share the savings.",
        None,
    ),
    (
        2024,
        "health-and-care",
        "winner",
        "Home Care Robots",
        "tainan",
        "CareLink Robotics",
        "Companion robots remind older people living alone to take "
        "medicine and alert carers when something is wrong.",
        None,
    ),
    (
        2024,
        "health-and-care",
        "finalist",
        "Community Health Dashboard",
        "singapore",
        "Pulse Health Systems",
        "One dashboard for community nurses brings together visits, prescriptions and alerts.",
        None,
    ),
    (
        2024,
        "environment-and-energy",
        "winner",
        "Air-Quality Sensors in Schools",
        "taichung",
        "National Taiwan University",
        "Sensors in classrooms and playgrounds show air "
        "quality live, and schools adjust outdoor lessons on bad days.",
        "school-air-quality",
    ),
    (
        2024,
        "environment-and-energy",
        "special_mention",
        "Acoustic Leak Detection",
        "cape-town",
        "GreenGrid Analytics",
        "Acoustic sensors find hidden leaks in water mains, saving water and road works.",
        "water-leak-detection",
    ),
    (
        2024,
        "digital-government",
        "winner",
        "Participatory Budget Online",
        "barcelona",
        "OpenCouncil Foundation",
        "Residents propose and vote on neighbourhood projects online and follow their delivery.",
        None,
    ),
    (
        2024,
        "digital-government",
        "finalist",
        "Permits Checked Against the 3D City Model",
        "helsinki",
        "Delft University of Technology",
        "Building permit applications are "
        "checked automatically against the city's 3D model and zoning rules.",
        "digital-permits-twin",
    ),
    (
        2024,
        "emerging-technologies",
        "winner",
        "Neighbourhood Digital Twin",
        "amsterdam",
        "Civic Twin Studio",
        "A 3D model of a neighbourhood lets residents see planned "
        "buildings, shade and noise before decisions are made.",
        None,
    ),
    (
        2024,
        "emerging-technologies",
        "special_mention",
        "Drone Bridge Inspection",
        "seoul",
        "Metropolitan Robotics Institute",
        "Drones inspect bridges and flag cracks for engineers, without closing lanes.",
        None,
    ),
    # 2025: resilient and inclusive cities
    (
        2025,
        "smart-mobility",
        "winner",
        "Accessible Bus Stop Alerts",
        "kaohsiung",
        "Harbour Mobility Lab",
        "Buses announce themselves to riders' phones at the stop, and "
        "drivers are told when a wheelchair user is waiting.",
        None,
    ),
    (
        2025,
        "smart-mobility",
        "special_mention",
        "Metro Signage in Sign Language",
        "busan",
        "Metro Signage Systems",
        "Station screens show service changes in sign language as well as text.",
        None,
    ),
    (
        2025,
        "smart-housing",
        "winner",
        "Elder-Friendly Smart Homes",
        "new-taipei",
        "HomeCare Sensors",
        "Fall detection and gentle check-ins help older tenants in public "
        "housing live independently for longer.",
        None,
    ),
    (
        2025,
        "smart-housing",
        "finalist",
        "Energy Coaching for Tenants",
        "vienna",
        "GreenGrid Analytics",
        "Tenants see their energy use each week and get advice that lowers bills.",
        None,
    ),
    (
        2025,
        "health-and-care",
        "winner",
        "Heatwave Check-In Service",
        "tainan",
        "Pulse Health Systems",
        "During heatwaves, volunteers and automatic calls check on "
        "residents at risk, guided by a live priority list.",
        None,
    ),
    (
        2025,
        "health-and-care",
        "finalist",
        "Remote Follow-Up After Hospital",
        "new-taipei",
        "Industrial Technology Research Institute",
        "Patients leaving hospital are followed up at home with connected devices and video calls.",
        "hospital-to-home",
    ),
    (
        2025,
        "environment-and-energy",
        "winner",
        "Flood Warnings in Riverside Parks",
        "yokohama",
        "Industrial Technology Research Institute",
        "Water-level sensors in riverside parks close paths and warn visitors before floods.",
        "park-flood-warnings",
    ),
    (
        2025,
        "environment-and-energy",
        "finalist",
        "Measuring Life in a Superblock",
        "barcelona",
        "Civic Data Collective",
        "Noise, air and footfall sensors show how "
        "streets closed to through traffic change neighbourhood life.",
        "superblock-sensors",
    ),
    (
        2025,
        "digital-government",
        "winner",
        "Open Data Marketplace",
        "taoyuan",
        "Civic Data Collective",
        "City datasets published to common standards, with an "
        "interface for start-ups to request new ones.",
        None,
    ),
    (
        2025,
        "digital-government",
        "special_mention",
        "Plain-Language Forms",
        "toronto",
        "Streetwise Data Co-op",
        "Every online city form rewritten in plain language and tested with residents.",
        None,
    ),
    (
        2025,
        "emerging-technologies",
        "winner",
        "AI Traffic Signal Timing",
        "taichung",
        "National Taiwan University",
        "Signals adapt to traffic in real time, cutting waiting times at busy junctions.",
        None,
    ),
    (
        2025,
        "emerging-technologies",
        "finalist",
        "5G Connected Ambulances",
        "seoul",
        "Metropolitan Robotics Institute",
        "Paramedics stream vital signs and video to hospital doctors on the way.",
        None,
    ),
    # 2026: data that serves people
    (
        2026,
        "smart-mobility",
        "winner",
        "Multimodal Journey Planner",
        "new-taipei",
        "Chunghwa Telecom",
        "One planner for metro, bus, bike and ferry, with live crowding and step-free options.",
        None,
    ),
    (
        2026,
        "smart-mobility",
        "finalist",
        "Live Crowding on the Metrocable",
        "medellin",
        "Wayfinding Labs",
        "Stations show how full the next cable cars are, so riders can choose when to travel.",
        "metrocable-crowding",
    ),
    (
        2026,
        "smart-housing",
        "winner",
        "Tenant Services App",
        "taoyuan",
        "Chunghwa Telecom",
        "Tenants of public housing report repairs, book rooms and pay "
        "rent in one app, in several languages.",
        None,
    ),
    (
        2026,
        "smart-housing",
        "special_mention",
        "Shared Laundry Booking",
        "helsinki",
        "Civic Twin Studio",
        "A simple booking system for shared laundries, designed with older tenants.",
        None,
    ),
    (
        2026,
        "health-and-care",
        "winner",
        "Dementia-Friendly Neighbourhood Alerts",
        "taipei",
        "National Taiwan University",
        "Shops and volunteers receive alerts to help find residents with dementia who are lost.",
        None,
    ),
    (
        2026,
        "health-and-care",
        "finalist",
        "Remote Physiotherapy Sessions",
        "manila",
        "Pulse Health Systems",
        "Guided video exercises let patients recover at home, with therapists following progress.",
        None,
    ),
    (
        2026,
        "environment-and-energy",
        "winner",
        "District Heat Recovery",
        "rotterdam",
        "Delft University of Technology",
        "Waste heat from data centres and industry warms "
        "homes through the district-heating network.",
        None,
    ),
    (
        2026,
        "environment-and-energy",
        "finalist",
        "Cool Streets Heat Map",
        "tainan",
        "GreenGrid Analytics",
        "A heat map of every street guides where the city plants trees and opens cooling centres.",
        "cool-streets",
    ),
    (
        2026,
        "digital-government",
        "winner",
        "Citizen Service Chat Assistant",
        "taipei",
        "Industrial Technology Research Institute",
        "An assistant answers questions about "
        "city services around the clock, in seven languages, and hands over to staff.",
        None,
    ),
    (
        2026,
        "digital-government",
        "finalist",
        "Open Contracting Portal",
        "mexico-city",
        "Ciudad Abierta Lab",
        "Every public contract published from tender to payment, searchable by anyone.",
        None,
    ),
    (
        2026,
        "emerging-technologies",
        "winner",
        "Digital Twin for Flood Planning",
        "tainan",
        "Civic Twin Studio",
        "A city-wide digital twin simulates heavy rain to plan drains and evacuation routes.",
        None,
    ),
    (
        2026,
        "emerging-technologies",
        "finalist",
        "Autonomous Shuttle to the Airport",
        "taoyuan",
        "Industrial Technology Research Institute",
        "A driverless shuttle links a metro station with the airport's cargo and office district.",
        "airport-autonomous-shuttle",
    ),
]


def slug_for(year, project):
    from django.utils.text import slugify

    return f"{year}-{slugify(project)}"[:80]


def ensure_organisations(demo):
    partners = dict(demo.registry.get("partners", {}))
    for name, kind, country, description in ORGANISATIONS:
        partners[name], _created = Partner.objects.get_or_create(
            name=name,
            locale=demo.locale,
            defaults={"kind": kind, "country": country, "description": description},
        )
    demo.registry["partners"] = partners
    return partners


def ensure_editions(demo):
    editions = {}
    for data in EDITIONS:
        edition = AwardEdition.objects.filter(year=data["year"], locale=demo.locale).first()
        if edition is None:
            edition = AwardEdition(
                year=data["year"],
                theme=data["theme"],
                description=data["description"],
                call_opens=data["call_opens"],
                call_closes=data["call_closes"],
                entry_url=ENTRY_URL.format(year=data["year"]),
                results_announced_at=data.get("results_announced_at"),
                locale=demo.locale,
                jury=[
                    JuryMember(name=name, role=role, sort_order=order, locale=demo.locale)
                    for order, (name, role) in enumerate(data["jury"])
                ],
            )
            edition.save()
        editions[data["year"]] = edition
    return editions


def ensure_categories(demo, index):
    topics = demo.registry.get("topics", {})
    categories = {}
    for data in CATEGORIES:
        categories[data["slug"]] = demo.ensure_page(
            index,
            AwardCategoryPage,
            data["slug"],
            title=data["title"],
            description=data["description"],
            listing_summary=data["description"],
            eligibility=ELIGIBILITY,
            topic=topics.get(data["topic"]),
            criteria=[
                AwardCriterion(label=label, weight=weight, sort_order=order, locale=demo.locale)
                for order, (label, weight) in enumerate(data["criteria"])
            ],
        )
    return categories


def body_for(demo, project, summary, city_name):
    improvement = demo.random.randint(12, 45)
    people = demo.random.choice([1200, 3500, 8000, 15000, 40000, 120000])
    months = demo.random.randint(6, 30)
    return [
        {
            "type": "paragraph",
            "value": f"<p>{summary}</p><p>The jury praised how the team measured results "
            f"from the start and shared what did not work as openly as what did. "
            f"{project} is now being discussed with other member cities"
            f"{' through ' + city_name + '’s partnerships office' if city_name else ''}.</p>",
        },
        {
            "type": "key_figures",
            "value": {
                "heading": "Results so far",
                "figures": [
                    {
                        "value": str(improvement),
                        "unit": "%",
                        "label": "improvement on the main indicator",
                    },
                    {"value": f"{people:,}", "unit": "", "label": "residents reached"},
                    {"value": str(months), "unit": "months", "label": "in operation"},
                ],
            },
        },
        {
            "type": "quote",
            "value": {
                "quote": "We built it with the people who use it every day, and it shows.",
                "attribution": "Project lead (illustrative quote)",
            },
        },
    ]


def load(demo):
    home = demo.registry.get("home") or demo.home
    index = demo.ensure_page(
        home,
        AwardsIndexPage,
        "awards",
        title="Go Smart Awards",
        show_in_menus=True,
        intro=(
            "Every year the Go Smart Awards recognise projects that make member cities better "
            "places to live, and help them travel from one city to the next."
        ),
        listing_summary="Winners, finalists and special mentions of every edition since 2024.",
    )
    editions = ensure_editions(demo)
    demo.when_all_loaded(lambda: link_award_ceremony(demo))
    categories = ensure_categories(demo, index)
    partners = ensure_organisations(demo)
    cities = demo.registry.get("cities", {})
    city_slugs = sorted(cities)
    pilots = demo.registry.get("pilots", {})

    winners = {}
    for (
        year,
        category_slug,
        placement,
        project,
        city_slug,
        organisation,
        summary,
        pilot_slug,
    ) in WINNERS:
        category = categories[category_slug]
        slug = slug_for(year, project)
        existing = demo.child(category, slug)
        if existing is not None:
            winners[slug] = existing
            continue
        pilot = pilots.get(pilot_slug) if pilot_slug else None
        city = cities.get(city_slug)
        if pilot is not None:
            city = pilot.get_parent().specific
        elif city is None and city_slugs:
            city = cities[demo.random.choice(city_slugs)]
        image = demo.image(
            f"Award: {project}",
            f"Illustration for {project}: a trophy on a winners' podium.",
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
            project_summary=summary,
            listing_summary=summary[:300],
            edition=editions[year],
            placement=Placement(placement),
            city=city,
            organisation=partners.get(organisation),
            pilot=pilot,
            hero_image=image,
            body=body_for(demo, project, summary, city.title if city else ""),
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
