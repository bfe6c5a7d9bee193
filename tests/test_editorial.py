"""Editorial roles, city onboarding, the Secretariat review workflow and its e-mails, a city
editor's dashboard, and the secretariat's reports: city editors' changes, and what is
scheduled or embargoed."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
)

from cities.models import CityPage
from editorial import roles
from editorial.models import CityTeam
from editorial.onboarding import ensure_city_versions
from tests.city_world import (
    add_city,
    assert_denied,
    edit_form_data,
    logged_in,
    members_index,
    version,
)
from tests.helpers import LANGUAGES, admin_form, page_in

pytestmark = pytest.mark.django_db

User = get_user_model()


def page_codenames(group, page):
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def counts():
    return (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        WorkflowPage.objects.count(),
        CityTeam.objects.count(),
        User.objects.count(),
    )


# --- Fixed roles ----------------------------------------------------------------------------


def test_fixed_roles_and_the_review_workflow():
    root = Page.get_first_root_node()
    editors = Group.objects.get(name=roles.SECRETARIAT_EDITORS)
    assert page_codenames(editors, root) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    assert editors.permissions.filter(codename="change_topic").exists()
    assert editors.permissions.filter(codename="access_admin").exists()

    workflow = Workflow.objects.get(name=roles.WORKFLOW_NAME)
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [roles.SECRETARIAT_MODERATORS]
    assert WorkflowPage.objects.get(page=root).workflow == workflow
    # Wagtail's first-install groups, with rights on the whole tree, are gone.
    assert not Group.objects.filter(name__in=roles.WAGTAIL_DEFAULT_GROUPS).exists()

    for language in LANGUAGES[1:]:
        group = Group.objects.get(name=roles.translator_group_name(language))
        granted = GroupPagePermission.objects.filter(group=group)
        assert granted.exists()
        assert {p.page.locale.language_code for p in granted} == {language}
        assert {p.page.depth for p in granted} == {2}
        assert group.permissions.filter(codename="submit_translation").exists()


def test_the_review_is_named_in_the_editors_language(admin_client, admin_user):
    from django.utils import translation
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "ja"
    profile.save()
    about = page_in("en", "about")
    content = admin_client.get(reverse("wagtailadmin_pages:edit", args=[about.pk])).content
    content = content.decode()
    assert "事務局による審査" in content  # the "Submit to …" button
    assert roles.WORKFLOW_NAME not in content
    listing = admin_client.get(reverse("wagtailadmin_workflows:index")).content.decode()
    assert "事務局による審査" in listing and "事務局の承認" in listing

    # Saved as shown, the name stays English in the database; a new name is kept as typed.
    workflow_pk = Workflow.objects.get(name=roles.WORKFLOW_NAME).pk
    with translation.override("ja"):
        workflow = Workflow.objects.get(pk=workflow_pk)
        assert workflow.name == "事務局による審査"
        workflow.save()
    assert Workflow.objects.filter(pk=workflow_pk, name=roles.WORKFLOW_NAME).exists()
    with translation.override("ja"):
        workflow = Workflow.objects.get(pk=workflow_pk)
        workflow.name = "審査（都市）"
        workflow.save()
    assert Workflow.objects.get(pk=workflow_pk).name == "審査（都市）"


def test_roles_are_created_by_idempotent_code():
    before = counts()
    assert roles.ensure_roles() is False
    assert counts() == before
    # Taken away by hand, a permission comes back on the next run, and only that.
    editors = Group.objects.get(name=roles.SECRETARIAT_EDITORS)
    GroupPagePermission.objects.filter(group=editors, permission__codename="publish_page").delete()
    assert roles.ensure_roles() is True
    assert "publish_page" in page_codenames(editors, Page.get_first_root_node())
    assert counts() == before


# --- Onboarding -----------------------------------------------------------------------------


@pytest.fixture
def new_city():
    return add_city(members_index(), "editorial-epsilon", "Epsilon Bay", "37.00000", "-8.50000")


def test_onboard_city_sets_the_city_up_in_every_language(new_city):
    out = StringIO()
    call_command("onboard_city", new_city.slug, stdout=out)
    assert "set up" in out.getvalue()
    team = CityTeam.objects.get(city=new_city)
    assert team.group.name == f"City editors: {new_city.title}"

    versions = Page.objects.filter(translation_key=new_city.translation_key)
    assert sorted(versions.values_list("locale__language_code", flat=True)) == sorted(LANGUAGES)
    for page in versions:
        assert page_codenames(team.group, page) == {"add_page", "change_page"}
        assert WorkflowPage.objects.get(page=page).workflow.name == roles.WORKFLOW_NAME
    # No rights on any other page, and none on other collections.
    assert (
        not GroupPagePermission.objects.filter(group=team.group).exclude(page__in=versions).exists()
    )
    collection_rights = GroupCollectionPermission.objects.filter(group=team.group)
    assert set(collection_rights.values_list("collection", flat=True)) == {team.collection_id}
    assert set(collection_rights.values_list("permission__codename", flat=True)) == {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    }
    assert team.group.permissions.filter(codename="access_admin").exists()


def test_onboarding_twice_changes_nothing(new_city):
    call_command("onboard_city", new_city.slug, email="ines@example.org", stdout=StringIO())
    assert len(mail.outbox) == 1
    before = counts()
    out = StringIO()
    call_command("onboard_city", new_city.slug, email="ines@example.org", stdout=out)
    assert "nothing changed" in out.getvalue()
    assert counts() == before
    assert len(mail.outbox) == 1  # no second invitation unless asked for
    call_command(
        "onboard_city", new_city.slug, "--email=ines@example.org", "--resend", stdout=StringIO()
    )
    assert len(mail.outbox) == 2
    assert counts() == before


def test_onboard_all_covers_every_member(new_city):
    call_command("onboard_city", "--all", stdout=StringIO())
    sources = CityPage.objects.filter(locale=Locale.get_default(), alias_of__isnull=True)
    assert CityTeam.objects.filter(city__in=sources).count() == sources.count()
    before = counts()
    out = StringIO()
    call_command("onboard_city", "--all", stdout=out)
    assert counts() == before
    lines = out.getvalue().splitlines()
    assert len(lines) == sources.count()
    assert all(line.endswith("already set up, nothing changed") for line in lines)


def test_an_invited_person_sets_a_password_and_signs_in(client, new_city):
    call_command("onboard_city", new_city.slug, email="Ines.Costa@example.org", stdout=StringIO())
    user = User.objects.get(email__iexact="ines.costa@example.org")
    assert not user.has_usable_password()
    assert user.groups.filter(city_team__city=new_city).exists()

    (message,) = mail.outbox
    assert message.to == ["Ines.Costa@example.org"]
    assert new_city.title in message.subject
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+)", message.body)
    assert link, message.body
    response = client.get(link.group(1), follow=True)
    assert response.status_code == 200
    set_password_url = response.redirect_chain[-1][0]
    response = client.post(
        set_password_url,
        {"new_password1": "harbour-lights-42", "new_password2": "harbour-lights-42"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("harbour-lights-42")
    signed_in = client.post(
        reverse("wagtailadmin_login"),
        {"username": user.username, "password": "harbour-lights-42"},
    )
    assert signed_in.status_code == 302
    # Their admin opens on their city.
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert new_city.title in home.content.decode()


def test_onboard_city_reports_unknown_cities_and_bad_addresses():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("onboard_city", "no-such-city", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("onboard_city", "--all", "--email=someone@example.org", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("onboard_city", stdout=StringIO())


def test_a_new_language_version_of_an_onboarded_city_is_covered(new_city):
    call_command("onboard_city", new_city.slug, stdout=StringIO())
    team = CityTeam.objects.get(city=new_city)
    # The Arabic version disappears and is made again by the locale sync.
    version(new_city, "ar").delete()
    ensure_city_versions([new_city])
    arabic = version(new_city, "ar")
    assert page_codenames(team.group, arabic) == {"add_page", "change_page"}
    assert WorkflowPage.objects.get(page=arabic).workflow.name == roles.WORKFLOW_NAME


# --- The review workflow, through the admin -------------------------------------------------


def submit_change(client, page, user, **changes):
    form = edit_form_data(page, user)
    form.update(changes)
    form["action-submit"] = "action-submit"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    return WorkflowState.objects.filter(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).get()


def workflow_action(client, page, state, action, comment=""):
    return client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, action, state.current_task_state.pk],
        ),
        {"comment": comment},
    )


def test_a_city_editor_cannot_publish_directly(client_a, world):
    city = world.city_a
    form = edit_form_data(city, world.editor_a)
    form["intro"] = "Published without review?"
    form["action-publish"] = "action-publish"
    response = client_a.post(reverse("wagtailadmin_pages:edit", args=[city.pk]), form)
    assert response.status_code == 302
    city.refresh_from_db()
    assert city.intro != "Published without review?"  # the live page is untouched
    assert city.has_unpublished_changes
    assert city.get_latest_revision_as_object().intro == "Published without review?"


def test_submitted_change_goes_live_only_when_a_moderator_approves(client_a, world):
    city = world.city_a
    live_intro = city.intro
    state = submit_change(client_a, city, world.editor_a, intro="Alphaville opens its data.")

    # The moderators are told; the change is not live.
    to_moderators = [m for m in mail.outbox if world.moderator.email in m.to]
    assert len(to_moderators) == 1
    assert city.title in to_moderators[0].subject
    assert not any(world.editor_a.email in m.to for m in mail.outbox)
    city.refresh_from_db()
    assert city.intro == live_intro
    # The page is locked for its editor while in review.
    assert city.permissions_for_user(world.editor_a).page_locked()

    # A city editor cannot approve their own change.
    assert workflow_action(client_a, city, state, "approve").status_code in (302, 403)
    city.refresh_from_db()
    assert city.intro == live_intro

    mail.outbox.clear()
    moderator = logged_in(world.moderator)
    response = workflow_action(moderator, city, state, "approve")
    assert response.status_code == 302
    city.refresh_from_db()
    assert city.intro == "Alphaville opens its data."
    assert city.live and not city.has_unpublished_changes
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    to_editor = [m for m in mail.outbox if world.editor_a.email in m.to]
    assert len(to_editor) == 1
    assert "approved" in to_editor[0].subject.lower()


def test_a_change_sent_back_stays_unpublished_and_the_editor_reads_why(client_a, world):
    pilot = world.pilot_a
    live_title = pilot.title
    state = submit_change(client_a, pilot, world.editor_a, title="Alpha classrooms (draft)")
    mail.outbox.clear()
    moderator = logged_in(world.moderator)
    comment = "Please add the measured results before we publish."
    assert workflow_action(moderator, pilot, state, "reject", comment).status_code == 302

    pilot.refresh_from_db()
    assert pilot.title == live_title
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    (message,) = [m for m in mail.outbox if world.editor_a.email in m.to]
    assert comment in message.body
    # The editor sees it on their dashboard, and can edit again.
    home = client_a.get(reverse("wagtailadmin_home")).content.decode()
    assert "Alpha classrooms (draft)" in home
    assert client_a.get(reverse("wagtailadmin_pages:edit", args=[pilot.pk])).status_code == 200


def test_pilots_added_by_a_city_editor_are_reviewed_too(client_a, world):
    add_url = reverse("wagtailadmin_pages:add", args=["pilots", "pilotpage", world.city_a.pk])
    response = client_a.get(add_url)
    assert response.status_code == 200
    from wagtail.test.utils.form_data import querydict_from_html

    form = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    form.update(
        {
            "title": "Alpha night buses",
            "slug": "alpha-night-buses",
            "venue_type": "street",
            "challenge": '{"blocks": [{"key": "a", "text": "Late workers had no bus.", '
            '"type": "unstyled", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}], '
            '"entityMap": {}}',
            "solution": '{"blocks": [{"key": "b", "text": "On-demand night buses.", '
            '"type": "unstyled", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}], '
            '"entityMap": {}}',
            "body-count": "0",
            "action-submit": "action-submit",
        }
    )
    response = client_a.post(add_url, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    pilot = Page.objects.get(slug="alpha-night-buses", locale=Locale.get_default())
    assert not pilot.live
    assert pilot.get_parent().pk == world.city_a.pk
    assert pilot.workflow_in_progress
    assert any(world.moderator.email in m.to for m in mail.outbox)


def test_a_dataset_added_by_a_city_editor_is_published_on_approval(client_a, world):
    city = world.city_a
    state = submit_change(
        client_a,
        city,
        world.editor_a,
        **{
            "datasets-TOTAL_FORMS": "1",
            "datasets-0-title": "Alphaville bus stops",
            "datasets-0-url": "https://data.example.org/bus-stops",
            "datasets-0-description": "Every stop with its lines.",
            "datasets-0-licence": "cc-by-4.0",
            "datasets-0-data_format": "GeoJSON",
            "datasets-0-standard": "none",
            "datasets-0-topic": "",
            "datasets-0-ORDER": "1",
            "datasets-0-id": "",
            "datasets-0-DELETE": "",
        },
    )
    city.refresh_from_db()
    assert not city.datasets.exists()
    assert [d.title for d in city.get_latest_revision_as_object().datasets.all()] == [
        "Alphaville bus stops"
    ]
    workflow_action(logged_in(world.moderator), city, state, "approve")
    assert list(city.datasets.values_list("title", flat=True)) == ["Alphaville bus stops"]


# --- A city editor's admin ------------------------------------------------------------------


def explorer_start(dashboard_html):
    """The address and start page of the sidebar's "Pages" explorer."""
    match = re.search(
        r'"wagtail\.sidebar\.PageExplorerMenuItem", "_args": \[\{.*?"url": "([^"]+)"\}, (\d+)\]',
        dashboard_html,
    )
    assert match, "no page explorer in the menu"
    return match.group(1), int(match.group(2))


