"""Pieces of a page that every visitor of a language sees alike, rendered once per tree
generation and shared by every worker and server (the default cache).

The header (menu and language menu), the footer and the cards of a listing make up most of
a page's template work, and each stays the same until something is published: the footer
is the same on every page of a language, a page's header on every visit, and a card on
every filter and page of its listing that shows it. `{% shared_fragment "name" vary_on... %}
...{% end_shared_fragment %}` keeps the rendered HTML under a key made of the tree
generation (core.caching), the address asked for (scheme and host), the active language,
the name and the values it varies on. Publishing, unpublishing, moving or restricting a
page, saving an image, or a go-live or expiry time passing, turns the generation, so no
fragment outlives what it shows.

Like the page cache, fragments are used only for requests that see what everyone sees (no
session, not signed in): what an editor is shown, which may include pages visitors may not
see, is rendered each time and never stored.
"""

from dataclasses import dataclass

from django import template
from django.core.cache import cache
from django.utils import translation
from django.utils.safestring import mark_safe

from .caching import tree_key
from .visibility import sees_what_everyone_sees

FRAGMENT_SECONDS = 60 * 60


def fragment_key(request, name, vary_on):
    # The address it was asked at, as for the page cache: a fragment may hold absolute URLs.
    parts = [name, request.scheme, request.get_host(), translation.get_language(), *vary_on]
    return tree_key("fragment:" + ":".join(str(part) for part in parts))


@dataclass(frozen=True)
class CardKey:
    """A listed item whose card comes from the shared cache: its id is all it needs."""

    pk: int


def read_fragments(request, name, values, *also):
    """Read the fragments `name` varying on each of values (a listing's cards), and on the
    values in `also` shared by all of them, in one cache round trip, for the template tag
    to find without asking again. Returns the values whose fragment is not cached: the
    listing loads those items in full, and the others need nothing but the value."""
    values = list(values)
    if request is None or not sees_what_everyone_sees(request) or not values:
        return values
    keys = {fragment_key(request, name, [value, *also]): value for value in values}
    found = cache.get_many(list(keys))
    if not hasattr(request, "_shared_fragments"):
        request._shared_fragments = {}
    request._shared_fragments.update(found)
    return [value for key, value in keys.items() if key not in found]


def listed_items(request, name, ids, load, *also):
    """A page of a listing whose entries are shared fragments `name` (varying on each id and
    on `also`): the entries in order, each as load(missing ids) -> {id: item} builds it when
    its fragment is not cached, else a CardKey. The fragments are read in one cache request
    and only the missing items are loaded."""
    ids = list(ids)
    missing = read_fragments(request, name, ids, *also)
    loaded = load(missing) if missing else {}
    return [loaded.get(pk) or CardKey(pk) for pk in ids]


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        if request is None or not sees_what_everyone_sees(request):
            return self.nodelist.render(context)
        key = fragment_key(
            request,
            self.name.resolve(context),
            [value.resolve(context) for value in self.vary_on],
        )
        html = getattr(request, "_shared_fragments", {}).get(key)
        if html is None:
            html = cache.get(key)
        if html is None:
            html = str(self.nodelist.render(context))
            cache.set(key, html, FRAGMENT_SECONDS)
        return mark_safe(html)  # noqa: S308 - the template's own output, escaped when rendered


def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name")
    nodelist = parser.parse(("end_shared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
    )
