"""Nothing hidden ever shows: every way of hiding a page × every registered public surface ×
every language (core.visibility is the rule, core.surfaces the list of surfaces).

For each way of hiding, a small world is built once for the module: a host city (visible)
and six probe pages (a city, a pilot under the host, an award winner of the host, a press
release and an event about the host, a page in the menu), plus visible witness pages that
point at the probes (a news item and an event about the probe city, a pilot adopted by it
that the probe winner refers to, another project of the host). Every probe's title, slug and
text carry the word "Zorvex<way>", so a leak is found by looking for "zorvex" anywhere in
what a surface sends. Then the probes are hidden, each world its own way, every surface is
read in every language, the restrictions and embargoes are lifted, and every surface must
show the probes it lists.
"""

import datetime
import re
from decimal import Decimal
from unittest import mock

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import TranslationSource

from awards.models import AwardWinnerPage
from core import surfaces
from core.demo import bulk_saves, index_pages_after, indexes_paused
from core.models import BasePage
from news.models import EventPage, NewsPage
from pilots.models import PilotPage

from .factories import (
    AwardCategoryPageFactory,
    AwardEditionFactory,
    AwardWinnerPageFactory,
    CityPageFactory,
    EventPageFactory,
    NewsPageFactory,
    PilotPageFactory,
    StandardPageFactory,
)
from .helpers import LANGUAGES, page_in

pytestmark = pytest.mark.django_db

WAYS = [
    "login",
    "password",
    "groups",
    "unpublished",
    "expired",
    "scheduled",
    "ancestor",
    "aftertranslation",
    "translationonly",
]
KIND_MODELS = {
    "city": "cities.CityPage",
    "pilot": "pilots.PilotPage",
    "winner": "awards.AwardWinnerPage",
    "news": "news.NewsPage",
    "event": "news.EventPage",
    "page": "home.StandardPage",
}
LIFTED_LANGUAGES = ["en", "zh-hant", "ar"]
# Witness pages (the sections pages show about others) are read in English, the languages
# where the probes have real translations (ja, fr) and the right-to-left one.
WITNESS_LANGUAGES = ["en", "ja", "fr", "ar"]
EMBARGO = datetime.timedelta(hours=3)


def model(label):
    return apps.get_model(label)


def word(way):
    return f"Zorvex{way}"


