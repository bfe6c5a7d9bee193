"""Demo content: the News and Events sections, press contacts and release PDFs.

The content is in news/demo_content/news.yaml and events.yaml. Dates are relative to the
day the demo is loaded, so the site always has recent news, past events and upcoming ones;
the 2026 award ceremony keeps its own date.
"""

import datetime
import hashlib
import textwrap
import zoneinfo

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from core.demo import grow_pages, rich
from core.demo_pictures import motif_for_topics

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

PRESS_RELEASE = NewsPage.Kind.PRESS_RELEASE
REPORT = NewsPage.Kind.CONFERENCE_REPORT


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


def ensure_press_contacts(demo, data):
    """The press contacts (translated with the other snippets by the localization loader)."""
    contacts = {}
    for spec in data["press_contacts"]:
        contact, _created = PressContact.objects.get_or_create(
            email=spec["email"],
            locale=demo.locale,
            defaults={field: spec[field] for field in ("name", "role", "organisation", "phone")},
        )
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


def news_images(demo, data):
    """{motif: [its pictures]}, drawn once and found again on later runs: two or three of
    each motif (core.demo_pictures), so neighbouring items on the same subject rarely share
    one; the skylines double as the media kit's photos."""
    pictures = [
        picture
        for copies in (1, 2, 3)
        for picture in data["pictures"]
        if copies < 3 or picture["motif"] == "skyline"
    ]
    images = {}
    for number, picture in enumerate(pictures, start=1):
        images.setdefault(picture["motif"], []).append(
            demo.image(
                f"News illustration {number}",
                picture["alt_text"],
                seed=300 + number,
                label=f"news-{number}",
                motif=picture["motif"],
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


def at(day, hour_minute, zone):
    return datetime.datetime.combine(day, datetime.time.fromisoformat(hour_minute), tzinfo=zone)


# --- Loaders --------------------------------------------------------------------------------


def load_news(demo, home, contacts, data):
    index = demo.ensure_page(home, NewsIndexPage, **data["index"])
    images = news_images(demo, data)
    documents = data["documents"]
    about = data["about"]
    today = timezone.localdate()
    pages = {}
    for number, item in enumerate(data["news"]):
        slug, kind, title, lead = item["slug"], item["kind"], item["title"], item["lead"]
        existing = demo.child(index, slug)
        if existing is not None:
            pages[slug] = existing
            continue
        date = today - datetime.timedelta(days=item["days_ago"])
        body = [{"type": "paragraph", "value": rich(*item["body"])}]
        attachments = []
        if kind == PRESS_RELEASE:
            body.append({"type": "paragraph", "value": rich(about)})
            contact = contacts[item["press_contact"]]
            release = documents["press_release"]
            pdf = make_pdf(
                title,
                release["date_line"].format(date=date),
                [lead, *item["body"]],
                release["footer"].format(about=about, name=contact.name, email=contact.email),
            )
            document_title = item.get("document_title") or release["title"].format(title=title)
            document = ensure_document(document_title, f"{slug}.pdf", pdf)
            attachments.append(NewsAttachment(document=document, locale=demo.locale))
        if kind == REPORT:
            report = documents["report"]
            pdf = make_pdf(
                title, report["date_line"].format(date=date), [lead, *item["body"]], about
            )
            document = ensure_document(report["title"].format(title=title), f"{slug}.pdf", pdf)
            attachments.append(NewsAttachment(document=document, locale=demo.locale))
        image = picture_for(images, number, kind, item["topics"])
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
            press_contact=contacts.get(item["press_contact"]),
            topics=[demo.registry["topics"][t] for t in item["topics"]],
            related_cities=some_cities(demo, item["cities"], count=len(item["cities"])),
            attachments=attachments,
        )
    load_embargoed_release(demo, index, contacts, images["skyline"][0], data)
    demo.registry["news_index"] = index
    demo.registry["news"] = pages
    return index


def load_embargoed_release(demo, index, contacts, image, data):
    release = data["embargoed_release"]
    if demo.child(index, release["slug"]) is not None:
        return
    go_live_at = release["go_live_at"]
    page = NewsPage(
        slug=release["slug"],
        locale=index.locale,
        title=release["title"],
        kind=PRESS_RELEASE,
        date=go_live_at.astimezone(zoneinfo.ZoneInfo("Asia/Taipei")).date(),
        lead=release["lead"],
        body=[{"type": "paragraph", "value": rich(*release["body"], data["about"])}],
        hero_image=image,
        listing_image=image,
        press_contact=contacts[release["press_contact"]],
        topics=[demo.registry["topics"][t] for t in release["topics"]],
        related_cities=find_cities(demo, release["cities"]),
        live=go_live_at <= timezone.now(),
    )
    if go_live_at > timezone.now():
        # Scheduled: `manage.py publish_scheduled` publishes it once the ceremony starts.
        page.go_live_at = go_live_at
    index.add_child(instance=page)
    page.save_revision().publish()


def load_events(demo, home, data):
    index = demo.ensure_page(home, EventIndexPage, **data["index"])
    pictures = [
        demo.image(
            f"Event illustration {number}",
            data["picture_alt_text"],
            seed=400 + number,
            motif="conference",
            label=f"event-{number}",
        )
        for number in range(1, 4)
    ]
    today = timezone.localdate()
    pages = {}
    for number, spec in enumerate(data["events"]):
        existing = demo.child(index, spec["slug"])
        if existing is not None:
            pages[spec["slug"]] = existing
            continue
        zone = zoneinfo.ZoneInfo(spec["time_zone"])
        if "fixed_start" in spec:
            first_day = spec["fixed_start"]
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
                    "time": datetime.time.fromisoformat(session["time"]),
                    "title": session["title"],
                    "speaker": session["speaker"],
                    "description": "",
                }
                for session in sessions
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
                EventSpeaker(sort_order=order, locale=demo.locale, **speaker)
                for order, speaker in enumerate(spec["speakers"])
            ],
        )
    demo.registry["events_index"] = index
    demo.registry["events"] = pages
    return index


def load_media_kit(demo, index, data):
    index = NewsIndexPage.objects.get(pk=index.pk)
    if index.boilerplate:
        return
    kit = data["media_kit"]
    files = []
    for spec in kit["files"]:
        if spec["filename"].endswith(".svg"):
            content = kit["logo_svg"].format(colour=spec["colour"]).encode()
        else:
            content = make_pdf(
                spec["document"], spec["subtitle"], kit["fact_sheet"], kit["boilerplate"]
            )
        document = ensure_document(spec["document"], spec["filename"], content)
        files.append(MediaKitFile(document=document, title=spec["title"], locale=index.locale))
    index.boilerplate = kit["boilerplate"]
    index.media_kit_files = files
    index.media_kit_photos = [
        MediaKitPhoto(image=image, locale=index.locale, **photo)
        for image, photo in zip(news_images(demo, data)["skyline"], kit["photos"], strict=True)
    ]
    index.save_revision().publish()


def load(demo):
    home = demo.registry.get("home") or demo.home
    news = demo.data("news", "news")
    contacts = ensure_press_contacts(demo, news)
    demo.registry["press_contacts"] = contacts
    index = load_news(demo, home, contacts, news)
    load_media_kit(demo, index, news)
    load_events(demo, home, demo.data("news", "events"))


def grow(factor):
    """Copies of the live English NewsPage and EventPage pages (manage.py grow_demo_content)."""
    return grow_pages(factor, NewsPage, EventPage)
