"""News and the press room (news, press releases, conference reports) and events."""

import zoneinfo

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
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
from core.models import BasePage

TIME_ZONES = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})


class PressContact(TranslatableMixin, models.Model):
    """Who journalists call about a release, per language."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=160, blank=True)
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(
        _("telephone"),
        max_length=40,
        blank=True,
        help_text=_("International format, for example +886 2 2720 8889."),
    )

    override_translatable_fields = [SynchronizedField("email"), SynchronizedField("phone")]
    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]

    class Meta:
        ordering = ["name"]
        unique_together = [("translation_key", "locale")]
        verbose_name = _("press contact")
        verbose_name_plural = _("press contacts")

    def __str__(self):
        return self.name


class NewsIndexPage(BasePage):
    intro = models.TextField(
        _("introduction"), blank=True, max_length=500, help_text=_("Shown under the title.")
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")


class NewsPage(BasePage):
    class Kind(models.TextChoices):
        NEWS = "news", _("News")
        PRESS_RELEASE = "press_release", _("Press release")
        CONFERENCE_REPORT = "conference_report", _("Conference report")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.NEWS)
    date = models.DateField(
        _("date"),
        help_text=_(
            "The date shown to readers. For an embargoed release, also set “Go live date” "
            "under Settings: the release stays hidden until then."
        ),
    )
    lead = models.TextField(
        _("lead"), max_length=600, help_text=_("The opening paragraph: who, what, when, where.")
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))
    hero_image = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField(
        "core.Topic", verbose_name=_("topics"), blank=True, related_name="+"
    )
    related_cities = ParentalManyToManyField(
        "cities.CityPage",
        verbose_name=_("related cities"),
        blank=True,
        related_name="+",
        help_text=_("Member cities this item is about; it appears on their profiles."),
    )
    press_contact = models.ForeignKey(
        PressContact,
        verbose_name=_("press contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Required for press releases."),
    )

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("kind"),
        SynchronizedField("date"),
        SynchronizedField("hero_image"),
        SynchronizedField("topics"),
        SynchronizedField("related_cities"),
    ]
    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("lead"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        InlinePanel("attachments", heading=_("Attachments"), label=_("Attachment")),
    ]
    facts_panels = [
        FieldPanel("topics"),
        FieldPanel("related_cities"),
        FieldPanel("press_contact"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(facts_panels, heading=_("Topics and contacts")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


class NewsAttachment(TranslatableMixin, Orderable):
    """A document for readers and journalists: the release as PDF, a media kit."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("link text"),
        max_length=160,
        blank=True,
        help_text=_("Leave empty to use the document's title."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("attachment")


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("Time"), required=False)
    title = blocks.CharBlock(label=_("Session"), max_length=200)
    speaker = blocks.CharBlock(label=_("Speaker"), required=False, max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"


class AgendaDayBlock(blocks.StructBlock):
    day = blocks.DateBlock(label=_("Day"))
    items = blocks.ListBlock(AgendaItemBlock(), label=_("Sessions"))

    class Meta:
        icon = "date"


class EventIndexPage(BasePage):
    intro = models.TextField(
        _("introduction"), blank=True, max_length=500, help_text=_("Shown under the title.")
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events index")


class EventPage(BasePage):
    class Kind(models.TextChoices):
        COUNCIL = "council", _("Council meeting")
        CONFERENCE = "conference", _("Conference")
        AWARD_CEREMONY = "award_ceremony", _("Award ceremony")
        WORKSHOP = "workshop", _("Workshop")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=[(name, name) for name in TIME_ZONES],
        default="Asia/Taipei",
        help_text=_("The venue's time zone: times are shown in it."),
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    online = models.BooleanField(_("can be followed online"), default=False)
    host_city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("host city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    intro = models.TextField(_("introduction"), max_length=600)
    hero_image = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    agenda = StreamField([("day", AgendaDayBlock())], blank=True, verbose_name=_("agenda"))
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("more information"))

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("kind"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("time_zone"),
        SynchronizedField("online"),
        SynchronizedField("host_city"),
        SynchronizedField("registration_url"),
        SynchronizedField("hero_image"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("agenda"),
        InlinePanel("speakers", heading=_("Speakers"), label=_("Speaker")),
        FieldPanel("body"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("host_city"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("online"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("registration_url"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(facts_panels, heading=_("Date and place")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")


class EventSpeaker(TranslatableMixin, Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=200, blank=True)
    photo = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    override_translatable_fields = [SynchronizedField("name"), SynchronizedField("photo")]
    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("photo")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("speaker")
