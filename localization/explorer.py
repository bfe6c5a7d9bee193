"""The page explorer says, for every page, where its translation stands, and can list only
the pages still waiting for one: a "Translation" column and filter on Wagtail's page
listing (a page viewset for every page type, Wagtail's own way of changing the explorer)."""

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import ExplorableIndexView, GenericPageFilterSet
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from core.i18n import is_source_locale, is_untranslated, untranslated_condition

from .templatetags.localization_tags import machine_translated_pages

SOURCE = "source"
TRANSLATED = "translated"
UNTRANSLATED = "untranslated"
MACHINE = "machine"
STATES = {
    SOURCE: _("Source (English)"),
    TRANSLATED: _("Translated"),
    MACHINE: _("Machine-translated, not checked"),
    UNTRANSLATED: _("Not translated yet"),
}


def translation_state(page):
    """From cached sets only: no query per row of the listing."""
    if is_source_locale(page.locale_id):
        return SOURCE
    if is_untranslated(page):
        return UNTRANSLATED
    if page.pk in machine_translated_pages():
        return MACHINE
    return TRANSLATED


class TranslationColumn(Column):
    def get_value(self, instance):
        return STATES[translation_state(instance)]


class TranslationFilterSet(GenericPageFilterSet):
    translation = django_filters.ChoiceFilter(
        label=_("Translation"),
        choices=[(UNTRANSLATED, STATES[UNTRANSLATED]), (TRANSLATED, STATES[TRANSLATED])],
        method="filter_translation",
    )

    def filter_translation(self, queryset, name, value):
        untranslated = untranslated_condition()
        queryset = queryset.exclude(locale__language_code=settings.LANGUAGE_CODE)
        if value == UNTRANSLATED:
            return queryset.filter(untranslated)
        return queryset.exclude(untranslated)


class TranslationAwarePageViewSet(PageViewSet):
    """Wagtail's page listing for every page type, plus the Translation column and filter."""

    model = Page
    name = "translation_aware_pages"
    filterset_class = TranslationFilterSet
    columns = [
        *ExplorableIndexView.base_columns,
        TranslationColumn("translation", label=_("Translation"), width="14%"),
    ]
