"""Site search: language scoping (including Chinese and Japanese), filters, highlighting,
promoted results, hostile input and the query budget; sharing metadata."""

import datetime
import json
import re
import time

import pytest
from django.utils import timezone
from wagtail.models import Page

from core.aliases import add_missing_aliases
from core.models import SiteImage, Topic
from core.translation import translate_object
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

from .helpers import LANGUAGES, page_in

pytestmark = pytest.mark.django_db

# A made-up word no demo page contains, so results are only what each test creates.
WORD = "Quillbrook"


def english_index(model):
    return model.objects.filter(locale__language_code="en").first()


def add_news(title, lead, *, date=None, topics=(), image=None, aliases=True):
    index = english_index(NewsIndexPage)
    page = NewsPage(
        title=title,
        slug=re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:50],
        locale=index.locale,
        kind=NewsPage.Kind.NEWS,
        date=date or datetime.date(2024, 5, 1),
        lead=lead,
        hero_image=image,
    )
    index.add_child(instance=page)
    page.topics.set(topics)
    page.save_revision().publish()
    if aliases:
        add_missing_aliases([page])
    return page


def add_event(title, intro, *, start=None):
    index = english_index(EventIndexPage)
    start = start or timezone.make_aware(datetime.datetime(2023, 9, 14, 9, 0))
    page = EventPage(
        title=title,
        slug=re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:50],
        locale=index.locale,
        kind=EventPage.Kind.WORKSHOP,
        start=start,
        end=start + datetime.timedelta(hours=3),
        intro=intro,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def search(client, language, **params):
    response = client.get(f"/{language}/search/", params)
    assert response.status_code == 200
    return response


def result_links(response):
    html = response.content.decode()
    return re.findall(r'class="search-result__title"><a href="([^"]+)"', html)


def promoted_links(response):
    html = response.content.decode()
    if 'class="search-promotions"' not in html:
        return []
    block = html.split('class="search-promotions"')[1].split("</ul>")[0]
    return re.findall(r'<a href="([^"]+)"', block)


def translate_into(page, language, strings, capture):
    def lookup(text):
        return strings.get(text, text)

    with capture(execute=True):
        return translate_object(page, language, lookup)


# --- Language scoping ------------------------------------------------------------------------


def test_a_query_finds_the_page_in_the_visitors_language_only(client):
    page = add_news(f"{WORD} lighting pilot", f"{WORD} streets get adaptive street lighting.")
    english = search(client, "en", q=WORD)
    assert result_links(english) == [page.get_url()]
    for language in ("ko", "fr", "ar"):
        # Untranslated pages are found too, as the visitor's language version (an alias).
        links = result_links(search(client, language, q=WORD))
        assert links == [f"/{language}{page.get_url()[3:]}"], language


