"""The translation workflow, end to end, through wagtail-localize's own models and admin views.

Field choices of every translatable model; submitting pages, subtrees and snippets from the
admin; machine translation; PO download and upload; publishing; updating after the English
source changes; what visitors see (untranslated and machine-translation notices, alt text).
"""

import json
import re
from html import unescape
from urllib.parse import urlencode

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.template import Context, Template
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import override as translation_override
from modelcluster.fields import ParentalKey
from taggit.managers import TaggableManager
from wagtail.fields import RichTextField, StreamField
from wagtail.models import COMMENTS_RELATION_NAME, Locale, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from core.aliases import add_missing_aliases
from core.demo import DemoSite
from core.translation import translate_object
from home.models import StandardPage
from localization.models import ImageAltText, PublishedTranslation
from localization.status import MISSING, OUT_OF_DATE, UP_TO_DATE, StatusReport

from .helpers import admin_form, page_in

pytestmark = pytest.mark.django_db

UNTRANSLATED_NOTICE = (
    "This page is not yet available in your language. You are reading the English original."
)
MACHINE_NOTICE = "This page was translated automatically and has not been reviewed yet."

# --- 1. Field choices --------------------------------------------------------------------------

# Text that deliberately stays the same in every language, and why.
SYNCHRONISED_TEXT = {
    ("core", "partner", "name"): "an organisation's name is a proper noun",
    ("news", "presscontact", "phone"): "a telephone number",
    ("news", "eventspeaker", "name"): "a person's name as they write it",
    ("awards", "jurymember", "name"): "a person's name as they write it",
    ("cities", "citydataset", "data_format"): "a file format (CSV, GeoJSON, API)",
    ("home", "formfield", "clean_name"): "the key answers are stored under",
}
# Page fields Wagtail manages itself (tree position, publication state, ownership).
PAGE_BOOKKEEPING = {field.name for field in Page._meta.get_fields()} - {
    "title",
    "slug",
    "seo_title",
    "search_description",
}


def project_models():
    base = str(settings.BASE_DIR)
    for config in apps.get_app_configs():
        if not config.path.startswith(base) or "/.venv/" in config.path:
            continue
        for model in config.get_models():
            if issubclass(model, Page) or issubclass(model, TranslatableMixin):
                yield model


def expected_kind(model, field):
    """'translated', 'synchronised' or None (not a translation concern)."""
    if isinstance(field, ParentalKey) or isinstance(field, TaggableManager):
        return None
    if isinstance(field, models.ManyToOneRel):
        if field.name == COMMENTS_RELATION_NAME:
            return None  # editors' comments stay with the page they were made on
        is_child = isinstance(field.remote_field, ParentalKey)
        return "translated" if is_child else None
    if field.auto_created or not getattr(field, "editable", True):
        return None
    if issubclass(model, Page) and field.name in PAGE_BOOKKEEPING:
        return None
    if field.name in ("locale", "translation_key"):
        return None
    key = (model._meta.app_label, model._meta.model_name, field.name)
    if key in SYNCHRONISED_TEXT:
        return "synchronised"
    if isinstance(field, models.SlugField | models.URLField | models.EmailField):
        return "synchronised"
    if isinstance(field, models.CharField) and field.choices:
        return "synchronised"  # choices and country codes: labels are translated in the UI
    if isinstance(field, StreamField | RichTextField | models.TextField | models.CharField):
        return "translated"
    # Dates, numbers, booleans, coordinates, files, images and every relation.
    return "synchronised"


def test_every_translatable_model_makes_deliberate_field_choices():
    """Text is translated; slugs, dates, figures, coordinates, images and relations are
    synchronised. Runs over every page type and translatable model, future ones included."""
    problems = []
    checked = 0
    for model in project_models():
        declared = {field.field_name: field for field in get_translatable_fields(model)}
        for field in model._meta.get_fields():
            kind = expected_kind(model, field)
            if kind is None:
                continue
            checked += 1
            name = f"{model._meta.label}.{field.name}"
            actual = declared.get(field.name)
            if kind == "translated" and not isinstance(actual, TranslatableField):
                problems.append(f"{name} should be translated, is {actual!r}")
            if kind == "synchronised" and not isinstance(actual, SynchronizedField):
                problems.append(f"{name} should be synchronised, is {actual!r}")
            if isinstance(field, models.ManyToOneRel) and kind == "translated":
                if not issubclass(field.related_model, TranslatableMixin):
                    problems.append(f"{field.related_model._meta.label} must be translatable")
    assert checked > 100
    assert not problems, "\n".join(problems)


