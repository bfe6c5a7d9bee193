"""Helpers for the blocks apps add to the home page (core.page_views.register_section).

Each block's data is cached per language under the tree generation, so a warm home page
costs no query for them; it is built with what anonymous visitors may see (never more)."""

from django.db.models import Model

from .caching import cached_for_tree
from .visibility import visible


def cached_for_language(name, page, build):
    return cached_for_tree(f"home-section:{name}:{page.locale_id}", build)


def first_visible(model: type[Model], locale_id):
    return visible(model.objects.filter(locale_id=locale_id)).order_by("path").first()


def index_summary(name, page, request, index_model, facts):
    """A section landing page in the home page's language, cached: {"index_url", "title",
    **facts(index)}, or None when the language has no such page on show."""

    def build():
        index = first_visible(index_model, page.locale_id)
        if index is None:
            return None
        return {"index_url": index.get_url(request), "title": index.title, **facts(index)}

    return cached_for_language(name, page, build)
