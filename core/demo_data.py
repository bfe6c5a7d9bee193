"""Demo content kept as data: each app's `demo_content/*.yaml` files, read by one loader.

A text that the demo translates is written with its translations beside it, as a mapping
from language code to text, English first:

    title:
      en: Smart management of public housing
      zh-hant: 社會住宅智慧管理
      ja: 公営住宅のスマート管理

`read_demo_data()` hands the loaders the same data with every such mapping replaced by its
English text, and keeps the translations in a `Translations` catalogue, from which the
localization app's loader translates the pages, snippets and picture descriptions made
from them (through wagtail-localize, as an editor would). A text with no translations is
written as a plain string.

A translation is looked up by the string wagtail-localize extracts from the English
content, so a rich text is registered block by block (paragraphs, list items, headings),
and the line breaks of a plain text read as `<br/>`. A text made from a template
(`Translations.compose`) is translated from the template's translations.
"""

import html
import re
from functools import partial
from pathlib import Path

import yaml
from django.apps import apps
from django.conf import settings

# Joins the items of a list in a composed text; a data file that composes lists gives its
# translations.
LIST_SEPARATOR = ", "

# The blocks of a rich text that wagtail-localize extracts one by one.
BLOCK = re.compile(r"<(p|li|h[2-6])>(.*?)</\1>", re.DOTALL)


def content_languages():
    return {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}


class Translations:
    """English text → {language code: its translation}, from every data file read."""

    def __init__(self):
        self.texts = {}

    def add(self, english, translations):
        for english_part, translated_parts in split_into_segments(english, translations):
            self.texts.setdefault(english_part, {}).update(translated_parts)

    def get(self, text, language_code):
        found = self.texts.get(text, {}).get(language_code)
        if found is None and "&" in text:
            # Rich text is extracted with its entities (&amp;), the data has plain text.
            found = self.texts.get(html.unescape(text), {}).get(language_code)
            if found is not None:
                found = html.escape(found, quote=False)
        return found

    def compose(self, template, lowercase=(), **values):
        """The English template filled in with English values, e.g. "{name}: open data
        catalogue" with name="Taipei"; in each language where the template and every value
        have a translation, the translated template filled in with the translated values is
        registered as the result's translation. A list value is joined with the
        translation of LIST_SEPARATOR; a value named in `lowercase` is lowercased
        (topics in the middle of a sentence)."""
        english = self._fill(template, values, lowercase, lambda text: text)
        translations = {}
        for code, translated_template in self.texts.get(template, {}).items():
            translate = partial(self._need, code=code)
            try:
                translations[code] = self._fill(translated_template, values, lowercase, translate)
            except LookupError:
                continue  # a value without a translation in this language
        if translations:
            self.add(english, translations)
        return english

    def _fill(self, template, values, lowercase, translate):
        filled = {}
        for name, value in values.items():
            if isinstance(value, list):
                value = translate(LIST_SEPARATOR).join(translate(item) for item in value)
            else:
                value = translate(value)
            filled[name] = value.lower() if name in lowercase else value
        return template.format(**filled)

    def _need(self, text, code):
        found = self.get(text, code)
        if found is None:
            raise LookupError(text)
        return found

    def __contains__(self, text):
        return text in self.texts


def split_into_segments(english, translations):
    """Pairs of (English string, {code: translation}) as wagtail-localize extracts them."""
    english_paragraphs = blocks(english)
    if not english_paragraphs:
        return [(as_extracted(english), {c: as_extracted(t) for c, t in translations.items()})]
    pairs = [(as_extracted(part), {}) for part in english_paragraphs]
    for code, text in translations.items():
        paragraphs = blocks(text)
        if len(paragraphs) != len(english_paragraphs):
            raise ValueError(
                f"The {code} translation has {len(paragraphs)} paragraphs where the English "
                f"text has {len(english_paragraphs)}: {english[:60]!r}"
            )
        for (_english_part, parts), paragraph in zip(pairs, paragraphs, strict=True):
            parts[code] = as_extracted(paragraph)
    return pairs


def blocks(text):
    return [inner for _tag, inner in BLOCK.findall(text)]


def as_extracted(text):
    return text.replace("\n", "<br/>")


def is_translated_text(value, languages):
    return (
        isinstance(value, dict)
        and isinstance(value.get(settings.LANGUAGE_CODE), str)
        and set(value) <= languages
        and all(isinstance(text, str) for text in value.values())
    )


def english_only(value, translations, languages):
    """The value with each translated text replaced by its English text (its translations
    go to the catalogue)."""
    if is_translated_text(value, languages):
        english = value[settings.LANGUAGE_CODE]
        others = {code: text for code, text in value.items() if code != settings.LANGUAGE_CODE}
        if others:
            translations.add(english, others)
        return english
    if isinstance(value, dict):
        return {key: english_only(item, translations, languages) for key, item in value.items()}
    if isinstance(value, list):
        return [english_only(item, translations, languages) for item in value]
    return value


def read_demo_data(app_label, name, translations):
    """The data in <app>/demo_content/<name>.yaml, English only; its translations go to the
    catalogue."""
    path = Path(apps.get_app_config(app_label).path) / "demo_content" / f"{name}.yaml"
    with path.open(encoding="utf-8") as data_file:
        data = yaml.safe_load(data_file)
    return english_only(data, translations, content_languages())
