"""Members: the Members page (filters, counts, map) and city profiles (facts, datasets and
everything that points at a city), in several languages and within the query budget."""

import datetime
import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import formats, timezone, translation
from django_countries import countries
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cities.models import CityDataset, CityIndexPage, CityPage
from core.aliases import add_missing_aliases
from core.models import Region, Topic
from core.translation import translate_object
from home.models import HomePage, StandardPage
from pilots.models import PilotPage

from .helpers import page_in

pytestmark = pytest.mark.django_db


def english():
    return Locale.objects.get(language_code="en")


def live_members(language="en"):
    index = page_in(language, "members", CityIndexPage)
    return CityPage.objects.live().child_of(index)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def listed_members(page):
    """Names of the members in the A–Z list, in order."""
    return [a.get_text(strip=True) for a in page.select(".member-list__item a")]


def map_titles(page):
    world = page.select_one("svg.member-map__world")
    return [title.get_text() for title in world.select("path.map-dot > title")]


def main_links(page):
    return [a["href"] for a in page.select("main a[href]") if a["href"].startswith("/")]


# --- The Members page -----------------------------------------------------------------------


def test_members_page_lists_every_live_member_from_a_to_z(client):
    page = soup(client.get("/en/members/"))
    expected = sorted(live_members().values_list("title", flat=True), key=str.casefold)
    assert len(expected) >= 30
    assert listed_members(page) == expected


def test_members_page_leaves_out_unpublished_members(client):
    hidden = live_members().get(slug="lisbon")
    hidden.unpublish()
    names = listed_members(soup(client.get("/en/members/")))
    assert "Lisbon" not in names
    assert len(names) == live_members().count()


def taipei(language="en"):
    return live_members(language).get(slug="taipei")


@pytest.mark.parametrize(
    ("parameter", "value", "lookup"),
    [
        ("region", lambda: taipei().region.slug, lambda v: {"region__slug": v}),
        ("country", lambda: "TW", lambda v: {"country": v}),
        ("membership_type", lambda: "city", lambda v: {"membership_type": v}),
        ("topic", lambda: "housing", lambda v: {"topics__slug": v}),
    ],
)
def test_each_filter_narrows_the_members(client, parameter, value, lookup):
    value = value()
    page = soup(client.get("/en/members/", {parameter: value}))
    expected = sorted(
        live_members().filter(**lookup(value)).distinct().values_list("title", flat=True),
        key=str.casefold,
    )
    assert 0 < len(expected) < live_members().count()
    assert listed_members(page) == expected
    # The map shows the same members as the list.
    assert sorted(title.split(",")[0] for title in map_titles(page)) == sorted(expected)


def test_filters_combine(client):
    page = soup(client.get("/en/members/", {"region": "europe", "topic": "mobility"}))
    expected = sorted(
        live_members()
        .filter(region__slug="europe", topics__slug="mobility")
        .values_list("title", flat=True),
        key=str.casefold,
    )
    assert expected
    assert listed_members(page) == expected


def test_filter_choices_come_from_the_members_present(client):
    page = soup(client.get("/en/members/"))
    region_options = {o["value"] for o in page.select("select[name=region] option")} - {""}
    assert region_options == set(
        live_members().exclude(region=None).values_list("region__slug", flat=True)
    )
    country_options = {o["value"] for o in page.select("select[name=country] option")} - {""}
    assert country_options == set(live_members().values_list("country", flat=True))
    # A region without members is not offered.
    empty = Region.objects.create(name="Antarctica", slug="antarctica", locale=english())
    page = soup(client.get("/en/members/"))
    assert empty.slug not in {o["value"] for o in page.select("select[name=region] option")}


def counts_text(page):
    return " ".join(page.select_one(".members__count").get_text().split())


def test_counts_say_how_many_members_in_how_many_countries(client):
    members = live_members()
    countries_count = len(set(members.values_list("country", flat=True)))
    page = soup(client.get("/en/members/"))
    assert counts_text(page) == f"{members.count()} members in {countries_count} countries"

    taiwan = members.filter(country="TW").count()
    page = soup(client.get("/en/members/", {"country": "TW"}))
    assert counts_text(page) == f"{taiwan} members in 1 country"


