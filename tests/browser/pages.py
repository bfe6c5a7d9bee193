"""What the quality gates check: one list, built from the code and the live page tree.

Every page type (each concrete Wagtail page model of the project) is checked in every
content language, at every viewport: the tests take the first live page of that type in
tree order from the browser server's site map (see prepare_site.py). A new page type joins
the checks by itself: its checks fail, saying so, until the demo content has a live page of
it in every language.

Views that are not Wagtail pages (search, error pages, filtered listings) are listed in
EXTRA_PAGES by URL. Form states that need a submission are listed in FORM_STATES."""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import get_page_models

LANGUAGES = [code for code, _name in settings.LANGUAGES]

VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
    },
}

# Pages that are not Wagtail pages: kind -> (URL with {language}, expected HTTP status).
# Add filtered listings here as they land, e.g. "members-filtered": ("/{language}/members/
# ?region=asia", 200).
EXTRA_PAGES = {
    "search": ("/{language}/search/?q=city", 200),
    "search-empty": ("/{language}/search/", 200),
    "not-found": ("/{language}/no-such-page/", 404),
    "media-kit": ("/{language}/news/press/media-kit/", 200),
}

# Answers that fill the demo's Join form correctly, by field label (as visitors see them).
JOIN_FORM_ANSWERS = {
    "Your name": "Ana Ribeiro",
    "E-mail address": "ana@example.org",
    "City or organisation": "Lisbon",
    "Type of applicant": "City",
    "What would you like to share or learn?": "How other cities run mobility data pilots.",
}


@dataclass(frozen=True)
class FormState:
    """A state of a form page that only a submission reaches."""

    page_type: str
    slug: str
    answers: dict  # by field label; empty answers show the form with its errors
    shows: str  # HTML the state must contain, proving the submission reached it


FORM_STATES = {
    "join-errors": FormState("home.FormPage", "join", {}, 'class="form__error"'),
    "join-thank-you": FormState("home.FormPage", "join", JOIN_FORM_ANSWERS, 'role="status"'),
}


def page_types():
    """Every concrete page model of the project as "app_label.ModelName"."""
    return sorted(
        f"{model._meta.app_label}.{model.__name__}"
        for model in get_page_models()
        if model._meta.app_label != "wagtailcore"
    )


PAGE_KINDS = page_types() + list(EXTRA_PAGES)


@dataclass(frozen=True)
class Target:
    kind: str
    language: str
    url: str
    status: int


def resolve(site, kind, language):
    """The URL checked for a kind of page in a language, or None when the site has none."""
    if kind in EXTRA_PAGES:
        template, status = EXTRA_PAGES[kind]
        return Target(kind, language, template.format(language=language), status)
    page = site.page_of(kind, language)
    if page is None:
        return None
    return Target(kind, language, page.url, 200)


def no_page_message(kind, language):
    return (
        f"The demo content has no live {kind} in {language}: add one to the app's demo "
        "content so that this page type is checked."
    )


def matrix(*axes):
    """pytest parameters for every combination, with readable ids like desktop-ja-home.HomePage."""
    import itertools

    import pytest

    return [
        pytest.param(*combination, id="-".join(combination))
        for combination in itertools.product(*axes)
    ]
