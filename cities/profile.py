"""Everything a member's profile shows besides its own fields, in a fixed number of queries.

Pages of other apps point at the English member page in every language (their relations
are synchronised), so the profile first finds its English source, then reads everything that
points at it in one query on the page table, limited to the visitor's language:

- pilots it hosts (its own child pages),
- pilots it adopted (pilots.PilotPage.adopted_by),
- awards its projects won (awards.AwardWinnerPage.city),
- news about it (news.NewsPage.related_cities),
- events it hosts (news.EventPage.host_city).

Other apps' models are looked up by name, never imported.
"""

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import Page

from core.caching import cached_for_tree
from core.labels import topic_labels
from core.models import SiteImage
from core.visibility import visible

NEWS_SHOWN = 6


def source_ids(model):
    """{translation_key: pk of the English page} for every page of a model, cached."""
    label = model._meta.label_lower

    def build():
        return dict(
            model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
                "translation_key", "pk"
            )
        )

    return cached_for_tree(f"source-ids:{label}", build)


def source_id(page):
    """The pk of the English version of page (itself when it is English, or when it has no
    English version)."""
    return source_ids(type(page)).get(page.translation_key, page.pk)


def parent_title():
    """The title of each page's parent (same language tree), as a subquery."""
    return Subquery(
        Page.objects.filter(
            path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
        ).values("title")[:1]
    )


@dataclass
class Related:
    hosted_pilots: list = field(default_factory=list)
    adopted_pilots: list = field(default_factory=list)
    awards: list = field(default_factory=list)
    news: list = field(default_factory=list)
    news_total: int = 0
    upcoming_events: list = field(default_factory=list)
    past_events: list = field(default_factory=list)

    @property
    def anything(self):
        return any(
            [
                self.hosted_pilots,
                self.adopted_pilots,
                self.awards,
                self.news,
                self.upcoming_events,
                self.past_events,
            ]
        )


def related_pages(city, source_pk, request=None):
    """Pages in city's language that point at the member (see the module docstring)."""
    PilotPage = apps.get_model("pilots", "PilotPage")
    AwardWinnerPage = apps.get_model("awards", "AwardWinnerPage")
    NewsPage = apps.get_model("news", "NewsPage")
    EventPage = apps.get_model("news", "EventPage")
    types = ContentType.objects.get_for_models(PilotPage, AwardWinnerPage, NewsPage, EventPage)

    adopted = PilotPage.adopted_by.through.objects.filter(
        pilotpage_id=OuterRef("pk"), citypage_id=source_pk
    )
    in_news = NewsPage.related_cities.through.objects.filter(
        newspage_id=OuterRef("pk"), citypage_id=source_pk
    )
    rows = (
        visible(Page.objects.filter(locale_id=city.locale_id), request)
        .annotate(is_adopted=Exists(adopted), is_in_news=Exists(in_news))
        .filter(
            Q(path__startswith=city.path, depth=city.depth + 1)
            | Q(is_adopted=True)
            | Q(is_in_news=True)
            | Q(awardwinnerpage__city_id=source_pk)
            | Q(eventpage__host_city_id=source_pk)
        )
        .annotate(
            parent_title=parent_title(),
            pilot_status=F("pilotpage__status"),
            award_year=F("awardwinnerpage__year"),
            award_placement=F("awardwinnerpage__placement"),
            award_project=F("awardwinnerpage__project_name"),
            news_date=F("newspage__date"),
            news_kind=F("newspage__kind"),
            event_start=F("eventpage__start"),
            event_end=F("eventpage__end"),
            event_kind=F("eventpage__kind"),
            event_time_zone=F("eventpage__time_zone"),
        )
        .only("id", "title", "path", "depth", "url_path", "content_type_id")
    )
    pilot_statuses = dict(PilotPage.Status.choices)
    placements = dict(AwardWinnerPage.Placement.choices)
    news_kinds = dict(NewsPage.Kind.choices)
    event_kinds = dict(EventPage.Kind.choices)
    related = Related()
    news = []
    events = []
    for row in rows:
        content_type_id = row.content_type_id
        if content_type_id == types[PilotPage].pk:
            row.status_label = pilot_statuses.get(row.pilot_status, "")
            if row.path.startswith(city.path) and row.depth == city.depth + 1:
                related.hosted_pilots.append(row)
            elif row.is_adopted:
                related.adopted_pilots.append(row)
        elif content_type_id == types[AwardWinnerPage].pk:
            row.placement_label = placements.get(row.award_placement, "")
            related.awards.append(row)
        elif content_type_id == types[NewsPage].pk:
            row.kind_label = news_kinds.get(row.news_kind, "")
            news.append(row)
        elif content_type_id == types[EventPage].pk:
            row.kind_label = event_kinds.get(row.event_kind, "")
            row.local_date = local_date(row.event_start, row.event_time_zone)
            events.append(row)
    related.hosted_pilots.sort(key=lambda p: p.title.casefold())
    related.adopted_pilots.sort(key=lambda p: p.title.casefold())
    related.awards.sort(key=lambda p: (-(p.award_year or 0), p.award_placement or "", p.title))
    news.sort(key=lambda p: (p.news_date, p.pk), reverse=True)
    related.news = news[:NEWS_SHOWN]
    related.news_total = len(news)
    now = timezone.now()
    related.upcoming_events = sorted((e for e in events if e.event_end >= now), key=_start)
    related.past_events = sorted((e for e in events if e.event_end < now), key=_start)[::-1]
    return related


def _start(event):
    return event.event_start


def local_date(moment, zone_name):
    """The day an event starts in the venue's time zone (as the venue's calendar shows it)."""
    try:
        return timezone.localtime(moment, ZoneInfo(zone_name)).date()
    except (ValueError, ZoneInfoNotFoundError):
        return timezone.localtime(moment).date()


def load_images(page, *names):
    """Fetch the page's images named by its foreign keys in one query.

    Renditions come from Wagtail's rendition cache once they have been generated."""
    ids = {getattr(page, f"{name}_id") for name in names} - {None}
    if not ids:
        return
    images = SiteImage.objects.in_bulk(ids)
    for name in names:
        image_id = getattr(page, f"{name}_id")
        if image_id is not None:
            setattr(page, name, images.get(image_id))


def profile_context(city, request):
    from core.labels import region_labels

    topics = topic_labels()
    # Through the relation managers, so that a preview shows the editor's unsaved choices.
    topic_ids = [topic.pk for topic in city.topics.all()]
    datasets = list(city.datasets.all())
    for dataset in datasets:
        dataset.topic_label = topics.get(dataset.topic_id)
    load_images(city, "logo", "hero_image")
    saved = city.pk is not None and city.path  # a preview of a new page is neither
    return {
        "region_label": region_labels().get(city.region_id),
        "topic_names": sorted(
            (topics[t]["name"] for t in topic_ids if t in topics), key=str.casefold
        ),
        "datasets": datasets,
        "related": related_pages(city, source_id(city), request) if saved else Related(),
        "structured_data": structured_data(city, request),
    }


def structured_data(city, request):
    """schema.org City with its coordinates (JSON-LD)."""
    data = {
        "@context": "https://schema.org",
        "@type": "City",
        "name": city.title,
        "description": city.intro,
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": float(city.latitude),
            "longitude": float(city.longitude),
        },
        "containedInPlace": {
            "@type": "Country",
            "name": city.country.name,
            "identifier": city.country.code,
        },
    }
    url = city.get_url(request) if city.pk else None
    if url:
        data["url"] = request.build_absolute_uri(url)
    if city.website:
        data["sameAs"] = city.website
    return data
