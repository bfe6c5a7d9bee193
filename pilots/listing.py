"""The pilots index: pilots of every member city in the visitor's language, filtered.

What every live pilot of the language tree needs for the filters is read as plain rows in
one query (with its host city's title and slug from subqueries) and their topics in a
second; filters, choices and pagination work on those rows, and only the pilots of the
requested page whose cards are not in the shared cache are read whole, with their pictures.
"""

from types import SimpleNamespace

from django import forms
from django.utils.translation import gettext_lazy as _

from core.fragments import listed_items
from core.labels import topic_labels
from core.listing import FilterForm, paginate
from core.models import SiteImage
from core.tree import parent_field
from core.visibility import cached_for_everyone, visible

CARD_IMAGE_SPECS = ["fill-400x267|format-webp", "fill-800x533|format-webp"]


class PilotFilterForm(FilterForm):
    topic = forms.ChoiceField(label=_("Topic"))
    city = forms.ChoiceField(label=_("Host city"))
    status = forms.ChoiceField(label=_("Status"))
    venue_type = forms.ChoiceField(label=_("Venue type"))

    def __init__(self, data, *, topics, cities, statuses, venue_types):
        super().__init__(data)
        self.fields["topic"].choices = [("", _("All topics")), *topics]
        self.fields["city"].choices = [("", _("All cities")), *cities]
        self.fields["status"].choices = [("", _("Any status")), *statuses]
        self.fields["venue_type"].choices = [("", _("All venues")), *venue_types]


def pilot_rows(locale_id, request=None):
    """What the filters, the counts and the order need of every live pilot of a language:
    plain rows (id, title, status, venue type, host), each with its topic slugs, in two
    queries. Only the pilots of the page shown are read whole."""
    from .models import PilotPage

    rows = [
        SimpleNamespace(**row)
        for row in visible(PilotPage.objects.filter(locale_id=locale_id), request)
        .annotate(host_title=parent_field("title"), host_slug=parent_field("slug"))
        .order_by("-start_date", "title")
        .values("pk", "status", "venue_type", "host_title", "host_slug")
    ]
    topic_ids = {}
    if rows:
        for pilot_id, topic_id in PilotPage.topics.through.objects.filter(
            pilotpage_id__in=[row.pk for row in rows]
        ).values_list("pilotpage_id", "topic_id"):
            topic_ids.setdefault(pilot_id, []).append(topic_id)
    topics = topic_labels()
    for row in rows:
        row.topic_slugs = {topics[t]["slug"] for t in topic_ids.get(row.pk, []) if t in topics}
    return rows


def shown_pilots(rows, request):
    """The pilots of a page of rows: those whose card is kept as a shared fragment need
    only their id; the others are read whole, with their card pictures."""
    from .models import PilotPage

    def load(pks):
        loaded = {
            pilot.pk: pilot
            for pilot in PilotPage.objects.filter(pk__in=pks)
            .annotate(host_title=parent_field("title"))
            .defer("body", "challenge", "solution", "seo_title")
        }
        attach_card_images(loaded.values())
        return loaded

    return listed_items(request, "pilot-card", [row.pk for row in rows], load)


def _choices_in_order(values, choices):
    present = set(values)
    return [(value, label) for value, label in choices if value in present]


def pilots_context(index_page, request):
    from .models import PilotPage

    # The same for every visitor until something is published.
    pilots = cached_for_everyone(
        request,
        f"pilot-rows:{index_page.locale_id}",
        lambda: pilot_rows(index_page.locale_id, request),
    )
    topics = topic_labels()
    topic_names = {label["slug"]: label["name"] for label in topics.values()}
    form = PilotFilterForm(
        request.GET,
        topics=sorted(
            {(slug, topic_names[slug]) for p in pilots for slug in p.topic_slugs},
            key=lambda pair: pair[1].casefold(),
        ),
        cities=sorted(
            {(p.host_slug, p.host_title) for p in pilots if p.host_slug},
            key=lambda pair: pair[1].casefold(),
        ),
        statuses=_choices_in_order((p.status for p in pilots), PilotPage.Status.choices),
        venue_types=_choices_in_order((p.venue_type for p in pilots), PilotPage.VenueType.choices),
    )
    filters = form.active_filters()
    shown = [p for p in pilots if matches(p, filters)]
    page_obj = paginate(request, shown)
    page_obj.object_list = shown_pilots(page_obj.object_list, request)
    return {
        "filter_form": form,
        "is_filtered": bool(filters),
        "page_obj": page_obj,
        "pilots": page_obj.object_list,
        "pilot_count": len(shown),
    }


def matches(pilot, filters):
    if "topic" in filters and filters["topic"] not in pilot.topic_slugs:
        return False
    if "city" in filters and pilot.host_slug != filters["city"]:
        return False
    if "status" in filters and pilot.status != filters["status"]:
        return False
    if "venue_type" in filters and pilot.venue_type != filters["venue_type"]:
        return False
    return True


def attach_card_images(pilots):
    """card_image on each pilot (listing image, else hero image), renditions in bulk."""
    ids = {p.listing_image_id or p.hero_image_id for p in pilots} - {None}
    images = {}
    if ids:
        images = {
            image.pk: image
            for image in SiteImage.objects.filter(pk__in=ids).prefetch_renditions(*CARD_IMAGE_SPECS)
        }
    for pilot in pilots:
        pilot.card_image = images.get(pilot.listing_image_id or pilot.hero_image_id)
