"""What a pilot page shows besides its own fields, in a fixed number of queries.

The pilot's relations (adopting cities, partners, topics) are synchronised across languages
and point at English objects. Two queries on the page table find, in the visitor's language,
the host city (the parent page) and the cities that adopted the pilot. The award entries
that grew from it are a section the awards app adds (awards/pilot_section.py).
"""

from django.db.models import Exists, OuterRef
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page

from core.labels import partner_labels, topic_labels
from core.models import Partner, SiteImage
from core.visibility import visible


def host_city(pilot, request=None):
    """The member page the pilot sits under, in its language, if visitors may see it."""
    parent_path = pilot.path[: -Page.steplen]
    return (
        visible(Page.objects.filter(path=parent_path), request)
        .only("id", "title", "path", "depth", "url_path", "content_type_id")
        .first()
    )


def adopting_cities(pilot, request=None):
    """The cities that adopted the pilot, in its language, where visitors may see them."""
    through = type(pilot).adopted_by.through
    parent_path = pilot.path[: -Page.steplen]
    adopted_here = through.objects.filter(
        pilotpage_id=pilot.pk, citypage__translation_key=OuterRef("translation_key")
    )
    return list(
        visible(Page.objects.filter(locale_id=pilot.locale_id), request)
        .filter(Exists(adopted_here))
        .exclude(path=parent_path)  # the host, shown as such
        .only("id", "title", "path", "depth", "url_path", "content_type_id")
        .order_by("title")
    )


def case_study_context(pilot, request):
    topics = topic_labels()
    partners = partner_labels()
    kinds = dict(Partner.Kind.choices)
    # Through the relation managers, so that a preview shows the editor's unsaved choices.
    topic_ids = [topic.pk for topic in pilot.topics.all()]
    partner_ids = [partner.pk for partner in pilot.partners.all()]
    if pilot.hero_image_id:
        pilot.hero_image = SiteImage.objects.filter(pk=pilot.hero_image_id).first()
    host, adopters = None, []
    if pilot.pk is not None and pilot.path:  # not a preview of a new page
        host = host_city(pilot, request)
        # Read when the template renders them: not at all from the shared fragment.
        adopters = SimpleLazyObject(lambda: adopting_cities(pilot, request))
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
    }