def test_a_city_editors_admin_opens_on_their_city(client_a, world):
    response = client_a.get(reverse("wagtailadmin_home"))
    content = response.content.decode()
    assert response.status_code == 200
    assert f"Your city: {world.city_a.title}" in content
    assert world.city_b.title not in content
    # The "Pages" menu starts at the city, not at the tree root.
    assert explorer_start(content) == (
        reverse("wagtailadmin_explore", args=[world.city_a.pk]),
        world.city_a.pk,
    )
    # The secretariat keeps Wagtail's usual menu, opening at the tree root.
    secretariat_home = logged_in(world.secretariat).get(reverse("wagtailadmin_home"))
    content = secretariat_home.content.decode()
    assert "Your city:" not in content
    root = Page.get_first_root_node()
    assert explorer_start(content) == (reverse("wagtailadmin_explore_root"), root.pk)


def test_a_city_editor_sees_the_status_of_what_they_submitted(client_a, world):
    submit_change(client_a, world.city_a, world.editor_a, intro="Waiting for review.")
    content = client_a.get(reverse("wagtailadmin_home")).content.decode()
    assert "Your pages and snippets in a workflow" in content
    assert roles.TASK_NAME in content


# --- The secretariat's report ---------------------------------------------------------------


def test_report_of_city_editors_changes(client_a, world):
    submit_change(client_a, world.city_a, world.editor_a, intro="For the report.")
    editor_b = logged_in(world.editor_b)
    form = edit_form_data(world.pilot_b, world.editor_b)
    form["title"] = "Beta classrooms, revised"
    editor_b.post(reverse("wagtailadmin_pages:edit", args=[world.pilot_b.pk]), form)

    url = reverse("editorial_city_changes")
    for user in (world.moderator, world.secretariat):
        response = logged_in(user).get(url)
        assert response.status_code == 200
        content = response.content.decode()
        assert "Alphaville" in content and "Beta classrooms, revised" in content
        assert "Awaiting review" in content
        assert reverse("wagtailadmin_pages:edit", args=[world.city_a.pk]) in content
        assert "editor-alpha" in content

    moderator = logged_in(world.moderator)
    filtered = moderator.get(url, {"city": world.team_b.pk}).content.decode()
    assert "Beta classrooms, revised" in filtered
    assert "For the report." not in filtered and "Alphaville" not in filtered.split("<tbody")[-1]

    csv = moderator.get(url, {"export": "csv"})
    assert csv.status_code == 200
    assert "Beta classrooms, revised" in b"".join(csv.streaming_content).decode()

    # The moderators' dashboard lists the submitted page for review.
    dashboard = moderator.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in dashboard and "Alphaville" in dashboard

    # Only the secretariat sees it, in the Reports menu too.
    assert_denied(client_a.get(url))
    menu = moderator.get(reverse("wagtailadmin_home")).content.decode()
    assert url in menu
    assert url not in client_a.get(reverse("wagtailadmin_home")).content.decode()


