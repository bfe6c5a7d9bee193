"""Journeys through the site's sections: filtering the members, following a city to the
pilot it hosts and on to the award the pilot won, downloading a press release, and an
editor publishing a change. Each finds its pages in the live page tree, and fails with a
message when the demo content has none to follow: a broken demo never passes silently."""

import json
import re
import time
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

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
    with page.expect_navigation():
        page.get_by_role("button", name="Publish in Français").click()
    expect(page.locator(".messages")).to_contain_text(
        "machine-translated strings wait for a person"
    )
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
    with page.expect_navigation():
        page.get_by_role("button", name="Submit to Secretariat review").click()
    visitor = page.context.new_page()
    visitor.goto("/ja/members/taipei/")
    assert figures["ja"] not in visitor.content()  # waiting for review

    page.goto(edit_url)
    page.locator(".footer__container [data-w-dropdown-target=toggle]").first.click()
    with page.expect_navigation():
        page.get_by_role("button", name="Approve and Publish").click()
    for language, figure in figures.items():
        visitor.goto(f"/{language}/members/taipei/")
        assert figure in visitor.content(), language
    visitor.close()


# A press release as the press office writes it, and as its translators deliver it.
RELEASE = {
    "title": "Go Smart opens its data exchange",
    "lead": "Member cities can now share datasets with each other through one exchange.",
    "alt": "A map of member cities joined by lines of shared data.",
    "link": "Press release (PDF)",
}
RELEASE_TRANSLATIONS = {
    "zh-hant": (
        "Go Smart 啟用資料交換平台",
        "會員城市現在可以透過同一個平台彼此分享資料集。",
        "以共享資料的線條相連的會員城市地圖。",
        "新聞稿（PDF）",
    ),
    "ja": (
        "Go Smart、データ交換の場を開設",
        "会員都市は一つの交換の場を通じて互いにデータセットを共有できるようになりました。",
        "共有データの線で結ばれた会員都市の地図。",
        "プレスリリース（PDF）",
    ),
    "ko": (
        "Go Smart, 데이터 교환 플랫폼 개설",
        "회원 도시들은 이제 하나의 플랫폼을 통해 서로 데이터셋을 공유할 수 있습니다.",
        "공유 데이터의 선으로 연결된 회원 도시 지도.",
        "보도자료 (PDF)",
    ),
    "es": (
        "Go Smart abre su intercambio de datos",
        "Las ciudades miembro ya pueden compartir conjuntos de datos a través de un único "
        "intercambio.",
        "Un mapa de ciudades miembro unidas por líneas de datos compartidos.",
        "Comunicado de prensa (PDF)",
    ),
    "fr": (
        "Go Smart ouvre sa bourse de données",
        "Les villes membres peuvent désormais partager leurs jeux de données par une seule bourse.",
        "Une carte des villes membres reliées par des lignes de données partagées.",
        "Communiqué de presse (PDF)",
    ),
    "ar": (
        "Go Smart تفتح منصة تبادل البيانات",
        "أصبح بإمكان المدن الأعضاء الآن تبادل مجموعات البيانات عبر منصة واحدة.",
        "خريطة لمدن أعضاء تربطها خطوط من البيانات المشتركة.",
        "بيان صحفي (PDF)",
    ),
}


def choose_upload(page, button, fields, file_field, path):
    """Upload a file through a chooser's Upload tab; the chooser closes on the new item."""
    page.get_by_role("button", name=button).click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("tab", name="Upload").click()
    for name, value in fields.items():
        modal.locator(f"[name={name}]").fill(value)
    modal.locator(f"[name={file_field}]").set_input_files(path)
    modal.locator(f"[name={file_field}]").locator("xpath=ancestor::form").locator(
        "[type=submit]"
    ).click()
    modal.wait_for(state="detached")


def release_is_anywhere(client, language, slug, title):
    """The public surfaces where a release could show, and whether it shows on each."""
    page_status, _html = client.get(f"/{language}/news/{slug}/")
    found = {"page": page_status == 200}
    for surface, path in (
        ("news index", f"/{language}/news/"),
        ("press room", f"/{language}/news/press/"),
        ("feed", f"/{language}/news/feed/rss/"),
        ("search", f"/{language}/search/?{urlencode({'q': title})}"),
        ("sitemap", f"/sitemap-{language}.xml"),
        ("API", f"/api/v2/news/?locale={language}&limit=100"),
    ):
        status, body = client.get(path)
        assert status == 200, f"{path} answered {status}"
        found[surface] = f"/news/{slug}/" in body
    return found


