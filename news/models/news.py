"""News items (news, press releases, conference reports) and the news index."""

from django.core.exceptions import ValidationError
from django.db import models
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
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import page_views
from core.blocks import ContentStreamBlock
from core.models import BasePage, IndexPage
from core.picture_descriptions import alt_text_field

from .links import LinkTextFromDocument
from .press import PressContact


class NewsIndexPage(RoutablePageMixin, IndexPage):
    """All news, with filters; the press room, its media kit and the feeds are sub-pages
    of it: press/, press/media-kit/, feed/rss/, feed/atom/, press/feed/rss/ and
    press/feed/atom/."""

    press_intro = models.TextField(
        _("press room introduction"),
        blank=True,
        max_length=500,
        help_text=_("Shown at the top of the press room, for journalists."),
    )
    boilerplate = models.TextField(
        _("about Go Smart, for journalists"),
        blank=True,
        max_length=1500,
        help_text=_(
            "The paragraph journalists copy under an article. With it (or media kit files), "
            "the press room links to a media kit page."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("press_intro"),
        MultiFieldPanel(
            [
                FieldPanel("boilerplate"),
                InlinePanel("media_kit_files", label=_("Files (logos, fact sheet)")),
                InlinePanel("media_kit_photos", label=_("Photos")),
            ],
            heading=_("Media kit"),
        ),
    ]

    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index")

    @path("", name="index")
    def news_listing(self, request):
        return page_views.respond(self, "index", request)

    @path("press/", name="press_room")
    def press_room(self, request):
        return page_views.respond(self, "press_room", request)

    @path("press/media-kit/", name="media_kit")
    def media_kit(self, request):
        return page_views.respond(self, "media_kit", request)

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return page_views.respond(self, "rss", request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return page_views.respond(self, "atom", request)

    @path("press/feed/rss/", name="press_rss")
    def press_rss_feed(self, request):
        return page_views.respond(self, "press_rss", request)

    @path("press/feed/atom/", name="press_atom")
    def press_atom_feed(self, request):
        return page_views.respond(self, "press_atom", request)


class NewsPage(BasePage):
    class Kind(models.TextChoices):
        NEWS = "news", _("News")
        PRESS_RELEASE = "press_release", _("Press release")
        CONFERENCE_REPORT = "conference_report", _("Conference report")

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.NEWS,
        help_text=_("Press releases also appear in the press room, with their contact."),
    )
    date = models.DateField(
        _("date"),
        help_text=_(
            "The date shown to readers. For an embargoed release, also choose “Set schedule” "
            "in the Status side panel and enter the go-live date and time (in your time zone, "
            "Taipei unless your account says otherwise): the release stays hidden until then."
        ),
    )
    lead = models.TextField(
        _("lead"), max_length=600, help_text=_("The opening paragraph: who, what, when, where.")
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The full text: headings, paragraphs, quotes, pictures."),
    )
    hero_image = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide picture shown under the lead and when the item is shared."),
    )
    hero_image_alt = alt_text_field()
    topics = ParentalManyToManyField(
        "core.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="+",
        help_text=_("Readers filter the news by topic; feed readers see them as categories."),
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
        SynchronizedField("press_contact"),
    ]
    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("lead"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
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

    @property
    def is_press_release(self):
        return self.kind == self.Kind.PRESS_RELEASE

    def clean(self):
        super().clean()
        if self.is_press_release and not self.press_contact_id:
            raise ValidationError(
                {"press_contact": _("A press release needs a press contact for journalists.")}
            )


class NewsAttachment(LinkTextFromDocument, TranslatableMixin, Orderable):
    """A document for readers and journalists: the release as PDF, a media kit."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A PDF of the release, a media kit or a report; its type and size are shown."),
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
