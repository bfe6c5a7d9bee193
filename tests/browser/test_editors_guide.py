"""The screens of the editors' guide (docs/editors.md), walked through in the admin.

Each step opens the screen a secretariat editor uses for one task, checks that it shows
what the guide tells them to look for, and saves a screenshot. The screenshots go to
test-artifacts/editors-guide/; `GOSMART_GUIDE_DIR=docs/editors make test-browser
PYTEST_ARGS="-k guide"` refreshes the guide's own pictures."""

import os
from pathlib import Path

import pytest

from .conftest import ARTIFACTS, require

pytestmark = pytest.mark.browser

GUIDE_DIR = Path(os.environ.get("GOSMART_GUIDE_DIR") or ARTIFACTS / "editors-guide")


def shoot(page, name):
    GUIDE_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=GUIDE_DIR / f"{name}.png")


def english_page(live_site, slug):
    found = next((page for page in live_site.pages_of(language="en") if page.slug == slug), None)
    if found is None:
        pytest.fail(f"The demo content has no '{slug}' page: the guide shows it.", pytrace=False)
    return found


def test_the_screens_of_the_editors_guide(editor_page, live_site):
    require("chromium")
    page = editor_page
    release = english_page(live_site, "new-members-join")
    secretariat = english_page(live_site, "secretariat")
    join = english_page(live_site, "join")
    japanese_news = next(p for p in live_site.pages_of("news.NewsIndexPage", "ja"))

    # Two visitors apply to join, one in English and one in Japanese.
    visitor = page.context.new_page()
    for language, name in (("en", "Ana Lima"), ("ja", "佐藤 愛子")):
        visitor.goto(f"/{language}/join/")
        visitor.fill("[name=your_name]", name)
        visitor.fill("[name=e_mail_address]", "applicant@example.org")
        visitor.fill("[name=city_or_organisation]", "Lisboa")
        visitor.select_option("[name=type_of_applicant]", index=0)
        visitor.fill("[name=what_would_you_like_to_share_or_learn]", "Open data.")
        visitor.locator("form [type=submit]").last.click()
        visitor.wait_for_load_state()
        assert visitor.get_by_role("status").count(), f"the {language} form was not sent"
    visitor.close()

    steps = [
        ("01-press-release", f"/admin/pages/{release.id}/edit/", "Attachments"),
        ("03-translate", f"/admin/localize/submit/page/{secretariat.id}/", "Translate"),
        ("04-translation-status", "/admin/reports/translation-status/", "Needs attention"),
        ("05-scheduled", "/admin/reports/scheduled/", "Scheduled and embargoed"),
        ("06-join-answers", f"/admin/forms/submissions/{join.id}/", "佐藤 愛子"),
        ("07-site-settings", "/admin/settings/core/sitesettings/", "without review"),
        ("08-explorer", f"/admin/pages/{japanese_news.id}/", "Not translated yet"),
    ]
    for name, url, expected in steps:
        page.goto(url)
        assert expected in page.content(), f"{url} does not show {expected!r}"
        shoot(page, name)
        if name == "01-press-release":
            # The schedule (an embargo) is set from the status panel, in the editor's time.
            page.locator("button[data-side-panel-toggle=status]").click()
            page.get_by_role("button", name="Set schedule").click()
            dialog = page.get_by_role("dialog")
            assert "In your time zone, Asia/Taipei" in dialog.inner_text()
            shoot(page, "02-schedule")
