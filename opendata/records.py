"""The published collections (member directory, awards, pilots, news, events and the
registry of shared datasets) as flat records, one definition for the API, the CSV and
JSON downloads and the Open data page.

Each collection lists the live items of one locale and turns a batch of them into
records with a fixed number of queries, however many items there are: related pages
are matched to the same locale in one query, and topic and region names are read once.
Relations point at the English source objects in every locale (see core.i18n); they are
matched by slug or translation key and named in the requested language.
"""

import re
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db.models import Q
from django.db.models.functions import Length, Substr
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import Country
from wagtail.models import Page

from core.visibility import visible

SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]{1,80}$")
MIN_YEAR, MAX_YEAR = 1900, 2100


class InvalidFilter(ValueError):
    """A filter value that cannot be used; the message is shown to the API client."""


# --- Columns --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    description: str
    datatype: str = "string"  # a CSV on the Web (CSVW) datatype
    many: bool = False  # a list of values (joined with "; " in CSV)


def col(name, description, datatype="string", many=False):
    return Column(name, description, datatype, many)


PAGE_COLUMNS = [
    col(
        "id",
        _("Identifier of the item, the same in every language (the English page's id)."),
        "integer",
    ),
    col("title", _("Title of the page in this language."), "string"),
    col("url", _("Address of the page on this site."), "anyURI"),
]
PAGE_TRAILING_COLUMNS = [
    col(
        "translated",
        _("False while the page is not yet translated and shows the English text."),
        "boolean",
    ),
    col("last_updated", _("When the page was last published (ISO 8601)."), "datetime"),
]


# --- Filters --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filter:
    """A query parameter: validates the value (InvalidFilter with a message otherwise)
    and narrows a queryset."""

    name: str
    description: str
    kind: str  # "slug", "choice", "year", "country", "boolean"
    apply: object  # callable(queryset, value) -> queryset
    choices: tuple = field(default=())

    def clean(self, raw):
        value = (raw or "").strip()
        if self.kind == "slug":
            if not SLUG_RE.match(value):
                raise InvalidFilter(f"{self.name} must be a slug (letters, digits, hyphens)")
            return value.lower()
        if self.kind == "choice":
            if value not in self.choices:
                allowed = ", ".join(self.choices)
                raise InvalidFilter(f"{self.name} must be one of: {allowed}")
            return value
        if self.kind == "year":
            if not value.isascii() or not value.isdigit() or len(value) != 4:
                raise InvalidFilter(f"{self.name} must be a four-digit year")
            year = int(value)
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise InvalidFilter(f"{self.name} must be between {MIN_YEAR} and {MAX_YEAR}")
            return year
        if self.kind == "country":
            code = value.upper()
            if len(code) != 2 or code not in countries:
                raise InvalidFilter(f"{self.name} must be an ISO 3166-1 alpha-2 country code")
            return code
        if self.kind == "boolean":
            if value.lower() in ("true", "1", "yes"):
                return True
            if value.lower() in ("false", "0", "no"):
                return False
            raise InvalidFilter(f"{self.name} must be true or false")
        raise InvalidFilter(f"{self.name} cannot be used")  # pragma: no cover


def choices_of(model_label, field_name):
    model_field = apps.get_model(model_label)._meta.get_field(field_name)
    return tuple(str(value) for value, _label in model_field.choices)


def by_lookup(lookup):
    return lambda queryset, value: queryset.filter(**{lookup: value})


def by_related(lookup):
    """Filter across a many-to-many relation without repeating items."""

    def apply(queryset, value):
        matching = queryset.model.objects.filter(**{lookup: value}).values("pk")
        return queryset.filter(pk__in=matching)

    return apply


def parent_path():
    return Substr("path", 1, Length("path") - Page.steplen)


