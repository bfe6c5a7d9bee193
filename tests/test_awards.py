"""The awards showcase: the index across every year, categories, winners, editions, admin."""

import datetime
import re
from html import unescape
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from awards.models import (
    AwardCategoryPage,
    AwardEdition,
    AwardsIndexPage,
    AwardWinnerPage,
)
from cities.models import CityPage
from core.aliases import add_missing_aliases
from core.models import Partner, SiteImage
from core.translation import translate_object
from home.models import HomePage
from pilots.models import PilotPage

from .helpers import page_in

pytestmark = pytest.mark.django_db

CARD_LINK = re.compile(r'<h3 class="card__title"><a href="([^"]+)"[^>]*>')


def english():
    return Locale.objects.get(language_code="en")


def live_winners(language="en"):
    return AwardWinnerPage.objects.live().filter(locale__language_code=language)


def results(client, url, params=None):
    """Every project link the awards index lists for these filters, over all pages."""
    params = dict(params or {})
    links, page = [], 1
    while True:
        response = client.get(url, {**params, "page": page})
        assert response.status_code == 200
        html = response.content.decode()
        links += CARD_LINK.findall(html)
        if 'rel="next"' not in html:
            return links
        page += 1


def urls_of(pages):
    return sorted(page.url for page in pages)


def housing_winner():
    """The demo's winner that grew from the public-housing pilot."""
    return live_winners().filter(pilot__venue_type=PilotPage.VenueType.PUBLIC_HOUSING).first()


# --- The index: one database across every year ---------------------------------------------


def test_index_lists_every_recognised_project_and_counts_them(client):
    response = client.get("/en/awards/")
    html = response.content.decode()
    expected = live_winners()
    assert sorted(results(client, "/en/awards/")) == urls_of(expected)
    first_year = min(expected.values_list("year", flat=True))
    assert f"projects recognised since {first_year}" in html
    assert f'<span class="key-figures__value">{expected.count()}</span>' in html
    assert len(CARD_LINK.findall(html)) == len(response.context["page_obj"].object_list) <= 12


def test_index_lists_each_category_with_a_link(client):
    html = client.get("/en/awards/").content.decode()
    categories = AwardCategoryPage.objects.live().filter(locale=english())
    assert categories.count() == 6
    for category in categories:
        assert f'<a href="{category.url}">{category.title}</a>' in html


def test_cards_show_project_placement_year_category_city_and_organisation(client):
    winner = housing_winner()
    html = client.get("/en/awards/", {"year": winner.year, "category": "smart-housing"})
    html = unescape(html.content.decode())
    card = html.split(f'<a href="{winner.url}">')[1].split("</li>")[0]
    assert winner.project_name in card
    assert winner.get_placement_display() in card
    assert str(winner.year) in card
    assert winner.get_parent().title in card
    assert winner.city.title in card
    assert winner.organisation.name in card


@pytest.mark.parametrize(
    ("name", "value", "lookup"),
    [
        ("year", "2025", {"year": 2025}),
        ("placement", "finalist", {"placement": "finalist"}),
        ("placement", "special_mention", {"placement": "special_mention"}),
        ("region", "europe", {"city__region__slug": "europe"}),
        ("country", "TW", {"city__country": "TW"}),
    ],
)
def test_each_filter_narrows_the_list_to_matching_projects(client, name, value, lookup):
    expected = live_winners().filter(**lookup)
    assert 0 < expected.count() < live_winners().count()
    assert sorted(results(client, "/en/awards/", {name: value})) == urls_of(expected)


def test_category_filter_lists_the_projects_of_that_category(client):
    category = page_in("en", "awards/smart-mobility", AwardCategoryPage)
    expected = live_winners().child_of(category)
    assert sorted(results(client, "/en/awards/", {"category": "smart-mobility"})) == urls_of(
        expected
    )


