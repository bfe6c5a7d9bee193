"""The secretariat's "Scheduled and embargoed" report: every page that goes live, or goes
offline, at a set time; when, in the reader's time zone; and what happens in the other
languages at that moment (aliases follow their source, translations keep their own state)."""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, Revision

from .views import SecretariatReportMixin


@dataclass
class Scheduled:
    page: Page
    change: str
    when: object  # an aware datetime
    other_languages: list = field(default_factory=list)

    @property
    def title(self):
        return self.page.get_admin_display_title()

    @property
    def language(self):
        return self.page.locale.get_display_name()

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    @property
    def when_local(self):
        local = timezone.localtime(self.when)
        when = formats.date_format(local, "DATETIME_FORMAT")
        return f"{when} ({timezone.get_current_timezone_name()})"

    @property
    def other_languages_text(self):
        return "; ".join(self.other_languages)


def scheduled_changes(now=None):
    """Every scheduled publish and expiry still to come, soonest first."""
    now = now or timezone.now()
    rows = []
    revisions = list(
        Revision.page_revisions.filter(approved_go_live_at__gt=now).only(
            "object_id", "approved_go_live_at"
        )
    )
    pages = (
        Page.objects.select_related("locale")
        .defer_streamfields()
        .in_bulk([int(revision.object_id) for revision in revisions])
    )
    for revision in revisions:
        page = pages.get(int(revision.object_id))
        if page is not None:
            change = _("Published change goes live") if page.live else _("Goes live")
            rows.append(Scheduled(page, change, revision.approved_go_live_at))
    expiring = Page.objects.filter(live=True, expire_at__gt=now).select_related("locale")
    for page in expiring.defer_streamfields():
        rows.append(Scheduled(page, _("Goes offline"), page.expire_at))
    describe_other_languages(rows)
    return sorted(rows, key=lambda row: (row.when, row.page.path))


def describe_other_languages(rows):
    """Say, for each row, what each other language version does at that moment."""
    keys = {row.page.translation_key for row in rows}
    scheduled_ids = {row.page.pk for row in rows}
    versions = {}
    for page in (
        Page.objects.filter(translation_key__in=keys)
        .select_related("locale")
        .only("id", "translation_key", "alias_of_id", "live", "locale")
        .order_by("locale__language_code")
    ):
        versions.setdefault(page.translation_key, []).append(page)
    for row in rows:
        for other in versions.get(row.page.translation_key, []):
            if other.pk == row.page.pk:
                continue
            language = other.locale.get_display_name()
            if other.alias_of_id == row.page.pk:
                state = _("%(language)s: follows it")
            elif other.pk in scheduled_ids:
                state = _("%(language)s: its own schedule")
            elif other.live:
                state = _("%(language)s: live")
            else:
                state = _("%(language)s: draft")
            row.other_languages.append(state % {"language": language})


class ScheduledPagesReportView(SecretariatReportMixin, ReportView):
    page_title = _("Scheduled and embargoed")
    header_icon = "time"
    index_url_name = "editorial_scheduled"
    index_results_url_name = "editorial_scheduled_results"
    results_template_name = "editorial/reports/scheduled_results.html"
    paginate_by = 50
    list_export = ["title", "language", "change", "when_local", "other_languages_text"]
    export_headings = {
        "title": _("Page"),
        "language": _("Language"),
        "change": _("What happens"),
        "when_local": _("When"),
        "other_languages_text": _("Other languages"),
    }
    columns = [
        TitleColumn("title", label=_("Page"), get_url=lambda row: row.edit_url),
        Column("language", label=_("Language")),
        Column("change", label=_("What happens")),
        Column("when_local", label=_("When")),
        Column("other_languages_text", label=_("Other languages")),
    ]

    def get_queryset(self):
        return scheduled_changes()
