import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from modelcluster.models import get_all_child_relations
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.permissions import permission_policy as documents_permission_policy
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.permissions import permission_policy as images_permission_policy
from wagtail.models import Locale, Page

from . import drafts_report, roles, schedule_report, two_factor_views, views
from .components import CityPanel
from .scope import city_scope

# How recently the form's own autosave must have created the draft.
AUTOSAVE_WINDOW = datetime.timedelta(minutes=30)


@hooks.register("register_admin_urls")
def register_admin_urls():
    # The first three take over wagtail-localize's own addresses (this app's hooks load
    # before wagtail_localize's, so these patterns match first); see editorial.views.
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            views.GuardedSubmitPageTranslationView.as_view(),
            name="editorial_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            views.GuardedSubmitSnippetTranslationView.as_view(),
            name="editorial_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            views.GuardedUpdateTranslationsView.as_view(),
            name="editorial_update_translations",
        ),
        path(
            "reports/city-changes/",
            views.CityChangesReportView.as_view(),
            name="editorial_city_changes",
        ),
        path(
            "reports/city-changes/results/",
            views.CityChangesReportView.as_view(results_only=True),
            name="editorial_city_changes_results",
        ),
        path(
            "reports/scheduled/",
            schedule_report.ScheduledPagesReportView.as_view(),
            name="editorial_scheduled",
        ),
        path(
            "reports/scheduled/results/",
            schedule_report.ScheduledPagesReportView.as_view(results_only=True),
            name="editorial_scheduled_results",
        ),
        path(
            "reports/never-published/",
            drafts_report.NeverPublishedDraftsView.as_view(),
            name="editorial_never_published",
        ),
        path(
            "reports/never-published/results/",
            drafts_report.NeverPublishedDraftsView.as_view(results_only=True),
            name="editorial_never_published_results",
        ),
        path("two-factor/setup/", two_factor_views.setup, name="editorial_two_factor_setup"),
        path("two-factor/verify/", two_factor_views.verify, name="editorial_two_factor_verify"),
    ]


class TwoFactorMenuItem(MenuItem):
    """For those it is optional (city editors): turn two-step sign-in on."""

    def is_shown(self, request):
        return not user_has_device(request.user)


@hooks.register("register_settings_menu_item")
def register_two_factor_menu_item():
    return TwoFactorMenuItem(
        _("Two-step sign-in"),
        reverse("editorial_two_factor_setup"),
        name="two-factor",
        icon_name="lock",
        order=900,
    )


class SecretariatReportMenuItem(MenuItem):
    """A report for the secretariat and moderators: it shows every city's pages."""

    def is_shown(self, request):
        return views.can_view_secretariat_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_city_changes_menu_item():
    return SecretariatReportMenuItem(
        _("City editors' changes"),
        reverse("editorial_city_changes"),
        name="city-changes",
        icon_name="group",
        order=150,
    )


@hooks.register("register_reports_menu_item")
def register_scheduled_pages_menu_item():
    return SecretariatReportMenuItem(
        _("Scheduled and embargoed"),
        reverse("editorial_scheduled"),
        name="scheduled",
        icon_name="time",
        order=160,
    )


@hooks.register("register_reports_menu_item")
def register_never_published_menu_item():
    return SecretariatReportMenuItem(
        _("Never-published drafts"),
        reverse("editorial_never_published"),
        name="never-published",
        icon_name="doc-empty",
        order=170,
    )


# --- A city editor's admin: their city first, other cities out of reach --------------------


def _raise_if_foreign(scope, page):
    if page is not None and scope.is_foreign(page):
        raise PermissionDenied


@hooks.register("construct_page_chooser_queryset")
def hide_other_cities_from_chooser(pages, request):
    scope = city_scope(request.user)
    if scope is None:
        return pages
    match = request.resolver_match
    parent_page_id = match.kwargs.get("parent_page_id") if match else None
    if parent_page_id:
        _raise_if_foreign(scope, Page.objects.filter(pk=parent_page_id).only("path").first())
    return scope.exclude_foreign(pages)


