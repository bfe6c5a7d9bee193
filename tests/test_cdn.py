"""A CDN in front of the site is told what changed (core.cdn): publishing, unpublishing,
moving or deleting a page purges that page in every language, the sections that list it, and
every listing, feed, sitemap and API answer, through Wagtail's frontend-cache HTTP backend,
here pointed at a small local endpoint that records the purge requests it receives."""

import http.server
import threading
from urllib.parse import urlsplit

import pytest
from django.db import transaction
from django.test import override_settings
from wagtail.models import Page

from core import cdn

from .helpers import LANGUAGES, page_in

pytestmark = pytest.mark.django_db


class RecordingEndpoint(http.server.ThreadingHTTPServer):
    def __init__(self):
        super().__init__(("127.0.0.1", 0), PurgeHandler)
        self.received = []  # (method, Host header, path)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


class PurgeHandler(http.server.BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.received.append((self.command, self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def endpoint():
    server = RecordingEndpoint()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    backend = "wagtail.contrib.frontend_cache.backends.HTTPBackend"
    with override_settings(
        WAGTAILFRONTENDCACHE={"default": {"BACKEND": backend, "LOCATION": server.url}},
        WAGTAILFRONTENDCACHE_LANGUAGES=[],
    ):
        cdn.connect()
        try:
            yield server
        finally:
            cdn.disconnect()
            server.shutdown()
            server.server_close()


def purged(endpoint):
    return {path for _method, _host, path in endpoint.received}


def latest_release():
    news = page_in("en", "news")
    return news.get_children().live().order_by("-first_published_at").first().specific


def test_publishing_purges_the_page_in_every_language_and_every_listing(
    endpoint, django_capture_on_commit_callbacks
):
    release = latest_release()
    with django_capture_on_commit_callbacks(execute=True):
        release.save_revision().publish()
    paths = purged(endpoint)
    for version in Page.objects.filter(translation_key=release.translation_key):
        assert urlsplit(version.get_full_url()).path in paths
    for language in LANGUAGES:
        assert f"/{language}/news/" in paths  # the section that lists it
        assert f"/{language}/news/feed/rss/" in paths  # its feeds
        assert f"/{language}/news/press/" in paths  # the press room
        assert f"/api/v2/news/?locale={language}&limit=100" in paths  # the API listing
        assert f"/{language}/data/members.csv" in paths  # open-data downloads
    assert "/sitemap.xml" in paths and "/sitemap-ja.xml" in paths
    # Each purge names the site's host, as the CDN keys its copies by host.
    hosts = {host for _method, host, _path in endpoint.received}
    assert hosts == {urlsplit(release.get_full_url()).netloc}
    assert {method for method, _host, _path in endpoint.received} == {"PURGE"}


def test_a_publish_purges_each_address_once(endpoint, django_capture_on_commit_callbacks):
    """Publishing a page publishes its versions in the other languages too, each with its
    own signal: the addresses they change are gathered and purged once, at the commit."""
    release = latest_release()
    with django_capture_on_commit_callbacks(execute=True):
        release.save_revision().publish()
    requests = [path for _method, _host, path in endpoint.received]
    assert len(requests) == len(set(requests)) > 100


def test_unpublishing_purges_the_page_everywhere(endpoint, django_capture_on_commit_callbacks):
    release = latest_release()
    japanese = release.get_translation(release.locale.__class__.objects.get(language_code="ja"))
    with django_capture_on_commit_callbacks(execute=True):
        release.unpublish()
    paths = purged(endpoint)
    assert urlsplit(release.get_full_url()).path in paths
    assert urlsplit(japanese.get_full_url()).path in paths
    assert "/ja/news/" in paths


def test_moving_a_page_purges_its_old_address(endpoint, django_capture_on_commit_callbacks):
    about = page_in("en", "about")
    news = page_in("en", "news")
    old_path = urlsplit(about.get_full_url()).path
    with django_capture_on_commit_callbacks(execute=True):
        about.move(news, pos="last-child")
    paths = purged(endpoint)
    assert old_path == "/en/about/" and old_path in paths
    assert "/en/news/about/" in paths


def test_deleting_a_live_page_purges_it(endpoint, django_capture_on_commit_callbacks):
    release = latest_release()
    address = urlsplit(release.get_full_url()).path
    with django_capture_on_commit_callbacks(execute=True):
        release.delete()
    assert address in purged(endpoint)


def test_a_change_that_is_rolled_back_purges_nothing(endpoint, django_capture_on_commit_callbacks):
    release = latest_release()
    # Every callback still waiting for the commit at the end of the block is run: one that
    # the rolled-back change registered would purge.
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError):
            with transaction.atomic():
                release.save_revision().publish()
                raise RuntimeError("the editor's request failed")
    assert callbacks == [] and endpoint.received == []


def test_a_cdn_that_is_down_does_not_fail_the_publish(django_capture_on_commit_callbacks):
    backend = "wagtail.contrib.frontend_cache.backends.HTTPBackend"
    closed = RecordingEndpoint()
    address = closed.url
    closed.server_close()  # nothing listens there any more
    with override_settings(
        WAGTAILFRONTENDCACHE={"default": {"BACKEND": backend, "LOCATION": address}},
        WAGTAILFRONTENDCACHE_LANGUAGES=[],
    ):
        cdn.connect()
        try:
            release = latest_release()
            release.title = "Still published"
            with django_capture_on_commit_callbacks(execute=True):
                release.save_revision().publish()
        finally:
            cdn.disconnect()
    release.refresh_from_db()
    assert release.live and release.title == "Still published"


def test_pages_tell_a_cdn_how_long_it_may_keep_them(client):
    with override_settings(GOSMART_PAGE_CACHE=True, GOSMART_CDN_MAX_AGE=300):
        response = client.get("/en/news/")
    control = response["Cache-Control"]
    assert "s-maxage=300" in control and "max-age=0" in control and "public" in control
