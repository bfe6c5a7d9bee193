"""Names of topics and regions in the visitor's language, without a query per request.

Pages point at the English Topic and Region objects (the relations are synchronised across
locales). Listings and profiles need each one's name in the visitor's language and its slug
(identical in every language, used in filter addresses). Both come from one small table per
language, cached until the page tree or a taxonomy changes (see cities.apps).
"""

from django.apps import apps
from django.conf import settings
from django.utils import translation

from core.caching import cached_for_tree


def labels(model_label):
    """{pk: {"slug", "name", "order"}} for every object of a translatable taxonomy model,
    named in the active language (falling back to English, then to the object itself).

    Objects of any locale are keyed, so a relation that points at a translation still
    resolves; "order" is the English object's pk, which keeps legends in a stable order.
    """
    language = translation.get_language() or settings.LANGUAGE_CODE

    def build():
        model = apps.get_model(model_label)
        rows = list(
            model.objects.values("pk", "translation_key", "slug", "name", "locale__language_code")
        )
        by_key = {}
        for row in rows:
            by_key.setdefault(row["translation_key"], {})[row["locale__language_code"]] = row
        table = {}
        for row in rows:
            versions = by_key[row["translation_key"]]
            shown = versions.get(language) or versions.get(settings.LANGUAGE_CODE) or row
            source = versions.get(settings.LANGUAGE_CODE) or row
            table[row["pk"]] = {"slug": row["slug"], "name": shown["name"], "order": source["pk"]}
        return table

    return cached_for_tree(f"labels:{model_label}:{language}", build)


def topic_labels():
    return labels("core.Topic")


def region_labels():
    return labels("core.Region")