def test_counts_use_the_singular_for_one_member(client):
    country = next(
        code
        for code in live_members().values_list("country", flat=True)
        if live_members().filter(country=code).count() == 1
    )
    page = soup(client.get("/en/members/", {"country": country}))
    assert counts_text(page) == "1 member in 1 country"


def test_no_matching_member_says_so(client):
    page = soup(client.get("/en/members/", {"country": "TW", "membership_type": "city"}))
    assert listed_members(page) == []
    assert "No member matches these filters." in page.get_text()
    assert page.select_one("svg.member-map__world") is None


def test_map_draws_one_marker_per_listed_member_with_its_name(client):
    page = soup(client.get("/en/members/"))
    names = listed_members(page)
    titles = map_titles(page)
    assert len(titles) == len(names)
    assert sorted(title.split(",")[0] for title in titles) == sorted(names)
    assert "Taipei, Taiwan" in titles
    world = page.select_one("svg.member-map__world")
    assert world["role"] == "group"
    assert world.select_one("title").get_text().startswith(f"World map of the {len(names)}")
    # A detail map separates the six Taiwanese members, which overlap on the world map.
    inset = page.select_one("svg.member-map__inset")
    assert len(inset.select("path.map-dot-detail")) == live_members().filter(country="TW").count()


def test_a_long_membership_is_listed_and_mapped_a_page_at_a_time(client, monkeypatch):
    from cities import members as members_module

    monkeypatch.setattr(members_module, "MEMBERS_PER_PAGE", 10)
    everyone = sorted(live_members().values_list("title", flat=True), key=str.casefold)
    assert len(everyone) > 20
    page = soup(client.get("/en/members/", {"page": 2}))
    assert listed_members(page) == everyone[10:20]
    assert sorted(t.split(",")[0] for t in map_titles(page)) == sorted(everyone[10:20])
    countries = len(set(live_members().values_list("country", flat=True)))
    assert counts_text(page) == f"{len(everyone)} members in {countries} countries"
    assert (
        page.select_one(".pagination [aria-current=page]").get_text(" ", strip=True).endswith("2")
    )
    # Filters and pages combine: the next page keeps the filter.
    monkeypatch.setattr(members_module, "MEMBERS_PER_PAGE", 3)
    europe = sorted(
        live_members().filter(region__slug="europe").values_list("title", flat=True),
        key=str.casefold,
    )
    assert len(europe) > 3
    page = soup(client.get("/en/members/", {"region": "europe"}))
    next_page = page.select_one(".pagination a[rel=next]")["href"]
    assert "region=europe" in next_page and "page=2" in next_page
    assert listed_members(soup(client.get("/en/members/" + next_page))) == europe[3:6]


def test_each_marker_links_to_its_member_by_name(client):
    page = soup(client.get("/en/members/"))
    listed = {a.get_text(strip=True): a["href"] for a in page.select(".member-list__item a")}
    links = page.select("svg.member-map__world a")
    assert len(links) == len(listed)
    for link in links:
        name = link["aria-label"].split(",")[0]
        assert link["href"] == listed[name]
    assert any(link["aria-label"] == "Taipei, Taiwan" for link in links)


def view_box(page):
    return [float(n) for n in page.select_one("svg.member-map__world")["viewbox"].split()]


def test_filtering_zooms_the_map_to_the_members_shown(client):
    whole = view_box(soup(client.get("/en/members/")))
    assert whole == [0, 0, 360, 142]
    page = soup(client.get("/en/members/", {"country": "TW"}))
    x, y, width, height = view_box(page)
    assert width < 90 and abs(width / height - 360 / 142) < 0.01
    # Every marker shown lies inside the view.
    for marker in page.select("svg.member-map__world path.map-dot"):
        mx, my = (float(n) for n in marker["transform"][10:].split(")")[0].split())
        assert x <= mx <= x + width and y <= my <= y + height


