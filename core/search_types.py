"""The kinds of content visitors can narrow a search to, registered by the apps that own
them, and what "topic" and "year" mean for each.

Year: the year a member joined, the award year, the year a pilot started, the date of a
news item, the day an event starts (the type's `year_field`). Topic: the topics set on the
page (`topic_field`), or, for a type whose pages take their topic from elsewhere, the pages
its `about_topic` function returns (an award winner takes its category's topic). A type with
neither (events) is left out of a topic search.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import DateField, F, IntegerField
from django.db.models.functions import Cast, ExtractYear, TruncDate


@dataclass(frozen=True)
class SearchType:
    key: str
    model: type
    label: str
    plural: str
    year_field: str
    position: int = 0  # where it is offered among the types
    date_field: str | None = None
    topic_field: str | None = None
    country_field: str | None = None
    # topic slug -> the pages of this type about it, for types without a topic_field.
    about_topic: Callable | None = None

    @property
    def content_type_id(self):
        # ContentType lookups are cached for the life of the process.
        return ContentType.objects.get_for_model(self.model).id

    def year_expression(self):
        model_field = self.model._meta.get_field(self.year_field)
        if model_field.get_internal_type() in ("DateField", "DateTimeField"):
            return Cast(ExtractYear(self.year_field), IntegerField())
        return Cast(F(self.year_field), IntegerField())

    def date_expression(self):
        if self.date_field is None:
            return None
        model_field = self.model._meta.get_field(self.date_field)
        if model_field.get_internal_type() == "DateTimeField":
            return TruncDate(self.date_field)
        return Cast(F(self.date_field), DateField())

    def ids_for_year(self, year):
        return self.model.objects.annotate(_year=self.year_expression()).filter(_year=year)

    def ids_for_topic(self, slug):
        """Pages of this type about a topic (matched by slug, the same in every language),
        or None when the type has no topic."""
        if self.topic_field:
            return self.model.objects.filter(**{f"{self.topic_field}__slug": slug})
        if self.about_topic is not None:
            return self.about_topic(slug)
        return None


_registry: dict[str, SearchType] = {}


def register_search_type(search_type):
    _registry[search_type.key] = search_type
    return search_type


def search_types():
    """Every registered type, in the order visitors are offered them."""
    return sorted(_registry.values(), key=lambda search_type: search_type.position)


def search_type(key):
    """The type registered under key, or None."""
    return _registry.get(key)