def test_a_press_release_under_embargo_goes_live_in_seven_languages(
    request, editor_page, live_site, tmp_path
):
    """The press office writes a release with a picture and its PDF, schedules it for the
    embargo and publishes; six translators deliver their language (PO files, through the
    translation editor) and publish. Until the embargo no surface shows it in any language
    and its PDF does not download; when the scheduler runs after the embargo, every
    language shows its own text, picture description and PDF link."""
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    import polib
    from django.utils import timezone
    from PIL import Image

    require("chromium")
    news = {page.language: page for page in live_site.pages_of("news.NewsIndexPage")}
    if len(news) < 7:
        demo_lacks("news index in every language")
    token = f"{time.time_ns() % 10**9}"
    slug = f"data-exchange-{token}"
    picture = tmp_path / f"exchange-{token}.jpg"
    Image.new("RGB", (1600, 900), (int(token) % 256, 90, 160)).save(picture, "JPEG")
    pdf = tmp_path / f"release-{token}.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% " + token.encode() + b"\ntrailer<<>>\n%%EOF\n")
    # Two hours ahead, in the editor's time zone (Taipei unless their account says otherwise).
    embargo = (timezone.now() + timedelta(hours=2)).astimezone(ZoneInfo("Asia/Taipei"))
    embargo = embargo.replace(second=0, microsecond=0)

    # The English release, written and scheduled by the press office.
    page = editor_page
    page.goto(f"/admin/pages/add/news/newspage/{news['en'].id}/")
    page.fill("[name=title]", RELEASE["title"])
    page.select_option("[name=kind]", "press_release")
    page.fill("[name=date]", embargo.date().isoformat())
    page.fill("[name=lead]", RELEASE["lead"])
    choose_upload(
        page,
        "Choose an image",
        {
            "image-chooser-upload-title": "Data exchange",
            "image-chooser-upload-description": RELEASE["alt"],
        },
        "image-chooser-upload-file",
        picture,
    )
    assert page.locator("[name=hero_image]").input_value()
    page.get_by_role("button", name="Add Attachment").click()
    choose_upload(
        page,
        "Choose a document",
        {"document-chooser-upload-title": "Data exchange press release"},
        "document-chooser-upload-file",
        pdf,
    )
    document_path = f"/documents/{page.locator('[name=attachments-0-document]').input_value()}/"
    page.fill("[name=attachments-0-title]", RELEASE["link"])
    page.get_by_role("tab", name="Promote").click()
    page.fill("[name=slug]", slug)
    page.get_by_role("tab", name="Topics and contacts").click()
    page.get_by_role("button", name="Choose press contact").click()
    page.locator(".modal-dialog tbody a").first.click()
    page.locator(".modal-dialog").wait_for(state="detached")
    page.get_by_role("tab", name="Content").click()
    page.locator("button[data-side-panel-toggle=status]").click()
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.get_by_role("dialog")
    dialog.locator("[name=go_live_at]").fill(embargo.strftime("%Y-%m-%d %H:%M"))
    # With the keyboard: the field's date picker stays open over the button.
    with page.expect_navigation():
        dialog.get_by_role("button", name="Save schedule").press("Enter")
    page.locator(".footer__container [data-w-dropdown-target=toggle]").first.click()
    page.locator("button[name=action-publish]").click()
    page.wait_for_load_state()
    assert "scheduled for publishing" in page.locator(".messages").inner_text()
    english_id = page.locator(".messages a[href$='/edit/']").first.get_attribute("href")
    english_id = english_id.strip("/").split("/")[-2]

    # Submitted into every language, then delivered language by language.
    page.goto(f"/admin/localize/submit/page/{english_id}/")
    page.get_by_label("Select all").check()
    page.locator("form [type=submit]").last.click()
    page.wait_for_load_state()
    assert "submitted for translation into 6 locales" in page.locator(".messages").inner_text()
    for language, strings in RELEASE_TRANSLATIONS.items():
        page.goto(f"/admin/pages/{news[language].id}/")
        page.get_by_role("link", name=RELEASE["title"]).first.click()
        page.wait_for_load_state("networkidle")
        download = page.locator("a[href$='/pofile/download/']").first.get_attribute("href")
        po = polib.pofile(page.request.get(download).text())
        translated = dict(zip(RELEASE.values(), strings, strict=True))
        for entry in po:
            entry.msgstr = translated[entry.msgid]
        po_path = tmp_path / f"{language}.po"
        po.save(str(po_path))
        upload = page.locator("form[action$='/pofile/upload/'] input[type=file]").first
        # Choosing the file submits its form: wait for that answer, not for a quiet network.
        with page.expect_navigation():
            upload.set_input_files(po_path)
        expect(page.locator(".messages")).to_contain_text("Successfully imported")
        with page.expect_navigation():
            page.locator("button[name=action]", has_text="Publish in").click()
        expect(page.locator(".messages")).to_contain_text("Published")

    # Under embargo: nowhere, in no language, and the PDF does not download.
    client = live_site.client()
    assert client.get(document_path + pdf.name)[0] == 404
    for language in ["en", *RELEASE_TRANSLATIONS]:
        title = RELEASE["title"] if language == "en" else RELEASE_TRANSLATIONS[language][0]
        shown = release_is_anywhere(client, language, slug, title)
        assert not any(shown.values()), f"{language} under embargo: {shown}"

    # The embargo passes and the scheduler runs: every language shows its own release.
    live_site.move_clock((embargo - timezone.now()).total_seconds() + 60)
    request.addfinalizer(lambda: live_site.move_clock(0))
    live_site.run_scheduler()
    visitor = page.context.new_page()
    for language in ["en", *RELEASE_TRANSLATIONS]:
        title, lead, alt, link = (
            RELEASE.values() if language == "en" else RELEASE_TRANSLATIONS[language]
        )
        visitor.goto(f"/{language}/news/{slug}/")
        assert visitor.locator("h1").inner_text() == title
        assert lead in visitor.locator("main").inner_text()
        assert visitor.locator(f"main img[alt='{alt}']").count() == 1, language
        download_link = visitor.get_by_role("link", name=link)
        assert download_link.count() == 1, language
        assert download_link.get_attribute("href") == document_path + pdf.name
        shown = release_is_anywhere(client, language, slug, title)
        assert all(shown.values()), f"{language} after the embargo: {shown}"
    response = visitor.request.get(document_path + pdf.name)
    assert response.status == 200 and response.body().startswith(b"%PDF")
    visitor.close()


