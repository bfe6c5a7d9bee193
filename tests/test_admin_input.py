"""Crafted admin posts get a clear answer (a 400 or a message), never a 500, and change
nothing: rich text that is not the editor's JSON, a revert post, a bulk publish of an
alias."""

import pytest
from django.test import Client
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from home.models import FormPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(admin_user):
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    return client


def edit_data(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="page-edit-form")


@pytest.mark.parametrize(
    "damaged", ["not json at all", '{"blocks": 5}', "[1, 2]", '{"blocks": [{"text": 1}]}']
)
def test_rich_text_that_is_not_the_editors_json_is_a_bad_request(admin, damaged):
    page = FormPage.objects.filter(locale__language_code="en").first()
    before = (page.intro, page.latest_revision_id)
    data = edit_data(admin, page)
    data["intro"] = damaged
    response = admin.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 400
    page.refresh_from_db()
    assert (page.intro, page.latest_revision_id) == before


def test_the_editors_own_rich_text_still_saves(admin):
    page = FormPage.objects.filter(locale__language_code="en").first()
    revisions = page.revisions.count()
    data = edit_data(admin, page)
    response = admin.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    assert page.revisions.count() == revisions + 1


def test_posting_to_a_revert_view_does_not_fail(admin):
    page = FormPage.objects.filter(locale__language_code="en").first()
    revision = page.revisions.order_by("created_at").first()
    response = admin.post(f"/admin/pages/{page.pk}/revisions/{revision.pk}/revert/", {})
    assert response.status_code < 500


def test_bulk_publishing_an_alias_says_why_and_publishes_nothing(admin):
    alias = Page.objects.filter(alias_of__isnull=False, live=True).first()
    revisions = alias.revisions.count()
    response = admin.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={alias.pk}&next=/admin/pages/", {}, follow=True
    )
    assert response.status_code == 200
    assert response.redirect_chain[0][0] == "/admin/pages/"
    assert "untranslated copy of its original" in response.content.decode()
    assert alias.revisions.count() == revisions
