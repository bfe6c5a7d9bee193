"""Events (council meetings, conferences, award ceremonies, workshops) and their index."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import page_views
from core.blocks import ContentStreamBlock
from core.models import BasePage, IndexPage
from core.picture_descriptions import alt_text_field

from ..admin_forms import EventPageForm

TIME_ZONES = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(
        label=_("Time"), required=False, help_text=_("Local time at the venue.")
    )
    title = blocks.CharBlock(label=_("Session"), max_length=200)
    speaker = blocks.CharBlock(label=_("Speaker"), required=False, max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        label = _("Session")


class AgendaDayBlock(blocks.StructBlock):
    day = blocks.DateBlock(label=_("Day"))
    items = blocks.ListBlock(AgendaItemBlock(), label=_("Sessions"))

    class Meta:
        icon = "date"
        label = _("Day")


class EventIndexPage(RoutablePageMixin, IndexPage):
    """Upcoming and past events; calendar/ is an iCalendar feed of the upcoming ones."""

    subpage_types = ["news.EventPage"]

    class Meta:
        verbose_name = _("events index")

    @path("", name="index")
    def event_listing(self, request):
        return page_views.respond(self, "index", request)

    @path("calendar/", name="calendar")
    def calendar_feed(self, request):
        return page_views.respond(self, "calendar", request)


class EventPage(RoutablePageMixin, BasePage):
    """A council meeting, conference, award ceremony or workshop; ics/ downloads it as an
    iCalendar file."""

    class Kind(models.TextChoices):
        COUNCIL = "council", _("Council meeting")
        CONFERENCE = "conference", _("Conference")
        AWARD_CEREMONY = "award_ceremony", _("Award ceremony")
        WORKSHOP = "workshop", _("Workshop")

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        help_text=_("Visitors filter the events by kind."),
    )
    start = models.DateTimeField(
        _("starts"), help_text=_("Local time at the venue, in the time zone chosen below.")
    )
    end = models.DateTimeField(
        _("ends"), help_text=_("Local time at the venue, in the time zone chosen below.")
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=[(name, name) for name in TIME_ZONES],
        default="Asia/Taipei",
        help_text=_("The venue's time zone: times are shown in it."),
    )
    venue = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_("The building or hall, for example Taipei Nangang Exhibition Center."),
    )
    address = models.CharField(
        _("address"), max_length=300, blank=True, help_text=_("Street address, for maps.")
    )
    online = models.BooleanField(
        _("can be followed online"),
        default=False,
        help_text=_("Tick when the event is streamed or held online."),
    )
    host_city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("host city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The member city hosting the event; the event appears on its profile."),
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Shown until the event is over."),
    )
    intro = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("What the event is and who it is for; also the calendar description."),
    )
    hero_image = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide picture shown on the page and when it is shared."),
    )
    hero_image_alt = alt_text_field()
    agenda = StreamField(
        [("day", AgendaDayBlock())],
        blank=True,
        verbose_name=_("agenda"),
        help_text=_("One block per day, with its sessions."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("more information"),
        help_text=_("Travel, accessibility, partners: anything else visitors need."),
    )

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
        FieldPanel("hero_image_alt"),
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
    base_form_class = EventPageForm
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

    @property
    def zone(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    @property
    def local_start(self):
        """The start in the venue's time zone."""
        return self.start.astimezone(self.zone)

    @property
    def local_end(self):
        return self.end.astimezone(self.zone)

    @property
    def utc_offset(self):
        """The venue's offset from UTC at the start, e.g. "UTC+08:00"."""
        offset = self.local_start.strftime("%z")
        return f"UTC{offset[:3]}:{offset[3:]}"

    @property
    def is_upcoming(self):
        """Not over yet: upcoming or happening now."""
        return self.end >= timezone.now()

    @property
    def attendance_mode(self):
        if self.online and (self.venue or self.address):
            return "mixed"
        return "online" if self.online else "offline"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})

    @path("ics/", name="ics")
    def ics_download(self, request):
        return page_views.respond(self, "ics", request)


class EventSpeaker(TranslatableMixin, Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("name"), max_length=120, help_text=_("As the person writes it."))
    role = models.CharField(
        _("role"),
        max_length=200,
        blank=True,
        help_text=_("Title and organisation, for example Deputy Mayor, Taichung."),
    )
    photo = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait, cropped square on the page."),
    )

    override_translatable_fields = [SynchronizedField("name"), SynchronizedField("photo")]
    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("photo")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("speaker")
