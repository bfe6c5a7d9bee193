"""Member cities: the Members index and one profile page per member city or region."""

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import ContentStreamBlock
from core.models import BasePage, IndexPage
from core.picture_descriptions import alt_text_field


def source_language_only():
    """Relations point at the English taxonomy objects; their translations follow them."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class CityIndexPage(IndexPage):
    """The Members page: every member, with filters, counts and a map."""

    subpage_types = ["cities.CityPage"]

    class Meta:
        verbose_name = _("members index")


class CityPage(BasePage):
    """A member's profile, kept up to date by that member's own editors."""

    class MembershipType(models.TextChoices):
        CITY = "city", _("City")
        REGION = "region", _("Region")
        SPECIAL_MUNICIPALITY = "special_municipality", _("Special municipality")
        COUNTY = "county", _("County")
        METROPOLITAN_AREA = "metropolitan_area", _("Metropolitan area")

    country = CountryField(_("country"), help_text=_("The country the member belongs to."))
    region = models.ForeignKey(
        "core.Region",
        verbose_name=_("world region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_language_only,
        help_text=_("Used by the Members filters and the map legend."),
    )
    topics = ParentalManyToManyField(
        "core.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="+",
        limit_choices_to=source_language_only,
        help_text=_("The member's smart-city priorities, used by the Members filters."),
    )
    membership_type = models.CharField(
        _("membership type"),
        max_length=32,
        choices=MembershipType.choices,
        default=MembershipType.CITY,
        help_text=_("How the member joined: as a city, a region, a special municipality…"),
    )
    member_since = models.PositiveSmallIntegerField(
        _("member since"),
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("The year the member signed the charter."),
    )
    population = models.PositiveBigIntegerField(
        _("population"),
        null=True,
        blank=True,
        help_text=_("Latest official figure, rounded; digits only."),
    )
    leader_name = models.CharField(
        _("leader's name"),
        max_length=120,
        blank=True,
        help_text=_("The mayor or governor in office. Leave empty rather than guess."),
    )
    leader_title = models.CharField(
        _("leader's title"), max_length=120, blank=True, help_text=_("For example Mayor.")
    )
    website = models.URLField(
        _("official website"), blank=True, help_text=_("The city government's own website.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Decimal degrees, north positive. Places the member on the map."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Decimal degrees, east positive."),
    )
    logo = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("logo or emblem"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Square, on a plain background; shown beside the name."),
    )
    hero_image = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide photograph of the city, at least 1600 pixels across."),
    )
    hero_image_alt = alt_text_field()
    intro = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("Two or three sentences on the member's smart-city story."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("profile"),
        help_text=_("Strategy, priorities, quotes, galleries and videos."),
    )
    contact_name = models.CharField(
        _("contact name"),
        max_length=120,
        blank=True,
        help_text=_("A person or an office, for example Smart City Office."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_(
            "Shown on the profile; use a shared office address rather than a personal one."
        ),
    )

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("country"),
        SynchronizedField("region"),
        SynchronizedField("topics"),
        SynchronizedField("membership_type"),
        SynchronizedField("member_since"),
        SynchronizedField("population"),
        SynchronizedField("website"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("logo"),
        SynchronizedField("hero_image"),
        SynchronizedField("contact_email"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("membership_type"), FieldPanel("member_since")]),
                FieldPanel("population"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Membership"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("leader_name"), FieldPanel("leader_title")])],
            heading=_("Leadership"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("hero_image"), FieldPanel("hero_image_alt")],
            heading=_("Images"),
        ),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("contact_name"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
    ]
    data_panels = [InlinePanel("datasets", heading=_("Shared datasets"), label=_("Dataset"))]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Profile")),
            ObjectList(facts_panels, heading=_("Facts")),
            ObjectList(data_panels, heading=_("Data shared")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("leader_name"),
        index.FilterField("country"),
        index.FilterField("membership_type"),
        index.FilterField("region"),
    ]

    parent_page_types = ["cities.CityIndexPage"]
    subpage_types = ["pilots.PilotPage"]

    class Meta:
        verbose_name = _("member city")
        verbose_name_plural = _("member cities")

    @property
    def population_display(self):
        """The population with the visitor's digit grouping, e.g. 2,490,000 or 2 490 000."""
        if self.population is None:
            return ""
        return number_format(self.population, force_grouping=True)

    @property
    def latitude_display(self):
        return number_format(self.latitude, decimal_pos=4)

    @property
    def longitude_display(self):
        return number_format(self.longitude, decimal_pos=4)

    @property
    def map_url(self):
        """The location on OpenStreetMap (a plain link; nothing is loaded from it here)."""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=11/{self.latitude}/{self.longitude}"
        )


class CityDataset(TranslatableMixin, Orderable):
    """A dataset the member shares (the data-sharing registry)."""

    class Licence(models.TextChoices):
        CC_BY = "cc-by-4.0", "CC BY 4.0"
        CC0 = "cc0-1.0", "CC0 1.0"
        ODBL = "odbl-1.0", "ODbL 1.0"
        OGL_TW = "ogl-tw-1.0", _("Open Government Data License, Taiwan 1.0")
        CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
        OTHER = "other", _("Other (see link)")

    class Standard(models.TextChoices):
        OASC_MIMS = "oasc-mims", _("OASC Minimal Interoperability Mechanisms (MIMs)")
        DCAT = "dcat", _("DCAT / DCAT-AP")
        NGSI_LD = "ngsi-ld", "NGSI-LD"
        GTFS = "gtfs", "GTFS"
        CITYGML = "citygml", "CityGML"
        NONE = "none", _("No particular standard")

    page = ParentalKey(CityPage, on_delete=models.CASCADE, related_name="datasets")
    title = models.CharField(
        _("title"), max_length=160, help_text=_("The dataset's name as its publisher gives it.")
    )
    url = models.URLField(_("link"), help_text=_("Where the data can be downloaded or queried."))
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=400,
        help_text=_("What the data covers and how often it is updated. Optional."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=20,
        choices=Licence.choices,
        help_text=_("The terms under which anyone may reuse the data."),
    )
    data_format = models.CharField(
        _("format"), max_length=40, help_text=_("For example CSV, JSON, GeoJSON, API.")
    )
    standard = models.CharField(
        _("standard"),
        max_length=20,
        choices=Standard.choices,
        default=Standard.NONE,
        help_text=_("The data model or metadata standard the dataset follows."),
    )
    topic = models.ForeignKey(
        "core.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_language_only,
        help_text=_("The area of city life the data is about."),
    )

    override_translatable_fields = [
        SynchronizedField("url"),
        SynchronizedField("licence"),
        SynchronizedField("data_format"),
        SynchronizedField("standard"),
        SynchronizedField("topic"),
    ]
    panels = [
        FieldPanel("title"),
        FieldPanel("url"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("licence"), FieldPanel("data_format")]),
        FieldRowPanel([FieldPanel("standard"), FieldPanel("topic")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("shared dataset")
        verbose_name_plural = _("shared datasets")

    def __str__(self):
        return self.title
