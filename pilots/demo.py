"""Demo content for the pilots: the Pilots index and fourteen pilot case studies, each
under its host city's page, with partners, measured results and adopting cities.

The pilots, their figures and their stories are illustrative sample content; the places
they are set in are real. Runs after the cities loader (demo.registry["cities"]).
"""

import datetime
from decimal import Decimal

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.demo import grow_pages
from core.demo_pictures import SCENES, motif_for_topics

from .models import PilotIndexPage, PilotPage, PilotResult

Status = PilotPage.Status
Venue = PilotPage.VenueType


def d(year, month, day):
    return datetime.date(year, month, day)


PILOTS = [
    {
        "slug": "smart-public-housing",
        "host": "taipei",
        "title": "Smart management of public housing",
        "venue_type": Venue.PUBLIC_HOUSING,
        "venue_name": "Xinglong Public Housing, Wenshan District",
        "status": Status.SCALED_UP,
        "dates": (d(2024, 3, 1), d(2025, 6, 30)),
        "topics": ["housing", "environment"],
        "partners": ["Chunghwa Telecom", "HomeCare Sensors", "National Taiwan University"],
        "adopted_by": ["new-taipei", "busan", "vienna"],
        "summary": (
            "Sensors, a tenant app and a shared maintenance dashboard cut missed repair "
            "visits and energy use in a large public-housing estate."
        ),
        "challenge": (
            "Repairs in the estate's 500 flats were booked by phone and paper forms. Tenants "
            "waited, contractors arrived when nobody was home, and lifts, pumps and lights "
            "in shared spaces ran around the clock."
        ),
        "solution": (
            "Tenants report faults in an app and choose a visit slot; sensors on lifts, "
            "water pumps and corridor lights report their own faults and switch off when "
            "nobody is around. The housing office, contractors and the tenants' association "
            "see the same dashboard."
        ),
        "results": [
            ("38", "%", "fewer missed repair visits"),
            ("12", "%", "less electricity used in shared spaces"),
            ("2.5", "days", "average time to fix a reported fault"),
        ],
    },
    {
        "slug": "main-station-navigation",
        "host": "taipei",
        "title": "Indoor navigation at Taipei Main Station",
        "venue_type": Venue.TRAIN_STATION,
        "venue_name": "Taipei Main Station",
        "status": Status.COMPLETED,
        "dates": (d(2024, 9, 1), d(2025, 8, 31)),
        "topics": ["mobility"],
        "partners": ["Taiwan Railway Corporation", "Wayfinding Labs", "Metro Signage Systems"],
        "adopted_by": ["kaohsiung", "yokohama"],
        "summary": (
            "Step-by-step guidance through one of Asia's busiest transfer stations, tested "
            "with visually impaired travellers, wheelchair users and first-time visitors."
        ),
        "challenge": (
            "Four rail lines, a metro interchange and an underground mall meet under one "
            "roof. Travellers got lost between exits, and signs did not help people who "
            "cannot read them."
        ),
        "solution": (
            "Bluetooth beacons and the station's own floor plans feed a navigation app with "
            "spoken and step-free routes. New signs use the same names as the app, and "
            "staff at information desks can send a route to a traveller's phone."
        ),
        "results": [
            ("27", "%", "shorter transfers between lines"),
            ("18000", "", "journeys guided on an average day"),
            ("4.6", "/ 5", "rating by visually impaired testers"),
        ],
    },
    {
        "slug": "hospital-to-home",
        "host": "new-taipei",
        "title": "From hospital to home: remote follow-up",
        "venue_type": Venue.HOSPITAL,
        "venue_name": "A municipal hospital and its home-care teams",
        "status": Status.RUNNING,
        "dates": (d(2025, 5, 1), None),
        "topics": ["health"],
        "partners": ["Industrial Technology Research Institute", "Chunghwa Telecom"],
        "adopted_by": [],
        "summary": (
            "Older patients go home earlier with a tablet, a blood-pressure cuff and a nurse "
            "who calls when the readings change."
        ),
        "challenge": (
            "Older patients stayed in hospital longer than needed because nobody could "
            "follow them at home, and many came back within a month."
        ),
        "solution": (
            "Patients leave with simple connected devices. A nurse reviews the readings each "
            "morning and calls or visits when something changes; families see the same "
            "information."
        ),
        "results": [
            ("21", "%", "fewer readmissions within 30 days"),
            ("640", "", "patients enrolled so far"),
        ],
    },
    {
        "slug": "airport-autonomous-shuttle",
        "host": "taoyuan",
        "title": "Autonomous shuttle to the airport",
        "venue_type": Venue.PORT,
        "venue_name": "Taoyuan International Airport",
        "status": Status.RUNNING,
        "dates": (d(2025, 10, 1), None),
        "topics": ["mobility", "economy"],
        "partners": ["Industrial Technology Research Institute"],
        "adopted_by": [],
        "summary": (
            "A driverless electric shuttle links airport hotels, staff car parks and the "
            "terminals on a dedicated lane."
        ),
        "challenge": (
            "Airport staff on early and late shifts had no public transport between car "
            "parks, hotels and terminals."
        ),
        "solution": (
            "Two electric shuttles run on a marked lane with roadside sensors at crossings. "
            "A remote operator supervises both vehicles from the airport's control room."
        ),
        "results": [
            ("12000", "", "passengers carried"),
            ("98.7", "%", "trips without a safety-driver intervention"),
        ],
    },
    {
        "slug": "school-air-quality",
        "host": "taichung",
        "title": "Air-quality sensors in schools",
        "venue_type": Venue.SCHOOL,
        "venue_name": "Twelve primary schools",
        "status": Status.COMPLETED,
        "dates": (d(2024, 2, 1), d(2025, 1, 31)),
        "topics": ["environment", "education"],
        "partners": ["National Taiwan University", "GreenGrid Analytics"],
        "adopted_by": ["tainan", "ulaanbaatar"],
        "summary": (
            "Low-cost sensors in classrooms and playgrounds warn teachers before pollution "
            "peaks, and pupils use the data in science lessons."
        ),
        "challenge": (
            "Regional air-quality stations were kilometres away from schools, and teachers "
            "learnt about pollution peaks too late to move lessons indoors."
        ),
        "solution": (
            "Calibrated sensors in 120 classrooms and every playground publish readings as "
            "open data. Teachers get a warning on their phones; pupils compare their "
            "school's data with others in class."
        ),
        "results": [
            ("120", "", "classrooms monitored"),
            ("15", "minutes", "earlier warnings to teachers"),
        ],
    },
    {
        "slug": "cool-streets",
        "host": "tainan",
        "title": "Cool streets: mapping heat block by block",
        "venue_type": Venue.STREET,
        "venue_name": "Central West District",
        "status": Status.PLANNED,
        "dates": (d(2027, 4, 1), None),
        "topics": ["environment", "safety"],
        "partners": ["GreenGrid Analytics", "Civic Data Collective"],
        "adopted_by": [],
        "summary": (
            "Residents will carry sensors on their daily walks to map the hottest streets, "
            "so that shade and water go where they matter."
        ),
        "challenge": (
            "Summer heat is rising and the old city's narrow streets heat up unevenly; "
            "satellite data cannot see at street level."
        ),
        "solution": (
            "Volunteers and delivery riders will carry small temperature sensors. The "
            "resulting heat map will guide tree planting, shade sails and drinking "
            "fountains."
        ),
        "results": [],
    },
    {
        "slug": "low-emission-port-logistics",
        "host": "kaohsiung",
        "title": "Low-emission logistics in the port",
        "venue_type": Venue.PORT,
        "venue_name": "Port of Kaohsiung",
        "status": Status.RUNNING,
        "dates": (d(2025, 3, 1), None),
        "topics": ["environment", "economy", "mobility"],
        "partners": ["Gogoro", "Chunghwa Telecom"],
        "adopted_by": [],
        "summary": (
            "Electric scooters with swappable batteries and a shared booking system take "
            "parcels from the port to the city."
        ),
        "challenge": (
            "Diesel vans and trucks crowded the roads between the container terminals and "
            "the city centre."
        ),
        "solution": (
            "Logistics companies share consolidation hubs at the port edge; the last "
            "kilometres are ridden on electric scooters using a network of battery-swap "
            "stations."
        ),
        "results": [
            ("1450", "tonnes CO₂", "avoided in the first year"),
            ("22", "%", "of last-mile deliveries by electric scooter"),
        ],
    },
    {
        "slug": "street-charging",
        "host": "amsterdam",
        "title": "Smart charging in residential streets",
        "venue_type": Venue.STREET,
        "venue_name": "Residential streets in three districts",
        "status": Status.SCALED_UP,
        "dates": (d(2024, 1, 15), d(2024, 12, 31)),
        "topics": ["environment", "mobility"],
        "partners": ["GreenGrid Analytics", "Delft University of Technology"],
        "adopted_by": ["rotterdam", "helsinki", "toronto"],
        "summary": (
            "Street charge points that share the grid's spare capacity charge more cars "
            "without new cables."
        ),
        "challenge": (
            "Residents without driveways asked for charge points faster than the grid could "
            "be reinforced."
        ),
        "solution": (
            "Charge points in a street share a connection and slow down at the evening "
            "peak; drivers set when they need the car and the system plans the rest."
        ),
        "results": [
            ("35", "%", "more cars charged per charge point"),
            ("18", "%", "less grid load at the evening peak"),
        ],
    },
    {
        "slug": "superblock-sensors",
        "host": "barcelona",
        "title": "Measuring life in a superblock",
        "venue_type": Venue.STREET,
        "venue_name": "Sant Antoni superblock",
        "status": Status.COMPLETED,
        "dates": (d(2024, 4, 1), d(2025, 3, 31)),
        "topics": ["environment", "governance"],
        "partners": ["Civic Data Collective", "Open & Agile Smart Cities"],
        "adopted_by": ["madrid", "lisbon"],
        "summary": (
            "Noise, heat and footfall sensors show what changes when streets are given back "
            "to people, and the data is open to all."
        ),
        "challenge": (
            "Debates about superblocks relied on opinions; the city wanted shared facts "
            "before extending them."
        ),
        "solution": (
            "Sensors measured noise, surface temperature and pedestrian counts before and "
            "after the change, and the results were published with the methods."
        ),
        "results": [
            ("-5.2", "dB", "change in night-time noise"),
            ("2.1", "°C", "cooler street surfaces on summer afternoons"),
        ],
    },
    {
        "slug": "metrocable-crowding",
        "host": "medellin",
        "title": "Real-time crowding on the Metrocable",
        "venue_type": Venue.TRAIN_STATION,
        "venue_name": "Metrocable Line K stations",
        "status": Status.RUNNING,
        "dates": (d(2025, 8, 1), None),
        "topics": ["mobility"],
        "partners": ["Wayfinding Labs", "Open & Agile Smart Cities"],
        "adopted_by": [],
        "summary": (
            "Screens and an open data feed tell riders how long the queue for the cable car "
            "is, station by station."
        ),
        "challenge": (
            "Queues at peak hours were long and unpredictable, and riders had no way to "
            "plan around them."
        ),
        "solution": (
            "Anonymous counting at station gates estimates waiting times, shown on screens "
            "and published as a real-time feed that journey planners can use."
        ),
        "results": [("9", "minutes", "shorter average wait at peak")],
    },
    {
        "slug": "digital-permits-twin",
        "host": "helsinki",
        "title": "Building permits checked against the 3D city model",
        "venue_type": Venue.GOVERNMENT,
        "venue_name": "Building control office",
        "status": Status.SCALED_UP,
        "dates": (d(2024, 5, 1), d(2025, 4, 30)),
        "topics": ["governance", "housing"],
        "partners": ["Delft University of Technology", "Open & Agile Smart Cities"],
        "adopted_by": ["tallinn", "vienna"],
        "summary": (
            "Simple building permits are checked automatically against the city's 3D model "
            "and zoning rules before an officer decides."
        ),
        "challenge": (
            "Officers spent most of their time checking heights and distances by hand on "
            "simple applications."
        ),
        "solution": (
            "Applicants upload a building model; the city's 3D model checks heights, "
            "distances and shadows against zoning rules and highlights what an officer "
            "needs to look at."
        ),
        "results": [("40", "%", "faster decisions on simple permits")],
    },
    {
        "slug": "park-flood-warnings",
        "host": "yokohama",
        "title": "Flood warnings in riverside parks",
        "venue_type": Venue.PARK,
        "venue_name": "Riverside parks along the Tsurumi River",
        "status": Status.PLANNED,
        "dates": (d(2027, 4, 1), None),
        "topics": ["safety", "environment"],
        "partners": ["Metro Signage Systems", "Industrial Technology Research Institute"],
        "adopted_by": [],
        "summary": (
            "Water-level sensors and park signs will warn visitors before riverside paths flood."
        ),
        "challenge": (
            "Riverside parks are popular, and sudden rain upstream floods paths faster than "
            "staff can close them."
        ),
        "solution": (
            "Sensors upstream will feed signs at park entrances and an alert channel for "
            "park staff and nearby schools."
        ),
        "results": [],
    },
    {
        "slug": "school-library-inclusion",
        "host": "pune",
        "title": "Digital skills in school libraries",
        "venue_type": Venue.SCHOOL,
        "venue_name": "Municipal school libraries",
        "status": Status.PLANNED,
        "dates": (d(2027, 1, 11), None),
        "topics": ["education"],
        "partners": ["Civic Data Collective"],
        "adopted_by": [],
        "summary": (
            "After-school sessions in school libraries will teach families to use public "
            "digital services."
        ),
        "challenge": ("More city services move online, while many parents have never used them."),
        "solution": (
            "Pupils and volunteers will run weekly sessions for parents in school libraries, "
            "using the city's own services as exercises."
        ),
        "results": [],
    },
    {
        "slug": "water-leak-detection",
        "host": "cape-town",
        "title": "Acoustic leak detection in water mains",
        "venue_type": Venue.STREET,
        "venue_name": "Two pressure zones on the Cape Flats",
        "status": Status.COMPLETED,
        "dates": (d(2024, 6, 1), d(2025, 5, 31)),
        "topics": ["environment", "safety"],
        "partners": ["GreenGrid Analytics"],
        "adopted_by": ["kigali"],
        "summary": (
            "Listening devices on water mains find hidden leaks before they reach the surface."
        ),
        "challenge": (
            "After the drought, every litre counted, but most leaks in the network were invisible."
        ),
        "solution": (
            "Acoustic loggers on valves listened at night; suspected leaks were confirmed "
            "by crews and fixed within a week."
        ),
        "results": [
            ("31", "%", "less water lost in the pilot zones"),
            ("210", "", "leaks found and repaired"),
        ],
    },
]


