"""A published source page carries its language-neutral facts to every translation at once.

wagtail-localize copies a page's synchronised fields (numbers, dates, coordinates,
relations, pictures) into its translations only when someone runs "Update translations",
so after the moderator approved Taipei's new population, the Japanese and Chinese profiles
kept the old figure. Here, publishing the English page publishes each live translation
again with the new values of those fields and its own translated text untouched. Text that
changed in English is not touched: the status report shows it out of date until a
translator updates it. A field a translator deliberately overrode in one language keeps
that language's value.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import SegmentOverride

from core.i18n import is_source_locale
from core.picture_descriptions import ALT_SUFFIX


def synchronised_fields(model):
    """The model fields a translation shares with its source, by name."""
    names = []
    for translatable in get_translatable_fields(model):
        if not isinstance(translatable, SynchronizedField):
            continue
        try:
            field = model._meta.get_field(translatable.field_name)
        except FieldDoesNotExist:
            continue
        if field.concrete or field.many_to_many:
            names.append(field.name)
    return names


def overridden_fields(source):
    """{locale id: synchronised fields a translator overrode for that language in the
    translation editor} (wagtail-localize keeps overrides per language), one query."""
    overrides = {}
    for locale_id, path in SegmentOverride.objects.filter(
        context__object_id=source.translation_key
    ).values_list("locale_id", "context__path"):
        overrides.setdefault(locale_id, set()).add(path)
    return overrides


def carry_facts_to_translations(source):
    """Publish every live translation of a just-published source page with the source's
    current synchronised fields. Returns the translations that changed."""
    source = source.specific
    names = synchronised_fields(type(source))
    changed = []
    translations = (
        type(source)
        .objects.filter(translation_key=source.translation_key, live=True, alias_of=None)
        .exclude(pk=source.pk)
    )
    overrides = overridden_fields(source)
    for translation in translations:
        live = translation
        if translation.has_unpublished_changes and translation.live_revision_id:
            # A translator's draft stays a draft: the facts go into what is live.
            live = translation.live_revision.as_object()
        keep = overrides.get(translation.locale_id, set())
        updated = False
        for name in names:
            if name in keep:
                continue
            field = live._meta.get_field(name)
            if field.many_to_many:
                wanted = list(getattr(source, name).all())
                if {item.pk for item in getattr(live, name).all()} != {item.pk for item in wanted}:
                    getattr(live, name).set(wanted)
                    updated = True
            elif getattr(live, field.attname) != getattr(source, field.attname):
                if name == "slug" and not Page._slug_is_available(
                    source.slug, live.get_parent(), live
                ):
                    # A language's home page sits beside the English one ("home-ja"), and a
                    # slug taken in a language when the page was copied there got a number:
                    # those keep their own.
                    continue
                setattr(live, field.attname, getattr(source, field.attname))
                updated = True
                if hasattr(live, name + ALT_SUFFIX):
                    # The translated alt text described the previous picture: until a
                    # translator describes the new one, the image's own description shows.
                    setattr(live, name + ALT_SUFFIX, "")
        if updated:
            live.save_revision(log_action=True).publish()
            changed.append(live)
    return changed


def source_page_published(sender, instance, **kwargs):
    page = instance
    if page.alias_of_id is not None or not is_source_locale(page.locale_id):
        return
    # After the publish commits, so the translations read the source's new values.
    transaction.on_commit(lambda: carry_facts_to_translations(Page.objects.get(pk=page.pk)))
