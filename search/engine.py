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

from django.db import connection
from django.db.models import Case, IntegerField, Q, Value, When
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.utils import normalise_query_string

from core.listing import digest
from core.search_types import search_types
from core.visibility import cached_for_everyone, visible

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

    def candidates():
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
        return queryset

    if not terms:
        return candidates().order_by("-first_published_at", "-id")
    if not database:
        return TitlesFirst(candidates(), terms)
    if any(has_cjk(term) for term in terms):
        return substring_search(candidates(), terms)
    # The same words find the same pages until something is published: a search's matches
    # (ids, best first) are kept per tree generation for visitors who see what everyone
    # sees, so a word many visitors look for costs its full-text query once per publish.
    asked = [locale.pk, sorted(t.key for t in types or ()), topic, year, sorted(exclude_ids), terms]
    key = "search-matches:" + digest(asked)
    return PagesInOrder(
        cached_for_everyone(request, key, lambda: titles_first(candidates(), terms))
    )


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


def titles_first(queryset, terms):
    """The ids of the pages matching every term: those whose title holds every term first
    (the title that is the query, then titles that start with it, then the newest), then
    the search backend's other matches in its order of relevance.

    The backends rank by the words' frequency over all of a page's text, so a member city
    that mentions housing in every section came before the Smart Housing award category.
    A title is what the page is about: those pages lead, whatever the database. Only the
    first TITLE_LIMIT title matches are lifted; the others keep the backend's order."""
    titled = title_matches(queryset, terms).values_list("id", flat=True)[:TITLE_LIMIT]
    titled = list(titled)
    lifted = set(titled)
    if uses_sqlite_fts():
        found = sqlite_ranked_ids(queryset, terms)
    else:
        found = queryset.search(" ".join(terms), operator="and").get_queryset()
        found = found.values_list("pk", flat=True)
    return titled + [pk for pk in found if pk not in lifted]


def uses_sqlite_fts():
    backend = get_search_backend()
    return type(backend).__name__ == "SQLiteSearchBackend" and uses_database_backend()


def sqlite_ranked_ids(queryset, terms):
    """The ids of the pages of queryset whose indexed text holds every term, best first, in
    one pass over SQLite's full-text index.

    The backend ranks the same way (BM25, the title weighted by its length against the
    average), but orders by a subquery that runs the full-text match again for every page
    matched: 1.2 ms for the demo's 21 pages with "taipei", 9.4 s for the 1,704 of a site a
    hundred times its size. Here the match runs once, joined to the pages it found. Terms
    are runs of letters and digits (search.text.parse_terms), safe inside quotes."""
    from wagtail.search.models import SQLiteFTSIndexEntry  # defined on SQLite only

    fts = connection.ops.quote_name(SQLiteFTSIndexEntry._meta.db_table)
    entries = connection.ops.quote_name(IndexEntry._meta.db_table)
    pages = connection.ops.quote_name(Page._meta.db_table)
    candidates, params = queryset.values("pk").query.sql_with_params()
    match = "{title body} : (" + " AND ".join(f'"{term}"' for term in terms) + ")"
    # Only quoted table names and Django's own compiled SQL go into the text; the words and
    # the candidates' values are parameters.
    sql = (
        f"SELECT page.id, bm25({fts}) * (entry.title_norm + 1.0) AS score FROM {fts} "  # noqa: S608
        f"JOIN {entries} entry ON entry.id = {fts}.rowid "
        f"JOIN {pages} page ON page.id = CAST(entry.object_id AS INTEGER) "
        f"AND page.content_type_id = entry.content_type_id "
        f"WHERE {fts} MATCH %s AND page.id IN ({candidates}) "
        f"ORDER BY score, page.id DESC"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [match, *params])
        return [pk for pk, _score in cursor.fetchall()]


TITLE_LIMIT = 50


def title_matches(queryset, terms):
    title_condition = Q()
    for term in terms:
        title_condition &= Q(title__icontains=term)
    closeness = Case(
        When(title__iexact=" ".join(terms), then=Value(0)),
        When(title__istartswith=terms[0], then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return (
        queryset.filter(title_condition)
        .annotate(_closeness=closeness)
        .order_by("_closeness", "-first_published_at", "-id")
    )


class PagesInOrder:
    """Pages by id, in the order given, loaded a slice at a time: counted and sliced like a
    queryset, for the Paginator."""

    def __init__(self, ids):
        self.ids = ids

    def count(self):
        return len(self.ids)

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        ids = self.ids[key]
        pages = Page.objects.in_bulk(ids) if ids else {}
        return [pages[pk] for pk in ids if pk in pages]


class TitlesFirst:
    """titles_first() for search backends that are not the database (OpenSearch,
    Elasticsearch), which cannot hand over every match: the title matches, then the
    backend's other matches counted and sliced by the backend."""

    def __init__(self, queryset, terms):
        self.titled = list(title_matches(queryset, terms)[:TITLE_LIMIT])
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
