"""Helpers shared by test modules."""

import decimal
import json
import re

from wagtail.models import Page

from cities.models import CityDataset, CityIndexPage
from core.aliases import add_missing_aliases
from core.models import Region, Topic
from news.models import NewsIndexPage, NewsPage

from .factories import CityPageFactory

LANGUAGES = ["en", "zh-hant", "ja", "ko", "es", "fr", "ar"]


def page_in(language, slug_path, model=Page):
    """The page at home/<slug_path> in a language (slug_path like "about" or "members/taipei")."""
    qs = model.objects.filter(locale__language_code=language)
    if not slug_path:
        return qs.filter(depth=2).get().specific
    return qs.filter(url_path__endswith=f"/{slug_path.strip('/')}/").get().specific


def add_city(slug, *, country="FI", region="europe", topics=("mobility",), datasets=0):
    """A published English member city, with its aliases in every other language."""
    index = CityIndexPage.objects.get(locale__language_code="en")
    topic = Topic.objects.get(slug="environment", locale=index.locale) if datasets else None
    return CityPageFactory(
        parent=index,
        title=slug.replace("-", " ").title(),
        slug=slug,
        country=country,
        region=Region.objects.get(slug=region, locale=index.locale),
        member_since=2025,
        population=123_456,
        latitude=decimal.Decimal("60.16952"),
        longitude=decimal.Decimal("24.93545"),
        intro=f"{slug} shares what it learns.",
        topics=list(Topic.objects.filter(slug__in=topics, locale=index.locale)),
        datasets=[
            CityDataset(
                title=f"{slug} dataset {number}",
                url=f"https://data.example.org/{slug}/{number}",
                licence=CityDataset.Licence.CC0,
                data_format="CSV",
                standard=CityDataset.Standard.DCAT,
                topic=topic,
                locale=index.locale,
            )
            for number in range(datasets)
        ],
    )


def publish_child(parent, page, aliases=True):
    """Add `page` under `parent`, publish it and give it its aliases in every locale."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    if aliases:
        add_missing_aliases([page])
    return page


def news_index(language="en"):
    return page_in(language, "news", NewsIndexPage)


def live_news(language="en"):
    return NewsPage.objects.child_of(news_index(language)).live()


def structured_data(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


def warm_and_count(client, count_queries, url):
    assert client.get(url).status_code == 200
    response, queries = count_queries(client.get, url)
    assert response.status_code == 200
    return queries


def admin_form(client, url):
    """The admin page form at url, as the editor's browser would send it unchanged."""
    from wagtail.test.utils.form_data import querydict_from_html

    return querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
