"""The Open data page: the public API, the downloads, the licence and the registry of
datasets that member cities share."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import ContentStreamBlock
from core.models import BasePage


class OpenDataPage(BasePage):
    intro = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("Who the data is for and what it contains. Shown under the title."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("more information"),
        help_text=_(
            "Optional text shown after the registry: terms of use, contacts, examples of "
            "reuse. The API, downloads, licence and registry sections are generated."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("open data page")