def by_parent(parent_model_label, parent_lookup):
    """Filter pages by a field of their parent page (pilots by host city, winners by
    category); the parent is in the same locale, so it is matched by path."""

    def apply(queryset, value):
        parents = apps.get_model(parent_model_label).objects.filter(**{parent_lookup: value})
        return queryset.annotate(_parent_path=parent_path()).filter(
            _parent_path__in=parents.values("path")
        )

    return apply


def by_year(expression_field):
    def apply(queryset, value):
        model_field = queryset.model._meta.get_field(expression_field)
        if model_field.get_internal_type() in ("DateField", "DateTimeField"):
            return queryset.filter(**{f"{expression_field}__year": value})
        return queryset.filter(**{expression_field: value})

    return apply


# --- Shared look-ups ------------------------------------------------------------------------


class Lookups:
    """Bulk look-ups for one batch of records in one locale, each run at most once."""

    def __init__(self, locale, request):
        self.locale = locale
        self.request = request
        self.prepared = {}  # what a collection's prepare() loaded for its records
        self._names = {}
        self._english_ids = {}  # {content type id: {translation key: English page id}}

    def names(self, model_label):
        """{slug: name in this locale} for a taxonomy (Topic, Region)."""
        if model_label not in self._names:
            model = apps.get_model(model_label)
            self._names[model_label] = dict(
                model.objects.filter(locale=self.locale).values_list("slug", "name")
            )
        return self._names[model_label]

    def name_of(self, model_label, obj):
        if obj is None:
            return None
        return self.names(model_label).get(obj.slug, obj.name)

    def english_id(self, page):
        """The id of the English version of a page, so an item keeps one id in every
        language's download (one query per page type, outside English)."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return page.pk
        ids = self._english_ids.get(page.content_type_id)
        if ids is None:
            ids = self._english_ids[page.content_type_id] = dict(
                Page.objects.filter(
                    locale__language_code=settings.LANGUAGE_CODE,
                    content_type_id=page.content_type_id,
                ).values_list("translation_key", "id")
            )
        return ids.get(page.translation_key, page.pk)

    def url(self, page):
        if page is None:
            return None
        relative = page.get_url(self.request)
        if relative is None:
            return None
        if self.request is None or relative.startswith(("http://", "https://")):
            return relative
        return self.request.build_absolute_uri(relative)

    def pages_in_locale(self, model_label, *, translation_keys=(), paths=()):
        """Pages of a model in this locale that visitors may see, by translation key and by
        path, one query."""
        condition = Q(pk__in=[])
        if translation_keys:
            condition |= Q(translation_key__in=set(translation_keys))
        if paths:
            condition |= Q(path__in=set(paths))
        if not translation_keys and not paths:
            return {}, {}
        pages = list(
            visible(apps.get_model(model_label).objects.filter(condition, locale=self.locale))
        )
        return (
            {page.translation_key: page for page in pages},
            {page.path: page for page in pages},
        )


def page_record(page, lookups):
    return {
        "id": lookups.english_id(page),
        "title": page.title,
        "url": lookups.url(page),
    }


def page_trailer(page):
    return {
        "translated": page.alias_of_id is None,
        "last_updated": (
            page.last_published_at.isoformat(timespec="seconds") if page.last_published_at else None
        ),
    }


def label_of(instance, field_name):
    value = getattr(instance, field_name)
    if not value:
        return None
    return str(dict(instance._meta.get_field(field_name).flatchoices).get(value, value))


def country_name(code):
    return str(Country(code=code).name) if code else None


def decimal(value):
    return float(value) if value is not None else None


def iso(value):
    return value.isoformat() if value is not None else None


# --- Collections ----------------------------------------------------------------------------


class Collection:
    slug = ""
    model_label = ""
    title = ""
    description = ""
    columns = []
    filters = []
    ordering = []  # fields the API may order by
    default_order = ["title"]
    downloadable = True

    @property
    def model(self):
        return apps.get_model(self.model_label)

    @property
    def column_names(self):
        return [column.name for column in self.columns]

    def filter_by_name(self):
        return {f.name: f for f in self.filters}

    def visible(self, locale):
        """Items of a locale that anyone may see."""
        return visible(self.model.objects.filter(locale=locale))

    def queryset(self, locale):
        return self.optimise(self.visible(locale)).order_by(*self.default_order, "pk")

    def optimise(self, queryset):
        return queryset

    def apply_filters(self, queryset, params):
        """Narrow by the given {name: raw value}; raises InvalidFilter."""
        known = self.filter_by_name()
        for name, raw in params.items():
            if name in known:
                queryset = known[name].apply(queryset, known[name].clean(raw))
        return queryset

    def records(self, items, locale, request=None):
        """Records for a batch of items, in the same order, in the locale's language."""
        items = list(items)
        lookups = Lookups(locale, request)
        with translation.override(locale.language_code):
            self.prepare(items, lookups)
            return [self.record(item, lookups) for item in items]

    def prepare(self, items, lookups):
        """Bulk-load what record() needs for these items."""

    def record(self, item, lookups):
        raise NotImplementedError


