"""Events: upcoming and past lists, the kind filter, event pages in the venue's time zone,
calendar files, structured data, the admin form and query budgets."""

import datetime
import re
import zoneinfo
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import formats, timezone, translation
from wagtail.models import Locale
from wagtail.test.utils.form_data import querydict_from_html

from core.models import SiteImage
from news.models import EventIndexPage, EventPage, EventSpeaker, NewsIndexPage

from .helpers import page_in, publish_child, structured_data, warm_and_count

pytestmark = pytest.mark.django_db


def events_index(language="en"):
    return page_in(language, "events", EventIndexPage)


def live_events(language="en"):
    return EventPage.objects.child_of(events_index(language)).live()


def make_event(slug, days, hours=2, time_zone="Asia/Taipei", **fields):
    """An event `days` from today at 09:00 in its own time zone (today: starting now), so a
    short event never crosses midnight whatever the time the suite runs."""
    index = events_index()
    start = timezone.now().replace(microsecond=0)
    if days:
        zone = ZoneInfo(time_zone)
        day = (start + datetime.timedelta(days=days)).astimezone(zone).date()
        start = datetime.datetime.combine(day, datetime.time(9, 0), tzinfo=zone)
    fields.setdefault("title", f"Event {slug}")
    fields.setdefault("intro", f"About {slug}.")
    fields.setdefault("kind", EventPage.Kind.WORKSHOP)
    page = EventPage(
        slug=slug,
        locale=index.locale,
        start=start,
        end=start + datetime.timedelta(hours=hours),
        time_zone=time_zone,
        **fields,
    )
    return publish_child(index, page)


def parse_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


# --- Listing --------------------------------------------------------------------------------


def test_upcoming_and_past_events_are_split_by_now_and_ordered(client):
    now = timezone.now()
    response = client.get("/en/events/")
    assert response.status_code == 200
    upcoming, past = response.context["upcoming"], response.context["past"]
    expected_upcoming = set(live_events().filter(end__gte=now).values_list("pk", flat=True))
    expected_past = set(live_events().filter(end__lt=now).values_list("pk", flat=True))
    assert expected_upcoming and expected_past
    assert {event.pk for event in upcoming} == expected_upcoming
    assert {event.pk for event in past} == expected_past
    assert [e.start for e in upcoming] == sorted(e.start for e in upcoming)
    assert [e.start for e in past] == sorted((e.start for e in past), reverse=True)
    html = response.content.decode()
    upcoming_html, past_html = html.split('id="past-events"')
    for event in upcoming:
        assert f'href="/en/events/{event.slug}/"' in upcoming_html
    for event in past:
        assert f'href="/en/events/{event.slug}/"' in past_html


def test_an_event_moves_to_the_past_list_when_it_is_over(client):
    event = make_event("over-soon", days=0, hours=0)
    event.start = timezone.now() - datetime.timedelta(hours=3)
    event.end = timezone.now() - datetime.timedelta(minutes=1)
    event.save_revision().publish()
    response = client.get("/en/events/")
    assert event.pk in {e.pk for e in response.context["past"]}
    assert event.pk not in {e.pk for e in response.context["upcoming"]}


def test_a_long_programme_shows_the_soonest_events_then_all_of_them_a_page_at_a_time(
    client, monkeypatch
):
    from news import views

    for days in (3, 4, 5):
        make_event(f"programme-{days}", days=days)
    upcoming = list(
        live_events()
        .filter(end__gte=timezone.now())
        .order_by("start", "pk")
        .values_list("pk", flat=True)
    )
    monkeypatch.setattr(views, "UPCOMING_SHOWN", 2)
    response = client.get("/en/events/")
    # Cards already drawn are shared fragments: the listing then holds only their ids.
    assert [e.pk for e in response.context["upcoming"]] == upcoming[:2]
    assert response.context["past"]  # the past list is still there
    html = response.content.decode()
    assert 'href="?when=upcoming">All upcoming events</a>' in html

    response = client.get("/en/events/", {"when": "upcoming"})
    html = response.content.decode()
    assert [e.pk for e in response.context["upcoming"]] == upcoming[:12]
    assert 'id="past-events"' not in html and "All upcoming events" not in html


def test_kind_filter_narrows_both_lists(client):
    response = client.get("/en/events/", {"kind": "workshop"})
    shown = {e.pk for e in response.context["upcoming"]} | {e.pk for e in response.context["past"]}
    expected = set(live_events().filter(kind="workshop").values_list("pk", flat=True))
    assert shown == expected
    assert 0 < len(expected) < live_events().count()


