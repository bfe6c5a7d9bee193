"""Translate pages and snippets through wagtail-localize's own models.

Used by the demo content (hand-written translations) and by tests. The same path as the
admin's translation editor: a TranslationSource, a Translation per target locale, one
StringTranslation per source segment, then save_target().
"""

from django.db import transaction
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
    for segment in segments:
        text = lookup(segment.string.data)
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    with transaction.atomic():
        translation.save_target(user=user, publish=publish)
    return instance.get_translation(locale)
