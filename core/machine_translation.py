"""DeepL translation that keeps Traditional Chinese traditional.

wagtail-localize's DeepL translator reduces "zh-hant" to "ZH", which DeepL answers in
Simplified Chinese. Taiwan's readers need Traditional characters, so ask for "ZH-HANT".
"""

from wagtail_localize.machine_translators.deepl import DeepLTranslator


class TraditionalChineseAwareDeepLTranslator(DeepLTranslator):
    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        if target_locale.language_code.lower() == "zh-hant":
            parameters["target_lang"] = "ZH-HANT"
        return parameters