def test_every_content_block_is_named_in_the_editors_language():
    from core.blocks import ContentStreamBlock
    from news.models import EventPage

    streams = [ContentStreamBlock(), EventPage._meta.get_field("agenda").stream_block]
    blocks = [block for stream in streams for block in stream.child_blocks.values()]
    with translation_override("en"):
        english = [str(block.label) for block in blocks]
    for language in ("ja", "zh-hant", "ar"):
        with translation_override(language):
            translated = [str(block.label) for block in blocks]
        assert not set(translated) & set(english), language


def test_slug_stays_the_same_when_translated(django_capture_on_commit_callbacks):
    about = page_in("en", "about")
    with django_capture_on_commit_callbacks(execute=True):
        translated = translate_object(about, "ko", {about.title: "Go Smart 소개"})
    assert translated.slug == about.slug
    assert translated.title == "Go Smart 소개"


# --- Helpers -------------------------------------------------------------------------------------


def locale(code):
    return Locale.objects.get(language_code=code)


def submit_page(client, page, languages, *, subtree=False):
    """Submit a page for translation through wagtail-localize's admin view."""
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert client.get(url).status_code == 200
    data = {"locales": [locale(code).pk for code in languages]}
    if subtree:
        data["include_subtree"] = "on"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


def translation_of(instance, code):
    return Translation.objects.get(
        source__object_id=instance.translation_key, target_locale__language_code=code
    )


def machine_translate(client, job):
    url = reverse("wagtail_localize:machine_translate", args=[job.pk])
    assert client.post(url, {"next": "/admin/"}).status_code == 302


def allow_unreviewed_machine_translation(allowed=True):
    """The secretariat's switch in the site settings (off by default)."""
    from wagtail.models import Site

    from core.models import SiteSettings

    settings_for_site = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_for_site.publish_unreviewed_machine_translation = allowed
    settings_for_site.save()


