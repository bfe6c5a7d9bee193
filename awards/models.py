"""The Go Smart Awards: categories, yearly editions, winners and finalists."""

from django.core.exceptions import ValidationError
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

from core.admin_forms import SourceRelationsModelForm, SourceRelationsPageForm
from core.blocks import ContentStreamBlock
from core.models import BasePage, IndexPage
from core.picture_descriptions import alt_text_field


class AwardEdition(TranslatableMixin, ClusterableModel):
    """One year of the awards: its theme, the call for entries, the ceremony and the jury."""

    base_form_class = SourceRelationsModelForm

    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("The year the projects are recognised, for example 2026."),
    )
    theme = models.CharField(
        _("theme"), max_length=200, help_text=_("The edition's theme, in a few words.")
    )
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=800,
        help_text=_("What this edition looks for, shown with the call for entries."),
    )
    call_opens = models.DateField(
        _("call for entries opens"), help_text=_("First day on which entries are accepted.")
    )
    call_closes = models.DateField(
        _("call for entries closes"), help_text=_("Last day on which entries are accepted.")
    )
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
        help_text=_("The event at which the winners are announced."),
    )
    results_announced_at = models.DateTimeField(
        _("results announced at"),
        null=True,
        blank=True,
        help_text=_(
            "The moment the winners and special mentions become public, usually the start of "
            "the ceremony (Taipei time). Until then visitors see only the finalists, in every "
            "language. Leave empty once the results are public."
        ),
    )

    override_translatable_fields = [
        SynchronizedField("year"),
        SynchronizedField("call_opens"),
        SynchronizedField("call_closes"),
        SynchronizedField("entry_url"),
        SynchronizedField("ceremony"),
        SynchronizedField("results_announced_at"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [FieldPanel("year"), FieldPanel("theme"), FieldPanel("description")],
                heading=_("Edition"),
            ),
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("call_opens"), FieldPanel("call_closes")]),
                    FieldPanel("entry_url"),
                ],
                heading=_("Call for entries"),
            ),
            ObjectList(
                [
                    FieldPanel("ceremony"),
                    FieldPanel("results_announced_at"),
                    InlinePanel("jury", heading=_("Jury"), label=_("Jury member")),
                ],
                heading=_("Ceremony and jury"),
            ),
        ]
    )

    class Meta:
        ordering = ["-year"]
        unique_together = [("translation_key", "locale"), ("year", "locale")]
        verbose_name = _("award edition")
        verbose_name_plural = _("award editions")

    def __str__(self):
        return f"{self.year}: {self.theme}"

    def clean(self):
        super().clean()
        if self.call_opens and self.call_closes and self.call_closes < self.call_opens:
            raise ValidationError({"call_closes": _("The call cannot close before it opens.")})


class JuryMember(TranslatableMixin, Orderable):
    edition = ParentalKey(AwardEdition, on_delete=models.CASCADE, related_name="jury")
    name = models.CharField(_("name"), max_length=120, help_text=_("As the person writes it."))
    role = models.CharField(_("role"), max_length=200, help_text=_("Position and organisation."))

    override_translatable_fields = [SynchronizedField("name")]
    panels = [FieldPanel("name"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("jury member")


class AwardsIndexPage(IndexPage):
    """The awards showcase: every recognised project of every year, with filters."""

    subpage_types = ["awards.AwardCategoryPage"]

    class Meta:
        verbose_name = _("awards index")


class AwardCategoryForm(SourceRelationsPageForm):
    """Checks that the judging criteria's weights add up to 100 per cent."""

    def clean(self):
        cleaned_data = super().clean()
        criteria = self.formsets.get("criteria")
        if criteria is not None and criteria.is_valid():
            weights = [
                form.cleaned_data["weight"]
                for form in criteria.forms
                if form.cleaned_data
                and not form.cleaned_data.get("DELETE")
                and form.cleaned_data.get("weight")
            ]
            if weights and sum(weights) != 100:
                self.add_error(
                    None,
                    _(
                        "The weights of the judging criteria add up to %(total)s%%; "
                        "they must add up to 100%%."
                    )
                    % {"total": sum(weights)},
                )
        return cleaned_data


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
        help_text=_("The topic the category belongs to, for search and related content."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("more information"),
        help_text=_("Optional: examples, past themes, advice for applicants."),
    )

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("topic"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("description"),
        FieldPanel("topic"),
        FieldPanel("body"),
    ]
    judging_panels = [
        InlinePanel(
            "criteria",
            heading=_("Judging criteria"),
            label=_("Criterion"),
            help_text=_("The weights must add up to 100%."),
            min_num=1,
        ),
        FieldPanel("eligibility"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Category")),
            ObjectList(judging_panels, heading=_("Judging")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    base_form_class = AwardCategoryForm
    search_fields = BasePage.search_fields + [index.SearchField("description")]

    parent_page_types = ["awards.AwardsIndexPage"]
    subpage_types = ["awards.AwardWinnerPage"]

    class Meta:
        verbose_name = _("award category")
        verbose_name_plural = _("award categories")


class AwardCriterion(TranslatableMixin, Orderable):
    page = ParentalKey(AwardCategoryPage, on_delete=models.CASCADE, related_name="criteria")
    label = models.CharField(
        _("criterion"), max_length=160, help_text=_("What the jury assesses, in a few words.")
    )
    weight = models.PositiveSmallIntegerField(
        _("weight (%)"),
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Share of the total score, in per cent."),
    )

    override_translatable_fields = [SynchronizedField("weight")]
    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("weight")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("judging criterion")
        verbose_name_plural = _("judging criteria")


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
        _("placement"),
        max_length=20,
        choices=Placement.choices,
        default=Placement.WINNER,
        help_text=_("Winner, finalist or special mention."),
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
    project_name = models.CharField(
        _("project"),
        max_length=200,
        help_text=_("The project's name as visitors read it; usually the same as the title."),
    )
    hero_image = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A photograph of the project, at least 1600 pixels across."),
    )
    hero_image_alt = alt_text_field()
    project_summary = models.TextField(
        _("project summary"), max_length=600, help_text=_("Two or three sentences.")
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("about the project"),
        help_text=_("The story of the project: results, quotes, pictures and videos."),
    )
    pilot = models.ForeignKey(
        "pilots.PilotPage",
        verbose_name=_("pilot it grew from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The proof-of-concept pilot the project started as, if any."),
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
        FieldPanel("hero_image_alt"),
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