def test_chinese_and_japanese_queries_find_translated_pages_in_their_language(
    client, django_capture_on_commit_callbacks
):
    title, lead = f"{WORD} lighting pilot", f"{WORD} streets get adaptive street lighting."
    page = add_news(title, lead)
    translate_into(
        page,
        "zh-hant",
        {title: "奎爾布魯克智慧路燈計畫", lead: "奎爾布魯克的街道換上了會自動調光的智慧路燈。"},
        django_capture_on_commit_callbacks,
    )
    translate_into(
        page,
        "ja",
        {
            title: "クイルブルックのスマート街灯計画",
            lead: "クイルブルックの通りに明るさを自動で変える街灯が設置された。",
        },
        django_capture_on_commit_callbacks,
    )
    path = page.get_url()[3:]

    # A word from the middle of a sentence: no spaces around it in either language.
    assert result_links(search(client, "zh-hant", q="路燈")) == [f"/zh-hant{path}"]
    assert result_links(search(client, "zh-hant", q="自動調光")) == [f"/zh-hant{path}"]
    assert result_links(search(client, "ja", q="街灯")) == [f"/ja{path}"]
    assert result_links(search(client, "ja", q="明るさ")) == [f"/ja{path}"]
    # Each language's words are only found in that language.
    assert result_links(search(client, "ja", q="路燈")) == []
    assert result_links(search(client, "zh-hant", q="街灯")) == []
    for language in ("en", "ko", "es"):
        assert result_links(search(client, language, q="街灯")) == [], language
    # The translated pages no longer answer to the English word; other languages still do.
    assert result_links(search(client, "ja", q=WORD)) == []
    assert result_links(search(client, "es", q=WORD)) == [f"/es{path}"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_result_is_in_the_visitors_language(client, language):
    response = search(client, language, q="city")
    links = result_links(response)
    assert links, "the demo content mentions cities in every language tree"
    assert all(link.startswith(f"/{language}/") for link in links)


# --- Filters ---------------------------------------------------------------------------------


def test_pages_named_by_the_query_come_before_pages_that_only_mention_it(client):
    # Many news items mention the made-up word in their text; one names it in its title,
    # and it is the oldest of them.
    for number in range(4):
        add_news(
            f"Council note {number}",
            f"{WORD} {WORD} {WORD}: the word is said again and again in this lead.",
            date=datetime.date(2025, 3, 1 + number),
        )
    named = add_news(f"{WORD} programme", "A programme.", date=datetime.date(2020, 1, 1))
    exact = add_news(
        WORD, "A page with the word as its whole title.", date=datetime.date(2019, 1, 1)
    )
    links = result_links(search(client, "en", q=WORD.lower()))
    assert len(links) == 6
    assert links[:2] == [exact.url, named.url]


@pytest.mark.parametrize("words", [["taipei"], ["smart", "city"], ["station"]])
def test_pages_that_only_mention_the_words_keep_the_backends_order_of_relevance(words):
    # On SQLite the matches are ranked by the site's own single pass over the full-text
    # index (search.engine.sqlite_ranked_ids); the pages and their order must be the
    # backend's, on every database.
    from wagtail.models import Locale

    from search.engine import TITLE_LIMIT, title_matches, titles_first, visible_pages

    locale = Locale.objects.get(language_code="en")
    queryset = Page.objects.filter(locale=locale, id__in=visible_pages(locale).values("id"))
    titled = list(title_matches(queryset, words).values_list("id", flat=True)[:TITLE_LIMIT])
    found = titles_first(queryset, words)
    backend = list(
        queryset.search(" ".join(words), operator="and").get_queryset().values_list("pk", flat=True)
    )
    others = [pk for pk in backend if pk not in titled]
    assert len(others) >= 3  # enough pages for their order to matter
    assert found == titled + others


def test_type_topic_and_year_filters_narrow_the_results(client):
    mobility = Topic.objects.get(slug="mobility", locale__language_code="en")
    on_topic = add_news(
        f"{WORD} bus lanes",
        f"{WORD} opens bus lanes.",
        date=datetime.date(2019, 3, 1),
        topics=[mobility],
        aliases=False,
    )
    off_topic = add_news(
        f"{WORD} library hours",
        f"{WORD} extends library hours.",
        date=datetime.date(2021, 3, 1),
        aliases=False,
    )
    event = add_event(f"{WORD} workshop", f"A {WORD} workshop on bus lanes.")

    everything = set(result_links(search(client, "en", q=WORD)))
    assert everything == {on_topic.url, off_topic.url, event.url}
    assert set(result_links(search(client, "en", q=WORD, type="news"))) == {
        on_topic.url,
        off_topic.url,
    }
    assert result_links(search(client, "en", q=WORD, type="event")) == [event.url]
    assert result_links(search(client, "en", q=WORD, topic="mobility")) == [on_topic.url]
    assert result_links(search(client, "en", q=WORD, year="2021")) == [off_topic.url]
    assert result_links(search(client, "en", q=WORD, year="2023")) == [event.url]
    assert result_links(search(client, "en", q=WORD, type="city")) == []
    # Filters alone list the matching pages, newest first.
    listed = result_links(search(client, "en", type="news", year="2019"))
    assert on_topic.url in listed and off_topic.url not in listed


def test_invalid_filters_are_reported_and_ignored(client):
    page = add_news(f"{WORD} trams", f"{WORD} tests trams.", aliases=False)
    response = search(client, "en", q=WORD, type="<script>", topic="nope", year="1066")
    html = response.content.decode()
    assert result_links(response) == [page.url]
    assert "<script>" not in html.split('id="main"')[1]
    assert "form__field--error" in html


# --- What results show -----------------------------------------------------------------------


def test_results_highlight_the_terms_and_escape_the_text(client):
    add_news(
        f"{WORD} <b>bold</b> & co",
        f"Residents of {WORD} & Sons voted for <script>alert(1)</script> parks.",
        aliases=False,
    )
    html = search(client, "en", q=f"{WORD.lower()} parks").content.decode()
    assert f"<mark>{WORD}</mark> &lt;b&gt;bold&lt;/b&gt; &amp; co" in html
    assert "<mark>parks</mark>" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_an_excerpt_around_the_match_is_shown_when_the_summary_lacks_it(client):
    filler = " ".join(["Municipal services keep improving every season."] * 20)
    add_news(f"{WORD} report", f"{filler} The Zanthorpe index rose. {filler}", aliases=False)
    html = search(client, "en", q="Zanthorpe").content.decode()
    snippet = re.search(r'class="search-result__snippet">(.*?)</p>', html, re.S).group(1)
    assert "<mark>Zanthorpe</mark>" in snippet
    assert len(re.sub("<[^>]+>", "", snippet)) < 400


def test_promoted_results_come_first_in_the_visitors_language(client):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    page = add_news(f"{WORD} harbour", f"{WORD} rebuilds its harbour.")
    about = Page.objects.get(locale__language_code="en", url_path__endswith="/about/")
    SearchPromotion.objects.create(
        query=Query.get(WORD), page=about, sort_order=0, description="Who we are."
    )
    response = search(client, "ja", q=f"  {WORD.upper()} ")
    assert promoted_links(response) == ["/ja/about/"]
    html = response.content.decode()
    assert html.index('class="search-promotions"') < html.index('class="search-results"')
    assert "Who we are." in html
    assert result_links(response) == [f"/ja{page.get_url()[3:]}"]
    # Not promoted for other queries.
    assert promoted_links(search(client, "ja", q="harbour")) == []


# --- Hostile input ---------------------------------------------------------------------------

HOSTILE = [
    {"q": "x" * 10_000},
    {"q": "ab " * 3_000},
    {"q": "a\x00b"},
    {"q": "\x00"},
    {"q": '"" OR AND -'},
    {"q": "' OR 1=1 --"},
    {"q": '"unclosed phrase AND (NOT'},
    {"q": "%"},
    {"q": "*"},
    {"q": "NEAR(a b)"},
    {"q": "title:x body:y"},
    {"q": "\\"},
    {"q": "🙂🙂🙂"},
    {"q": "臺北" * 2_000},
    {"q": "taipei", "page": "abc"},
    {"q": "taipei", "page": "999999"},
    {"q": "taipei", "page": "-1"},
    {"q": "taipei", "page": "1e10"},
    {"q": "taipei", "type": "<script>"},
    {"q": "taipei", "year": "99999999999999999999"},
    {"q": "taipei", "topic": "\x00"},
    {"type": "news", "year": "2025"},
]


@pytest.mark.parametrize("params", HOSTILE, ids=lambda params: repr(params)[:40])
def test_hostile_queries_answer_normally_in_bounded_time(client, params):
    started = time.monotonic()
    response = client.get("/en/search/", params)
    elapsed = time.monotonic() - started
    assert response.status_code in (200, 400)
    assert elapsed < 5, f"took {elapsed:.1f}s"


@pytest.mark.parametrize(
    "query_string",
    ["q=%FF", "q=%C3%28", "q=%ED%A0%80", "q=%00", "q=taipei&page=%FF", "q=%E8%87%BA%E5"],
)
def test_invalid_utf8_in_the_address_answers_normally(client, query_string):
    response = client.get(f"/en/search/?{query_string}")
    assert response.status_code in (200, 400)


def test_long_queries_are_cut_short(client):
    response = search(client, "en", q="lighting " * 1_000)
    value = re.search(r'name="q" id="id_q" value="([^"]*)"', response.content.decode()).group(1)
    assert 0 < len(value) <= 200


# --- Admin search ----------------------------------------------------------------------------


def test_editors_find_pages_by_words_of_their_text_in_the_admin(admin_client):
    page = add_news("Council note on water", f"The {WORD} reservoir reopens in spring.")
    html = admin_client.get("/admin/pages/search/", {"q": WORD.lower()}).content.decode()
    assert f"/admin/pages/{page.pk}/edit/" in html
    # Word beginnings work as they do for titles.
    html = admin_client.get("/admin/pages/search/", {"q": WORD[:6]}).content.decode()
    assert f"/admin/pages/{page.pk}/edit/" in html


# --- Query budget ----------------------------------------------------------------------------


def test_results_page_stays_within_the_query_budget(client, count_queries):
    image = SiteImage.objects.first()
    for number in range(3):
        add_news(f"{WORD} item {number}", f"{WORD} news number {number}.", image=image)
    add_event(f"{WORD} forum", f"The {WORD} forum.")
    url = f"/en/search/?q={WORD}"
    client.get(url)
    _response, few = count_queries(client.get, url)
    for number in range(3, 9):
        add_news(f"{WORD} item {number}", f"{WORD} news number {number}.", image=image)
    add_event(f"{WORD} second forum", f"The second {WORD} forum.")
    client.get(url)
    response, many = count_queries(client.get, url)
    assert len(result_links(response)) == 10
    assert few == many, f"{few} queries for 4 results, {many} for 10"
    assert many <= 10


# --- Search engines and sharing --------------------------------------------------------------


def test_pages_carry_an_absolute_share_image(client):
    html = client.get("/en/about/").content.decode()
    image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert image.startswith("http://testserver/") and image.endswith(".jpg")
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert '<meta property="og:image:alt" content="' in html


def test_a_page_shares_its_listing_image(client):
    image = SiteImage.objects.order_by("-id").first()
    about = Page.objects.get(locale__language_code="en", url_path__endswith="/about/").specific
    assert about.listing_image_id != image.pk
    about.listing_image = image
    about.save_revision().publish()
    html = client.get("/en/about/").content.decode()
    shared = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert image.get_rendition("fill-1200x630|format-jpeg|jpegquality-80").url in shared
    alt = re.search(r'<meta property="og:image:alt" content="([^"]+)">', html).group(1)
    assert alt == image.description


@pytest.mark.parametrize("language", ["en", "ja", "ar"])
def test_home_page_describes_the_organisation_for_search_engines(client, language):
    html = client.get(f"/{language}/").content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    types = {node["@type"]: node for node in data["@graph"]}
    assert types["Organization"]["name"] == "Go Smart"
    assert types["Organization"]["url"] == f"http://testserver/{language}/"
    search_target = types["WebSite"]["potentialAction"]["target"]["urlTemplate"]
    assert search_target == f"http://testserver/{language}/search/?q={{search_term_string}}"


def test_search_results_are_not_indexed_but_the_search_page_is_canonical(client):
    html = search(client, "fr", q="taipei").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert '<link rel="canonical" href="http://testserver/fr/search/">' in html
    assert '<html lang="fr"' in html


# --- Chinese and Japanese variant characters ------------------------------------------------


def test_variant_spellings_of_a_term():
    from search.text import spellings

    assert spellings("台北")[0] == "台北" and "臺北" in spellings("台北")
    assert "臺灣" in spellings("台湾") and "台灣" in spellings("台湾")
    assert spellings("Taipei") == ["Taipei"]


@pytest.mark.parametrize(
    "language,query,title",
    [
        ("zh-hant", "台北", "臺北市"),  # the everyday 台 finds the formal 臺
        ("ja", "臺北", "台北市"),  # and the other way round
        ("zh-hant", "臺北", "臺北市"),
    ],
)
def test_variant_characters_find_the_same_city(client, language, query, title):
    taipei = page_in(language, "members/taipei")
    assert taipei.title == title
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    assert f'href="{taipei.url}"' in html
    assert f"<mark>{title[:2]}</mark>" in html  # the match is highlighted as written


def test_no_results_in_a_language_offers_the_english_results(client):
    from django.utils import translation

    html = client.get("/ar/search/", {"q": "مدينة ذكية غير موجودة"}).content.decode()
    with translation.override("ar"):
        nothing = translation.gettext(
            "No pages matched your search. Try other or fewer words, or remove a filter."
        )
    assert nothing in html
    assert 'href="/en/search/?q=' in html and 'hreflang="en"' in html
    english = client.get("/en/search/", {"q": "zzzznothing"}).content.decode()
    assert 'href="/en/search/?q=' not in english  # already English: nothing to offer


def test_pagination_numbers_the_pages(client):
    html = client.get("/en/search/", {"type": "news"}).content.decode()
    assert 'aria-current="page"><span class="visually-hidden">Page </span>1</span>' in html
    assert '<a href="?type=news&amp;page=2"><span class="visually-hidden">Page </span>2</a>' in html
    assert "Page 1 of" in html
