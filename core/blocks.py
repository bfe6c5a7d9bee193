"""StreamField blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        label=_("Level"),
        help_text=_("Use sub-headings only inside a section."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "core/blocks/heading.html"
        preview_value = {"text": "Our smart city strategy", "level": "h2"}
        description = _("A section heading, listed in the page outline.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote.html"
        preview_value = {
            "quote": "Cities learn fastest from each other.",
            "attribution": "Go Smart secretariat",
        }


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=24, help_text=_("For example 42 or 3.5"))
    unit = blocks.CharBlock(label=_("Unit"), max_length=24, required=False)
    label = blocks.CharBlock(label=_("What it measures"), max_length=120)


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    figures = blocks.ListBlock(FigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    class Meta:
        icon = "pick"
        label = _("Key figures")
        template = "core/blocks/key_figures.html"
        preview_value = {
            "heading": "At a glance",
            "figures": [
                {"value": "31", "unit": "", "label": "member cities"},
                {"value": "19", "unit": "", "label": "countries"},
            ],
        }


class GalleryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    images = blocks.ListBlock(ImageBlock(), label=_("Images"), min_num=2, max_num=12)

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "core/blocks/gallery.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Button text"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an external address"), required=False)

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "core/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": blocks.BlockValidationError(_("Choose a page or enter an address."))
                }
            )
        return value


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="core/blocks/paragraph.html",
        preview_value="<p>Member cities share what works.</p>",
    )
    image = ImageBlock(label=_("Image"), template="core/blocks/image.html")
    gallery = GalleryBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    embed = EmbedBlock(
        label=_("Video or other embed"),
        help_text=_("A YouTube, Vimeo or similar address."),
        template="core/blocks/embed.html",
        icon="media",
    )
    call_to_action = CallToActionBlock()

    class Meta:
        block_counts = {}
