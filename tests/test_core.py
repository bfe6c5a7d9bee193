"""Routing, languages, the switcher, hreflang, error pages, sitemap and query budgets."""

import re

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale, Page

from core.translation import translate_object

from .factories import NewsPageFactory
from .helpers import LANGUAGES, news_index, page_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_renders_in_every_language_with_lang_and_dir(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("ja,en;q=0.5", "/ja/"), ("zh-TW,zh;q=0.9", "/zh-hant/"), ("de-DE", "/en/"), ("", "/en/")],
)
def test_root_redirects_to_the_browsers_language(client, accept, expected):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept} if accept else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected


def hreflang_links(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def switcher_entries(html):
    switcher = html.split('class="language-switcher__list"')[1].split("</ul>")[0]
    entries = {}
    for item in re.findall(r"<li>(.*?)</li>", switcher, flags=re.S):
        code = re.search(r'hreflang="([^"]+)"', item).group(1)
        href = re.search(r'href="([^"]+)"', item).group(1)
        entries[code] = {"href": href, "untranslated": "language-switcher__status" in item}
    return entries


def test_alias_page_says_it_is_untranslated_and_links_every_language(client):
    # The demo leaves the Secretariat page untranslated in Korean and French.
    response = client.get("/ko/secretariat/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="note"' in html  # the untranslated notice
    assert '<h1 lang="en" dir="ltr">Secretariat</h1>' in html  # English text is marked
    entries = switcher_entries(html)
    assert set(entries) == set(LANGUAGES)
    assert entries["fr"]["href"] == "/fr/secretariat/"
    assert not entries["en"]["untranslated"]
    assert entries["ko"]["untranslated"]
    links = hreflang_links(html)
    assert links["x-default"] == "http://testserver/en/secretariat/"
    assert set(links) == set(LANGUAGES) | {"x-default"}


def test_translated_page_is_marked_translated_and_drops_the_notice(
    client, django_capture_on_commit_callbacks
):
    # The demo translates the events index into no language.
    events = page_in("en", "events")
    assert switcher_entries(client.get("/en/events/").content.decode())["ja"]["untranslated"]
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(events, "ja", lambda text: f"日本語: {text}")
    response = client.get("/ja/events/")
    html = response.content.decode()
    assert "日本語: Events" in html
    assert 'role="note"' not in html
    entries = switcher_entries(html)
    assert not entries["ja"]["untranslated"]
    assert entries["ko"]["untranslated"]
    # The English page's switcher now knows Japanese exists.
    english = switcher_entries(client.get("/en/events/").content.decode())
    assert not english["ja"]["untranslated"]


def test_untranslated_notice_is_in_the_visitors_language(client):
    with translation.override("fr"):
        expected = translation.gettext(
            "This page is not yet available in your language. You are reading the English original."
        )
    assert expected != (
        "This page is not yet available in your language. You are reading the English original."
    )
    assert expected in client.get("/fr/secretariat/").content.decode()


def test_an_address_served_before_follows_every_change_to_its_page(client):
    about = page_in("en", "about")
    assert client.get("/en/about/").status_code == 200  # its route is now cached
    about.slug = "about-us"
    about.save_revision().publish()
    assert client.get("/en/about/").status_code == 404
    assert client.get("/en/about-us/").status_code == 200
    japanese = about.get_translation(Locale.objects.get(language_code="ja")).url
    assert client.get(japanese).status_code == 200
    page_in("en", "about-us").unpublish()
    assert client.get("/en/about-us/").status_code == 404
    assert client.get(japanese).status_code == 404  # the source hides its other versions
    secretariat = page_in("en", "secretariat")
    assert client.get("/en/secretariat/").status_code == 200
    secretariat.delete()
    assert client.get("/en/secretariat/").status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_unknown_page_answers_a_translated_404(client, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    with translation.override(language):
        title = translation.gettext("Page not found")
    if language != "en":
        assert title != "Page not found", f"404 title is not translated into {language}"
    assert title in html
    # A way on: a search box for this language, and the main sections.
    assert f'action="/{language}/search/"' in html and 'name="q"' in html
    assert f'href="/{language}/news/"' in html and f'href="/{language}/members/"' in html


@pytest.mark.parametrize(
    "path",
    ["/xx/", "/en/../../etc/passwd", "/en/%00/", "/en/about/%E2%28%A1/", "/en/" + "a/" * 200],
)
def test_broken_urls_never_cause_a_server_error(client, path):
    response = client.get(path, follow=True)
    assert response.status_code in (400, 404)


def test_500_page_renders_without_the_database(client, settings):
    from django.template.loader import render_to_string

    with translation.override("ja"):
        html = render_to_string("500.html")
    assert '<html lang="ja" dir="ltr">' in html
    assert "Something went wrong" not in html


def test_demo_content_loads_twice_without_duplicates():
    before = Page.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert Page.objects.count() == before
    assert Page.objects.filter(depth=2, locale__language_code="en").count() == 1


def test_the_demo_content_passes_the_checks_an_editor_would_face():
    """The demo skips validation while it loads (core.demo.validation_paused): every page
    (sources and translations) and snippet it made must still pass Django's and Wagtail's
    checks, so the demo never shows what an editor could not have saved."""
    from django.core.exceptions import ValidationError
    from wagtail.snippets.models import get_snippet_models

    objects = list(Page.objects.filter(depth__gt=1, alias_of=None).specific())
    for model in get_snippet_models():
        objects += list(model.objects.all())
    problems = []
    for item in objects:
        try:
            item.full_clean()
        except ValidationError as error:
            problems.append(f"{type(item).__name__} {item.pk} ({item}): {error.message_dict}")
    assert len(objects) > 500
    assert not problems, "\n".join(problems)


def test_a_demo_page_nobody_translated_yet_offers_every_label_to_its_translator():
    """Key figures are a list block: saved in the old list format, their labels are not
    extracted by wagtail-localize, so a translator would leave them in English."""
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    from awards.models import AwardWinnerPage
    from cities.models import CityPage

    untranslated = {"locale__language_code": "en", "has_unpublished_changes": False}
    translated = ["2026-multimodal-journey-planner", "2024-smart-public-housing-management"]
    city = CityPage.objects.filter(slug="busan", **untranslated).get()
    winner = AwardWinnerPage.objects.filter(**untranslated).exclude(slug__in=translated)[0]
    for page, labels in (
        (city, {"priority topics", "datasets shared"}),
        (winner, {"residents reached", "in operation"}),
    ):
        strings = {
            segment.string.data
            for segment in extract_segments(page)
            if isinstance(segment, StringSegmentValue)
        }
        assert labels <= strings, page.title


def test_demo_pictures_differ_by_subject_and_say_what_they_show():
    from awards.models import AwardWinnerPage
    from cities.models import CityPage
    from news.models import EventPage
    from pilots.models import PilotPage

    english = {"locale__language_code": "en"}
    pictures = {
        "city": CityPage.objects.filter(**english).exclude(hero_image=None).first().hero_image,
        "housing pilot": PilotPage.objects.get(slug="smart-public-housing", **english).hero_image,
        "station pilot": PilotPage.objects.get(
            slug="main-station-navigation", **english
        ).hero_image,
        "award winner": AwardWinnerPage.objects.filter(**english).first().hero_image,
        "event": EventPage.objects.filter(**english).exclude(hero_image=None).first().hero_image,
    }
    descriptions = {subject: image.description for subject, image in pictures.items()}
    assert "skyline" in descriptions["city"]
    assert "apartment blocks" in descriptions["housing pilot"]
    assert "train at a station" in descriptions["station pilot"]
    assert "trophy" in descriptions["award winner"]
    assert "conference" in descriptions["event"]
    # Different drawings, not one picture in different colours.
    drawn = set()
    for image in pictures.values():
        with image.open_file() as picture:
            drawn.add(picture.read())
    assert len(drawn) == len(pictures)


def test_every_source_page_exists_in_every_locale():
    english = Page.objects.filter(locale__language_code="en", depth__gte=2)
    for page in english:
        assert page.get_translations(inclusive=True).count() == len(LANGUAGES), page.url_path


def test_the_sitemap_index_names_one_sitemap_per_language(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "<sitemapindex" in xml
    for language in LANGUAGES:
        assert f"<loc>http://testserver/sitemap-{language}.xml</loc>" in xml
    assert "http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_sitemap_lists_its_pages_with_every_alternate(client, language):
    xml = client.get(f"/sitemap-{language}.xml").content.decode()
    assert f"<loc>http://testserver/{language}/about/</loc>" in xml
    other = "ja" if language != "ja" else "en"
    assert f"<loc>http://testserver/{other}/about/</loc>" not in xml  # its own language only
    for code in LANGUAGES:  # every version named as an alternate
        assert f'hreflang="{code}" href="http://testserver/{code}/about/"' in xml
    assert 'hreflang="x-default" href="http://testserver/en/about/"' in xml


def test_long_lists_give_every_page_the_address_wagtail_gives_it(rf):
    from core.routing import address_of

    unicode_slug = page_in("ja", "about").add_child(instance=Page(title="台北", slug="台北"))
    request = rf.get("/")
    pages = Page.objects.filter(depth__gte=2)
    assert pages.count() > 100
    for page in pages:
        assert address_of(page.url_path, request) == page.get_url(request), page.url_path
    assert address_of(unicode_slug.url_path, request) == "/ja/about/%E5%8F%B0%E5%8C%97/"


@pytest.mark.parametrize("path", ["/sitemap-xx.xml", "/sitemap-en.xml?p=2", "/sitemap-en.xml?p=x"])
def test_unknown_sitemaps_are_404(client, path):
    assert client.get(path).status_code == 404


def test_a_large_language_is_split_into_numbered_parts(client, settings, monkeypatch):
    from core import sitemap

    monkeypatch.setattr(sitemap, "URLS_PER_SITEMAP", 10)
    index = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/sitemap-en.xml?p=2" in index
    first = client.get("/sitemap-en.xml").content.decode()
    second = client.get("/sitemap-en.xml?p=2").content.decode()
    assert first.count("<url>") == 10 and second.count("<url>") >= 1
    assert set(first.split("<loc>")[1:]).isdisjoint(second.split("<loc>")[1:])


def test_page_meta_for_search_engines_and_sharing(client):
    html = client.get("/es/about/").content.decode()
    assert '<link rel="canonical" href="http://testserver/es/about/">' in html
    assert '<meta property="og:locale" content="es_ES">' in html
    assert '<meta name="description"' in html


@pytest.mark.parametrize("path", ["/en/", "/en/about/", "/ar/secretariat/", "/ja/join/"])
def test_pages_render_within_the_query_budget(client, count_queries, path):
    client.get(path)  # warm the caches a real site keeps warm
    response, queries = count_queries(client.get, path)
    assert response.status_code == 200
    assert queries <= 10, f"{path} ran {queries} queries"


def test_sample_content_banner_can_be_switched_off(client):
    from core.models import SiteSettings

    assert "sample-banner" in client.get("/en/").content.decode()
    site_settings = SiteSettings.objects.get()
    site_settings.show_sample_content_banner = False
    site_settings.save()
    assert "sample-banner" not in client.get("/en/").content.decode()


def language_of(element):
    """The language an element is marked as: its own lang, or its nearest ancestor's."""
    while element is not None and not element.has_attr("lang"):
        element = element.parent
    return (element["lang"], element.get("dir")) if element is not None else (None, None)


@pytest.mark.parametrize("slug", ["members/taipei", "pilots", "events"])
def test_untranslated_page_marks_only_its_english_text_as_english(client, slug):
    # An Arabic visitor reading an English original: the page's own text is English and
    # left-to-right, the interface around it (notice, headings, labels, menus) stays Arabic.
    from bs4 import BeautifulSoup

    response = client.get(f"/ar/{slug}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert language_of(soup.find("main")) == ("ar", "rtl")
    assert soup.select_one("main .notice--untranslated") is not None
    assert language_of(soup.find("h1")) == ("en", "ltr")
    # Section headings the template writes (authored headings in the body have no id),
    # fact names, filter labels and buttons, the menus.
    interface = soup.select(
        "main h2[id], main aside dt, main button, main label, .notice, .site-header summary"
    )
    assert interface, "the page shows interface text"
    for element in interface:
        assert language_of(element) == ("ar", "rtl"), element


def test_a_sitemap_read_once_lists_a_page_published_after_it(client):
    # Sitemaps are kept in the shared cache between publishes: a publish must show at once.
    client.get("/sitemap-en.xml")
    page = NewsPageFactory(parent=news_index("en"), slug="sitemap-freshness")
    parts = client.get("/sitemap.xml").content.decode().count("/sitemap-en.xml")
    listed = "".join(
        client.get("/sitemap-en.xml", {"p": part}).content.decode() for part in range(1, parts + 1)
    )
    assert f"/en/news/{page.slug}/" in listed
