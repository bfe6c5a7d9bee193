"""Reports → Never-published drafts: English pages that were started and never published.

An "add page" form saved as a draft (or autosaved) and then left behind stays in the English
tree only (localization.drafts); this list lets the secretariat find such drafts, open them,
or delete them with the usual page actions."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.permissions import page_permission_policy

from .views import SecretariatReportMixin


class NeverPublishedDraftsView(SecretariatReportMixin, PageReportView):
    page_title = _("Never-published drafts")
    header_icon = "doc-empty"
    index_url_name = "editorial_never_published"
    index_results_url_name = "editorial_never_published_results"

    def get_queryset(self):
        self.queryset = (
            page_permission_policy.instances_user_has_permission_for(self.request.user, "change")
            .filter(
                live=False,
                first_published_at__isnull=True,
                alias_of__isnull=True,
                locale__language_code=settings.LANGUAGE_CODE,
            )
            .exclude(depth__lte=2)
            .select_related("locale")
            .order_by("-latest_revision_created_at")
            .specific(defer=True)
        )
        return super().get_queryset()
