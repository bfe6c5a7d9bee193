"""Home, standard and form pages."""

import pytest
from django.core import mail

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


def test_join_form_stores_a_submission_and_thanks_the_visitor(client):
    response = client.post(
        "/en/join/",
        {
            "your_name": "Ana",
            "e_mail_address": "ana@example.org",
            "city_or_organisation": "Lisbon",
            "type_of_applicant": "City",
            "what_would_you_like_to_share_or_learn": "Mobility data.",
        },
    )
    assert response.status_code == 200
    assert "The secretariat will be in touch" in response.content.decode()
    form_page = page_in("en", "join", FormPage)
    assert form_page.get_submission_class().objects.filter(page=form_page).count() == 1
    assert len(mail.outbox) == 0  # no address configured in the demo


def test_join_form_with_missing_fields_shows_errors_not_a_crash(client):
    response = client.post("/en/join/", {"your_name": ""})
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
