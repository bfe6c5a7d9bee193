"""The public JSON API: every live item of a language with the documented fields,
filters, pagination, errors as 400 with a message, throttling and the query budget."""

import datetime

import pytest
from django.db.models import Q
from wagtail.models import Page

from cities.models import CityDataset, CityPage
from core.models import Region
from core.open_data import collections
from pilots.models import PilotPage

from .helpers import add_city

pytestmark = pytest.mark.django_db

ENDPOINT_COLLECTIONS = {
    "cities": "members",
    "award-winners": "awards",
    "pilots": "pilots",
    "news": "news",
    "events": "events",
    "datasets": "datasets",
}


def get_all(client, endpoint, **params):
    """Every item of a listing, following limit/offset."""
    items = []
    offset = 0
    while True:
        response = client.get(f"/api/v2/{endpoint}/", {**params, "limit": 100, "offset": offset})
        assert response.status_code == 200, response.content
        data = response.json()
        items.extend(data["items"])
        offset += 100
        if offset >= data["meta"]["total_count"]:
            assert len(items) == data["meta"]["total_count"]
            return items


def live(model, language):
    return model.objects.live().filter(locale__language_code=language)


@pytest.mark.parametrize("language", ["en", "zh-hant", "ja", "ar"])
def test_every_live_member_city_is_listed_with_the_documented_fields(client, language):
    items = get_all(client, "cities", locale=language)
    expected = set(live(CityPage, language).values_list("pk", flat=True))
    assert expected, "the demo content has member cities"
    assert {item["id"] for item in items} == expected
    documented = set(collections()["members"].column_names)
    for item in items:
        assert documented <= set(item), documented - set(item)
        assert item["meta"]["locale"] == language
        assert item["url"].startswith(f"http://testserver/{language}/")


def test_city_fields_match_the_page(client):
    page = live(CityPage, "ja").select_related("region").first()
    response = client.get(f"/api/v2/cities/{page.pk}/", {"locale": "ja"})
    assert response.status_code == 200
    item = response.json()
    assert item["title"] == page.title
    assert item["country"] == page.country.code
    assert item["member_since"] == page.member_since
    assert item["population"] == page.population
    assert item["region"] == page.region.slug
    assert item["latitude"] == pytest.approx(float(page.latitude))
    assert item["url"] == f"http://testserver{page.get_url()}"
    assert item["translated"] is (page.alias_of_id is None)
    assert sorted(item["topics"]) == sorted(page.topics.values_list("slug", flat=True))
    # Names are in the requested language.
    region_ja = Region.objects.get(slug=page.region.slug, locale__language_code="ja")
    assert item["region_name"] == region_ja.name


@pytest.mark.parametrize(("endpoint", "collection"), ENDPOINT_COLLECTIONS.items())
def test_every_endpoint_lists_its_live_items_in_the_requested_language(
    client, endpoint, collection
):
    collection = collections()[collection]
    items = get_all(client, endpoint, locale="fr")
    french = collection.queryset(Page.objects.get(depth=2, locale__language_code="fr").locale)
    assert {item["id"] for item in items} == set(french.values_list("pk", flat=True))
    for item in items:
        assert set(collection.column_names) <= set(item)


def test_unpublished_cities_disappear_from_the_api(client):
    page = add_city("api-testville")
    assert page.pk in {item["id"] for item in get_all(client, "cities")}
    page.unpublish()
    assert page.pk not in {item["id"] for item in get_all(client, "cities")}


def test_city_filters(client):
    add_city("filter-one", country="FI", region="europe", topics=("mobility", "health"))
    add_city("filter-two", country="NO", region="europe", topics=("housing",))
    english = live(CityPage, "en")

    def ids(**params):
        return {item["id"] for item in get_all(client, "cities", **params)}

    assert ids(country="FI") == set(english.filter(country="FI").values_list("pk", flat=True))
    assert ids(country="fi") == ids(country="FI")
    europe = set(english.filter(region__slug="europe").values_list("pk", flat=True))
    assert ids(region="europe") == europe
    health = set(english.filter(topics__slug="health").values_list("pk", flat=True))
    assert ids(topic="health") == health
    assert ids(topic="health", country="NO") == set()
    both = ids(region="europe", topic="mobility")
    assert both == europe & set(
        english.filter(topics__slug="mobility").values_list("pk", flat=True)
    )


