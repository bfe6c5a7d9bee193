"""Journeys through the site's sections: filtering the members, following a city to the
pilot it hosts and on to the award the pilot won, downloading a press release, and an
editor publishing a change. Each finds its pages in the live page tree, and fails with a
message when the demo content has none to follow: a broken demo never passes silently."""

import re

import pytest

from tests.checkers.axe import format_violations, run_axe

from .conftest import require

pytestmark = pytest.mark.browser

SETUPS = [
    pytest.param("desktop", True, id="desktop"),
    pytest.param("phone", True, id="phone"),
    pytest.param("desktop", False, id="desktop-no-js"),
]


def demo_lacks(what):
    pytest.fail(f"The demo content has no {what}: the journey needs one.", pytrace=False)


def assert_accessible(page, javascript=True):
    if javascript:
        violations = run_axe(page)
        assert not violations, f"{page.url}:\n{format_violations(violations)}"


def first_page_containing(live_site, page_type, marker, language="en"):
    """The first page of a type whose HTML contains marker (fetched without the browser)."""
    client = live_site.client()
    for candidate in live_site.pages_of(page_type, language):
        status, html = client.get(candidate.url)
        if status == 200 and marker in html:
            return candidate
    return None


@pytest.mark.parametrize(("viewport", "javascript"), SETUPS)
def test_members_can_be_filtered_and_the_filters_cleared(
    open_page, live_site, viewport, javascript
):
    require("chromium")
    members = live_site.page_of("cities.CityIndexPage", "en")
    if members is None:
        demo_lacks("members page")
    page = open_page(viewport, java_script_enabled=javascript)
    page.goto(members.url)
    items = page.locator(".member-list__item")
    everyone = items.count()
    assert everyone > 1

    region = page.get_by_label("Region", exact=True)
    options = [
        value
        for value in region.locator("option").evaluate_all(
            "options => options.map((option) => option.value)"
        )
        if value
    ]
    assert options, "the region filter offers no region"
    narrower = None
    for value in options:
        region.select_option(value)
        page.get_by_role("button", name="Apply filters").click()
        page.wait_for_url(re.compile(rf"[?&]region={re.escape(value)}"))
        if 0 < items.count() < everyone:
            narrower = value
            break
        region = page.get_by_label("Region", exact=True)
    assert narrower, "no region narrows the list of members"
    assert page.get_by_label("Region", exact=True).input_value() == narrower  # the filter is kept
    assert_accessible(page, javascript)

    page.get_by_role("link", name="Clear", exact=True).click()
    page.wait_for_url(f"**{members.url}")
    assert items.count() == everyone


@pytest.mark.parametrize(("viewport", "javascript"), SETUPS)
def test_city_leads_to_its_pilot_and_on_to_the_award(open_page, live_site, viewport, javascript):
    require("chromium")
    pilot = first_page_containing(live_site, "pilots.PilotPage", 'id="pilot-awards-heading"')
    if pilot is None:
        demo_lacks("pilot that won an award")
    city_url = pilot.url.rstrip("/").rsplit("/", 1)[0] + "/"  # a pilot lives under its city
    page = open_page(viewport, java_script_enabled=javascript)
    page.goto(city_url)
    page.locator(f"section[aria-labelledby=city-pilots-heading] a[href='{pilot.url}']").click()
    page.wait_for_url(f"**{pilot.url}")
    assert page.locator("h1").inner_text() == pilot.title
    assert_accessible(page, javascript)

    award_link = page.locator("section[aria-labelledby=pilot-awards-heading] a").first
    award_title = award_link.inner_text()
    award_link.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == award_title
    assert page.locator(f"main a[href='{pilot.url}']").count() >= 1  # and back to the pilot
    assert_accessible(page, javascript)


