"""Demo content: the News and Events sections, press contacts and release PDFs.

Dates are relative to the day the demo is loaded, so the site always has recent news,
past events and upcoming ones; the 2026 award ceremony keeps its own date. People, quotes
and stories are illustrative sample content.
"""

import datetime
import hashlib
import textwrap
import zoneinfo

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale

from core.demo import grow_pages
from core.demo_pictures import motif_for_topics
from core.translation import translate_object

from .models import (
    EventIndexPage,
    EventPage,
    EventSpeaker,
    MediaKitFile,
    MediaKitPhoto,
    NewsAttachment,
    NewsIndexPage,
    NewsPage,
    PressContact,
)


def rich(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


ABOUT = (
    "About Go Smart: Go Smart is a global organization of Smart Cities founded on Taipei's "
    "initiative. Its member cities and regions share the solutions they test, the data they "
    "open and the results they measure."
)

# --- Press contacts -------------------------------------------------------------------------

PRESS_CONTACTS = [
    {
        "key": "secretariat",
        "name": "Lin Mei-hua",
        "role": "Head of communications",
        "organisation": "Go Smart secretariat",
        "email": "press@gosmart.example",
        "phone": "+886 2 2345 6789",
        "translations": {
            "zh-hant": {
                "Lin Mei-hua": "林美華",
                "Head of communications": "傳播主任",
                "Go Smart secretariat": "Go Smart 秘書處",
            },
            "ja": {
                "Lin Mei-hua": "林美華（リン・メイホア）",
                "Head of communications": "広報責任者",
                "Go Smart secretariat": "Go Smart 事務局",
            },
        },
    },
    {
        "key": "europe",
        "name": "Daniel Okafor",
        "role": "Press officer, Europe",
        "organisation": "Go Smart secretariat",
        "email": "media.europe@gosmart.example",
        "phone": "+32 2 555 01 23",
        "translations": {
            "zh-hant": {
                "Daniel Okafor": "丹尼爾·奧卡福",
                "Press officer, Europe": "歐洲新聞官",
                "Go Smart secretariat": "Go Smart 秘書處",
            },
            "ja": {
                "Daniel Okafor": "ダニエル・オカフォー",
                "Press officer, Europe": "欧州担当広報官",
                "Go Smart secretariat": "Go Smart 事務局",
            },
        },
    },
]

# --- News items -----------------------------------------------------------------------------
# (slug, kind, days ago, title, lead, body paragraphs, topic slugs, city slugs, contact key)

PR = NewsPage.Kind.PRESS_RELEASE
REPORT = NewsPage.Kind.CONFERENCE_REPORT
NEWS = NewsPage.Kind.NEWS

NEWS_ITEMS = [
    (
        "new-members-join",
        PR,
        12,
        "Eight cities and regions join Go Smart",
        "Eight cities and regions from four continents signed the Go Smart charter this week, "
        "bringing the organization to more than thirty members.",
        [
            "The new members were welcomed at a signing session hosted by the secretariat in "
            "Taipei. Each has committed to publish a profile, share at least one dataset and "
            "offer a site for a proof-of-concept pilot within two years.",
            "Membership is open to cities, regions and special municipalities. Partner "
            "companies, universities and NGOs take part through the pilots and the awards.",
        ],
        ["governance", "economy"],
        ["taipei"],
        "secretariat",
    ),
    (
        "awards-2026-call-for-entries",
        PR,
        240,
        "Go Smart Awards 2026 open for entries",
        "Cities, companies, start-ups and universities can now enter projects for the Go Smart "
        "Awards 2026 in six categories, from smart mobility to public health.",
        [
            "Entries describe a project running in at least one member city, with measured "
            "results. An international jury scores them on impact, transferability and the "
            "openness of the data behind them.",
            "Finalists present their projects to the jury in the autumn; the winners are "
            "announced at the award ceremony in Taipei.",
        ],
        ["economy", "governance"],
        [],
        "secretariat",
    ),
    (
        "awards-2026-finalists",
        PR,
        40,
        "Finalists of the Go Smart Awards 2026 announced",
        "The jury has selected the finalists of the Go Smart Awards 2026 from entries submitted "
        "by member cities and their partners.",
        [
            "Finalist projects range from indoor navigation in train stations to energy "
            "management in public housing and early warning of floods.",
            "All finalists are invited to the award ceremony in Taipei, where the winners of "
            "each category will be announced.",
        ],
        ["mobility", "housing", "safety"],
        ["taipei", "kaohsiung"],
        "secretariat",
    ),
    (
        "data-sharing-charter",
        PR,
        150,
        "Member cities sign a data-sharing charter",
        "Go Smart members agreed on common rules for the datasets they share: open licences, "
        "documented formats and shared standards such as OASC MIMs and DCAT.",
        [
            "The charter asks every member to publish its shared datasets with a licence, a "
            "format and a contact, and to describe them with DCAT so that the shared registry "
            "on this site can list them.",
            "Cities that adopt the Minimal Interoperability Mechanisms of Open & Agile Smart "
            "Cities can reuse each other's applications with little adaptation.",
        ],
        ["governance"],
        ["new-taipei", "taichung"],
        "europe",
    ),
    (
        "summit-announced",
        PR,
        60,
        "Go Smart Summit to be held in Taipei",
        "The next Go Smart Summit will bring mayors, city technology officers and partners to "
        "Taipei for three days of talks, site visits and pilot presentations.",
        [
            "The programme covers mobility, housing, health and climate resilience, with site "
            "visits to pilots running in Taipei and New Taipei.",
            "Registration is open to member cities, partners and the press.",
        ],
        ["mobility", "environment"],
        ["taipei", "new-taipei"],
        "secretariat",
    ),
    (
        "council-elects-chair",
        PR,
        400,
        "Council elects its chair for the next two years",
        "The Go Smart council elected its chair and two vice-chairs for a two-year term at its "
        "meeting this week.",
        [
            "The chair leads the council's work on the organization's priorities and represents "
            "the members at international meetings.",
            "The council also approved the secretariat's work plan and budget for the year.",
        ],
        ["governance"],
        ["kaohsiung"],
        "secretariat",
    ),
    (
        "housing-pilot-results",
        PR,
        95,
        "Public-housing pilot cuts energy use in shared spaces",
        "A housing-management pilot in public housing reduced the energy used for lighting "
        "and ventilation in shared spaces, according to results published today.",
        [
            "Sensors in corridors, car parks and lifts adjust lighting and ventilation to use, "
            "and tenants report faults through a shared app instead of paper forms.",
            "The pilot's data and method are published so that other members can reproduce it.",
        ],
        ["housing", "environment"],
        ["taipei"],
        "europe",
    ),
    (
        "council-meeting-report",
        REPORT,
        75,
        "Report: the council meeting in Kaohsiung",
        "Members met in Kaohsiung to review the year's pilots, agree on the data-sharing "
        "roadmap and prepare the awards.",
        [
            "Delegates visited port and logistics projects and heard progress reports from "
            "every working group.",
            "The council agreed to open the pilot programme to regions as well as cities.",
        ],
        ["governance", "mobility"],
        ["kaohsiung"],
        None,
    ),
    (
        "european-forum-report",
        REPORT,
        165,
        "Report: the European regional forum",
        "European members compared how they buy and scale smart-city solutions, and how they "
        "share the data behind them.",
        [
            "Sessions covered joint procurement, open standards and what cities need from "
            "start-ups to move a pilot into everyday service.",
            "Participants agreed to publish a shared list of procurement templates.",
        ],
        ["economy", "governance"],
        [],
        None,
    ),
    (
        "summit-report",
        REPORT,
        380,
        "What forty cities shared at last year's summit",
        "Three days, forty cities and more than a hundred pilots: a look back at the main "
        "lessons of the last Go Smart Summit.",
        [
            "Cities that shared data early scaled their pilots fastest. Several delegations "
            "announced joint pilots with cities they met at the summit.",
            "Recordings and slides are available to members on request.",
        ],
        ["economy", "mobility", "health"],
        ["taipei"],
        None,
    ),
    (
        "open-data-workshop-report",
        REPORT,
        210,
        "Workshop report: publishing city data with common standards",
        "City data teams worked through describing, licensing and publishing datasets so that "
        "other cities can find and reuse them.",
        [
            "Participants mapped their datasets to DCAT and chose licences, then tested the "
            "results with tools used by other members.",
            "The exercises are available for cities that want to run the workshop themselves.",
        ],
        ["governance"],
        ["taichung", "tainan"],
        None,
    ),
    (
        "station-navigation-roundtable",
        REPORT,
        30,
        "Roundtable report: navigation for everyone in train stations",
        "Rail operators, cities and disability organisations discussed what indoor navigation "
        "must do for travellers who cannot rely on signs.",
        [
            "The roundtable drew on a navigation pilot in a busy train station, which guides "
            "travellers step by step with audio and large-print directions.",
            "Participants agreed on a short list of accessibility requirements for future pilots.",
        ],
        ["mobility"],
        ["taipei", "taoyuan"],
        None,
    ),
    (
        "station-navigation-pilot",
        NEWS,
        120,
        "Indoor navigation pilot starts at a major train station",
        "A pilot guides travellers through a busy station with step-by-step directions, "
        "including audio guidance for people with visual impairments.",
        [
            "Beacons and a shared map of platforms, exits and lifts let the app give "
            "directions that work underground, where satellite positioning fails.",
            "The pilot runs for a year; its results will be shared with every member.",
        ],
        ["mobility"],
        ["taipei"],
        None,
    ),
    (
        "air-quality-sensors",
        NEWS,
        300,
        "Low-cost air-quality sensors near schools",
        "Schools now see the air quality around their gates minute by minute, and parents can "
        "check it before the walk to school.",
        [
            "The sensors are calibrated against official monitoring stations and publish open "
            "data every minute.",
            "Teachers use the readings in science lessons.",
        ],
        ["environment", "education"],
        ["taichung"],
        None,
    ),
    (
        "heritage-digital-twin",
        NEWS,
        460,
        "A digital twin of a historic district",
        "A three-dimensional model of a historic district helps planners protect old "
        "buildings while improving streets and drainage.",
        [
            "The model combines laser scans, building records and flood data, and is open to "
            "residents who want to comment on plans.",
        ],
        ["governance", "environment"],
        ["tainan"],
        None,
    ),
    (
        "port-logistics",
        NEWS,
        520,
        "Port logistics data shared with the city",
        "Truck arrival data from the port now feeds the city's traffic signals, shortening "
        "queues on roads around the terminals.",
        [
            "The data is shared under an agreement that protects commercial information while "
            "giving traffic engineers what they need.",
        ],
        ["mobility", "economy"],
        ["kaohsiung"],
        None,
    ),
    (
        "elderly-care-sensors",
        NEWS,
        330,
        "Home sensors help older residents live independently",
        "Discreet sensors alert care workers when an older resident living alone shows "
        "unusual patterns, such as no movement in the morning.",
        [
            "Residents choose whether to take part and who is alerted. No cameras are used.",
        ],
        ["health"],
        ["new-taipei"],
        None,
    ),
    (
        "dataset-registry-launch",
        NEWS,
        140,
        "A registry of the datasets member cities share",
        "Every dataset that member cities share is now listed in one place on this site, with "
        "its licence, format and the standard it follows.",
        [
            "The registry is filterable by topic, licence and standard, and is also available "
            "through the site's open API and as downloads.",
        ],
        ["governance"],
        [],
        None,
    ),
    (
        "site-in-seven-languages",
        NEWS,
        20,
        "This site now speaks seven languages",
        "The Go Smart website is now available in English, Traditional Chinese, Japanese, "
        "Korean, Spanish, French and Arabic.",
        [
            "Pages not yet translated are shown in English with a notice, and the language "
            "menu says which languages have a translation.",
        ],
        ["governance"],
        [],
        None,
    ),
    (
        "youth-hackathon",
        NEWS,
        270,
        "Students build apps with open city data",
        "More than two hundred students spent a weekend building services on open data "
        "published by member cities.",
        [
            "The winning team built a tool that helps wheelchair users plan routes with "
            "working lifts.",
        ],
        ["education", "mobility"],
        ["taoyuan"],
        None,
    ),
    (
        "flood-early-warning",
        NEWS,
        600,
        "Flood early warning reaches residents' phones",
        "Water-level sensors in drains and rivers now trigger warnings to residents of "
        "low-lying streets before the water rises.",
        [
            "Warnings are sent in several languages and tested twice a year with residents.",
        ],
        ["safety", "environment"],
        ["kaohsiung", "tainan"],
        None,
    ),
    (
        "school-energy-dashboard",
        NEWS,
        430,
        "Schools compare their energy use",
        "A dashboard lets schools compare the energy they use with similar schools and "
        "follow the effect of simple changes.",
        [
            "Pupils take part as energy monitors; several schools cut their use in the first term.",
        ],
        ["education", "environment"],
        ["new-taipei"],
        None,
    ),
    (
        "startup-exchange",
        NEWS,
        690,
        "Start-ups exchange between member cities",
        "An exchange programme lets start-ups test their products in another member city "
        "with the support of its innovation office.",
        [
            "The first exchanges paired start-ups working on mobility and housing with cities "
            "that had asked for such solutions.",
        ],
        ["economy"],
        ["taichung"],
        None,
    ),
    (
        "emergency-services-data",
        NEWS,
        560,
        "Emergency services share live data across city borders",
        "Neighbouring cities now see each other's ambulance and fire-engine availability, so "
        "the nearest crew answers a call wherever it comes from.",
        [
            "The system follows a shared data model agreed by the cities' emergency services.",
        ],
        ["safety", "health"],
        ["taoyuan", "new-taipei"],
        None,
    ),
]

# An embargoed release: scheduled to go live when the ceremony starts.
EMBARGOED = (
    "awards-2026-winners",
    "Winners of the Go Smart Awards 2026",
    "The winners of the Go Smart Awards 2026 were announced at the award ceremony in Taipei.",
    [
        "Six projects won in six categories, chosen by the jury from the finalists presented "
        "in the autumn.",
        "Winning projects receive support to scale to other member cities.",
    ],
    ["economy"],
    ["taipei"],
)

# --- Events ---------------------------------------------------------------------------------

CEREMONY_2026 = datetime.datetime(2026, 12, 10, 18, 30)

EVENTS = [
    {
        "slug": "council-meeting-kaohsiung",
        "kind": EventPage.Kind.COUNCIL,
        "title": "Go Smart council meeting",
        "days": -80,
        "length_days": 2,
        "hours": ((9, 0), (16, 30)),
        "time_zone": "Asia/Taipei",
        "venue": "Kaohsiung Exhibition Center",
        "address": "No. 39, Chenggong 2nd Road, Qianzhen District, Kaohsiung",
        "cities": ["kaohsiung"],
        "online": False,
        "intro": (
            "The council of member cities meets twice a year to agree on priorities, review "
            "pilots and prepare the awards. Members only; the press is welcome at the opening."
        ),
        "sessions": [
            [
                ("09:00", "Opening and welcome by the host city", "Host city representative"),
                ("10:00", "Progress of the working groups", "Working group chairs"),
                ("14:00", "Site visit: port logistics and traffic signals", ""),
            ],
            [
                ("09:30", "Data-sharing roadmap", "Go Smart secretariat"),
                ("13:30", "Decisions and closing", "Council chair"),
            ],
        ],
        "speakers": [
            ("Huang Chia-wen", "Council chair"),
            ("Maria Santos", "Vice-chair, working group on data"),
        ],
    },
    {
        "slug": "european-regional-forum",
        "kind": EventPage.Kind.CONFERENCE,
        "title": "European regional forum",
        "days": -170,
        "length_days": 1,
        "hours": ((9, 30), (17, 0)),
        "time_zone": "Europe/Amsterdam",
        "venue": "City conference centre",
        "address": "",
        "cities": ["amsterdam", "rotterdam", "barcelona", "helsinki"],
        "online": True,
        "intro": (
            "European members and partners on buying, scaling and sharing smart-city "
            "solutions. Sessions are streamed for members elsewhere."
        ),
        "sessions": [
            [
                ("09:30", "Joint procurement: what worked", "Panel of city buyers"),
                ("11:00", "Open standards in practice", "Open & Agile Smart Cities"),
                ("14:00", "From pilot to service", "Start-up and city pairs"),
            ]
        ],
        "speakers": [
            ("Sofie de Vries", "Chief technology officer of a member city"),
            ("Jordi Puig", "Head of innovation procurement"),
        ],
    },
    {
        "slug": "mobility-workshop-tainan",
        "kind": EventPage.Kind.WORKSHOP,
        "title": "Workshop: accessible mobility",
        "days": -30,
        "length_days": 1,
        "hours": ((13, 30), (17, 30)),
        "time_zone": "Asia/Taipei",
        "venue": "City innovation lab",
        "address": "",
        "cities": ["tainan"],
        "online": False,
        "intro": (
            "A hands-on workshop for transport planners and disability organisations on "
            "navigation and information for travellers with disabilities."
        ),
        "sessions": [
            [
                ("13:30", "What travellers need: testimonies", "Disability organisations"),
                ("15:00", "Designing with users", "Workshop facilitators"),
            ]
        ],
        "speakers": [("Tsai Pei-shan", "Accessibility adviser")],
    },
    {
        "slug": "open-data-workshop",
        "kind": EventPage.Kind.WORKSHOP,
        "title": "Online workshop: sharing city data with DCAT",
        "days": 24,
        "length_days": 1,
        "hours": ((10, 0), (12, 30)),
        "time_zone": "Europe/Madrid",
        "venue": "",
        "address": "",
        "cities": ["barcelona", "madrid"],
        "online": True,
        "registration_url": "https://events.gosmart.example/open-data-workshop",
        "intro": (
            "For city data teams: describe, license and publish datasets so that other "
            "members find and reuse them. Online, in English, with exercises."
        ),
        "sessions": [
            [
                ("10:00", "Describing datasets with DCAT", "Data standards trainer"),
                ("11:15", "Choosing a licence", "Open data lead of a member city"),
                ("12:00", "Questions and next steps", ""),
            ]
        ],
        "speakers": [
            ("Laura Giménez", "Open data lead"),
            ("Kim Ji-ho", "Data standards trainer"),
        ],
    },
    {
        "slug": "award-ceremony-2026",
        "kind": EventPage.Kind.AWARD_CEREMONY,
        "title": "Go Smart Awards 2026 ceremony",
        "fixed_start": CEREMONY_2026,
        "length_days": 1,
        "hours": ((18, 30), (21, 0)),
        "time_zone": "Asia/Taipei",
        "venue": "Taipei Nangang Exhibition Center, Hall 2",
        "address": "No. 2, Jingmao 2nd Road, Nangang District, Taipei",
        "cities": ["taipei"],
        "online": True,
        "registration_url": "https://events.gosmart.example/awards-2026",
        "intro": (
            "The winners of the Go Smart Awards 2026 are announced in six categories, in the "
            "presence of the finalists, the jury and member cities. Streamed live."
        ),
        "sessions": [
            [
                ("18:30", "Welcome reception", ""),
                ("19:00", "Opening address", "Go Smart secretariat"),
                ("19:20", "Announcement of the winners", "Jury members"),
                ("20:30", "Closing and networking", ""),
            ]
        ],
        "speakers": [
            ("Chen Yi-ling", "Secretary-general, Go Smart"),
            ("Amara Mensah", "Chair of the jury"),
        ],
    },
    {
        "slug": "go-smart-summit",
        "kind": EventPage.Kind.CONFERENCE,
        "title": "Go Smart Summit",
        "days": 105,
        "length_days": 3,
        "hours": ((9, 0), (17, 30)),
        "time_zone": "Asia/Taipei",
        "venue": "Taipei Nangang Exhibition Center, Hall 1",
        "address": "No. 1, Jingmao 2nd Road, Nangang District, Taipei",
        "cities": ["taipei", "new-taipei"],
        "online": True,
        "registration_url": "https://events.gosmart.example/summit",
        "intro": (
            "Three days of talks, site visits and pilot presentations with mayors, city "
            "technology officers, companies and researchers from member cities."
        ),
        "sessions": [
            [
                ("09:00", "Opening plenary: cities sharing what works", "Mayors' panel"),
                ("11:00", "Mobility for everyone", "Station navigation pilot team"),
                ("14:00", "Housing and energy", "Public-housing pilot team"),
            ],
            [
                ("09:00", "Site visits to pilots", ""),
                ("14:00", "Data sharing across borders", "Working group on data"),
            ],
            [
                ("09:30", "Pilot marketplace", "Start-ups and cities"),
                ("15:00", "Closing plenary", "Go Smart secretariat"),
            ],
        ],
        "speakers": [
            ("Chen Yi-ling", "Secretary-general, Go Smart"),
            ("Sofie de Vries", "Chief technology officer of a member city"),
            ("Rahul Mehta", "Urban data researcher"),
        ],
    },
]


# --- Helpers --------------------------------------------------------------------------------


def pdf_text(value):
    escaped = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return escaped.encode("cp1252", errors="replace")


def make_pdf(title, date_line, paragraphs, footer):
    """A one-page PDF (A4, Helvetica) holding the release text, assembled by hand."""
    lines = [(b"/F2 15 Tf", title), (b"/F1 10 Tf", date_line), (b"/F1 10 Tf", "")]
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 92):
            lines.append((b"/F1 10 Tf", line))
        lines.append((b"/F1 10 Tf", ""))
    for line in textwrap.wrap(footer, 92):
        lines.append((b"/F1 8 Tf", line))
    content = [b"BT", b"56 780 Td", b"14 TL"]
    for font, text in lines:
        content.append(font + b" (" + pdf_text(text) + b") Tj T*")
    content.append(b"ET")
    stream = b"\n".join(content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + pdf_text(title) + b") /Producer (Go Smart) >>",
    ]
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(output)
    output += f"xref\n0 {len(objects) + 1}\n".encode()
    output += b"0000000000 65535 f \n"
    for offset in offsets:
        output += f"{offset:010d} 00000 n \n".encode()
    output += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(output)


