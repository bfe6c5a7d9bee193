"""RSS and Atom feeds of the news and the press releases, per language, parsed the way feed
readers parse them."""

import calendar
import re

import feedparser
import pytest
from django.utils import translation

from core.models import Topic
from core.translation import translate_object
from news.feeds import FEED_LENGTH
from news.models import NewsPage

from .helpers import live_news

pytestmark = pytest.mark.django_db

FEEDS = {
    "feed/rss/": ("rss20", False),
    "feed/atom/": ("atom10", False),
    "press/feed/rss/": ("rss20", True),
    "press/feed/atom/": ("atom10", True),
}


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return response, parsed


@pytest.mark.parametrize("language", ["en", "ja", "ar"])
@pytest.mark.parametrize("path", list(FEEDS))
def test_feeds_parse_without_errors_and_list_the_latest_items_in_the_language(
    client, language, path
):
    version, press_only = FEEDS[path]
    response, parsed = fetch(client, f"/{language}/news/{path}")
    assert parsed.version == version
    expected = live_news(language)
    if press_only:
        expected = expected.filter(kind=NewsPage.Kind.PRESS_RELEASE)
    expected = list(expected.order_by("-date", "-pk")[:FEED_LENGTH])
    assert [entry.link for entry in parsed.entries] == [
        f"http://testserver/{language}/news/{item.slug}/" for item in expected
    ]
    assert [entry.title for entry in parsed.entries] == [item.title for item in expected]
    assert parsed.feed.link.startswith(f"http://testserver/{language}/news/")
    if version == "rss20":
        assert parsed.feed.language == language
    published = [calendar.timegm(entry.published_parsed) for entry in parsed.entries]
    assert published == sorted(published, reverse=True)
    for entry, item in zip(parsed.entries, expected, strict=True):
        assert entry.summary == item.lead
        assert entry.author
        assert entry.published_parsed[:3] == item.date.timetuple()[:3]
        terms = {tag.term for tag in entry.tags}
        with translation.override(language):
            assert str(item.get_kind_display()) in terms
        for topic in item.topics.all():
            localized = Topic.objects.filter(
                translation_key=topic.translation_key, locale__language_code=language
            ).first()
            assert (localized or topic).name in terms


def test_press_feed_names_the_press_contact_as_author(client):
    _response, parsed = fetch(client, "/en/news/press/feed/rss/")
    release = (
        live_news("en").filter(kind=NewsPage.Kind.PRESS_RELEASE).order_by("-date", "-pk").first()
    )
    assert release.press_contact.email in parsed.entries[0].author
    assert release.press_contact.name in parsed.entries[0].author


def test_news_pages_link_their_feeds(client):
    for path in ["/ja/news/", "/ja/news/press/", "/ja/news/new-members-join/"]:
        html = client.get(path).content.decode()
        links = re.findall(
            r'<link rel="alternate" type="application/(rss|atom)\+xml" title="[^"]+" '
            r'href="([^"]+)">',
            html,
        )
        urls = {url for _kind, url in links}
        assert "http://testserver/ja/news/feed/rss/" in urls
        assert "http://testserver/ja/news/feed/atom/" in urls
        for url in urls:
            assert url.startswith("http://testserver/ja/news/")
            fetch(client, url.removeprefix("http://testserver"))
    press = client.get("/ja/news/press/").content.decode()
    assert 'href="http://testserver/ja/news/press/feed/rss/"' in press


def test_a_translated_item_appears_translated_in_that_languages_feed(
    client, django_capture_on_commit_callbacks
):
    item = live_news("en").order_by("-date", "-pk").first()
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(item, "ja", lambda text: f"[ja] {text}")
    _response, parsed = fetch(client, "/ja/news/feed/rss/")
    entry = next(e for e in parsed.entries if e.link.endswith(f"/ja/news/{item.slug}/"))
    assert entry.title == f"[ja] {item.title}"
    assert entry.summary == f"[ja] {item.lead}"
    _response, english = fetch(client, "/en/news/feed/rss/")
    assert english.entries[0].title == item.title


def test_feed_titles_go_through_translation(client):
    _response, parsed = fetch(client, "/fr/news/press/feed/atom/")
    with translation.override("fr"):
        assert parsed.feed.title == translation.gettext("Go Smart press releases")


@pytest.mark.parametrize("path", ["feed/rss/", "feed/atom/"])
def test_feed_items_carry_their_attachments_as_enclosures(client, path):
    with_attachments = [item for item in live_news("en") if item.attachments.exists()]
    assert with_attachments, "the demo has news with attachments"
    _response, parsed = fetch(client, f"/en/news/{path}")
    entries = {entry.link: entry for entry in parsed.entries}
    checked = 0
    for item in with_attachments:
        entry = entries.get(f"http://testserver/en/news/{item.slug}/")
        if entry is None:  # older than the feed's length
            continue
        attachments = list(item.attachments.select_related("document"))
        expected = attachments[:1] if path == "feed/rss/" else attachments
        assert [e.href for e in entry.enclosures] == [
            f"http://testserver{a.document.url}" for a in expected
        ]
        for enclosure, attachment in zip(entry.enclosures, expected, strict=True):
            assert int(enclosure.length) == attachment.document.file_size > 0
            assert enclosure.type == "application/pdf"
            assert client.get(enclosure.href).status_code == 200
        checked += 1
    assert checked


def test_a_feed_read_once_shows_a_change_published_after_it(
    client, django_capture_on_commit_callbacks
):
    # Feeds are kept in the shared cache between publishes: a publish must show at once.
    _response, before = fetch(client, "/en/news/feed/rss/")
    item = live_news("en").order_by("-date", "-pk").first().specific
    assert before.entries[0].title == item.title
    item.title = "A headline changed after the feed was read"
    with django_capture_on_commit_callbacks(execute=True):
        item.save_revision().publish()
    _response, after = fetch(client, "/en/news/feed/rss/")
    assert after.entries[0].title == "A headline changed after the feed was read"
