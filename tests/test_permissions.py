"""Isolation between member cities and between languages, proven through the admin's own
HTTP views: an editor of city A is turned away from every view of city B's pages and files,
and nothing in the database changes; the same views work on city A."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import resolve, reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.models import (
    GroupPagePermission,
    Locale,
    Page,
    Revision,
    WorkflowState,
)
from wagtail_localize.models import Translation, TranslationSource

from core.models import SiteImage, Topic
from core.translation import translate_object
from editorial import roles, views
from pilots.models import PilotPage
from tests.city_world import (
    add_city,
    assert_denied,
    edit_form_data,
    logged_in,
    make_user,
    members_index,
    version,
)
from tests.helpers import page_in

pytestmark = pytest.mark.django_db

User = get_user_model()
Document = get_document_model()
ADMIN_HOME = "/admin/"


def database_state():
    """Everything an admin view could change about pages, files, translations and roles."""
    pages = list(
        Page.objects.order_by("pk").values_list(
            "pk",
            "path",
            "title",
            "draft_title",
            "slug",
            "live",
            "has_unpublished_changes",
            "latest_revision_id",
            "live_revision_id",
            "locked",
            "alias_of_id",
            "owner_id",
        )
    )
    return {
        "pages": pages,
        "revisions": Revision.objects.count(),
        "workflow_states": WorkflowState.objects.count(),
        "translation_sources": list(TranslationSource.objects.values_list("pk", "last_updated_at")),
        "translations": list(Translation.objects.values_list("pk", "enabled")),
        "images": list(SiteImage.objects.order_by("pk").values_list("pk", "title", "collection")),
        "documents": list(Document.objects.order_by("pk").values_list("pk", "title", "collection")),
        "page_permissions": GroupPagePermission.objects.count(),
        "topics": Topic.objects.count(),
    }


def assert_not_listed(response, *titles):
    content = response.content.decode()
    for title in titles:
        assert title not in content


# --- City A's editor against city B: every view refused, nothing changed --------------------


def denied_requests(w):
    """(label, method, url, data) for every admin view an editor of A tries on B.

    Bulk actions skip the pages a user may not touch and carry on to the next address
    (here the dashboard): for them, the proof is that nothing changed."""
    b_en = w.city_b
    b_ja = version(w.city_b, "ja")
    b_fr = version(w.city_b, "fr")
    b_revision = b_en.latest_revision
    b_form = edit_form_data(b_en, w.secretariat)
    b_form["title"] = "Taken over"
    b_form["action-publish"] = "action-publish"
    pilot_form = {
        "title": "Sneaked in",
        "slug": "sneaked-in",
        "venue_type": "school",
        "status": "planned",
        "challenge": "{}",
        "solution": "{}",
        "results-TOTAL_FORMS": "0",
        "results-INITIAL_FORMS": "0",
        "results-MIN_NUM_FORMS": "0",
        "results-MAX_NUM_FORMS": "1000",
        "body-count": "0",
    }
    source_b = TranslationSource.objects.get(object_id=b_en.translation_key)
    image, document = w.image_b, w.document_b
    return [
        ("edit", "get", reverse("wagtailadmin_pages:edit", args=[b_en.pk]), None),
        ("edit and publish", "post", reverse("wagtailadmin_pages:edit", args=[b_en.pk]), b_form),
        (
            "edit the Japanese alias",
            "get",
            reverse("wagtailadmin_pages:edit", args=[b_ja.pk]),
            None,
        ),
        ("translation editor", "get", reverse("wagtailadmin_pages:edit", args=[b_fr.pk]), None),
        ("history", "get", reverse("wagtailadmin_pages:history", args=[b_en.pk]), None),
        (
            "workflow history",
            "get",
            reverse("wagtailadmin_pages:workflow_history", args=[b_en.pk]),
            None,
        ),
        (
            "revision compare",
            "get",
            reverse("wagtailadmin_pages:revisions_compare", args=[b_en.pk, "earliest", "latest"]),
            None,
        ),
        (
            "revision preview",
            "get",
            reverse("wagtailadmin_pages:revisions_view", args=[b_en.pk, b_revision.pk]),
            None,
        ),
        (
            "revert to a revision",
            "get",
            reverse("wagtailadmin_pages:revisions_revert", args=[b_en.pk, b_revision.pk]),
            None,
        ),
        (
            "preview (post)",
            "post",
            reverse("wagtailadmin_pages:preview_on_edit", args=[b_en.pk]),
            b_form,
        ),
        (
            "preview (get)",
            "get",
            reverse("wagtailadmin_pages:preview_on_edit", args=[b_en.pk]),
            None,
        ),
        ("view draft", "get", reverse("wagtailadmin_pages:view_draft", args=[b_en.pk]), None),
        ("usage", "get", reverse("wagtailadmin_pages:usage", args=[b_en.pk]), None),
        ("copy (form)", "get", reverse("wagtailadmin_pages:copy", args=[w.pilot_b.pk]), None),
        (
            "copy into A",
            "post",
            reverse("wagtailadmin_pages:copy", args=[w.pilot_b.pk]),
            {"new_title": "Copied", "new_slug": "copied", "new_parent_page": w.city_a.pk},
        ),
        ("move (form)", "get", reverse("wagtailadmin_pages:move", args=[w.pilot_b.pk]), None),
        (
            "move into A",
            "post",
            reverse("wagtailadmin_pages:move_confirm", args=[w.pilot_b.pk, w.city_a.pk]),
            {},
        ),
        ("delete (form)", "get", reverse("wagtailadmin_pages:delete", args=[w.pilot_b.pk]), None),
        ("delete", "post", reverse("wagtailadmin_pages:delete", args=[w.pilot_b.pk]), {}),
        (
            "unpublish (form)",
            "get",
            reverse("wagtailadmin_pages:unpublish", args=[w.pilot_b.pk]),
            None,
        ),
        ("unpublish", "post", reverse("wagtailadmin_pages:unpublish", args=[w.pilot_b.pk]), {}),
        ("lock", "post", reverse("wagtailadmin_pages:lock", args=[b_en.pk]), {}),
        ("privacy", "get", reverse("wagtailadmin_pages:set_privacy", args=[b_en.pk]), None),
        (
            "add a pilot (form)",
            "get",
            reverse("wagtailadmin_pages:add", args=["pilots", "pilotpage", b_en.pk]),
            None,
        ),
        (
            "add a pilot",
            "post",
            reverse("wagtailadmin_pages:add", args=["pilots", "pilotpage", b_en.pk]),
            pilot_form,
        ),
        ("add subpage", "get", reverse("wagtailadmin_pages:add_subpage", args=[b_en.pk]), None),
        (
            "convert the alias",
            "post",
            reverse("wagtailadmin_pages:convert_alias", args=[b_ja.pk]),
            {},
        ),
        (
            "translate (form)",
            "get",
            reverse("wagtail_localize:submit_page_translation", args=[b_en.pk]),
            None,
        ),
        (
            "translate into Japanese",
            "post",
            reverse("wagtail_localize:submit_page_translation", args=[b_en.pk]),
            {"locales": [Locale.objects.get(language_code="ja").pk]},
        ),
        (
            "sync and publish translations",
            "post",
            reverse("wagtail_localize:update_translations", args=[source_b.pk]),
            {"publish_translations": "on"},
        ),
        (
            "bulk delete",
            "post",
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
            + f"?id={w.pilot_b.pk}&next={ADMIN_HOME}",
            {},
        ),
        (
            "bulk unpublish",
            "post",
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
            + f"?id={w.pilot_b.pk}&next={ADMIN_HOME}",
            {},
        ),
        ("explore", "get", reverse("wagtailadmin_explore", args=[b_en.pk]), None),
        (
            "page chooser, browsing into B",
            "get",
            reverse("wagtailadmin_choose_page_child", args=[b_en.pk]),
            None,
        ),
        ("image edit (form)", "get", reverse("wagtailimages:edit", args=[image.pk]), None),
        (
            "image edit",
            "post",
            reverse("wagtailimages:edit", args=[image.pk]),
            {
                "title": "Renamed",
                "description": "Renamed",
                "collection": w.team_a.collection.pk,
                "tags": "",
            },
        ),
        ("image delete", "post", reverse("wagtailimages:delete", args=[image.pk]), {}),
        ("image usage", "get", reverse("wagtailimages:image_usage", args=[image.pk]), None),
        (
            "image URL generator",
            "get",
            reverse("wagtailimages:url_generator", args=[image.pk]),
            None,
        ),
        ("image chosen", "get", reverse("wagtailimages_chooser:chosen", args=[image.pk]), None),
        ("document edit (form)", "get", reverse("wagtaildocs:edit", args=[document.pk]), None),
        (
            "document edit",
            "post",
            reverse("wagtaildocs:edit", args=[document.pk]),
            {"title": "Renamed", "collection": w.team_a.collection.pk, "tags": ""},
        ),
        ("document delete", "post", reverse("wagtaildocs:delete", args=[document.pk]), {}),
        (
            "document chosen",
            "get",
            reverse("wagtaildocs_chooser:chosen", args=[document.pk]),
            None,
        ),
    ]


def test_city_editor_is_refused_every_view_of_another_city(client_a, world):
    requests = denied_requests(world)
    assert len(requests) > 40
    before = database_state()
    for label, method, url, data in requests:
        response = getattr(client_a, method)(url, data) if data is not None else client_a.get(url)
        assert response.status_code in (302, 403, 404), f"{label}: {response.status_code}"
        if response.status_code == 302:
            assert response["Location"] == ADMIN_HOME, f"{label}: {response['Location']}"
        assert database_state() == before, f"{label} changed the database"
    world.city_b.refresh_from_db()
    assert world.city_b.title == "Betatown"
    assert not PilotPage.objects.filter(slug__in=["sneaked-in", "copied"]).exists()


def test_choosers_and_listings_do_not_show_another_city(client_a, world):
    b_title, a_title = world.city_b.title, world.city_a.title
    # Page chooser: browsing the members index shows A only; searching finds A only.
    browse = client_a.get(reverse("wagtailadmin_choose_page_child", args=[world.index.pk]))
    assert browse.status_code == 200
    assert a_title in browse.content.decode()
    assert_not_listed(browse, b_title)
    for query, expected in ((b_title, False), ("Beta classrooms", False), (a_title, True)):
        search = client_a.get(reverse("wagtailadmin_choose_page_search"), {"q": query})
        assert search.status_code == 200
        assert (query in search.content.decode()) is expected, query
    # The explorer and the admin search.
    explore = client_a.get(reverse("wagtailadmin_explore", args=[world.index.pk]))
    assert explore.status_code == 200
    assert a_title in explore.content.decode()
    assert_not_listed(explore, b_title)
    search = client_a.get(reverse("wagtailadmin_pages:search"), {"q": "classrooms"})
    assert "Alpha classrooms" in search.content.decode()
    assert_not_listed(search, "Beta classrooms")
    # The site history report.
    history = client_a.get(reverse("wagtailadmin_reports:site_history"))
    assert history.status_code == 200
    assert a_title in history.content.decode()
    assert_not_listed(history, b_title, "Beta classrooms", world.image_b.title)
    # Image and document choosers, and the image and document listings.
    for url_name, a_file, b_file in (
        ("wagtailimages_chooser:choose", world.image_a, world.image_b),
        ("wagtailimages:index", world.image_a, world.image_b),
        ("wagtaildocs_chooser:choose", world.document_a, world.document_b),
        ("wagtaildocs:index", world.document_a, world.document_b),
    ):
        response = client_a.get(reverse(url_name))
        assert response.status_code == 200, url_name
        assert a_file.title in response.content.decode(), url_name
        assert_not_listed(response, b_file.title)


def test_the_chosen_pages_answer_names_only_the_editors_own_pages(client_a, world):
    # The page chooser's "chosen" step returns titles by id: another city's ids give nothing.
    url = reverse("wagtailadmin_choose_page_chosen_multiple")
    answer = client_a.get(url, {"id": [world.city_b.pk, world.pilot_b.pk, world.pilot_a.pk]})
    assert answer.status_code == 200
    body = answer.content.decode()
    assert "Alpha classrooms" in body
    assert_not_listed(answer, world.city_b.title, "Beta classrooms")
    # Ids that are not numbers are ignored, not a server error.
    assert client_a.get(url, {"id": ["abc", "1e9"]}).status_code == 200


def test_the_translation_report_shows_a_city_editor_only_their_own_city(client_a, world):
    for query in ({"type": "pages"}, {"export": "csv"}):
        response = client_a.get("/admin/reports/translation-status/", query)
        assert response.status_code == 200
        body = (
            b"".join(response.streaming_content) if response.streaming else response.content
        ).decode()
        if "export" in query:  # the export lists every row, so the own city is there
            assert "Alpha classrooms" in body
        assert "Betatown" not in body and "Beta classrooms" not in body, query


def test_the_page_types_usage_report_is_not_for_city_editors(client_a, world):
    # It names the last edited page of each type, whichever city it belongs to.
    assert client_a.get(reverse("wagtailadmin_reports:page_types_usage")).status_code == 403
    secretariat = logged_in(world.secretariat).get(reverse("wagtailadmin_home"))
    assert reverse("wagtailadmin_reports:page_types_usage") in secretariat.content.decode()
    assert (
        reverse("wagtailadmin_reports:page_types_usage")
        not in client_a.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_the_same_views_work_on_the_editors_own_city(client_a, world):
    a_en = world.city_a
    ok = 200
    for url in (
        reverse("wagtailadmin_pages:edit", args=[a_en.pk]),
        reverse("wagtailadmin_pages:edit", args=[version(a_en, "ja").pk]),
        reverse("wagtailadmin_pages:history", args=[a_en.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[a_en.pk, "earliest", "latest"]),
        reverse("wagtailadmin_pages:revisions_view", args=[a_en.pk, a_en.latest_revision_id]),
        reverse("wagtailadmin_pages:view_draft", args=[a_en.pk]),
        reverse("wagtailadmin_pages:copy", args=[world.pilot_a.pk]),
        reverse("wagtailadmin_pages:add", args=["pilots", "pilotpage", a_en.pk]),
        reverse("wagtailadmin_explore", args=[a_en.pk]),
        reverse("wagtailadmin_choose_page_child", args=[a_en.pk]),
        reverse("wagtail_localize:submit_page_translation", args=[a_en.pk]),
        reverse("wagtailimages:edit", args=[world.image_a.pk]),
        reverse("wagtailimages_chooser:chosen", args=[world.image_a.pk]),
        reverse("wagtaildocs:edit", args=[world.document_a.pk]),
        reverse("wagtaildocs_chooser:chosen", args=[world.document_a.pk]),
    ):
        assert client_a.get(url).status_code == ok, url

    # Preview of unsaved changes.
    form = edit_form_data(a_en, world.editor_a)
    form["intro"] = "Alphaville previews a new summary."
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[a_en.pk])
    assert client_a.post(preview_url, form).json()["is_valid"] is True
    assert "Alphaville previews a new summary." in client_a.get(preview_url).content.decode()

    # Copy a pilot within the city: a draft copy appears.
    response = client_a.post(
        reverse("wagtailadmin_pages:copy", args=[world.pilot_a.pk]),
        {
            "new_title": "Alpha classrooms, phase two",
            "new_slug": "alpha-phase-two",
            "new_parent_page": a_en.pk,
        },
    )
    assert response.status_code == 302
    copy = PilotPage.objects.get(slug="alpha-phase-two")
    assert copy.get_parent().pk == a_en.pk and not copy.live

    # Their own draft pilot can be moved (form) and deleted.
    assert client_a.get(reverse("wagtailadmin_pages:move", args=[copy.pk])).status_code == ok
    delete_url = reverse("wagtailadmin_pages:delete", args=[copy.pk])
    assert client_a.get(delete_url).status_code == ok
    assert client_a.post(delete_url).status_code == 302
    assert not PilotPage.objects.filter(pk=copy.pk).exists()

    # Translate the city into Japanese: the alias becomes a translation in progress.
    ja = Locale.objects.get(language_code="ja")
    response = client_a.post(
        reverse("wagtail_localize:submit_page_translation", args=[a_en.pk]),
        {"locales": [ja.pk]},
    )
    assert response.status_code == 302
    assert Translation.objects.filter(
        source__object_id=a_en.translation_key, target_locale=ja
    ).exists()

    # Their own image: edited.
    response = client_a.post(
        reverse("wagtailimages:edit", args=[world.image_a.pk]),
        {
            "title": "Alpha harbour at dusk",
            "description": "The harbour at dusk",
            "collection": world.team_a.collection.pk,
            "tags": "",
        },
    )
    assert response.status_code == 302
    world.image_a.refresh_from_db()
    assert world.image_a.title == "Alpha harbour at dusk"


def test_city_editors_never_publish_or_unpublish_even_their_own_pages(client_a, world):
    before = database_state()
    for url in (
        reverse("wagtailadmin_pages:unpublish", args=[world.pilot_a.pk]),
        reverse("wagtailadmin_pages:set_privacy", args=[world.city_a.pk]),
    ):
        assert_denied(client_a.get(url))
    assert_denied(client_a.post(reverse("wagtailadmin_pages:unpublish", args=[world.pilot_a.pk])))
    assert_denied(
        client_a.post(
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
            + f"?id={world.pilot_a.pk}&next={ADMIN_HOME}"
        )
    )
    # A live page cannot be deleted without the right to publish.
    assert_denied(client_a.post(reverse("wagtailadmin_pages:delete", args=[world.pilot_a.pk])))
    assert database_state() == before


def test_uploads_go_into_the_editors_own_collection_only(client_a, world):
    def upload(title, collection):
        buffer = io.BytesIO()
        PILImage.new("RGB", (20, 20), (10, 10, 10)).save(buffer, format="PNG")
        return client_a.post(
            reverse("wagtailimages:add"),
            {
                "title": title,
                "description": title,
                "collection": collection.pk,
                "tags": "",
                "file": ContentFile(buffer.getvalue(), name="upload.png"),
            },
        )

    assert upload("Alpha tram stop", world.team_a.collection).status_code == 302
    assert SiteImage.objects.get(title="Alpha tram stop").collection == world.team_a.collection
    # The form offers the editor's own collection only: a request naming B's collection
    # still files the picture under A.
    upload("Smuggled into Beta", world.team_b.collection)
    assert (
        not SiteImage.objects.filter(collection=world.team_b.collection)
        .exclude(pk=world.image_b.pk)
        .exists()
    )
    smuggled = SiteImage.objects.filter(title="Smuggled into Beta").first()
    assert smuggled is None or smuggled.collection == world.team_a.collection


def test_syncing_translations_cannot_publish_past_review(
    client_a, world, django_capture_on_commit_callbacks
):
    """wagtail-localize's "Sync translated pages" can publish every translation at once;
    a city editor may sync their own city's translations, but not publish them."""
    french = translate_object(
        world.city_a,
        "fr",
        {world.city_a.title: "Alphaville (fr)"},
        user=world.secretariat,
        publish=False,
    )
    world.city_a.intro = "A new English summary."
    world.city_a.save_revision(user=world.secretariat).publish()
    source = TranslationSource.objects.get(object_id=world.city_a.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])

    before = database_state()
    with django_capture_on_commit_callbacks(execute=True):
        assert_denied(client_a.post(url, {"publish_translations": "on"}))
    assert database_state() == before
    french.refresh_from_db()
    assert french.live_revision_id is None and french.has_unpublished_changes

    assert client_a.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client_a.post(url, {})
    assert response.status_code == 302 and response["Location"] != ADMIN_HOME
    french.refresh_from_db()
    assert french.live_revision_id is None


