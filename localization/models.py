"""Translation bookkeeping that wagtail-localize does not keep itself.

- ImageAltText: an image's alt text in every language. The English text is the image's own
  description (kept in step both ways); translations go through wagtail-localize like any
  snippet, so a translated page does not describe its pictures in English.
- PublishedTranslation: what the live version of a translated page is made of, recorded when
  it is published, so pages can tell visitors about unreviewed machine translation without
  a query per request.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class ImageAltText(TranslatableMixin, models.Model):
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="alt_texts",
        help_text=_("The picture this text describes. The same picture in every language."),
    )
    text = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_(
            "Describe the image for people who cannot see it, in a sentence. In English this "
            "is the image's own description: changing one changes the other."
        ),
    )

    override_translatable_fields = [SynchronizedField("image", overridable=False)]
    panels = [FieldPanel("image"), FieldPanel("text")]

    class Meta:
        ordering = ["image_id"]
        unique_together = [("translation_key", "locale"), ("image", "locale")]
        verbose_name = _("image alt text")
        verbose_name_plural = _("image alt texts")

    def __str__(self):
        return self.text


class PublishedTranslation(models.Model):
    """The make-up of a translated page's live version, recorded at publication."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
    )
    strings = models.PositiveIntegerField(_("strings in the source"), default=0)
    translated_strings = models.PositiveIntegerField(_("translated strings"), default=0)
    machine_strings = models.PositiveIntegerField(
        _("machine-translated strings"),
        default=0,
        help_text=_("Translated automatically and not edited by a person since."),
    )
    published_at = models.DateTimeField(_("published at"))

    class Meta:
        default_permissions = ()
        permissions = [
            ("view_translation_status", _("Can see the translation status report")),
        ]
        verbose_name = _("published translation")
        verbose_name_plural = _("published translations")

    def __str__(self):
        return f"{self.page_id}: {self.translated_strings}/{self.strings}"

    @property
    def machine_translated(self):
        return self.machine_strings > 0
