"""The translation status of every page and translatable snippet in every language.

One row per (source object, target language), in one of three states:

- translated: a translation is live and nothing changed in the source since it was made;
- out of date: a translation is live, but the source changed after the translation was last
  synchronised (pages: the source was published again; snippets: its content differs from
  what was submitted, or the submission was updated and not yet applied), or some of the
  source's strings have no translation (visitors read them in English);
- missing: nothing is translated in that language (no object, an alias, a page submitted for
  translation whose translation is not yet live, or a translation with no string translated).

Everything is read with a fixed number of queries (one per table, plus one per snippet
model), whatever the number of objects: nothing is looked up row by row.
"""

import json
from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, F, Max, Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import (
    ClusterableModel,
    get_all_child_relations,
    get_serializable_data_for_fields,
)
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

UP_TO_DATE = "translated"
OUT_OF_DATE = "out_of_date"
MISSING = "missing"
STATES = [
    (UP_TO_DATE, _("Translated")),
    (OUT_OF_DATE, _("Out of date")),
    (MISSING, _("Missing")),
]
STATE_LABELS = dict(STATES)
# What a translator should look at first: translations out of date, translations started
# and not yet published, and published ones holding machine output nobody has checked.
NEEDS_ATTENTION = "attention"


def needs_attention(row):
    return (
        row.state == OUT_OF_DATE
        or (row.state == MISSING and row.translation_id is not None)
        or bool(row.machine_strings)
    )


def translatable_snippet_models():
    """Translatable models that stand on their own (not pages, not a page's inline items)."""
    found = []
    for model in apps.get_models():
        if not issubclass(model, TranslatableMixin) or issubclass(model, Page):
            continue
        if any(isinstance(field, ParentalKey) for field in model._meta.get_fields()):
            continue
        found.append(model)
    return sorted(found, key=lambda model: (model._meta.app_label, model._meta.model_name))


def type_key(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def page_models():
    return sorted(
        (model for model in apps.get_models() if issubclass(model, Page) and model is not Page),
        key=lambda model: (model._meta.app_label, model._meta.model_name),
    )


def type_choices():
    """(key, label) for every page type and snippet type the report covers."""
    return [
        (type_key(model), str(model._meta.verbose_name).capitalize())
        for model in [*page_models(), *translatable_snippet_models()]
    ]


@dataclass
class StatusRow:
    model: type
    is_page: bool
    source_pk: object
    title: str
    language_code: str
    language_name: str
    state: str
    strings: int | None = None
    translated_strings: int | None = None
    machine_strings: int | None = None
    source_changed_at: datetime | None = None
    translated_at: datetime | None = None
    target_pk: object = None
    translation_id: int | None = None
    source_id: int | None = None
    # The source changed since the translation was synchronised (not only strings missing).
    needs_sync: bool = False

    @property
    def type_key(self):
        return type_key(self.model)

    @property
    def type_label(self):
        return str(self.model._meta.verbose_name).capitalize()

    @property
    def state_label(self):
        return str(STATE_LABELS[self.state])

    @property
    def progress(self):
        if not self.strings:
            return ""
        return f"{self.translated_strings}/{self.strings}"

    @cached_property
    def _snippet_registered(self):
        return self.model in get_snippet_models()

    def _snippet_url(self, action, pk):
        if not self._snippet_registered:
            return ""
        meta = self.model._meta
        return reverse(
            f"wagtailsnippets_{meta.app_label}_{meta.model_name}:{action}", args=[quote(pk)]
        )

    @property
    def edit_url(self):
        """Where a translator opens the item in this language: wagtail-localize's editor when
        it manages the translation, otherwise the ordinary editor (or the alias page)."""
        if self.target_pk is None:
            return ""
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[self.target_pk])
        return self._snippet_url("edit", self.target_pk)

    @property
    def source_url(self):
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[self.source_pk])
        return self._snippet_url("edit", self.source_pk)

    @property
    def submit_url(self):
        """Start a translation into this language (wagtail-localize's submit view)."""
        if self.is_page:
            url = reverse("wagtail_localize:submit_page_translation", args=[self.source_pk])
        else:
            if not self._snippet_registered:
                return ""
            meta = self.model._meta
            url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, quote(self.source_pk)],
            )
        return f"{url}?{urlencode({'select_locale': self.language_code})}"

    @property
    def update_url(self):
        """Bring every translation of the item up to date with its source (one action)."""
        if self.source_id is None:
            return ""
        return reverse("wagtail_localize:update_translations", args=[self.source_id])

    @property
    def action_url(self):
        """The one obvious next step for this row."""
        if self.state == OUT_OF_DATE and self.update_url and self.needs_sync:
            return self.update_url
        if self.state == MISSING and self.translation_id is None:
            return self.submit_url
        return self.edit_url


