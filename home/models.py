"""The home page, general content pages (About, Secretariat) and form pages (Join)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import ContentStreamBlock
from core.form_guard import GuardedFormMixin
from core.models import BasePage


class HomePage(BasePage):
    hero_heading = models.CharField(
        _("hero heading"),
        max_length=120,
        help_text=_("The first words visitors read, for example the organization's mission."),
    )
    hero_intro = models.TextField(
        _("hero introduction"),
        max_length=400,
        blank=True,
        help_text=_("A sentence or two under the heading."),
    )
    hero_image = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide photograph, at least 1600 pixels across."),
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_intro"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.FormPage",
        "cities.CityIndexPage",
        "pilots.PilotIndexPage",
        "awards.AwardsIndexPage",
        "news.NewsIndexPage",
        "news.EventIndexPage",
        "opendata.OpenDataPage",
    ]

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """About, Secretariat and other pages of text and pictures."""

    intro = models.TextField(
        _("introduction"), blank=True, max_length=500, help_text=_("Shown larger, under the title.")
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FormPage"]

    class Meta:
        verbose_name = _("standard page")


class FormField(TranslatableMixin, AbstractFormField):
    page = ParentalKey("home.FormPage", on_delete=models.CASCADE, related_name="form_fields")

    # The key answers are stored under: the same in every language.
    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")


class MultilingualFormSubmission(FormSubmission):
    """A form answer with the language it was sent in, for the combined list and CSV."""

    class Meta:
        proxy = True
        verbose_name = _("form submission")

    def get_data(self):
        return {**super().get_data(), "language": self.page.locale.language_code}


class FormPage(GuardedFormMixin, BasePage, AbstractEmailForm):
    """A form whose answers are stored in the admin and optionally e-mailed (e.g. Join)."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Explain who the form is for and what happens next."),
    )
    thank_you_text = RichTextField(
        _("thank-you message"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after the form is sent."),
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
    ]
    email_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail the answers"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(email_panels, heading=_("E-mail")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("form page")

    # One list of answers (and one CSV) for the form in every language: each language
    # version's submissions view shows them all, with the language as a column.
    def get_submission_class(self):
        return MultilingualFormSubmission

    def get_submissions(self):
        return MultilingualFormSubmission.objects.filter(
            page__translation_key=self.translation_key
        ).select_related("page__locale")

    def get_data_fields(self):
        submit_time, *fields = super().get_data_fields()
        return [submit_time, ("language", _("Language")), *fields]