@hooks.register("construct_explorer_page_queryset")
def hide_other_cities_from_explorer(parent_page, pages, request):
    scope = city_scope(request.user)
    if scope is None:
        return pages
    _raise_if_foreign(scope, parent_page)
    return scope.exclude_foreign(pages)


class CityExplorerMenuItem(MenuItem):
    """The "Pages" menu, opening at the editor's own city instead of the tree root."""

    def __init__(self, start_page, **kwargs):
        self.start_page = start_page
        super().__init__(
            _("Pages"),
            reverse("wagtailadmin_explore", args=[start_page.pk]),
            name="explorer",
            icon_name="folder-open-inverse",
            order=100,
            **kwargs,
        )

    def render_component(self, request):
        return PageExplorerMenuItemComponent(
            self.name,
            self.label,
            self.url,
            self.start_page.pk,
            icon_name=self.icon_name,
            classname=self.classname,
        )


@hooks.register("construct_main_menu")
def start_city_editors_at_their_city(request, menu_items):
    scope = city_scope(request.user)
    if scope is None:
        return
    start_page = scope.start_page(Locale.get_active())
    if start_page is None:
        return
    for position, item in enumerate(menu_items):
        if item.name == "explorer":
            menu_items[position] = CityExplorerMenuItem(start_page)


@hooks.register("construct_homepage_panels")
def add_city_panel(request, panels):
    scope = city_scope(request.user)
    if scope is not None and scope.own_pages:
        panels.insert(0, CityPanel(scope))


# --- Translators: edit and publish their language, never remove or move live pages ---------


def is_translator_only(user):
    """A member of a translators' group who is neither secretariat nor superuser."""
    if not user.is_authenticated or user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return any(name.startswith(roles.TRANSLATORS_PREFIX) for name in names) and not (
        names & roles.secretariat_group_names()
    )


def _refuse_for_translators(request, pages, message):
    if any(page.live for page in pages) and is_translator_only(request.user):
        messages.error(request, message)
        return redirect("wagtailadmin_explore", pages[0].get_parent().pk)
    return None


@hooks.register("before_delete_page")
def translators_do_not_delete_live_pages(request, page):
    return _refuse_for_translators(
        request, [page], _("Translators cannot delete a live page. Ask the secretariat.")
    )


def is_moderator_only(user):
    """A secretariat moderator who is not also a secretariat editor or a superuser: they
    hold "publish" only so that approving a change in the workflow can publish it."""
    if not user.is_authenticated or user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return roles.SECRETARIAT_MODERATORS in names and roles.SECRETARIAT_EDITORS not in names


def _refuse_unpublishing(request, pages):
    if not any(page.live for page in pages):
        return None
    if is_translator_only(request.user):
        message = _("Translators cannot unpublish a page. Ask the secretariat.")
    elif is_moderator_only(request.user):
        message = _(
            "Moderators approve or reject changes in the review workflow; taking a page "
            "off the site is for the secretariat editors."
        )
    else:
        return None
    messages.error(request, message)
    return redirect("wagtailadmin_explore", pages[0].get_parent().pk)


@hooks.register("before_unpublish_page")
def only_editors_unpublish(request, page):
    return _refuse_unpublishing(request, [page])


@hooks.register("construct_page_action_menu")
def hide_unpublish_from_those_who_may_not(menu_items, request, context):
    if is_translator_only(request.user) or is_moderator_only(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "action-unpublish"]


@hooks.register("before_move_page")
def translators_do_not_move_live_pages(request, page, destination):
    return _refuse_for_translators(
        request, [page], _("Translators cannot move a live page. Ask the secretariat.")
    )


@hooks.register("before_bulk_action")
def translators_do_not_bulk_remove(request, action_type, objects, action_class_instance):
    if action_type in {"delete", "unpublish", "move"}:
        pages = [obj for obj in objects if isinstance(obj, Page)]
        if pages:
            refused = _refuse_for_translators(
                request, pages, _("Translators cannot delete, unpublish or move live pages.")
            )
            if refused is None and action_type == "unpublish":
                refused = _refuse_unpublishing(request, pages)
            return refused
    return None