def ensure_document(title, filename, data):
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    document = Document(
        title=title,
        file_size=len(data),
        file_hash=hashlib.sha1(data, usedforsecurity=False).hexdigest(),
    )
    document.file.save(filename, ContentFile(data), save=False)
    document.save()
    return document


def ensure_press_contacts(demo):
    contacts = {}
    for spec in PRESS_CONTACTS:
        contact, _created = PressContact.objects.get_or_create(
            email=spec["email"],
            locale=demo.locale,
            defaults={field: spec[field] for field in ("name", "role", "organisation", "phone")},
        )
        for language, strings in spec["translations"].items():
            locale = Locale.objects.filter(language_code=language).first()
            if locale is not None and not contact.has_translation(locale):
                translate_object(contact, language, strings)
        contacts[spec["key"]] = contact
    return contacts


def find_cities(demo, slugs):
    """Member cities by slug, from the cities loader's registry or the database."""
    registry = demo.registry.get("cities") or {}
    found = [registry[slug] for slug in slugs if slug in registry]
    missing = [slug for slug in slugs if slug not in registry]
    if missing:
        # The member city model, through the news items' relation to it.
        city_model = NewsPage._meta.get_field("related_cities").related_model
        found += list(city_model.objects.filter(locale=demo.locale, slug__in=missing))
    return found


