"""Topic and partner names in the visitor's language, cached per language.

Pilots point at the English Topic and Partner objects (the relations are synchronised across
locales); templates show each one's translation. One small table per language, cached until
the page tree or a taxonomy changes, instead of a query per page view.
"""

from django.apps import apps
from django.conf import settings
from django.utils import translation

from core.caching import cached_for_tree


def labels(model_label, fields):
    """{pk: {field: value}} for every object of a translatable model (any locale), with the
    values of its translation in the active language, or else of the English original."""
    language = translation.get_language() or settings.LANGUAGE_CODE

    def build():
        model = apps.get_model(model_label)
        rows = list(model.objects.values("pk", "translation_key", "locale__language_code", *fields))
        versions = {}
        for row in rows:
            versions.setdefault(row["translation_key"], {})[row["locale__language_code"]] = row
        table = {}
        for row in rows:
            found = versions[row["translation_key"]]
            shown = found.get(language) or found.get(settings.LANGUAGE_CODE) or row
            table[row["pk"]] = {name: shown[name] for name in fields}
        return table

    return cached_for_tree(f"pilot-labels:{model_label}:{language}", build)


def topic_labels():
    return labels("core.Topic", ["slug", "name"])


def partner_labels():
    return labels("core.Partner", ["name", "kind"])