def test_markers_are_placed_by_their_coordinates(client):
    page = soup(client.get("/en/members/"))
    markers = {
        m.select_one("title").get_text(): m["transform"]
        for m in page.select("svg.member-map__world path.map-dot")
    }
    east, west = taipei(), live_members().get(slug="boston")
    x_east = float(markers[f"{east.title}, Taiwan"].split("(")[1].split()[0])
    x_west = float(markers[f"{west.title}, United States of America"].split("(")[1].split()[0])
    assert x_east == pytest.approx(float(east.longitude) + 180, abs=0.01)
    assert x_west < x_east


def test_legend_counts_members_per_region(client):
    page = soup(client.get("/en/members/"))
    legend = [" ".join(li.get_text().split()) for li in page.select(".map-legend__item")]
    europe = live_members().filter(region__slug="europe").count()
    assert f"Europe: {europe} members" in legend
    assert sum(int(item.split(": ")[1].split()[0]) for item in legend) == live_members().count()


def test_members_page_in_arabic_is_right_to_left(client):
    response = client.get("/ar/members/")
    page = soup(response)
    assert page.html["dir"] == "rtl"
    # The index is translated into Arabic: its title is not marked English, there is no
    # "not translated" notice, and the listing, the legend and the list follow the
    # visitor's language and direction (cards of untranslated cities are marked English).
    heading = page.select_one("h1")
    assert heading.get_text(strip=True) == "الأعضاء" and not heading.get("lang")
    assert not page.select_one(".notice--untranslated")
    listing = page.select_one(".members__listing")
    assert not listing.find_parent(attrs={"lang": "en"}) and not listing.get("lang")
    assert listing.select_one(".map-legend")
    with translation.override("ar"):
        taiwan = str(countries.name("TW"))
    assert taiwan != "Taiwan"
    assert taiwan in listing.get_text()
    assert len(listed_members(page)) == live_members("ar").count()


def test_japanese_members_page_links_to_japanese_profiles(client):
    page = soup(client.get("/ja/members/"))
    links = [a["href"] for a in page.select(".member-list__item a")]
    assert links
    assert all(link.startswith("/ja/members/") for link in links)
    assert "/ja/members/taipei/" in links


@pytest.mark.parametrize(
    "query",
    [
        {"region": "<script>alert(1)</script>"},
        {"country": "XX"},
        {"membership_type": "kingdom"},
        {"topic": "nonexistent"},
        {"page": "abc"},
    ],
)
def test_bad_filter_values_are_reported_not_a_server_error(client, query):
    response = client.get("/en/members/", query)
    page = soup(response)
    html = response.content.decode()
    assert "<script>alert" not in html
    if "page" not in query:
        assert page.select_one(".form__error")
    # The bad value is ignored: every member is still listed.
    assert len(listed_members(page)) == live_members().count()


# --- City profiles --------------------------------------------------------------------------


def test_city_profile_shows_the_members_facts(client):
    city = taipei()
    page = soup(client.get("/en/members/taipei/"))
    text = " ".join(page.get_text().split())
    assert page.select_one("h1").get_text() == city.title
    assert city.intro in text
    for fact in (
        "Taiwan",
        city.region.name,
        "Special municipality",
        str(city.member_since),
        f"{city.population:,}",
    ):
        assert fact in text, fact
    for topic in city.topics.all():
        assert topic.name in text
    assert page.select_one(f'a[href="{city.website}"]')
    assert page.select_one(f'a[href="mailto:{city.contact_email}"]')
    # Logo and hero image: responsive WebP renditions.
    hero = page.select_one("img.hero__image")
    assert ".webp" in hero["srcset"] and "sizes" in hero.attrs
    assert page.select_one("img.city__logo")["alt"] == ""


def test_city_profile_lists_its_datasets_in_a_table(client):
    city = taipei()
    page = soup(client.get("/en/members/taipei/"))
    rows = page.select("table.datasets tbody tr")
    datasets = list(city.datasets.all())
    assert len(datasets) >= 3
    assert [row.select_one("th a").get_text() for row in rows] == [d.title for d in datasets]
    first = rows[0]
    assert first.select_one("th a")["href"] == datasets[0].url
    cells = [cell.get_text(strip=True) for cell in first.select("td")]
    assert cells == [
        datasets[0].get_licence_display(),
        datasets[0].data_format,
        datasets[0].topic.name,
        datasets[0].get_standard_display(),
    ]
    assert page.select('table.datasets th[scope="col"]')


