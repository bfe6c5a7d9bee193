"""The gates can fail: each checker is shown a deliberately broken page and must report it."""

import pytest

from tests.checkers.axe import run_axe
from tests.checkers.keyboard import walk_with_tab
from tests.checkers.vnu import check_files

from .conftest import require

pytestmark = pytest.mark.browser

BROKEN_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Broken on purpose</title>
<style>
    a:focus, a:focus-visible { outline: none; box-shadow: none; }
</style>
</head>
<body>
<main>
    <h1 id="twice">A broken page</h1>
    <p id="twice">The same id twice, and a picture nobody described.</p>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">
    <a href="#one">A link that hides its focus</a>
    <button type="button" onkeydown="if (event.key === 'Tab') event.preventDefault()">Trap</button>
</main>
</body>
</html>
"""


def test_axe_reports_an_image_without_alt_text(open_page):
    require("chromium", "axe")
    page = open_page("desktop")
    page.set_content(BROKEN_PAGE)
    violations = {violation["id"] for violation in run_axe(page)}
    assert "image-alt" in violations, violations


def test_vnu_reports_a_duplicate_id(tmp_path):
    require("vnu")
    broken = tmp_path / "broken.html"
    broken.write_text(BROKEN_PAGE, encoding="utf-8")
    clean = tmp_path / "clean.html"
    clean.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>Fine</title></head><body><p>Fine.</p>'
        "</body></html>",
        encoding="utf-8",
    )
    results = check_files([broken, clean])
    messages = [message["message"] for message in results[broken.resolve()]]
    assert any("Duplicate ID" in message and "twice" in message for message in messages), messages
    assert any("alt" in message for message in messages), messages
    assert results[clean.resolve()] == []


def test_keyboard_walk_reports_a_hidden_focus_and_a_trap(open_page):
    require("chromium")
    page = open_page("desktop")
    page.set_content(BROKEN_PAGE)
    problems = walk_with_tab(page).problems()
    assert any("no visible focus indicator" in problem and "<a>" in problem for problem in problems)
    assert any("keyboard trap" in problem for problem in problems), problems