def test_translation_views_are_routed_through_the_permission_checks():
    for url_name, kwargs, view_class in (
        ("submit_page_translation", {"page_id": 1}, views.GuardedSubmitPageTranslationView),
        (
            "submit_snippet_translation",
            {"app_label": "core", "model_name": "topic", "pk": "1"},
            views.GuardedSubmitSnippetTranslationView,
        ),
        ("update_translations", {"translation_source_id": 1}, views.GuardedUpdateTranslationsView),
    ):
        match = resolve(reverse(f"wagtail_localize:{url_name}", kwargs=kwargs))
        assert match.func.view_class is view_class


def test_city_editors_cannot_translate_snippets(client_a, world):
    topic = Topic.objects.filter(locale=Locale.get_default()).first()
    if topic is None:
        topic = Topic.objects.create(name="Mobility", slug="mobility-test")
    before = database_state()
    url = reverse("wagtail_localize:submit_snippet_translation", args=["core", "topic", topic.pk])
    assert_denied(client_a.get(url))
    assert_denied(
        client_a.post(url, {"locales": list(Locale.objects.values_list("pk", flat=True))})
    )
    assert database_state() == before


# --- Translators ----------------------------------------------------------------------------


@pytest.fixture
def translator(db):
    roles.ensure_roles()
    return make_user("translator-test", Group.objects.get(name=roles.translator_group_name("ja")))


