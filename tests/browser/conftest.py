"""Fixtures of the real-browser tests: the live site, one Chromium per module, one browser
context per viewport, pages that leave a screenshot and their HTML behind when a test fails.

Everything in this folder is marked `browser`: `make test-fast` leaves it out, `make
test-browser` runs only it. Without Chromium, Java or the checkers the tests are skipped
with a message; with GOSMART_REQUIRE_BROWSER=1 (as in CI) they fail instead."""

import os
import re
import tempfile
from pathlib import Path

import pytest

from tests.checkers import tools

from .pages import VIEWPORTS
from .server import LiveSite

BROWSER_TESTS = Path(__file__).resolve().parent
ARTIFACTS = tools.REPO / "test-artifacts"
FAILED = pytest.StashKey[bool]()
LIVE_SITE = pytest.StashKey[LiveSite]()


@pytest.hookimpl(tryfirst=True)  # before -m selects by marker
def pytest_collection_modifyitems(items):
    """Mark everything in this folder `browser`, in one pytest-xdist group (one worker runs
    them all, with one live site; the group is the biggest, so it starts first and the
    other workers share the rest), and run the browser tests last in a single process: the
    quick tests report first, while the browser server's database is built beside them."""
    for item in items:
        if BROWSER_TESTS in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.xdist_group("browser"))
    items[:] = sorted(items, key=lambda item: item.get_closest_marker("browser") is not None)


def pytest_collection_finish(session):
    # Under pytest-xdist every worker collects every test, but only the one given the
    # browser group needs the site: there the live_site fixture starts it.
    if session.config.option.collectonly or os.environ.get("PYTEST_XDIST_WORKER"):
        return
    if any(item.get_closest_marker("browser") for item in session.items):
        site = LiveSite(Path(tempfile.mkdtemp(prefix="gosmart-browser-")))
        session.config.stash[LIVE_SITE] = site
        site.begin()


def pytest_sessionfinish(session):
    site = session.config.stash.get(LIVE_SITE, None)
    if site is not None:
        site.stop()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed and report.when in {"setup", "call"}:
        item.stash[FAILED] = True
    return report


def require(*needs):
    """Skip (or, when the browser is required, fail) unless the named tools are installed."""
    problems = tools.missing(*needs)
    if not problems:
        return
    message = "; ".join(problems) + ". " + tools.INSTALL_HINT
    if tools.browser_required():
        pytest.fail(f"GOSMART_REQUIRE_BROWSER is set, but: {message}", pytrace=False)
    pytest.skip(f"Browser tests skipped: {message}")


def artifact_stem(item):
    name = item.nodeid.split("tests/browser/")[-1].replace(".py::", "--")
    return re.sub(r"[^\w.\-]+", "_", name).strip("_")


def save_artifacts(page, stem):
    """A full-page screenshot and the page's HTML in test-artifacts/, named after the test."""
    ARTIFACTS.mkdir(exist_ok=True)
    saved = []
    try:
        page.screenshot(path=ARTIFACTS / f"{stem}.png", full_page=True, timeout=15_000)
        saved.append(f"{stem}.png")
    except Exception as error:  # noqa: BLE001 - a failed screenshot must not hide the failure
        (ARTIFACTS / f"{stem}.screenshot-error.txt").write_text(str(error), encoding="utf-8")
    try:
        html = page.content()
    except Exception as error:  # noqa: BLE001
        html = f"<!-- page content unavailable: {error} -->"
    (ARTIFACTS / f"{stem}.html").write_text(f"<!-- {page.url} -->\n{html}", encoding="utf-8")
    saved.append(f"{stem}.html")
    return saved


@pytest.fixture(scope="session")
def live_site(pytestconfig):
    """The running site, with the demo content, and the map of its live pages."""
    site = pytestconfig.stash.get(LIVE_SITE, None)
    if site is None:
        site = LiveSite(Path(tempfile.mkdtemp(prefix="gosmart-browser-")))
        pytestconfig.stash[LIVE_SITE] = site
    site.serve()
    return site


@pytest.fixture(scope="module")
def browser():
    """A Chromium per module. Playwright's sync API keeps an event loop running while it is
    open, and Django refuses database work inside one: closed after each module, it leaves
    nothing behind for the database tests a pytest-xdist worker runs after the browser ones."""
    require("chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=tools.chromium_path(), args=tools.CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shared_contexts(browser, live_site):
    """One browser context per viewport, reused by every test that needs no special one."""
    contexts = {}

    def get(viewport):
        if viewport not in contexts:
            contexts[viewport] = new_context(browser, live_site, viewport)
        return contexts[viewport]

    yield get
    for context in contexts.values():
        context.close()


def new_context(browser, live_site, viewport, **options):
    context = browser.new_context(base_url=live_site.url, **VIEWPORTS[viewport], **options)
    context.set_default_timeout(15_000)
    return context


@pytest.fixture
def open_page(request, browser, live_site, shared_contexts):
    """open_page(viewport="desktop", **context_options) -> a new Playwright page.

    Without options the page opens in the viewport's shared context (cookies cleared for
    each test); options such as locale="ja-JP" or java_script_enabled=False get a context
    of their own. JavaScript errors in the page are collected in page.errors."""
    pages = []
    own_contexts = []

    def open_(viewport="desktop", **options):
        if viewport not in VIEWPORTS:
            raise ValueError(f"Unknown viewport {viewport!r}: one of {sorted(VIEWPORTS)}")
        if options:
            context = new_context(browser, live_site, viewport, **options)
            own_contexts.append(context)
        else:
            context = shared_contexts(viewport)
            if not any(page.context is context for page in pages):
                context.clear_cookies()
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        pages.append(page)
        return page

    yield open_

    if request.node.stash.get(FAILED, False):
        stem = artifact_stem(request.node)
        for number, page in enumerate(pages):
            if not page.is_closed():
                save_artifacts(page, stem if number == 0 else f"{stem}-{number + 1}")
    for page in pages:
        if not page.is_closed():
            page.close()
    for context in own_contexts:
        context.close()


@pytest.fixture
def desktop_page(open_page):
    return open_page("desktop")


@pytest.fixture
def phone_page(open_page):
    return open_page("phone")


@pytest.fixture
def editor_page(open_page, live_site):
    """A desktop page signed in to the Wagtail admin as an editor (superuser), on the
    dashboard: the starting point of editor journeys."""
    page = open_page("desktop", locale="en-GB")
    username, password = live_site.editor
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return page
