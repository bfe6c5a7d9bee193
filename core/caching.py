"""Small cache helpers keyed by a generation number.

Data derived from the page tree (the navigation, the site lookup, view restrictions) is
cached under a key that includes a generation counter. Publishing, moving or deleting a
page bumps the counter, so every cached copy goes stale at once without tracking keys.
"""

from django.core.cache import cache

GENERATION_KEY = "gosmart:tree-generation"


def tree_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = 1
        cache.add(GENERATION_KEY, generation, timeout=None)
    return generation


def bump_tree_generation(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def cached_for_tree(key, build, timeout=60 * 60):
    """Return build() cached until the page tree changes."""
    full_key = f"gosmart:{tree_generation()}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, timeout)
    return value