def test_translators_edit_their_language_only(client, translator):
    about_en = page_in("en", "about")
    about_ja = translate_object(about_en, "ja", {})
    about_fr = translate_object(about_en, "fr", {})
    client.force_login(translator)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[about_ja.pk])).status_code == 200
    city = add_city(members_index(), "editorial-delta", "Deltaford", "39.00000", "-9.00000")
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[version(city, "ja").pk])).status_code
        == 200
    )

    secretariat = make_user("secretariat-2", Group.objects.get(name=roles.SECRETARIAT_EDITORS))
    form = edit_form_data(city, secretariat)
    form["title"] = "Changed by the wrong person"
    form["action-publish"] = "action-publish"
    before = database_state()
    for page in (about_fr, about_en, page_in("ko", "about"), version(city, "fr")):
        assert_denied(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    assert_denied(client.post(reverse("wagtailadmin_pages:edit", args=[city.pk]), form))
    assert database_state() == before
    city.refresh_from_db()
    assert city.title == "Deltaford"


def test_translators_are_offered_only_their_language(client, translator):
    page = add_city(members_index(), "editorial-gamma", "Gammaport", "40.00000", "-8.00000")
    client.force_login(translator)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.get(url)
    assert response.status_code == 200
    offered = set(
        response.context["form"].fields["locales"].queryset.values_list("language_code", flat=True)
    )
    assert offered == {"ja"}

    fr = Locale.objects.get(language_code="fr")
    client.post(url, {"locales": [fr.pk]})
    assert not Translation.objects.filter(
        source__object_id=page.translation_key, target_locale=fr
    ).exists()
    ja = Locale.objects.get(language_code="ja")
    assert client.post(url, {"locales": [ja.pk]}).status_code == 302
    assert Translation.objects.filter(
        source__object_id=page.translation_key, target_locale=ja
    ).exists()


def test_translators_cannot_delete_unpublish_or_move_live_pages(client, translator):
    about_ja = translate_object(page_in("en", "about"), "ja", {})
    about_ja.save_revision(user=translator).publish()
    client.force_login(translator)
    before = database_state()
    client.post(reverse("wagtailadmin_pages:delete", args=[about_ja.pk]))
    client.post(reverse("wagtailadmin_pages:unpublish", args=[about_ja.pk]))
    target = page_in("ja", "members")
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[about_ja.pk, target.pk]))
    bulk = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={about_ja.pk}"
    )
    client.post(bulk)
    about_ja.refresh_from_db()
    assert about_ja.live and about_ja.get_parent().specific_class.__name__ == "HomePage"
    assert database_state() == before


