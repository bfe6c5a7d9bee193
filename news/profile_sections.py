"""The news about a member and the events it hosts, on its profile (registered in
core.profile_sections)."""

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from core import profile_sections

from .models import EventPage, NewsPage

NEWS_SHOWN = 6


def finds_news(city, source_pk):
    about_the_city = NewsPage.related_cities.through.objects.filter(
        newspage_id=OuterRef("pk"), citypage_id=source_pk
    )
    return {"news_about_the_city": Exists(about_the_city)}, Q(news_about_the_city=True)


def arrange_news(rows, city):
    if not rows:
        return None
    kinds = dict(NewsPage.Kind.choices)
    for row in rows:
        row.kind_label = kinds.get(row.news_kind, "")
    rows.sort(key=lambda row: (row.news_date, row.pk), reverse=True)
    return {"news": rows[:NEWS_SHOWN], "total": len(rows)}


def finds_events(city, source_pk):
    return {}, Q(eventpage__host_city_id=source_pk)


def local_date(moment, zone_name):
    """The day an event starts in the venue's time zone (as the venue's calendar shows it)."""
    try:
        return timezone.localtime(moment, ZoneInfo(zone_name)).date()
    except (ValueError, ZoneInfoNotFoundError):
        return timezone.localtime(moment).date()


def arrange_events(rows, city):
    if not rows:
        return None
    kinds = dict(EventPage.Kind.choices)
    for row in rows:
        row.kind_label = kinds.get(row.event_kind, "")
        row.local_date = local_date(row.event_start, row.event_time_zone)
    now = timezone.now()
    by_start = sorted(rows, key=lambda row: row.event_start)
    return {
        "upcoming": [row for row in by_start if row.event_end >= now],
        "past": [row for row in reversed(by_start) if row.event_end < now],
    }


def register():
    profile_sections.register(
        profile_sections.ProfileSection(
            model=NewsPage,
            template="news/includes/city_profile_news.html",
            finds=finds_news,
            arrange=arrange_news,
            values={"news_date": F("newspage__date"), "news_kind": F("newspage__kind")},
            order=30,
        )
    )
    profile_sections.register(
        profile_sections.ProfileSection(
            model=EventPage,
            template="news/includes/city_profile_events.html",
            finds=finds_events,
            arrange=arrange_events,
            values={
                "event_start": F("eventpage__start"),
                "event_end": F("eventpage__end"),
                "event_kind": F("eventpage__kind"),
                "event_time_zone": F("eventpage__time_zone"),
            },
            order=40,
        )
    )