class MembersCollection(Collection):
    slug = "members"
    model_label = "cities.CityPage"
    title = _("Member directory")
    description = _(
        "Every member city and region: country, world region, membership, "
        "population, location and priorities."
    )
    columns = [
        *PAGE_COLUMNS,
        col("country", _("ISO 3166-1 alpha-2 country code.")),
        col("country_name", _("Country name in this language.")),
        col("region", _("World region (slug).")),
        col("region_name", _("World region in this language.")),
        col("membership_type", _("Membership type (code).")),
        col("membership_type_label", _("Membership type in this language.")),
        col("member_since", _("Year the member signed the charter."), "integer"),
        col("population", _("Latest official population figure."), "integer"),
        col("website", _("Official website."), "anyURI"),
        col("latitude", _("Latitude in decimal degrees (WGS 84)."), "decimal"),
        col("longitude", _("Longitude in decimal degrees (WGS 84)."), "decimal"),
        col("topics", _("Smart-city priorities (topic slugs)."), many=True),
        col("topic_names", _("Smart-city priorities in this language."), many=True),
        col("summary", _("The member's smart-city story in two or three sentences.")),
        *PAGE_TRAILING_COLUMNS,
    ]
    ordering = ["title", "country", "member_since", "population", "last_published_at"]

    @property
    def filters(self):
        return [
            Filter("country", _("Country code, e.g. TW."), "country", by_lookup("country")),
            Filter("region", _("World region slug."), "slug", by_lookup("region__slug")),
            Filter("topic", _("Topic slug."), "slug", by_related("topics__slug")),
            Filter(
                "membership_type",
                _("Membership type code."),
                "choice",
                by_lookup("membership_type"),
                choices_of(self.model_label, "membership_type"),
            ),
            Filter("member_since", _("Year joined."), "year", by_lookup("member_since")),
        ]

    def optimise(self, queryset):
        return queryset.select_related("region").prefetch_related("topics")

    def record(self, page, lookups):
        topics = sorted(page.topics.all(), key=lambda topic: topic.slug)
        return {
            **page_record(page, lookups),
            "country": page.country.code or None,
            "country_name": country_name(page.country.code),
            "region": page.region.slug if page.region else None,
            "region_name": lookups.name_of("core.Region", page.region),
            "membership_type": page.membership_type,
            "membership_type_label": label_of(page, "membership_type"),
            "member_since": page.member_since,
            "population": page.population,
            "website": page.website or None,
            "latitude": decimal(page.latitude),
            "longitude": decimal(page.longitude),
            "topics": [topic.slug for topic in topics],
            "topic_names": [lookups.name_of("core.Topic", topic) for topic in topics],
            "summary": page.intro,
            **page_trailer(page),
        }


