"""What a pilot page shows besides its own fields, in a fixed number of queries.

The pilot's relations (adopting cities, partners, topics) are synchronised across languages
and point at English objects; the award that grew from it points at the English pilot. One
query on the page table finds, in the visitor's language, the host city (the parent page),
the cities that adopted the pilot and the award entries about it.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, OuterRef, Q
from wagtail.models import Page

from core.caching import cached_for_tree
from core.labels import partner_labels, topic_labels
from core.models import Partner, SiteImage
from core.visibility import visible

from .listing import parent_field


def english_pilot_ids():
    """{translation_key: pk of the English pilot}, cached until the tree changes."""
    from .models import PilotPage

    return cached_for_tree(
        "source-ids:pilots.pilotpage",
        lambda: dict(
            PilotPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
                "translation_key", "pk"
            )
        ),
    )


def related_pages(pilot, request=None):
    AwardWinnerPage = apps.get_model("awards", "AwardWinnerPage")
    through = type(pilot).adopted_by.through
    source_pk = english_pilot_ids().get(pilot.translation_key, pilot.pk)
    parent_path = pilot.path[: -Page.steplen]
    adopted_here = through.objects.filter(
        pilotpage_id=pilot.pk, citypage__translation_key=OuterRef("translation_key")
    )
    rows = (
        visible(Page.objects.filter(locale_id=pilot.locale_id), request)
        .annotate(is_adopter=Exists(adopted_here))
        .filter(Q(path=parent_path) | Q(is_adopter=True) | Q(awardwinnerpage__pilot_id=source_pk))
        .annotate(
            award_year=F("awardwinnerpage__year"),
            award_placement=F("awardwinnerpage__placement"),
            category_title=parent_field("title"),
        )
        .only("id", "title", "path", "depth", "url_path", "content_type_id")
        .order_by("title")
    )
    award_type = ContentType.objects.get_for_model(AwardWinnerPage)
    placements = dict(AwardWinnerPage.Placement.choices)
    host, adopters, awards = None, [], []
    for row in rows:
        if row.path == parent_path:
            host = row
        elif row.content_type_id == award_type.pk:
            row.placement_label = placements.get(row.award_placement, "")
            awards.append(row)
        elif row.is_adopter:
            adopters.append(row)
    awards.sort(key=lambda row: (-(row.award_year or 0), row.title))
    return host, adopters, awards


def case_study_context(pilot, request):
    topics = topic_labels()
    partners = partner_labels()
    kinds = dict(Partner.Kind.choices)
    # Through the relation managers, so that a preview shows the editor's unsaved choices.
    topic_ids = [topic.pk for topic in pilot.topics.all()]
    partner_ids = [partner.pk for partner in pilot.partners.all()]
    if pilot.hero_image_id:
        pilot.hero_image = SiteImage.objects.filter(pk=pilot.hero_image_id).first()
    host, adopters, awards = None, [], []
    if pilot.pk is not None and pilot.path:  # not a preview of a new page
        host, adopters, awards = related_pages(pilot, request)
    return {
        "topic_names": sorted(
            (topics[t]["name"] for t in topic_ids if t in topics), key=str.casefold
        ),
        "partner_list": sorted(
            (
                {"name": partners[p]["name"], "kind": kinds.get(partners[p]["kind"], "")}
                for p in partner_ids
                if p in partners
            ),
            key=lambda partner: partner["name"].casefold(),
        ),
        "results": list(pilot.results.all()),
        "host_city": host,
        "adopting_cities": adopters,
        "awards": awards,
    }
