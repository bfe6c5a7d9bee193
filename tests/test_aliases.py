"""core.aliases makes the aliases wagtail-localize would make, in far fewer queries: a
page's version in every language until it is translated, with its child objects in that
language, a free slug and a valid place in the tree."""

import decimal

import pytest
from django.forms.models import model_to_dict
from wagtail.models import Page, PageLogEntry, PageViewRestriction
from wagtail_localize.synctree import create_aliases_for_new_page

from cities.models import CityDataset, CityIndexPage, CityPage
from core.aliases import add_missing_aliases
from core.models import Topic

from .helpers import LANGUAGES, publish_child

pytestmark = pytest.mark.django_db

# What differs between two pages of the same content, or is a tree position.
OWN = {"id", "page_ptr", "path", "title", "draft_title", "slug", "translation_key", "alias_of"}


def new_city(slug, *, parent=None, live=True):
    parent = parent or CityIndexPage.objects.get(locale__language_code="en")
    city = CityPage(
        title=slug.title(),
        slug=slug,
        locale=parent.locale,
        country="PT",
        member_since=2026,
        latitude=decimal.Decimal("38.7"),
        longitude=decimal.Decimal("-9.1"),
        intro="A city that shares what it learns.",
        live=live,
        topics=list(Topic.objects.filter(locale=parent.locale)[:2]),
        datasets=[
            CityDataset(
                title=f"{slug} {number}", url="https://data.example.org/", locale=parent.locale
            )
            for number in range(2)
        ],
    )
    if live:
        return publish_child(parent, city, aliases=False)
    parent.add_child(instance=city)
    city.save_revision()
    return city


def versions(page):
    """{language: (content, dataset languages, log actions)} of the page's other versions."""
    found = {}
    for version in CityPage.objects.filter(translation_key=page.translation_key).exclude(
        pk=page.pk
    ):
        content = {name: value for name, value in model_to_dict(version).items() if name not in OWN}
        content["topics"] = sorted(topic.pk for topic in content["topics"])
        content["alias_of"] = version.alias_of_id == page.pk
        datasets = sorted(dataset.locale.language_code for dataset in version.datasets.all())
        actions = sorted(PageLogEntry.objects.filter(page=version).values_list("action", flat=True))
        found[version.locale.language_code] = (content, datasets, actions)
    return found


def assert_placed_in_the_tree(page):
    """Each version of the page sits under its parent's version in its own language, and
    every parent counts its children right (treebeard places the next child by that count)."""
    for version in Page.objects.filter(translation_key=page.translation_key):
        parent = version.get_parent()
        assert version.depth == parent.depth + 1 and version.path.startswith(parent.path)
        assert parent.locale_id == version.locale_id or parent.depth == 1
        assert parent.numchild == parent.get_children().count()


@pytest.mark.parametrize("live", [True, False], ids=["published", "draft"])
def test_the_same_aliases_as_wagtail_localize_in_fewer_queries(live, count_queries):
    theirs, ours = new_city("theirs", live=live), new_city("ours", live=live)

    _, their_queries = count_queries(create_aliases_for_new_page, theirs)
    _, our_queries = count_queries(add_missing_aliases, [ours])

    assert set(versions(ours)) == set(LANGUAGES) - {"en"}
    assert versions(ours) == versions(theirs)
    for language, (_content, datasets, _actions) in versions(ours).items():
        assert datasets == [language, language]
    # Saving each page still updates the search and reference indexes, as it must.
    assert our_queries < their_queries * 3 / 4
    assert_placed_in_the_tree(ours)


def test_a_taken_slug_gets_a_number_as_wagtail_gives_it():
    japanese_members = CityIndexPage.objects.get(locale__language_code="ja")
    new_city("zorvex-harbour", parent=japanese_members)  # a Japanese page of its own, same slug
    english = new_city("zorvex-harbour")

    add_missing_aliases([english])

    japanese = CityPage.objects.get(
        translation_key=english.translation_key, locale__language_code="ja"
    )
    assert japanese.slug == "zorvex-harbour-1"
    assert (
        CityPage.objects.get(
            translation_key=english.translation_key, locale__language_code="fr"
        ).slug
        == "zorvex-harbour"
    )


def test_a_restricted_page_keeps_its_restriction_in_every_language():
    city = new_city("private-city")
    PageViewRestriction.objects.create(page=city, restriction_type=PageViewRestriction.LOGIN)

    add_missing_aliases([city])

    for alias in Page.objects.filter(translation_key=city.translation_key).exclude(pk=city.pk):
        assert [restriction.restriction_type for restriction in alias.view_restrictions.all()] == [
            PageViewRestriction.LOGIN
        ]


def test_a_page_under_a_new_parent_brings_the_parent_along_and_nothing_twice(count_queries):
    host = new_city("host")
    pilot_parent = new_city("sub-city", parent=host)  # neither has aliases yet

    created = add_missing_aliases([pilot_parent])

    assert len(created) == 2 * (len(LANGUAGES) - 1)
    for language in LANGUAGES:
        child = CityPage.objects.get(
            translation_key=pilot_parent.translation_key, locale__language_code=language
        )
        assert child.get_parent().translation_key == host.translation_key
        assert child.url_path.endswith("/host/sub-city/")
    assert add_missing_aliases([pilot_parent]) == []
    assert add_missing_aliases() == []  # the whole tree is in step
    assert_placed_in_the_tree(pilot_parent)