# --- The admin's JSON API: images and documents of the user's own collections only --------


class PermittedImagesAPIViewSet(ImagesAdminAPIViewSet):
    """Wagtail's admin image API leaves out only collections that are private to the public;
    here an editor also sees only images they may choose or change (a city editor: their
    city's collection), as in the admin's own image views."""

    def get_queryset(self):
        permitted = images_permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["choose", "change"]
        )
        return super().get_queryset().filter(pk__in=permitted.values("pk"))


class PermittedDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        permitted = documents_permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["choose", "change"]
        )
        return super().get_queryset().filter(pk__in=permitted.values("pk"))


@hooks.register("construct_admin_api", order=100)  # after Wagtail's own registrations
def limit_admin_api_to_permitted_media(router):
    router.register_endpoint("images", PermittedImagesAPIViewSet)
    router.register_endpoint("documents", PermittedDocumentsAPIViewSet)


@hooks.register("construct_reports_menu")
def hide_page_types_usage_from_city_editors(request, menu_items):
    # It names the last edited page of every type, in any city (editorial.admin_guard).
    if city_scope(request.user) is not None:
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


# --- Autosave never races a submit -----------------------------------------------------------


@hooks.register("before_create_page")
def one_creation_at_a_time(request, parent_page, page_class):
    """The "add page" form autosaves half a second after each change: its first autosave
    creates the page, and the form then continues as that page's editor. A "Save", "Save
    schedule", "Publish" or "Submit" pressed before that posts to "add page" again, and
    while the autosave is still in flight both requests would create the page (a server
    error from the clash, or "this slug is already in use" next to a draft the editor did
    not know about). Creations under one parent therefore happen one at a time (the
    parent's row is locked until the new page is committed), and a post that finds the
    draft its own form's autosave has just created goes to that draft's editor."""
    if request.method != "POST" or getattr(request, "creation_is_guarded", False):
        return None
    request.creation_is_guarded = True  # the view below runs this hook again
    with transaction.atomic():
        Page.objects.select_for_update().filter(pk=parent_page.pk).first()
        draft = autosaved_draft(request, parent_page, page_class)
        if draft is not None:
            request.POST = rows_of_the_draft(request.POST, draft)
            return EditView.as_view()(request, page_id=draft.pk)
        return CreateView.as_view()(
            request,
            content_type_app_name=page_class._meta.app_label,
            content_type_model_name=page_class._meta.model_name,
            parent_page_id=parent_page.pk,
        )


def autosaved_draft(request, parent_page, page_class):
    """The never-published page that this editor's "add page" form autosaved moments ago
    (same slug), for a form submitted as HTML; the autosave's own requests (JSON) create."""
    slug = request.POST.get("slug")
    if not slug or not request.accepts("text/html"):
        return None
    return (
        page_class.objects.child_of(parent_page)
        .filter(
            slug=slug,
            owner=request.user,
            live=False,
            first_published_at__isnull=True,
            latest_revision_created_at__gte=timezone.now() - AUTOSAVE_WINDOW,
        )
        .first()
    )


def rows_of_the_draft(data, draft):
    """The "add page" form's inline rows (attachments, results, speakers) are new rows;
    the autosave already created them, in the same order. Sent to the draft's editor as
    they are, each would be added a second time: they become the draft's rows instead."""
    data = data.copy()
    for relation in get_all_child_relations(type(draft)):
        prefix = relation.get_accessor_name()
        total = data.get(f"{prefix}-TOTAL_FORMS")
        if total is None or data.get(f"{prefix}-INITIAL_FORMS") != "0":
            continue
        rows = list(getattr(draft, prefix).values_list("pk", flat=True))
        if not total.isdigit() or len(rows) != int(total):
            continue  # not the rows this form sent: leave them to the editor
        for number, pk in enumerate(rows):
            data[f"{prefix}-{number}-id"] = str(pk)
        data[f"{prefix}-INITIAL_FORMS"] = str(len(rows))
    return data
