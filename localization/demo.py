"""Demo translations: real, hand-written Traditional Chinese, Japanese, Arabic, Spanish,
Korean and French.

Runs after the content loaders (INSTALLED_APPS order) and translates what they created,
through wagtail-localize's own models (core.translation.translate_object), so the
translation status report shows real states:

- up to date in every language: the key pages (home, about, join, the members, awards and
  news indexes with the media kit, the latest press release and the four legal pages);
  in zh-hant and ja also five or more member cities, two award winners, three more news
  items and the taxonomies;
- out of date: the Secretariat page, whose English text changes after it was translated;
- missing: everything else (member cities, pilots, events and most news in Arabic,
  Spanish, Korean and French, for instance), shown in English with a notice.

What is translated is listed in localization/demo_content/translated.yaml; the
translations sit beside the texts in each app's data files (core.demo_data). A page is
translated only when every one of its strings has a translation (numbers and other
language-neutral strings are kept as they are), so no demo page mixes languages. Pages
that do not exist are skipped; pages already translated are left alone, which keeps the
loader idempotent.
"""

import re

from modelcluster.models import get_all_child_relations
from wagtail.models import Locale, Page
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from core.aliases import add_missing_aliases
from core.demo import in_current_format
from core.translation import translate_object

from .models import ImageAltText

# Strings that read the same in every language: figures, years, codes.
NEUTRAL = re.compile(r"^[\d\s.,:;%+\-–—/()&#°'’A-Z0-9]*$")


def load(demo):
    plan = demo.data("localization", "translated")
    locales = {
        code: Locale.objects.filter(language_code=code).first() for code in plan["languages"]
    }
    if not all(locales.values()):
        return
    for brand in plan["brands"]:
        demo.translations.add(brand, dict.fromkeys(plan["languages"], brand))
    pages = pages_to_translate(demo, plan)
    # Before the aliases exist, so the new revisions have no alias copies to update.
    for page in pages:
        prepare_source(page)
    # Aliases must exist first, so each translation takes its place in its locale's tree.
    add_missing_aliases()
    translated_now = set()
    for page in pages:
        if translate_everywhere(demo, page, locales):
            translated_now.add(page.url_path)
    translate_snippets(demo, locales)
    translate_image_alt_texts(demo, locales)
    outdate_one_page(demo, plan["out_of_date"], translated_now)


def translate_everywhere(demo, instance, locales):
    """Translate an object into every demo language where it has no translation yet and
    every string has one here. True when something was translated."""
    model = type(instance)
    strings = None
    translated = False
    for code, locale in locales.items():
        target = model.objects.filter(
            translation_key=instance.translation_key, locale=locale
        ).first()
        if target is not None and getattr(target, "alias_of_id", None) is None:
            continue
        if strings is None:
            strings = source_strings(instance)
        missing = [text for text in strings if translation_for(demo, text, code) is None]
        if missing:
            if isinstance(instance, Page):
                demo.log(f"  not translating {instance.url_path} into {code}: {missing[:3]}…")
            continue
        translate_object(instance, code, lambda text, code=code: translation_for(demo, text, code))
        translated = True
    return translated


def pages_to_translate(demo, plan):
    home = demo.home
    found = []
    for path in plan["pages"]:
        page = find_page(home, path)
        if page is not None:
            found.append(page)
    for section, slugs in plan["section_pages"].items():
        index = find_page(home, section)
        if index is None:
            continue
        for slug in slugs:
            page = index.get_descendants().filter(slug=slug).specific().first()
            if page is not None:
                found.append(page)
    return found


def find_page(home, path):
    page = home
    for slug in [part for part in path.split("/") if part]:
        page = page.get_children().filter(slug=slug).first()
        if page is None:
            return None
    return page.specific


def prepare_source(page):
    """Make every visible string of a page translatable, then save it as a new revision.

    - StreamField values written by code may keep ListBlock items in the old list format,
      whose strings wagtail-localize does not extract (key figures' labels would stay
      English): stored in the current format (core.demo.in_current_format).
    - An attachment with no link text shows its document's title, which is the same
      (English) in every language: the document title becomes the link text, which is then
      translated with the page.
    """
    changed = in_current_format(page)
    for relation in get_all_child_relations(type(page)):
        names = {field.name for field in relation.related_model._meta.get_fields()}
        if not {"title", "document"} <= names:
            continue
        accessor = relation.get_accessor_name()
        items = list(getattr(page, accessor).select_related("document"))
        for item in items:
            if not item.title and item.document_id:
                item.title = item.document.title
                changed = True
        setattr(page, accessor, items)
    if changed:
        page.save_revision().publish()


def source_strings(instance):
    """The strings wagtail-localize would extract from an object (nothing is saved)."""
    return [
        segment.string.data
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    ]


def translation_for(demo, text, code):
    found = demo.translations.get(text, code)
    if found is not None:
        return found
    if NEUTRAL.match(text):
        return text
    return None


def translate_snippets(demo, locales):
    """Topics, regions, press contacts and award editions shown on the translated pages
    (each one only when all its strings have a translation here)."""
    from django.apps import apps

    from core.models import Region, Topic

    models = [Topic, Region]
    for app_label, model_name in (("news", "PressContact"), ("awards", "AwardEdition")):
        if apps.is_installed(app_label):
            models.append(apps.get_model(app_label, model_name))
    for model in models:
        for item in model.objects.filter(locale=Locale.get_default()):
            translate_everywhere(demo, item, locales)


def translate_image_alt_texts(demo, locales):
    for english in ImageAltText.objects.filter(
        locale=Locale.get_default(), text__in=list(demo.translations.texts)
    ):
        for code, locale in locales.items():
            if ImageAltText.objects.filter(
                translation_key=english.translation_key, locale=locale
            ).exists():
                continue
            translated = demo.translations.get(english.text, code)
            if translated is not None:  # otherwise the English description stays
                translate_object(english, code, {english.text: translated})


def outdate_one_page(demo, out_of_date, translated_now):
    page = find_page(demo.home, out_of_date["page"])
    if page is None or page.url_path not in translated_now:
        return
    page.intro = out_of_date["intro"]
    page.save_revision().publish()
