"""The Members page: the live members of one language's tree, filtered, counted, listed
A–Z a page at a time, and mapped.

What a request reads does not grow with the membership: the filter choices come from the
distinct values present (two small queries), the filters apply in the database, the A–Z
order is worked out on names only, and only the members of the page shown are read whole,
listed and drawn on the map. The map and the list always show the same members.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.labels import region_labels, topic_labels
from core.listing import FilterForm, paginate
from core.visibility import visible

from . import worldmap


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


MEMBERS_PER_PAGE = 40


def live_members(index_page, request=None):
    """The member pages under index_page (so in its language) that the request may see."""
    from .models import CityPage

    return visible(
        CityPage.objects.filter(path__startswith=index_page.path, depth=index_page.depth + 1),
        request,
    )


def filter_form(members, data):
    """The filter form, offering only the regions, countries, types and topics that the
    members have: two queries, whatever their number."""
    from .models import CityPage

    regions = region_labels()
    topics = topic_labels()
    types = dict(CityPage.MembershipType.choices)
    present = list(members.values_list("region_id", "country", "membership_type").distinct())
    topic_ids = set(
        CityPage.topics.through.objects.filter(citypage__in=members.values("pk")).values_list(
            "topic_id", flat=True
        )
    )
    form = MemberFilterForm(
        data,
        regions=_sorted_choices(
            (regions[region]["slug"], regions[region]["name"])
            for region, _country, _type in present
            if region in regions
        ),
        countries=_sorted_choices(
            (code, countries.name(code)) for _region, code, _type in present if code
        ),
        membership_types=_sorted_choices(
            (kind, types.get(kind, kind)) for _region, _code, kind in present
        ),
        topics=_sorted_choices(
            (topics[topic]["slug"], topics[topic]["name"]) for topic in topic_ids if topic in topics
        ),
    )
    region_orders = sorted({regions[r]["order"] for r, _c, _t in present if r in regions})
    return form, region_orders


def _with_slug(labels, slug):
    """The pks of a taxonomy's objects (in any language) whose slug is slug."""
    return [pk for pk, label in labels.items() if label["slug"] == slug]


def apply_filters(members, filters):
    if "region" in filters:
        members = members.filter(region_id__in=_with_slug(region_labels(), filters["region"]))
    if "country" in filters:
        members = members.filter(country=filters["country"])
    if "membership_type" in filters:
        members = members.filter(membership_type=filters["membership_type"])
    if "topic" in filters:
        topics = _with_slug(topic_labels(), filters["topic"])
        members = members.filter(
            pk__in=members.model.topics.through.objects.filter(topic_id__in=topics).values(
                "citypage_id"
            )
        )
    return members


def members_context(index_page, request):
    members = live_members(index_page, request)
    form, region_orders = filter_form(members, request.GET)
    filters = form.active_filters()
    matching = apply_filters(members, filters)

    # A–Z on the names alone (as Python compares them, the same on every database), then
    # the page's members read whole.
    names = sorted(
        matching.values_list("title", "pk", "country"), key=lambda row: (row[0].casefold(), row[1])
    )
    page = paginate(request, names, per_page=MEMBERS_PER_PAGE)
    shown = {
        member.pk: member
        for member in matching.filter(pk__in=[pk for _title, pk, _code in page]).defer(
            "body", "intro", "search_description", "seo_title"
        )
    }
    shown = [shown[pk] for _title, pk, _code in page if pk in shown]

    # Regions keep the same marker in every filtered view and page: numbered over all.
    regions = region_labels()
    index_by_order = {order: index for index, order in enumerate(region_orders)}
    map_members = []
    for member in shown:
        label = member.region_label = regions.get(member.region_id)
        member.marker_shape, member.marker_colour = worldmap.style(
            index_by_order.get(label["order"]) if label else None
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
        "page_obj": page,
        "member_count": len(names),
        "country_count": len({code for _title, _pk, code in names if code}),
        "member_map": drawing,
    }
