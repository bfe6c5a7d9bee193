"""The translation status report (Reports → Translation status)."""

import csv
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

from core.aliases import add_missing_aliases
from core.translation import translate_object
from home.models import StandardPage
from localization.status import (
    MISSING,
    NEEDS_ATTENTION,
    OUT_OF_DATE,
    UP_TO_DATE,
    StatusReport,
    needs_attention,
    translatable_snippet_models,
)

from .helpers import page_in

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translation-status/"


# --- The expected state of each item, worked out object by object ----------------------------


def enabled_translation(instance, locale):
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale=locale,
            enabled=True,
        )
        .exclude(source__locale=locale)
        .select_related("source")
        .first()
    )


def last_sync(translation, locale):
    log = (
        TranslationLog.objects.filter(source=translation.source, locale=locale)
        .order_by("-created_at")
        .first()
    )
    return log.created_at if log else None


def expected_page_state(page, locale):
    target = page.get_translation_or_none(locale)
    if target is None or not target.live or target.alias_of_id is not None:
        return MISSING
    if target.live_revision is not None and target.live_revision.object_id != str(target.pk):
        return MISSING  # live content is still the copied source
    translation = enabled_translation(page, locale)
    if translation is None:
        return OUT_OF_DATE if page.last_published_at > target.last_published_at else UP_TO_DATE
    total, done = translation.get_progress()
    if total and not done:
        return MISSING
    synced = last_sync(translation, locale) or target.last_published_at
    return OUT_OF_DATE if page.last_published_at > synced or done < total else UP_TO_DATE


def source_would_change(instance):
    """Ask wagtail-localize whether it would re-extract the source (then undo)."""
    source = TranslationSource.objects.get(
        object_id=instance.translation_key, locale=instance.locale
    )
    with transaction.atomic():
        savepoint = transaction.savepoint()
        updated, _created = TranslationSource.update_or_create_from_instance(instance)
        changed = updated.last_updated_at != source.last_updated_at
        transaction.savepoint_rollback(savepoint)
    return changed


def expected_snippet_state(instance, locale):
    model = type(instance)
    if not model.objects.filter(translation_key=instance.translation_key, locale=locale).exists():
        return MISSING
    translation = enabled_translation(instance, locale)
    if translation is None:
        return UP_TO_DATE
    total, done = translation.get_progress()
    if total and not done:
        return MISSING
    synced = last_sync(translation, locale)
    stale = synced is None or translation.source.last_updated_at > synced
    if stale or source_would_change(instance) or done < total:
        return OUT_OF_DATE
    return UP_TO_DATE


def expected_counts():
    english = Locale.objects.get(language_code="en")
    counts = {}
    for locale in Locale.objects.exclude(pk=english.pk):
        states = {UP_TO_DATE: 0, OUT_OF_DATE: 0, MISSING: 0}
        for page in Page.objects.filter(locale=english, depth__gt=1, live=True):
            states[expected_page_state(page, locale)] += 1
        for model in translatable_snippet_models():
            for instance in model.objects.filter(locale=english):
                states[expected_snippet_state(instance, locale)] += 1
        counts[locale.language_code] = states
    return counts


def report_counts(html):
    """{language code: {state: n}} read from the summary table's filter links."""
    counts = {}
    for code, state, number in re.findall(
        r'href="\?language=([\w-]+)&amp;state=(\w+)">(\d+)</a>', html
    ):
        if state != NEEDS_ATTENTION:  # a view across states, tested on its own
            counts.setdefault(code, {})[state] = int(number)
    return counts


# --- Tests ---------------------------------------------------------------------------------


def test_counts_match_the_database(admin_client):
    response = admin_client.get(REPORT)
    assert response.status_code == 200
    shown = report_counts(response.content.decode())
    assert shown == expected_counts()
    # The demo shows every state in the languages it translates.
    for code in ("zh-hant", "ja"):
        assert shown[code][UP_TO_DATE] >= 10
        assert shown[code][OUT_OF_DATE] >= 1
        assert shown[code][MISSING] >= 1
    # The other languages have their key pages translated and the rest still missing.
    for code in ("ar", "es", "ko", "fr"):
        assert shown[code][UP_TO_DATE] >= 11
        assert shown[code][MISSING] > shown[code][UP_TO_DATE]


def test_the_report_opens_on_what_needs_attention(admin_client):
    opened = admin_client.get(REPORT).content.decode()
    attention = [row for row in StatusReport().rows if needs_attention(row)]
    assert 0 < rows(opened) == len(attention)
    # The Secretariat page is out of date in Japanese (demo); the About page is up to date.
    listed = opened.split("<tbody>")[-1]
    assert "Secretariat" in listed and "About Go Smart" not in listed
    # The summary counts it per language, and links to that language's list.
    counts = dict(re.findall(r'href="\?language=([\w-]+)&amp;state=attention">(\d+)</a>', opened))
    japanese = admin_client.get(REPORT + "?language=ja&state=attention").content.decode()
    assert int(counts["ja"]) == rows(japanese) == sum(r.language_code == "ja" for r in attention)
    # "Any state" shows everything.
    assert rows(admin_client.get(REPORT + "?language=ja&state=").content.decode()) > rows(japanese)


