"""Alt text that belongs to the page showing a picture.

A picture chosen in a field (a city's or a pilot's hero image, a news item's picture, a
media kit photo) is described by a text field beside it, named after it with `_alt`. The
text is part of the page, so wagtail-localize offers it to translators as a segment of the
page's translation editor and a translated page describes its pictures in its language.

On the source page the text is filled from the image's own description when the editor
leaves it empty, and follows the picture when the picture is replaced and the text was not
edited; translations get theirs from the translation editor. Templates fall back to the
image's description in the visitor's language when a page has no text of its own.
"""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import gettext_lazy as _

ALT_SUFFIX = "_alt"


def alt_text_field():
    """The text field describing the picture of the field it is named after."""
    return models.CharField(
        _("alt text"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the picture shows, in a sentence, for people who cannot see it. Left "
            "empty, the image's own description is used. Translated with the page."
        ),
    )


def described_picture_fields(model):
    """The names of the model's picture fields that have an alt text field beside them."""
    names = []
    for field in model._meta.concrete_fields:
        if not isinstance(field, models.ForeignKey):
            continue
        if field.related_model._meta.label != settings.WAGTAILIMAGES_IMAGE_MODEL:
            continue
        try:
            model._meta.get_field(field.name + ALT_SUFFIX)
        except FieldDoesNotExist:
            continue
        names.append(field.name)
    return names


def own_description(page, image):
    """The page's own text describing image, when it is one of the page's described
    pictures (its hero image, a media kit photo), else ''."""
    if page is None or image is None:
        return ""
    for name in described_picture_fields(type(page)):
        if getattr(page, f"{name}_id") == image.pk:
            return getattr(page, name + ALT_SUFFIX)
    return ""


def is_in_source_language(instance):
    from .i18n import is_source_locale

    locale_id = getattr(instance, "locale_id", None)
    return locale_id is None or is_source_locale(locale_id)


def describe_pictures(instance):
    """Fill the alt text of each picture of a source-language object from the image's own
    description where it is empty, or where the picture was replaced and the text still
    describes the previous one."""
    names = described_picture_fields(type(instance))
    if not names or getattr(instance, "alias_of_id", None) or not is_in_source_language(instance):
        return  # an alias is a copy of its source, alt text included
    stored = {}
    if instance.pk is not None:
        columns = [f"{name}_id" for name in names] + [name + ALT_SUFFIX for name in names]
        stored = type(instance)._default_manager.filter(pk=instance.pk).values(*columns).first()
        stored = stored or {}
    image_model = type(instance)._meta.get_field(names[0]).related_model
    for name in names:
        image_id = getattr(instance, f"{name}_id")
        alt_name = name + ALT_SUFFIX
        text = getattr(instance, alt_name)
        replaced = stored and stored[f"{name}_id"] != image_id and text == stored[alt_name]
        if image_id is None:
            if replaced:
                setattr(instance, alt_name, "")
            continue
        if not text or replaced:
            description = (
                image_model.objects.filter(pk=image_id).values_list("description", flat=True)
            ).first()
            setattr(instance, alt_name, description or "")


class DescribedPicturesMixin:
    """For a model with `<picture>_alt` fields: describe its pictures whenever it is
    validated (pages, editor forms) or saved (objects created in code)."""

    def clean(self):
        super().clean()
        describe_pictures(self)

    def save(self, *args, **kwargs):
        describe_pictures(self)
        return super().save(*args, **kwargs)
