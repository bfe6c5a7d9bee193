"""Admin views: permission-checked translation submission, and the secretariat's report of
the changes made by city editors."""

import contextlib

import django_filters
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column, DateColumn, TitleColumn, UserColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import DraftStateMixin, Locale, Page, Revision, Site, WorkflowState
from wagtail.permissions import page_permission_policy
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from core.machine_translation import strings_held_for_review

from . import roles
from .models import CityTeam

# --- Translation views ----------------------------------------------------------------------
#
# wagtail-localize checks only the global "submit translation" permission in these views,
# not the user's rights on the pages they create or change: anyone allowed to translate
# could translate, and even publish, any page of the site. The subclasses below add the
# page-level checks; editorial.wagtail_hooks routes wagtail-localize's URLs to them.


def can_translate_into(user, page, locale):
    """May the user create or update the translation of `page` in `locale`?

    That is: edit the page's existing version there (usually an alias), or, when there is
    none yet, add pages under the translated parent."""
    target = page.get_translation_or_none(locale)
    if target is not None:
        return target.permissions_for_user(user).can_edit()
    parent_target = page.get_parent().specific_deferred.get_translation_or_none(locale)
    if parent_target is not None:
        return parent_target.permissions_for_user(user).can_add_subpage()
    return page_permission_policy.user_has_permission_for_instance(
        user, "add", Page.get_first_root_node()
    )


class OneLanguageOpensItsEditor:
    """Translating into one language leads to that new translation's editor, even when
    "Translate this page" was reached from elsewhere (its "next" would lead back there)."""

    def get_success_url(self):
        if len(self.request.POST.getlist("locales")) == 1:
            return None
        return super().get_success_url()


class GuardedSubmitPageTranslationView(OneLanguageOpensItsEditor, SubmitPageTranslationView):
    """Offers only the languages where the user may edit the page."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perms([".".join(roles.SUBMIT_TRANSLATION)]):
            raise PermissionDenied
        page = self.get_object()
        self.permitted_locale_ids = [
            locale.pk
            for locale in Locale.objects.exclude(pk=page.locale_id)
            if can_translate_into(request.user, page, locale)
        ]
        if not self.permitted_locale_ids:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(pk__in=self.permitted_locale_ids)
        return form


class GuardedSubmitSnippetTranslationView(OneLanguageOpensItsEditor, SubmitSnippetTranslationView):
    """Translating a snippet creates one: it needs the permission to add that snippet."""

    def dispatch(self, request, *args, **kwargs):
        instance = self.get_object()
        if not request.user.has_perm(get_permission_name("add", type(instance))):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    """Syncing changes every translation of the source, and may publish them all: the user
    must be able to edit (and, to publish, publish) every one of them."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perms([".".join(roles.SUBMIT_TRANSLATION)]):
            raise PermissionDenied
        source = self.get_object()
        publishing = request.method == "POST" and bool(request.POST.get("publish_translations"))
        targets = [
            translation.get_target_instance()
            for translation in source.translations.filter(enabled=True)
        ]
        instance = source.get_source_instance()
        if isinstance(instance, Page):
            for target in targets:
                perms = target.permissions_for_user(request.user)
                if not perms.can_edit() or (publishing and not perms.can_publish()):
                    raise PermissionDenied
        else:
            model = type(instance)
            if not request.user.has_perm(get_permission_name("change", model)):
                raise PermissionDenied
            if (
                publishing
                and issubclass(model, DraftStateMixin)
                and not request.user.has_perm(get_permission_name("publish", model))
            ):
                raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        """Publishes only the translations that hold no unreviewed machine output
        (core.machine_translation); the others keep their new strings for a person."""
        if not form.cleaned_data.get("publish_translations"):
            return super().form_valid(form)
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)  # syncs, machine-translates, publishes nothing
        site = Site.find_for_request(self.request)
        held = []
        for translation in self.object.translations.filter(enabled=True).select_related(
            "source", "target_locale"
        ):
            if not strings_held_for_review(translation, site):
                with contextlib.suppress(ValidationError):
                    translation.save_target(user=self.request.user, publish=True)
            else:
                held.append(translation.target_locale.get_display_name())
        if held:
            messages.warning(
                self.request,
                _(
                    "Not published in %(languages)s: machine-translated strings wait for a "
                    "person there. Open those translations, check each string, then publish."
                )
                % {"languages": ", ".join(held)},
            )
        return response


# --- The secretariat's report ---------------------------------------------------------------


def can_view_secretariat_reports(user):
    if not user.is_active:
        return False
    return (
        user.is_superuser or user.groups.filter(name__in=roles.secretariat_group_names()).exists()
    )


class SecretariatReportMixin:
    """The secretariat's reports show every city's pages: for the secretariat and moderators."""

    def dispatch(self, request, *args, **kwargs):
        if not can_view_secretariat_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def page_ids_in_city(team):
    versions = Page.objects.filter(translation_key=team.city.translation_key)
    subtree = Q()
    for path in versions.values_list("path", flat=True):
        subtree |= Q(path__startswith=path)
    if not subtree:
        return Page.objects.none().values("pk")
    return Page.objects.filter(subtree).annotate(key=Cast("pk", CharField())).values("key")


