"""A small world of two onboarded member cities, A and B, each with a pilot, an editor, an
image and a document, plus a secretariat editor and a moderator: built by the tests of the
editors' permissions and of the editorial workflow (the `world` fixture in conftest.py)."""

import io
from decimal import Decimal
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from core.demo import bulk_saves
from core.models import SiteImage
from core.translation import translate_object
from editorial import roles
from editorial.onboarding import onboard_city
from tests.factories import CityIndexPageFactory, CityPageFactory, PilotPageFactory

User = get_user_model()
Document = get_document_model()
ADMIN_HOME = "/admin/"


def members_index():
    return CityIndexPageFactory()


def add_city(index, slug, title, latitude, longitude):
    return CityPageFactory(
        parent=index,
        slug=slug,
        title=title,
        latitude=Decimal(latitude),
        longitude=Decimal(longitude),
    )


def add_pilot(city, slug, title):
    return PilotPageFactory(parent=city, slug=slug, title=title)


def make_user(username, *groups):
    user = User.objects.create_user(
        username=username, email=f"{username}@example.org", password="not-used"
    )
    user.groups.add(*groups)
    return user


def make_image(title, collection, user=None):
    buffer = io.BytesIO()
    PILImage.new("RGB", (48, 32), (30, 120, 90)).save(buffer, format="PNG")
    return SiteImage.objects.create(
        title=title,
        description=f"{title}, a test picture",
        collection=collection,
        uploaded_by_user=user,
        file=ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.png"),
    )


def make_document(title, collection, user=None):
    return Document.objects.create(
        title=title,
        collection=collection,
        uploaded_by_user=user,
        file=ContentFile(b"year,visitors\n2025,120\n", name="figures.csv"),
    )


def version(page, language):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=language)


@bulk_saves()  # built before many tests: saved as bulk work (core.demo)
def build_world():
    """Two onboarded member cities, A and B, each with a pilot, an editor, an image and a
    document; a secretariat editor and a moderator."""
    index = members_index()
    city_a = add_city(index, "editorial-alpha", "Alphaville", "38.72000", "-9.14000")
    city_b = add_city(index, "editorial-beta", "Betatown", "41.15000", "-8.61000")
    pilot_a = add_pilot(city_a, "alpha-classrooms", "Alpha classrooms")
    pilot_b = add_pilot(city_b, "beta-classrooms", "Beta classrooms")
    team_a = onboard_city(city_a).team
    team_b = onboard_city(city_b).team
    editor_a = make_user("editor-alpha", team_a.group)
    editor_b = make_user("editor-beta", team_b.group)
    secretariat = make_user("secretariat-test", Group.objects.get(name=roles.SECRETARIAT_EDITORS))
    moderator = make_user("moderator-test", Group.objects.get(name=roles.SECRETARIAT_MODERATORS))
    # City B's French version is a real translation, made by the secretariat.
    translate_object(city_b, "fr", {city_b.title: "Betaville"}, user=secretariat)
    return SimpleNamespace(
        index=index,
        city_a=city_a,
        city_b=city_b,
        pilot_a=pilot_a,
        pilot_b=pilot_b,
        team_a=team_a,
        team_b=team_b,
        editor_a=editor_a,
        editor_b=editor_b,
        secretariat=secretariat,
        moderator=moderator,
        image_a=make_image("Alpha harbour", team_a.collection, editor_a),
        image_b=make_image("Beta bridge", team_b.collection, editor_b),
        document_a=make_document("Alpha visitor figures", team_a.collection, editor_a),
        document_b=make_document("Beta visitor figures", team_b.collection, editor_b),
    )


def logged_in(user):
    other = Client()
    other.force_login(user)
    return other


def edit_form_data(page, user):
    """The page's edit form as the browser would post it, read from the edit view.

    StreamFields are built in the browser by JavaScript; the test pages leave them empty."""
    response = logged_in(user).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    specific = page.specific
    for field in specific._meta.get_fields():
        if isinstance(field, StreamField):
            assert not getattr(specific, field.name), "test pages keep StreamFields empty"
            data[f"{field.name}-count"] = "0"
    return data


def assert_denied(response):
    """Wagtail refuses with a 403, a 404, or a redirect to the dashboard with a message."""
    assert response.status_code in (302, 403, 404), response.status_code
    if response.status_code == 302:
        assert response["Location"] == ADMIN_HOME
