"""Show translatable snippets in the visitor's language without a query per object."""

import functools

from django.conf import settings
from django.utils import translation
from django_countries import countries
from wagtail.models import Locale

from .caching import cached_for_tree


def locales():
    """{language code: Locale}, cached until the tree changes."""
    return cached_for_tree(
        "locales", lambda: {loc.language_code: loc for loc in Locale.objects.all()}
    )


def locale_ids():
    return {code: locale.pk for code, locale in locales().items()}


def source_locale_id():
    """The id of the source language's locale, that translations are made from (from the
    cached locales: no query)."""
    return locale_ids().get(settings.LANGUAGE_CODE)


def is_source_locale(locale_id):
    return locale_id == source_locale_id()


def active_locale():
    """The Locale of the active language, from a cache instead of a query per call."""
    found = locales()
    return found.get(translation.get_language()) or found.get(settings.LANGUAGE_CODE)


def localize(objects):
    """Map each object to its translation in the active locale (or itself, if missing).

    Works for any TranslatableMixin model; runs one query for the whole collection.
    """
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return {}
    locale_id = active_locale().id
    model = type(objects[0])
    missing = {obj.translation_key for obj in objects if obj.locale_id != locale_id}
    translated = {}
    if missing:
        translated = {
            obj.translation_key: obj
            for obj in model.objects.filter(translation_key__in=missing, locale_id=locale_id)
        }
    return {obj.pk: translated.get(obj.translation_key, obj) for obj in objects}


def untranslated_copies():
    """Ids of pages whose live content is still a copy of another language's page.

    Submitting a page for translation turns its alias into a page of its own, but what
    visitors read stays the copied source text until a translation is published. Those pages
    are as untranslated as aliases. Cached until the page tree changes (one query to build).
    """
    from django.db.models import CharField, F
    from django.db.models.functions import Cast
    from wagtail.models import Page

    def build():
        return set(
            Page.objects.filter(alias_of__isnull=True, live_revision__isnull=False)
            .annotate(own_id=Cast("pk", CharField()))
            .exclude(live_revision__object_id=F("own_id"))
            .values_list("pk", flat=True)
        )

    return cached_for_tree("untranslated-copies", build)


def is_untranslated(page, copies=None):
    """Whether visitors of the page's language read another language's text there: an
    alias, or a page submitted for translation whose translation is not live yet. The one
    definition every surface uses (the notice, the language menu, search results, open
    data, the admin's translation column). For many pages, pass untranslated_copies() read
    once as copies."""
    if page.alias_of_id is not None:
        return True
    return page.pk in (untranslated_copies() if copies is None else copies)


def untranslated_condition():
    """is_untranslated as a filter on pages."""
    from django.db.models import Q

    return Q(alias_of__isnull=False) | Q(pk__in=untranslated_copies())


def country_name(code):
    """A country's name in the active language ("" for none). django-countries translates
    its whole list to answer; the names are kept per language, as a listing repeats a few
    dozen countries."""
    return _country_name(str(code), translation.get_language()) if code else ""


@functools.lru_cache(maxsize=4096)
def _country_name(code, language):
    return str(countries.name(code))
