"""Factories for every page type and snippet, for tests that build the world they need.

`CityPageFactory()` makes a published member city, with its versions in every other language
(aliases, as wagtail-localize's synchronised trees make them), under the site's members
index, which it finds (on a copy of the demo) or makes in turn, up to the home page. Pass
`parent=` to put a page elsewhere, `published=False` to leave it a draft (its versions in
the other languages are drafts too), and any field to override a default.

    city = CityPageFactory(title="Lisbon", country="PT")
    pilot = PilotPageFactory(parent=city, status=PilotPage.Status.RUNNING)
    draft = NewsPageFactory(published=False)

`tests/test_factories.py` checks that every page type and snippet of the project has one,
and that each page they make is served in every language.
"""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale, Page, Site

from awards.models import AwardCategoryPage, AwardEdition, AwardsIndexPage, AwardWinnerPage
from cities.models import CityIndexPage, CityPage
from core.aliases import add_missing_aliases
from core.models import Partner, Region, SiteImage, Topic
from home.models import FormPage, HomePage, StandardPage
from localization.models import ImageAltText
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage, PressContact
from opendata.models import OpenDataPage
from pilots.models import PilotIndexPage, PilotPage


def source_locale():
    return Locale.get_default()


# --- Snippets --------------------------------------------------------------------------


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug", "locale")

    locale = factory.LazyFunction(source_locale)
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda topic: slugify(topic.name))


class RegionFactory(DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("slug", "locale")

    locale = factory.LazyFunction(source_locale)
    name = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.LazyAttribute(lambda region: slugify(region.name))


class PartnerFactory(DjangoModelFactory):
    class Meta:
        model = Partner

    locale = factory.LazyFunction(source_locale)
    name = factory.Sequence(lambda n: f"Partner {n}")
    kind = Partner.Kind.COMPANY
    country = "TW"


class PressContactFactory(DjangoModelFactory):
    class Meta:
        model = PressContact

    locale = factory.LazyFunction(source_locale)
    name = factory.Sequence(lambda n: f"Press officer {n}")
    email = factory.LazyAttribute(lambda contact: f"{slugify(contact.name)}@example.org")


class AwardEditionFactory(DjangoModelFactory):
    class Meta:
        model = AwardEdition
        django_get_or_create = ("year", "locale")

    locale = factory.LazyFunction(source_locale)
    year = factory.Sequence(lambda n: 2050 + n)
    theme = factory.LazyAttribute(lambda edition: f"The {edition.year} edition")
    call_opens = factory.LazyAttribute(lambda edition: datetime.date(edition.year - 1, 1, 10))
    call_closes = factory.LazyAttribute(lambda edition: datetime.date(edition.year - 1, 3, 31))


class ImageFactory(wagtail_factories.ImageFactory):
    """A small picture; its description is its English alt text (localization.signals)."""

    class Meta:
        model = SiteImage

    title = factory.Sequence(lambda n: f"Picture {n}")
    description = factory.LazyAttribute(lambda image: f"{image.title}, a test picture")


class ImageAltTextFactory(DjangoModelFactory):
    """A picture's alt text in another language."""

    class Meta:
        model = ImageAltText

    image = factory.SubFactory(ImageFactory)
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))
    text = factory.LazyAttribute(lambda alt: f"Texte de {alt.image.title}")


# --- Pages -----------------------------------------------------------------------------


def site_home():
    """The default site's home page, made (and made the site's root) when there is none."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    home = HomePage(title="Go Smart", slug="home", hero_heading="Smart cities, together")
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page": home, "site_name": "Go Smart"},
    )
    return home


class PageFactory(wagtail_factories.PageFactory):
    """A published page in the source language, with its versions in every other language."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True  # publishing saves it

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @factory.post_generation
    def published(page, create, extracted, **kwargs):
        if not create or getattr(page, "found_existing", False):
            return
        if extracted is False:
            # A draft that was never published (a new page is live until told otherwise).
            page.live, page.has_unpublished_changes = False, True
            page.save(update_fields=["live", "has_unpublished_changes"])
            page.save_revision()
        else:
            page.save_revision().publish()
        add_missing_aliases([page])