def test_press_release_attachment_downloads(open_page, live_site):
    require("chromium")
    release = first_page_containing(live_site, "news.NewsPage", 'class="downloads__link"')
    if release is None:
        demo_lacks("news item with an attachment")
    page = open_page("desktop")
    page.goto(release.url)
    link = page.locator(".downloads__link").first
    assert link.is_visible()
    meta = page.locator(".downloads__meta").first.inner_text()
    assert "PDF" in meta, meta
    response = page.request.get(link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")


def test_editor_publishes_a_change_that_visitors_see(editor_page, live_site):
    require("chromium")
    secretariat = next(
        (page for page in live_site.pages_of(language="en") if page.slug == "secretariat"), None
    )
    if secretariat is None:
        demo_lacks("Secretariat page")
    page = editor_page
    page.goto(f"/admin/pages/{secretariat.id}/edit/")
    new_intro = "The secretariat runs the platform, the awards, the councils and this site."
    page.locator("[name=intro]").fill(new_intro)
    page.locator(".footer__container [data-w-dropdown-target=toggle]").first.click()
    page.locator("button[name=action-publish]").click()
    page.wait_for_url("**/admin/pages/*/")
    visitor = page.context.new_page()
    visitor.goto(secretariat.url)
    assert visitor.locator(".lead").inner_text() == new_intro
    visitor.close()


def test_a_translator_cannot_publish_untouched_machine_translation(editor_page, live_site):
    """Through wagtail-localize's editor: translate a news item into French with the
    machine, press Publish, and read why nothing was published."""
    require("chromium")
    english = {page.slug: page for page in live_site.pages_of("news.NewsPage", "en")}
    french = next(
        (page for page in live_site.pages_of("news.NewsPage", "fr") if not page.translated),
        None,
    )
    if french is None or french.slug not in english:
        demo_lacks("news item left untranslated in French")
    page = editor_page
    page.goto(f"/admin/localize/submit/page/{english[french.slug].id}/")
    page.get_by_label("Français").check()
    page.locator("form [type=submit]").last.click()
    page.wait_for_url("**/admin/pages/*/edit/")  # one language: straight to its editor
    page.get_by_role("button", name="Translate with Dummy translator").first.click()
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="Publish in Français").click()
    page.wait_for_load_state("networkidle")
    assert "machine-translated strings wait for a person" in page.locator(".messages").inner_text()
    visitor = page.context.new_page()
    visitor.goto(french.url)
    assert visitor.locator("h1").get_attribute("lang") == "en"  # still the English original
    visitor.close()


def test_a_city_change_approved_in_review_reaches_every_language(editor_page, live_site):
    """A new population figure for Taipei goes through the Secretariat review; once it is
    approved, the translated profiles show it too, not only the English one."""
    from django.utils import translation
    from django.utils.formats import number_format

    require("chromium")
    taipei = next(
        (page for page in live_site.pages_of("cities.CityPage", "en") if page.slug == "taipei"),
        None,
    )
    if taipei is None:
        demo_lacks("Taipei profile")
    figures = {}
    for language in ("en", "ja", "zh-hant"):
        with translation.override(language):
            figures[language] = number_format(2_612_345, force_grouping=True)
    page = editor_page
    edit_url = f"/admin/pages/{taipei.id}/edit/"
    page.goto(edit_url)
    page.get_by_role("tab", name="Facts").click()
    page.locator("[name=population]").fill("2612345")
    page.locator(".footer__container [data-w-dropdown-target=toggle]").first.click()
    page.get_by_role("button", name="Submit to Secretariat review").click()
    page.wait_for_load_state("networkidle")
    visitor = page.context.new_page()
    visitor.goto("/ja/members/taipei/")
    assert figures["ja"] not in visitor.content()  # waiting for review

    page.goto(edit_url)
    page.locator(".footer__container [data-w-dropdown-target=toggle]").first.click()
    page.get_by_role("button", name="Approve and Publish").click()
    page.wait_for_load_state("networkidle")
    for language, figure in figures.items():
        visitor.goto(f"/{language}/members/taipei/")
        assert figure in visitor.content(), language
    visitor.close()