def paragraph(text):
    return f"<p>{text}</p>"


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
    existing_index = demo.child(home, "pilots")
    index = demo.ensure_page(
        home,
        PilotIndexPage,
        "pilots",
        title="Pilots",
        show_in_menus=True,
        intro=(
            "Proof-of-concept projects that member cities host for each other: what was "
            "tested, where, with whom, and what it changed."
        ),
        listing_summary="Pilot projects in member cities, with their measured results.",
    )
    if existing_index is None:
        created.append(index)
    pilots = {}
    for spec in PILOTS:
        host = cities.get(spec["host"])
        if host is None:
            continue
        existing = demo.child(host, spec["slug"])
        if existing is not None:
            pilots[spec["slug"]] = existing
            continue
        motif = motif_for_topics(spec["topics"])
        hero = demo.image(
            f"Pilot: {spec['title']}",
            f"An illustration of {SCENES[motif]}, standing for the pilot at {spec['venue_name']}.",
            seed=spec["slug"],
            label=f"pilot-{spec['slug']}",
            motif=motif,
        )
        start, end = spec["dates"]
        pilots[spec["slug"]] = demo.ensure_page(
            host,
            PilotPage,
            spec["slug"],
            title=spec["title"],
            venue_type=spec["venue_type"],
            venue_name=spec["venue_name"],
            status=spec["status"],
            start_date=start,
            end_date=end,
            topics=[topics[slug] for slug in spec["topics"]],
            partners=[partners[name] for name in spec["partners"]],
            adopted_by=[cities[slug] for slug in spec["adopted_by"] if slug in cities],
            hero_image=hero,
            listing_summary=spec["summary"],
            challenge=paragraph(spec["challenge"]),
            solution=paragraph(spec["solution"]),
            results=[
                PilotResult(
                    locale=demo.locale,
                    sort_order=order,
                    value=Decimal(value),
                    unit=unit,
                    label=label,
                )
                for order, (value, unit, label) in enumerate(spec["results"])
            ],
            body=[
                {
                    "type": "quote",
                    "value": {
                        "quote": "We learnt as much from what did not work as from what did.",
                        "attribution": "Pilot team (illustrative quote)",
                    },
                }
            ],
        )
        created.append(pilots[spec["slug"]])
    demo.registry["pilots"] = pilots
    return created


def grow(factor):
    """Copies of the live English PilotPage pages (manage.py grow_demo_content)."""
    return grow_pages(factor, PilotPage)
