"""The anonymous page cache (core.page_cache): what it stores, what it never stores, and
that a publish, a restriction or a passing expiry time makes every cached page fresh."""

import datetime
from unittest import mock

import pytest
from django.test import override_settings
from django.utils import timezone
from wagtail.models import PageViewRestriction

from .helpers import live_news, page_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on():
    with override_settings(GOSMART_PAGE_CACHE=True):
        yield


def test_a_second_anonymous_visit_is_served_from_the_cache(client, count_queries):
    first = client.get("/ja/news/")
    second, queries = count_queries(client.get, "/ja/news/")
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    # At most the generation check (the database holds it unless the cache is shared).
    assert queries <= 1


def test_publishing_makes_every_cached_page_fresh(client):
    about = page_in("en", "about")
    client.get("/en/about/")
    client.get("/ja/about/")
    about.title = "About the organisation, renamed"
    about.save_revision().publish()
    english = client.get("/en/about/")
    assert english["X-Page-Cache"] == "miss"
    assert "About the organisation, renamed" in english.content.decode()
    # The Japanese page (translated, so its title stays) is rebuilt too.
    assert client.get("/ja/about/")["X-Page-Cache"] == "miss"


def test_a_page_made_private_leaves_the_cache_at_once(client):
    about = page_in("en", "about")
    assert client.get("/fr/about/").status_code == 200
    assert client.get("/fr/about/")["X-Page-Cache"] == "hit"
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/fr/about/")
    assert response.status_code == 302
    # And the private answer itself is never stored.
    assert client.get("/fr/about/").get("X-Page-Cache") != "hit"


def test_a_page_taken_offline_by_any_code_leaves_every_listing_at_once(client):
    """Not only Wagtail's actions: a script that sets live=False on a page and saves it."""
    item = live_news().order_by("-date", "-pk").first()
    assert item.title in client.get("/en/news/").content.decode()
    assert client.get("/en/news/")["X-Page-Cache"] == "hit"
    item.live = False
    item.save(update_fields=["live"])
    listing = client.get("/en/news/")
    assert listing["X-Page-Cache"] == "miss"
    assert item.title not in listing.content.decode()
    assert client.get(item.url).status_code == 404


def test_an_editor_saving_a_draft_leaves_the_cache_warm(client):
    about = page_in("en", "about")
    client.get("/en/about/")
    about.title = "A draft nobody sees yet"
    about.save_revision()  # what the admin's Save draft and autosave do
    cached = client.get("/en/about/")
    assert cached["X-Page-Cache"] == "hit"
    assert "A draft nobody sees yet" not in cached.content.decode()


def test_an_expiry_time_passing_makes_cached_pages_fresh(client):
    about = page_in("en", "about")
    about.expire_at = timezone.now() + datetime.timedelta(minutes=5)
    about.save_revision().publish()
    assert client.get("/es/about/").status_code == 200
    assert client.get("/es/about/")["X-Page-Cache"] == "hit"
    later = timezone.now() + datetime.timedelta(minutes=6)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert client.get("/es/about/").status_code == 404


def test_open_data_downloads_are_cached_until_a_publish(client, count_queries):
    first = client.get("/ja/data/members.csv")
    second, queries = count_queries(client.get, "/ja/data/members.csv")
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content and queries <= 1
    taipei = page_in("en", "members/taipei")
    taipei.specific.population = 2_700_001
    taipei.specific.save_revision().publish()
    fresh = client.get("/en/data/members.csv")
    assert fresh["X-Page-Cache"] == "miss" and "2700001" in fresh.content.decode()


def test_signed_in_editors_never_get_or_fill_the_cache(client, admin_user):
    client.get("/en/")
    client.force_login(admin_user)
    response = client.get("/en/")
    assert response.get("X-Page-Cache") is None


def test_forms_with_a_csrf_token_are_not_stored(client):
    join = page_in("en", "join")
    client.get(join.url)
    client.cookies.clear()
    assert client.get(join.url)["X-Page-Cache"] == "miss"


def test_conditional_requests_get_304(client):
    first = client.get("/ko/awards/")
    assert first["ETag"]
    again = client.get("/ko/awards/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_with_redis_the_generation_is_mirrored_and_a_change_shows_at_once(client):
    from django.core.cache import caches

    from core.caching import MIRROR_KEY

    redis = {
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/13",
        }
    }
    with override_settings(CACHES=redis, GOSMART_SHARED_CACHE=True):
        caches["default"].clear()
        assert client.get("/en/about/")["X-Page-Cache"] == "miss"
        assert caches["default"].get(MIRROR_KEY) is not None  # read from the shared cache
        assert client.get("/en/about/")["X-Page-Cache"] == "hit"
        about = page_in("en", "about")
        about.title = "About, seen on every server"
        about.save_revision().publish()
        response = client.get("/en/about/")
        assert response["X-Page-Cache"] == "miss"
        assert "About, seen on every server" in response.content.decode()
        caches["default"].clear()


def test_a_press_contact_edited_in_the_snippets_admin_shows_at_once(client):
    from news.models import NewsPage

    release = (
        live_news()
        .filter(kind=NewsPage.Kind.PRESS_RELEASE)
        .exclude(press_contact=None)
        .order_by("-date", "-pk")
        .first()
    )
    url = release.url
    assert release.press_contact.phone in client.get(url).content.decode()
    assert client.get(url)["X-Page-Cache"] == "hit"
    contact = release.press_contact
    contact.phone = "+886 2 0000 1111"
    contact.save()
    fresh = client.get(url)
    assert fresh["X-Page-Cache"] == "miss" and "+886 2 0000 1111" in fresh.content.decode()


def test_a_promotion_added_after_a_search_was_cached_shows_at_once(client):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    first = client.get("/en/search/", {"q": "taipei"})
    assert 'class="search-promotions"' not in first.content.decode()
    assert client.get("/en/search/", {"q": "taipei"})["X-Page-Cache"] == "hit"
    SearchPromotion.objects.create(
        query=Query.get("taipei"), page=page_in("en", "about"), sort_order=0
    )
    again = client.get("/en/search/", {"q": "taipei"})
    assert again["X-Page-Cache"] == "miss"
    assert 'class="search-promotions"' in again.content.decode()
