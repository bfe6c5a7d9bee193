"""Every page type, in every language, at every viewport: zero axe-core violations of WCAG
2.2 level A and AA, no broken image, no JavaScript error, and no sideways scrolling on a
phone (WCAG 1.4.10, reflow).

axe spends most of a check running in one page's renderer while the server and pytest
wait, so the pages are checked a few at a time (CHECKED_AT_ONCE) in a Chromium of their
own, in tabs reused from page to page, driven by Playwright's asyncio API in a thread,
before the first test of the module reads its result. Each page keeps a test of its own, and
a page with problems leaves its screenshot and HTML in test-artifacts/ as every browser test
does."""

import asyncio
import os
import threading
from dataclasses import dataclass, field

import pytest

from tests.checkers import tools
from tests.checkers.axe import format_violations, run_axe_async

from .conftest import ARTIFACTS, artifact_stem, require
from .pages import LANGUAGES, PAGE_KINDS, VIEWPORTS, matrix, no_page_message, resolve

pytestmark = pytest.mark.browser

CHECKED_AT_ONCE = int(os.environ.get("GOSMART_AXE_PAGES", "3"))

BROKEN_IMAGES = """() => [...document.images]
    .filter((image) => image.complete && image.naturalWidth === 0)
    .map((image) => image.currentSrc || image.src)"""

OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"


@dataclass
class Checked:
    url: str
    problems: list = field(default_factory=list)
    artifacts: list = field(default_factory=list)


async def check_page(page, errors, target, viewport, stem):
    """Check one page in a tab that earlier checks may have used: errors is the tab's list
    of JavaScript errors, emptied here."""
    errors.clear()
    checked = Checked(target.url)
    response = await page.goto(target.url, wait_until="load")
    if response.status != target.status:
        checked.problems.append(f"HTTP status {response.status}, expected {target.status}")
    violations = await run_axe_async(page)
    if violations:
        checked.problems.append("axe-core violations:\n" + format_violations(violations))
    broken = await page.evaluate(BROKEN_IMAGES)
    if broken:
        checked.problems.append("images that did not load: " + ", ".join(broken))
    if viewport == "phone":
        overflow = await page.evaluate(OVERFLOW)
        if overflow > 0:
            checked.problems.append(f"the page scrolls sideways by {overflow}px on a phone")
    if errors:
        checked.problems.append("JavaScript errors: " + "; ".join(errors))
    if checked.problems:
        ARTIFACTS.mkdir(exist_ok=True)
        await page.screenshot(path=ARTIFACTS / f"{stem}.png", full_page=True)
        html = await page.content()
        (ARTIFACTS / f"{stem}.html").write_text(f"<!-- {page.url} -->\n{html}", "utf-8")
        checked.artifacts = [f"{stem}.png", f"{stem}.html"]
    return checked


async def open_tabs(context, count):
    """A queue of count tabs, each with the list its JavaScript errors go to. Tabs are
    reused from check to check: a new tab costs Chromium a renderer process."""
    tabs = asyncio.Queue()
    for _ in range(count):
        page = await context.new_page()
        errors = []
        page.on("pageerror", lambda error, errors=errors: errors.append(str(error)))
        tabs.put_nowait((page, errors))
    return tabs


async def check_all(base_url, targets):
    """{(viewport, language, kind): Checked} for every key given, from
    {(viewport, language, kind): (Target, artifact stem)}."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=tools.chromium_path(), args=tools.CHROMIUM_ARGS
        )
        tabs = {}
        for viewport in VIEWPORTS:
            context = await browser.new_context(base_url=base_url, **VIEWPORTS[viewport])
            context.set_default_timeout(15_000)
            tabs[viewport] = await open_tabs(context, CHECKED_AT_ONCE)
        limit = asyncio.Semaphore(CHECKED_AT_ONCE)

        async def one(key, target, stem):
            viewport = key[0]
            async with limit:
                page, errors = await tabs[viewport].get()
                try:
                    return key, await check_page(page, errors, target, viewport, stem)
                finally:
                    tabs[viewport].put_nowait((page, errors))

        done = await asyncio.gather(
            *(one(key, target, stem) for key, (target, stem) in targets.items())
        )
        await browser.close()
    return dict(done)


def run_in_thread(coroutine):
    """Run a coroutine to the end in a thread of its own: the session's sync Playwright
    owns an event loop in this thread."""
    outcome = {}

    def target():
        try:
            outcome["result"] = asyncio.run(coroutine)
        except BaseException as error:  # noqa: BLE001 - re-raised in the calling thread
            outcome["error"] = error

    thread = threading.Thread(target=target, name="accessibility-checks")
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


@pytest.fixture(scope="module")
def accessibility(request, live_site):
    """The checks of the pages whose tests this run selected (all of them, unless -k)."""
    require("chromium", "axe")
    targets = {}
    for item in request.session.items:
        if item.module is request.module and hasattr(item, "callspec"):
            params = item.callspec.params
            key = (params["viewport"], params["language"], params["kind"])
            target = resolve(live_site, key[2], key[1])
            if target is not None:
                targets[key] = (target, artifact_stem(item))
    return run_in_thread(check_all(live_site.url, targets))


@pytest.mark.parametrize(("viewport", "language", "kind"), matrix(VIEWPORTS, LANGUAGES, PAGE_KINDS))
def test_page_is_accessible(accessibility, viewport, language, kind):
    checked = accessibility.get((viewport, language, kind))
    if checked is None:
        pytest.fail(no_page_message(kind, language), pytrace=False)
    saved = ", ".join(checked.artifacts)
    where = f"{checked.url} ({viewport}, saved as test-artifacts/{saved})"
    assert not checked.problems, f"{where}:\n" + "\n".join(checked.problems)
