"""Feeds for journalists and calendars, in the visitor's language: RSS 2.0 and Atom for all
news and for press releases only, and iCalendar files for one event or all upcoming events."""

import datetime

import icalendar
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from core.i18n import localize
from core.visibility import cached_for_everyone, visible

from .models import EventPage, NewsPage
from .views import localized_contacts, localized_host_cities, with_host_city_key

FEED_LENGTH = 30
PRODUCT_ID = "-//Go Smart//Events//EN"


class NewsFeed(Feed):
    """The latest news items of one news index (one language), newest first."""

    feed_type = Rss201rev2Feed
    author_name = "Go Smart"

    def __init__(self, index, press_only=False):
        super().__init__()
        self.index = index
        self.press_only = press_only

    def __call__(self, request, *args, **kwargs):
        self.request = request
        # Like the open-data files, a feed is one document for every reader (feed readers
        # poll it): built once per tree generation, feed and address, then read from the
        # shared cache, with or without the page cache.
        key = f"feed:{type(self).__name__}:{self.index.pk}:{self.press_only}:"
        key += request.build_absolute_uri(request.path)
        return cached_for_everyone(request, key, lambda: self.build(request, *args, **kwargs))

    def build(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # Django's feed generator writes the document in hundreds of small pieces, which
        # the server then sends one by one (a 15 KB feed took 10 ms on the wire, cached or
        # not): joined, it goes out at once.
        response.content = response.content
        return response

    def get_object(self, request, *args, **kwargs):
        return self.index

    def title(self, index):
        if self.press_only:
            return _("Go Smart press releases")
        return _("Go Smart news")

    def description(self, index):
        if self.press_only:
            return _("Press releases of Go Smart, the global organization of Smart Cities.")
        return _(
            "News, press releases and conference reports from Go Smart, the global "
            "organization of Smart Cities."
        )

    def subtitle(self, index):
        return self.description(index)

    def link(self, index):
        url = index.get_url(self.request)
        if self.press_only:
            url += index.reverse_subpage("press_room")
        return self.request.build_absolute_uri(url)

    def feed_url(self, index):
        return self.request.build_absolute_uri()

    def items(self, index):
        items = visible(NewsPage.objects.child_of(index), self.request)
        if self.press_only:
            items = items.filter(kind=NewsPage.Kind.PRESS_RELEASE)
        items = list(
            items.defer_streamfields()
            .prefetch_related("topics", "attachments__document")
            .order_by("-date", "-pk")[:FEED_LENGTH]
        )
        topics = localize([topic for item in items for topic in item.topics.all()])
        contacts = localized_contacts(item.press_contact_id for item in items)
        for item in items:
            item.topic_names = sorted(topics[topic.pk].name for topic in item.topics.all())
            item.contact = contacts.get(item.press_contact_id)
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return self.request.build_absolute_uri(item.get_url(self.request))

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_updateddate(self, item):
        return max(item.last_published_at or self.item_pubdate(item), self.item_pubdate(item))

    def item_author_name(self, item):
        return item.contact.name if item.contact else "Go Smart"

    def item_author_email(self, item):
        return item.contact.email if item.contact else None

    def item_categories(self, item):
        return [str(item.get_kind_display()), *item.topic_names]

    # How many enclosures an item may carry: RSS 2.0 allows one (the first attachment,
    # usually the release itself as PDF), Atom any number.
    enclosure_limit = 1

    def item_enclosures(self, item):
        enclosures = []
        for attachment in list(item.attachments.all())[: self.enclosure_limit]:
            document = attachment.document
            enclosures.append(
                Enclosure(
                    self.request.build_absolute_uri(document.url),
                    str(document.file_size or 0),
                    document.content_type,  # Wagtail's, as its download view sends
                )
            )
        return enclosures


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
    enclosure_limit = None


# --- iCalendar ------------------------------------------------------------------------------


def event_uid(event):
    """The same in every language and across edits: calendar apps update, not duplicate."""
    return f"{event.translation_key}@events.gosmart"


def event_days(event):
    """(day, start, end) in the venue's time for each day of the event: one for an event
    within a day; for one over several days, each day from the start's hour to the end's
    hour (the whole day when the end's hour is not after the start's)."""
    start, end = event.local_start, event.local_end
    if start.date() == end.date():
        return [(start.date(), start, end)]
    days = []
    day = start.date()
    while day <= end.date():
        day_start = start.replace(year=day.year, month=day.month, day=day.day)
        day_end = end.replace(year=day.year, month=day.month, day=day.day)
        if day_end <= day_start:
            day_end = day_start.replace(hour=23, minute=59, second=0, microsecond=0)
        days.append((day, day_start, day_end))
        day += datetime.timedelta(days=1)
    return days


def agenda_of(event, day):
    """The agenda's sessions for one day, as lines ("09:30 Opening — Speaker")."""
    lines = []
    for block in event.agenda:
        if block.block_type != "day" or block.value["day"] != day:
            continue
        for item in block.value["items"]:
            time = item["time"].strftime("%H:%M") + " " if item["time"] else ""
            speaker = f" — {item['speaker']}" if item["speaker"] else ""
            lines.append(f"{time}{item['title']}{speaker}")
    return lines


def calendar_events(event, request, city=None):
    """The event's calendar entries: one, or one per day for an event over several days
    (each with that day's sessions), so a calendar shows each day at its own hours."""
    url = request.build_absolute_uri(event.get_url(request))
    place = [event.venue, event.address]
    if city is not None and city.title not in (event.address or ""):
        place.append(city.title)
    location = ", ".join(part for part in place if part)
    if event.online:
        location = (location + " · " if location else "") + _("Online")
    stamp = (event.last_published_at or timezone.now()).astimezone(datetime.UTC)
    days = event_days(event)
    entries = []
    for number, (day, start, end) in enumerate(days, 1):
        vevent = icalendar.Event()
        uid = event_uid(event)
        summary = event.title
        if len(days) > 1:
            uid = uid.replace("@", f"-day{number}@")
            summary = _("%(title)s (day %(number)s of %(total)s)") % {
                "title": event.title,
                "number": number,
                "total": len(days),
            }
        vevent.add("uid", uid)
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", start)
        vevent.add("dtend", end)
        vevent.add("summary", summary)
        if location:
            vevent.add("location", location)
        vevent.add("url", url)
        sessions = agenda_of(event, day)
        description = [event.intro, "\n".join(sessions)] if sessions else [event.intro]
        if event.registration_url and event.is_upcoming:
            description.append(_("Registration: %(url)s") % {"url": event.registration_url})
        description.append(url)
        vevent.add("description", "\n\n".join(description))
        vevent.add("categories", [str(event.get_kind_display())])
        entries.append(vevent)
    return entries


def calendar(name):
    cal = icalendar.Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def calendar_response(cal, filename):
    cal.add_missing_timezones()
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_calendar_file(event, request):
    cities = {}
    if event.host_city_id:
        keyed = with_host_city_key(EventPage.objects.filter(pk=event.pk))
        cities = localized_host_cities(keyed, request)
    cal = calendar(event.title)
    for vevent in calendar_events(event, request, cities.get(event.host_city_id)):
        cal.add_component(vevent)
    return calendar_response(cal, f"{event.slug}.ics")


def upcoming_events_calendar(index, request):
    events = list(
        with_host_city_key(visible(EventPage.objects.child_of(index), request))
        .filter(end__gte=timezone.now())
        .order_by("start", "pk")
    )
    cities = localized_host_cities(events, request)
    cal = calendar(_("Go Smart events"))
    cal.add(
        "x-wr-caldesc",
        _("Upcoming events of Go Smart, the global organization of Smart Cities."),
    )
    for event in events:
        for vevent in calendar_events(event, request, cities.get(event.host_city_id)):
            cal.add_component(vevent)
    language = translation.get_language()
    return calendar_response(cal, f"gosmart-events-{language}.ics")
