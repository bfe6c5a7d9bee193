"""The Open data page and the downloads: licence, API examples, the registry table and
CSV/JSON files that match the live pages."""

import csv
import decimal
import io
import json
import re

import pytest
from wagtail.models import Page

from awards.models import AwardWinnerPage
from cities.models import CityDataset, CityPage
from core.open_data import collections
from home.models import HomePage
from opendata.models import OpenDataPage
from pilots.models import PilotPage

from .helpers import LANGUAGES, add_city

pytestmark = pytest.mark.django_db


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark, for spreadsheets
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def live(model, language):
    return model.objects.live().filter(locale__language_code=language)


# --- The page --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ar"])
def test_open_data_page_renders_with_licence_downloads_api_and_registry(client, language):
    response = client.get(f"/{language}/open-data/")
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert 'rel="license"' in html and "creativecommons.org/licenses/by/4.0/" in html
    for slug in ("members", "awards", "pilots", "datasets"):
        assert f'href="/{language}/data/{slug}.csv"' in html
        assert f'href="/{language}/data/{slug}.json"' in html
    assert f'curl "http://testserver/api/v2/cities/?locale={language}' in html
    assert '<pre class="open-data__example" dir="ltr">' in html
    # The generated sections are in the visitor's language even while the editor's text
    # is still the English original.
    is_alias = OpenDataPage.objects.get(locale__language_code=language).alias_of_id is not None
    if is_alias and language != "en":
        assert '<h1 lang="en" dir="ltr">' in html
        assert '<div class="open-data__generated">' in html  # not marked as English
    # The registry lists the datasets shared in this language.
    shared = CityDataset.objects.filter(page__live=True, page__locale__language_code=language)
    assert shared.exists()
    first = shared.order_by("page__title", "sort_order").first()
    assert f'href="{first.url}"' in html


def test_api_examples_on_the_page_work(client):
    html = client.get("/en/open-data/").content.decode()
    examples = re.findall(r'curl "(http://testserver[^"]+)"', html)
    assert len(examples) >= 6
    for example in examples:
        url = example.removeprefix("http://testserver").replace("&amp;", "&")
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.json()["meta"]["total_count"] >= 0


def test_registry_table_filters_by_topic_licence_and_standard(client):
    shared = CityDataset.objects.filter(page__live=True, page__locale__language_code="en")
    sample = shared.exclude(topic=None).first()
    params = {
        "topic": sample.topic.slug,
        "licence": sample.licence,
        "standard": sample.standard,
    }
    html = client.get("/en/open-data/", params).content.decode()
    table = html.split('class="open-data__table open-data__registry"')[1].split("</table>")[0]
    links = re.findall(r'<a href="([^"]+)" rel="external">', table)
    expected = shared.filter(
        topic__slug=sample.topic.slug, licence=sample.licence, standard=sample.standard
    )
    assert sample.url in links
    assert len(links) == min(expected.count(), 25)
    assert set(links) <= set(expected.values_list("url", flat=True))
    # Invalid filter values are reported and ignored, never an error.
    response = client.get("/en/open-data/", {"licence": "<script>", "standard": "\x00"})
    assert response.status_code == 200
    assert "form__field--error" in response.content.decode()


def test_open_data_page_stays_within_the_query_budget(client, count_queries):
    url = "/ja/open-data/"
    client.get(url)
    _response, before = count_queries(client.get, url)
    for number in range(3):
        add_city(f"open-data-budget-{number}", datasets=3)
    client.get(url)
    response, after = count_queries(client.get, url)
    assert response.status_code == 200
    assert before == after
    assert after <= 10


def test_the_page_exists_once_in_every_language_and_in_the_menu():
    pages = OpenDataPage.objects.all()
    assert sorted(pages.values_list("locale__language_code", flat=True)) == sorted(LANGUAGES)
    english = pages.get(locale__language_code="en")
    assert english.slug == "open-data" and english.show_in_menus and english.live
    home = HomePage.objects.get(locale__language_code="en")
    assert OpenDataPage in home.specific_class.allowed_subpage_models()
    # One per language tree; loading the demo again adds no page at all (tests/test_core.py).
    assert not OpenDataPage.can_create_at(home)


# --- Downloads -------------------------------------------------------------------------------


def by_english_id(pages):
    """{id of the English version: page}: the id an item has in every language's download."""
    pages = list(pages)
    english = dict(
        Page.objects.filter(
            locale__language_code="en", translation_key__in=[p.translation_key for p in pages]
        ).values_list("translation_key", "id")
    )
    return {english[page.translation_key]: page for page in pages}


