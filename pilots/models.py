"""Pilot case studies: proof-of-concept projects hosted by member cities.

A pilot page lives under its host city's page, so that city's editors maintain it."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import ContentStreamBlock
from core.models import BasePage, IndexPage
from core.picture_descriptions import alt_text_field


def source_language_only():
    """Relations point at the English objects; their translations follow them."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class PilotIndexPage(IndexPage):
    """Lists the pilots of every member city; the pilots themselves live under their host."""

    subpage_types = []

    class Meta:
        verbose_name = _("pilots index")


class PilotPage(BasePage):
    class VenueType(models.TextChoices):
        PUBLIC_HOUSING = "public_housing", _("Public housing")
        TRAIN_STATION = "train_station", _("Train or metro station")
        SCHOOL = "school", _("School")
        HOSPITAL = "hospital", _("Hospital")
        STREET = "street", _("Street or public space")
        GOVERNMENT = "government", _("Government building")
        PARK = "park", _("Park")
        PORT = "port", _("Port or airport")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        RUNNING = "running", _("Running")
        COMPLETED = "completed", _("Completed")
        SCALED_UP = "scaled_up", _("Scaled up")

    venue_type = models.CharField(
        _("venue type"),
        max_length=32,
        choices=VenueType.choices,
        help_text=_("Where the pilot is tested."),
    )
    venue_name = models.CharField(
        _("venue"),
        max_length=160,
        blank=True,
        help_text=_("The named place, for example a housing estate or a station."),
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.PLANNED,
        help_text=_("Scaled up: the solution now runs beyond the pilot site."),
    )
    start_date = models.DateField(
        _("start date"), null=True, blank=True, help_text=_("When testing began (or will).")
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty while it runs.")
    )
    topics = ParentalManyToManyField(
        "core.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="+",
        limit_choices_to=source_language_only,
        help_text=_("Used by the pilots filters."),
    )
    partners = ParentalManyToManyField(
        "core.Partner",
        verbose_name=_("partners"),
        blank=True,
        related_name="+",
        limit_choices_to=source_language_only,
        help_text=_("Companies, start-ups, universities and NGOs taking part."),
    )
    adopted_by = ParentalManyToManyField(
        "cities.CityPage",
        verbose_name=_("adopted by"),
        blank=True,
        related_name="+",
        limit_choices_to=source_language_only,
        help_text=_("Member cities that took the solution up after the pilot."),
    )
    hero_image = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide photograph of the pilot site; also used on cards."),
    )
    hero_image_alt = alt_text_field()
    challenge = RichTextField(
        _("the challenge"),
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("The problem the host city wanted to solve."),
    )
    solution = RichTextField(
        _("the solution"),
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("What was tested, and how."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("more about the pilot"),
        help_text=_("Lessons learnt, quotes, pictures and videos."),
    )

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("venue_type"),
        SynchronizedField("status"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("topics"),
        SynchronizedField("partners"),
        SynchronizedField("adopted_by"),
        SynchronizedField("hero_image"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("challenge"),
        FieldPanel("solution"),
        InlinePanel("results", heading=_("Results"), label=_("Result")),
        FieldPanel("body"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("venue_type"), FieldPanel("venue_name")]),
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Where and when"),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
        FieldPanel("adopted_by", widget=forms.CheckboxSelectMultiple),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Case study")),
            ObjectList(facts_panels, heading=_("Facts")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("challenge"),
        index.SearchField("solution"),
        index.SearchField("venue_name"),
        index.SearchField("body"),
        index.FilterField("status"),
        index.FilterField("venue_type"),
    ]

    parent_page_types = ["cities.CityPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("pilot case study")
        verbose_name_plural = _("pilot case studies")


class PilotResult(TranslatableMixin, Orderable):
    """A measured outcome: a figure, its unit and what it measures."""

    page = ParentalKey(PilotPage, on_delete=models.CASCADE, related_name="results")
    value = models.DecimalField(
        _("value"),
        max_digits=14,
        decimal_places=2,
        help_text=_("The measured figure, for example 38 or 12.5. Negative for a decrease."),
    )
    unit = models.CharField(
        _("unit"), max_length=30, blank=True, help_text=_("For example %, minutes, tonnes CO₂.")
    )
    label = models.CharField(
        _("what it measures"),
        max_length=160,
        help_text=_("For example: fewer missed repair visits."),
    )

    override_translatable_fields = [SynchronizedField("value")]
    panels = [FieldRowPanel([FieldPanel("value"), FieldPanel("unit")]), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("result")
        verbose_name_plural = _("results")

    def __str__(self):
        return f"{self.value_display} {self.unit} {self.label}".strip()

    @property
    def value_display(self):
        """The value in the visitor's number format, without needless trailing zeros."""
        value = self.value.normalize()
        decimals = max(0, -value.as_tuple().exponent)
        return number_format(value, decimal_pos=decimals, force_grouping=True)