def test_population_and_country_are_shown_in_the_visitors_language(client):
    city = taipei()
    with translation.override("fr"):
        population = formats.number_format(city.population, force_grouping=True)
    assert population != f"{city.population:,}"
    assert population in client.get("/fr/members/taipei/").content.decode()
    with translation.override("ja"):
        taiwan = str(countries.name("TW"))
    assert taiwan in client.get("/ja/members/taipei/").content.decode()


def make_news_and_events(city):
    """A news item and an event about the city, created when the demo has none."""
    NewsPage = apps.get_model("news", "NewsPage")
    EventPage = apps.get_model("news", "EventPage")
    en = english()
    news = NewsPage.objects.live().filter(locale=en, related_cities=city)
    if not news.exists():
        index = Page.objects.get(
            locale=en, content_type__model="newsindexpage", content_type__app_label="news"
        )
        item = NewsPage(
            title=f"{city.title} opens its data",
            slug=f"{city.slug}-opens-data",
            date=timezone.localdate(),
            lead="A test item.",
            locale=en,
        )
        index.add_child(instance=item)
        item.related_cities.add(city)
        item.save_revision().publish()
    events = EventPage.objects.live().filter(locale=en, host_city=city)
    if not events.exists():
        index = Page.objects.get(
            locale=en, content_type__model="eventindexpage", content_type__app_label="news"
        )
        start = timezone.now() + datetime.timedelta(days=30)
        event = EventPage(
            title=f"Council in {city.title}",
            slug=f"council-{city.slug}",
            kind="council",
            start=start,
            end=start + datetime.timedelta(hours=6),
            intro="A test event.",
            host_city=city,
            locale=en,
        )
        index.add_child(instance=event)
        event.save_revision().publish()
    return news, events


def test_city_profile_shows_everything_that_points_at_it(client):
    city = taipei()
    news, events = make_news_and_events(city)
    AwardWinnerPage = apps.get_model("awards", "AwardWinnerPage")
    awards = AwardWinnerPage.objects.live().filter(locale=english(), city=city)
    hosted = PilotPage.objects.live().child_of(city)
    assert hosted.exists() and awards.exists()

    page = soup(client.get("/en/members/taipei/"))
    links = {a.get_text(strip=True): a["href"] for a in page.select("main a[href]")}
    for pilot in hosted:
        assert links[pilot.title] == pilot.url
    for award in awards:
        assert links[award.title] == award.url
    latest_news = news.order_by("-date", "-pk")[:6]
    for item in latest_news:
        assert links[item.title] == item.url
    for event in events:
        assert links[event.title] == event.url


def test_what_a_profile_lists_of_other_apps_is_registered_by_those_apps():
    from core import profile_sections

    registered = [section.model._meta.label for section in profile_sections.registered()]
    assert registered == [
        "pilots.PilotPage",
        "awards.AwardWinnerPage",
        "news.NewsPage",
        "news.EventPage",
    ]


def test_city_profile_shows_pilots_it_adopted(client):
    busan = live_members().get(slug="busan")
    adopted = PilotPage.objects.live().filter(locale=english(), adopted_by=busan)
    assert adopted.exists()
    page = soup(client.get("/en/members/busan/"))
    section = page.select_one('section[aria-labelledby="city-adopted-heading"]')
    assert sorted(a.get_text() for a in section.select("a")) == sorted(
        adopted.values_list("title", flat=True)
    )
    host = adopted.first().get_parent()
    assert f"first tested in {host.title}" in section.get_text()


def test_unpublished_items_do_not_appear_on_the_profile(client):
    pilot = PilotPage.objects.live().child_of(taipei()).first()
    pilot.unpublish()
    html = client.get("/en/members/taipei/").content.decode()
    assert pilot.url not in html


def test_japanese_alias_profile_links_only_to_japanese_pages(client):
    make_news_and_events(taipei())
    add_missing_aliases()
    response = client.get("/ja/members/taipei/")
    page = soup(response)
    links = main_links(page)
    assert any("/ja/members/taipei/" in link for link in links)  # hosted pilots
    assert any(link.startswith("/ja/awards/") for link in links)
    assert any(link.startswith("/ja/news/") for link in links)
    assert all(link.startswith("/ja/") for link in links), links