@pytest.mark.parametrize("language", ["en", "ja", "ar"])
def test_member_directory_csv_rows_match_the_live_pages(client, language):
    rows = read_csv(client.get(f"/{language}/data/members.csv"))
    pages = by_english_id(live(CityPage, language))
    assert {int(row["id"]) for row in rows} == set(pages)
    for row in rows:
        page = pages[int(row["id"])]
        assert row["title"] == page.title
        assert row["url"] == f"http://testserver{page.get_url()}"
        assert row["country"] == page.country.code
        assert int(row["member_since"]) == page.member_since
        assert row["translated"] == ("true" if page.alias_of_id is None else "false")
    assert list(rows[0]) == collections()["members"].column_names


def test_an_item_has_the_same_id_in_every_language(client):
    english = read_csv(client.get("/en/data/members.csv"))
    for language in ("zh-hant", "ar"):
        rows = read_csv(client.get(f"/{language}/data/members.csv"))
        assert {row["id"]: row["country"] for row in rows} == {
            row["id"]: row["country"] for row in english
        }


def test_csv_follows_a_change_on_the_site(client):
    page = add_city("download-ville")
    rows = read_csv(client.get("/en/data/members.csv"))
    assert "Download Ville" in {row["title"] for row in rows}
    page.title = "Download City"
    page.save_revision().publish()
    rows = read_csv(client.get("/en/data/members.csv"))
    titles = {row["title"] for row in rows}
    assert "Download City" in titles and "Download Ville" not in titles
    page.unpublish()
    assert "Download City" not in {
        row["title"] for row in read_csv(client.get("/en/data/members.csv"))
    }


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(client):
    page = add_city("formula-ville")
    page.title = '=HYPERLINK("http://evil.example","click")'
    page.website = "https://formula-ville.example/@SUM(1+1)"
    page.longitude = decimal.Decimal("-9.13933")
    page.save_revision().publish()
    rows = read_csv(client.get("/en/data/members.csv"))
    row = next(row for row in rows if "formula-ville" in row["url"])
    assert row["title"] == "'" + page.title
    assert row["longitude"] == str(page.longitude)  # a negative number stays a number
    assert not any(cell.startswith(("=", "+", "@")) for r in rows for cell in r.values())


def test_awards_and_pilots_csv_match_the_live_pages(client):
    awards = read_csv(client.get("/fr/data/awards.csv"))
    winners = by_english_id(live(AwardWinnerPage, "fr"))
    assert {int(row["id"]) for row in awards} == set(winners)
    for row in awards:
        assert int(row["year"]) == winners[int(row["id"])].year
        assert row["placement"] == winners[int(row["id"])].placement
    pilots = read_csv(client.get("/fr/data/pilots.csv"))
    hosted = by_english_id(live(PilotPage, "fr"))
    assert {int(row["id"]) for row in pilots} == set(hosted)
    for row in pilots:
        host = hosted[int(row["id"])].get_parent()
        assert row["city"] == host.slug
        assert row["url"].startswith("http://testserver/fr/")


def test_json_download_carries_the_licence_and_the_same_items_as_the_csv(client):
    rows = read_csv(client.get("/zh-hant/data/datasets.csv"))
    response = client.get("/zh-hant/data/datasets.json")
    assert response.status_code == 200
    document = response.json()
    assert document["language"] == "zh-hant"
    assert document["licence"]["url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert document["count"] == len(rows) == len(document["items"])
    assert [str(item["id"]) for item in document["items"]] == [row["id"] for row in rows]
    assert [field["name"] for field in document["fields"]] == list(rows[0])
    shared = CityDataset.objects.filter(page__live=True, page__locale__language_code="zh-hant")
    assert {item["id"] for item in document["items"]} == set(shared.values_list("pk", flat=True))


def test_csv_states_its_licence_and_describes_its_columns(client):
    response = client.get("/ko/data/pilots.csv")
    header = read_csv(response)[0].keys()
    assert 'rel="license"' in response["Link"]
    assert "creativecommons.org/licenses/by/4.0/" in response["Link"]
    assert response["Content-Language"] == "ko"
    metadata = client.get("/ko/data/pilots.csv-metadata.json")
    assert metadata.status_code == 200
    description = json.loads(metadata.content)
    assert description["dc:license"]["@id"] == "https://creativecommons.org/licenses/by/4.0/"
    assert description["url"] == "http://testserver/ko/data/pilots.csv"
    assert [column["name"] for column in description["tableSchema"]["columns"]] == list(header)


@pytest.mark.parametrize(
    "url", ["/en/data/unknown.csv", "/en/data/members.xml", "/en/data/news.csv", "/en/data/.csv"]
)
def test_unknown_downloads_are_not_found(client, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("slug", ["members", "awards", "pilots", "datasets"])
def test_downloads_run_a_fixed_number_of_queries(client, count_queries, slug):
    url = f"/es/data/{slug}.json"
    client.get(url)
    _response, before = count_queries(client.get, url)
    for number in range(3):
        add_city(f"download-budget-{slug}-{number}", datasets=2)
    client.get(url)
    response, after = count_queries(client.get, url)
    assert response.status_code == 200
    assert before == after
    assert after <= 10
