"""Open data: the registry of published collections (member directory, awards, pilots,
news, events, the registry of shared datasets) and what they are built from.

Each domain app defines its collections (a Collection subclass: model, columns, filters,
how a batch of items becomes records) and registers them from its AppConfig.ready; the
opendata app serves every registered collection the same way, as an API endpoint, a CSV
and JSON download and a section of the Open data page.

Each collection lists the live items of one locale and turns a batch of them into
records with a fixed number of queries, however many items there are: related pages
are matched to the same locale in one query, and topic and region names are read once.
Relations point at the English source objects in every locale (see core.i18n); they are
matched by slug or translation key and named in the requested language.
"""

import hashlib
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.models import Page

from core.i18n import country_name as i18n_country_name
from core.i18n import is_untranslated, untranslated_copies
from core.routing import absolute_addresses, address_of
from core.tree import parent_path
from core.visibility import cached_for_everyone, visible

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


def choices_of(model, field_name):
    model_field = model._meta.get_field(field_name)
    return tuple(str(value) for value, _label in model_field.choices)


def by_lookup(lookup):
    return lambda queryset, value: queryset.filter(**{lookup: value})


def by_related(lookup):
    """Filter across a many-to-many relation without repeating items."""

    def apply(queryset, value):
        matching = queryset.model.objects.filter(**{lookup: value}).values("pk")
        return queryset.filter(pk__in=matching)

    return apply


def by_parent(parent_model, parent_lookup):
    """Filter pages by a field of their parent page (pilots by host city, winners by
    category); the parent is in the same locale, so it is matched by path."""

    def apply(queryset, value):
        parents = parent_model.objects.filter(**{parent_lookup: value})
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
        self._absolute = None  # makes this request's addresses absolute, once needed
        self.untranslated = untranslated_copies()

    def names(self, model):
        """{slug: name in this locale} for a taxonomy (Topic, Region)."""
        if model not in self._names:
            self._names[model] = dict(
                model.objects.filter(locale=self.locale).values_list("slug", "name")
            )
        return self._names[model]

    def name_of(self, obj):
        """A taxonomy object's (a topic's, a region's) name in this locale."""
        if obj is None:
            return None
        return self.names(type(obj)).get(obj.slug, obj.name)

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
        # From the language's home address (core.routing.address_of): a download lists
        # hundreds of pages, for which get_url's lookups cost more than the rest of a row.
        relative = address_of(page.url_path, self.request)
        if self.request is None:
            return relative
        if self._absolute is None:
            self._absolute = absolute_addresses(self.request)
        return self._absolute(relative)

    def pages_in_locale(self, model, *, translation_keys=(), paths=()):
        """Pages of a model in this locale that visitors may see, by translation key and by
        path, one query."""
        condition = Q(pk__in=[])
        if translation_keys:
            condition |= Q(translation_key__in=set(translation_keys))
        if paths:
            condition |= Q(path__in=set(paths))
        if not translation_keys and not paths:
            return {}, {}
        pages = list(visible(model.objects.filter(condition, locale=self.locale)))
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


def page_trailer(page, lookups):
    return {
        "translated": not is_untranslated(page, lookups.untranslated),
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
    return i18n_country_name(code) or None


def decimal(value):
    return float(value) if value is not None else None


def iso(value):
    return value.isoformat() if value is not None else None


# --- Collections ----------------------------------------------------------------------------


class Collection:
    """A published collection. Subclasses set the class attributes and record()."""

    slug = ""
    api_name = ""  # its endpoint: /api/v2/<api_name>/
    position = 0  # where it is listed among the collections
    model = None
    lists = frozenset()  # the kinds of page it lists (core.surfaces.KINDS)
    # Queries the API documentation shows, each returning data on a populated site.
    api_examples = ()
    title = ""
    description = ""
    columns = []
    filters = []
    ordering = []  # fields the API may order by
    default_order = ["title"]
    downloadable = True

    @property
    def column_names(self):
        return [column.name for column in self.columns]

    def filter_by_name(self):
        return {f.name: f for f in self.filters}

    def related_model(self, field_name):
        """The model a relation of this collection's model points at (a member city, for
        instance), reached through that foreign key rather than looked up by name."""
        return self.model._meta.get_field(field_name).related_model

    def visible(self, locale):
        """Items of a locale that anyone may see."""
        return visible(self.model.objects.filter(locale=locale))

    def queryset(self, locale):
        queryset = self.optimise(self.visible(locale))
        if hasattr(queryset, "defer_streamfields"):
            # Pages: no record reads a body, which is most of a page row's weight.
            queryset = queryset.defer_streamfields()
        return queryset.order_by(*self.default_order, "pk")

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

    def listed_records(self, items, locale, request):
        """records() for one page of a listing (the API, the open-data page's registry).
        The records of a page of items are the same for every visitor until the tree
        changes: kept in the shared cache per tree generation, language, address and
        items, so a page is built once per publish rather than once per request."""
        items = list(items)
        return self.records_by_id([item.pk for item in items], locale, request, lambda: items)

    def records_by_id(self, pks, locale, request, load):
        """listed_records() for the items with these ids, which load() returns (in the same
        order) only when their records are not cached yet: a listing can then page ids and
        read its items whole once per publish."""
        if not pks:
            return []
        digest = hashlib.sha256(",".join(str(pk) for pk in pks).encode()).hexdigest()
        origin = request.build_absolute_uri("/") if request is not None else ""
        key = f"records:{self.slug}:{locale.language_code}:{origin}:{digest}"
        return cached_for_everyone(request, key, lambda: self.records(load(), locale, request))

    def prepare(self, items, lookups):
        """Bulk-load what record() needs for these items."""

    def record(self, item, lookups):
        raise NotImplementedError


_registry: dict[str, Collection] = {}


def register_collection(collection):
    _registry[collection.slug] = collection
    return collection


def collections():
    """{slug: collection} of every registered collection, in their listed order."""
    return dict(sorted(_registry.items(), key=lambda item: item[1].position))


def downloads():
    """The collections offered as CSV and JSON files."""
    return {slug: c for slug, c in collections().items() if c.downloadable}