def test_year_filter_works_across_every_year(client):
    years = sorted(set(live_winners().values_list("year", flat=True)))
    assert len(years) >= 3
    seen = set()
    for year in years:
        found = results(client, "/en/awards/", {"year": year})
        assert sorted(found) == urls_of(live_winners().filter(year=year))
        assert not seen & set(found)
        seen |= set(found)
    assert seen == {page.url for page in live_winners()}


def test_filters_combine(client):
    params = {"year": "2026", "region": "east-asia", "placement": "winner"}
    expected = live_winners().filter(year=2026, city__region__slug="east-asia", placement="winner")
    assert expected.exists()
    assert sorted(results(client, "/en/awards/", params)) == urls_of(expected)


def test_filters_in_another_language_list_that_languages_pages(client):
    found = results(client, "/ja/awards/", {"country": "TW"})
    assert found and all(link.startswith("/ja/awards/") for link in found)
    assert sorted(found) == urls_of(live_winners("ja").filter(city__country="TW"))


@pytest.mark.parametrize(
    "query",
    [
        {"year": "abc"},
        {"year": "99999"},
        {"category": "<script>alert(1)</script>"},
        {"placement": "champion"},
        {"region": "atlantis"},
        {"country": "XX"},
    ],
)
def test_bad_filter_values_are_reported_not_a_server_error(client, query):
    response = client.get("/en/awards/", query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "form__error" in html
    assert "<script>alert" not in html
    # The bad value is ignored: every project is still listed.
    assert response.context["page_obj"].paginator.count == live_winners().count()


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5"])
def test_bad_page_numbers_fall_back_to_a_valid_page(client, page):
    response = client.get("/en/awards/", {"page": page})
    assert response.status_code == 200
    assert CARD_LINK.findall(response.content.decode())


def test_index_excludes_unpublished_projects(client):
    winner = housing_winner()
    winner.unpublish()
    links = results(client, "/en/awards/")
    assert winner.url not in links
    assert len(links) == live_winners().count()


# --- Editions and the call for entries -----------------------------------------------------


def test_open_call_for_entries_is_shown_with_dates_and_a_link_to_enter(client):
    today = timezone.localdate()
    edition = AwardEdition.objects.filter(locale=english()).order_by("-year").first()
    AwardEdition.objects.filter(pk=edition.pk).update(
        call_opens=today - datetime.timedelta(days=10),
        call_closes=today + datetime.timedelta(days=40),
        entry_url="https://example.org/enter",
    )
    html = client.get("/en/awards/").content.decode()
    assert f"The call for entries for the {edition.year} awards is open" in html
    assert edition.theme in html
    assert 'href="https://example.org/enter"' in html
    for member in edition.jury.all():
        assert member.name in html


def test_without_an_open_call_the_latest_edition_is_shown(client):
    long_ago = datetime.date(2020, 1, 1)
    AwardEdition.objects.update(call_opens=long_ago, call_closes=long_ago)
    latest = AwardEdition.objects.filter(locale=english()).order_by("-year").first()
    html = client.get("/en/awards/").content.decode()
    assert "is open" not in html
    assert f"The {latest.year} awards" in html
    assert latest.theme in html
    assert "Enter the" not in html


def test_the_demo_has_an_open_call_for_2027_without_winners():
    edition = AwardEdition.objects.get(year=2027, locale=english())
    assert edition.call_opens < datetime.date(2027, 1, 1) < edition.call_closes
    assert not AwardWinnerPage.objects.filter(edition=edition).exists()
    for year in (2024, 2025, 2026):
        edition = AwardEdition.objects.get(year=year, locale=english())
        assert 3 <= edition.jury.count() <= 5
        assert AwardWinnerPage.objects.filter(edition=edition, locale=english()).exists()


def test_edition_theme_is_shown_in_the_visitors_language(
    client, django_capture_on_commit_callbacks
):
    edition = AwardEdition.objects.get(year=2024, locale=english())
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(edition, "fr", {edition.theme: "Des villes qui apprennent"})
    winner = live_winners("fr").filter(year=2024).first()
    html = client.get(winner.url).content.decode()
    assert "Des villes qui apprennent" in html
    assert edition.theme not in html


# --- Category pages ------------------------------------------------------------------------


def test_category_page_shows_criteria_with_weights_and_eligibility(client):
    category = page_in("en", "awards/smart-housing", AwardCategoryPage)
    html = client.get(category.url).content.decode()
    criteria = list(category.criteria.all())
    assert 3 <= len(criteria) <= 5
    assert sum(criterion.weight for criterion in criteria) == 100
    for criterion in criteria:
        assert f'<th scope="row">{criterion.label}</th>' in html
        assert f"{criterion.weight}%" in html
    assert "Who may enter" in html and "<ul>" in html


def test_category_page_lists_its_projects_by_year_newest_first(client):
    category = page_in("en", "awards/smart-mobility", AwardCategoryPage)
    html = client.get(category.url).content.decode()
    expected = live_winners().child_of(category)
    years = [int(year) for year in re.findall(r'<h3 class="award-year">(\d{4})', html)]
    assert years == sorted(set(expected.values_list("year", flat=True)), reverse=True)
    links = re.findall(r'class="award-list__project" href="([^"]+)"', html)
    assert sorted(links) == urls_of(expected)
    # Projects sit under the heading of their own year, placement written out.
    sections = html.split('<h3 class="award-year">')[1:]
    for winner in expected:
        section = next(part for part in sections if winner.url in part)
        assert section.startswith(str(winner.year))
        entry = section.split(winner.url)[0].rsplit("<li", 1)[1]
        assert winner.get_placement_display() in entry


def test_a_long_category_lists_its_projects_a_page_at_a_time(client, monkeypatch):
    monkeypatch.setattr("awards.listing.ENTRIES_PER_PAGE", 3)
    category = page_in("en", "awards/smart-mobility", AwardCategoryPage)
    expected = live_winners().child_of(category)
    assert expected.count() > 3
    links, years, page = [], [], 1
    while True:
        html = client.get(category.url, {"page": page}).content.decode()
        links += re.findall(r'class="award-list__project" href="([^"]+)"', html)
        years += [int(year) for year in re.findall(r'<h3 class="award-year">(\d{4})', html)]
        if 'rel="next"' not in html:
            break
        page += 1
    assert page == -(-expected.count() // 3)
    # Every project once, over all the pages, and the years newest first throughout.
    assert sorted(links) == urls_of(expected)
    assert years == sorted(years, reverse=True)


# --- Results under embargo until their announcement -----------------------------------------


@pytest.fixture
def announced_in_an_hour():
    """The 2026 edition's results announced an hour from now; its winner and finalist in
    Smart Mobility."""
    edition = AwardEdition.objects.get(year=2026, locale=english())
    moment = timezone.now() + datetime.timedelta(hours=1)
    edition.results_announced_at = moment
    edition.save()
    category = page_in("en", "awards/smart-mobility", AwardCategoryPage)
    entries = live_winners().child_of(category).filter(year=2026)
    winner = entries.get(placement=AwardWinnerPage.Placement.WINNER)
    finalist = entries.filter(placement=AwardWinnerPage.Placement.FINALIST).first()
    assert finalist is not None
    return moment, category, winner, finalist


def test_winners_are_hidden_everywhere_until_the_announcement(client, announced_in_an_hour):
    moment, category, winner, finalist = announced_in_an_hour
    for language in ("en", "ja", "ar"):
        version = Page.objects.get(
            translation_key=winner.translation_key, locale__language_code=language
        )
        assert client.get(version.url).status_code == 404, language
    surfaces = [
        category.url,
        "/en/awards/?year=2026",
        "/sitemap-en.xml",
        "/sitemap-ja.xml",
        "/api/v2/award-winners/?locale=en&limit=100",
        "/en/data/awards.csv",
    ]
    for address in surfaces:
        response = client.get(address)
        body = (
            b"".join(response.streaming_content) if response.streaming else response.content
        ).decode()
        assert winner.slug not in body and winner.project_name not in body, address
    # The search page repeats the query itself: no result may link to the winner.
    search = client.get("/en/search/", {"q": winner.project_name}).content.decode()
    for language in ("en", "ja"):
        assert f"/{language}/awards/smart-mobility/{winner.slug}/" not in search
    # The finalists show, and the category says when the results come.
    html = client.get(category.url).content.decode()
    assert finalist.url in html
    assert "The winners will be announced on" in html
    assert "The finalists:" in html


def test_the_results_appear_at_the_moment_without_a_publish(client, announced_in_an_hour):
    moment, category, winner, _finalist = announced_in_an_hour
    assert client.get(winner.url).status_code == 404
    later = moment + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert client.get(winner.url).status_code == 200
        html = client.get(category.url).content.decode()
        assert winner.url in html and "The winners will be announced on" not in html
        search = client.get("/en/search/", {"q": winner.project_name}).content.decode()
        assert winner.url in search
        japanese = Page.objects.get(
            translation_key=winner.translation_key, locale__language_code="ja"
        )
        assert client.get(japanese.url).status_code == 200


def test_the_announcement_is_the_next_moment_caches_turn(announced_in_an_hour):
    from core.caching import next_scheduled_change

    moment, *_ = announced_in_an_hour
    found = next_scheduled_change(timezone.now())
    assert found is not None and found <= moment


# --- Winner pages --------------------------------------------------------------------------


def translated_city(city, language):
    return city.get_translation(Locale.objects.get(language_code=language))


def test_winner_page_shows_the_project_and_its_facts(client):
    winner = housing_winner()
    html = unescape(client.get(winner.url).content.decode())
    assert f"<h1>{winner.project_name}</h1>" in html
    assert winner.project_summary in html
    assert winner.get_placement_display() in html
    assert winner.edition.theme in html
    assert f'href="{winner.get_parent().url}"' in html
    assert winner.organisation.name in html
    assert winner.organisation.get_kind_display() in html
    assert f'alt="{winner.hero_image.description}"' in html
    assert "srcset=" in html and ".webp" in html


@pytest.mark.parametrize("language", ["en", "ja", "ar"])
def test_winner_links_to_its_city_and_pilot_in_the_visitors_language(client, language):
    source = housing_winner()
    winner = source.get_translation(Locale.objects.get(language_code=language))
    html = client.get(winner.url).content.decode()
    city = translated_city(source.city, language)
    pilot = source.pilot.get_translation(Locale.objects.get(language_code=language))
    assert city.url.startswith(f"/{language}/") and pilot.url.startswith(f"/{language}/")
    assert f'<a href="{city.url}">{city.title}</a>' in html
    assert f'<a href="{pilot.url}">{pilot.title}</a>' in html
    assert f'href="{source.city.url}"' not in html or language == "en"


def test_station_navigation_pilot_won_in_smart_mobility():
    winner = live_winners().filter(pilot__venue_type=PilotPage.VenueType.TRAIN_STATION)
    assert winner.filter(path__startswith=page_in("en", "awards/smart-mobility").path).exists()
    assert housing_winner().get_parent().slug == "smart-housing"


def test_winner_page_lists_other_projects_from_the_same_city(client):
    winner = housing_winner()
    others = live_winners().filter(city=winner.city).exclude(pk=winner.pk)
    assert others.exists()
    html = client.get(winner.url).content.decode()
    section = html.split('id="award-others-heading"')[1]
    for other in others[:6]:
        assert f'href="{other.url}"' in section
    assert f'href="{winner.url}"' not in section


def test_translated_city_name_is_shown_on_cards_and_winner_pages(
    client, django_capture_on_commit_callbacks
):
    winner = housing_winner()
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(winner.city, "ja", {winner.city.title: "台北市"})
    city = translated_city(winner.city, "ja")
    assert city.title == "台北市" and city.live
    ja_winner = winner.get_translation(Locale.objects.get(language_code="ja"))
    page = client.get(ja_winner.url).content.decode()
    assert f'<a href="{city.url}">台北市</a>' in page
    listing = client.get("/ja/awards/", {"country": "TW"}).content.decode()
    assert "台北市" in listing


def test_winner_without_city_pilot_or_organisation_renders(client):
    winner = live_winners().exclude(pilot=None).first()
    AwardWinnerPage.objects.filter(pk=winner.pk).update(
        city=None, pilot=None, organisation=None, hero_image=None
    )
    response = client.get(winner.url)
    assert response.status_code == 200
    assert "award-others-heading" not in response.content.decode()


def test_a_new_winner_page_can_be_previewed_before_it_is_saved():
    source = housing_winner()
    category = source.get_parent().specific
    page = AwardWinnerPage(
        title="Preview project",
        slug="preview-project",
        project_name="Preview project",
        project_summary="Not saved yet.",
        edition=source.edition,
        city=source.city,
        pilot=source.pilot,
        organisation=source.organisation,
        locale=category.locale,
        depth=category.depth + 1,
        path=category.get_last_child()._inc_path(),
    )
    page.set_url_path(category)
    response = page.make_preview_request()
    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert "<h1>Preview project</h1>" in html
    assert f'<a href="{source.city.url}">{source.city.title}</a>' in html
    assert source.edition.theme in html and str(source.edition.year) in html
    assert f'<a href="{source.pilot.url}">{source.pilot.title}</a>' in html


# --- Languages -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ja", "ko", "ar"])
@pytest.mark.parametrize(
    "path",
    ["awards/", "awards/smart-housing/", "awards/smart-housing/{winner}/"],
)
def test_award_pages_render_in_several_languages(client, language, path):
    path = path.format(winner=housing_winner().slug)
    page = page_in(language, path)
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert html.count("<h1") == 1
    # An untranslated alias says so; a translated page (the demo translates some award
    # pages into Japanese) does not.
    assert ('role="note"' in html) == (page.alias_of_id is not None)
    if language == "ko" and path != "awards/":  # only the index is translated into Korean
        assert page.alias_of_id is not None


def test_english_shown_on_a_translated_awards_index_is_marked_english(client):
    # The Korean awards index is translated; its edition, categories and projects are not
    # yet, so only those texts carry lang="en", never the interface around them.
    from bs4 import BeautifulSoup

    korean = BeautifulSoup(client.get("/ko/awards/").content, "html.parser")
    assert korean.select_one("h1").get("lang") is None
    assert korean.select_one(".award-call__theme span[lang=en]") is not None
    assert korean.select_one(".award-call__label").get("lang") is None
    titles = korean.select(".award-card .card__title a")
    assert titles and all(title.get("lang") == "en" for title in titles)
    categories = korean.select(".award-categories a")
    assert categories and all(link.get("lang") == "en" for link in categories)
    # In Japanese the demo translates two categories: only the others are marked.
    japanese = BeautifulSoup(client.get("/ja/awards/").content, "html.parser")
    marks = [link.get("lang") for link in japanese.select(".award-categories a")]
    assert None in marks and "en" in marks


def test_translated_category_replaces_the_alias(client, django_capture_on_commit_callbacks):
    category = page_in("en", "awards/smart-housing", AwardCategoryPage)
    criterion = category.criteria.first()
    strings = {
        category.title: "Logement intelligent",
        criterion.label: "Bénéfice pour les locataires",
    }
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(category, "fr", strings)
    html = client.get("/fr/awards/smart-housing/").content.decode()
    assert "<h1>Logement intelligent</h1>" in html
    assert "Bénéfice pour les locataires" in html
    with translation.override("fr"):
        weight_text = translation.gettext("%(weight)s%%") % {"weight": criterion.weight}
    assert weight_text in html
    assert 'role="note"' not in html
    # The French index lists the category and its projects under the translated name.
    index = client.get("/fr/awards/", {"category": "smart-housing"}).content.decode()
    assert '<a href="/fr/awards/smart-housing/">Logement intelligent</a>' in index
    assert "· <span>Logement intelligent</span></p>" in index  # translated: not marked


# --- Page tree and admin -------------------------------------------------------------------


def test_award_pages_can_be_created_only_under_their_parents(admin_client):
    home = page_in("en", "", HomePage)
    index = page_in("en", "awards", AwardsIndexPage)
    category = page_in("en", "awards/smart-housing", AwardCategoryPage)
    city = CityPage.objects.filter(locale=english()).first()
    assert AwardsIndexPage.can_exist_under(home)
    assert not AwardsIndexPage.can_create_at(home)  # one per language tree, and it exists
    assert not AwardsIndexPage.can_exist_under(city)
    assert AwardCategoryPage.can_create_at(index)
    assert not AwardCategoryPage.can_create_at(home)
    assert AwardWinnerPage.can_create_at(category)
    assert not AwardWinnerPage.can_create_at(index)
    assert not AwardWinnerPage.can_create_at(city)
    assert (
        admin_client.get(f"/admin/pages/add/awards/awardwinnerpage/{category.pk}/").status_code
        == 200
    )
    refused = admin_client.get(f"/admin/pages/add/awards/awardwinnerpage/{index.pk}/")
    assert refused.status_code in (302, 403)


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("awardsadmin", "a@example.org", "pw")
    client.force_login(user)
    return client


def test_award_editions_have_an_admin_listing(admin_client):
    response = admin_client.get("/admin/snippets/awards/awardedition/")
    assert response.status_code == 200
    html = response.content.decode()
    for edition in AwardEdition.objects.filter(locale=english()):
        assert edition.theme in html
    assert "Call for entries opens" in html
    menu = admin_client.get("/admin/").content.decode()
    assert "/admin/snippets/awards/awardedition/" in menu
    searched = admin_client.get("/admin/snippets/awards/awardedition/", {"q": "inclusive"})
    assert "Resilient and inclusive cities" in searched.content.decode()
    assert "Data that serves people" not in searched.content.decode()


def edition_form(**overrides):
    data = {
        "year": "2030",
        "theme": "Cities for the next decade",
        "description": "",
        "call_opens": "2029-10-01",
        "call_closes": "2030-02-28",
        "entry_url": "",
        "ceremony": "",
        "jury-TOTAL_FORMS": "2",
        "jury-INITIAL_FORMS": "0",
        "jury-MIN_NUM_FORMS": "0",
        "jury-MAX_NUM_FORMS": "1000",
    }
    for number, (name, role) in enumerate([("Ada Chen", "Urbanist"), ("Ben Osei", "Engineer")]):
        data |= {
            f"jury-{number}-name": name,
            f"jury-{number}-role": role,
            f"jury-{number}-ORDER": str(number + 1),
            f"jury-{number}-id": "",
            f"jury-{number}-DELETE": "",
        }
    return data | overrides


def test_an_edition_with_its_jury_is_created_in_the_admin(admin_client):
    url = f"/admin/snippets/awards/awardedition/add/?locale={english().language_code}"
    response = admin_client.post(url, edition_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    edition = AwardEdition.objects.get(year=2030, locale=english())
    assert [member.name for member in edition.jury.all()] == ["Ada Chen", "Ben Osei"]


def test_an_edition_whose_call_closes_before_it_opens_is_refused(admin_client):
    url = f"/admin/snippets/awards/awardedition/add/?locale={english().language_code}"
    response = admin_client.post(url, edition_form(call_closes="2029-09-01"))
    assert response.status_code == 200
    assert "The call cannot close before it opens." in response.content.decode()
    assert not AwardEdition.objects.filter(year=2030).exists()


def category_form(weights):
    data = {
        "title": "Water",
        "slug": "water",
        "description": "Water supply, drainage and flood protection.",
        "topic": "",
        "body-count": "0",
        "criteria-TOTAL_FORMS": str(len(weights)),
        "criteria-INITIAL_FORMS": "0",
        "criteria-MIN_NUM_FORMS": "1",
        "criteria-MAX_NUM_FORMS": "1000",
    }
    for number, weight in enumerate(weights):
        data |= {
            f"criteria-{number}-label": f"Criterion {number}",
            f"criteria-{number}-weight": str(weight),
            f"criteria-{number}-ORDER": str(number + 1),
            f"criteria-{number}-id": "",
            f"criteria-{number}-DELETE": "",
        }
    return data


def test_criteria_weights_must_add_up_to_100(admin_client):
    index = page_in("en", "awards", AwardsIndexPage)
    url = f"/admin/pages/add/awards/awardcategorypage/{index.pk}/"
    refused = admin_client.post(url, category_form([50, 30]))
    assert refused.status_code == 200
    assert "add up to 80%" in refused.content.decode()
    assert not AwardCategoryPage.objects.filter(slug="water").exists()
    accepted = admin_client.post(url, category_form([60, 40]))
    assert accepted.status_code == 302
    category = AwardCategoryPage.objects.get(slug="water", locale=english())
    assert [criterion.weight for criterion in category.criteria.all()] == [60, 40]


# --- Demo content --------------------------------------------------------------------------


def test_demo_has_six_categories_and_thirty_linked_projects_over_three_years():
    winners = live_winners()
    assert winners.count() >= 30
    assert set(winners.values_list("year", flat=True)) >= {2024, 2025, 2026}
    assert set(winners.values_list("placement", flat=True)) == set(AwardWinnerPage.Placement.values)
    assert not winners.filter(city=None).exists()
    assert winners.exclude(pilot=None).count() >= 5
    for winner in winners.exclude(pilot=None).select_related("pilot"):
        # A project that grew from a pilot was recognised in the pilot's host city.
        assert winner.pilot.get_parent().pk == winner.city_id
    assert winners.values("organisation__kind").distinct().count() >= 3
    index = page_in("en", "awards", AwardsIndexPage)
    assert index.show_in_menus


# --- Query budgets -------------------------------------------------------------------------


def count(client, count_queries, url):
    assert client.get(url).status_code == 200  # warm the caches a real site keeps warm
    response, queries = count_queries(client.get, url)
    assert response.status_code == 200
    return queries


def add_projects(category, number, city, prefix):
    """More recognised projects, in several years and countries, with pictures and pilots."""
    editions = list(AwardEdition.objects.filter(locale=english()).order_by("year"))
    partners = list(Partner.objects.filter(locale=english())[:number])
    cities = [city] + list(
        CityPage.objects.filter(locale=english()).exclude(country=city.country)[: number - 1]
    )
    pilot = PilotPage.objects.filter(locale=english()).first()
    image = SiteImage.objects.first()
    for position in range(number):
        page = AwardWinnerPage(
            title=f"{prefix} project {position}",
            slug=f"{prefix}-project-{position}",
            project_name=f"{prefix} project {position}",
            project_summary="A project added to measure the page's queries.",
            edition=editions[position % len(editions)],
            placement=AwardWinnerPage.Placement.values[position % 3],
            city=city if position % 2 else cities[position % len(cities)],
            organisation=partners[position % len(partners)],
            pilot=pilot,
            hero_image=image,
            locale=category.locale,
        )
        category.add_child(instance=page)
        page.save_revision().publish()
    add_missing_aliases()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_award_pages_run_a_constant_number_of_queries(client, count_queries, language):
    winner = housing_winner().get_translation(Locale.objects.get(language_code=language))
    category = winner.get_parent()
    urls = [
        f"/{language}/awards/",
        f"/{language}/awards/?year=2025&region=east-asia&placement=winner",
        category.url,
        winner.url,
    ]
    before = {url: count(client, count_queries, url) for url in urls}
    add_projects(housing_winner().get_parent(), 6, housing_winner().city, "budget")
    after = {url: count(client, count_queries, url) for url in urls}
    assert before == after, f"{before} then {after}"
    assert max(after.values()) <= 10, after
    # The pages really grew.
    assert (
        Page.objects.filter(
            slug__startswith="budget-project", locale__language_code=language
        ).count()
        == 6
    )
