"""News index and filters, the press room, news pages, attachments, embargoed releases and
query budgets of the news section."""

import datetime
import re
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from core.aliases import add_missing_aliases
from core.models import SiteImage, Topic
from home.models import HomePage
from news.models import EventPage, NewsAttachment, NewsIndexPage, NewsPage, PressContact

from .helpers import (
    live_news,
    news_index,
    page_in,
    publish_child,
    structured_data,
    warm_and_count,
)

pytestmark = pytest.mark.django_db


# --- Helpers shared with the events and feeds tests ---------------------------------------


def hrefs(html, prefix):
    """Distinct link targets starting with prefix, in document order."""
    seen = []
    for href in re.findall(r'href="([^"]+)"', html):
        if href.startswith(prefix) and href not in seen:
            seen.append(href)
    return seen


def card_links(html, language="en"):
    """The news items linked from listing cards."""
    return re.findall(rf'<h[23] class="card__title"><a href="(/{language}/news/[^"]+)"', html)


def english_contact():
    return PressContact.objects.filter(locale=Locale.get_default()).first()


def make_news(index, slug, kind=NewsPage.Kind.NEWS, days_ago=1, **fields):
    fields.setdefault("title", f"Test item {slug}")
    fields.setdefault("lead", f"The lead of {slug}.")
    if kind == NewsPage.Kind.PRESS_RELEASE:
        fields.setdefault("press_contact", english_contact())
    page = NewsPage(
        slug=slug,
        kind=kind,
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        locale=index.locale,
        **fields,
    )
    return publish_child(index, page)


def linked_cities():
    """English member-city pages that news items point at (empty without the cities app)."""
    from django.apps import apps

    ids = NewsPage.related_cities.through.objects.values_list("citypage", flat=True)
    return list(apps.get_model("cities", "CityPage").objects.filter(pk__in=ids).order_by("pk"))


def sample_document(title="Test fact sheet"):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    data = b"%PDF-1.4\n% test fact sheet\n%%EOF\n"
    document = get_document_model()(title=title, file_size=len(data))
    document.file.save("test-fact-sheet.pdf", ContentFile(data), save=False)
    document.save()
    return document


# --- News index -----------------------------------------------------------------------------


def test_news_index_lists_every_live_item_newest_first_in_the_visitors_language(client):
    response = client.get("/ja/news/")
    assert response.status_code == 200
    page_obj = response.context["page_obj"]
    assert page_obj.paginator.count == live_news("ja").count() >= 20
    dates = [item.date for item in page_obj.object_list]
    assert dates == sorted(dates, reverse=True)
    links = card_links(response.content.decode(), "ja")
    assert len(links) == len(page_obj.object_list)
    assert all(link.startswith("/ja/news/") for link in links)
    newest = live_news("ja").order_by("-date", "-pk").first()
    assert links[0] == f"/ja/news/{newest.slug}/"


def test_news_cards_show_localised_date_and_kind(client):
    item = live_news("fr").order_by("-date", "-pk").first()
    html = client.get("/fr/news/").content.decode()
    from django.utils import formats, translation

    with translation.override("fr"):
        expected_date = formats.date_format(item.date, "DATE_FORMAT")
        kind = str(item.get_kind_display())
    assert f'<time datetime="{item.date:%Y-%m-%d}">{expected_date}</time>' in html
    assert kind in html


def filter_cases():
    through = NewsPage.related_cities.through
    city_slug = (
        through.objects.filter(newspage__locale__language_code="en", newspage__live=True)
        .values_list("citypage__slug", flat=True)
        .first()
    )
    return city_slug


@pytest.mark.parametrize("name", ["kind", "topic", "city", "year"])
def test_each_filter_narrows_the_news_to_matching_items(client, name):
    items = live_news("en")
    if name == "kind":
        value = NewsPage.Kind.CONFERENCE_REPORT
        expected = items.filter(kind=value)
    elif name == "topic":
        value = "mobility"
        expected = items.filter(topics__slug=value).distinct()
    elif name == "city":
        value = filter_cases()
        assert value is not None, "the demo content must link news to member cities"
        expected = items.filter(related_cities__slug=value).distinct()
    else:
        value = items.order_by("date").first().date.year
        expected = items.filter(date__year=value)
    expected_ids = set(expected.values_list("pk", flat=True))
    assert 0 < len(expected_ids) < items.count()

    response = client.get("/en/news/", {name: value, "page": 1})
    assert response.status_code == 200
    page_obj = response.context["page_obj"]
    assert page_obj.paginator.count == len(expected_ids)
    shown = set()
    for number in page_obj.paginator.page_range:
        shown |= {
            item.pk
            for item in client.get("/en/news/", {name: value, "page": number}).context["page_obj"]
        }
    assert shown == expected_ids
    assert 'class="form__error"' not in response.content.decode()


