"""The translation status report (Reports → Translation status)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .status import NEEDS_ATTENTION, STATES, StatusReport, needs_attention, type_choices

PERMISSION = "localization.view_translation_status"
# Everyone who may submit content for translation (the secretariat and the translators)
# needs the overview too.
SUBMIT_PERMISSION = "wagtail_localize.submit_translation"


def can_view_status(user):
    return user.is_active and (
        user.is_superuser or user.has_perm(PERMISSION) or user.has_perm(SUBMIT_PERMISSION)
    )


def rows_for_user(rows, user):
    """The rows a person may act on: pages they may change in some language (a city editor
    sees their own city only, never another city's titles), and snippets only for those
    who may submit translations."""
    if user.is_superuser:
        return rows
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(
        user, ["change", "publish"]
    )
    keys = editable.values("translation_key")
    allowed_sources = set(
        Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True)
    )
    may_submit = user.has_perm(SUBMIT_PERMISSION)
    return [
        row for row in rows if (row.source_pk in allowed_sources if row.is_page else may_submit)
    ]


class StatusFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[(NEEDS_ATTENTION, _("Needs attention")), ("", _("Any state")), *STATES],
    )
    type = forms.ChoiceField(label=_("Type"), required=False)

    def __init__(self, *args, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("Every language")), *languages]
        self.fields["type"].choices = [
            ("", _("Pages and snippets")),
            ("pages", _("All pages")),
            ("snippets", _("All snippets")),
            *type_choices(),
        ]

    def filter(self, rows):
        """The rows matching the valid filters (invalid values are reported and ignored)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        language = data.get("language")
        state = data.get("state")
        kind = data.get("type")
        if language:
            rows = [row for row in rows if row.language_code == language]
        if state == NEEDS_ATTENTION:
            rows = [row for row in rows if needs_attention(row)]
        elif state:
            rows = [row for row in rows if row.state == state]
        if kind == "pages":
            rows = [row for row in rows if row.is_page]
        elif kind == "snippets":
            rows = [row for row in rows if not row.is_page]
        elif kind:
            rows = [row for row in rows if row.type_key == kind]
        return rows


class TranslationStatusView(ReportView):
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    template_name = "localization/translation_status.html"
    results_template_name = "localization/translation_status_results.html"
    index_url_name = "localization_translation_status"
    paginate_by = 100
    export_filename = "translation-status"
    list_export = [
        "title",
        "type_label",
        "language_code",
        "state_label",
        "translated_strings",
        "strings",
        "machine_strings",
        "source_changed_at",
        "translated_at",
        "edit_url",
    ]
    export_headings = {
        "title": _("Title"),
        "type_label": _("Type"),
        "language_code": _("Language"),
        "state_label": _("State"),
        "translated_strings": _("Translated strings"),
        "strings": _("Strings in the source"),
        "machine_strings": _("Machine-translated strings"),
        "source_changed_at": _("Source changed"),
        "translated_at": _("Translation synchronised"),
        "edit_url": _("Admin address"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_view_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        self.report = StatusReport()
        self.report.rows = rows_for_user(self.report.rows, self.request.user)
        languages = [
            (locale.language_code, self.report.language_names.get(locale.language_code))
            for locale in self.report.targets
        ]
        # The report opens on what needs attention; "Any state" shows everything.
        self.filter_form = StatusFilterForm(
            self.request.GET or {"state": NEEDS_ATTENTION}, languages=languages
        )
        # Counts per language follow the type filter, so each state reads as a share of it.
        by_type = StatusFilterForm(
            {"type": self.request.GET.get("type", "")}, languages=languages
        ).filter(self.report.rows)
        self.language_counts = self.report.counts(by_type)
        return self.filter_form.filter(self.report.rows)

    def get_filtered_queryset(self):
        return self.get_queryset()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["filter_form"] = self.filter_form
        context["language_counts"] = [
            {
                "code": code,
                "name": self.report.language_names.get(code, code),
                **counts,
            }
            for code, counts in self.language_counts.items()
        ]
        context["states"] = STATES
        return context