def some_cities(demo, slugs, count=1):
    """The named cities, or a seeded choice of members when none of them exists."""
    found = find_cities(demo, slugs)
    if found or not slugs:
        return found
    registry = sorted((demo.registry.get("cities") or {}).items())
    if not registry:
        return []
    return [city for _slug, city in demo.random.sample(registry, min(count, len(registry)))]


# The news pictures: two or three of each motif (core.demo_pictures), so neighbouring items
# on the same subject rarely share one; the skylines double as the media kit's photos.
NEWS_MOTIFS = {
    "skyline": "An illustrated city skyline with lit windows, used as a news picture.",
    "network": "An illustrated street grid seen from above, with linked data points.",
    "conference": "An illustrated conference: a speaker on a stage before a chart.",
    "transit": "An illustrated train at a station platform under a wayfinding sign.",
    "park": "An illustrated park with trees, a cycle path and wind turbines.",
    "housing": "Illustrated apartment blocks with solar panels on their roofs.",
}
NEWS_PICTURES = [
    (motif, alt_text)
    for copies in (1, 2, 3)
    for motif, alt_text in NEWS_MOTIFS.items()
    if copies < 3 or motif == "skyline"
]


def news_images(demo):
    """{motif: [its pictures]}, drawn once and found again on later runs."""
    images = {}
    for number, (motif, alt_text) in enumerate(NEWS_PICTURES, start=1):
        images.setdefault(motif, []).append(
            demo.image(
                f"News illustration {number}",
                alt_text,
                seed=300 + number,
                label=f"news-{number}",
                motif=motif,
            )
        )
    return images


