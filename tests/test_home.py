"""Home, standard and form pages."""

import csv
import io
import re
import time
from unittest import mock

import pytest
from django.core import mail

from core.form_guard import HONEYPOT, STAMP
from home.models import FormPage, HomePage, StandardPage

from .helpers import page_in

pytestmark = pytest.mark.django_db


def test_home_page_shows_hero_and_navigation(client):
    html = client.get("/en/").content.decode()
    assert "Cities sharing what works" in html
    assert 'aria-label="Main"' in html
    for title in ("About Go Smart", "Secretariat", "Join Go Smart"):
        assert title in html


def test_navigation_is_in_the_visitors_language_tree(client):
    html = client.get("/ko/").content.decode()
    assert 'href="/ko/about/"' in html
    assert 'href="/en/about/"' not in html.split('class="language-switcher__list"')[0]


JOIN_ANSWERS = {
    "your_name": "Ana",
    "e_mail_address": "ana@example.org",
    "city_or_organisation": "Lisbon",
    "type_of_applicant": "City",
    "what_would_you_like_to_share_or_learn": "Mobility data.",
}


def shown_form_stamp(client, url="/en/join/"):
    """The signed time stamp the form carries when it is shown (core.form_guard)."""
    html = client.get(url).content.decode()
    return re.search(rf'name="{STAMP}" value="([^"]+)"', html).group(1)


def submissions():
    form_page = page_in("en", "join", FormPage)
    return form_page.get_submission_class().objects.filter(page=form_page)


