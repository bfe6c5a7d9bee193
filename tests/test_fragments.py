"""Shared fragments (core.fragments): the header, footer and listing cards rendered once per
tree generation. What a visitor reads must be what a fresh render would give: after a
publish, for an editor, and never at the cost of a cache filled by made-up addresses."""

import pytest
from django.core.cache import cache, caches

from .helpers import live_news

pytestmark = pytest.mark.django_db


def test_a_card_shows_a_republished_title_at_once(client):
    item = live_news().order_by("-date", "-pk").first()
    assert item.title in client.get("/en/news/").content.decode()
    item.title = "A title changed after the card was drawn"
    item.save_revision().publish()
    body = client.get("/en/news/").content.decode()
    assert "A title changed after the card was drawn" in body


def test_each_language_gets_cards_in_its_own_language(client):
    assert "Press release" in client.get("/en/news/?kind=press_release").content.decode()
    arabic = client.get("/ar/news/?kind=press_release").content.decode()
    assert "Press release" not in arabic
    assert "بيان صحفي" in arabic


def test_each_page_marks_its_own_section_in_the_menu(client):
    client.get("/en/news/")
    events = client.get("/en/events/").content.decode()
    assert '<a href="/en/events/" aria-current="page">' in events
    assert '<a href="/en/news/" aria-current="page">' not in events


def test_missing_addresses_do_not_fill_the_cache(client):
    assert client.get("/en/no-such-page-0/").status_code == 404
    entries = len(cache._cache)
    for number in range(1, 30):
        assert client.get(f"/en/no-such-page-{number}/").status_code == 404
    assert len(cache._cache) == entries


def test_a_card_shows_a_picture_recropped_after_it_was_drawn(client):
    item = live_news().exclude(hero_image=None).order_by("-date", "-pk").first()
    image = item.hero_image

    def card_picture():
        body = client.get("/en/news/").content.decode()
        card = body[: body.index(item.title)]
        return card[card.rindex("<img") :]

    before = card_picture()
    image.focal_point_x, image.focal_point_y = image.width // 5, image.height // 5
    image.focal_point_width, image.focal_point_height = image.width // 10, image.height // 10
    image.save()
    assert card_picture() != before


LISTINGS_WITH_CARDS = [
    "/en/news/",
    "/ja/news/?kind=press_release",
    "/en/awards/",
    "/ar/pilots/",
    "/en/news/press/",
    "/es/awards/smart-mobility/",
]


@pytest.mark.parametrize("path", LISTINGS_WITH_CARDS)
def test_cards_read_from_the_cache_read_as_drawn(client, count_queries, path):
    # From the cache, a listing reads only its items' ids, not the items: the page must be
    # the same, and read in fewer queries than when the cards were drawn.
    cache.clear()
    client.get("/en/")  # the tree's own cached data (routes, labels) read once
    first, drawing = count_queries(client.get, path)
    again, reading = count_queries(client.get, path)
    assert again.content == first.content
    assert reading < drawing


def test_a_listing_reads_all_its_cards_in_one_cache_request(client, monkeypatch):
    client.get("/en/news/")
    asked = []
    backend = caches["default"]
    original = backend.get_many

    def get_many(keys, *args, **kwargs):
        asked.append(list(keys))
        return original(keys, *args, **kwargs)

    monkeypatch.setattr(backend, "get_many", get_many)
    body = client.get("/en/news/").content.decode()
    cards = [keys for keys in asked if any("news-card" in key for key in keys)]
    assert len(cards) == 1
    assert len(cards[0]) == body.count('class="card news-card')


def test_a_release_shows_a_document_replaced_after_the_press_room_was_drawn(client):
    from django.core.files.base import ContentFile

    from news.models import NewsAttachment

    attachment = (
        NewsAttachment.objects.filter(page__locale__language_code="en", page__live=True)
        .select_related("document")
        .first()
    )
    document = attachment.document
    assert document.url in client.get("/en/news/press/").content.decode()
    document.file.save("replaced-release.pdf", ContentFile(b"%PDF-1.4 replaced"), save=False)
    document.save()
    body = client.get("/en/news/press/").content.decode()
    assert document.url in body and "replaced-release" in document.url