def test_award_winner_filters(client):
    winners = get_all(client, "award-winners")
    assert winners, "the demo content has award winners"
    year = winners[0]["year"]
    category = winners[0]["category"]
    by_year = get_all(client, "award-winners", year=year)
    assert by_year and all(item["year"] == year for item in by_year)
    assert len(by_year) == sum(1 for item in winners if item["year"] == year)
    by_category = get_all(client, "award-winners", category=category, placement="winner")
    assert all(
        item["category"] == category and item["placement"] == "winner" for item in by_category
    )
    assert len(by_category) == sum(
        1 for item in winners if item["category"] == category and item["placement"] == "winner"
    )


def test_pilot_filters(client):
    pilots = get_all(client, "pilots", locale="ja")
    statuses = {item["status"] for item in pilots}
    for status in statuses:
        found = get_all(client, "pilots", locale="ja", status=status)
        assert {item["id"] for item in found} == {
            item["id"] for item in pilots if item["status"] == status
        }
    host = pilots[0]["city"]
    hosted = get_all(client, "pilots", locale="ja", city=host)
    assert {item["id"] for item in hosted} == {
        item["id"] for item in pilots if item["city"] == host
    }
    expected = live(PilotPage, "ja").filter(
        path__startswith=live(CityPage, "ja").get(slug=host).path
    )
    assert {item["id"] for item in hosted} == set(expected.values_list("pk", flat=True))


def test_events_and_news_filters(client):
    events = get_all(client, "events")
    upcoming = get_all(client, "events", upcoming="true")
    past = get_all(client, "events", upcoming="false")
    assert {item["id"] for item in upcoming} | {item["id"] for item in past} == {
        item["id"] for item in events
    }
    assert not {item["id"] for item in upcoming} & {item["id"] for item in past}
    releases = get_all(client, "news", kind="press_release")
    assert releases and all(item["kind"] == "press_release" for item in releases)


def test_datasets_registry_across_cities_and_its_filters(client):
    add_city("registry-town", datasets=3)
    datasets = get_all(client, "datasets")
    expected = CityDataset.objects.filter(page__live=True, page__locale__language_code="en")
    assert {item["id"] for item in datasets} == set(expected.values_list("pk", flat=True))
    assert len({item["city"] for item in datasets}) > 1

    mine = get_all(client, "datasets", city="registry-town")
    assert [item["title"] for item in mine] == [f"registry-town dataset {n}" for n in range(3)]
    for params, condition in [
        ({"licence": "cc0-1.0"}, Q(licence="cc0-1.0")),
        ({"standard": "dcat"}, Q(standard="dcat")),
        ({"topic": "environment"}, Q(topic__slug="environment")),
        (
            {"topic": "environment", "licence": "cc0-1.0"},
            Q(topic__slug="environment", licence="cc0-1.0"),
        ),
    ]:
        found = {item["id"] for item in get_all(client, "datasets", **params)}
        assert found == set(expected.filter(condition).values_list("pk", flat=True)), params
    japanese = get_all(client, "datasets", locale="ja", city="registry-town")
    assert len(japanese) == 3
    assert all(
        item["city_url"] == "http://testserver/ja/members/registry-town/" for item in japanese
    )


