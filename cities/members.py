"""The Members page: every live member of one language's tree, filtered, counted and mapped.

Members are few (dozens, not thousands), so the whole list is read in one query, their
topics in a second, and filters, counts, the map and the A–Z list are all worked out in
Python from that one set: the map and the list can never disagree, and the number of
queries does not depend on the number of members.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.listing import FilterForm
from core.visibility import visible

from . import worldmap
from .labels import region_labels, topic_labels


class MemberFilterForm(FilterForm):
    region = forms.ChoiceField(label=_("Region"))
    country = forms.ChoiceField(label=_("Country"))
    membership_type = forms.ChoiceField(label=_("Membership type"))
    topic = forms.ChoiceField(label=_("Topic"))

    def __init__(self, data, *, regions, countries, membership_types, topics):
        super().__init__(data)
        self.fields["region"].choices = [("", _("All regions")), *regions]
        self.fields["country"].choices = [("", _("All countries")), *countries]
        self.fields["membership_type"].choices = [("", _("All types")), *membership_types]
        self.fields["topic"].choices = [("", _("All topics")), *topics]


def _sorted_choices(pairs):
    return sorted(set(pairs), key=lambda pair: str(pair[1]).casefold())


def live_members(index_page, request=None):
    """The member pages under index_page (so in its language) that the request may see,
    with topic ids."""
    from .models import CityPage

    members = list(
        visible(
            CityPage.objects.filter(path__startswith=index_page.path, depth=index_page.depth + 1),
            request,
        ).defer("body", "intro", "search_description", "seo_title")
    )
    topic_ids = {}
    if members:
        for city_id, topic_id in CityPage.topics.through.objects.filter(
            citypage_id__in=[m.pk for m in members]
        ).values_list("citypage_id", "topic_id"):
            topic_ids.setdefault(city_id, []).append(topic_id)
    for member in members:
        member.topic_ids = topic_ids.get(member.pk, [])
    return members


def members_context(index_page, request):
    from .models import CityPage

    members = live_members(index_page, request)
    regions = region_labels()
    topics = topic_labels()
    types = dict(CityPage.MembershipType.choices)

    for member in members:
        member.region_label = regions.get(member.region_id)
        member.topic_slugs = {topics[t]["slug"] for t in member.topic_ids if t in topics}

    form = MemberFilterForm(
        request.GET,
        regions=_sorted_choices(
            (m.region_label["slug"], m.region_label["name"]) for m in members if m.region_label
        ),
        countries=_sorted_choices((m.country.code, m.country.name) for m in members if m.country),
        membership_types=_sorted_choices(
            (m.membership_type, types.get(m.membership_type, m.membership_type)) for m in members
        ),
        topics=_sorted_choices(
            (topics[t]["slug"], topics[t]["name"])
            for m in members
            for t in m.topic_ids
            if t in topics
        ),
    )
    filters = form.active_filters()
    shown = [m for m in members if matches(m, filters)]
    shown.sort(key=lambda m: (m.title.casefold(), m.pk))

    # Regions keep the same marker in every filtered view: number them over all members.
    region_orders = sorted({m.region_label["order"] for m in members if m.region_label})
    index_by_order = {order: index for index, order in enumerate(region_orders)}
    map_members = []
    for member in shown:
        label = member.region_label
        member.marker_shape, member.marker_colour = worldmap.style(
            index_by_order[label["order"]] if label else None
        )
        member.marker_path = worldmap.shape_path(member.marker_shape)
        map_members.append(
            {
                "name": member.title,
                "url": member.get_url(request),
                "place": member.country.name if member.country else "",
                "latitude": member.latitude,
                "longitude": member.longitude,
                "shape": member.marker_shape,
                "colour": member.marker_colour,
                "legend": (
                    (label["order"], label["name"]) if label else (10**9, _("Other members"))
                ),
            }
        )
    # A filtered list zooms the map to the members it shows.
    drawing = worldmap.draw(map_members, zoom=bool(filters))
    for inset in drawing.insets:
        inset["name"] = countries.name(inset["country"])
    return {
        "filter_form": form,
        "is_filtered": bool(filters),
        "members": shown,
        "member_count": len(shown),
        "country_count": len({m.country.code for m in shown if m.country}),
        "member_map": drawing,
    }


def matches(member, filters):
    region = filters.get("region")
    if region and (not member.region_label or member.region_label["slug"] != region):
        return False
    country = filters.get("country")
    if country and member.country.code != country:
        return False
    membership_type = filters.get("membership_type")
    if membership_type and member.membership_type != membership_type:
        return False
    topic = filters.get("topic")
    if topic and topic not in member.topic_slugs:
        return False
    return True