class CityChangesFilterSet(WagtailFilterSet):
    city = django_filters.ModelChoiceFilter(
        label=_("Member city"),
        queryset=CityTeam.objects.select_related("city", "group").order_by("city__title"),
        method="filter_city",
    )

    class Meta:
        model = Revision
        fields = []

    def filter_city(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(object_id__in=page_ids_in_city(value))


class ReviewLinksColumn(BaseColumn):
    cell_template_name = "editorial/reports/review_links_cell.html"


class CityChangesReportView(SecretariatReportMixin, ReportView):
    """Recent changes saved by city editors, newest first, with where they stand in review."""

    page_title = _("City editors' changes")
    header_icon = "group"
    index_url_name = "editorial_city_changes"
    index_results_url_name = "editorial_city_changes_results"
    filterset_class = CityChangesFilterSet
    paginate_by = 50
    results_template_name = "editorial/reports/city_changes_results.html"
    list_export = ["page_title", "city_title", "language", "editor", "created_at", "status"]
    export_headings = {
        "page_title": _("Page"),
        "city_title": _("Member city"),
        "language": _("Language"),
        "editor": _("Editor"),
        "created_at": _("Saved at"),
        "status": _("Status"),
    }
    columns = [
        TitleColumn("page_title", label=_("Page"), get_url=lambda row: row.edit_url),
        Column("city_title", label=_("Member city")),
        Column("language", label=_("Language")),
        UserColumn("user", label=_("Editor")),
        DateColumn("created_at", label=_("Saved at")),
        Column("status", label=_("Status")),
        ReviewLinksColumn("links", label=_("Review")),
    ]

    def get_queryset(self):
        return (
            Revision.page_revisions.filter(user__groups__in=CityTeam.objects.values("group"))
            .select_related("user__wagtail_userprofile")
            .order_by("-created_at", "-pk")
            .distinct()
        )

    def decorate_paginated_queryset(self, object_list):
        rows = list(object_list)
        page_ids = {int(row.object_id) for row in rows}
        pages = {
            page.pk: page
            for page in Page.objects.filter(pk__in=page_ids)
            .select_related("locale")
            .defer_streamfields()
        }
        cities = self.cities_by_path(pages.values())
        states = self.latest_workflow_states(page_ids)
        for row in rows:
            page = pages.get(int(row.object_id))
            self.decorate_row(row, page, cities, states.get(int(row.object_id)))
        return rows

    @staticmethod
    def cities_by_path(pages):
        prefixes = set()
        for page in pages:
            for depth in range(2, page.depth + 1):
                prefixes.add(page.path[: depth * Page.steplen])
        city_type = ContentType.objects.get_by_natural_key("cities", "citypage")
        return {
            city.path: city
            for city in Page.objects.filter(path__in=prefixes, content_type=city_type).only(
                "id", "path", "title", "depth"
            )
        }

    @staticmethod
    def latest_workflow_states(page_ids):
        states = {}
        page_type = ContentType.objects.get_for_model(Page)
        for state in (
            WorkflowState.objects.filter(
                base_content_type=page_type, object_id__in=[str(pk) for pk in page_ids]
            )
            .select_related("current_task_state")
            .order_by("created_at")
        ):
            states[int(state.object_id)] = state
        return states

    def decorate_row(self, row, page, cities, state):
        row.revised_page = page
        row.page_title = row.object_str if page is None else page.get_admin_display_title()
        row.city = None
        row.edit_url = row.history_url = row.compare_url = None
        row.is_live = False
        row.status = _("Page deleted") if page is None else _("Draft")
        row.language = ""
        row.editor = row.user.get_username() if row.user else ""
        row.awaiting_review = False
        if page is None:
            row.city_title = ""
            return
        row.language = page.locale.get_display_name()
        for depth in range(page.depth, 1, -1):
            city = cities.get(page.path[: depth * Page.steplen])
            if city is not None:
                row.city = city
                break
        row.city_title = row.city.title if row.city else ""
        row.edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        row.history_url = reverse("wagtailadmin_pages:history", args=[page.pk])
        row.compare_url = reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[page.pk, "live" if page.live else "earliest", row.pk],
        )
        row.is_live = page.live_revision_id == row.pk
        task_state = state.current_task_state if state is not None else None
        reviewed_here = task_state is not None and task_state.revision_id == row.pk
        if row.is_live:
            row.status = _("Live")
        elif reviewed_here and state.status == WorkflowState.STATUS_IN_PROGRESS:
            row.status = _("Awaiting review")
            row.awaiting_review = True
        elif reviewed_here and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            row.status = _("Changes requested")
        elif page.latest_revision_id == row.pk:
            row.status = _("Draft, not submitted")
        else:
            row.status = _("Superseded by a later version")
