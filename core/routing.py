"""Page serving in a constant number of queries.

Wagtail's stock router walks the tree one level at a time (two queries per level) and
looks up the site, the locale and view restrictions on every request. Here the site and
the list of restricted paths are cached until the tree changes, and the page is found with
one query on its URL path within the active language, then made specific with a second.
Pages with their own sub-routes (feeds, calendar files) still get to route the remainder.
"""

from django.http import Http404
from django.utils import translation
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.views import serve as wagtail_serve
from wagtail.wagtail_hooks import check_view_restrictions

from .caching import cached_for_tree


def cached_site_for_request(request):
    if not hasattr(request, "_wagtail_site"):
        host = request.get_host()
        key = f"site:{host}:{request.get_port()}"
        request._wagtail_site = cached_for_tree(key, lambda: Site._find_for_request(request))
    return request._wagtail_site


def restricted_paths():
    return cached_for_tree(
        "restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def is_restricted(page):
    return any(page.path.startswith(path) for path in restricted_paths())


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


def find_route(request, path):
    site = cached_site_for_request(request)
    if site is None:
        return None
    language = translation.get_language()
    root_url_path = localized_root_url_path(site, language)
    if root_url_path is None:
        return None
    components = [component for component in path.split("/") if component]
    prefixes = [root_url_path]
    for component in components:
        prefixes.append(prefixes[-1] + component + "/")
    page = (
        Page.objects.filter(locale__language_code=language, url_path__in=prefixes)
        .order_by("-depth")
        .first()
    )
    if page is None:
        return None
    consumed = prefixes.index(page.url_path)
    try:
        return page.specific.route(request, components[consumed:])
    except Http404:
        return None


def serve(request, path):
    request._wagtail_route_for_request = find_route(request, path)
    if request._wagtail_route_for_request is None:
        raise Http404
    page, args, kwargs = request._wagtail_route_for_request
    if is_restricted(page):
        return wagtail_serve(request, path)

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