class World:
    """One way of hiding: its host city, probes and witnesses (English pages)."""

    def __init__(self, way, places):
        self.way = way
        self.probes = {}
        self.witnesses = {}
        today = timezone.localdate()
        soon = timezone.now().replace(microsecond=0) + datetime.timedelta(days=30)
        text = f"{word(way)} appears here only."

        def city(title, slug):
            return CityPageFactory(
                parent=places["members"],
                title=title,
                slug=slug,
                latitude=Decimal("38.7"),
                longitude=Decimal("-9.1"),
                member_since=2026,
                intro=f"{title}: a member.",
            )

        host = self.host = city(f"Host of {way}", f"host-{way}")
        self.witnesses["cities.CityPage"] = host
        self.probes["city"] = city(f"{word(way)} city", f"zorvex{way}-city")
        pilot_fields = dict(venue_type=PilotPage.VenueType.STREET, status=PilotPage.Status.RUNNING)
        witness_pilot = PilotPageFactory(
            parent=host,
            start_date=datetime.date(2001, 1, 1),  # listed after the probes
            title=f"Pilot adopted in {way}",
            slug=f"witness-{way}-pilot",
            challenge="<p>A witness.</p>",
            solution="<p>A witness.</p>",
            **pilot_fields,
        )
        witness_pilot.adopted_by.set([self.probes["city"]])
        witness_pilot.save_revision().publish()
        self.witnesses["pilots.PilotPage"] = witness_pilot
        self.probes["pilot"] = PilotPageFactory(
            parent=host,
            title=f"{word(way)} pilot",
            slug=f"zorvex{way}-pilot",
            challenge=f"<p>{text}</p>",
            solution=f"<p>{text}</p>",
            start_date=today,
            **pilot_fields,
        )
        category = places["category"]
        if way == "ancestor":
            # A category of its own, so that restricting it hides only this world.
            category = self.category = AwardCategoryPageFactory(
                parent=places["awards"],
                title="Ancestor category",
                slug="ancestor-category",
                description="A category.",
            )
        self.witnesses["awards.AwardCategoryPage"] = category
        winner_fields = dict(parent=category, edition=places["edition"], city=host)
        self.probes["winner"] = AwardWinnerPageFactory(
            title=f"{word(way)} winner",
            slug=f"zorvex{way}-winner",
            project_name=f"{word(way)} project",
            project_summary=text,
            pilot=witness_pilot,
            placement=AwardWinnerPage.Placement.WINNER,
            **winner_fields,
        )
        self.witnesses["awards.AwardWinnerPage"] = AwardWinnerPageFactory(
            title=f"Another project of {way}",
            slug=f"witness-{way}-winner",
            project_name="Another project",
            project_summary="Another project of the host.",
            placement=AwardWinnerPage.Placement.FINALIST,
            **winner_fields,
        )
        news = self.probes["news"] = NewsPageFactory(
            parent=places["news"],
            title=f"{word(way)} news",
            slug=f"zorvex{way}-news",
            kind=NewsPage.Kind.PRESS_RELEASE,
            date=today,
            lead=text,
            press_contact=places["press_contact"],
        )
        news.related_cities.set([host])
        news.save_revision().publish()
        witness_news = self.witnesses["news.NewsPage"] = NewsPageFactory(
            parent=places["news"],
            title=f"News about the probe city of {way}",
            slug=f"witness-{way}-news",
            date=today - datetime.timedelta(days=1),
            lead="A witness.",
        )
        witness_news.related_cities.set([self.probes["city"]])
        witness_news.save_revision().publish()
        event_fields = dict(
            parent=places["events"], kind=EventPage.Kind.WORKSHOP, start=soon, end=soon
        )
        self.probes["event"] = EventPageFactory(
            title=f"{word(way)} event",
            slug=f"zorvex{way}-event",
            intro=text,
            host_city=host,
            **event_fields,
        )
        self.witnesses["news.EventPage"] = EventPageFactory(
            title=f"Event hosted by the probe city of {way}",
            slug=f"witness-{way}-event",
            intro="A witness.",
            host_city=self.probes["city"],
            **event_fields,
        )
        self.probes["page"] = StandardPageFactory(
            parent=places["home"],
            title=f"{word(way)} page",
            slug=f"zorvex{way}-page",
            intro=text,
            show_in_menus=True,
        )

    def refresh(self):
        """Fresh copies: each test rolls back what the one before changed."""
        for group in (self.probes, self.witnesses):
            for key, page in group.items():
                group[key] = Page.objects.get(pk=page.pk).specific
        self.host = Page.objects.get(pk=self.host.pk).specific
        if hasattr(self, "category"):
            self.category = Page.objects.get(pk=self.category.pk).specific

    def slug(self, kind):
        return f"zorvex{self.way}-{kind}"

    def version(self, page, language):
        return Page.objects.get(
            translation_key=page.translation_key, locale__language_code=language
        ).specific


# --- Hiding and lifting, one way each -------------------------------------------------------


def restrict(page, restriction_type, world, group=None):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="zorvex-secret"
    )
    if group is not None:
        restriction.groups.set([group])
    world.restrictions.append(restriction)


