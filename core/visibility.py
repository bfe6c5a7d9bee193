"""What a visitor may see: the one rule that every public surface asks.

A page is on show to a request when

1. it is live, not expired, its go-live time (if it has one) has come and its expiry time
   has not;
2. its version in the source language (English) passes the same test, so an embargo, an
   expiry or an unpublish of the source holds in every language, whether the other
   versions are aliases or translations, and whenever they were created (Wagtail's publish
   action sets every alias live even while the source only has a go-live date); and
3. no embargo that a page type registers holds it back (an award edition's winners until
   its announcement: `register_embargo`), and
4. no view restriction that this request has not passed applies to it. A restriction on a
   page applies to every language version of that page and to everything below each of
   them: Wagtail copies a restriction to an alias only when the alias is created, and
   wagtail-localize does not carry restrictions to translations, so here a restriction is
   followed through the page's translation key instead.

Surfaces ask with `visible(queryset, request)`, which returns a queryset (so a listing stays
one query), or `is_on_show(page, request)` for one page. Nothing else in the project reads
`PageViewRestriction` or the live and expiry fields to decide what visitors see.

Rules 1 to 3 are worked out by the database once per tree generation (`hidden_live_pages`:
the few live pages they hide); rule 4 from the restrictions, cached the same way. So a
surface's query carries `live` and one list, not the rules' subqueries.
"""

import json
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import BooleanField, Case, F, Func, Q, Value, When
from django.db.models.functions import Substr
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from .caching import cached_for_tree, register_scheduled_moments
from .i18n import source_locale_id

# Page types' own reasons to hold pages back until a moment (register_embargo).
_embargoes = []


def register_embargo(held_back, next_moment):
    """held_back(now): a queryset of the pks of source-language pages held back now (their
    other language versions follow by rule 2). next_moment(now): the next moment one is
    released, so every cache turns stale then (core.caching). Register from AppConfig.ready,
    and bump the tree generation when what decides it changes."""
    _embargoes.append(held_back)
    register_scheduled_moments(next_moment)


@dataclass(frozen=True)
class Restriction:
    pk: int
    paths: tuple  # the tree paths it covers, one per language version of the restricted page