class AwardsCollection(Collection):
    slug = "awards"
    model_label = "awards.AwardWinnerPage"
    title = _("Awards database")
    description = _(
        "Every winner, finalist and special mention of the Go Smart Awards: "
        "year, category, city, organisation and project."
    )
    columns = [
        *PAGE_COLUMNS,
        col("project", _("Name of the project.")),
        col("year", _("Award year."), "integer"),
        col("edition_theme", _("Theme of that year's awards, in this language.")),
        col("category", _("Award category (slug).")),
        col("category_name", _("Award category in this language.")),
        col("topic", _("Topic of the category (slug).")),
        col("placement", _("winner, finalist or special_mention.")),
        col("placement_label", _("Placement in this language.")),
        col("city", _("Member city where the project runs (slug).")),
        col("city_name", _("That city's name in this language.")),
        col("city_url", _("That city's page."), "anyURI"),
        col("country", _("ISO country code of that city.")),
        col("organisation", _("Company, university or NGO behind the project.")),
        col("summary", _("The project in two or three sentences.")),
        *PAGE_TRAILING_COLUMNS,
    ]
    ordering = ["title", "year", "project_name", "placement", "last_published_at"]
    default_order = ["-year", "title"]

    @property
    def filters(self):
        return [
            Filter("year", _("Award year."), "year", by_lookup("year")),
            Filter(
                "category",
                _("Award category slug."),
                "slug",
                by_parent("awards.AwardCategoryPage", "slug"),
            ),
            Filter(
                "placement",
                _("Placement code."),
                "choice",
                by_lookup("placement"),
                choices_of(self.model_label, "placement"),
            ),
            Filter("city", _("Member city slug."), "slug", by_lookup("city__slug")),
            Filter(
                "country", _("Country code of the city."), "country", by_lookup("city__country")
            ),
        ]

    def optimise(self, queryset):
        return queryset.select_related("edition", "city", "organisation")

    def prepare(self, items, lookups):
        edition_model = apps.get_model("awards.AwardEdition")
        keys = {item.edition.translation_key for item in items if item.edition_id}
        editions = {}
        if keys:
            editions = {
                edition.translation_key: edition
                for edition in edition_model.objects.filter(
                    translation_key__in=keys, locale=lookups.locale
                )
            }
        categories = {
            category.path: category
            for category in apps.get_model("awards.AwardCategoryPage")
            .objects.filter(path__in={item.path[: -Page.steplen] for item in items})
            .select_related("topic")
        }
        cities, _by_path = lookups.pages_in_locale(
            "cities.CityPage",
            translation_keys=[item.city.translation_key for item in items if item.city_id],
        )
        lookups.prepared.update(editions=editions, categories=categories, cities=cities)

    def record(self, page, lookups):
        prepared = lookups.prepared
        edition = None
        if page.edition_id:
            edition = prepared["editions"].get(page.edition.translation_key, page.edition)
        category = prepared["categories"].get(page.path[: -Page.steplen])
        city = None
        if page.city_id:
            city = prepared["cities"].get(page.city.translation_key)
        return {
            **page_record(page, lookups),
            "project": page.project_name,
            "year": page.year,
            "edition_theme": edition.theme if edition else None,
            "category": category.slug if category else None,
            "category_name": category.title if category else None,
            "topic": category.topic.slug if category and category.topic else None,
            "placement": page.placement,
            "placement_label": label_of(page, "placement"),
            "city": city.slug if city else None,
            "city_name": city.title if city else None,
            "city_url": lookups.url(city),
            "country": city.country.code if city else None,
            "organisation": page.organisation.name if page.organisation_id else None,
            "summary": page.project_summary,
            **page_trailer(page),
        }