def translate(page, language):
    """A real (not alias) translation into language, published, as wagtail-localize makes."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    # wagtail-localize publishes in transaction.on_commit: run those callbacks here.
    with TestCase.captureOnCommitCallbacks(execute=True):
        source.create_or_update_translation(
            page_in(language, "").locale, publish=True, fallback=True
        )
    return Page.objects.get(
        translation_key=page.translation_key, locale=page_in(language, "").locale
    )


def hide(world, group):
    world.restrictions = []
    world.refresh()
    way = world.way
    for kind, probe in world.probes.items():
        if way == "login":
            restrict(probe, PageViewRestriction.LOGIN, world)
        elif way == "password":
            restrict(probe, PageViewRestriction.PASSWORD, world)
        elif way == "groups":
            restrict(probe, PageViewRestriction.GROUPS, world, group)
        elif way == "unpublished":
            probe.unpublish()
        elif way == "expired":
            # An expiry time set by publishing; the surfaces are read once it has passed,
            # before publish_scheduled has run (after_expiry).
            probe.expire_at = world.expires_at = timezone.now() + datetime.timedelta(minutes=1)
            probe.save_revision().publish()
        elif way == "scheduled":
            # An embargo set on a page that was never live, through the publish action the
            # admin's "Publish" button runs, with the other-language versions already there.
            probe.unpublish()
            probe.refresh_from_db()
            probe.go_live_at = world.go_live_at = timezone.now() + EMBARGO
            probe.save_revision().publish()
        elif way == "ancestor":
            if kind == "pilot":
                restrict(world.host, PageViewRestriction.LOGIN, world)
            elif kind == "winner":
                restrict(world.category, PageViewRestriction.LOGIN, world)
            else:
                restrict(probe, PageViewRestriction.LOGIN, world)
        elif way == "aftertranslation":
            translate(probe, "ja")
            restrict(probe, PageViewRestriction.LOGIN, world)
        elif way == "translationonly":
            restrict(translate(probe, "fr"), PageViewRestriction.LOGIN, world)


def lift(world):
    way = world.way
    for restriction in world.restrictions:
        restriction.delete()
    if way in ("unpublished", "expired"):
        for probe in world.probes.values():
            Page.objects.filter(pk=probe.pk).update(expire_at=None)
            probe.refresh_from_db()
            probe.expire_at = None
            probe.save_revision().publish()


def once_expired(worlds):
    """Read the surfaces two minutes after the "expired" world's expiry (the scheduled
    world's go-live is hours away still)."""
    later = worlds["expired"].expires_at + datetime.timedelta(minutes=2)
    return mock.patch("django.utils.timezone.now", return_value=later)


def publish_scheduled_at_go_live(world):
    with mock.patch(
        "django.utils.timezone.now", return_value=world.go_live_at + datetime.timedelta(minutes=1)
    ):
        call_command("publish_scheduled")


# --- The world, built once for the module ---------------------------------------------------