def test_counts_follow_a_change_in_the_source(admin_client, django_capture_on_commit_callbacks):
    before = report_counts(admin_client.get(REPORT).content.decode())
    about = page_in("en", "about", StandardPage)
    about.listing_summary = "Who we are and how the organization works."
    about.save_revision().publish()
    after = report_counts(admin_client.get(REPORT).content.decode())
    for code in ("zh-hant", "ja"):
        assert after[code][UP_TO_DATE] == before[code][UP_TO_DATE] - 1
        assert after[code][OUT_OF_DATE] == before[code][OUT_OF_DATE] + 1
    assert after == expected_counts()


def test_report_runs_in_a_constant_number_of_queries(
    admin_client, count_queries, django_capture_on_commit_callbacks
):
    from core.models import Topic

    admin_client.get(REPORT)
    _response, small = count_queries(admin_client.get, REPORT)
    about = page_in("en", "about")
    for number in range(5):
        page = StandardPage(title=f"Extra {number}", slug=f"extra-{number}", locale=about.locale)
        about.add_child(instance=page)
        page.save_revision().publish()
        topic = Topic.objects.create(
            name=f"Extra {number}", slug=f"extra-{number}", locale=about.locale
        )
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(page, "ja", {f"Extra {number}": f"追加 {number}"})
            translate_object(topic, "ja", {f"Extra {number}": f"追加 {number}"})
    add_missing_aliases()
    admin_client.get(REPORT)  # publishing emptied the site caches: warm them again
    response, large = count_queries(admin_client.get, REPORT)
    assert response.status_code == 200
    assert "追加 0" not in response.content.decode()  # rows show the source title
    assert large == small, f"{small} queries before, {large} with ten more items"


def rows(html):
    body = html.split("<tbody>")[-1].split("</tbody>")[0]
    return body.count("<tr")


def test_filters_narrow_the_rows(admin_client):
    everything = admin_client.get(REPORT + "?p=1").content.decode()
    html = admin_client.get(REPORT + "?language=ja&state=out_of_date").content.decode()
    assert 0 < rows(html) < rows(everything)
    assert "Secretariat" in html.split("<tbody>")[-1]
    assert html.split("<tbody>")[-1].count('lang="ja"') == rows(html)
    pages_only = admin_client.get(REPORT + "?type=pages&language=ja").content.decode()
    assert "Topic" not in pages_only.split("<tbody>")[-1]
    topics = admin_client.get(REPORT + "?type=core.topic&language=ja&state=translated")
    assert rows(topics.content.decode()) == 8


def test_invalid_filters_are_ignored_not_an_error(admin_client):
    response = admin_client.get(REPORT + "?language=xx&state=bogus&type=nothing&p=abc")
    assert response.status_code == 200
    assert rows(response.content.decode()) > 0


def test_csv_export_lists_the_filtered_rows(admin_client):
    response = admin_client.get(REPORT + "?language=zh-hant&state=translated&export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode()
    table = list(csv.DictReader(io.StringIO(content)))
    expected = expected_counts()["zh-hant"][UP_TO_DATE]
    assert len(table) == expected
    assert {row["Language"] for row in table} == {"zh-hant"}
    assert {row["State"] for row in table} == {"Translated"}
    assert any(row["Title"] == "About Go Smart" for row in table)


def test_translators_open_items_from_the_report(admin_client):
    html = admin_client.get(REPORT + "?language=ja&type=home.standardpage").content.decode()
    japanese_about = page_in("ja", "about")
    edit_url = reverse("wagtailadmin_pages:edit", args=[japanese_about.pk])
    assert f'href="{edit_url}"' in html
    # The edit view of a translated page is wagtail-localize's translation editor.
    editor = admin_client.get(edit_url)
    assert editor.status_code == 200
    assert "js-translation-editor" in editor.content.decode()

    # The demo leaves the Secretariat page untranslated in Korean.
    korean = admin_client.get(REPORT + "?language=ko&type=home.standardpage").content.decode()
    english_secretariat = page_in("en", "secretariat")
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[english_secretariat.pk])
    assert f'href="{submit_url}?select_locale=ko' in korean
    assert admin_client.get(f"{submit_url}?select_locale=ko").status_code == 200


def test_out_of_date_rows_offer_the_update_action(admin_client):
    html = admin_client.get(REPORT + "?language=ja&state=out_of_date").content.decode()
    secretariat = page_in("en", "secretariat")
    source = TranslationSource.objects.get(object_id=secretariat.translation_key)
    update_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert f'href="{update_url}?next=' in html


def admin_user(username, *permissions):
    user = get_user_model().objects.create_user(username, password="x")
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for app_label, codename in permissions:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    user.groups.add(group)
    return user


def test_only_translation_staff_see_the_report(client):
    assert client.get(REPORT).status_code == 302  # to the login page

    client.force_login(admin_user("report-test-editor"))
    assert client.get(REPORT).status_code in (302, 403)
    assert REPORT not in client.get("/admin/").content.decode()

    client.force_login(
        admin_user("report-test-translator", ("wagtail_localize", "submit_translation"))
    )
    assert client.get(REPORT).status_code == 200
    assert REPORT in client.get("/admin/").content.decode()

    client.force_login(
        admin_user("report-test-reviewer", ("localization", "view_translation_status"))
    )
    assert client.get(REPORT).status_code == 200
