"""Keyboard-only use: the skip link, focus indicators, no keyboard traps, and the language
switcher, with and without JavaScript."""

import pytest

from tests.checkers.keyboard import walk_with_tab

from .conftest import require
from .pages import PAGE_KINDS, matrix, no_page_message, resolve

pytestmark = pytest.mark.browser

SKIP_LINK_SHOWN = """() => {
    const link = document.activeElement;
    const box = link.getBoundingClientRect();
    const x = box.left + box.width / 2, y = box.top + box.height / 2;
    return {
        isSkipLink: link.classList.contains("skip-link"),
        href: link.getAttribute("href"),
        inViewport: box.width > 1 && box.height > 1 && box.top >= 0 && box.left >= 0
            && box.bottom <= innerHeight && box.right <= innerWidth,
        onTop: document.elementFromPoint(x, y) === link
            || link.contains(document.elementFromPoint(x, y)),
    };
}"""

FOCUS_AFTER_MAIN = """() => {
    const main = document.querySelector("main");
    const active = document.activeElement;
    return main.contains(active)
        || Boolean(main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
}"""


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_skip_link_comes_first_shows_and_moves_focus_to_main(open_page, viewport, javascript):
    require("chromium")
    page = open_page(viewport, java_script_enabled=javascript)
    page.goto("/en/about/")
    page.keyboard.press("Tab")
    shown = page.evaluate(SKIP_LINK_SHOWN)
    assert shown["isSkipLink"], "the first Tab stop is not the skip link"
    assert shown["href"] == "#main"
    assert shown["inViewport"] and shown["onTop"], "the focused skip link is not visible"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUS_AFTER_MAIN), "the next Tab went back before the main content"


@pytest.mark.parametrize(("language", "kind"), matrix(["en", "ar"], PAGE_KINDS))
def test_tab_reaches_everything_with_a_visible_focus_and_leaves(
    open_page, live_site, language, kind
):
    """Tab from the top: every focusable element is reached in reading order, each shows a
    visible focus indicator, and focus then leaves the page (no keyboard trap)."""
    require("chromium")
    target = resolve(live_site, kind, language)
    if target is None:
        pytest.fail(no_page_message(kind, language), pytrace=False)
    page = open_page("desktop")
    page.goto(target.url)
    walk = walk_with_tab(page)
    assert len(walk.tabbable) > 3, "suspiciously few focusable elements"
    assert not walk.problems(), f"{target.url}:\n" + "\n".join(walk.problems())


def test_shift_tab_walks_back_out_of_the_home_page(open_page):
    require("chromium")
    page = open_page("desktop")
    page.goto("/en/")
    walk = walk_with_tab(page, key="Shift+Tab")
    assert walk.left_document, "Shift+Tab never left the home page"
    assert walk.visited == sorted(walk.visited, reverse=True)
    assert set(walk.visited) == {entry["index"] for entry in walk.tabbable}


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_language_switcher_works_from_the_keyboard(open_page, javascript):
    require("chromium")
    page = open_page("desktop", java_script_enabled=javascript)
    page.goto("/en/about/")
    summary = page.locator(".language-switcher summary")
    for _ in range(10):
        page.keyboard.press("Tab")
        if summary.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the language switcher")
    page.keyboard.press("Enter")
    french = page.locator(".language-switcher__list a[hreflang=fr]")
    assert french.is_visible()
    for _ in range(10):
        page.keyboard.press("Tab")
        if french.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the French link in the open switcher")
    page.keyboard.press("Enter")
    page.wait_for_url("**/fr/about/")
    assert page.locator("html").get_attribute("lang") == "fr"
