"""Repair relations saved before the admin kept them to one language (core.admin_forms):
every relation of a source-language page or snippet to another language's object is
pointed at the source-language version of that object. Written against the app registry
it is given, so data migrations can run it on their historical models."""

from django.conf import settings


def is_translatable(model):
    names = {field.name for field in model._meta.get_fields()}
    return {"locale", "translation_key"} <= names


def repair_source_relations(apps, app_label=None):
    """Returns how many relations were repaired."""
    Locale = apps.get_model("wagtailcore", "Locale")
    source = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if source is None:
        return 0
    repaired = 0
    for model in apps.get_models():
        if (app_label and model._meta.app_label != app_label) or not is_translatable(model):
            continue
        for field in model._meta.get_fields():
            if not field.is_relation or field.auto_created or not field.concrete:
                continue
            target = field.related_model
            if target is None or not is_translatable(target):
                continue
            if field.many_to_many:
                repaired += _repair_many(model, field, target, source)
            elif field.many_to_one and field.model is model:
                repaired += _repair_one(model, field, target, source)
    return repaired


def _source_version(target, obj, source):
    return target._default_manager.filter(
        translation_key=obj.translation_key, locale=source
    ).first()


def _repair_one(model, field, target, source):
    repaired = 0
    wrong = (
        model._default_manager.filter(locale=source)
        .exclude(**{f"{field.name}__isnull": True})
        .exclude(**{f"{field.name}__locale": source})
    )
    for owner in wrong.select_related(field.name):
        replacement = _source_version(target, getattr(owner, field.name), source)
        if replacement is not None:
            model._default_manager.filter(pk=owner.pk).update(**{field.attname: replacement.pk})
            repaired += 1
    return repaired


def _repair_many(model, field, target, source):
    through = field.remote_field.through
    owner_column = field.m2m_field_name()
    target_column = field.m2m_reverse_field_name()
    repaired = 0
    rows = through._default_manager.filter(**{f"{owner_column}__locale": source}).exclude(
        **{f"{target_column}__locale": source}
    )
    for row in rows.select_related(target_column):
        replacement = _source_version(target, getattr(row, target_column), source)
        if replacement is None:
            continue  # no English version to point at: keep what the editor chose
        owner_id = getattr(row, f"{owner_column}_id")
        pair = {f"{owner_column}_id": owner_id, f"{target_column}_id": replacement.pk}
        if not through._default_manager.filter(**pair).exists():
            through._default_manager.create(**pair)
        row.delete()
        repaired += 1
    return repaired