def test_report_of_scheduled_and_embargoed_pages(client_a, world):
    import datetime

    from django.utils import timezone

    now = timezone.now()
    pilot = world.pilot_b
    revision = pilot.save_revision(user=world.secretariat)
    revision.approved_go_live_at = now + datetime.timedelta(days=2)
    revision.save(update_fields=["approved_go_live_at"])
    Page.objects.filter(pk=world.city_a.pk).update(expire_at=now + datetime.timedelta(days=9))
    japanese = pilot.get_translation(Locale.objects.get(language_code="ja"))
    assert japanese.alias_of_id == pilot.pk  # an alias: it changes with its source

    url = reverse("editorial_scheduled")
    response = logged_in(world.secretariat).get(url)
    assert response.status_code == 200
    rows = response.content.decode().split("<tbody")[-1].split("</tr>")
    change = next(row for row in rows if pilot.title in row)
    assert "Published change goes live" in change
    assert "日本語: follows it" in change  # languages by their own names
    assert "(Asia/Taipei)" in change  # the time, in the reader's time zone
    offline = next(row for row in rows if "Alphaville" in row)
    assert "Goes offline" in offline
    # Soonest first: the change in two days before the expiry in nine.
    assert rows.index(change) < rows.index(offline)

    csv = logged_in(world.moderator).get(url, {"export": "csv"})
    assert "Published change goes live" in b"".join(csv.streaming_content).decode()

    # City editors do not see what other cities have scheduled, nor the menu entry.
    assert_denied(client_a.get(url))
    assert url not in client_a.get(reverse("wagtailadmin_home")).content.decode()
    assert url in logged_in(world.moderator).get(reverse("wagtailadmin_home")).content.decode()