class SectionFactory(PageFactory):
    """A section of the site (an index page), found by its slug under the home page, or
    made there."""

    class Meta:
        abstract = True

    parent = factory.LazyFunction(site_home)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        found = model_class.objects.child_of(kwargs["parent"]).filter(slug=kwargs["slug"]).first()
        if found is not None:
            found.found_existing = True  # left as it is (published is not run again)
            return found
        return super()._create(model_class, *args, **kwargs)


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    parent = factory.LazyFunction(site_home)
    intro = factory.LazyAttribute(lambda page: f"About {page.title}.")


class FormPageFactory(PageFactory):
    class Meta:
        model = FormPage

    parent = factory.LazyFunction(site_home)
    title = factory.Sequence(lambda n: f"Form {n}")


class CityIndexPageFactory(SectionFactory):
    class Meta:
        model = CityIndexPage

    title = "Members"
    slug = "members"


class PilotIndexPageFactory(SectionFactory):
    class Meta:
        model = PilotIndexPage

    title = "Pilots"
    slug = "pilots"


class AwardsIndexPageFactory(SectionFactory):
    class Meta:
        model = AwardsIndexPage

    title = "Awards"
    slug = "awards"


class NewsIndexPageFactory(SectionFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"


class EventIndexPageFactory(SectionFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"


class OpenDataPageFactory(SectionFactory):
    class Meta:
        model = OpenDataPage

    title = "Open data"
    slug = "open-data"
    intro = "What the members share, and this site's own content as data."


class CityPageFactory(PageFactory):
    class Meta:
        model = CityPage

    parent = factory.SubFactory(CityIndexPageFactory)
    title = factory.Sequence(lambda n: f"City {n}")
    country = "PT"
    member_since = 2021
    latitude = Decimal("38.72000")
    longitude = Decimal("-9.14000")
    intro = factory.LazyAttribute(lambda city: f"{city.title} shares its smart-city story.")


class PilotPageFactory(PageFactory):
    """A pilot, hosted by the member city it is filed under."""

    class Meta:
        model = PilotPage

    parent = factory.SubFactory(CityPageFactory)
    title = factory.Sequence(lambda n: f"Pilot {n}")
    venue_type = PilotPage.VenueType.SCHOOL
    challenge = "<p>Classrooms were too warm.</p>"
    solution = "<p>Sensors steer the ventilation.</p>"


class AwardCategoryPageFactory(PageFactory):
    class Meta:
        model = AwardCategoryPage

    parent = factory.SubFactory(AwardsIndexPageFactory)
    title = factory.Sequence(lambda n: f"Award category {n}")
    description = "Projects that make a city easier to live in."


class AwardWinnerPageFactory(PageFactory):
    class Meta:
        model = AwardWinnerPage

    parent = factory.SubFactory(AwardCategoryPageFactory)
    title = factory.Sequence(lambda n: f"Award entry {n}")
    edition = factory.SubFactory(AwardEditionFactory)
    year = factory.SelfAttribute("edition.year")
    project_name = factory.LazyAttribute(lambda winner: f"{winner.title} project")
    project_summary = "A project the jury singled out."
    placement = AwardWinnerPage.Placement.FINALIST
    city = factory.SubFactory(CityPageFactory)


class NewsPageFactory(PageFactory):
    class Meta:
        model = NewsPage

    parent = factory.SubFactory(NewsIndexPageFactory)
    title = factory.Sequence(lambda n: f"News item {n}")
    date = factory.LazyFunction(timezone.localdate)
    lead = factory.LazyAttribute(lambda news: f"{news.title}: what happened.")


class EventPageFactory(PageFactory):
    class Meta:
        model = EventPage

    parent = factory.SubFactory(EventIndexPageFactory)
    title = factory.Sequence(lambda n: f"Event {n}")
    kind = EventPage.Kind.WORKSHOP
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=3))
    intro = factory.LazyAttribute(lambda event: f"{event.title}: who meets, and why.")


# Which factory makes each model (tests/test_factories.py holds this to every model).
FACTORIES = {
    factory_class._meta.model: factory_class
    for factory_class in [
        TopicFactory,
        RegionFactory,
        PartnerFactory,
        PressContactFactory,
        AwardEditionFactory,
        ImageAltTextFactory,
        StandardPageFactory,
        FormPageFactory,
        CityIndexPageFactory,
        PilotIndexPageFactory,
        AwardsIndexPageFactory,
        NewsIndexPageFactory,
        EventIndexPageFactory,
        OpenDataPageFactory,
        CityPageFactory,
        PilotPageFactory,
        AwardCategoryPageFactory,
        AwardWinnerPageFactory,
        NewsPageFactory,
        EventPageFactory,
    ]
}
