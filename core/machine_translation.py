"""Machine translation: DeepL that keeps Traditional Chinese traditional, and the rule that
machine output waits for a person before it is published.

wagtail-localize's DeepL translator reduces "zh-hant" to "ZH", which DeepL answers in
Simplified Chinese. Taiwan's readers need Traditional characters, so ask for "ZH-HANT".

A string translated by a machine stays marked as such until a person edits and saves it in
the translation editor (wagtail-localize then records it as a manual translation). While a
translation holds such strings it is not published, unless the secretariat switches the
check off in the site settings ("publish machine translation without review").
"""

from django.db.models import Count, F, Q
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.models import StringSegment, StringTranslation


class TraditionalChineseAwareDeepLTranslator(DeepLTranslator):
    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        if target_locale.language_code.lower() == "zh-hant":
            parameters["target_lang"] = "ZH-HANT"
        return parameters


def translation_statistics(source, locale_id):
    """(strings, translated, machine-translated) for a source's strings in one locale."""
    strings = StringSegment.objects.filter(source=source).count()
    counts = StringTranslation.objects.filter(
        locale_id=locale_id,
        has_error=False,
        translation_of__segments__source=source,
        context_id=F("translation_of__segments__context_id"),
    ).aggregate(
        translated=Count("pk", distinct=True),
        machine=Count(
            "pk",
            filter=Q(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE),
            distinct=True,
        ),
    )
    return strings, counts["translated"], counts["machine"]


def review_required(site=None):
    """Whether machine output must be reviewed before it is published (on this site, or on
    the default site when the admin is reached by another host name)."""
    from wagtail.models import Site

    from .models import SiteSettings

    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return True
    return not SiteSettings.for_site(site).publish_unreviewed_machine_translation


def unreviewed_machine_strings(translation):
    """How many of a translation's strings are machine output no person has saved since."""
    return translation_statistics(translation.source, translation.target_locale_id)[2]


def strings_held_for_review(translation, site=None):
    """How many machine strings keep this translation from being published (0: it may be)."""
    return unreviewed_machine_strings(translation) if review_required(site) else 0
