"""What a page type shows besides its own fields, and its routable sub-pages, registered by
the module of its app that builds them.

Models stay free of view code (and of import circles): BasePage.get_context and the
sub-page routes of a page type ask this registry; each app's views or listing module fills
it from AppConfig.ready. A builder receives the page and the request.
"""

_contexts = {}
_routes = {}


def register_context(model_label, build):
    """build(page, request) -> dict, added to the context of every page of that type."""
    _contexts[model_label] = build


def register_route(model_label, name, view):
    """view(page, request) -> HttpResponse, for the sub-page route `name` of that type."""
    _routes[(model_label, name)] = view


def context_for(page, request):
    build = _contexts.get(page._meta.label)
    return build(page, request) if build is not None else {}


def respond(page, name, request):
    return _routes[(page._meta.label, name)](page, request)