def test_answers_in_every_language_are_listed_and_exported_together(client, admin_client):
    client.post("/en/join/", {**JOIN_ANSWERS, STAMP: shown_form_stamp(client)})
    japanese_form = client.get("/ja/join/").content.decode()
    field = japanese_form.split('name="type_of_applicant"')[1]
    choice = re.search(r'<option value="([^"]+)"', field).group(1)
    answers = {**JOIN_ANSWERS, "your_name": "Aiko", "type_of_applicant": choice}
    response = client.post("/ja/join/", {**answers, STAMP: shown_form_stamp(client, "/ja/join/")})
    assert response.status_code == 200 and "form__errors" not in response.content.decode()

    # The English form's submissions, and its CSV, hold both answers with their language.
    english = page_in("en", "join", FormPage)
    listing = admin_client.get(f"/admin/forms/submissions/{english.pk}/").content.decode()
    assert "Ana" in listing and "Aiko" in listing
    csv_text = admin_client.get(f"/admin/forms/submissions/{english.pk}/?export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(csv_text.streaming_content).decode())))
    assert {(row["Your name"], row["Language"]) for row in rows} == {("Ana", "en"), ("Aiko", "ja")}
    # The Japanese version's list is the same list.
    japanese = page_in("ja", "join", FormPage)
    assert "Ana" in admin_client.get(f"/admin/forms/submissions/{japanese.pk}/").content.decode()


def test_join_form_stores_a_submission_and_thanks_the_visitor(client):
    response = client.post("/en/join/", {**JOIN_ANSWERS, STAMP: shown_form_stamp(client)})
    assert response.status_code == 200
    assert "The secretariat will be in touch" in response.content.decode()
    stored = submissions().get()
    assert stored.get_data()["your_name"] == "Ana"
    assert STAMP not in stored.form_data and HONEYPOT not in stored.form_data
    assert len(mail.outbox) == 0  # no address configured in the demo


def test_join_form_with_missing_fields_shows_errors_not_a_crash(client):
    response = client.post("/en/join/", {"your_name": "", STAMP: shown_form_stamp(client)})
    assert response.status_code == 200
    assert "form__error" in response.content.decode()


def test_page_types_are_allowed_only_under_their_parents():
    assert HomePage.can_create_at(page_in("en", "").get_parent())
    assert not StandardPage.can_create_at(page_in("en", "").get_parent())
    assert not HomePage.can_create_at(page_in("en", "about"))
    assert FormPage.can_create_at(page_in("en", ""))
    assert not StandardPage.can_create_at(page_in("en", "join"))


@pytest.mark.parametrize("language", ["en", "ja", "ar"])
def test_the_home_page_title_does_not_repeat_the_name(client, language):
    html = client.get(f"/{language}/").content.decode()
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title.count("Go Smart") == 1, title


def test_the_join_form_says_how_answers_are_used(client):
    html = client.get("/ar/join/").content.decode()
    assert 'class="form__privacy"' in html


def test_a_filled_honeypot_stores_nothing(client):
    answers = {**JOIN_ANSWERS, STAMP: shown_form_stamp(client), HONEYPOT: "http://spam.example"}
    response = client.post("/en/join/", answers)
    assert response.status_code == 200 and "form__errors" in response.content.decode()
    assert not submissions().exists()


def test_answers_without_the_shown_stamp_store_nothing(client):
    response = client.post("/en/join/", {**JOIN_ANSWERS, STAMP: "forged"})
    assert "form__errors" in response.content.decode()
    assert not submissions().exists()


def test_answers_sent_too_quickly_store_nothing_and_a_person_can_send_later(client, settings):
    settings.GOSMART_FORM_MIN_SECONDS = 3
    stamp = shown_form_stamp(client)
    assert (
        "form__errors" in client.post("/en/join/", {**JOIN_ANSWERS, STAMP: stamp}).content.decode()
    )
    assert not submissions().exists()
    later = time.time() + 5
    with mock.patch("core.form_guard.time.time", return_value=later):
        client.post("/en/join/", {**JOIN_ANSWERS, STAMP: stamp})
    assert submissions().count() == 1


def test_a_scripted_flood_gets_429_and_stores_nothing_more(client, settings):
    settings.GOSMART_FORM_POSTS_PER_HOUR = 5
    stamp = shown_form_stamp(client)
    statuses = [
        client.post("/en/join/", {**JOIN_ANSWERS, STAMP: stamp}).status_code for _ in range(20)
    ]
    assert statuses[:5] == [200] * 5
    assert set(statuses[5:]) == {429}
    assert submissions().count() == 5
    # Counted per client address: another address may still send.
    other = client.post("/en/join/", {**JOIN_ANSWERS, STAMP: stamp}, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


def test_the_client_address_comes_from_trusted_proxies_only(rf, settings):
    from core.client import client_address

    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    settings.GOSMART_TRUSTED_PROXIES = 0
    assert client_address(request) == "10.0.0.2"  # a forged header is ignored
    settings.GOSMART_TRUSTED_PROXIES = 1
    assert client_address(request) == "203.0.113.9"  # what our own proxy saw


@pytest.mark.parametrize("language", ["en", "ar", "zh-hant"])
def test_the_home_page_leads_to_every_section(client, language):
    from news.models import NewsPage

    page = client.get(f"/{language}/").content.decode()
    html = page.split("<main", 1)[1].split("</main>", 1)[0]  # not the menu: the page itself
    for section in ("news", "news/press", "events", "awards", "members", "pilots", "join"):
        assert f'href="/{language}/{section}/"' in html, section
    latest = (
        NewsPage.objects.live()
        .filter(locale__language_code=language)
        .order_by("-date", "-pk")
        .first()
    )
    assert f'href="{latest.url}"' in html  # the latest news item itself


def test_the_home_page_stays_within_the_query_budget_in_every_language(client, count_queries):
    client.get("/en/")
    _response, warm = count_queries(client.get, "/en/")
    client.get("/ja/")
    _response, other_language = count_queries(client.get, "/ja/")
    assert warm <= 10 and other_language == warm


def test_the_home_sections_cost_no_query_once_warm(rf, count_queries):
    from core.caching import _request_generation
    from core.page_views import sections_for

    home = page_in("en", "")
    request = rf.get("/en/")
    memo = _request_generation.set({})  # one generation read per request, as in a request
    try:
        cold = sections_for(home, request)
        warm, queries = count_queries(sections_for, home, request)
    finally:
        _request_generation.reset(memo)
    assert [section["template"] for section in cold] == [
        "news/home/latest_news.html",
        "news/home/next_events.html",
        "awards/home/awards.html",
        "cities/home/members.html",
        "pilots/home/pilots.html",
        "home/home/join.html",
    ]
    assert warm == cold and queries == 0


@pytest.mark.parametrize("language", ["en", "ar", "ja"])
def test_every_page_links_the_legal_pages_in_the_visitors_language(client, language):
    for path in (f"/{language}/", f"/{language}/news/"):
        html = client.get(path).content.decode()
        footer = html.split('<footer class="site-footer"', 1)[1]
        for slug in ("privacy", "legal-notice", "cookies", "accessibility"):
            assert f'href="/{language}/{slug}/"' in footer, (path, slug)
    cookies = client.get(f"/{language}/cookies/")
    assert cookies.status_code == 200
    # It names every cookie the site sets.
    for name in ("gosmart_language", "csrftoken", "sessionid"):
        assert name in cookies.content.decode()