def picture_for(images, number, kind, topic_slugs):
    """A news item's picture: a conference for a report, otherwise one that fits its first
    topic with a picture (core.demo_pictures), taken in turn when several fit."""
    default = ("skyline", "network")[number % 2]
    motif = "conference" if kind == REPORT else motif_for_topics(topic_slugs, default)
    fitting = images[motif]
    return fitting[number % len(fitting)]


def media_kit_images(demo):
    return news_images(demo)["skyline"]


def at(day, hour_minute, zone):
    return datetime.datetime.combine(day, datetime.time(*hour_minute), tzinfo=zone)


# --- Loaders --------------------------------------------------------------------------------


def load_news(demo, home, contacts):
    index = demo.ensure_page(
        home,
        NewsIndexPage,
        "news",
        title="News",
        show_in_menus=True,
        intro="News from member cities, press releases and reports from our conferences.",
        press_intro=(
            "Press releases of the Go Smart secretariat with the people to call and the files "
            "to download. Follow them by RSS or Atom."
        ),
        listing_summary="News, press releases and conference reports from Go Smart.",
    )
    images = news_images(demo)
    today = timezone.localdate()
    pages = {}
    for number, item in enumerate(NEWS_ITEMS):
        slug, kind, days_ago, title, lead, paragraphs, topic_slugs, city_slugs, contact = item
        existing = demo.child(index, slug)
        if existing is not None:
            pages[slug] = existing
            continue
        date = today - datetime.timedelta(days=days_ago)
        body = [{"type": "paragraph", "value": rich(*paragraphs)}]
        attachments = []
        if kind == PR:
            body.append({"type": "paragraph", "value": rich(ABOUT)})
            pdf = make_pdf(
                title,
                f"Press release - Taipei, {date:%d %B %Y}",
                [lead, *paragraphs],
                f"{ABOUT} Media contact: {contacts[contact].name}, {contacts[contact].email}.",
            )
            document = ensure_document(f"Press release: {title}", f"{slug}.pdf", pdf)
            attachments.append(NewsAttachment(document=document, locale=demo.locale))
        if kind == REPORT:
            pdf = make_pdf(
                title, f"Conference report - {date:%d %B %Y}", [lead, *paragraphs], ABOUT
            )
            document = ensure_document(f"Report: {title}", f"{slug}.pdf", pdf)
            attachments.append(NewsAttachment(document=document, locale=demo.locale))
        image = picture_for(images, number, kind, topic_slugs)
        pages[slug] = demo.ensure_page(
            index,
            NewsPage,
            slug,
            title=title,
            kind=kind,
            date=date,
            lead=lead,
            body=body,
            hero_image=image,
            listing_image=image,
            press_contact=contacts.get(contact),
            topics=[demo.registry["topics"][t] for t in topic_slugs],
            related_cities=some_cities(demo, city_slugs, count=len(city_slugs)),
            attachments=attachments,
        )
    load_embargoed_release(demo, index, contacts, images["skyline"][0])
    demo.registry["news_index"] = index
    demo.registry["news"] = pages
    return index


