"""The header's menus on phones and desktops, in English, Arabic and Traditional Chinese:
the phone menu button, the language menu that fits any screen, and both closing the way
visitors expect (Escape, a click outside) when JavaScript runs, and still working without."""

import pytest

from .conftest import require

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "ar", "zh-hant"]


def overflows_sideways(page):
    return page.evaluate(
        "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_phone_menu_button_reveals_the_main_links(open_page, language, javascript):
    require("chromium")
    page = open_page("phone", java_script_enabled=javascript)
    page.goto(f"/{language}/")
    # The bar of links is replaced by one button: the header stays two short rows (logo;
    # search, language and menu), and the page's own content starts right below it.
    assert not page.locator(".main-nav").is_visible()
    header = page.locator(".site-header").bounding_box()
    assert header["height"] < 130
    assert page.locator("main").bounding_box()["y"] <= header["y"] + header["height"] + 24
    links = page.locator(".phone-menu__nav a")
    assert not links.first.is_visible()
    page.locator(".phone-menu summary").click()
    assert links.count() >= 5
    for index in range(links.count()):
        assert links.nth(index).is_visible()
    assert not overflows_sideways(page)
    links.nth(1).click()
    page.wait_for_load_state()
    assert page.locator("h1").is_visible()


def test_desktop_shows_the_link_bar_and_no_menu_button(desktop_page):
    require("chromium")
    desktop_page.goto("/en/")
    assert desktop_page.locator(".main-nav a").first.is_visible()
    assert not desktop_page.locator(".phone-menu").is_visible()


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_language_menu_fits_the_screen(open_page, viewport, language):
    require("chromium")
    page = open_page(viewport)
    page.goto(f"/{language}/")
    page.locator(".language-switcher summary").click()
    menu = page.locator(".language-switcher__list")
    assert menu.is_visible()
    box = menu.bounding_box()
    width = page.evaluate("() => document.documentElement.clientWidth")
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, (box, width)
    assert not overflows_sideways(page)


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_menus_close_with_escape_and_with_a_click_outside(open_page, viewport):
    require("chromium")
    page = open_page(viewport)
    page.goto("/ar/")
    switcher = page.locator(".language-switcher")
    summary = switcher.locator("summary")

    summary.focus()
    page.keyboard.press("Enter")
    assert switcher.get_attribute("open") is not None
    page.keyboard.press("Tab")  # into the list of languages
    page.keyboard.press("Escape")
    assert switcher.get_attribute("open") is None
    assert page.evaluate("() => document.activeElement.tagName") == "SUMMARY"

    summary.click()
    assert switcher.get_attribute("open") is not None
    # A click on the page below the open menu (on a phone the menu covers the top of it).
    height = page.evaluate("() => document.documentElement.clientHeight")
    page.mouse.click(5, height - 5)
    assert switcher.get_attribute("open") is None

    if viewport == "phone":  # opening one menu closes the other
        summary.click()
        page.locator(".phone-menu summary").click()
        assert switcher.get_attribute("open") is None
        assert page.locator(".phone-menu").get_attribute("open") is not None
    assert not page.errors
