"""The press room's media kit: what a journalist needs to write about Go Smart without
asking (the boilerplate paragraph on the news index, logos and fact sheets, photos with
their credits). Shown at press/media-kit/ under the news index, in each language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin

from core.picture_descriptions import DescribedPicturesMixin, alt_text_field

from .links import LinkTextFromDocument


class MediaKitFile(LinkTextFromDocument, TranslatableMixin, Orderable):
    """A download of the media kit: a logo, the fact sheet, a brochure."""

    page = ParentalKey(
        "news.NewsIndexPage", on_delete=models.CASCADE, related_name="media_kit_files"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A logo, the fact sheet or a brochure; its type and size are shown."),
    )
    title = models.CharField(
        _("link text"),
        max_length=160,
        blank=True,
        help_text=_("Leave empty to use the document's title."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("media kit file")
        verbose_name_plural = _("media kit files")


class MediaKitPhoto(DescribedPicturesMixin, TranslatableMixin, Orderable):
    """A photo journalists may publish, with the credit they must print beside it."""

    page = ParentalKey(
        "news.NewsIndexPage", on_delete=models.CASCADE, related_name="media_kit_photos"
    )
    image = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    image_alt = alt_text_field()
    caption = models.CharField(_("caption"), max_length=250)
    credit = models.CharField(
        _("credit"),
        max_length=120,
        help_text=_("Printed beside the photo, e.g. “Taipei City Government”."),
    )

    panels = [
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("caption"),
        FieldPanel("credit"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("media kit photo")
        verbose_name_plural = _("media kit photos")