def load_embargoed_release(demo, index, contacts, image):
    slug, title, lead, paragraphs, topic_slugs, city_slugs = EMBARGOED
    if demo.child(index, slug) is not None:
        return
    go_live_at = CEREMONY_2026.replace(tzinfo=zoneinfo.ZoneInfo("Asia/Taipei"))
    page = NewsPage(
        slug=slug,
        locale=index.locale,
        title=title,
        kind=PR,
        date=go_live_at.date(),
        lead=lead,
        body=[{"type": "paragraph", "value": rich(*paragraphs, ABOUT)}],
        hero_image=image,
        listing_image=image,
        press_contact=contacts["secretariat"],
        topics=[demo.registry["topics"][t] for t in topic_slugs],
        related_cities=find_cities(demo, city_slugs),
        live=go_live_at <= timezone.now(),
    )
    if go_live_at > timezone.now():
        # Scheduled: `manage.py publish_scheduled` publishes it once the ceremony starts.
        page.go_live_at = go_live_at
    index.add_child(instance=page)
    page.save_revision().publish()


def load_events(demo, home):
    index = demo.ensure_page(
        home,
        EventIndexPage,
        "events",
        title="Events",
        show_in_menus=True,
        intro="Council meetings, conferences, workshops and the award ceremony.",
        listing_summary="Upcoming and past events of Go Smart, with calendar files.",
    )
    pictures = [
        demo.image(
            f"Event illustration {number}",
            "An illustrated conference: a speaker on a stage before a chart, and rows of seats.",
            seed=400 + number,
            motif="conference",
            label=f"event-{number}",
        )
        for number in range(1, 4)
    ]
    today = timezone.localdate()
    pages = {}
    for number, spec in enumerate(EVENTS):
        existing = demo.child(index, spec["slug"])
        if existing is not None:
            pages[spec["slug"]] = existing
            continue
        zone = zoneinfo.ZoneInfo(spec["time_zone"])
        if "fixed_start" in spec:
            first_day = spec["fixed_start"].date()
        else:
            first_day = today + datetime.timedelta(days=spec["days"])
            while first_day.weekday() > 2:  # start between Monday and Wednesday
                first_day += datetime.timedelta(days=1)
        last_day = first_day + datetime.timedelta(days=spec["length_days"] - 1)
        agenda = []
        for offset, sessions in enumerate(spec["sessions"]):
            day = first_day + datetime.timedelta(days=offset)
            items = [
                {
                    "time": datetime.time(*map(int, time.split(":"))),
                    "title": title,
                    "speaker": speaker,
                    "description": "",
                }
                for time, title, speaker in sessions
            ]
            agenda.append({"type": "day", "value": {"day": day, "items": items}})
        cities = some_cities(demo, spec["cities"])
        picture = pictures[number % len(pictures)]
        pages[spec["slug"]] = demo.ensure_page(
            index,
            EventPage,
            spec["slug"],
            title=spec["title"],
            kind=spec["kind"],
            start=at(first_day, spec["hours"][0], zone),
            end=at(last_day, spec["hours"][1], zone),
            time_zone=spec["time_zone"],
            venue=spec["venue"],
            address=spec["address"],
            online=spec["online"],
            host_city=cities[0] if cities else None,
            registration_url=spec.get("registration_url", ""),
            intro=spec["intro"],
            hero_image=picture,
            listing_image=picture,
            agenda=agenda,
            speakers=[
                EventSpeaker(name=name, role=role, sort_order=order, locale=demo.locale)
                for order, (name, role) in enumerate(spec["speakers"])
            ],
        )
    demo.registry["events_index"] = index
    demo.registry["events"] = pages
    return index


