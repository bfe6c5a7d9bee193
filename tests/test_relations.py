"""Relations in one language (core.admin_forms): the admin's selects and choosers on an
English page or snippet offer the English objects only, labelled in the editor's admin
language, and refuse another language's object with a message that says why."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail import hooks

from awards.models import AwardEdition, AwardWinnerPage
from cities.models import CityPage
from core.admin_forms import WRONG_LANGUAGE
from core.models import Topic
from news.models import NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("relations", "r@example.org", "x" * 16)


def edit_form(page, user, data=None):
    form_class = type(page).get_edit_handler().get_form_class()
    return form_class(data, instance=page, parent_page=page.get_parent(), for_user=user)


def english_release():
    return NewsPage.objects.filter(locale__language_code="en").live().first()


def test_topics_offer_each_english_topic_once_in_the_editors_language(editor):
    release = english_release()
    english_topics = Topic.objects.filter(locale__language_code="en")
    with translation.override("ja"):
        form = edit_form(release, editor)
        choices = list(form.fields["topics"].choices)
    assert len(choices) == english_topics.count()  # not once per language
    japanese = {t.translation_key: t.name for t in Topic.objects.filter(locale__language_code="ja")}
    labels = {str(label) for _value, label in choices}
    assert labels & set(japanese.values()), "labels are not in the admin's language"


def test_related_cities_offer_english_cities_only(editor):
    form = edit_form(english_release(), editor)
    cities = form.fields["related_cities"].queryset
    assert cities.count() == CityPage.objects.filter(locale__language_code="en").count()
    assert set(cities.values_list("locale__language_code", flat=True)) == {"en"}


def test_the_page_chooser_offers_each_city_once(client, editor):
    client.force_login(editor)
    response = client.get(
        "/admin/choose-page/search/", {"q": "Taipei", "page_type": "cities.citypage"}
    )
    html = response.content.decode()
    offered = re.findall(r'class="choose-page"[^>]*data-title="Taipei"', html)
    assert len(offered) == 1  # not once per language
    english = CityPage.objects.get(slug="taipei", locale__language_code="en")
    assert f'data-id="{english.pk}" data-title="Taipei"' in html


def test_a_topic_in_another_language_is_refused_with_a_reason(editor):
    release = english_release()
    japanese_topic = Topic.objects.filter(locale__language_code="ja").first()
    form = edit_form(release, editor)
    field = form.fields["topics"]
    with pytest.raises(Exception) as refused:
        field.clean([str(japanese_topic.pk)])
    assert str(WRONG_LANGUAGE) in str(refused.value)
    english = Topic.objects.get(
        translation_key=japanese_topic.translation_key, locale__language_code="en"
    )
    assert list(field.clean([str(english.pk)])) == [english]


def test_a_winners_city_must_be_the_english_city(editor):
    winner = AwardWinnerPage.objects.filter(locale__language_code="en", city__isnull=False).first()
    arabic_city = CityPage.objects.get(
        translation_key=winner.city.translation_key, locale__language_code="ar"
    )
    field = edit_form(winner, editor).fields["city"]
    with pytest.raises(Exception) as refused:
        field.clean(arabic_city.pk)
    assert str(WRONG_LANGUAGE) in str(refused.value)
    assert field.clean(winner.city_id).pk == winner.city_id


def test_inline_relations_are_kept_to_english_too(editor):
    city = CityPage.objects.filter(locale__language_code="en", datasets__isnull=False).first()
    form = edit_form(city, editor)
    dataset_form = form.formsets["datasets"].forms[0]
    topics = dataset_form.fields["topic"].queryset
    assert set(topics.values_list("locale__language_code", flat=True)) == {"en"}


def test_an_editions_ceremony_is_an_english_event(editor):
    edition = AwardEdition.objects.filter(locale__language_code="en").first()
    hooks.search_for_hooks()  # registers the snippet views, as the admin's first request does
    form_class = AwardEdition.snippet_viewset.get_edit_handler().get_form_class()
    form = form_class(instance=edition, for_user=editor)
    ceremonies = form.fields["ceremony"].queryset
    assert set(ceremonies.values_list("locale__language_code", flat=True)) <= {"en"}


def test_translations_keep_their_synchronised_relations(editor):
    # A translation's relations come from its source (wagtail-localize): not narrowed here.
    japanese = NewsPage.objects.filter(locale__language_code="ja").live().first()
    topics = edit_form(japanese, editor).fields["topics"].queryset
    assert set(topics.values_list("locale__language_code", flat=True)) > {"en"}


def test_relations_saved_in_another_language_are_repaired():
    from django.apps import apps

    from core.relations import repair_source_relations

    release = english_release()
    winner = AwardWinnerPage.objects.filter(locale__language_code="en", city__isnull=False).first()
    english_city = winner.city
    japanese_topic = Topic.objects.filter(locale__language_code="ja").first()
    arabic_city = CityPage.objects.get(
        translation_key=english_city.translation_key, locale__language_code="ar"
    )
    through = NewsPage.topics.through
    through.objects.filter(newspage=release).delete()
    through.objects.create(newspage=release, topic=japanese_topic)
    AwardWinnerPage.objects.filter(pk=winner.pk).update(city=arabic_city)

    assert repair_source_relations(apps) >= 2
    release = NewsPage.objects.get(pk=release.pk)
    assert [t.locale.language_code for t in release.topics.all()] == ["en"]
    assert release.topics.get().translation_key == japanese_topic.translation_key
    assert AwardWinnerPage.objects.get(pk=winner.pk).city_id == english_city.pk
    assert repair_source_relations(apps) == 0  # nothing left to repair