@pytest.mark.parametrize("query", [{"kind": "<b>party</b>"}, {"page": "abc"}, {"page": "999"}])
def test_bad_event_filters_are_reported_not_a_server_error(client, query):
    response = client.get("/en/events/", query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<b>party</b>" not in html
    if "kind" in query:
        assert 'class="form__error"' in html
    shown = len(response.context["upcoming"]) + response.context["page_obj"].paginator.count
    assert shown == live_events().count()


def test_event_cards_show_dates_in_the_venue_time_zone(client):
    event = live_events().filter(time_zone="Europe/Madrid").first() or make_event(
        "madrid-card", days=10, time_zone="Europe/Madrid"
    )
    html = client.get("/en/events/").content.decode()
    local = event.start.astimezone(zoneinfo.ZoneInfo("Europe/Madrid"))
    assert f'<time datetime="{local.isoformat()}">' in html


# --- Event page -----------------------------------------------------------------------------


def test_event_page_shows_times_in_the_venue_time_zone_with_the_zone_named(client):
    event = make_event(
        "late-night-in-madrid",
        days=20,
        time_zone="Europe/Madrid",
        title="Late session in Madrid",
    )
    # 23:30 in Madrid is already the next day in Taipei, the site's default zone.
    madrid = zoneinfo.ZoneInfo("Europe/Madrid")
    local_day = (timezone.now() + datetime.timedelta(days=20)).astimezone(madrid).date()
    event.start = datetime.datetime.combine(local_day, datetime.time(23, 30), tzinfo=madrid)
    event.end = event.start + datetime.timedelta(minutes=25)
    event.save_revision().publish()
    html = client.get("/fr/events/late-night-in-madrid/").content.decode()
    with translation.override("fr"):
        day = formats.date_format(local_day, "DATE_FORMAT")
        time = formats.time_format(datetime.time(23, 30), "TIME_FORMAT")
    assert f'<time datetime="{event.start.isoformat()}">{day}, {time}</time>' in html
    assert "Europe/Madrid" in html
    assert "UTC+01:00" in html or "UTC+02:00" in html


def test_event_page_shows_venue_host_city_agenda_and_speakers(client):
    event = live_events().exclude(host_city=None).exclude(agenda=[]).first()
    assert event is not None, "the demo content must hold an event with a host city"
    html = client.get(f"/ko/events/{event.slug}/").content.decode()
    city = event.host_city
    assert f'href="/ko/{city.url_path.split("/", 2)[2]}"' in html
    assert event.venue in html
    for day in event.agenda:
        with translation.override("ko"):
            assert formats.date_format(day.value["day"], "DATE_FORMAT") in html
        for item in day.value["items"]:
            assert str(item["title"]).replace("'", "&#x27;") in html
    for speaker in event.speakers.all():
        assert speaker.name in html
    assert '<th scope="col">' in html


def test_registration_link_only_while_the_event_is_upcoming(client):
    event = make_event(
        "register-while-you-can",
        days=5,
        registration_url="https://tickets.example.org/register-while-you-can",
    )
    url = "/en/events/register-while-you-can/"
    assert (
        'href="https://tickets.example.org/register-while-you-can"'
        in client.get(url).content.decode()
    )
    event.start = timezone.now() - datetime.timedelta(days=2)
    event.end = timezone.now() - datetime.timedelta(days=1)
    event.save_revision().publish()
    html = client.get(url).content.decode()
    assert "tickets.example.org" not in html
    assert "Past event" in html


def test_event_structured_data(client):
    event = live_events().filter(end__gte=timezone.now()).exclude(venue="").first()
    data = structured_data(client.get(f"/en/events/{event.slug}/").content.decode())
    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["startDate"] == event.local_start.isoformat()
    assert data["endDate"] == event.local_end.isoformat()
    location = data["location"] if isinstance(data["location"], list) else [data["location"]]
    assert any(place.get("name") == event.venue for place in location)
    assert data["organizer"]["name"] == "Go Smart"


@pytest.mark.parametrize("language", ["en", "ja", "ar"])
def test_event_pages_render_in_several_languages(client, language):
    for event in live_events(language):
        response = client.get(f"/{language}/events/{event.slug}/")
        assert response.status_code == 200
        assert f'<html lang="{language}"' in response.content.decode()
    assert client.get(f"/{language}/events/").status_code == 200


# --- Calendar files -------------------------------------------------------------------------


def test_event_ics_has_the_right_times_and_a_stable_uid(client):
    event = make_event("madrid-ics", days=10, time_zone="Europe/Madrid")
    html = client.get(f"/en/events/{event.slug}/").content.decode()
    assert f'href="/en/events/{event.slug}/ics/"' in html
    response = client.get(f"/en/events/{event.slug}/ics/")
    assert f'filename="{event.slug}.ics"' in response["Content-Disposition"]
    calendar = parse_calendar(response)
    (vevent,) = calendar.walk("VEVENT")
    assert vevent.decoded("dtstart") == event.start
    assert vevent.decoded("dtend") == event.end
    assert vevent["dtstart"].params["TZID"] == "Europe/Madrid"
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Madrid"
    assert str(vevent["summary"]) == event.title
    assert str(vevent["url"]) == f"http://testserver/en/events/{event.slug}/"
    assert event.intro in str(vevent["description"])
    if event.venue:
        assert event.venue in str(vevent["location"])
    # The same event in another language keeps its UID, so calendars do not duplicate it.
    japanese = parse_calendar(client.get(f"/ja/events/{event.slug}/ics/"))
    (japanese_event,) = japanese.walk("VEVENT")
    assert japanese_event["uid"] == vevent["uid"]
    assert str(japanese_event["url"]) == f"http://testserver/ja/events/{event.slug}/"
    again = parse_calendar(client.get(f"/en/events/{event.slug}/ics/")).walk("VEVENT")[0]
    assert again["uid"] == vevent["uid"]


def test_calendar_feed_lists_upcoming_events_in_the_visitors_language(client):
    html = client.get("/ja/events/").content.decode()
    assert re.search(
        r'<link rel="alternate" type="text/calendar" title="[^"]+" '
        r'href="http://testserver/ja/events/calendar/">',
        html,
    )
    calendar = parse_calendar(client.get("/ja/events/calendar/"))
    events = calendar.walk("VEVENT")
    upcoming = live_events("ja").filter(end__gte=timezone.now())
    assert {str(e["url"]) for e in events} == {
        f"http://testserver/ja/events/{event.slug}/" for event in upcoming
    }
    first_entry = {}
    for entry in events:  # an event over several days has one entry per day, in order
        first_entry.setdefault(str(entry["url"]), entry)
    for event in upcoming:
        vevent = first_entry[f"http://testserver/ja/events/{event.slug}/"]
        assert vevent.decoded("dtstart") == event.start
        assert str(vevent["summary"]).startswith(event.title)


def test_an_event_over_several_days_has_one_entry_per_day_with_its_sessions(client):
    event = make_event("three-day-summit", days=20, time_zone="Asia/Tokyo")
    zone = event.zone
    first_day = event.local_start.date()
    # 09:00 on the first day to 17:00 on the third, in Tokyo.
    event.start = datetime.datetime.combine(first_day, datetime.time(9), tzinfo=zone)
    event.end = event.start + datetime.timedelta(days=2, hours=8)
    event.agenda = [
        (
            "day",
            {
                "day": first_day + datetime.timedelta(days=1),
                "items": [
                    {
                        "time": datetime.time(9, 30),
                        "title": "Data commons",
                        "speaker": "Aiko Mori",
                        "description": "",
                    }
                ],
            },
        )
    ]
    event.save_revision().publish()
    entries = parse_calendar(client.get(f"/en/events/{event.slug}/ics/")).walk("VEVENT")
    assert len(entries) == 3
    assert [str(e["summary"]) for e in entries] == [
        f"{event.title} (day {n} of 3)" for n in (1, 2, 3)
    ]
    assert len({str(e["uid"]) for e in entries}) == 3
    for number, entry in enumerate(entries):
        start = entry.decoded("dtstart").astimezone(zone)
        assert start.date() == first_day + datetime.timedelta(days=number)
        assert start.time() == event.local_start.time()  # each day at the event's hours
        assert entry.decoded("dtend").astimezone(zone).time() == event.local_end.time()
    assert "09:30 Data commons — Aiko Mori" in str(entries[1]["description"])
    assert "Data commons" not in str(entries[0]["description"])


# --- Demo and relations ---------------------------------------------------------------------


def test_demo_has_council_conference_ceremony_and_workshop_past_and_upcoming():
    events = live_events()
    assert events.count() >= 4
    assert set(events.values_list("kind", flat=True)) >= {
        "council",
        "conference",
        "award_ceremony",
        "workshop",
    }
    now = timezone.now()
    assert events.filter(end__lt=now).exists() and events.filter(end__gte=now).exists()
    assert len(set(events.values_list("time_zone", flat=True))) >= 2
    assert all(event.agenda and event.speakers.exists() for event in events)


def test_the_2026_award_edition_points_at_its_ceremony():
    AwardEdition = apps.get_model("awards", "AwardEdition")
    edition = AwardEdition.objects.filter(year=2026, locale=Locale.get_default()).first()
    assert edition is not None, "the demo content must hold the 2026 award edition"
    assert edition.ceremony is not None
    assert edition.ceremony.kind == EventPage.Kind.AWARD_CEREMONY
    assert edition.ceremony.start.year == 2026


# --- Admin ----------------------------------------------------------------------------------


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("eventadmin", "ea@example.org", "pw")
    client.force_login(user)
    return client


def test_event_page_types_are_creatable_only_under_their_parents(admin_client):
    home = page_in("en", "")
    index = events_index()
    assert EventPage.can_create_at(index)
    assert not EventPage.can_create_at(home)
    assert not EventPage.can_create_at(page_in("en", "news", NewsIndexPage))
    assert not EventIndexPage.can_create_at(home)  # one per language tree, and it exists
    assert admin_client.get(f"/admin/pages/add/news/eventpage/{index.pk}/").status_code == 200
    refused = admin_client.get(f"/admin/pages/add/news/eventpage/{home.pk}/")
    assert refused.status_code in (302, 403)


def test_editors_type_start_and_end_in_the_venue_time_zone(admin_client):
    event = make_event("admin-madrid", days=30, time_zone="Europe/Madrid")
    url = f"/admin/pages/{event.pk}/edit/"
    html = admin_client.get(url).content.decode()
    local = event.local_start.strftime("%Y-%m-%d %H:%M")
    assert f'value="{local}"' in html  # shown as the venue's wall-clock time
    data = querydict_from_html(html, form_id="page-edit-form")
    # StreamFields are drawn by the admin's JavaScript; this event's are empty.
    data["agenda-count"] = "0"
    data["body-count"] = "0"
    day = event.local_start.date() + datetime.timedelta(days=1)
    data["start"] = f"{day:%Y-%m-%d} 09:00"
    data["end"] = f"{day:%Y-%m-%d} 11:30"
    data["action-publish"] = "action-publish"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    event.refresh_from_db()
    madrid = zoneinfo.ZoneInfo("Europe/Madrid")
    assert event.start == datetime.datetime.combine(day, datetime.time(9), tzinfo=madrid)
    assert event.end == datetime.datetime.combine(day, datetime.time(11, 30), tzinfo=madrid)


# --- Query budgets --------------------------------------------------------------------------


def test_events_index_runs_a_constant_number_of_queries(client, count_queries):
    before = warm_and_count(client, count_queries, "/en/events/")
    city = live_events().exclude(host_city=None).values_list("host_city", flat=True).first()
    for number in range(4):
        make_event(f"budget-upcoming-{number}", days=3 + number, host_city_id=city)
        make_event(f"budget-past-{number}", days=-3 - number, host_city_id=city)
    after = warm_and_count(client, count_queries, "/en/events/")
    assert before == after <= 10, f"{before} then {after} queries"


def test_event_page_runs_a_constant_number_of_queries(client, count_queries):
    image = SiteImage.objects.first()
    city = live_events().exclude(host_city=None).values_list("host_city", flat=True).first()
    small = make_event("budget-small-event", days=9, hero_image=image, host_city_id=city)
    large = make_event("budget-large-event", days=9, hero_image=image, host_city_id=city)
    EventSpeaker.objects.create(page=small, name="Ana", photo=image, locale=small.locale)
    for number in range(6):
        EventSpeaker.objects.create(
            page=large, name=f"Speaker {number}", photo=image, locale=large.locale
        )
    small_count = warm_and_count(client, count_queries, "/en/events/budget-small-event/")
    large_count = warm_and_count(client, count_queries, "/en/events/budget-large-event/")
    assert small_count == large_count <= 10, f"{small_count} then {large_count} queries"
    html = client.get("/en/events/budget-large-event/").content.decode()
    assert len(re.findall(r'class="speaker"', html)) == 6


def test_a_new_event_can_be_previewed_before_it_is_saved():
    index = events_index()
    start = timezone.now() + datetime.timedelta(days=40)
    page = EventPage(
        title="Preview of a council",
        slug="preview-of-a-council",
        kind=EventPage.Kind.COUNCIL,
        start=start,
        end=start + datetime.timedelta(hours=3),
        time_zone="America/Bogota",
        intro="Not saved yet.",
        speakers=[EventSpeaker(name="Zoe Preview", locale=index.locale)],
        locale=index.locale,
        depth=index.depth + 1,
        path=index.get_last_child()._inc_path(),
    )
    page.set_url_path(index)
    response = page.make_preview_request()
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Preview of a council</h1>" in html
    assert "Zoe Preview" in html and "America/Bogota" in html
