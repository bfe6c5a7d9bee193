"""The site search: live pages of the visitor's language, narrowed by type, topic and
year, ranked by the search backend, with the secretariat's promoted results first.

Chinese, Japanese and Korean are written without spaces between words. Neither SQLite's
FTS5 tokenizer nor PostgreSQL's text-search parser can split them into words: a whole
run of CJK characters becomes one token, so a word inside a sentence is never found.
With the database backend, queries containing CJK characters therefore match the
indexed text as substrings instead (the index keeps a plain-text copy of every page's
searchable fields), limited to the same locale and filters as any other search.
"""

from functools import reduce
from operator import or_

from django.db.models import Case, IntegerField, Q, Value, When
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.utils import normalise_query_string

from core.search_types import search_types
from core.visibility import visible

from .text import has_cjk, spellings
from .types import narrowing_filter


def uses_database_backend():
    return type(get_search_backend()).__module__.startswith(
        ("modelsearch.backends.database", "wagtail.search.backends.database")
    )


def index_text_fields():
    """Names of the plain-text title and body columns of the database backend's index
    (PostgreSQL keeps text copies next to its tsvector columns)."""
    names = {model_field.name for model_field in IndexEntry._meta.get_fields()}
    if "title_text" in names:
        return "title_text", "body_text"
    return "title", "body"


def visible_pages(locale, request=None):
    """Pages of a locale that the request may see (core.visibility decides)."""
    return visible(Page.objects.filter(locale=locale, depth__gt=2), request)


def search_pages(terms, locale, *, types=None, topic=None, year=None, exclude_ids=(), request=None):
    """Pages matching every term, best first (pages with the terms in their title lead);
    with no terms, the pages matching the filters, newest first. Returns something a
    Paginator can count and slice."""
    database = uses_database_backend()
    # Search backends filter only on indexed fields: the rule goes in as a subquery on id.
    queryset = Page.objects.filter(
        locale=locale, id__in=visible_pages(locale, request).values("id")
    )
    if types or topic is not None or year is not None:
        queryset = queryset.filter(
            narrowing_filter(types or search_types(), topic, year, materialise=not database)
        )
    if exclude_ids:
        queryset = queryset.exclude(id__in=list(exclude_ids))
    if not terms:
        return queryset.order_by("-first_published_at", "-id")
    if database and any(has_cjk(term) for term in terms):
        return substring_search(queryset, terms)
    return TitlesFirst(queryset, terms)


def substring_search(queryset, terms):
    """Every term must occur in the page's indexed title or text; title matches first."""
    title, body = index_text_fields()

    def occurs(field, term):
        # 台北 finds 臺北, 台湾 finds 臺灣 (search.text.spellings).
        return reduce(
            or_, (Q(**{f"index_entries__{field}__icontains": s}) for s in spellings(term))
        )

    condition = Q()
    for term in terms:
        condition &= occurs(title, term) | occurs(body, term)
    return (
        queryset.filter(condition)
        .annotate(
            _title_rank=Case(
                When(occurs(title, terms[0]), then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("_title_rank", "-first_published_at", "-id")
        .distinct()
    )


class TitlesFirst:
    """Pages whose title holds every term (the title that is the query first, then titles
    that start with it, then the newest), then the search backend's other matches in its
    order of relevance.

    The backends rank by the words' frequency over all of a page's text, so a member city
    that mentions housing in every section came before the Smart Housing award category.
    A title is what the page is about: those pages lead, whatever the database. Only the
    first TITLE_LIMIT title matches are lifted; the others keep the backend's order.
    Sliced and counted like a queryset, for the Paginator."""

    TITLE_LIMIT = 50

    def __init__(self, queryset, terms):
        title_condition = Q()
        for term in terms:
            title_condition &= Q(title__icontains=term)
        closeness = Case(
            When(title__iexact=" ".join(terms), then=Value(0)),
            When(title__istartswith=terms[0], then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
        self.titled = list(
            queryset.filter(title_condition)
            .annotate(_closeness=closeness)
            .order_by("_closeness", "-first_published_at", "-id")[: self.TITLE_LIMIT]
        )
        self.others = queryset.exclude(id__in=[page.pk for page in self.titled]).search(
            " ".join(terms), operator="and"
        )

    def count(self):
        return len(self.titled) + self.others.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start = key.start or 0
        stop = key.stop if key.stop is not None else self.count()
        found = self.titled[start:stop]
        rest_start, rest_stop = (max(0, n - len(self.titled)) for n in (start, stop))
        if rest_stop > rest_start:
            found += list(self.others[rest_start:rest_stop])
        return found


def promoted_results(query, locale, request=None):
    """The secretariat's promoted results for this query (Wagtail's search promotions),
    pointing at the visitor's language version of each promoted page.

    Looked up read-only: Wagtail's Query.get() would store every query typed."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    normalised = normalise_query_string(query)
    if not normalised:
        return []
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalised)
        .select_related("page")
        .order_by("sort_order", "id")
    )
    keys = [promotion.page.translation_key for promotion in promotions if promotion.page]
    localized = {}
    if keys:
        localized = {
            page.translation_key: page
            for page in visible_pages(locale, request).filter(translation_key__in=keys)
        }
    results = []
    for promotion in promotions:
        if promotion.page is not None:
            page = localized.get(promotion.page.translation_key)
            if page is None:
                continue
            results.append(
                {
                    "page": page,
                    "title": page.title,
                    "url": None,
                    "description": promotion.description or page.search_description,
                }
            )
        elif promotion.external_link_url:
            results.append(
                {
                    "page": None,
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "description": promotion.description,
                }
            )
    return results
