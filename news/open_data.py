"""News and events as open data (see core.open_data)."""

from django.utils.translation import gettext_lazy as _

from core.open_data import (
    PAGE_COLUMNS,
    PAGE_TRAILING_COLUMNS,
    Collection,
    Filter,
    by_lookup,
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

from .models import EventPage, NewsPage


class NewsCollection(Collection):
    slug = "news"
    lists = frozenset({"news"})
    api_name = "news"
    position = 40
    model = NewsPage
    api_examples = ("kind=press_release&limit=5",)
    title = _("News and press releases")
    description = _("News, press releases and conference reports.")
    downloadable = False
    columns = [
        *PAGE_COLUMNS,
        col("kind", _("news, press_release or conference_report.")),
        col("kind_label", _("Kind in this language.")),
        col("date", _("Date of publication."), "date"),
        col("lead", _("The opening paragraph.")),
        col("topics", _("Topic slugs."), many=True),
        col("topic_names", _("Topics in this language."), many=True),
        col("cities", _("Member cities the item is about (slugs)."), many=True),
        *PAGE_TRAILING_COLUMNS,
    ]
    ordering = ["title", "date", "last_published_at"]
    default_order = ["-date", "title"]

    @property
    def filters(self):
        return [
            Filter(
                "kind",
                _("Kind code."),
                "choice",
                by_lookup("kind"),
                choices_of(self.model, "kind"),
            ),
            Filter("topic", _("Topic slug."), "slug", by_related("topics__slug")),
            Filter("city", _("Member city slug."), "slug", by_related("related_cities__slug")),
            Filter("year", _("Year of publication."), "year", by_year("date")),
        ]

    def optimise(self, queryset):
        return queryset.prefetch_related("topics", "related_cities")

    def prepare(self, items, lookups):
        cities, _by_path = lookups.pages_in_locale(
            self.related_model("related_cities"),
            translation_keys=[
                city.translation_key for item in items for city in item.related_cities.all()
            ],
        )
        lookups.prepared["cities"] = cities

    def record(self, page, lookups):
        topics = sorted(page.topics.all(), key=lambda topic: topic.slug)
        return {
            **page_record(page, lookups),
            "kind": page.kind,
            "kind_label": label_of(page, "kind"),
            "date": iso(page.date),
            "lead": page.lead,
            "topics": [topic.slug for topic in topics],
            "topic_names": [lookups.name_of(topic) for topic in topics],
            "cities": sorted(
                city.slug
                for city in page.related_cities.all()
                if city.translation_key in lookups.prepared["cities"]
            ),
            **page_trailer(page, lookups),
        }


class EventsCollection(Collection):
    slug = "events"
    lists = frozenset({"event"})
    api_name = "events"
    position = 50
    model = EventPage
    api_examples = ("upcoming=true",)
    title = _("Events")
    description = _("Council meetings, conferences, award ceremonies and workshops.")
    downloadable = False
    columns = [
        *PAGE_COLUMNS,
        col("kind", _("council, conference, award_ceremony or workshop.")),
        col("kind_label", _("Kind in this language.")),
        col("start", _("Start, with the UTC offset (ISO 8601)."), "datetime"),
        col("end", _("End, with the UTC offset (ISO 8601)."), "datetime"),
        col("time_zone", _("The venue's time zone (IANA name).")),
        col("venue", _("Venue.")),
        col("address", _("Address.")),
        col("online", _("Whether it can be followed online."), "boolean"),
        col("city", _("Host city (slug).")),
        col("city_name", _("Host city in this language.")),
        col("registration_url", _("Registration link."), "anyURI"),
        col("intro", _("Introduction.")),
        *PAGE_TRAILING_COLUMNS,
    ]
    ordering = ["title", "start", "end", "last_published_at"]
    default_order = ["start", "title"]

    @property
    def filters(self):
        from django.utils import timezone

        def upcoming(queryset, value):
            now = timezone.now()
            return queryset.filter(end__gte=now) if value else queryset.filter(end__lt=now)

        return [
            Filter(
                "kind",
                _("Kind code."),
                "choice",
                by_lookup("kind"),
                choices_of(self.model, "kind"),
            ),
            Filter("city", _("Host city slug."), "slug", by_lookup("host_city__slug")),
            Filter("year", _("Year it starts."), "year", by_year("start")),
            Filter("upcoming", _("true: not yet over; false: past."), "boolean", upcoming),
        ]

    def optimise(self, queryset):
        return queryset.select_related("host_city")

    def prepare(self, items, lookups):
        cities, _by_path = lookups.pages_in_locale(
            self.related_model("host_city"),
            translation_keys=[
                item.host_city.translation_key for item in items if item.host_city_id
            ],
        )
        lookups.prepared["cities"] = cities

    def record(self, page, lookups):
        from zoneinfo import ZoneInfo

        try:
            zone = ZoneInfo(page.time_zone)
        except (KeyError, ValueError):
            zone = None
        city = None
        if page.host_city_id:
            city = lookups.prepared["cities"].get(page.host_city.translation_key)
        return {
            **page_record(page, lookups),
            "kind": page.kind,
            "kind_label": label_of(page, "kind"),
            "start": iso(page.start.astimezone(zone) if zone else page.start),
            "end": iso(page.end.astimezone(zone) if zone else page.end),
            "time_zone": page.time_zone,
            "venue": page.venue or None,
            "address": page.address or None,
            "online": page.online,
            "city": city.slug if city else None,
            "city_name": city.title if city else None,
            "registration_url": page.registration_url or None,
            "intro": page.intro,
            **page_trailer(page, lookups),
        }


def register():
    register_collection(NewsCollection())
    register_collection(EventsCollection())
