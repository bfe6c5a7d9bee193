"""Shared by the data migrations that added the pages' alt text fields (the name starts
with "_", so Django does not take this module for a migration)."""

from django.conf import settings

ALT_SUFFIX = "_alt"


def describe_stored_pictures(apps, model_label, image_field):
    """For a data migration adding an alt text field: each stored source-language row takes
    its image's description, each translation the image's translated alt text where one
    exists (otherwise it stays empty and the image's own description shows)."""
    model = apps.get_model(model_label)
    alt_name = image_field + ALT_SUFFIX
    locale_model = apps.get_model("wagtailcore", "Locale")
    default = locale_model.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    translated = {}
    if apps.is_installed("localization"):
        alt_texts = apps.get_model("localization", "ImageAltText").objects
        translated = {
            (row["image_id"], row["locale_id"]): row["text"]
            for row in alt_texts.values("image_id", "locale_id", "text")
        }
    rows = model.objects.exclude(**{f"{image_field}_id": None}).select_related(image_field)
    for row in rows.only("pk", "locale_id", f"{image_field}__description"):
        image = getattr(row, image_field)
        if default is not None and row.locale_id == default.pk:
            text = image.description
        else:
            text = translated.get((image.pk, row.locale_id), "")
        if text:
            model.objects.filter(pk=row.pk).update(**{alt_name: text[:255]})
