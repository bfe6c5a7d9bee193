"""Caches of what is derived from the page tree, correct on every worker and every server.

Data derived from the tree (the navigation, the site lookup, view restrictions, labels) is
cached under a key that holds a *generation* number. The number lives in the database (one
row, `core.CacheGeneration`), so every worker of every app server reads the same one; a
request reads it once, when it first needs it. Publishing, moving, deleting a page, or saving
a restriction, a site or the settings bumps it in the same transaction as the change, so no
process can see the change without seeing the new number, and every cached copy goes stale at
once, whichever process (the admin on another server, a management command,
`publish_scheduled`) made the change.

Time changes what visitors may see too: a go-live or expiry time passes without anyone
saving anything. The row records the next such moment; the first request after it bumps the
number.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Min, Q
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from .cache_generation import CacheGeneration

# Within a request: {"number": int} once read, so a request asks the database once.
_request_generation: ContextVar[dict | None] = ContextVar("gosmart_generation", default=None)
# True inside one_turn_for_bulk_changes().
_bulk_changes: ContextVar[bool] = ContextVar("gosmart_bulk_changes", default=False)


# Other moments when what visitors see changes (core.visibility.register_embargo).
_moment_sources = []


def register_scheduled_moments(next_moment):
    """next_moment(now) -> the next such moment after now, or None."""
    _moment_sources.append(next_moment)


def next_scheduled_change(now):
    """The next moment a go-live or expiry time passes, or a registered embargo ends (None
    when nothing is scheduled)."""
    from wagtail.models import Page

    found = Page.objects.aggregate(
        expiry=Min("expire_at", filter=Q(live=True, expire_at__gt=now)),
        go_live=Min("go_live_at", filter=Q(go_live_at__gt=now)),
    )
    moments = [moment for moment in found.values() if moment is not None]
    moments += [moment for source in _moment_sources if (moment := source(now)) is not None]
    return min(moments) if moments else None


def _read_generation():
    row = (
        CacheGeneration.objects.filter(pk=1)
        .values_list("number", "next_change", "next_change_known")
        .first()
    )
    if row is None:
        CacheGeneration.objects.get_or_create(pk=1)
        return 1
    number, next_change, known = row
    now = timezone.now()
    if not known:
        # The first reader after a change works out when the next scheduled moment is.
        CacheGeneration.objects.filter(pk=1, number=number).update(
            next_change=next_scheduled_change(now), next_change_known=True
        )
    elif next_change is not None and next_change <= now:
        # A go-live or expiry time has passed: everything cached before it is stale.
        CacheGeneration.objects.filter(pk=1, number=number).update(
            number=F("number") + 1, next_change_known=False
        )
        return number + 1
    return number


# With a cache that every server shares (Redis), the number is mirrored there for a second,
# so a request reads it from the cache instead of the database: at most one second stale.
MIRROR_KEY = "gosmart:generation-mirror"
MIRROR_SECONDS = 1


def _shared_cache():
    return getattr(settings, "GOSMART_SHARED_CACHE", False)


def _current_generation():
    if not _shared_cache():
        return _read_generation()
    number = cache.get(MIRROR_KEY)
    if number is None:
        number = _read_generation()
        cache.set(MIRROR_KEY, number, MIRROR_SECONDS)
    return number


def tree_generation():
    """The current generation: read once per request (every call outside a request reads
    it again, so management commands and tests always see the latest)."""
    memo = _request_generation.get()
    if memo is None:
        return _current_generation()
    if "number" not in memo:
        memo["number"] = _current_generation()
    return memo["number"]


def bump_tree_generation(**kwargs):
    """Make every cached copy stale, for every process (a signal receiver, hence **kwargs)."""
    if _bulk_changes.get():
        return  # once, when the bulk changes end
    updated = CacheGeneration.objects.filter(pk=1).update(
        number=F("number") + 1, next_change_known=False
    )
    if not updated:
        CacheGeneration.objects.get_or_create(pk=1, defaults={"number": 2})
    if _shared_cache():
        # Now for this process, and again once the change is visible to the others.
        cache.delete(MIRROR_KEY)
        transaction.on_commit(lambda: cache.delete(MIRROR_KEY))
    memo = _request_generation.get()
    if memo is not None:
        memo.pop("number", None)


def turn_on_changes_to(model):
    """Saving or deleting an object of model turns the generation: for snippets and
    settings that pages show (a press contact, an award edition, a taxonomy)."""
    label = model._meta.label
    for signal in (post_save, post_delete):
        name = "save" if signal is post_save else "delete"
        signal.connect(bump_tree_generation, sender=model, dispatch_uid=f"gosmart-{name}-{label}")


def tree_key(key):
    """The cache key of a value derived from the tree, in the current generation (stale,
    and never read again, once the generation turns)."""
    return f"gosmart:{tree_generation()}:{key}"


def cached_for_tree(key, build, timeout=60 * 60):
    """Return build() cached until the page tree changes. Within a request each value is
    read from the cache once (a page asks for the locales or the labels dozens of times,
    and with Redis each read is a round trip); treat what it returns as read-only."""
    if _bulk_changes.get():
        return build()
    full_key = tree_key(key)
    memo = _request_generation.get()
    seen = memo.setdefault("values", {}) if memo is not None else {}
    if full_key in seen:
        return seen[full_key]
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, timeout)
    seen[full_key] = value
    return value


@contextmanager
def one_turn_for_bulk_changes():
    """Turn the generation once, at the end, for code that saves thousands of pages at a
    time (loading or growing the demo) instead of at every save: a query and a cache write
    each. Meanwhile this process builds what it asks cached_for_tree afresh, so it never
    reads a value the changes made stale; other processes see the changes when the
    transaction they run in commits, with the turn."""
    token = _bulk_changes.set(True)
    try:
        yield
    finally:
        _bulk_changes.reset(token)
    bump_tree_generation()


class GenerationMiddleware:
    """Reads the generation at most once per request (and forgets it afterwards)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_generation.set({})
        try:
            return self.get_response(request)
        finally:
            _request_generation.reset(token)


def count_in_window(key, seconds):
    """Add one to a counter in the shared cache that lives `seconds` from its first count,
    and return the new count (a lost or unreachable key counts from one)."""
    cache.add(key, 0, seconds)
    try:
        return cache.incr(key)
    except ValueError:
        cache.set(key, 1, seconds)
        return 1
