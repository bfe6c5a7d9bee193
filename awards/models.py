"""The Go Smart Awards: categories, yearly editions, winners and finalists."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
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
from core.models import BasePage


class AwardEdition(TranslatableMixin, ClusterableModel):
    """One year of the awards: its theme, the call for entries, the ceremony and the jury."""

    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    theme = models.CharField(_("theme"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=800)
    call_opens = models.DateField(_("call for entries opens"))
    call_closes = models.DateField(_("call for entries closes"))
    entry_url = models.URLField(
        _("how to enter"), blank=True, help_text=_("The application form or guidelines.")
    )
    ceremony = models.ForeignKey(
        "news.EventPage",
        verbose_name=_("award ceremony"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    override_translatable_fields = [
        SynchronizedField("year"),
        SynchronizedField("call_opens"),
        SynchronizedField("call_closes"),
        SynchronizedField("entry_url"),
        SynchronizedField("ceremony"),
    ]
    panels = [
        FieldPanel("year"),
        FieldPanel("theme"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("call_opens"), FieldPanel("call_closes")]),
        FieldPanel("entry_url"),
        FieldPanel("ceremony"),
        InlinePanel("jury", heading=_("Jury"), label=_("Jury member")),
    ]

    class Meta:
        ordering = ["-year"]
        unique_together = [("translation_key", "locale"), ("year", "locale")]
        verbose_name = _("award edition")
        verbose_name_plural = _("award editions")

    def __str__(self):
        return f"{self.year}: {self.theme}"


class JuryMember(TranslatableMixin, Orderable):
    edition = ParentalKey(AwardEdition, on_delete=models.CASCADE, related_name="jury")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=200, help_text=_("Position and organisation."))

    override_translatable_fields = [SynchronizedField("name")]
    panels = [FieldPanel("name"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("jury member")


class AwardsIndexPage(BasePage):
    intro = models.TextField(
        _("introduction"), blank=True, max_length=500, help_text=_("Shown under the title.")
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["awards.AwardCategoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("awards index")


class AwardCategoryPage(BasePage):
    description = models.TextField(
        _("description"), max_length=800, help_text=_("What the category rewards.")
    )
    eligibility = RichTextField(
        _("eligibility"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Who may enter."),
    )
    topic = models.ForeignKey(
        "core.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("more information"))

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("topic"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("description"),
        FieldPanel("topic"),
        InlinePanel("criteria", heading=_("Judging criteria"), label=_("Criterion")),
        FieldPanel("eligibility"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("description")]

    parent_page_types = ["awards.AwardsIndexPage"]
    subpage_types = ["awards.AwardWinnerPage"]

    class Meta:
        verbose_name = _("award category")
        verbose_name_plural = _("award categories")


class AwardCriterion(TranslatableMixin, Orderable):
    page = ParentalKey(AwardCategoryPage, on_delete=models.CASCADE, related_name="criteria")
    label = models.CharField(_("criterion"), max_length=160)
    weight = models.PositiveSmallIntegerField(
        _("weight (%)"),
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Share of the total score, in per cent."),
    )

    override_translatable_fields = [SynchronizedField("weight")]
    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("weight")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("judging criterion")


class AwardWinnerPage(BasePage):
    """A winning or short-listed project in one category and one year."""

    class Placement(models.TextChoices):
        WINNER = "winner", _("Winner")
        FINALIST = "finalist", _("Finalist")
        SPECIAL_MENTION = "special_mention", _("Special mention")

    edition = models.ForeignKey(
        AwardEdition,
        verbose_name=_("edition"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The year this project was recognised."),
    )
    year = models.PositiveSmallIntegerField(_("year"), editable=False, db_index=True)
    placement = models.CharField(
        _("placement"), max_length=20, choices=Placement.choices, default=Placement.WINNER
    )
    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The member city where the project runs."),
    )
    organisation = models.ForeignKey(
        "core.Partner",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The company, start-up, university or NGO behind the project."),
    )
    project_name = models.CharField(_("project"), max_length=200)
    hero_image = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    project_summary = models.TextField(
        _("project summary"), max_length=600, help_text=_("Two or three sentences.")
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("about the project"))
    pilot = models.ForeignKey(
        "pilots.PilotPage",
        verbose_name=_("pilot it grew from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("edition"),
        SynchronizedField("placement"),
        SynchronizedField("city"),
        SynchronizedField("organisation"),
        SynchronizedField("hero_image"),
        SynchronizedField("pilot"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("project_name"),
        FieldPanel("project_summary"),
        FieldPanel("body"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("edition"), FieldPanel("placement")])],
            heading=_("Recognition"),
        ),
        FieldPanel("city"),
        FieldPanel("organisation"),
        FieldPanel("pilot"),
        FieldPanel("hero_image"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Project")),
            ObjectList(facts_panels, heading=_("Facts")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("project_name"),
        index.SearchField("project_summary"),
        index.SearchField("body"),
        index.FilterField("year"),
        index.FilterField("placement"),
    ]

    parent_page_types = ["awards.AwardCategoryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("award winner or finalist")
        verbose_name_plural = _("award winners and finalists")

    def save(self, *args, **kwargs):
        # The year is copied from the edition so listings filter and sort without a join.
        if self.edition_id:
            self.year = AwardEdition.objects.values_list("year", flat=True).get(pk=self.edition_id)
        super().save(*args, **kwargs)
