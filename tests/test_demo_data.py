"""The demo's data files and their reader (core.demo_data): each text beside its
translations, registered as wagtail-localize extracts them from the English pages."""

import pytest

from core.demo_data import Translations, english_only, read_demo_data

LANGUAGES = {"en", "zh-hant", "ja", "ko", "es", "fr", "ar"}


def test_a_translated_text_reads_as_english_and_keeps_its_translations():
    translations = Translations()
    data = english_only(
        {"title": {"en": "Members", "ja": "会員都市"}, "slug": "members", "count": 3},
        translations,
        LANGUAGES,
    )
    assert data == {"title": "Members", "slug": "members", "count": 3}
    assert translations.get("Members", "ja") == "会員都市"
    assert translations.get("Members", "fr") is None


def test_a_mapping_that_is_not_a_text_stays_data():
    translations = Translations()
    value = {"en": "Taipei", "population": "2490000"}  # not only language codes
    assert english_only(value, translations, LANGUAGES) == value
    assert "Taipei" not in translations


def test_rich_text_is_registered_block_by_block():
    translations = Translations()
    translations.add(
        "<p>Open to:</p><ul><li>cities</li><li>regions</li></ul>",
        {"ja": "<p>対象：</p><ul><li>都市</li><li>地域</li></ul>"},
    )
    assert translations.get("Open to:", "ja") == "対象："
    assert translations.get("regions", "ja") == "地域"


def test_a_translation_with_other_paragraphs_than_the_english_is_refused():
    with pytest.raises(ValueError, match="paragraphs"):
        Translations().add("<p>One.</p><p>Two.</p>", {"ja": "<p>一つ。</p>"})


def test_line_breaks_and_entities_match_what_the_page_extracts():
    translations = Translations()
    translations.add("City\nRegion", {"ja": "都市\n地域"})
    translations.add("Open & Agile", {"ja": "Open & Agile 都市"})
    assert translations.get("City<br/>Region", "ja") == "都市<br/>地域"
    assert translations.get("Open &amp; Agile", "ja") == "Open &amp; Agile 都市"


def test_a_composed_text_is_translated_only_where_every_part_is():
    translations = Translations()
    translations.add("{name}: open data catalogue", {"ja": "{name}：オープンデータカタログ"})
    translations.add("Taipei", {"ja": "台北市"})
    taipei = translations.compose("{name}: open data catalogue", name="Taipei")
    lima = translations.compose("{name}: open data catalogue", name="Lima")
    assert (taipei, lima) == ("Taipei: open data catalogue", "Lima: open data catalogue")
    assert translations.get(taipei, "ja") == "台北市：オープンデータカタログ"
    assert translations.get(lima, "ja") is None


def test_a_composed_list_uses_each_languages_separator_and_case():
    translations = Translations()
    translations.add("Topics: {topics}.", {"ja": "テーマ：{topics}。"})
    translations.add(", ", {"ja": "、"})
    translations.add("Smart mobility", {"ja": "スマートモビリティ"})
    translations.add("Education", {"ja": "教育"})
    english = translations.compose(
        "Topics: {topics}.", lowercase=("topics",), topics=["Smart mobility", "Education"]
    )
    assert english == "Topics: smart mobility, education."
    assert translations.get(english, "ja") == "テーマ：スマートモビリティ、教育。"


@pytest.mark.parametrize(
    ("app_label", "name"),
    [
        ("core", "taxonomies"),
        ("home", "pages"),
        ("cities", "cities"),
        ("pilots", "pilots"),
        ("awards", "awards"),
        ("news", "news"),
        ("news", "events"),
        ("editorial", "accounts"),
        ("opendata", "open_data"),
        ("localization", "translated"),
    ],
)
def test_every_data_file_reads_with_translations_that_match_their_english(app_label, name):
    translations = Translations()
    data = read_demo_data(app_label, name, translations)
    assert data
    for english, translated in translations.texts.items():
        assert set(translated) <= LANGUAGES - {"en"}, english
        assert all(text.strip() for text in translated.values()), english
