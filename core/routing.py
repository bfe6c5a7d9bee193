"""Page serving in a constant number of queries.

Wagtail's stock router walks the tree one level at a time (two queries per level) and
looks up the site, the locale and view restrictions on every request. Here the site is
cached until the tree changes, and the page is found with one query on its URL path within
the active language (which also says whether it is on show, by core.visibility's rule),
then made specific with a second. Pages with their own sub-routes (feeds, calendar files)
still get to route the remainder.

What visitors may see is decided by core.visibility. A page that is not on show answers 404.
A page under a view restriction, in any language, goes to Wagtail's own serve view, which
shows the login or password form in the visitor's language (BasePage.get_view_restrictions
gives it the restrictions of every language version); its answer is never cached by anyone.
Everything else goes through Wagtail's serve hooks exactly as Wagtail's own view would,
minus the restriction lookup, known to be empty.
"""

import hashlib
from urllib.parse import quote

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from wagtail import hooks
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve
from wagtail.wagtail_hooks import check_view_restrictions

from . import visibility
from .caching import cached_for_tree, tree_key


def cached_site_for_request(request):
    if not hasattr(request, "_wagtail_site"):
        host = request.get_host()
        key = f"site:{host}:{request.get_port()}"
        request._wagtail_site = cached_for_tree(key, lambda: Site._find_for_request(request))
    return request._wagtail_site


def localized_root_url_path(site, language):
    """URL path of the site's home page in a language (each locale's home has its own)."""

    def build():
        return (
            Page.objects.filter(
                translation_key=site.root_page.translation_key,
                locale__language_code=language,
            )
            .values_list("url_path", flat=True)
            .first()
        )

    return cached_for_tree(f"root-url-path:{site.pk}:{language}", build)


# What reverse() leaves unquoted in a path (RFC 3986's sub-delimiters and / ~ : @).
_UNQUOTED = "/~:@!$&'()*+,;="


def _home_addresses(request):
    """[(root_path, address of that home)] for every site and language, from Wagtail's own
    get_url (once per request)."""
    memo = getattr(request, "_gosmart_home_addresses", None)
    if memo is None:

        def build():
            return [
                (root.root_path, Page(url_path=root.root_path).get_url(request))
                for root in Site.get_site_root_paths()
            ]

        if request is None:
            return build()
        # The same for every request to an address until the tree changes (a page object
        # and get_url for each of the seven homes cost more than a short listing).
        key = f"home-addresses:{request.scheme}:{request.get_host()}"
        memo = request._gosmart_home_addresses = cached_for_tree(key, build)
    return memo


def address_of(url_path, request=None):
    """What Page.get_url(request) answers for the page at url_path: the address of its
    home in that language plus the rest of the path, as reverse() would quote it. For long
    lists (a sitemap part has a thousand addresses), where a page object and a URL lookup
    each cost more than the rest of the list. A page under more than one site's home goes
    to Wagtail, which chooses between them."""
    homes = [(root, home) for root, home in _home_addresses(request) if url_path.startswith(root)]
    if len(homes) != 1:
        return Page(url_path=url_path).get_url(request) if homes else None
    root, home = homes[0]
    if home is None:
        return None
    return home + quote(url_path[len(root) :], safe=_UNQUOTED)


def absolute_addresses(request):
    """A function that makes addresses absolute on the host the request was made to (the
    Site record may still say "localhost"): build_absolute_uri's work done once, not for
    each of a long list's addresses (a sitemap part, a download). Pages of another site come
    back absolute already."""
    origin = request.build_absolute_uri("/")[:-1]

    def absolute(url):
        if url is None:
            return None
        if url.startswith("/") and not url.startswith("//"):
            return origin + url
        return request.build_absolute_uri(url)

    return absolute


def find_route(request, path):
    """(page, args, kwargs) for the path in the active language, or None. The page may
    still be hidden from this request: serve() asks core.visibility."""
    site = cached_site_for_request(request)
    if site is None:
        return None
    language = translation.get_language()
    root_url_path = localized_root_url_path(site, language)
    if root_url_path is None:
        return None
    components = [component for component in path.split("/") if component]
    page = _page_at(site, language, root_url_path, components)
    if page is None:
        return None
    on_show = page.on_show
    try:
        route = page.route(request, components[page.consumed :])
    except Http404:
        return None
    if route[0].pk == page.pk:
        route[0].on_show = on_show
        if page.consumed < len(components) and not page.route_was_cached:
            # A sub-page the page answers (a press room, a feed): a real address, cached
            # like the page's own.
            _remember_route(site, language, components, page, on_show)
    return route


def _route_key(site, language, components):
    path_hash = hashlib.sha256("/".join(components).encode()).hexdigest()[:32]
    # "v2": entries now hold how much of the path the page covers; a server still running
    # the previous release during a deploy keeps to its own entries.
    return tree_key(f"route:v2:{site.pk}:{language}:{path_hash}")


def _remember_route(site, language, components, page, on_show):
    found = (page.pk, page.content_type_id, on_show, page.consumed)
    cache.set(_route_key(site, language, components), found, 60 * 60)


def _page_at(site, language, root_url_path, components):
    """The specific page whose URL is the longest prefix of the path, annotated with
    `on_show` and `consumed` (how many path components its URL covers).

    Which page a page's own address names is cached until the tree changes: a request for
    it then reads just that page. Paths that go past a page (a feed, a calendar file, or
    nonsense) are worked out each time until the page has answered them (find_route), so
    made-up addresses add nothing to the cache."""
    found = cache.get(_route_key(site, language, components))
    if found is not None:
        pk, content_type_id, on_show, consumed = found
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        # By primary key: no ORDER BY to build, as first() would add.
        page = next(iter(model.objects.filter(pk=pk)), None)
        if page is not None:
            page.on_show, page.consumed, page.route_was_cached = on_show, consumed, True
            return page
    prefixes = [root_url_path]
    for component in components:
        prefixes.append(prefixes[-1] + component + "/")
    page = (
        visibility.annotate_on_show(
            Page.objects.filter(locale__language_code=language, url_path__in=prefixes)
        )
        .order_by("-depth")
        .first()
    )
    if page is None:
        return None
    consumed = prefixes.index(page.url_path)
    on_show = page.on_show
    specific = page.specific
    specific.on_show, specific.consumed, specific.route_was_cached = on_show, consumed, False
    if consumed == len(components):
        _remember_route(site, language, components, specific, on_show)
    return specific


def serve(request, path):
    route = find_route(request, path)
    if route is None:
        raise Http404
    page, args, kwargs = route
    if not visibility.is_published_for_visitors(page):
        # Not live, expired, embargoed (in its source language too): as if it did not exist.
        raise Http404
    request._wagtail_route_for_request = route
    if visibility.is_restricted(page):
        response = wagtail_serve(request, path)
        add_never_cache_headers(response)
        return response

    # Same as Wagtail's serve view, minus the restriction lookup known to be empty here.
    def serve_chain(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        # Wagtail 7 registers its restriction check here (it was a before_serve_page hook).
        if fn is check_view_restrictions:
            continue
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        if fn is check_view_restrictions:
            continue
        result = fn(page, request, args, kwargs)
        if result is not None and hasattr(result, "status_code"):
            return result
    return chain(page, request, args, kwargs)