def serialized(instance):
    """An object's content as wagtail-localize stores it in TranslationSource.content_json."""
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


class StatusReport:
    """Reads everything once; `rows` and `counts` are computed from memory."""

    def __init__(self):
        self.locales = list(Locale.objects.all())
        by_code = {locale.language_code: locale for locale in self.locales}
        self.default_locale = by_code.get(settings.LANGUAGE_CODE) or self.locales[0]
        order = [code for code, _name in settings.LANGUAGES]
        self.targets = sorted(
            (loc for loc in self.locales if loc.pk != self.default_locale.pk),
            key=lambda loc: order.index(loc.language_code) if loc.language_code in order else 99,
        )
        self.language_names = dict(settings.LANGUAGES)
        self._load_translation_records()
        self.rows = [*self._page_rows(), *self._snippet_rows()]

    # --- wagtail-localize's records, for every object at once ------------------------------

    def _load_translation_records(self):
        self.sources = {
            source["object_id"]: source
            for source in TranslationSource.objects.filter(locale=self.default_locale).values(
                "id", "object_id", "specific_content_type_id", "last_updated_at"
            )
        }
        self.translations = {
            (row["source_id"], row["target_locale_id"]): row
            for row in Translation.objects.filter(source__locale=self.default_locale).values(
                "id", "source_id", "target_locale_id", "enabled"
            )
        }
        self.last_synced = {
            (row["source_id"], row["locale_id"]): row["last"]
            for row in TranslationLog.objects.values("source_id", "locale_id").annotate(
                last=Max("created_at")
            )
        }
        self.string_totals = dict(
            StringSegment.objects.filter(source__locale=self.default_locale)
            .values("source_id")
            .annotate(total=Count("id"))
            .values_list("source_id", "total")
        )
        self.string_counts = {}
        translated = (
            StringTranslation.objects.filter(
                has_error=False,
                translation_of__segments__context_id=F("context_id"),
                translation_of__segments__source__locale=self.default_locale,
            )
            .values("translation_of__segments__source_id", "locale_id")
            .annotate(
                translated=Count("id"),
                machine=Count(
                    "id", filter=Q(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)
                ),
            )
        )
        for row in translated:
            key = (row["translation_of__segments__source_id"], row["locale_id"])
            self.string_counts[key] = (row["translated"], row["machine"])

    def _translation_facts(self, translation_key, locale):
        """(source, enabled translation, strings, translated, machine, last sync) or Nones."""
        source = self.sources.get(translation_key)
        if source is None:
            return None, None, None, None, None, None
        translation = self.translations.get((source["id"], locale.pk))
        if translation is not None and not translation["enabled"]:
            translation = None
        total = self.string_totals.get(source["id"], 0)
        translated, machine = self.string_counts.get((source["id"], locale.pk), (0, 0))
        synced = self.last_synced.get((source["id"], locale.pk))
        return source, translation, total, translated, machine, synced

    def _row(self, model, is_page, source_pk, title, locale, **facts):
        return StatusRow(
            model=model,
            is_page=is_page,
            source_pk=source_pk,
            title=title,
            language_code=locale.language_code,
            language_name=self.language_names.get(locale.language_code, locale.language_code),
            **facts,
        )

    # --- pages -------------------------------------------------------------------------------

    def _page_rows(self):
        # Fills ContentType's cache for every page type in one query.
        ContentType.objects.get_for_models(*page_models())
        source_pages = list(
            Page.objects.filter(locale=self.default_locale, depth__gt=1, live=True)
            .order_by("path")
            .values("id", "title", "translation_key", "content_type_id", "last_published_at")
        )
        others = {}
        for page in (
            Page.objects.filter(depth__gt=1)
            .exclude(locale=self.default_locale)
            .values(
                "id",
                "translation_key",
                "locale_id",
                "alias_of_id",
                "live",
                "last_published_at",
                "live_revision_id",
                "live_revision__object_id",
            )
        ):
            others[(page["translation_key"], page["locale_id"])] = page
        rows = []
        for page in source_pages:
            model = ContentType.objects.get_for_id(page["content_type_id"]).model_class() or Page
            for locale in self.targets:
                target = others.get((page["translation_key"], locale.pk))
                rows.append(self._page_row(model, page, target, locale))
        return rows

    def _page_row(self, model, page, target, locale):
        source, translation, total, translated, machine, synced = self._translation_facts(
            page["translation_key"], locale
        )
        facts = {
            "source_changed_at": page["last_published_at"],
            "source_id": source["id"] if source else None,
            "target_pk": target["id"] if target else None,
            "translation_id": translation["id"] if translation else None,
        }
        if translation is not None:
            facts.update(strings=total, translated_strings=translated, machine_strings=machine)
        row = self._row(model, True, page["id"], page["title"], locale, state=MISSING, **facts)
        if target is None or not target["live"] or target["alias_of_id"] is not None:
            return row
        copied = target["live_revision_id"] is not None and target[
            "live_revision__object_id"
        ] != str(target["id"])
        if copied:
            return row
        if translation is not None:
            if total and not translated:
                return row
            row.translated_at = synced or target["last_published_at"]
            changed = _later(page["last_published_at"], row.translated_at)
            row.needs_sync = changed
            row.state = OUT_OF_DATE if changed or translated < total else UP_TO_DATE
        else:
            # Translated by hand, outside wagtail-localize: compare publication times.
            row.translated_at = target["last_published_at"]
            changed = _later(page["last_published_at"], row.translated_at)
            row.state = OUT_OF_DATE if changed else UP_TO_DATE
        return row

    # --- snippets ----------------------------------------------------------------------------

    def _snippet_rows(self):
        rows = []
        for model in translatable_snippet_models():
            queryset = model._default_manager.all()
            if issubclass(model, ClusterableModel):
                queryset = queryset.prefetch_related(
                    *[relation.get_accessor_name() for relation in get_all_child_relations(model)]
                )
            objects = list(queryset)
            existing = {(obj.translation_key, obj.locale_id): obj for obj in objects}
            for obj in objects:
                if obj.locale_id != self.default_locale.pk:
                    continue
                for locale in self.targets:
                    target = existing.get((obj.translation_key, locale.pk))
                    rows.append(self._snippet_row(model, obj, target, locale))
        return rows

    def _snippet_row(self, model, obj, target, locale):
        source, translation, total, translated, machine, synced = self._translation_facts(
            obj.translation_key, locale
        )
        facts = {
            "source_id": source["id"] if source else None,
            "target_pk": target.pk if target else None,
            "translation_id": translation["id"] if translation else None,
            "source_changed_at": source["last_updated_at"] if source else None,
        }
        if translation is not None:
            facts.update(strings=total, translated_strings=translated, machine_strings=machine)
        row = self._row(model, False, obj.pk, str(obj), locale, state=MISSING, **facts)
        if target is None:
            return row
        if translation is None:
            # Translated without wagtail-localize: nothing says when, so trust it.
            row.state = UP_TO_DATE
            return row
        if total and not translated:
            return row
        row.translated_at = synced
        changed = synced is None or _later(source["last_updated_at"], synced)
        if not changed:
            changed = serialized(obj) != self._submitted_content(source["id"])
        row.needs_sync = changed
        row.state = OUT_OF_DATE if changed or translated < total else UP_TO_DATE
        return row

    def _submitted_content(self, source_id):
        if not hasattr(self, "_snippet_content"):
            snippet_types = list(
                ContentType.objects.get_for_models(*translatable_snippet_models()).values()
            )
            self._snippet_content = {
                pk: json.loads(content)
                for pk, content in TranslationSource.objects.filter(
                    locale=self.default_locale, specific_content_type__in=snippet_types
                ).values_list("id", "content_json")
            }
        return self._snippet_content.get(source_id)

    # --- summaries ---------------------------------------------------------------------------

    def counts(self, rows=None):
        """{language code: {state: number, "total": number}} in the content languages' order."""
        rows = self.rows if rows is None else rows
        counts = {
            locale.language_code: {
                NEEDS_ATTENTION: 0,
                UP_TO_DATE: 0,
                OUT_OF_DATE: 0,
                MISSING: 0,
                "total": 0,
            }
            for locale in self.targets
        }
        for row in rows:
            counts[row.language_code][row.state] += 1
            counts[row.language_code][NEEDS_ATTENTION] += needs_attention(row)
            counts[row.language_code]["total"] += 1
        return counts


def _later(changed_at, synced_at):
    return bool(changed_at and synced_at and changed_at > synced_at)
