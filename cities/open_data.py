"""The members' open-data collections: the member directory and the registry of the
datasets they share (see core.open_data).
"""

from django.utils.translation import gettext_lazy as _

from core.open_data import (
    PAGE_COLUMNS,
    PAGE_TRAILING_COLUMNS,
    Collection,
    Filter,
    by_lookup,
    by_related,
    choices_of,
    col,
    country_name,
    decimal,
    label_of,
    page_record,
    page_trailer,
    register_collection,
)
from core.visibility import visible as core_visible

from .models import CityDataset, CityPage


class MembersCollection(Collection):
    slug = "members"
    lists = frozenset({"city"})
    api_name = "cities"
    position = 10
    model = CityPage
    api_examples = ("limit=5", "country=TW&fields=_,title,url,population")
    title = _("Member directory")
    description = _(
        "Every member city and region: country, world region, membership, "
        "population, location and priorities."
    )
    columns = [
        *PAGE_COLUMNS,
        col("country", _("ISO 3166-1 alpha-2 country code.")),
        col("country_name", _("Country name in this language.")),
        col("region", _("World region (slug).")),
        col("region_name", _("World region in this language.")),
        col("membership_type", _("Membership type (code).")),
        col("membership_type_label", _("Membership type in this language.")),
        col("member_since", _("Year the member signed the charter."), "integer"),
        col("population", _("Latest official population figure."), "integer"),
        col("website", _("Official website."), "anyURI"),
        col("latitude", _("Latitude in decimal degrees (WGS 84)."), "decimal"),
        col("longitude", _("Longitude in decimal degrees (WGS 84)."), "decimal"),
        col("topics", _("Smart-city priorities (topic slugs)."), many=True),
        col("topic_names", _("Smart-city priorities in this language."), many=True),
        col("summary", _("The member's smart-city story in two or three sentences.")),
        *PAGE_TRAILING_COLUMNS,
    ]
    ordering = ["title", "country", "member_since", "population", "last_published_at"]

    @property
    def filters(self):
        return [
            Filter("country", _("Country code, e.g. TW."), "country", by_lookup("country")),
            Filter("region", _("World region slug."), "slug", by_lookup("region__slug")),
            Filter("topic", _("Topic slug."), "slug", by_related("topics__slug")),
            Filter(
                "membership_type",
                _("Membership type code."),
                "choice",
                by_lookup("membership_type"),
                choices_of(self.model, "membership_type"),
            ),
            Filter("member_since", _("Year joined."), "year", by_lookup("member_since")),
        ]

    def optimise(self, queryset):
        return queryset.select_related("region").prefetch_related("topics")

    def record(self, page, lookups):
        topics = sorted(page.topics.all(), key=lambda topic: topic.slug)
        return {
            **page_record(page, lookups),
            "country": page.country.code or None,
            "country_name": country_name(page.country.code),
            "region": page.region.slug if page.region else None,
            "region_name": lookups.name_of(page.region),
            "membership_type": page.membership_type,
            "membership_type_label": label_of(page, "membership_type"),
            "member_since": page.member_since,
            "population": page.population,
            "website": page.website or None,
            "latitude": decimal(page.latitude),
            "longitude": decimal(page.longitude),
            "topics": [topic.slug for topic in topics],
            "topic_names": [lookups.name_of(topic) for topic in topics],
            "summary": page.intro,
            **page_trailer(page, lookups),
        }


class DatasetsCollection(Collection):
    slug = "datasets"
    api_name = "datasets"
    position = 60
    model = CityDataset
    api_examples = ("licence=cc-by-4.0",)
    title = _("Data-sharing registry")
    description = _(
        "Every dataset that member cities share: what it is, where to get it, "
        "its licence, format and standard."
    )
    columns = [
        col("id", _("Identifier of the registry entry (differs per language)."), "integer"),
        col("title", _("Name of the dataset in this language.")),
        col("url", _("Where the data can be downloaded or queried."), "anyURI"),
        col("description", _("What the dataset contains.")),
        col("licence", _("Licence (code).")),
        col("licence_label", _("Licence name.")),
        col("data_format", _("Format, for example CSV, JSON, GeoJSON, API.")),
        col("standard", _("Standard followed (code).")),
        col("standard_label", _("Standard followed, in this language.")),
        col("topic", _("Topic (slug).")),
        col("topic_name", _("Topic in this language.")),
        col("city", _("Member city sharing it (slug).")),
        col("city_name", _("That city's name in this language.")),
        col("city_url", _("That city's page."), "anyURI"),
        col("country", _("ISO country code of that city.")),
    ]
    ordering = ["title", "licence", "standard", "data_format"]
    default_order = ["page__title", "sort_order"]

    @property
    def filters(self):
        return [
            Filter("topic", _("Topic slug."), "slug", by_lookup("topic__slug")),
            Filter(
                "licence",
                _("Licence code."),
                "choice",
                by_lookup("licence"),
                choices_of(self.model, "licence"),
            ),
            Filter(
                "standard",
                _("Standard code."),
                "choice",
                by_lookup("standard"),
                choices_of(self.model, "standard"),
            ),
            Filter("city", _("Member city slug."), "slug", by_lookup("page__slug")),
            Filter("country", _("Country code."), "country", by_lookup("page__country")),
        ]

    def visible(self, locale):
        return core_visible(self.model.objects.filter(page__locale=locale), prefix="page__")

    def optimise(self, queryset):
        # Of the city, only what a record shows: a whole member page (its body above all)
        # for each row would be most of the query's work.
        return queryset.select_related("page", "topic").only(
            *(field.name for field in CityDataset._meta.concrete_fields),
            *(f"page__{name}" for name in ("slug", "title", "url_path", "country", "locale")),
            "topic__slug",
            "topic__name",
            "topic__locale",
            "topic__translation_key",
        )

    def record(self, dataset, lookups):
        city = dataset.page
        return {
            "id": dataset.pk,
            "title": dataset.title,
            "url": dataset.url,
            "description": dataset.description or None,
            "licence": dataset.licence,
            "licence_label": label_of(dataset, "licence"),
            "data_format": dataset.data_format,
            "standard": dataset.standard,
            "standard_label": label_of(dataset, "standard"),
            "topic": dataset.topic.slug if dataset.topic_id else None,
            "topic_name": lookups.name_of(dataset.topic),
            "city": city.slug,
            "city_name": city.title,
            "city_url": lookups.url(city),
            "country": city.country.code or None,
        }


def register():
    register_collection(MembersCollection())
    register_collection(DatasetsCollection())