class PilotsCollection(Collection):
    slug = "pilots"
    model_label = "pilots.PilotPage"
    title = _("Pilots")
    description = _(
        "Proof-of-concept projects hosted by member cities: where and when "
        "they ran, with whom, what they measured and who adopted them."
    )
    columns = [
        *PAGE_COLUMNS,
        col("city", _("Host city (slug).")),
        col("city_name", _("Host city in this language.")),
        col("city_url", _("Host city's page."), "anyURI"),
        col("country", _("ISO country code of the host city.")),
        col("status", _("planned, running, completed or scaled_up.")),
        col("status_label", _("Status in this language.")),
        col("venue_type", _("Kind of place where it is tested (code).")),
        col("venue_type_label", _("Kind of place in this language.")),
        col("venue_name", _("The named place.")),
        col("start_date", _("Start date."), "date"),
        col("end_date", _("End date, empty while it runs."), "date"),
        col("topics", _("Topic slugs."), many=True),
        col("topic_names", _("Topics in this language."), many=True),
        col("partners", _("Partner organisations."), many=True),
        col("adopted_by", _("Member cities that took the solution up (slugs)."), many=True),
        col("results", _("Measured results: value, unit and what it measures."), many=True),
        col("summary", _("Summary of the pilot.")),
        *PAGE_TRAILING_COLUMNS,
    ]
    ordering = ["title", "start_date", "end_date", "status", "last_published_at"]
    default_order = ["-start_date", "title"]

    @property
    def filters(self):
        return [
            Filter(
                "status",
                _("Status code."),
                "choice",
                by_lookup("status"),
                choices_of(self.model_label, "status"),
            ),
            Filter(
                "venue_type",
                _("Venue type code."),
                "choice",
                by_lookup("venue_type"),
                choices_of(self.model_label, "venue_type"),
            ),
            Filter("topic", _("Topic slug."), "slug", by_related("topics__slug")),
            Filter("city", _("Host city slug."), "slug", by_parent("cities.CityPage", "slug")),
            Filter(
                "country",
                _("Country code of the host city."),
                "country",
                by_parent("cities.CityPage", "country"),
            ),
            Filter("year", _("Year the pilot started."), "year", by_year("start_date")),
        ]

    def optimise(self, queryset):
        return queryset.prefetch_related("topics", "partners", "adopted_by", "results")

    def prepare(self, items, lookups):
        adopters, by_path = lookups.pages_in_locale(
            "cities.CityPage",
            paths=[item.path[: -Page.steplen] for item in items],
            translation_keys=[
                city.translation_key for item in items for city in item.adopted_by.all()
            ],
        )
        lookups.prepared["hosts"] = by_path
        lookups.prepared["adopters"] = adopters

    def record(self, page, lookups):
        host = lookups.prepared["hosts"].get(page.path[: -Page.steplen])
        topics = sorted(page.topics.all(), key=lambda topic: topic.slug)
        results = []
        for result in page.results.all():
            value = f"{result.value.normalize():f}"
            results.append(" ".join(part for part in (value, result.unit, result.label) if part))
        return {
            **page_record(page, lookups),
            "city": host.slug if host else None,
            "city_name": host.title if host else None,
            "city_url": lookups.url(host),
            "country": host.country.code if host else None,
            "status": page.status,
            "status_label": label_of(page, "status"),
            "venue_type": page.venue_type,
            "venue_type_label": label_of(page, "venue_type"),
            "venue_name": page.venue_name or None,
            "start_date": iso(page.start_date),
            "end_date": iso(page.end_date),
            "topics": [topic.slug for topic in topics],
            "topic_names": [lookups.name_of("core.Topic", topic) for topic in topics],
            "partners": sorted(partner.name for partner in page.partners.all()),
            "adopted_by": sorted(
                city.slug
                for city in page.adopted_by.all()
                if city.translation_key in lookups.prepared["adopters"]
            ),
            "results": results,
            "summary": page.listing_summary or page.search_description or None,
            **page_trailer(page),
        }


