"""Every page type and snippet has a factory (tests/factories.py), and what each makes is
whole: a page it publishes is served in every language, a draft in none."""

import pytest
from wagtail.models import Locale, get_page_models
from wagtail.snippets.models import get_snippet_models

from home.models import HomePage

from .factories import FACTORIES, NewsPageFactory
from .helpers import LANGUAGES

pytestmark = pytest.mark.django_db

PROJECT_APPS = {"core", "home", "cities", "pilots", "awards", "news", "opendata", "localization"}


def project_models(models):
    return {model for model in models if model._meta.app_label in PROJECT_APPS}


PAGE_MODELS = sorted(
    project_models(get_page_models()) - {HomePage},  # site_home() makes the home page
    key=lambda model: model._meta.label,
)


def test_every_page_type_and_snippet_has_a_factory():
    wanted = project_models(get_page_models()) | project_models(get_snippet_models())
    missing = wanted - set(FACTORIES) - {HomePage}
    assert not missing, sorted(model._meta.label for model in missing)


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model._meta.label)
def test_each_page_factory_makes_a_page_served_in_every_language(client, model):
    # A slug of its own, so that a section factory makes a new page rather than finding
    # the demo's.
    page = FACTORIES[model](slug=f"made-by-{model._meta.model_name}")
    assert isinstance(page, model)
    assert not getattr(page, "found_existing", False)
    for language in LANGUAGES:
        version = page.get_translation(Locale.objects.get(language_code=language))
        response = client.get(version.url)
        assert response.status_code == 200, (model._meta.label, version.url)
        assert version.title in response.content.decode()


def test_a_draft_from_a_factory_is_served_nowhere(client):
    draft = NewsPageFactory(title="Not yet announced", published=False)
    for language in LANGUAGES:
        version = draft.get_translation(Locale.objects.get(language_code=language))
        assert client.get(version.url).status_code == 404