def test_pagination_and_field_selection(client):
    first = client.get("/api/v2/cities/", {"limit": 2, "order": "title"}).json()
    second = client.get("/api/v2/cities/", {"limit": 2, "offset": 2, "order": "title"}).json()
    assert len(first["items"]) == 2 and len(second["items"]) == 2
    titles = [item["title"] for item in first["items"] + second["items"]]
    assert titles == sorted(titles)
    assert first["meta"]["total_count"] == live(CityPage, "en").count()
    only = client.get("/api/v2/cities/", {"fields": "_,title,population", "limit": 1}).json()
    assert set(only["items"][0]) == {"title", "population"}


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/cities/?locale=xx",
        "/api/v2/cities/?locale=%00",
        "/api/v2/cities/?country=ZZ",
        "/api/v2/cities/?country=%FF%FE",
        "/api/v2/cities/?region=%3Cscript%3E",
        "/api/v2/cities/?topic=" + "a" * 500,
        "/api/v2/cities/?member_since=soon",
        "/api/v2/cities/?membership_type=emperor",
        "/api/v2/cities/?limit=abc",
        "/api/v2/cities/?limit=-1",
        "/api/v2/cities/?limit=100000",
        "/api/v2/cities/?offset=99999999999999999999999",
        "/api/v2/cities/?order=topics",
        "/api/v2/cities/?order=random",
        "/api/v2/cities/?fields=nonsense",
        "/api/v2/cities/?fields=title(",
        "/api/v2/cities/?type=news.NewsPage",
        "/api/v2/cities/?search=taipei",
        "/api/v2/cities/?child_of=1",
        "/api/v2/cities/99999999999999999999/",
        "/api/v2/award-winners/?year=20x6",
        "/api/v2/award-winners/?year=99999",
        "/api/v2/pilots/?status=%00",
        "/api/v2/events/?upcoming=perhaps",
        "/api/v2/datasets/?licence=all-rights-reserved",
        "/api/v2/datasets/?standard=%E2%28%A1",
    ],
)
def test_bad_parameters_answer_400_with_a_message(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.parametrize(
    "url", ["/api/v2/cities/1/", "/api/v2/cities/0/", "/api/v2/nothing/", "/api/v2/cities/find/"]
)
def test_unknown_items_answer_404_without_redirecting(client, url):
    assert client.get(url).status_code == 404


def test_detail_of_a_page_from_another_endpoint_is_not_found(client):
    pilot = live(PilotPage, "en").first()
    assert client.get(f"/api/v2/cities/{pilot.pk}/").status_code == 404
    assert client.get(f"/api/v2/pilots/{pilot.pk}/").status_code == 200


def test_api_index_lists_the_endpoints_and_the_licence(client):
    data = client.get("/api/v2/").json()
    assert set(data["endpoints"]) == set(ENDPOINT_COLLECTIONS)
    assert "creativecommons.org" in data["licence"]["url"]


def test_clients_are_throttled(client, monkeypatch):
    from opendata.api import ApiThrottle

    monkeypatch.setattr(ApiThrottle, "rate", "3/min")
    statuses = [client.get("/api/v2/events/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_a_forged_forwarded_for_header_does_not_escape_the_throttle(client, monkeypatch):
    from opendata.api import ApiThrottle

    monkeypatch.setattr(ApiThrottle, "rate", "3/min")
    statuses = [
        client.get("/api/v2/events/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code
        for n in range(4)
    ]
    assert statuses == [200, 200, 200, 429]


@pytest.mark.parametrize("endpoint", ["cities", "datasets"])
def test_listing_queries_do_not_grow_with_the_number_of_items(client, count_queries, endpoint):
    url = f"/api/v2/{endpoint}/?limit=100&locale=ja"
    client.get(url)
    _response, before = count_queries(client.get, url)
    for number in range(5):
        add_city(f"budget-city-{number}", datasets=2)
    client.get(url)
    response, after = count_queries(client.get, url)
    assert response.status_code == 200
    assert before == after, f"{before} queries before, {after} after adding items"
    assert after <= 10


@pytest.mark.parametrize("endpoint", ["award-winners", "pilots", "news", "events"])
def test_other_listings_stay_within_the_query_budget(client, count_queries, endpoint):
    url = f"/api/v2/{endpoint}/?limit=100"
    client.get(url)
    response, queries = count_queries(client.get, url)
    assert response.status_code == 200
    assert queries <= 10


def test_event_times_carry_the_venue_offset(client):
    events = get_all(client, "events")
    for item in events:
        start = datetime.datetime.fromisoformat(item["start"])
        assert start.utcoffset() is not None