def test_the_admin_json_api_shows_only_the_editors_own_images_and_documents(client_a, world):
    for kind, own, other in (
        ("images", world.image_a, world.image_b),
        ("documents", world.document_a, world.document_b),
    ):
        refused = client_a.get(f"/admin/api/main/{kind}/{other.pk}/", follow=True)
        assert refused.status_code == 404 and other.title not in refused.content.decode()
        assert client_a.get(f"/admin/api/main/{kind}/{own.pk}/").status_code == 200
        listed = {item["id"] for item in client_a.get(f"/admin/api/main/{kind}/").json()["items"]}
        assert own.pk in listed and other.pk not in listed


@pytest.fixture
def moderator(db):
    roles.ensure_roles()
    return make_user("moderator-test", Group.objects.get(name=roles.SECRETARIAT_MODERATORS))


def test_moderators_approve_but_do_not_unpublish(client, moderator):
    about = page_in("en", "about")
    client.force_login(moderator)
    unpublish = reverse("wagtailadmin_pages:unpublish", args=[about.pk])
    refused = client.post(unpublish, follow=True)
    assert "for the secretariat editors" in refused.content.decode()
    bulk = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
        + f"?id={about.pk}"
    )
    client.post(bulk)
    about.refresh_from_db()
    assert about.live
    assert client.get("/en/about/").status_code == 200


def test_secretariat_editors_still_unpublish(client):
    roles.ensure_roles()
    editor = make_user("secretariat-test", Group.objects.get(name=roles.SECRETARIAT_EDITORS))
    about = page_in("en", "about")
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[about.pk])).content.decode()
    assert reverse("wagtailadmin_pages:unpublish", args=[about.pk]) in edit
    client.post(reverse("wagtailadmin_pages:unpublish", args=[about.pk]))
    about.refresh_from_db()
    assert not about.live
