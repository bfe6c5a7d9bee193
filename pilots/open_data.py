"""The pilots as open data (see core.open_data)."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.open_data import (
    PAGE_COLUMNS,
    PAGE_TRAILING_COLUMNS,
    Collection,
    Filter,
    by_lookup,
    by_parent,
    by_related,
    by_year,
    choices_of,
    col,
    iso,
    label_of,
    page_record,
    page_trailer,
    register_collection,
)

from .models import PilotPage


class PilotsCollection(Collection):
    slug = "pilots"
    lists = frozenset({"pilot"})
    api_name = "pilots"
    position = 30
    model = PilotPage
    api_examples = ("status=completed",)
    title = _("Pilots")
    description = _(
        "Proof-of-concept projects hosted by member cities: where and when "
        "they ran, with whom, what they measured and who adopted them."
    )
    columns = [
        *PAGE_COLUMNS,
        col("city", _("Host city (slug).")),
        col("city_name", _("Host city in this language.")),
        col("city_url", _("Host city's page."), "anyURI"),
        col("country", _("ISO country code of the host city.")),
        col("status", _("planned, running, completed or scaled_up.")),
        col("status_label", _("Status in this language.")),
        col("venue_type", _("Kind of place where it is tested (code).")),
        col("venue_type_label", _("Kind of place in this language.")),
        col("venue_name", _("The named place.")),
        col("start_date", _("Start date."), "date"),
        col("end_date", _("End date, empty while it runs."), "date"),
        col("topics", _("Topic slugs."), many=True),
        col("topic_names", _("Topics in this language."), many=True),
        col("partners", _("Partner organisations."), many=True),
        col("adopted_by", _("Member cities that took the solution up (slugs)."), many=True),
        col("results", _("Measured results: value, unit and what it measures."), many=True),
        col("summary", _("Summary of the pilot.")),
        *PAGE_TRAILING_COLUMNS,
    ]
    ordering = ["title", "start_date", "end_date", "status", "last_published_at"]
    default_order = ["-start_date", "title"]

    @property
    def city_model(self):
        """Member cities: the pilots' hosts (their parent pages) and adopters."""
        return self.related_model("adopted_by")

    @property
    def filters(self):
        return [
            Filter(
                "status",
                _("Status code."),
                "choice",
                by_lookup("status"),
                choices_of(self.model, "status"),
            ),
            Filter(
                "venue_type",
                _("Venue type code."),
                "choice",
                by_lookup("venue_type"),
                choices_of(self.model, "venue_type"),
            ),
            Filter("topic", _("Topic slug."), "slug", by_related("topics__slug")),
            Filter("city", _("Host city slug."), "slug", by_parent(self.city_model, "slug")),
            Filter(
                "country",
                _("Country code of the host city."),
                "country",
                by_parent(self.city_model, "country"),
            ),
            Filter("year", _("Year the pilot started."), "year", by_year("start_date")),
        ]

    def optimise(self, queryset):
        return queryset.prefetch_related("topics", "partners", "adopted_by", "results")

    def prepare(self, items, lookups):
        adopters, by_path = lookups.pages_in_locale(
            self.city_model,
            paths=[item.path[: -Page.steplen] for item in items],
            translation_keys=[
                city.translation_key for item in items for city in item.adopted_by.all()
            ],
        )
        lookups.prepared["hosts"] = by_path
        lookups.prepared["adopters"] = adopters

    def record(self, page, lookups):
        host = lookups.prepared["hosts"].get(page.path[: -Page.steplen])
        topics = sorted(page.topics.all(), key=lambda topic: topic.slug)
        results = []
        for result in page.results.all():
            value = f"{result.value.normalize():f}"
            results.append(" ".join(part for part in (value, result.unit, result.label) if part))
        return {
            **page_record(page, lookups),
            "city": host.slug if host else None,
            "city_name": host.title if host else None,
            "city_url": lookups.url(host),
            "country": host.country.code if host else None,
            "status": page.status,
            "status_label": label_of(page, "status"),
            "venue_type": page.venue_type,
            "venue_type_label": label_of(page, "venue_type"),
            "venue_name": page.venue_name or None,
            "start_date": iso(page.start_date),
            "end_date": iso(page.end_date),
            "topics": [topic.slug for topic in topics],
            "topic_names": [lookups.name_of(topic) for topic in topics],
            "partners": sorted(partner.name for partner in page.partners.all()),
            "adopted_by": sorted(
                city.slug
                for city in page.adopted_by.all()
                if city.translation_key in lookups.prepared["adopters"]
            ),
            "results": results,
            "summary": page.listing_summary or page.search_description or None,
            **page_trailer(page, lookups),
        }


def register():
    register_collection(PilotsCollection())