def test_translated_profile_still_finds_what_points_at_the_english_city(
    client, django_capture_on_commit_callbacks
):
    city = taipei()
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(city, "ja", {"Taipei": "台北", city.intro: "台北市の紹介。"})
    translated = live_members("ja").get(slug="taipei")
    assert translated.alias_of_id is None
    page = soup(client.get("/ja/members/taipei/"))
    assert page.select_one("h1").get_text() == "台北"
    assert "台北市の紹介。" in page.get_text()
    assert page.select_one('p[role="note"]') is None  # no "untranslated" notice
    hosted = PilotPage.objects.live().child_of(translated)
    assert hosted.exists()
    links = main_links(page)
    for pilot in hosted:
        assert pilot.url in links
    AwardWinnerPage = apps.get_model("awards", "AwardWinnerPage")
    awards = AwardWinnerPage.objects.live().filter(locale__language_code="ja", city=city)
    assert awards.exists()
    for award in awards:
        assert award.url in links
    # The members list uses the translated name too.
    assert "台北" in listed_members(soup(client.get("/ja/members/")))


def test_city_profile_carries_structured_data(client):
    city = taipei()
    page = soup(client.get("/en/members/taipei/"))
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "City"
    assert data["name"] == city.title
    assert Decimal(str(data["geo"]["latitude"])) == city.latitude
    assert Decimal(str(data["geo"]["longitude"])) == city.longitude
    assert data["containedInPlace"]["identifier"] == "TW"
    assert data["url"] == "http://testserver/en/members/taipei/"


@pytest.mark.parametrize("language", ["en", "ja", "ar"])
def test_city_pages_render_in_every_tested_language(client, language):
    assert client.get(f"/{language}/members/").status_code == 200
    assert client.get(f"/{language}/members/kaohsiung/").status_code == 200


# --- Page tree rules and the admin ----------------------------------------------------------