def test_filters_combine(client):
    items = live_news("en").filter(kind=NewsPage.Kind.PRESS_RELEASE, topics__slug="governance")
    response = client.get("/en/news/", {"kind": "press_release", "topic": "governance"})
    assert {item.pk for item in response.context["page_obj"]} == set(
        items.values_list("pk", flat=True)
    )


def test_filter_options_use_the_visitors_language(client):
    topic = Topic.objects.get(slug="mobility", locale=Locale.get_default())
    translated = Topic.objects.filter(
        translation_key=topic.translation_key, locale__language_code="ja"
    ).first()
    html = client.get("/ja/news/").content.decode()
    expected = translated.name if translated else topic.name
    assert f'<option value="mobility">{expected}</option>' in html


@pytest.mark.parametrize(
    "query",
    [
        {"year": "abc"},
        {"page": "abc"},
        {"kind": "<script>alert(1)</script>"},
        {"topic": "no-such-topic", "city": "nowhere"},
        {"year": "99999999999999999999"},
        {"page": "-1"},
    ],
)
def test_bad_filter_input_is_reported_and_never_a_server_error(client, query):
    response = client.get("/en/news/", query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    if set(query) - {"page"}:
        assert 'class="form__error"' in html
    # Invalid filters are ignored: everything is listed.
    assert response.context["page_obj"].paginator.count == live_news("en").count()


# --- Press room -----------------------------------------------------------------------------


def test_press_room_lists_only_press_releases_with_contacts_and_downloads(client):
    response = client.get("/en/news/press/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Press room</h1>" in html
    expected = live_news("en").filter(kind=NewsPage.Kind.PRESS_RELEASE)
    assert expected.count() >= 6
    items = list(expected.order_by("-date", "-pk")[:10])
    titles = re.findall(r'class="press-release__title"><a href="([^"]+)"', html)
    assert titles == [f"/en/news/{item.slug}/" for item in items]
    others = live_news("en").exclude(kind=NewsPage.Kind.PRESS_RELEASE)
    for other in others:
        assert f'href="/en/news/{other.slug}/"' not in html
    for item in items:
        assert item.press_contact is not None
        assert f'href="mailto:{item.press_contact.email}"' in html
        attachments = list(item.attachments.select_related("document"))
        assert attachments, f"{item.slug} has no download"
        for attachment in attachments:
            assert f'href="{attachment.document.url}"' in html
    assert "(PDF, " in html


def test_press_room_shows_contacts_in_the_visitors_language(client):
    contact = english_contact()
    japanese = PressContact.objects.filter(
        translation_key=contact.translation_key, locale__language_code="ja"
    ).first()
    assert japanese is not None, "the demo press contact must have a Japanese translation"
    html = client.get("/ja/news/press/").content.decode()
    assert japanese.name in html
    assert f">{contact.name}<" not in html


def test_attachment_download_returns_the_file(client):
    release = live_news("en").filter(kind=NewsPage.Kind.PRESS_RELEASE).first()
    html = client.get(f"/en/news/{release.slug}/").content.decode()
    links = hrefs(html, "/documents/")
    assert links
    response = client.get(links[0])
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    attachment = release.attachments.select_related("document").first()
    with attachment.document.open_file() as stored:
        assert body == stored.read()
    assert body.startswith(b"%PDF-") and body.rstrip().endswith(b"%%EOF")
    assert response["Content-Type"] == "application/pdf"
    # A download, with safe headers, and no bogus encoding a browser would trip on.
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert "Content-Encoding" not in response


# --- News page ------------------------------------------------------------------------------


def test_news_page_shows_contact_topics_cities_and_downloads_in_the_visitors_language(client):
    release = (
        live_news("en")
        .filter(kind=NewsPage.Kind.PRESS_RELEASE, related_cities__isnull=False)
        .distinct()
        .first()
    )
    assert release is not None, "the demo content must hold a press release about a city"
    html = client.get(f"/fr/news/{release.slug}/").content.decode()
    french = NewsPage.objects.get(
        translation_key=release.translation_key, locale__language_code="fr"
    )
    assert french.title in html
    assert french.lead in html
    contact = release.press_contact
    assert f'href="mailto:{contact.email}"' in html
    for city in release.related_cities.all():
        assert f'href="/fr/{city.url_path.split("/", 2)[2]}"' in html
    assert 'href="/en/members/' not in html.split("<main")[1]
    for topic in release.topics.all():
        translated = Topic.objects.filter(
            translation_key=topic.translation_key, locale__language_code="fr"
        ).first()
        assert (translated or topic).name in html
    attachment = release.attachments.select_related("document").first()
    assert f'href="{attachment.document.url}"' in html
    assert "PDF" in html


def test_news_page_structured_data_describes_the_article(client):
    item = live_news("en").exclude(hero_image=None).first()
    html = client.get(f"/en/news/{item.slug}/").content.decode()
    data = structured_data(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == item.title
    assert data["datePublished"] == item.date.isoformat()
    assert data["publisher"]["name"] == "Go Smart"
    assert data["image"][0].startswith("http://testserver/")
    stored = data["image"][0].removeprefix("http://testserver" + settings.MEDIA_URL)
    assert default_storage.exists(stored)


def test_news_item_without_contact_or_attachments_renders(client):
    item = make_news(news_index(), "bare-news-item", title="A bare item")
    response = client.get(f"/en/news/{item.slug}/")
    assert response.status_code == 200
    assert "Media contact" not in response.content.decode()


def test_a_press_release_needs_a_press_contact():
    page = NewsPage(
        title="Release",
        slug="release",
        kind=NewsPage.Kind.PRESS_RELEASE,
        date=timezone.localdate(),
        lead="Lead.",
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "press_contact" in error.value.message_dict


@pytest.mark.parametrize("language", ["en", "ar", "zh-hant"])
@pytest.mark.parametrize("path", ["news/", "news/press/", "news/new-members-join/"])
def test_news_pages_render_in_several_languages(client, language, path):
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()


# --- Embargoed releases ---------------------------------------------------------------------


def test_embargoed_release_stays_hidden_until_publish_scheduled_runs_after_its_time(client):
    index = news_index()
    go_live_at = timezone.now() + datetime.timedelta(hours=2)
    page = NewsPage(
        title="Embargoed: record attendance",
        slug="embargoed-record-attendance",
        kind=NewsPage.Kind.PRESS_RELEASE,
        date=timezone.localdate(),
        lead="Under embargo until the opening.",
        press_contact=english_contact(),
        locale=index.locale,
        live=False,
        go_live_at=go_live_at,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    add_missing_aliases([page])
    page.refresh_from_db()
    assert not page.live

    def visible():
        urls = ["/en/news/embargoed-record-attendance/", "/ja/news/embargoed-record-attendance/"]
        pages = [client.get(url).status_code for url in urls]
        listed = "embargoed-record-attendance" in client.get("/en/news/press/").content.decode()
        in_feed = "embargoed-record-attendance" in client.get("/ja/news/feed/rss/").content.decode()
        return pages, listed, in_feed

    assert visible() == ([404, 404], False, False)
    call_command("publish_scheduled")  # too early: nothing happens
    assert visible() == ([404, 404], False, False)

    later = go_live_at + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")
        assert visible() == ([200, 200], True, True)


def test_an_embargoed_releases_pdf_waits_for_the_release(client):
    index = news_index()
    go_live_at = timezone.now() + datetime.timedelta(hours=2)
    page = NewsPage(
        title="Embargoed: the annual report",
        slug="embargoed-annual-report",
        kind=NewsPage.Kind.PRESS_RELEASE,
        date=timezone.localdate(),
        lead="Under embargo.",
        press_contact=english_contact(),
        attachments=[
            NewsAttachment(document=sample_document("Annual report"), locale=index.locale)
        ],
        locale=index.locale,
        live=False,
        go_live_at=go_live_at,
    )
    index.add_child(instance=page)
    add_missing_aliases([page])
    page.save_revision().publish()  # the admin's publish: scheduled, aliases already there
    document = page.attachments.get().document
    assert client.get(document.url).status_code == 404
    later = go_live_at + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")
        response = client.get(document.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")


# --- Admin ----------------------------------------------------------------------------------


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("newsadmin", "newsadmin@example.org", "pw")
    client.force_login(user)
    return client


def test_news_page_types_are_creatable_only_under_their_parents(admin_client):
    home = page_in("en", "", HomePage)
    index = news_index()
    events = page_in("en", "events")
    assert NewsPage.can_create_at(index)
    assert not NewsPage.can_create_at(home)
    assert not NewsPage.can_create_at(events)
    assert not NewsIndexPage.can_create_at(home)  # one per language tree, and it exists
    assert not NewsIndexPage.can_create_at(index)
    assert not EventPage.can_create_at(index)
    ok = admin_client.get(f"/admin/pages/add/news/newspage/{index.pk}/")
    assert ok.status_code == 200
    refused = admin_client.get(f"/admin/pages/add/news/newspage/{home.pk}/")
    assert refused.status_code in (302, 403)
    refused = admin_client.get(f"/admin/pages/add/news/newsindexpage/{home.pk}/")
    assert refused.status_code in (302, 403)


def test_press_contacts_have_an_admin_listing_with_filters(admin_client):
    url = "/admin/snippets/news/presscontact/"
    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    contact = english_contact()
    assert contact.name in html and contact.email in html
    assert 'name="locale"' in html and 'name="organisation__icontains"' in html
    japanese = PressContact.objects.filter(
        translation_key=contact.translation_key, locale__language_code="ja"
    ).first()
    if japanese is not None:
        html = admin_client.get(url, {"locale": "ja"}).content.decode()
        assert japanese.name in html and f">{contact.name}<" not in html
    html = admin_client.get(url, {"organisation__icontains": "no such office"}).content.decode()
    assert contact.email not in html
    html = admin_client.get(url, {"q": contact.name}).content.decode()
    assert contact.email in html


# --- Query budgets --------------------------------------------------------------------------


def more_items(count, kind, prefix):
    index = news_index()
    image = SiteImage.objects.first()
    topics = list(Topic.objects.filter(locale=Locale.get_default())[:3])
    cities = linked_cities()[:2]
    document = sample_document(f"{prefix} document")
    for number in range(count):
        page = make_news(
            index,
            f"{prefix}-{number}",
            kind=kind,
            days_ago=number,
            listing_image=image,
            hero_image=image,
            topics=topics,
            related_cities=cities,
        )
        NewsAttachment.objects.create(page=page, document=document, locale=page.locale)


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("/en/news/?kind=conference_report", NewsPage.Kind.CONFERENCE_REPORT),
        ("/ja/news/?kind=conference_report", NewsPage.Kind.CONFERENCE_REPORT),
        ("/en/news/press/", NewsPage.Kind.PRESS_RELEASE),
    ],
)
def test_news_listings_run_a_constant_number_of_queries(client, count_queries, url, kind):
    before = warm_and_count(client, count_queries, url)
    shown_before = len(client.get(url).context["page_obj"].object_list)
    more_items(3, kind, "budget")
    after = warm_and_count(client, count_queries, url)
    assert len(client.get(url).context["page_obj"].object_list) > shown_before
    assert before == after <= 10, f"{url}: {before} then {after} queries"


def test_news_page_runs_a_constant_number_of_queries(client, count_queries):
    index = news_index()
    image = SiteImage.objects.first()
    topics = list(Topic.objects.filter(locale=Locale.get_default()))
    cities = linked_cities()
    small = make_news(
        index,
        "budget-small",
        kind=NewsPage.Kind.PRESS_RELEASE,
        hero_image=image,
        topics=topics[:1],
        related_cities=cities[:1],
    )
    large = make_news(
        index,
        "budget-large",
        kind=NewsPage.Kind.PRESS_RELEASE,
        hero_image=image,
        topics=topics[:5],
        related_cities=cities[:4],
    )
    NewsAttachment.objects.create(page=small, document=sample_document("a"), locale=small.locale)
    for title in "bcde":
        NewsAttachment.objects.create(
            page=large, document=sample_document(title), locale=large.locale
        )
    small_count = warm_and_count(client, count_queries, "/en/news/budget-small/")
    large_count = warm_and_count(client, count_queries, "/en/news/budget-large/")
    assert small_count == large_count <= 10, f"{small_count} then {large_count} queries"


# --- Previews -------------------------------------------------------------------------------


def test_a_new_news_item_can_be_previewed_before_it_is_saved():
    index = news_index()
    topic = Topic.objects.get(slug="health", locale=Locale.get_default())
    cities = linked_cities()[:1]
    page = NewsPage(
        title="Preview of a release",
        slug="preview-of-a-release",
        kind=NewsPage.Kind.PRESS_RELEASE,
        date=timezone.localdate(),
        lead="Not saved yet.",
        press_contact=english_contact(),
        topics=[topic],
        related_cities=cities,
        attachments=[NewsAttachment(document=sample_document(), locale=index.locale)],
        locale=index.locale,
        depth=index.depth + 1,
        path=index.get_last_child()._inc_path(),
    )
    page.set_url_path(index)
    response = page.make_preview_request()
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Preview of a release</h1>" in html
    assert topic.name in html and "Test fact sheet" in html
    assert english_contact().email in html
    for city in cities:
        assert city.title in html


def test_demo_news_has_press_releases_with_contacts_and_pdfs_over_two_years():
    items = live_news("en")
    assert items.count() >= 20
    releases = items.filter(kind=NewsPage.Kind.PRESS_RELEASE)
    assert releases.count() >= 6
    assert items.filter(kind=NewsPage.Kind.CONFERENCE_REPORT).exists()
    for release in releases:
        assert release.press_contact_id is not None
        documents = [attachment.document for attachment in release.attachments.all()]
        assert documents and all(d.file_extension == "pdf" for d in documents)
        with documents[0].open_file() as stored:
            assert stored.read(5) == b"%PDF-"
    today = timezone.localdate()
    dates = list(items.values_list("date", flat=True))
    assert min(dates) >= today - datetime.timedelta(days=2 * 366)
    assert (max(dates) - min(dates)).days > 365
    assert all(item.topics.exists() for item in items)
    # The winners' release waits for the ceremony: scheduled, not live, until then.
    winners = NewsPage.objects.get(locale=Locale.get_default(), slug="awards-2026-winners")
    if not winners.live:
        assert winners.go_live_at > timezone.now()
        assert winners.revisions.filter(approved_go_live_at=winners.go_live_at).exists()


def footer_follow_links(client, path):
    from bs4 import BeautifulSoup

    html = BeautifulSoup(client.get(path).content, "html.parser")
    return {a.get_text(): a["href"] for a in html.select(".site-footer__follow a")}


@pytest.mark.parametrize("language", ["en", "ar", "zh-hant"])
def test_footer_offers_the_feeds_calendar_and_open_data_in_the_visitors_language(client, language):
    from django.utils import translation

    links = footer_follow_links(client, f"/{language}/about/")
    with translation.override(language):
        from django.utils.translation import gettext as _

        assert links[_("News feed (RSS)")] == f"/{language}/news/feed/rss/"
        assert links[_("Press releases feed (RSS)")] == f"/{language}/news/press/feed/rss/"
        assert links[_("Events calendar (iCalendar)")].startswith(f"/{language}/")
        assert links[_("Open data")].startswith(f"/{language}/")
    for url in links.values():
        assert client.get(url).status_code == 200


def test_footer_leaves_out_the_feeds_of_a_hidden_news_section(client):
    news = page_in("fr", "news")
    news.unpublish()
    links = footer_follow_links(client, "/fr/about/")
    assert not any("/news/" in url for url in links.values())
    assert any("/fr/" in url for url in links.values())  # the rest still shows


# --- Media kit ------------------------------------------------------------------------------


def media_kit(client, language):
    from bs4 import BeautifulSoup

    response = client.get(f"/{language}/news/press/media-kit/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["en", "ar", "zh-hant"])
def test_press_room_leads_to_the_media_kit(client, language):
    html = client.get(f"/{language}/news/press/").content.decode()
    assert f'href="/{language}/news/press/media-kit/"' in html


def test_media_kit_gives_journalists_the_boilerplate_logos_photos_and_contacts(client):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    page = media_kit(client, "en")
    assert page.select_one("h1").get_text() == "Media kit"
    assert page.select_one(".media-kit__boilerplate").get_text(strip=True) == index.boilerplate
    links = {a.get_text(): a["href"] for a in page.select(".downloads__link")}
    assert set(links) == {f.title for f in index.media_kit_files.all()}
    logo = client.get(links["Logo (colour)"])
    assert logo.status_code == 200
    assert logo["Content-Type"] == "image/svg+xml"
    assert logo["Content-Disposition"].startswith("attachment")
    assert b"<title>Go Smart</title>" in b"".join(logo.streaming_content)
    photos = page.select(".media-kit__photos figure")
    assert len(photos) == index.media_kit_photos.count() > 0
    for figure, photo in zip(photos, index.media_kit_photos.all(), strict=True):
        assert f"Photo: {photo.credit}" in figure.get_text()
        assert figure.select_one("img")["alt"]
        download = figure.select_one("a[download]")["href"]
        assert download.endswith(".jpg") and client.get(download).status_code == 200
    contacts = {p.get_text() for p in page.select(".press-contact__name")}
    assert contacts == set(
        PressContact.objects.filter(locale=index.locale).values_list("name", flat=True)
    )


def test_arabic_media_kit_is_translated_right_to_left(client):
    page = media_kit(client, "ar")
    assert page.html["dir"] == "rtl"
    assert page.select_one("h1").get_text() != "Media kit"  # the interface is translated
    boilerplate = page.select_one(".media-kit__boilerplate")
    assert "منظمة عالمية للمدن الذكية" in boilerplate.get_text()  # the demo's Arabic text
    assert not boilerplate.find_parent(attrs={"lang": "en"}) and not boilerplate.get("lang")
    assert not page.select_one("#media-kit-files").get("lang")


def test_an_untranslated_media_kit_marks_only_its_boilerplate_english(client):
    # The demo translates the media kit into every language: make the Korean news index an
    # untranslated copy again (publishing the source updates its aliases' content).
    english = NewsIndexPage.objects.get(locale__language_code="en")
    NewsIndexPage.objects.filter(locale__language_code="ko").update(alias_of=english)
    english.save_revision().publish()
    page = media_kit(client, "ko")
    assert page.select_one("h1").get_text() != "Media kit"
    boilerplate = page.select_one(".media-kit__boilerplate")
    assert boilerplate["lang"] == "en" and boilerplate["dir"] == "ltr"
    assert not page.select_one("#media-kit-files").get("lang")


def test_an_empty_media_kit_is_not_offered(client):
    index = NewsIndexPage.objects.get(locale__language_code="fr")
    source = index.alias_of.specific if index.alias_of_id else index
    source.boilerplate = ""
    source.media_kit_files = []
    source.media_kit_photos = []
    source.save_revision().publish()
    assert client.get("/fr/news/press/media-kit/").status_code == 404
    assert "/press/media-kit/" not in client.get("/fr/news/press/").content.decode()


def test_a_press_release_states_its_release_time_in_taipei_time(client):
    from django.utils import formats

    release = live_news("en").filter(kind=NewsPage.Kind.PRESS_RELEASE).first()
    released = timezone.localtime(
        release.go_live_at or release.first_published_at, timezone=ZoneInfo("Asia/Taipei")
    )
    html = client.get(release.url).content.decode()
    expected = formats.date_format(released, "DATETIME_FORMAT")
    assert f"For release: {expected} (Taipei time)" in html
    news_item = live_news("en").filter(kind=NewsPage.Kind.NEWS).first()
    assert "For release:" not in client.get(news_item.url).content.decode()


def test_an_empty_link_text_becomes_the_documents_title_to_translate():
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    release = live_news("en").filter(kind=NewsPage.Kind.PRESS_RELEASE).first()
    document = release.attachments.first().document
    attachment = NewsAttachment(page=release, document=document, title="", locale=release.locale)
    attachment.full_clean()  # as the admin's form does when the page is saved
    assert attachment.title == document.title
    release.attachments = [attachment]
    strings = {
        segment.string.data
        for segment in extract_segments(release)
        if isinstance(segment, StringSegmentValue)
    }
    assert document.title in strings  # offered in the translation editor