def test_scheduled_report_says_when_nothing_is_scheduled(world):
    from wagtail.models import Revision

    Revision.page_revisions.update(approved_go_live_at=None)
    Page.objects.update(expire_at=None)
    html = logged_in(world.secretariat).get(reverse("editorial_scheduled")).content.decode()
    assert "Nothing is scheduled" in html


# --- Demo accounts --------------------------------------------------------------------------


def test_demo_accounts_have_one_role_each():
    expected = {
        "secretariat-editor": roles.SECRETARIAT_EDITORS,
        "secretariat-moderator": roles.SECRETARIAT_MODERATORS,
        "translator-ja": roles.translator_group_name("ja"),
    }
    for username, group in expected.items():
        user = User.objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group]
        # Tests run without DEBUG: no known password.
        assert not user.has_usable_password()
    if CityPage.objects.filter(slug="taipei").exists():
        taipei_editor = User.objects.get(username="taipei-editor")
        assert taipei_editor.groups.get().city_team.city.slug == "taipei"
        other = User.objects.get(username="city-editor").groups.get().city_team.city
        assert other.slug != "taipei"


def test_report_queries_do_not_grow_with_the_number_of_changes(world, count_queries):
    moderator = logged_in(world.moderator)
    url = reverse("editorial_city_changes")
    editor = logged_in(world.editor_a)

    def save_versions(page, user, count):
        for number in range(count):
            form = edit_form_data(page, user)
            form["title"] = f"{page.title} v{number}"
            editor.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), form)

    save_versions(world.pilot_a, world.editor_a, 2)
    moderator.get(url)  # warm the caches
    _response, small = count_queries(moderator.get, url)
    save_versions(world.city_a, world.editor_a, 3)
    response, large = count_queries(moderator.get, url)
    assert response.status_code == 200
    assert "Alphaville v2" in response.content.decode()
    assert large == small