def test_pickers_offer_each_city_once(editor_page, live_site):
    """An editor adding a winner searches the city chooser for Taipei and finds it once
    (not once per language); a news item's related cities list each member once."""
    require("chromium")
    category = live_site.page_of("awards.AwardCategoryPage")
    news = live_site.page_of("news.NewsIndexPage")
    cities = [city.title for city in live_site.pages_of("cities.CityPage", "en")]
    if category is None or news is None or "Taipei" not in cities:
        demo_lacks("award category, news index and Taipei")
    page = editor_page
    page.goto(f"/admin/pages/add/awards/awardwinnerpage/{category.id}/")
    page.get_by_role("tab", name="Facts").click()
    page.get_by_role("button", name="Choose a page (Member city)").click()
    modal = page.locator(".modal-dialog")
    modal.get_by_label("Search term").fill("Taipei")
    results = modal.locator("tbody .title a")
    results.first.wait_for()
    titles = [title.strip() for title in results.all_inner_texts()]
    assert titles.count("Taipei") == 1, titles
    assert len(titles) == len(set(titles)), titles
    results.filter(has_text=re.compile(r"^\s*Taipei\s*$")).click()
    modal.wait_for(state="detached")
    assert page.locator("[name=city]").input_value()
    assert page.locator("[data-chooser-title]").filter(has_text="Taipei").count() == 1

    page.goto(f"/admin/pages/add/news/newspage/{news.id}/")
    page.get_by_role("tab", name="Topics and contacts").click()
    offered = page.locator("[name=related_cities] option").all_inner_texts()
    offered = [name.strip() for name in offered]
    assert sorted(offered) == sorted(cities)


def test_a_save_racing_the_first_autosave_creates_one_page(live_site):
    """The "add page" form autosaves half a second after a change; a "Save" pressed while
    that first autosave is in flight reaches the server at the same moment. Both answer
    without a server error (one every time before), and one page exists."""
    import threading

    from wagtail.test.utils.form_data import querydict_from_html

    about = next((p for p in live_site.pages_of(language="en") if p.slug == "about"), None)
    if about is None:
        demo_lacks("About page")
    client = live_site.client()
    token = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    _status, html = client.get("/admin/login/")
    username, password = live_site.editor
    login = {"csrfmiddlewaretoken": token.search(html)[1], "username": username}
    client.request("/admin/login/", {**login, "password": password})
    add_url = f"/admin/pages/add/home/standardpage/{about.id}/"
    slugs = []
    for attempt in range(3):
        _status, html = client.get(add_url)
        form = querydict_from_html(html, form_id="page-edit-form")
        slug = f"raced-{attempt}-{time.time_ns()}"
        slugs.append(slug)
        form.update({"csrfmiddlewaretoken": token.search(html)[1], "body-count": "0"})
        form.update({"title": f"Raced {attempt}", "slug": slug})
        answers = {}

        def send(name, headers, form=form, answers=answers):
            answers[name] = client.request(add_url, form, headers)[0]

        senders = [
            threading.Thread(target=send, args=("autosave", {"Accept": "application/json"})),
            threading.Thread(target=send, args=("save", {})),
        ]
        for sender in senders:
            sender.start()
        for sender in senders:
            sender.join()
        # The save is answered with the page (its redirect followed); the autosave either
        # created the page first or is told the slug is taken (a JSON error, not a crash).
        assert answers["save"] == 200 and answers["autosave"] in (200, 400), answers
    # One page per slug, under the About page (the admin's own page API).
    for slug in slugs:
        _status, body = client.get(f"/admin/api/main/pages/?child_of={about.id}&slug={slug}")
        assert json.loads(body)["meta"]["total_count"] == 1, body[:500]
