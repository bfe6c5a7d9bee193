"""What visitors do, in a real browser: arrive in their language, switch language, search,
and apply to join. The core journeys run at both viewports and again without JavaScript.

Journeys of other sections (members filters, city → pilot → award, press release
attachments, editors in the admin) go in their own test_<section>_journeys.py beside this
file, with the same fixtures: open_page(viewport, **context options), live_site.page_of(
"app.PageType", language) to find a page without hard-coding its URL, run_axe(page) at each
state worth checking, and editor_page for the admin."""

import re

import pytest

from tests.checkers.axe import format_violations, run_axe

from .conftest import require
from .pages import JOIN_FORM_ANSWERS, LANGUAGES

pytestmark = pytest.mark.browser

JOURNEY_SETUPS = [
    pytest.param("desktop", True, id="desktop"),
    pytest.param("phone", True, id="phone"),
    pytest.param("desktop", False, id="desktop-no-js"),
]


def assert_accessible(page, javascript=True):
    if javascript:  # axe runs on timers, which a page without JavaScript does not run
        violations = run_axe(page)
        assert not violations, f"{page.url}:\n{format_violations(violations)}"


def fill_form(page, answers):
    for label, value in answers.items():
        field = page.get_by_label(label)
        if field.evaluate("element => element.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)


def open_language_switcher(page):
    if page.locator(".language-switcher[open]").count() == 0:
        page.locator(".language-switcher summary").click()
    list_ = page.locator(".language-switcher__list")
    assert list_.is_visible()
    return list_


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_japanese_browser_arrives_on_the_japanese_site(open_page, javascript):
    require("chromium")
    page = open_page("desktop", locale="ja-JP", java_script_enabled=javascript)
    page.goto("/")
    assert re.search(r"/ja/$", page.url), page.url
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator(".main-nav a[href='/ja/about/']").count() == 1


def about_page(live_site, language):
    return next(page for page in live_site.pages_of(language=language) if page.slug == "about")


@pytest.mark.parametrize(("viewport", "javascript"), JOURNEY_SETUPS)
def test_language_switcher_keeps_the_visitor_on_the_same_page(
    open_page, live_site, viewport, javascript
):
    require("chromium")
    page = open_page(viewport, java_script_enabled=javascript)
    page.goto("/en/about/")
    switcher = open_language_switcher(page)
    # Every language is offered, each marked when the page is not yet translated into it.
    links = switcher.locator("a[hreflang]")
    assert links.count() == len(LANGUAGES)
    for language in LANGUAGES:
        item = switcher.locator("li", has=page.locator(f"a[hreflang='{language}']"))
        marked = item.locator(".language-switcher__status").count() == 1
        assert marked == (not about_page(live_site, language).translated), language

    for language, direction in (("ja", "ltr"), ("ar", "rtl"), ("en", "ltr")):
        expected = about_page(live_site, language)
        open_language_switcher(page).locator(f"a[hreflang='{language}']").click()
        page.wait_for_url(f"**{expected.url}")
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("html").get_attribute("dir") == direction
        assert page.locator("h1").inner_text() == expected.title
        notice = page.locator(".notice--untranslated")
        assert notice.count() == (0 if expected.translated else 1), language
        assert_accessible(page, javascript)


@pytest.mark.parametrize(("viewport", "javascript"), JOURNEY_SETUPS)
def test_search_finds_pages_and_leads_to_them(open_page, live_site, viewport, javascript):
    require("chromium")
    page = open_page(viewport, java_script_enabled=javascript)
    page.goto("/en/search/")
    wanted = next(page for page in live_site.pages_of(language="en") if page.slug == "secretariat")
    field = page.get_by_label("Search the site")
    field.fill(wanted.title)
    field.press("Enter")
    page.wait_for_url(re.compile(r"/en/search/\?q="))
    results = page.locator(".search-results li a")
    assert results.count() >= 1
    assert page.get_by_role("status").is_visible()
    assert_accessible(page, javascript)
    titles = results.all_inner_texts()
    assert wanted.title in titles, titles
    results.filter(has_text=re.compile(f"^{re.escape(wanted.title)}$")).first.click()
    page.wait_for_url(f"**{wanted.url}")
    assert page.locator("h1").inner_text() == wanted.title

    page.goto("/en/search/?q=zzzyyyxxx")
    assert page.get_by_role("status").inner_text().strip() != ""
    assert page.locator(".search-results").count() == 0


@pytest.mark.parametrize(("viewport", "javascript"), JOURNEY_SETUPS)
def test_join_form_shows_errors_then_thanks_the_applicant(open_page, viewport, javascript):
    require("chromium")
    page = open_page(viewport, java_script_enabled=javascript)
    page.goto("/en/join/")
    send = page.get_by_role("button", name="Send")

    send.click()
    page.wait_for_load_state()
    # Each required text field says what is wrong, and is marked invalid with the message
    # as its description.
    for label in ("Your name", "E-mail address", "City or organisation"):
        field = page.get_by_label(label)
        assert field.get_attribute("aria-invalid") == "true", label
        error_id = field.get_attribute("aria-describedby").split()[-1]
        assert page.locator(f"#{error_id}").inner_text().strip(), label
    assert page.locator(".form__error").count() == page.locator("[aria-invalid=true]").count()
    assert_accessible(page, javascript)

    answers = dict(JOIN_FORM_ANSWERS, **{"E-mail address": "not an address"})
    fill_form(page, answers)
    send.click()
    page.wait_for_load_state()
    assert page.locator(".form__error").count() == 1
    assert page.get_by_label("E-mail address").get_attribute("aria-invalid") == "true"
    assert page.get_by_label("Your name").input_value() == answers["Your name"]

    page.get_by_label("E-mail address").fill(JOIN_FORM_ANSWERS["E-mail address"])
    send.click()
    page.wait_for_load_state()
    thanks = page.get_by_role("status")
    assert "The secretariat will be in touch" in thanks.inner_text()
    assert_accessible(page, javascript)


def test_editor_signs_in_to_the_admin(editor_page):
    """The starting point of editor journeys: a signed-in editor on the dashboard."""
    require("chromium")
    assert editor_page.locator("main, #main").first.is_visible()
    editor_page.goto("/admin/pages/")
    assert editor_page.url.endswith("/admin/pages/")
