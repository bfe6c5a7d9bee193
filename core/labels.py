"""Names of the shared taxonomies (topics, regions, partners) in the visitor's language,
without a query per request.

Pages point at the English Topic, Region and Partner objects (relations are kept on the
source language). Listings and profiles need each one's name in the visitor's language and
its slug (identical in every language, used in filter addresses): both come from one small
table per language, cached until the page tree or a taxonomy changes (core.signals).
"""

from django.conf import settings
from django.utils import translation

from .caching import cached_for_tree
from .models import Partner, Region, Topic


def translated_labels(model, fields):
    """{pk: {field: value, …, "order": pk of the English object}} for every object of a
    translatable model, with the values of its translation in the active language, else
    of the English original. Objects of any locale are keyed, so a relation that points at
    a translation still resolves; "order" keeps legends in the same order everywhere."""
    language = translation.get_language() or settings.LANGUAGE_CODE

    def build():
        rows = list(model.objects.values("pk", "translation_key", "locale__language_code", *fields))
        versions = {}
        for row in rows:
            versions.setdefault(row["translation_key"], {})[row["locale__language_code"]] = row
        table = {}
        for row in rows:
            found = versions[row["translation_key"]]
            shown = found.get(language) or found.get(settings.LANGUAGE_CODE) or row
            source = found.get(settings.LANGUAGE_CODE) or row
            table[row["pk"]] = {**{name: shown[name] for name in fields}, "order": source["pk"]}
        return table

    key = f"labels:{model._meta.label}:{','.join(fields)}:{language}"
    return cached_for_tree(key, build)


def topic_labels():
    return translated_labels(Topic, ["slug", "name"])


def region_labels():
    return translated_labels(Region, ["slug", "name"])


def partner_labels():
    return translated_labels(Partner, ["name", "kind"])