def test_the_secretariat_manages_search_promotions_redirects_and_collections(client, world):
    client.force_login(world.secretariat)
    for url in ("/admin/searchpicks/", "/admin/redirects/", "/admin/collections/"):
        assert client.get(url).status_code == 200, url
    # The private collection the docs recommend for embargoed files.
    root = Collection.get_first_root_node()
    response = client.post(
        "/admin/collections/add/", {"name": "Embargoed releases", "parent": root.pk}
    )
    assert response.status_code == 302
    assert Collection.objects.filter(name="Embargoed releases").exists()


def test_scheduling_a_release_right_after_its_autosave_saves_the_autosaved_draft(admin_client):
    """A press release with a picture and an attachment: the form's autosave creates the
    draft, then "Save schedule" posts the whole form to "add page" again."""
    from core.models import SiteImage
    from news.models import NewsPage, PressContact

    news = page_in("en", "news")
    add_url = reverse("wagtailadmin_pages:add", args=["news", "newspage", news.pk])
    form = admin_form(admin_client, add_url)
    document = Document.objects.first()
    form.update(
        {
            "title": "A scheduled release",
            "slug": "scheduled-release",
            "kind": "press_release",
            "date": "2030-01-10",
            "lead": "Embargoed until the ceremony.",
            "body-count": "0",
            "hero_image": str(SiteImage.objects.first().pk),
            "press_contact": str(PressContact.objects.filter(locale=Locale.get_default())[0].pk),
            "attachments-TOTAL_FORMS": "1",
            "attachments-0-document": str(document.pk),
            "attachments-0-title": "Press release (PDF)",
            "attachments-0-ORDER": "1",
        }
    )
    response = admin_client.post(add_url, form, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["success"]
    form["go_live_at"] = "2030-01-10 09:00"
    response = admin_client.post(add_url, form)
    assert response.status_code == 302
    (page,) = NewsPage.objects.filter(slug="scheduled-release", locale=Locale.get_default())
    assert page.attachments.count() == 1
    assert page.get_latest_revision_as_object().go_live_at is not None


def test_publishing_right_after_an_autosave_publishes_the_autosaved_page(admin_client):
    about = page_in("en", "about")
    add_url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", about.pk])
    form = admin_form(admin_client, add_url)
    form.update({"title": "A quick note", "slug": "quick-note", "body-count": "0"})
    # The form's autosave (a JSON request) creates the draft...
    response = admin_client.post(add_url, form, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["success"]
    # ...and "Publish", pressed before the form became the draft's editor, posts to "add
    # page" again: the draft is published instead of a "slug already in use" error.
    form["action-publish"] = "action-publish"
    response = admin_client.post(add_url, form)
    assert response.status_code == 302
    (page,) = Page.objects.filter(slug="quick-note", locale=Locale.get_default())
    assert page.live
