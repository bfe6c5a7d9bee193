"""What a page type shows besides its own fields, and its routable sub-pages, registered by
the module of its app that builds them.

Models stay free of view code (and of import circles): BasePage.get_context and the
sub-page routes of a page type ask this registry; each app's views or listing module fills
it from AppConfig.ready. A builder receives the page and the request.
"""

from dataclasses import dataclass

_contexts = {}
_routes = {}
_sections = {}


@dataclass(frozen=True)
class Section:
    """A block one app adds to another app's page type (the home page's latest news)."""

    template: str
    build: object  # build(page, request) -> dict for the template, or None to leave it out
    order: int = 100


def register_section(model_label, template, build, order=100):
    _sections.setdefault(model_label, []).append(Section(template, build, order))


def sections_for(page, request):
    """[{"template": …, **data}] of the sections registered for the page's type, in order."""
    found = []
    for section in sorted(_sections.get(page._meta.label, ()), key=lambda s: s.order):
        data = section.build(page, request)
        if data:
            found.append({"template": section.template, **data})
    return found


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
