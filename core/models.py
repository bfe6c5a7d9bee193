"""Pieces shared by every content app: the image model, the abstract base page and the
site-wide settings."""

from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from . import page_views
from .admin_forms import SourceRelationsPageForm
from .cache_generation import CacheGeneration  # noqa: F401 (a model of this app)
from .i18n import is_untranslated
from .picture_descriptions import DescribedPicturesMixin
from .visibility import restrictions_for


class SiteImage(AbstractImage):
    """Wagtail's image with alt text required: every picture on the site is described."""

    description = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_(
            "Describe the image for people who cannot see it, in a sentence. "
            "Pages may override it where the image is used."
        ),
    )

    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class BasePage(DescribedPicturesMixin, Page):
    """Every public page type: a summary and image for listings and social sharing.

    The slug is kept the same in every language: wagtail-localize's slugify is ASCII-only and
    would empty Chinese, Japanese, Korean and Arabic slugs.
    """

    base_form_class = SourceRelationsPageForm

    listing_summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=300,
        help_text=_(
            "One or two sentences shown in listings, search results and link previews. "
            "Falls back to the search description."
        ),
    )
    listing_image = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and when the page is shared on social media."),
    )

    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("listing_image"),
    ]

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=_("For search engines"),
        ),
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Listings and sharing"),
        ),
        FieldPanel("show_in_menus"),
    ]

    search_fields = Page.search_fields + [index.SearchField("listing_summary")]

    class Meta:
        abstract = True

    @classmethod
    def get_search_fields(cls):
        """Every searchable text is also autocompleted: the admin's page search autocompletes,
        so editors find a page by any word of its text, not by its title only."""
        fields = super().get_search_fields()
        completed = {f.field_name for f in fields if isinstance(f, index.AutocompleteField)}
        return fields + [
            index.AutocompleteField(field.field_name)
            for field in fields
            if isinstance(field, index.SearchField) and field.field_name not in completed
        ]

    def get_view_restrictions(self):
        # A restriction on any language version of this page or an ancestor applies here
        # too: Wagtail's serve view and the admin's privacy status both ask this method.
        return restrictions_for(self)

    def serve_password_required_response(self, request, form, action_url):
        # The password form in the site's layout, without the private page in its context,
        # so that not even the page's title or description shows before the password.
        template = self.password_required_template or settings.WAGTAIL_PASSWORD_REQUIRED_TEMPLATE
        return TemplateResponse(request, template, {"form": form, "action_url": action_url})

    @property
    def summary(self):
        return self.listing_summary or self.search_description

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # What the page type shows besides its own fields (registered by its app).
        context.update(page_views.context_for(self, request))
        # Blocks other apps add to this page type (core.page_views.register_section), worked
        # out when the template first asks: not at all when they come from a shared fragment.
        context["sections"] = SimpleLazyObject(lambda: page_views.sections_for(self, request))
        # Aliases, and pages submitted for translation whose translation is not yet live.
        context["is_untranslated"] = is_untranslated(self)
        return context


class IndexPage(BasePage):
    """A section's landing page (Members, Pilots, Awards, News, Events): one per language
    tree, directly under the home page, with a short introduction above its listing."""

    intro = models.TextField(
        _("introduction"), blank=True, max_length=500, help_text=_("Shown under the title.")
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    show_sample_content_banner = models.BooleanField(
        _("show the sample-content banner"),
        default=False,
        help_text=_(
            "Tells visitors that the site holds sample content. Switch it off once real "
            "content replaces the demo."
        ),
    )
    publish_unreviewed_machine_translation = models.BooleanField(
        _("publish machine translation without review"),
        default=False,
        help_text=_(
            "Off: a translation that holds machine-translated strings no person has edited "
            "and saved cannot be published. Switch on only to publish unchecked machine "
            "output deliberately; visitors are told when a page is machine-translated."
        ),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Shown in the footer of every page."),
    )

    # The pages linked in every page's footer (each shown in the visitor's language).
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cookies_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("cookies"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("show_sample_content_banner"),
        FieldPanel("publish_unreviewed_machine_translation"),
        FieldPanel("contact_email"),
        FieldPanel("privacy_page"),
        FieldPanel("legal_notice_page"),
        FieldPanel("cookies_page"),
        FieldPanel("accessibility_page"),
    ]
    footer_page_fields = ("privacy_page", "legal_notice_page", "cookies_page", "accessibility_page")

    class Meta:
        verbose_name = _("site settings")


class TaxonomySnippet(TranslatableMixin, index.Indexed, models.Model):
    """A visitor-facing label that exists once per language.

    Pages point at the English object (the relation is synchronised across locales) and
    templates show its translation through core.i18n.localize().
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Used in filter addresses, the same in every language."),
    )

    override_translatable_fields = [SynchronizedField("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        abstract = True
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class Topic(TaxonomySnippet):
    description = models.TextField(
        _("description"), blank=True, max_length=300, help_text=_("One sentence, optional.")
    )
    panels = TaxonomySnippet.panels + [FieldPanel("description")]

    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Region(TaxonomySnippet):
    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Partner(TranslatableMixin, index.Indexed, models.Model):
    """An organisation that takes part in pilots or wins awards."""

    class Kind(models.TextChoices):
        COMPANY = "company", _("Company")
        STARTUP = "startup", _("Start-up")
        UNIVERSITY = "university", _("University or research institute")
        NGO = "ngo", _("NGO or foundation")
        PUBLIC = "public", _("Public agency")

    name = models.CharField(_("name"), max_length=160)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    country = CountryField(_("country"), blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True, max_length=500)
    logo = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("kind"),
        SynchronizedField("country"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("logo"),
    ]

    class Meta:
        ordering = ["name"]
        unique_together = [("translation_key", "locale")]
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")

    def __str__(self):
        return self.name
