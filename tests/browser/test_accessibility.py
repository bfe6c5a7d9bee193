"""Every page type, in every language, at every viewport: zero axe-core violations of WCAG
2.2 level A and AA, no broken image, no JavaScript error, and no sideways scrolling on a
phone (WCAG 1.4.10, reflow)."""

import pytest

from tests.checkers.axe import format_violations, run_axe

from .conftest import require
from .pages import LANGUAGES, PAGE_KINDS, VIEWPORTS, matrix, no_page_message, resolve

pytestmark = pytest.mark.browser

BROKEN_IMAGES = """() => [...document.images]
    .filter((image) => image.complete && image.naturalWidth === 0)
    .map((image) => image.currentSrc || image.src)"""

OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"


@pytest.mark.parametrize(("viewport", "language", "kind"), matrix(VIEWPORTS, LANGUAGES, PAGE_KINDS))
def test_page_is_accessible(open_page, live_site, viewport, language, kind):
    require("chromium", "axe")
    target = resolve(live_site, kind, language)
    if target is None:
        pytest.skip(no_page_message(kind, language))
    page = open_page(viewport)
    response = page.goto(target.url, wait_until="load")

    problems = []
    if response.status != target.status:
        problems.append(f"HTTP status {response.status}, expected {target.status}")
    violations = run_axe(page)
    if violations:
        problems.append("axe-core violations:\n" + format_violations(violations))
    broken = page.evaluate(BROKEN_IMAGES)
    if broken:
        problems.append("images that did not load: " + ", ".join(broken))
    if viewport == "phone":
        overflow = page.evaluate(OVERFLOW)
        if overflow > 0:
            problems.append(f"the page scrolls sideways by {overflow}px on a phone")
    if page.errors:
        problems.append("JavaScript errors: " + "; ".join(page.errors))
    assert not problems, f"{target.url} ({viewport}):\n" + "\n".join(problems)