def _on_show_in_database(now):
    """Rules 1 to 3 for pages as of now, as a Q object the database evaluates."""
    window = (
        Q(live=True, expired=False)
        & (Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        & (Q(go_live_at__isnull=True) | Q(go_live_at__lte=now))
    )
    hidden_sources = ~window
    for held_back in _embargoes:
        hidden_sources |= Q(pk__in=held_back(now))
    keys = Page.objects.filter(locale_id=source_locale_id()).filter(hidden_sources)
    return window & ~Q(translation_key__in=keys.values("translation_key"))


@dataclass(frozen=True)
class HiddenPages:
    ids: frozenset
    as_json: str  # the same ids, as one SQL parameter (_NotAmong)


def hidden_live_pages():
    """The live pages that rules 1 to 3 hide now (an expiry or a go-live time, a source that
    is not on show, an embargo): few, whatever the size of the site.

    Cached per tree generation (core.caching). The generation turns whenever what these
    rules read changes: publishing, unpublishing, any save of a page other than a draft, a
    lock or its child count (core.signals), an embargo's own signals, and the moment the
    next go-live, expiry or embargo time passes. Every other page is on show exactly when
    it is live, so a query asks for `live` and excludes these, which costs the database
    and Django next to nothing, where the rule's subqueries cost milliseconds each."""

    def build():
        ids = sorted(
            Page.objects.filter(live=True)
            .exclude(_on_show_in_database(timezone.now()))
            .values_list("pk", flat=True)
        )
        return HiddenPages(frozenset(ids), json.dumps(ids))

    return cached_for_tree("hidden-live-pages", build)


class _NotAmong(Func):
    """column NOT IN ids, with the ids as one parameter (a PostgreSQL array, a JSON array on
    SQLite): compiling it costs the same for ten ids or ten thousand, where a plain IN binds,
    and Django prepares, one parameter each."""

    template = "%(expressions)s NOT IN (SELECT value FROM json_each(%%s))"
    output_field = BooleanField()
    conditional = True

    def __init__(self, column, hidden):
        super().__init__(column)
        self.hidden = hidden

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        return sql, (*params, self.hidden.as_json)

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(
            compiler, connection, template="NOT (%(expressions)s = ANY (%%s))", **extra_context
        )
        return sql, (*params, list(self.hidden.ids))


def on_show_condition(prefix=""):
    """Rules 1 to 3 as a Q object (prefix: the lookup to the page, e.g. "page__")."""
    condition = Q(**{f"{prefix}live": True})
    hidden = hidden_live_pages()
    if hidden.ids:
        condition &= Q(_NotAmong(F(f"{prefix}pk"), hidden))
    return condition


def restrictions():
    """Every view restriction with the paths it covers in every language, cached until the
    tree changes (three queries to build)."""

    def build():
        rows = list(
            PageViewRestriction.objects.values_list("pk", "page__translation_key", "page__path")
        )
        keys = {key for _pk, key, _path in rows}
        covered = {key: set() for key in keys}
        for key, path in Page.objects.filter(translation_key__in=keys).values_list(
            "translation_key", "path"
        ):
            covered[key].add(path)
        # Aliases in the same language carry a key of their own.
        for key, path in Page.objects.filter(alias_of__translation_key__in=keys).values_list(
            "alias_of__translation_key", "path"
        ):
            covered[key].add(path)
        return [Restriction(pk, tuple(sorted(covered[key] | {path}))) for pk, key, path in rows]

    return cached_for_tree("view-restrictions", build)


def sees_what_everyone_sees(request):
    """Whether the request can have passed no view restriction (no session, not signed in):
    what it may see is then what everyone may see, and may be cached for everyone."""
    if request is None:
        return True
    user = getattr(request, "user", None)
    has_session = settings.SESSION_COOKIE_NAME in getattr(request, "COOKIES", {})
    return not has_session and not (user is not None and user.is_authenticated)


def cached_for_everyone(request, key, build):
    """build() kept until the tree changes (core.caching.cached_for_tree) for a request
    that sees what everyone sees; built afresh for any other (a signed-in editor may be
    shown pages that visitors may not see, which must never be stored for them)."""
    if not sees_what_everyone_sees(request):
        return build()
    return cached_for_tree(key, build)


def _passed_restriction_ids(request, candidates):
    """Which of the candidate restrictions this request has passed (Wagtail decides, with
    the restriction's own accept_request). Anonymous visitors without a session pass none,
    at no cost."""
    if not candidates or sees_what_everyone_sees(request):
        return set()
    cache_attr = "_gosmart_passed_restrictions"
    if not hasattr(request, cache_attr):
        objects = PageViewRestriction.objects.filter(
            pk__in=[r.pk for r in restrictions()]
        ).prefetch_related("groups")
        setattr(request, cache_attr, {r.pk for r in objects if r.accept_request(request)})
    return getattr(request, cache_attr) & {r.pk for r in candidates}


def hidden_paths(request=None):
    """Tree paths whose pages (and everything below) this request may not see."""
    every = restrictions()
    passed = _passed_restriction_ids(request, every)
    return sorted({path for r in every if r.pk not in passed for path in r.paths})


def visible(queryset, request=None, *, prefix=""):
    """The items of queryset that this request may see. queryset holds pages, or objects
    that belong to a page (then prefix is the lookup to it, for example "page__")."""
    queryset = queryset.filter(on_show_condition(prefix=prefix))
    paths = hidden_paths(request)
    if not paths:
        return queryset
    # Tree paths grow by fixed steps: a page lies under a hidden path of length n exactly
    # when the first n characters of its own path are in the set of hidden paths of that
    # length. One IN per depth, however many restrictions there are.
    by_length = {}
    for path in paths:
        by_length.setdefault(len(path), []).append(path)
    names = {length: f"_hidden_under_{length}" for length in by_length}
    queryset = queryset.alias(
        **{names[length]: Substr(f"{prefix}path", 1, length) for length in by_length}
    )
    return queryset.exclude(
        reduce(or_, (Q(**{f"{names[length]}__in": group}) for length, group in by_length.items()))
    )


def versions_in(model, locale, translation_keys, request=None):
    """The versions in one language (a Locale, or its id) of the pages with these
    translation keys (a list, or a subquery of them), as far as the request may see them:
    how a page shows what its relations, which point at English pages, are in its
    language."""
    return visible(
        model.objects.filter(locale=locale, translation_key__in=translation_keys), request
    )


def annotate_on_show(queryset):
    """Mark each page with `on_show` (rules 1 to 3), for code that must find a page
    whether or not it is on show, and then decide (the router)."""
    return queryset.annotate(
        on_show=Case(
            When(on_show_condition(), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )


def is_restricted(page):
    """Whether any view restriction covers the page, in any language."""
    return any(page.path.startswith(path) for r in restrictions() for path in r.paths)


def is_published_for_visitors(page):
    """Rules 1 to 3 for one page, as loaded (no query)."""
    on_show = getattr(page, "on_show", None)
    if on_show is not None:
        return on_show
    return page.live and page.pk not in hidden_live_pages().ids


def is_on_show(page, request=None):
    """Whether the request may see this one page."""
    if any(page.path.startswith(path) for path in hidden_paths(request)):
        return False
    return is_published_for_visitors(page)


def restrictions_for(page):
    """The view restrictions that apply to page: those on it or an ancestor, in any
    language version (one query; what Wagtail's serve view and admin then check)."""
    steplen = Page.steplen
    ancestor_paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    lineage = Page.objects.filter(path__in=ancestor_paths)
    return PageViewRestriction.objects.filter(
        Q(page__translation_key__in=lineage.values("translation_key"))
        | Q(page_id__in=lineage.filter(alias_of__isnull=False).values("alias_of_id"))
    )
