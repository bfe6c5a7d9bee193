"""Translate pages and snippets through wagtail-localize's own models.

Used by the demo content (hand-written translations) and by tests. The same path as the
admin's translation editor: a TranslationSource, a Translation per target locale, one
StringTranslation per source segment, then save_target().
"""

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def translate_object(instance, language_code, translate, *, publish=True, user=None):
    """Translate instance into language_code and return the translated object.

    `translate` maps each source string to its translation: a dict (strings missing from
    it fall back to the source text) or a callable.
    """
    locale = Locale.objects.get(language_code=language_code)
    # Re-extracts the source only when it changed, so translating into one language does
    # not make the other languages' translations look out of date.
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    lookup = translate.get if isinstance(translate, dict) else translate
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    save_translations(locale, [(segment, lookup(segment.string.data)) for segment in segments])
    with transaction.atomic():
        translation.save_target(user=user, publish=publish)
    return instance.get_translation(locale)


def save_translations(locale, translated_segments):
    """Store (segment, text) pairs as manual translations in locale (text None: left out),
    in one query for the new ones: a page has dozens of strings, and a query and a
    savepoint each made translating the demo's pages slow, on PostgreSQL above all."""
    manual = StringTranslation.TRANSLATION_TYPE_MANUAL
    wanted = [(segment, text) for segment, text in translated_segments if text is not None]
    existing = {
        (item.translation_of_id, item.context_id): item
        for item in StringTranslation.objects.filter(
            locale=locale, translation_of__in=[segment.string_id for segment, _text in wanted]
        )
    }
    new = []
    for segment, text in wanted:
        found = existing.get((segment.string_id, segment.context_id))
        if found is None:
            new.append(
                StringTranslation(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    data=text,
                    translation_type=manual,
                )
            )
        elif found.data != text or found.translation_type != manual:
            found.data, found.translation_type = text, manual
            found.save()  # through wagtail-localize's own signal, as an editor's change
    StringTranslation.objects.bulk_create(new)
    # bulk_create sends no post_save: send it, so wagtail-localize's receiver does for each new
    # translation what it does after save() (a page title's translation becomes the page's
    # draft title; other strings cost nothing).
    for item in new:
        post_save.send(
            StringTranslation,
            instance=item,
            created=True,
            raw=False,
            using=StringTranslation.objects.db,
        )
