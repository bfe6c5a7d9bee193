"""Keep the translation bookkeeping in step with what editors and translators do."""

from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, PageLogEntry
from wagtail.signals import page_published, page_unpublished
from wagtail_localize.models import TranslationSource

from core.caching import bump_tree_generation
from core.i18n import is_source_locale
from core.machine_translation import translation_statistics

from .drafts import copy_on_first_publish
from .models import ImageAltText, PublishedTranslation
from .synchronised import source_page_published

SiteImage = get_image_model()

# wagtail-localize turns an alias into a page of its own (and back) without publishing: the
# cached set of pages whose live content is still a copy must be rebuilt.
ALIAS_CONVERSIONS = {"wagtail.convert_alias", "wagtail_localize.convert_to_alias"}


def sync_english_alt_text(sender, instance, raw=False, **kwargs):
    """The image's description is its alt text in the source language."""
    if raw:
        return
    default_locale = Locale.get_default()
    alt_text = ImageAltText.objects.filter(image=instance, locale=default_locale).first()
    if alt_text is None:
        ImageAltText.objects.create(
            image=instance, locale=default_locale, text=instance.description
        )
    elif alt_text.text != instance.description:
        alt_text.text = instance.description
        alt_text.save(update_fields=["text"])


def alt_text_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if is_source_locale(instance.locale_id):
        # Edited from the snippets admin: the image's description follows.
        SiteImage.objects.filter(pk=instance.image_id).exclude(description=instance.text).update(
            description=instance.text
        )
    bump_tree_generation()


def alt_text_deleted(sender, instance, **kwargs):
    bump_tree_generation()


def record_published_translation(sender, instance, **kwargs):
    """Note what a translated page's new live version is made of (read by the visitor notice
    and the status report). Pages translated outside wagtail-localize have no record."""
    page = instance
    source = (
        TranslationSource.objects.filter(
            object_id=page.translation_key,
            translations__target_locale_id=page.locale_id,
            translations__enabled=True,
        )
        .exclude(locale_id=page.locale_id)
        .first()
    )
    if source is None:
        if PublishedTranslation.objects.filter(page_id=page.pk).delete()[0]:
            bump_tree_generation()
        return
    strings, translated, machine = translation_statistics(source, page.locale_id)
    PublishedTranslation.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "strings": strings,
            "translated_strings": translated,
            "machine_strings": machine,
            "published_at": timezone.now(),
        },
    )
    bump_tree_generation()


def forget_unpublished_translation(sender, instance, **kwargs):
    PublishedTranslation.objects.filter(page_id=instance.pk).delete()


def page_log_entry_saved(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw and instance.action in ALIAS_CONVERSIONS:
        bump_tree_generation()


post_save.connect(sync_english_alt_text, sender=SiteImage, dispatch_uid="localization-image-alt")
post_save.connect(alt_text_saved, sender=ImageAltText, dispatch_uid="localization-alt-saved")
post_delete.connect(alt_text_deleted, sender=ImageAltText, dispatch_uid="localization-alt-del")
page_published.connect(record_published_translation, dispatch_uid="localization-published")
page_published.connect(source_page_published, dispatch_uid="localization-carry-facts")
page_published.connect(copy_on_first_publish, dispatch_uid="localization-first-publish")
page_unpublished.connect(forget_unpublished_translation, dispatch_uid="localization-unpub")
post_save.connect(page_log_entry_saved, sender=PageLogEntry, dispatch_uid="localization-log")