class NewsCollection(Collection):
    slug = "news"
    model_label = "news.NewsPage"
    title = _("News and press releases")
    description = _("News, press releases and conference reports.")
    downloadable = False
    columns = [
        *PAGE_COLUMNS,
        col("kind", _("news, press_release or conference_report.")),
        col("kind_label", _("Kind in this language.")),
        col("date", _("Date of publication."), "date"),
        col("lead", _("The opening paragraph.")),
        col("topics", _("Topic slugs."), many=True),
        col("topic_names", _("Topics in this language."), many=True),
        col("cities", _("Member cities the item is about (slugs)."), many=True),
        *PAGE_TRAILING_COLUMNS,
    ]
    ordering = ["title", "date", "last_published_at"]
    default_order = ["-date", "title"]

    @property
    def filters(self):
        return [
            Filter(
                "kind",
                _("Kind code."),
                "choice",
                by_lookup("kind"),
                choices_of(self.model_label, "kind"),
            ),
            Filter("topic", _("Topic slug."), "slug", by_related("topics__slug")),
            Filter("city", _("Member city slug."), "slug", by_related("related_cities__slug")),
            Filter("year", _("Year of publication."), "year", by_year("date")),
        ]

    def optimise(self, queryset):
        return queryset.prefetch_related("topics", "related_cities")

    def prepare(self, items, lookups):
        cities, _by_path = lookups.pages_in_locale(
            "cities.CityPage",
            translation_keys=[
                city.translation_key for item in items for city in item.related_cities.all()
            ],
        )
        lookups.prepared["cities"] = cities

    def record(self, page, lookups):
        topics = sorted(page.topics.all(), key=lambda topic: topic.slug)
        return {
            **page_record(page, lookups),
            "kind": page.kind,
            "kind_label": label_of(page, "kind"),
            "date": iso(page.date),
            "lead": page.lead,
            "topics": [topic.slug for topic in topics],
            "topic_names": [lookups.name_of("core.Topic", topic) for topic in topics],
            "cities": sorted(
                city.slug
                for city in page.related_cities.all()
                if city.translation_key in lookups.prepared["cities"]
            ),
            **page_trailer(page),
        }


class EventsCollection(Collection):
    slug = "events"
    model_label = "news.EventPage"
    title = _("Events")
    description = _("Council meetings, conferences, award ceremonies and workshops.")
    downloadable = False
    columns = [
        *PAGE_COLUMNS,
        col("kind", _("council, conference, award_ceremony or workshop.")),
        col("kind_label", _("Kind in this language.")),
        col("start", _("Start, with the UTC offset (ISO 8601)."), "datetime"),
        col("end", _("End, with the UTC offset (ISO 8601)."), "datetime"),
        col("time_zone", _("The venue's time zone (IANA name).")),
        col("venue", _("Venue.")),
        col("address", _("Address.")),
        col("online", _("Whether it can be followed online."), "boolean"),
        col("city", _("Host city (slug).")),
        col("city_name", _("Host city in this language.")),
        col("registration_url", _("Registration link."), "anyURI"),
        col("intro", _("Introduction.")),
        *PAGE_TRAILING_COLUMNS,
    ]
    ordering = ["title", "start", "end", "last_published_at"]
    default_order = ["start", "title"]

    @property
    def filters(self):
        from django.utils import timezone

        def upcoming(queryset, value):
            now = timezone.now()
            return queryset.filter(end__gte=now) if value else queryset.filter(end__lt=now)

        return [
            Filter(
                "kind",
                _("Kind code."),
                "choice",
                by_lookup("kind"),
                choices_of(self.model_label, "kind"),
            ),
            Filter("city", _("Host city slug."), "slug", by_lookup("host_city__slug")),
            Filter("year", _("Year it starts."), "year", by_year("start")),
            Filter("upcoming", _("true: not yet over; false: past."), "boolean", upcoming),
        ]

    def optimise(self, queryset):
        return queryset.select_related("host_city")

    def prepare(self, items, lookups):
        cities, _by_path = lookups.pages_in_locale(
            "cities.CityPage",
            translation_keys=[
                item.host_city.translation_key for item in items if item.host_city_id
            ],
        )
        lookups.prepared["cities"] = cities

    def record(self, page, lookups):
        from zoneinfo import ZoneInfo

        try:
            zone = ZoneInfo(page.time_zone)
        except (KeyError, ValueError):
            zone = None
        city = None
        if page.host_city_id:
            city = lookups.prepared["cities"].get(page.host_city.translation_key)
        return {
            **page_record(page, lookups),
            "kind": page.kind,
            "kind_label": label_of(page, "kind"),
            "start": iso(page.start.astimezone(zone) if zone else page.start),
            "end": iso(page.end.astimezone(zone) if zone else page.end),
            "time_zone": page.time_zone,
            "venue": page.venue or None,
            "address": page.address or None,
            "online": page.online,
            "city": city.slug if city else None,
            "city_name": city.title if city else None,
            "registration_url": page.registration_url or None,
            "intro": page.intro,
            **page_trailer(page),
        }


