"""The awards database as open data (see core.open_data)."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.open_data import (
    PAGE_COLUMNS,
    PAGE_TRAILING_COLUMNS,
    Collection,
    Filter,
    by_lookup,
    by_parent,
    choices_of,
    col,
    label_of,
    page_record,
    page_trailer,
    register_collection,
)

from .models import AwardCategoryPage, AwardEdition, AwardWinnerPage


class AwardsCollection(Collection):
    slug = "awards"
    lists = frozenset({"winner"})
    api_name = "award-winners"
    position = 20
    model = AwardWinnerPage
    api_examples = ("placement=winner&order=-year",)
    title = _("Awards database")
    description = _(
        "Every winner, finalist and special mention of the Go Smart Awards: "
        "year, category, city, organisation and project."
    )
    columns = [
        *PAGE_COLUMNS,
        col("project", _("Name of the project.")),
        col("year", _("Award year."), "integer"),
        col("edition_theme", _("Theme of that year's awards, in this language.")),
        col("category", _("Award category (slug).")),
        col("category_name", _("Award category in this language.")),
        col("topic", _("Topic of the category (slug).")),
        col("placement", _("winner, finalist or special_mention.")),
        col("placement_label", _("Placement in this language.")),
        col("city", _("Member city where the project runs (slug).")),
        col("city_name", _("That city's name in this language.")),
        col("city_url", _("That city's page."), "anyURI"),
        col("country", _("ISO country code of that city.")),
        col("organisation", _("Company, university or NGO behind the project.")),
        col("summary", _("The project in two or three sentences.")),
        *PAGE_TRAILING_COLUMNS,
    ]
    ordering = ["title", "year", "project_name", "placement", "last_published_at"]
    default_order = ["-year", "title"]

    @property
    def filters(self):
        return [
            Filter("year", _("Award year."), "year", by_lookup("year")),
            Filter(
                "category",
                _("Award category slug."),
                "slug",
                by_parent(AwardCategoryPage, "slug"),
            ),
            Filter(
                "placement",
                _("Placement code."),
                "choice",
                by_lookup("placement"),
                choices_of(self.model, "placement"),
            ),
            Filter("city", _("Member city slug."), "slug", by_lookup("city__slug")),
            Filter(
                "country", _("Country code of the city."), "country", by_lookup("city__country")
            ),
        ]

    def optimise(self, queryset):
        return queryset.select_related("edition", "city", "organisation")

    def prepare(self, items, lookups):
        keys = {item.edition.translation_key for item in items if item.edition_id}
        editions = {}
        if keys:
            editions = {
                edition.translation_key: edition
                for edition in AwardEdition.objects.filter(
                    translation_key__in=keys, locale=lookups.locale
                )
            }
        categories = {
            category.path: category
            for category in AwardCategoryPage.objects.filter(
                path__in={item.path[: -Page.steplen] for item in items}
            ).select_related("topic")
        }
        cities, _by_path = lookups.pages_in_locale(
            self.related_model("city"),
            translation_keys=[item.city.translation_key for item in items if item.city_id],
        )
        lookups.prepared.update(editions=editions, categories=categories, cities=cities)

    def record(self, page, lookups):
        prepared = lookups.prepared
        edition = None
        if page.edition_id:
            edition = prepared["editions"].get(page.edition.translation_key, page.edition)
        category = prepared["categories"].get(page.path[: -Page.steplen])
        city = None
        if page.city_id:
            city = prepared["cities"].get(page.city.translation_key)
        return {
            **page_record(page, lookups),
            "project": page.project_name,
            "year": page.year,
            "edition_theme": edition.theme if edition else None,
            "category": category.slug if category else None,
            "category_name": category.title if category else None,
            "topic": category.topic.slug if category and category.topic else None,
            "placement": page.placement,
            "placement_label": label_of(page, "placement"),
            "city": city.slug if city else None,
            "city_name": city.title if city else None,
            "city_url": lookups.url(city),
            "country": city.country.code if city else None,
            "organisation": page.organisation.name if page.organisation_id else None,
            "summary": page.project_summary,
            **page_trailer(page, lookups),
        }


def register():
    register_collection(AwardsCollection())