def test_member_pages_can_be_created_only_under_their_parents():
    home = page_in("en", "", HomePage)
    index = page_in("en", "members", CityIndexPage)
    about = page_in("en", "about", StandardPage)
    assert CityPage.can_create_at(index)
    assert not CityPage.can_create_at(home)
    assert not CityPage.can_create_at(about)
    assert not CityPage.can_create_at(taipei())
    # The Members page goes under the home page, once per language tree.
    assert CityIndexPage.allowed_parent_page_models() == [HomePage]
    assert not CityIndexPage.can_create_at(home)  # it exists already
    assert not CityIndexPage.can_create_at(index)


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("cities-admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def porto_form_data():
    topic = Topic.objects.get(slug="mobility", locale=english())
    data = nested_form_data(
        {
            "title": "Porto",
            "slug": "porto",
            "intro": "Porto opens its transport data.",
            "body": streamfield([]),
            "country": "PT",
            "region": Region.objects.get(slug="europe", locale=english()).pk,
            "membership_type": "city",
            "member_since": 2026,
            "population": 250000,
            "latitude": "41.14961",
            "longitude": "-8.61099",
            "datasets": inline_formset(
                [
                    {
                        "title": "Bus timetables",
                        "url": "https://data.gosmart.example/porto/bus",
                        "licence": CityDataset.Licence.CC_BY,
                        "data_format": "GTFS",
                        "standard": CityDataset.Standard.GTFS,
                        "topic": topic.pk,
                    }
                ]
            ),
        }
    )
    data["topics"] = [topic.pk]  # several values under one name
    return data


def test_admin_creates_a_member_with_datasets(admin_client):
    index = page_in("en", "members", CityIndexPage)
    url = f"/admin/pages/add/cities/citypage/{index.pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {**porto_form_data(), "action-publish": "publish"})
    assert response.status_code == 302, response.content.decode()[:2000]
    porto = CityPage.objects.get(slug="porto", locale=english())
    assert porto.live
    assert [d.title for d in porto.datasets.all()] == ["Bus timetables"]
    assert [t.slug for t in porto.topics.all()] == ["mobility"]
    assert "Porto" in listed_members(soup(admin_client.get("/en/members/")))


def test_admin_edit_view_of_a_member_opens(admin_client):
    assert admin_client.get(f"/admin/pages/{taipei().pk}/edit/").status_code == 200


def preview(admin_client, url, data):
    response = admin_client.post(url, data)
    assert json.loads(response.content) == {"is_valid": True, "is_available": True}
    return soup(admin_client.get(url))


def test_preview_of_a_new_member_shows_the_unsaved_profile(admin_client):
    index = page_in("en", "members", CityIndexPage)
    page = preview(
        admin_client, f"/admin/pages/add/cities/citypage/{index.pk}/preview/", porto_form_data()
    )
    assert page.select_one("h1").get_text() == "Porto"
    assert "Smart mobility" in page.select_one(".city__facts").get_text()
    assert page.select_one("table.datasets a").get_text() == "Bus timetables"


def test_preview_of_a_member_shows_edits_and_what_points_at_it(admin_client):
    city = taipei()
    data = {**porto_form_data(), "title": "Taipei (edited)", "slug": "taipei"}
    page = preview(admin_client, f"/admin/pages/{city.pk}/edit/preview/", data)
    assert page.select_one("h1").get_text() == "Taipei (edited)"
    hosted = PilotPage.objects.live().child_of(city).first()
    assert hosted.title in page.get_text()


# --- Query budget ---------------------------------------------------------------------------


def count(client, count_queries, url):
    client.get(url)  # warm the caches a real site keeps warm
    response, queries = count_queries(client.get, url)
    assert response.status_code == 200
    return queries


def add_members(number):
    index = page_in("en", "members", CityIndexPage)
    topic = Topic.objects.get(slug="housing", locale=english())
    for n in range(number):
        city = CityPage(
            title=f"Test city {n}",
            slug=f"test-city-{n}",
            country="FR",
            region=Region.objects.get(slug="europe", locale=english()),
            member_since=2026,
            latitude=Decimal("45.1") + n,
            longitude=Decimal("2.2") + n,
            intro="A test member.",
            locale=english(),
        )
        index.add_child(instance=city)
        city.topics.add(topic)
        city.datasets.add(
            CityDataset(
                title=f"Dataset {n}",
                url="https://data.gosmart.example/test",
                licence=CityDataset.Licence.CC0,
                data_format="CSV",
                locale=english(),
            )
        )
        city.save_revision().publish()


def add_related(city, number):
    """More pilots hosted by and adopted by city."""
    for n in range(number):
        pilot = PilotPage(
            title=f"Test pilot {n}",
            slug=f"test-pilot-{n}",
            venue_type=PilotPage.VenueType.STREET,
            status=PilotPage.Status.RUNNING,
            challenge="<p>A challenge.</p>",
            solution="<p>A solution.</p>",
            locale=english(),
        )
        city.add_child(instance=pilot)
        pilot.save_revision().publish()
    busan = live_members().get(slug="busan")
    for pilot in PilotPage.objects.filter(locale=english(), slug__startswith="test-pilot-"):
        pilot.adopted_by.add(busan)
        pilot.save_revision().publish()


def test_members_page_runs_a_constant_number_of_queries(client, count_queries):
    urls = ["/en/members/", "/en/members/?region=europe&topic=housing"]
    before = [count(client, count_queries, url) for url in urls]
    add_members(5)
    after = [count(client, count_queries, url) for url in urls]
    assert "Test city 4" in listed_members(soup(client.get("/en/members/")))
    assert before == after
    assert max(after) <= 10, after


def test_city_page_runs_a_constant_number_of_queries(client, count_queries):
    city = taipei()
    make_news_and_events(city)
    urls = ["/en/members/taipei/", "/en/members/busan/"]
    before = [count(client, count_queries, url) for url in urls]
    add_related(city, 5)
    after = [count(client, count_queries, url) for url in urls]
    assert "Test pilot 4" in client.get("/en/members/busan/").content.decode()
    assert before == after
    assert max(after) <= 10, after


@pytest.mark.parametrize("language", ["ja", "ar"])
def test_pages_in_other_languages_stay_within_the_budget(client, count_queries, language):
    for url in (f"/{language}/members/", f"/{language}/members/taipei/"):
        assert count(client, count_queries, url) <= 10, url
