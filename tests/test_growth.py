"""The same pages at twice the content (manage.py grow_demo_content): every page type runs
the same number of queries as before. How long each takes at 10× and 100× is the
benchmark's business (benchmarks/, docs/performance.md), not a timed test's."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from cities.models import CityPage
from news.models import NewsPage

pytestmark = pytest.mark.django_db

PAGES = [
    "/en/",
    "/ja/news/",
    "/ja/news/new-members-join/",
    "/en/news/feed/rss/",
    "/en/members/",
    "/ja/members/taipei/",
    "/en/awards/",
    "/ja/awards/smart-housing/",
    "/en/pilots/",
    "/ja/events/",
    "/en/search/?q=taipei",
    "/sitemap-en.xml",
    "/ja/data/members.csv",
]


def queries_of_each_page(client, count_queries):
    counts = {}
    for url in PAGES:
        client.get(url)  # warm the caches a running site would have warm
        response, counts[url] = count_queries(client.get, url)
        assert response.status_code == 200, url
        if response.streaming:
            b"".join(response.streaming_content)
    return counts


def test_every_page_runs_the_same_queries_at_twice_the_content(client, count_queries):
    before = queries_of_each_page(client, count_queries)
    cities, news = CityPage.objects.count(), NewsPage.objects.live().count()

    # Members and news (every app's grow() copies its pages the same way, core.demo).
    call_command("grow_demo_content", factor=2, apps=["cities", "news"], verbosity=0)

    # Twice the members and news, in every language, with the other languages' copies.
    assert CityPage.objects.count() == 2 * cities
    assert NewsPage.objects.live().count() == 2 * news
    copy = Page.objects.get(slug="taipei-x2", locale__language_code="ja")
    assert copy.alias_of.slug == "taipei-x2"
    # Again with the same factor: nothing more.
    call_command("grow_demo_content", factor=2, apps=["cities"], verbosity=0)
    assert CityPage.objects.count() == 2 * cities

    after = queries_of_each_page(client, count_queries)
    assert after == before
