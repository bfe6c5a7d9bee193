"""Pilot case studies: the pilots index (filters, pagination) and pilot pages (facts,
partners, results, adopting cities, awards), in several languages and within the budget."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.utils import formats, translation
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cities.models import CityIndexPage, CityPage
from core.models import Partner, Topic
from core.translation import translate_object
from home.models import HomePage
from pilots.models import PilotIndexPage, PilotPage, PilotResult

from .helpers import page_in

pytestmark = pytest.mark.django_db


def english():
    return Locale.objects.get(language_code="en")


def live_pilots(language="en"):
    return PilotPage.objects.live().filter(locale__language_code=language)


def pilot(slug, language="en"):
    return live_pilots(language).get(slug=slug)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def listed(client, params=None, language="en"):
    """Titles of every pilot the index lists for these filters, over all its pages."""
    params = dict(params or {})
    titles, number = [], 1
    while True:
        page = soup(client.get(f"/{language}/pilots/", {**params, "page": number}))
        titles += [a.get_text(strip=True) for a in page.select(".card__title a")]
        if not page.select_one('a[rel="next"]'):
            return titles
        number += 1


def main_links(page):
    return [a["href"] for a in page.select("main a[href]") if a["href"].startswith("/")]


# --- The pilots index -----------------------------------------------------------------------


def test_index_lists_every_live_pilot_of_every_city(client):
    titles = listed(client)
    assert len(live_pilots()) >= 10
    assert sorted(titles) == sorted(live_pilots().values_list("title", flat=True))
    hosts = {p.get_parent().slug for p in live_pilots()}
    assert len(hosts) > 5


def test_demo_has_the_housing_and_station_pilots_in_every_status():
    assert live_pilots().filter(venue_type=PilotPage.VenueType.PUBLIC_HOUSING).exists()
    assert live_pilots().filter(venue_type=PilotPage.VenueType.TRAIN_STATION).exists()
    assert set(live_pilots().values_list("status", flat=True)) == set(PilotPage.Status.values)


def test_cards_show_host_city_and_status(client):
    housing = pilot("smart-public-housing")
    page = soup(client.get("/en/pilots/", {"venue_type": "public_housing"}))
    card = next(
        c for c in page.select(".pilot-card") if c.select_one("a").get_text() == housing.title
    )
    text = " ".join(card.get_text().split())
    assert f"Hosted by {housing.get_parent().title}" in text
    assert housing.get_status_display() in text
    assert card.select_one("a")["href"] == housing.url
    assert ".webp" in card.select_one("img")["srcset"]


@pytest.mark.parametrize(
    ("parameter", "value", "lookup"),
    [
        ("topic", "mobility", lambda qs, v: qs.filter(topics__slug=v)),
        ("city", "taipei", lambda qs, v: qs.filter(url_path__contains=f"/members/{v}/")),
        ("status", "running", lambda qs, v: qs.filter(status=v)),
        ("venue_type", "street", lambda qs, v: qs.filter(venue_type=v)),
    ],
)
def test_each_filter_narrows_the_pilots(client, parameter, value, lookup):
    expected = sorted(lookup(live_pilots(), value).distinct().values_list("title", flat=True))
    assert 0 < len(expected) < live_pilots().count()
    assert sorted(listed(client, {parameter: value})) == expected
    page = soup(client.get("/en/pilots/", {parameter: value}))
    counted = " ".join(page.select_one(".pilots__count").get_text().split())
    assert counted == f"{len(expected)} pilot{'s' if len(expected) != 1 else ''}"


def test_city_filter_offers_only_host_cities(client):
    page = soup(client.get("/en/pilots/"))
    offered = {o["value"] for o in page.select("select[name=city] option")} - {""}
    assert offered == {p.get_parent().slug for p in live_pilots()}


def test_index_paginates(client):
    add_pilots(page_in("en", "members/taipei", CityPage), 12)
    first = soup(client.get("/en/pilots/"))
    assert len(first.select(".pilot-card")) == 12
    assert first.select_one('a[rel="next"]')
    assert len(listed(client)) == live_pilots().count()


@pytest.mark.parametrize(
    "query",
    [
        {"topic": "nonexistent"},
        {"city": "<script>alert(1)</script>"},
        {"status": "abandoned"},
        {"venue_type": "moon"},
        {"page": "abc"},
        {"page": "99999"},
    ],
)
def test_bad_filter_values_are_reported_not_a_server_error(client, query):
    response = client.get("/en/pilots/", query)
    page = soup(response)
    assert "<script>alert" not in response.content.decode()
    if "page" not in query:
        assert page.select_one(".form__error")
    assert page.select(".pilot-card")


def test_japanese_index_lists_japanese_pages(client):
    page = soup(client.get("/ja/pilots/"))
    links = [a["href"] for a in page.select(".card__title a")]
    assert links and all(link.startswith("/ja/members/") for link in links)
    assert len(listed(client, language="ja")) == live_pilots("ja").count()


def test_arabic_index_is_right_to_left(client):
    page = soup(client.get("/ar/pilots/"))
    assert page.html["dir"] == "rtl"
    # The untranslated index's own title is English; its listing is not marked English.
    assert page.select_one("h1")["dir"] == "ltr"
    listing = page.select_one(".pilots__listing")
    assert not listing.find_parent(attrs={"dir": "ltr"}) and not listing.get("dir")


# --- Pilot pages ----------------------------------------------------------------------------


def test_pilot_page_shows_its_facts(client):
    housing = pilot("smart-public-housing")
    page = soup(client.get(housing.url))
    text = " ".join(page.get_text().split())
    assert page.select_one("h1").get_text() == housing.title
    for fact in (
        housing.venue_name,
        housing.get_venue_type_display(),
        housing.get_status_display(),
        formats.date_format(housing.start_date, "DATE_FORMAT"),
        formats.date_format(housing.end_date, "DATE_FORMAT"),
    ):
        assert fact in text, fact
    host = housing.get_parent()
    facts = page.select_one(".city__facts")
    assert facts.select_one(f'a[href="{host.url}"]').get_text() == host.title
    for partner in housing.partners.all():
        assert f"{partner.name} ({partner.get_kind_display()})" in text
    for topic in housing.topics.all():
        assert topic.name in text
    assert "Tenants report faults" in text  # the solution
    assert "Repairs in the estate" in text  # the challenge


def test_results_are_figures_in_the_visitors_number_format(client):
    housing = pilot("smart-public-housing")
    results = list(housing.results.all())
    assert results
    page = soup(client.get(housing.url))
    figures = [" ".join(item.get_text(" ").split()) for item in page.select(".key-figures__item")]
    for result in results:
        value = f"{result.value.normalize():,f}"
        assert any(result.label in f and value in f for f in figures), (result, figures)
    decimal = next(r for r in results if r.value != r.value.to_integral_value())
    french = pilot("smart-public-housing", "fr")
    with translation.override("fr"):
        expected = formats.number_format(decimal.value.normalize())
    assert "," in expected
    assert expected in client.get(french.url).content.decode()


def test_pilot_page_shows_adopting_cities_and_its_award(client):
    housing = pilot("smart-public-housing")
    adopters = list(housing.adopted_by.all())
    assert adopters
    AwardWinnerPage = apps.get_model("awards", "AwardWinnerPage")
    awards = AwardWinnerPage.objects.live().filter(locale=english(), pilot=housing)
    assert awards.exists()
    page = soup(client.get(housing.url))
    adopted = page.select_one('section[aria-labelledby="pilot-adopted-heading"]')
    assert sorted(a["href"] for a in adopted.select("a")) == sorted(c.url for c in adopters)
    recognised = page.select_one('section[aria-labelledby="pilot-awards-heading"]')
    for award in awards:
        link = recognised.select_one(f'a[href="{award.url}"]')
        assert link.get_text() == award.title
        assert str(award.year) in recognised.get_text()


def test_a_pilot_without_award_or_adopters_shows_neither(client):
    planned = live_pilots().filter(status=PilotPage.Status.PLANNED, adopted_by=None).first()
    AwardWinnerPage = apps.get_model("awards", "AwardWinnerPage")
    AwardWinnerPage.objects.filter(pilot=planned).update(pilot=None)
    page = soup(client.get(planned.url))
    assert page.select_one('section[aria-labelledby="pilot-awards-heading"]') is None
    assert page.select_one('section[aria-labelledby="pilot-adopted-heading"]') is None
    starts = formats.date_format(planned.start_date, "DATE_FORMAT")
    assert f"Starts {starts}" in " ".join(page.get_text().split())


def test_japanese_pilot_page_links_to_japanese_pages(client):
    station = pilot("main-station-navigation", "ja")
    page = soup(client.get(station.url))
    links = main_links(page)
    assert station.get_parent().url in links
    assert any(link.startswith("/ja/awards/") for link in links)
    assert all(link.startswith("/ja/") for link in links), links


def test_translated_pilot_page_keeps_its_relations(client, django_capture_on_commit_callbacks):
    station = pilot("main-station-navigation")
    result = station.results.first()
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(
            station,
            "ja",
            {station.title: "台北駅の屋内ナビゲーション", result.label: "乗り換え時間の短縮"},
        )
    translated = pilot("main-station-navigation", "ja")
    assert translated.alias_of_id is None
    page = soup(client.get(translated.url))
    text = page.get_text()
    assert page.select_one("h1").get_text() == "台北駅の屋内ナビゲーション"
    assert "乗り換え時間の短縮" in text
    links = main_links(page)
    for city in station.adopted_by.all():
        assert city.get_translation(translated.locale).url in links
    AwardWinnerPage = apps.get_model("awards", "AwardWinnerPage")
    for award in AwardWinnerPage.objects.live().filter(locale=translated.locale, pilot=station):
        assert award.url in links
    # The index uses the translation's title.
    assert "台北駅の屋内ナビゲーション" in listed(client, language="ja")


@pytest.mark.parametrize("language", ["en", "ja", "ar"])
def test_pilot_pages_render_in_every_tested_language(client, language):
    assert client.get(f"/{language}/pilots/").status_code == 200
    assert client.get(pilot("school-air-quality", language).url).status_code == 200


# --- Page tree rules ------------------------------------------------------------------------


def test_pilots_can_be_created_only_under_member_cities():
    home = page_in("en", "", HomePage)
    taipei = page_in("en", "members/taipei", CityPage)
    assert PilotPage.can_create_at(taipei)
    assert not PilotPage.can_create_at(home)
    assert not PilotPage.can_create_at(page_in("en", "members", CityIndexPage))
    assert not PilotPage.can_create_at(page_in("en", "pilots", PilotIndexPage))
    assert not PilotPage.can_create_at(pilot("smart-public-housing"))
    assert PilotIndexPage.allowed_parent_page_models() == [HomePage]
    assert not PilotIndexPage.can_create_at(home)  # one per language tree, and it exists


def pilot_form_data():
    data = nested_form_data(
        {
            "title": "Bus stops that talk",
            "slug": "bus-stops-that-talk",
            "challenge": rich_text("<p>Riders could not hear announcements.</p>"),
            "solution": rich_text("<p>Stops read arrivals aloud.</p>"),
            "results": inline_formset([{"value": "2.5", "unit": "%", "label": "More riders"}]),
            "body": streamfield([]),
            "venue_type": PilotPage.VenueType.STREET,
            "status": PilotPage.Status.RUNNING,
            "start_date": "2026-01-05",
        }
    )
    data["topics"] = [Topic.objects.get(slug="mobility", locale=english()).pk]
    data["partners"] = [Partner.objects.get(name="Wayfinding Labs", locale=english()).pk]
    return data


def test_admin_creates_a_pilot_with_results_under_a_city(admin_client):
    taipei = page_in("en", "members/taipei", CityPage)
    url = f"/admin/pages/add/pilots/pilotpage/{taipei.pk}/"
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "id_results-TOTAL_FORMS" in response.content.decode()
    response = admin_client.post(url, {**pilot_form_data(), "action-publish": "publish"})
    assert response.status_code == 302, response.content.decode()[:2000]
    created = pilot("bus-stops-that-talk")
    assert created.get_parent().specific == taipei
    assert [r.label for r in created.results.all()] == ["More riders"]
    assert "Bus stops that talk" in listed(admin_client, {"city": "taipei"})


def test_preview_of_a_new_pilot_shows_unsaved_choices(admin_client):
    taipei = page_in("en", "members/taipei", CityPage)
    url = f"/admin/pages/add/pilots/pilotpage/{taipei.pk}/preview/"
    response = admin_client.post(url, pilot_form_data())
    assert response.json() == {"is_valid": True, "is_available": True}
    page = soup(admin_client.get(url))
    text = " ".join(page.get_text().split())
    assert "Smart mobility" in text and "Wayfinding Labs" in text and "More riders" in text


# --- Query budget ---------------------------------------------------------------------------


def add_pilots(city, number):
    topic = Topic.objects.get(slug="mobility", locale=english())
    partner = Partner.objects.filter(locale=english()).first()
    for n in range(number):
        page = PilotPage(
            title=f"Test pilot {n}",
            slug=f"test-pilot-{n}",
            venue_type=PilotPage.VenueType.STREET,
            status=PilotPage.Status.RUNNING,
            challenge="<p>A challenge.</p>",
            solution="<p>A solution.</p>",
            locale=english(),
        )
        city.add_child(instance=page)
        page.topics.add(topic)
        page.partners.add(partner)
        page.save_revision().publish()


def count(client, count_queries, url):
    client.get(url)  # warm the caches a real site keeps warm
    response, queries = count_queries(client.get, url)
    assert response.status_code == 200
    return queries


def test_index_runs_a_constant_number_of_queries(client, count_queries):
    urls = ["/en/pilots/", "/en/pilots/?topic=mobility&status=running"]
    before = [count(client, count_queries, url) for url in urls]
    add_pilots(page_in("en", "members/kaohsiung", CityPage), 5)
    after = [count(client, count_queries, url) for url in urls]
    assert "Test pilot 4" in listed(client, {"topic": "mobility"})
    assert before == after
    assert max(after) <= 10, after


def test_pilot_page_runs_a_constant_number_of_queries(client, count_queries):
    housing = pilot("smart-public-housing")
    before = count(client, count_queries, housing.url)
    cities = (
        CityPage.objects.live()
        .filter(locale=english())
        .exclude(pk__in=housing.adopted_by.all())[:5]
    )
    housing.adopted_by.add(*cities)
    for n in range(5):
        housing.results.add(
            PilotResult(value=Decimal(n), unit="%", label=f"Extra {n}", locale=english())
        )
    housing.partners.add(*Partner.objects.filter(locale=english()))
    housing.topics.add(*Topic.objects.filter(locale=english()))
    housing.save_revision().publish()
    after = count(client, count_queries, housing.url)
    html = client.get(housing.url).content.decode()
    assert "Extra 4" in html and cities[0].title in html
    assert before == after
    assert after <= 10


@pytest.mark.parametrize("language", ["ja", "ar"])
def test_pilot_pages_in_other_languages_stay_within_the_budget(client, count_queries, language):
    for url in (f"/{language}/pilots/", pilot("main-station-navigation", language).url):
        assert count(client, count_queries, url) <= 10, url