@pytest.fixture(scope="module")
def worlds(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        places = {
            "home": page_in("en", ""),
            "members": page_in("en", "members"),
            "news": page_in("en", "news"),
            "events": page_in("en", "events"),
            "awards": page_in("en", "awards"),
        }
        places["category"] = (
            model("awards.AwardCategoryPage").objects.child_of(places["awards"]).first()
        )
        places["press_contact"] = (
            model("news.PressContact").objects.filter(locale=places["home"].locale).first()
        )
        places["edition"] = AwardEditionFactory(
            year=2041,
            theme="The probe year",
            call_opens=datetime.date(2040, 1, 1),
            call_closes=datetime.date(2040, 3, 1),
            locale=places["home"].locale,
        )
        # Built as the demo is: indexed for search once, in bulk, rather than at each of the
        # worlds' many saves, and with one turn of the cache generation at the end.
        last_pk = Page.objects.order_by("-pk").values_list("pk", flat=True).first()
        with bulk_saves(), indexes_paused():
            built = {way: World(way, places) for way in WAYS}
        index_pages_after(last_pk)
        yield built
        transaction.set_rollback(True)


@pytest.fixture
def group():
    return Group.objects.create(name="Probe readers")


def fetch(client, url):
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body.decode("utf-8", errors="replace")


def surface_addresses(language, terms):
    """(surface, address) for every registered surface that has addresses of its own."""
    seen = set()
    for surface in surfaces.registered():
        if surface.addresses is None:
            continue
        if not surface.per_language and language != "en":
            continue
        for term in terms:
            for address in surface.addresses(language, term):
                if address not in seen:
                    seen.add(address)
                    yield surface, address


def witness_addresses(worlds, language):
    """(surface, world, address) for every page-section surface: on each world's witness
    page of that type, or (world None) on the first page of the type when no world has one."""
    for surface in surfaces.registered():
        if surface.page_model is None or surface.addresses is not None:
            continue
        shared = None
        for world in worlds.values():
            witness = world.witnesses.get(surface.page_model)
            if witness is not None:
                yield surface, world, world.version(witness, language).url
            elif shared is None:
                shared = (
                    model(surface.page_model).objects.filter(locale__language_code="en").first()
                )
                yield surface, None, world.version(shared, language).url


# A probe's title, slug or text (the search box repeating the query word is not a leak).
LEAK = re.compile(
    r"zorvex\w+[- ](?:city|pilot|winner|project|news|event|page)|appears here only",
    re.IGNORECASE,
)


def private_form_or_404(way):
    if way in ("unpublished", "expired", "scheduled"):
        return "404"
    if way == "password":
        return "password"
    return "login"


class TestEveryWayOfHidingAtOnce:
    """The three readings of the whole matrix share one hiding of every world (the costly
    part: restrictions, unpublishing, translations in every language), rolled back after."""

    @pytest.fixture(scope="class")
    def hidden_worlds(self, worlds, django_db_blocker):
        with django_db_blocker.unblock(), transaction.atomic():
            readers = Group.objects.create(name="Probe readers")
            for world in worlds.values():
                hide(world, readers)
            yield worlds
            transaction.set_rollback(True)

    def test_hidden_pages_show_on_no_surface_in_any_language(self, client, hidden_worlds):
        worlds = hidden_worlds
        terms = [word(way).lower() for way in WAYS]
        leaks, errors = [], []
        after_expiry = once_expired(worlds)
        for language in LANGUAGES:
            reads = [(s, a) for s, a in surface_addresses(language, terms)]
            if language in WITNESS_LANGUAGES:
                reads += [(s, a) for s, _w, a in witness_addresses(worlds, language)]
            for surface, address in reads:
                with after_expiry:
                    response, body = fetch(client, address)
                if response.status_code >= 500:
                    errors.append(f"{address}: {response.status_code}")
                found = sorted({match.lower() for match in LEAK.findall(body)})
                if found:
                    leaks.append(f"{surface.name} ({address}): {found[:4]}")
        assert not errors, errors
        assert not leaks, "\n".join(leaks)

    def test_hidden_pages_answer_with_the_right_form_or_404_in_every_language(
        self, client, hidden_worlds
    ):
        worlds = hidden_worlds
        wrong = []
        for world in worlds.values():
            expected = private_form_or_404(world.way)
            for kind, probe in world.probes.items():
                for language in LANGUAGES:
                    url = world.version(probe, language).url
                    with once_expired(worlds):
                        response, body = fetch(client, url)
                    title = f"{word(world.way)} {kind}".lower()
                    if expected == "404":
                        ok = response.status_code == 404
                    elif expected == "password":
                        ok = (
                            response.status_code == 200
                            and 'name="password"' in body
                            and title not in body.lower()
                            and "no-store" in response.get("Cache-Control", "")
                            and f'lang="{language}"' in body
                        )
                    else:
                        location = response.get("Location", "")
                        ok = (
                            response.status_code == 302
                            and location.startswith(f"/{language}/_util/login/")
                            and "no-store" in response.get("Cache-Control", "")
                        )
                    if not ok:
                        wrong.append(f"{world.way} {kind} {url}: {response.status_code}")
        assert not wrong, "\n".join(wrong)

    def test_lifted_pages_show_on_every_surface_that_lists_them(self, client, hidden_worlds):
        worlds = hidden_worlds
        for world in worlds.values():
            lift(world)
        publish_scheduled_at_go_live(worlds["scheduled"])
        later = worlds["scheduled"].go_live_at + datetime.timedelta(minutes=2)
        missing = []
        with mock.patch("django.utils.timezone.now", return_value=later):
            for language in LIFTED_LANGUAGES:
                # A surface shows a page when one of its addresses does (a listing's pages, a
                # sitemap's parts).
                shown_on, addresses_of = {}, {}
                for surface, address in surface_addresses(language, ["zorvexlogin"]):
                    _response, body = fetch(client, address)
                    shown_on[surface] = shown_on.get(surface, "") + body
                    addresses_of.setdefault(surface, []).append(address)
                for surface, body in shown_on.items():
                    if surface.name.startswith("site search"):
                        continue  # searched per world below
                    for world in worlds.values():
                        for kind in surface.lists:
                            if world.slug(kind) not in body:
                                where = " ".join(addresses_of[surface])
                                missing.append(f"{surface.name} {where}: {world.slug(kind)}")
                for world in worlds.values():
                    _response, body = fetch(client, f"/{language}/search/?q={word(world.way)}")
                    for kind in KIND_MODELS:
                        if world.slug(kind) not in body:
                            missing.append(f"search {language}: {world.slug(kind)}")
                if language not in WITNESS_LANGUAGES:
                    continue
                for surface, witness_world, address in witness_addresses(worlds, language):
                    _response, body = fetch(client, address)
                    checked = [witness_world] if witness_world else list(worlds.values())
                    for kind, world in ((k, w) for k in surface.lists for w in checked):
                        if world.slug(kind) not in body:
                            missing.append(f"{surface.name} {address}: {world.slug(kind)}")
                for world in worlds.values():
                    for probe in world.probes.values():
                        url = world.version(probe, language).url
                        if client.get(url).status_code != 200:
                            missing.append(f"page {url}")
        assert not missing, "\n".join(missing)


def test_an_embargo_holds_in_every_language_until_publish_scheduled(client, worlds, group):
    world = worlds["scheduled"]
    hide(world, group)
    probe = world.probes["news"]
    urls = [world.version(probe, language).url for language in LANGUAGES]
    # Wagtail set the other-language versions live: the rule still hides them.
    assert Page.objects.filter(translation_key=probe.translation_key, live=True).exists()
    assert {client.get(url).status_code for url in urls} == {404}
    call_command("publish_scheduled")  # too early: nothing changes
    assert {client.get(url).status_code for url in urls} == {404}
    publish_scheduled_at_go_live(world)
    with mock.patch(
        "django.utils.timezone.now", return_value=world.go_live_at + datetime.timedelta(minutes=2)
    ):
        assert {client.get(url).status_code for url in urls} == {200}


def test_a_password_shown_once_opens_the_page_in_that_language(client, worlds, group):
    world = worlds["password"]
    hide(world, group)
    probe = world.version(world.probes["news"], "ja")
    response = client.get(probe.url)
    action = re.search(r'action="([^"]+)"', response.content.decode()).group(1)
    assert action.startswith("/ja/_util/authenticate_with_password/")
    wrong = client.post(action, {"password": "wrong", "return_url": probe.url})
    assert wrong.status_code == 200 and "Zorvexpassword news" not in wrong.content.decode()
    right = client.post(action, {"password": "zorvex-secret", "return_url": probe.url})
    assert right.status_code == 302 and right["Location"] == probe.url
    page = client.get(probe.url)
    assert page.status_code == 200 and "Zorvexpassword news" in page.content.decode()
    assert "no-store" in page["Cache-Control"]


def test_signing_in_opens_a_login_restricted_page(client, worlds, group, django_user_model):
    world = worlds["login"]
    hide(world, group)
    url = world.version(world.probes["event"], "ar").url
    redirect = client.get(url)
    login_page = client.get(redirect["Location"])
    assert login_page.status_code == 200 and 'lang="ar"' in login_page.content.decode()
    django_user_model.objects.create_user("probe-reader", password="a long enough passphrase")
    signed_in = client.post(
        redirect["Location"],
        {"username": "probe-reader", "password": "a long enough passphrase", "next": url},
    )
    assert signed_in.status_code == 302 and signed_in["Location"] == url
    page = client.get(url)
    assert page.status_code == 200 and "Zorvexlogin event" in page.content.decode()


def test_the_admin_shows_a_translation_private_because_its_source_is(worlds, group):
    world = worlds["aftertranslation"]
    hide(world, group)
    japanese = world.version(world.probes["city"], "ja")
    assert japanese.alias_of_id is None  # a real translation
    on_source = PageViewRestriction.objects.filter(page=world.probes["city"])
    assert list(japanese.get_view_restrictions()) == list(on_source)


# --- Every surface is registered ------------------------------------------------------------


def public_url_names(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            if str(pattern.pattern).startswith(("admin/", "documents/")):
                continue
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}{pattern.namespace}:"
            yield from public_url_names(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace + pattern.name


def test_every_public_address_belongs_to_a_registered_surface():
    claimed = {route for surface in surfaces.registered() for route in surface.routes}
    claimed |= set(surfaces.exempt_routes())
    unclaimed = sorted(set(public_url_names()) - claimed)
    assert not unclaimed, f"register these in a surfaces module: {unclaimed}"


def test_every_page_type_and_sub_route_belongs_to_a_registered_surface():
    claimed_models = {s.page_model for s in surfaces.registered() if s.page_model}
    claimed_routes = {route for surface in surfaces.registered() for route in surface.routes}
    page_models = [m for m in apps.get_models() if issubclass(m, BasePage) and not m._meta.abstract]
    missing = [m._meta.label for m in page_models if m._meta.label not in claimed_models]
    for page_model in page_models:
        if issubclass(page_model, RoutablePageMixin):
            for pattern in page_model.get_subpage_urls():
                route = f"{page_model._meta.label}:{pattern.name}"
                if route not in claimed_routes:
                    missing.append(route)
    assert not missing, f"register these in a surfaces module: {missing}"