def publish_page_translation(client, page, callbacks):
    """Press "Publish" in wagtail-localize's editor (it posts to the page's edit view)."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    with callbacks(execute=True):
        response = client.post(url, {"action": "publish"})
    assert response.status_code == 302


def status_of(instance, code):
    model = type(instance)
    for row in StatusReport().rows:
        if row.source_pk == instance.pk and row.language_code == code:
            if issubclass(model, row.model) or issubclass(row.model, model):
                return row.state
    raise AssertionError(f"{instance!r} is not in the report")


def visible_text(html):
    main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main))


def new_english_pages(count=1, parent_slug="about", prefix="charter"):
    """Publish a chain of English standard pages under a page and sync every locale."""
    parent = page_in("en", parent_slug)
    pages = []
    for number in range(count):
        page = StandardPage(
            title=f"Charter article {number + 1}",
            slug=f"{prefix}-{number + 1}",
            intro=f"What members agree to, part {number + 1}.",
            locale=parent.locale,
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
        parent = page
    add_missing_aliases()
    return pages


# --- 2. Editors: submit, machine-translate, PO round trip, publish ------------------------------


def test_a_page_submitted_but_not_translated_is_untranslated_everywhere(admin_client, client):
    """Submitting turns the alias into a page of its own, still holding the English text:
    every surface keeps saying so until the translation is published."""
    english = page_in("en", "news/council-elects-chair")
    assert english.get_translation(locale("ja")).alias_of_id is not None
    submit_page(admin_client, english, ["ja"])
    japanese = english.get_translation(locale("ja"))
    assert japanese.alias_of_id is None

    page_html = client.get(japanese.url).content.decode()
    assert "notice--untranslated" in page_html
    search = client.get("/ja/search/", {"q": "council chair"}).content.decode()
    link = f'<a href="{japanese.url}" lang="en" dir="ltr">'
    assert link in search
    record = client.get(f"/api/v2/news/{japanese.pk}/", {"locale": "ja"}).json()
    assert record["title"] == english.title and record["translated"] is False


def test_page_workflow_in_the_admin(admin_client, client, django_capture_on_commit_callbacks):
    (page,) = new_english_pages(prefix="workflow")
    submit_page(admin_client, page, ["ja"])
    japanese = page.get_translation(locale("ja"))
    assert japanese.alias_of_id is None

    # Submitted but not published: visitors still read English, and are told so.
    html = client.get("/ja/about/workflow-1/").content.decode()
    assert "Charter article 1" in html
    assert '<h1 lang="en" dir="ltr">' in html
    assert status_of(page, "ja") == MISSING

    # Machine translation fills every segment (the dummy translator reverses the words).
    job = translation_of(page, "ja")
    machine_translate(admin_client, job)
    total, translated = job.get_progress()
    assert total == translated > 0
    assert StringTranslation.objects.filter(
        locale=locale("ja"), translation_type="machine"
    ).exists()

    # Untouched machine output is not published: the editor opens again with the reason.
    publish_page_translation(admin_client, japanese, django_capture_on_commit_callbacks)
    japanese.refresh_from_db()
    assert japanese.title == "Charter article 1"
    assert status_of(page, "ja") == MISSING
    edit_url = reverse("wagtailadmin_pages:edit", args=[japanese.pk])
    assert (
        "machine-translated strings wait for a person"
        in admin_client.get(edit_url).content.decode()
    )

    # Unless the secretariat deliberately allows it; visitors are then told.
    allow_unreviewed_machine_translation()
    publish_page_translation(admin_client, japanese, django_capture_on_commit_callbacks)
    japanese.refresh_from_db()
    assert japanese.title == "1 article Charter"
    html = client.get("/ja/about/workflow-1/").content.decode()
    assert "1 article Charter" in html
    assert '<h1 lang="en" dir="ltr">' not in html
    with translation_override("ja"):
        notice = gettext(MACHINE_NOTICE)
    assert notice in html
    assert status_of(page, "ja") == UP_TO_DATE


def test_po_download_and_upload_round_trip(
    admin_client, client, django_capture_on_commit_callbacks
):
    (page,) = new_english_pages(prefix="po")
    submit_page(admin_client, page, ["zh-hant"])
    job = translation_of(page, "zh-hant")
    machine_translate(admin_client, job)

    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[job.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    sources = {entry.msgid for entry in po}
    assert {"Charter article 1", "What members agree to, part 1."} <= sources
    # An outside translator replaces the machine output with real translations.
    human = {
        "Charter article 1": "憲章第一條",
        "What members agree to, part 1.": "會員同意的事項，第一部分。",
    }
    for entry in po:
        entry.msgstr = human.get(entry.msgid, entry.msgstr)
    upload = SimpleUploadedFile(
        "po.po", str(po).encode(), content_type="text/x-gettext-translation"
    )
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[job.pk]),
        {"file": upload, "next": "/admin/"},
    )
    assert response.status_code == 302
    assert not StringTranslation.objects.filter(
        locale=locale("zh-hant"),
        translation_type="machine",
        context__object_id=page.translation_key,
    ).exists()

    chinese = page.get_translation(locale("zh-hant"))
    publish_page_translation(admin_client, chinese, django_capture_on_commit_callbacks)
    html = client.get("/zh-hant/about/po-1/").content.decode()
    assert "憲章第一條" in html and "會員同意的事項，第一部分。" in html
    assert MACHINE_NOTICE not in html and 'role="note"' not in visible_notices(html)
    # Downloading again gives back what was uploaded.
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[job.pk]))
    again = {entry.msgid: entry.msgstr for entry in polib.pofile(response.content.decode())}
    assert again["Charter article 1"] == "憲章第一條"


def visible_notices(html):
    return " ".join(re.findall(r'<p class="notice[^"]*" role="note">.*?</p>', html, flags=re.S))


def test_the_source_page_offers_a_preview_in_each_language(admin_client):
    about = page_in("en", "about")
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[about.pk])).content.decode()
    for code in ("ja", "ar", "ko"):
        version = about.get_translation(locale(code))
        assert reverse("wagtailadmin_pages:view_draft", args=[version.pk]) in html
    assert "Preview in 日本語" in html  # languages are named in their own words
    japanese = about.get_translation(locale("ja"))
    preview = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[japanese.pk]))
    assert preview.status_code == 200 and '<html lang="ja"' in preview.content.decode()


def test_the_explorer_shows_and_filters_each_pages_translation_state(admin_client):
    news = page_in("ja", "news")
    translated = page_in("ja", "news/new-members-join")
    untranslated = page_in("ja", "news/council-elects-chair")
    html = admin_client.get(reverse("wagtailadmin_explore", args=[news.pk])).content.decode()
    assert "Translation" in html and "Not translated yet" in html and "Translated" in html
    only_waiting = admin_client.get(
        reverse("wagtailadmin_explore", args=[news.pk]), {"translation": "untranslated"}
    ).content.decode()
    assert f"/admin/pages/{untranslated.pk}/edit/" in only_waiting
    assert f"/admin/pages/{translated.pk}/edit/" not in only_waiting


def test_translating_into_one_language_opens_the_new_translation(admin_client):
    (page,) = new_english_pages(prefix="opens")
    explorer = reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = admin_client.post(f"{url}?next={explorer}", {"locales": [locale("es").pk]})
    spanish = page.get_translation(locale("es"))
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[spanish.pk])
    # Several languages at once lead back where the editor came from.
    response = admin_client.post(
        f"{url}?next={explorer}", {"locales": [locale("fr").pk, locale("ko").pk]}
    )
    assert response["Location"] == explorer


def test_a_draft_stays_in_english_until_first_published(admin_client):
    about = page_in("en", "about")
    add_url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", about.pk])
    form = admin_form(admin_client, add_url)
    form.update({"title": "An idea left half-written", "slug": "half-written", "body-count": "0"})
    assert admin_client.post(add_url, form).status_code == 302  # "Save draft"
    draft = Page.objects.get(slug="half-written", locale=locale("en"))
    assert list(Page.objects.filter(translation_key=draft.translation_key)) == [draft]
    report_url = reverse("editorial_never_published")
    assert "An idea left half-written" in admin_client.get(report_url).content.decode()

    # Published, it appears in every language (as untranslated copies until translated).
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    form = admin_form(admin_client, edit_url)
    form.update({"body-count": "0", "action-publish": "action-publish"})
    assert admin_client.post(edit_url, form).status_code == 302
    versions = Page.objects.filter(translation_key=draft.translation_key)
    assert versions.count() == len(settings.LANGUAGES)
    assert all(v.alias_of_id == draft.pk for v in versions.exclude(pk=draft.pk))
    admin_client.get("/admin/")  # shows (and so clears) the "published" message
    assert "An idea left half-written" not in admin_client.get(report_url).content.decode()


def test_submitting_a_subtree_translates_every_descendant(admin_client):
    parent, child, grandchild = new_english_pages(3, prefix="subtree")
    submit_page(admin_client, parent, ["fr", "es"], subtree=True)
    for page in (parent, child, grandchild):
        for code in ("fr", "es"):
            assert Translation.objects.filter(
                source__object_id=page.translation_key, target_locale__language_code=code
            ).exists(), (page.slug, code)
            assert page.get_translation(locale(code)).alias_of_id is None
    # Languages that were not chosen stay aliases.
    assert grandchild.get_translation(locale("ko")).alias_of_id == grandchild.pk


def test_snippet_workflow_in_the_admin(admin_client):
    from core.models import Topic

    # A new topic (the demo translates its topics into every language).
    topic = Topic.objects.create(name="Water and sanitation", slug="water", locale=locale("en"))
    url = reverse("wagtail_localize:submit_snippet_translation", args=["core", "topic", topic.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"locales": [locale("ko").pk, locale("fr").pk]})
    assert response.status_code == 302
    korean = Topic.objects.get(translation_key=topic.translation_key, locale=locale("ko"))
    assert status_of(topic, "ko") == MISSING  # created, but nothing translated yet

    job = translation_of(topic, "ko")
    machine_translate(admin_client, job)
    # The editor's "Publish" saves the snippet with its translations, once machine output
    # may be published (here the secretariat allows it; by default a person checks first).
    edit_url = reverse("wagtailsnippets_core_topic:edit", args=[korean.pk])
    assert admin_client.get(edit_url).status_code == 200
    assert admin_client.post(edit_url, {"action": "publish"}).status_code == 302
    korean.refresh_from_db()
    assert korean.name == "Water and sanitation"
    allow_unreviewed_machine_translation()
    assert admin_client.post(edit_url, {"action": "publish"}).status_code == 302
    korean.refresh_from_db()
    assert korean.name == "sanitation and Water"
    assert korean.slug == "water"
    assert status_of(topic, "ko") == UP_TO_DATE
    assert status_of(topic, "fr") == MISSING
    assert status_of(topic, "es") == MISSING


# --- 3. The English source changes: out of date, one action, current again --------------------


def test_source_change_is_reported_then_updated_in_one_action(
    admin_client, client, django_capture_on_commit_callbacks
):
    about = page_in("en", "about", StandardPage)
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(about, "ko", lambda text: f"[ko] {text}")
    assert status_of(about, "ko") == UP_TO_DATE

    about.intro = "Go Smart is where member cities share what works, and what does not."
    about.save_revision().publish()
    assert status_of(about, "ko") == OUT_OF_DATE
    source = TranslationSource.objects.get(object_id=about.translation_key, locale=locale("en"))
    row = next(
        row
        for row in StatusReport().rows
        if row.source_pk == about.pk and row.language_code == "ko"
    )
    assert row.action_url == reverse("wagtail_localize:update_translations", args=[source.pk])

    # "Update translations" with machine translation and publishing: the machine output
    # waits for a person, so the Korean page keeps its published text.
    assert admin_client.get(row.action_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            row.action_url,
            {"publish_translations": "on", "use_machine_translation": "on"},
            follow=True,
        )
    notes = [str(message) for message in response.context["messages"]]
    assert any("Not published in" in note and "한국어" in note for note in notes), notes
    assert "[ko] Go Smart is" in client.get("/ko/about/").content.decode()

    # With the secretariat's switch on: sync, machine-translate the new text, publish.
    allow_unreviewed_machine_translation()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            row.action_url, {"publish_translations": "on", "use_machine_translation": "on"}
        )
    assert response.status_code == 302
    assert status_of(about, "ko") == UP_TO_DATE
    html = client.get("/ko/about/").content.decode()
    assert "not. does what and works, what share cities member where is Smart Go" in html


def test_publishing_the_source_carries_its_facts_to_every_translation(
    client, django_capture_on_commit_callbacks
):
    from cities.models import CityPage

    taipei = page_in("en", "members/taipei", CityPage)
    japanese = CityPage.objects.get(translation_key=taipei.translation_key, locale=locale("ja"))
    chinese = CityPage.objects.get(translation_key=taipei.translation_key, locale=locale("zh-hant"))
    assert japanese.alias_of_id is None and chinese.alias_of_id is None  # real translations
    japanese_title = japanese.title

    # The moderator's approval publishes the English page: a new figure and new text.
    taipei.population = 2_612_345
    taipei.intro = "A new English introduction nobody has translated yet."
    with django_capture_on_commit_callbacks(execute=True):
        taipei.save_revision().publish()

    for language, page in (("ja", japanese), ("zh-hant", chinese)):
        page.refresh_from_db()
        assert page.population == 2_612_345
        html = client.get(f"/{language}/members/taipei/").content.decode()
        with translation_override(language):
            assert number_format(2_612_345, force_grouping=True) in html
        assert "A new English introduction" not in html  # its own text stays
    assert japanese.title == japanese_title
    # The changed text is reported for the translators.
    assert status_of(taipei, "ja") == OUT_OF_DATE


def test_publishing_the_english_home_page_keeps_each_languages_home(
    client, django_capture_on_commit_callbacks
):
    """The home pages of the languages sit beside the English one, each with a slug of its
    own: publishing the English home carries its facts, not its slug, and nothing fails."""
    from home.models import HomePage

    home = page_in("en", "", HomePage)
    homes = {page.pk: page.slug for page in Page.objects.filter(depth=2)}
    home.hero_heading = "Cities sharing what works, everywhere"
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()

    assert {page.pk: page.slug for page in Page.objects.filter(depth=2)} == homes
    for language in ("en", "ja", "ar"):
        assert client.get(f"/{language}/").status_code == 200


# --- 4. Visitors -----------------------------------------------------------------------------


def test_machine_notice_disappears_once_every_string_is_reviewed(
    admin_client, client, django_capture_on_commit_callbacks
):
    (page,) = new_english_pages(prefix="review")
    submit_page(admin_client, page, ["fr"])
    job = translation_of(page, "fr")
    machine_translate(admin_client, job)
    french = page.get_translation(locale("fr"))
    allow_unreviewed_machine_translation()  # published unchecked, deliberately
    publish_page_translation(admin_client, french, django_capture_on_commit_callbacks)
    allow_unreviewed_machine_translation(False)
    assert PublishedTranslation.objects.get(page=french).machine_translated
    assert "notice--machine" in client.get("/fr/about/review-1/").content.decode()

    # A reviewer corrects each string in the editor (the editor's own API), then publishes.
    source = job.source
    for segment in source.stringsegment_set.select_related("string"):
        url = reverse("wagtail_localize:edit_string_translation", args=[job.pk, segment.pk])
        body = urlencode({"value": f"[revu] {segment.string.data}"})
        response = admin_client.put(url, body, content_type="application/x-www-form-urlencoded")
        assert response.status_code in (200, 201)
    publish_page_translation(admin_client, french, django_capture_on_commit_callbacks)
    html = client.get("/fr/about/review-1/").content.decode()
    assert "[revu] Charter article 1" in html
    assert "notice--machine" not in html


def test_japanese_about_page_is_translated_in_the_demo(client):
    html = client.get("/ja/about/").content.decode()
    english = page_in("en", "about", StandardPage)
    japanese = page_in("ja", "about", StandardPage)
    assert japanese.alias_of_id is None
    assert japanese.title != english.title
    assert japanese.title in html
    assert "notice--untranslated" not in html
    text = visible_text(html)
    assert re.search(r"[\u3040-\u30ff]", text)  # kana: Japanese, not only borrowed kanji
    for sentence in ("How it began", english.intro, "From the founding charter"):
        assert sentence not in text


def test_body_image_alt_text_is_translated_with_the_page(
    client, django_capture_on_commit_callbacks
):
    demo = DemoSite()
    picture = demo.image("Tram on a bridge", "A tram crossing a river bridge.", seed=7)
    about = page_in("en", "about")
    page = StandardPage(
        title="Trams",
        slug="trams",
        locale=about.locale,
        body=[
            {
                "type": "image",
                "value": {
                    "image": picture.pk,
                    "alt_text": "A tram crossing a river bridge at night.",
                    "decorative": False,
                },
            }
        ],
    )
    about.add_child(instance=page)
    page.save_revision().publish()
    add_missing_aliases()
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(
            page,
            "ja",
            {
                "Trams": "路面電車",
                "A tram crossing a river bridge at night.": "夜の川橋を渡る路面電車。",
            },
        )
    html = client.get("/ja/about/trams/").content.decode()
    assert 'alt="夜の川橋を渡る路面電車。"' in html
    assert "A tram crossing a river bridge" not in html


def test_field_image_alt_text_is_translatable(django_capture_on_commit_callbacks):
    demo = DemoSite()
    picture = demo.image("Harbour cranes", "Cranes unloading ships in a harbour.", seed=8)
    english = ImageAltText.objects.get(image=picture, locale=locale("en"))
    assert english.text == picture.description
    template = Template("{% load localization_tags %}{{ image|alt_text }}")

    translate_object(english, "zh-hant", {picture.description: "港口裡卸貨的起重機。"})
    with translation_override("zh-hant"):
        assert template.render(Context({"image": picture})) == "港口裡卸貨的起重機。"
    with translation_override("ko"):  # not translated yet: the English description
        assert template.render(Context({"image": picture})) == picture.description
    assert status_of(english, "zh-hant") == UP_TO_DATE

    # Editing the description in the image library changes the English text, and the
    # translation is reported out of date.
    picture.description = "Container cranes unloading a ship in a harbour."
    picture.save()
    english.refresh_from_db()
    assert english.text == picture.description
    assert status_of(english, "zh-hant") == OUT_OF_DATE


def test_a_pages_picture_is_described_in_its_translation_editor(
    admin_client, client, django_capture_on_commit_callbacks
):
    """A hero picture's alt text belongs to the page: filled from the image's description,
    offered to translators beside the page's other text, and refreshed when the picture
    is replaced."""
    from cities.models import CityPage

    taipei = page_in("en", "members/taipei", CityPage)
    japanese = taipei.get_translation(locale("ja"))
    assert taipei.hero_image_alt == taipei.hero_image.description
    source = TranslationSource.objects.get(object_id=taipei.translation_key, locale=taipei.locale)
    strings = set(source.stringsegment_set.values_list("string__data", flat=True))
    assert taipei.hero_image_alt in strings
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[japanese.pk]))
    assert json.dumps(taipei.hero_image_alt)[1:-1] in unescape(editor.content.decode())
    page = client.get("/ja/members/taipei/").content.decode()
    assert f'alt="{japanese.hero_image_alt}"' in page
    assert japanese.hero_image_alt != taipei.hero_image_alt  # Japanese, from the demo

    # A new picture on the English page: its description replaces the old text there, and
    # the Japanese page stops describing the previous picture.
    picture = DemoSite().image("Night market", "A night market lit by lanterns.", seed=9)
    taipei.hero_image = picture
    with django_capture_on_commit_callbacks(execute=True):
        taipei.save_revision().publish()
    taipei.refresh_from_db()
    japanese.refresh_from_db()
    assert taipei.hero_image_alt == "A night market lit by lanterns."
    assert japanese.hero_image_id == picture.pk and japanese.hero_image_alt == ""
    page = client.get("/ja/members/taipei/").content.decode()
    assert 'alt="A night market lit by lanterns."' in page
    assert status_of(taipei, "ja") == OUT_OF_DATE


def test_every_image_has_its_english_alt_text():
    from core.models import SiteImage

    assert SiteImage.objects.exists()
    described = set(
        ImageAltText.objects.filter(locale=locale("en")).values_list("image_id", flat=True)
    )
    assert described == set(SiteImage.objects.values_list("pk", flat=True))


def test_demo_translates_cities_winners_and_news_completely():
    """Five or more member cities, two award winners and three news items are fully
    translated into Traditional Chinese and Japanese: every string, nothing left in English."""
    rows = StatusReport().rows
    for code in ("zh-hant", "ja"):
        done = {}
        for row in rows:
            if row.language_code == code and row.state == UP_TO_DATE and row.is_page:
                assert row.translated_strings == row.strings, row.title
                done[row.type_key] = done.get(row.type_key, 0) + 1
        assert done.get("cities.citypage", 0) >= 5, (code, done)
        assert done.get("awards.awardwinnerpage", 0) >= 2, (code, done)
        assert done.get("news.newspage", 0) >= 3, (code, done)
        assert done.get("home.homepage") == 1


KEY_PAGES = [
    "",
    "about/",
    "join/",
    "members/",
    "awards/",
    "news/",
    "news/new-members-join/",  # the latest press release
    "privacy/",
    "legal-notice/",
    "cookies/",
    "accessibility/",
]


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES if code != "en"])
def test_the_demos_key_pages_read_in_every_language(client, language):
    """Home, about, join, the section indexes, the latest press release and the legal pages
    are translated by hand into every language: no notice, no English left in them."""
    for path in KEY_PAGES:
        html = client.get(f"/{language}/{path}").content.decode()
        main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
        assert 'role="note"' not in main, path  # the "not yet translated" notice
        assert 'lang="en"' not in main.split("</h1>")[0], path  # its own words, not English
        assert f'<html lang="{language}"' in html


def test_translated_city_page_reads_in_japanese(client):
    html = client.get("/ja/members/taipei/").content.decode()
    text = visible_text(html)
    assert "台北市" in text
    assert "notice--untranslated" not in html
    english = page_in("en", "members/taipei")
    assert english.intro not in text