# --- Media kit ------------------------------------------------------------------------------

BOILERPLATE = (
    "Go Smart is a global organization of Smart Cities, founded on Taipei's initiative. Its "
    "member cities and regions on every continent share the solutions they test, the data "
    "they open and the results they measure: member profiles, pilot projects hosted by one "
    "city for another, the yearly Go Smart Awards and open data, in seven languages. The "
    "secretariat is in Taipei."
)

# The logo of the site header: a ring with a rising line, and the name beside it.
LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="120" viewBox="0 0 240 60">'
    "<title>Go Smart</title>"
    '<circle cx="30" cy="30" r="24" fill="none" stroke="{colour}" stroke-width="5"/>'
    '<path d="M17 37l10-10 6 6 10-13" fill="none" stroke="{colour}" stroke-width="5" '
    'stroke-linecap="round" stroke-linejoin="round"/>'
    '<text x="64" y="41" font-family="Helvetica, Arial, sans-serif" font-size="30" '
    'font-weight="700" fill="{colour}">Go Smart</text></svg>'
)

FACT_SHEET = [
    "Founded: on the initiative of the Taipei City Government.",
    "Members: 27 cities and regions signed at launch, with Taiwan's six special municipalities.",
    "What members share: smart-city strategies, pilot projects and open data.",
    "Go Smart Awards: one call a year, in categories from mobility to public housing.",
    "This site: seven languages (English, Traditional Chinese, Japanese, Korean, Spanish, "
    "French and Arabic); its content is open data under CC BY 4.0.",
]

