"""Relations in one language: the admin's forms offer the source-language objects only.

Listings, profiles and the API follow a relation to the object's version in the visitor's
language through its translation key, starting from the English (source) object. A relation
saved on an English page to another language's object (a Japanese topic, the Arabic Taipei)
made the page vanish from those places. So every select, multi-select and chooser for a
translatable object (cities, pilots, topics, regions, partners, editions, contacts, events)
on a source-language page or snippet offers the source objects only, each labelled in the
editor's admin language where a translation exists, and a post naming another language's
object is refused with a message that says why. Translations get their relations from
their source (wagtail-localize synchronises them), so their forms are left alone.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import TranslatableMixin

from .i18n import localize, source_locale_id

WRONG_LANGUAGE = _(
    "Choose the English version: relations always point at the English page or item, and "
    "every language follows it."
)


def relation_fields(form):
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        model = getattr(queryset, "model", None)
        if model is not None and issubclass(model, TranslatableMixin):
            yield name, field


def offer_source_objects_only(form, locale_id, labels):
    """labels: {field name: {pk: object in the admin's language}}, filled by the first form
    that has the field, so the forms of an inline formset share one lookup."""
    for name, field in relation_fields(form):
        field.queryset = field.queryset.filter(locale_id=locale_id)
        if name not in labels:
            labels[name] = localize(field.queryset)
        field.label_from_instance = lambda obj, found=labels[name]: str(found.get(obj.pk, obj))
        field.error_messages["invalid_choice"] = WRONG_LANGUAGE
        field.error_messages["invalid_pk_value"] = WRONG_LANGUAGE


class SourceRelationsMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = source_locale_id()
        instance_locale = getattr(self.instance, "locale_id", None)
        if locale_id is None or (instance_locale is not None and instance_locale != locale_id):
            return
        forms = [self]
        for formset in getattr(self, "formsets", {}).values():
            forms += [*formset.forms, formset.empty_form]
        labels = {}
        for form in forms:
            offer_source_objects_only(form, locale_id, labels)


class SourceRelationsPageForm(SourceRelationsMixin, WagtailAdminPageForm):
    """The base form of every page type (core.models.BasePage.base_form_class)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The schedule dialog's times are read in the editor's own time zone (Account →
        # Preferences; Taipei unless they chose another): say which.
        zone = timezone.get_current_timezone_name()
        for name in ("go_live_at", "expire_at"):
            if name in self.fields:
                self.fields[name].help_text = _(
                    "In your time zone, %(zone)s (change it in your account's preferences)."
                ) % {"zone": zone}


class SourceRelationsModelForm(SourceRelationsMixin, WagtailAdminModelForm):
    """The base form of translatable snippets with relations."""
