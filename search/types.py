"""The kinds of content visitors can narrow a search to, and what "topic" and "year"
mean for each of them.

Year: the year a member joined, the award year, the year a pilot started, the date of a
news item, the day an event starts. Topic: the topics set on cities, pilots and news; an
award winner takes the topic of its award category. Events have no topic.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import DateField, F, IntegerField, Q
from django.db.models.functions import Cast, ExtractYear, Length, Substr, TruncDate
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


@dataclass(frozen=True)
class SearchType:
    key: str
    model_label: str
    label: str
    plural: str
    year_field: str
    date_field: str | None = None
    topic_field: str | None = None
    country_field: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def model(self):
        return apps.get_model(self.model_label)

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
        """Pages of this type about a topic (matched by slug, the same in every language)."""
        if self.topic_field:
            return self.model.objects.filter(**{f"{self.topic_field}__slug": slug})
        if self.key == "winner":
            # Winners sit under their award category, which carries the topic.
            category = apps.get_model("awards.AwardCategoryPage")
            return self.model.objects.annotate(
                _parent_path=Substr("path", 1, Length("path") - Page.steplen)
            ).filter(_parent_path__in=category.objects.filter(topic__slug=slug).values("path"))
        return None


SEARCH_TYPES = [
    SearchType(
        key="city",
        model_label="cities.CityPage",
        label=_("Member city"),
        plural=_("Member cities"),
        year_field="member_since",
        topic_field="topics",
        country_field="country",
    ),
    SearchType(
        key="winner",
        model_label="awards.AwardWinnerPage",
        label=_("Award winner"),
        plural=_("Award winners and finalists"),
        year_field="year",
    ),
    SearchType(
        key="pilot",
        model_label="pilots.PilotPage",
        label=_("Pilot"),
        plural=_("Pilots"),
        year_field="start_date",
        date_field="start_date",
        topic_field="topics",
    ),
    SearchType(
        key="news",
        model_label="news.NewsPage",
        label=_("News"),
        plural=_("News and press releases"),
        year_field="date",
        date_field="date",
        topic_field="topics",
    ),
    SearchType(
        key="event",
        model_label="news.EventPage",
        label=_("Event"),
        plural=_("Events"),
        year_field="start",
        date_field="start",
    ),
]
TYPES_BY_KEY = {search_type.key: search_type for search_type in SEARCH_TYPES}


def type_for_content_type(content_type_id):
    for search_type in SEARCH_TYPES:
        if search_type.content_type_id == content_type_id:
            return search_type
    return None


def narrowing_filter(types, topic=None, year=None, materialise=False):
    """A filter on Page for the chosen type(s), topic and year.

    It is built from subqueries, so that with the database backend the search stays a
    single query; other backends (OpenSearch, Elasticsearch) need plain id lists, which
    `materialise` fetches first.
    """
    if topic is None and year is None:
        return Q(content_type__in=[search_type.content_type_id for search_type in types])
    condition = Q(pk__in=[])
    for search_type in types:
        queryset = search_type.model.objects.all()
        if topic is not None:
            queryset = search_type.ids_for_topic(topic)
            if queryset is None:
                continue
        if year is not None:
            queryset = queryset.filter(pk__in=search_type.ids_for_year(year).values("pk"))
        ids = queryset.values("pk")
        if materialise:
            ids = list(queryset.values_list("pk", flat=True))
        condition |= Q(id__in=ids)
    return condition