MEDIA_KIT_PHOTOS = [
    ("A city skyline at dusk, with lit windows (illustration).", "Go Smart secretariat"),
    ("Towers and low-rise streets of a member city (illustration).", "Go Smart secretariat"),
    ("An evening skyline over the river (illustration).", "Go Smart secretariat"),
]


def load_media_kit(demo, index):
    index = NewsIndexPage.objects.get(pk=index.pk)
    if index.boilerplate:
        return
    logo = ensure_document(
        "Go Smart logo (colour, SVG)",
        "go-smart-logo.svg",
        LOGO_SVG.format(colour="#0b5c4a").encode(),
    )
    logo_white = ensure_document(
        "Go Smart logo (white, for dark backgrounds, SVG)",
        "go-smart-logo-white.svg",
        LOGO_SVG.format(colour="#ffffff").encode(),
    )
    sheet = ensure_document(
        "Go Smart fact sheet",
        "go-smart-fact-sheet.pdf",
        make_pdf("Go Smart fact sheet", "For journalists", FACT_SHEET, BOILERPLATE),
    )
    index.boilerplate = BOILERPLATE
    index.media_kit_files = [
        MediaKitFile(document=logo, title="Logo (colour)", locale=index.locale),
        MediaKitFile(document=logo_white, title="Logo (white)", locale=index.locale),
        MediaKitFile(document=sheet, title="Fact sheet", locale=index.locale),
    ]
    index.media_kit_photos = [
        MediaKitPhoto(image=image, caption=caption, credit=credit, locale=index.locale)
        for image, (caption, credit) in zip(media_kit_images(demo), MEDIA_KIT_PHOTOS, strict=True)
    ]
    index.save_revision().publish()


def load(demo):
    home = demo.registry.get("home") or demo.home
    contacts = ensure_press_contacts(demo)
    demo.registry["press_contacts"] = contacts
    index = load_news(demo, home, contacts)
    load_media_kit(demo, index)
    load_events(demo, home)


def grow(factor):
    """Copies of the live English NewsPage and EventPage pages (manage.py grow_demo_content)."""
    return grow_pages(factor, NewsPage, EventPage)