class DatasetsCollection(Collection):
    slug = "datasets"
    model_label = "cities.CityDataset"
    title = _("Data-sharing registry")
    description = _(
        "Every dataset that member cities share: what it is, where to get it, "
        "its licence, format and standard."
    )
    columns = [
        col("id", _("Identifier of the registry entry (differs per language)."), "integer"),
        col("title", _("Name of the dataset in this language.")),
        col("url", _("Where the data can be downloaded or queried."), "anyURI"),
        col("description", _("What the dataset contains.")),
        col("licence", _("Licence (code).")),
        col("licence_label", _("Licence name.")),
        col("data_format", _("Format, for example CSV, JSON, GeoJSON, API.")),
        col("standard", _("Standard followed (code).")),
        col("standard_label", _("Standard followed, in this language.")),
        col("topic", _("Topic (slug).")),
        col("topic_name", _("Topic in this language.")),
        col("city", _("Member city sharing it (slug).")),
        col("city_name", _("That city's name in this language.")),
        col("city_url", _("That city's page."), "anyURI"),
        col("country", _("ISO country code of that city.")),
    ]
    ordering = ["title", "licence", "standard", "data_format"]
    default_order = ["page__title", "sort_order"]

    @property
    def filters(self):
        return [
            Filter("topic", _("Topic slug."), "slug", by_lookup("topic__slug")),
            Filter(
                "licence",
                _("Licence code."),
                "choice",
                by_lookup("licence"),
                choices_of(self.model_label, "licence"),
            ),
            Filter(
                "standard",
                _("Standard code."),
                "choice",
                by_lookup("standard"),
                choices_of(self.model_label, "standard"),
            ),
            Filter("city", _("Member city slug."), "slug", by_lookup("page__slug")),
            Filter("country", _("Country code."), "country", by_lookup("page__country")),
        ]

    def visible(self, locale):
        return visible(self.model.objects.filter(page__locale=locale), prefix="page__")

    def optimise(self, queryset):
        return queryset.select_related("page", "topic")

    def record(self, dataset, lookups):
        city = dataset.page
        return {
            "id": dataset.pk,
            "title": dataset.title,
            "url": dataset.url,
            "description": dataset.description or None,
            "licence": dataset.licence,
            "licence_label": label_of(dataset, "licence"),
            "data_format": dataset.data_format,
            "standard": dataset.standard,
            "standard_label": label_of(dataset, "standard"),
            "topic": dataset.topic.slug if dataset.topic_id else None,
            "topic_name": lookups.name_of("core.Topic", dataset.topic),
            "city": city.slug,
            "city_name": city.title,
            "city_url": lookups.url(city),
            "country": city.country.code or None,
        }


COLLECTIONS = {
    collection.slug: collection
    for collection in (
        MembersCollection(),
        AwardsCollection(),
        PilotsCollection(),
        NewsCollection(),
        EventsCollection(),
        DatasetsCollection(),
    )
}
DOWNLOADS = {slug: c for slug, c in COLLECTIONS.items() if c.downloadable}
