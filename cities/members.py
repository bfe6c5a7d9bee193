"""The Members page: the live members of one language's tree, filtered, counted, listed
A–Z a page at a time, and mapped.

What a request reads does not grow with the membership: one small row per member (two
queries) gives the filter choices, the filters, the A–Z order and the counts, and is worked
out once per publish (per language and per filters), kept as choices and as the members' ids
in order; a request then reads whole only the members of the page shown, lists them and
draws them on the map. The map and the list always show the same members.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.fragments import read_fragments
from core.i18n import country_name
from core.labels import region_labels, topic_labels
from core.listing import FilterForm, digest, ids_in_order, paginate
from core.routing import address_of
from core.visibility import cached_for_everyone, visible

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


def member_rows(members):
    """(rows, topics): one row per member (pk, title, country, region_id, membership_type)
    and each member's topic ids, in two queries. Choices, filters, the A–Z order and the
    counts all come from these, so the visibility rule is applied twice, not once each."""
    from .models import CityPage

    rows = list(
        members.values_list("pk", "title", "country", "region_id", "membership_type", named=True)
    )
    topics = defaultdict(set)
    links = CityPage.topics.through.objects.filter(citypage__in=members.values("pk"))
    for member, topic in links.values_list("citypage_id", "topic_id"):
        topics[member].add(topic)
    return rows, topics


def filter_choices(rows, topics_of):
    """What the filter form offers: only the regions, countries, types and topics that the
    members have, each sorted by name; and the display order of the regions present."""
    from .models import CityPage

    regions = region_labels()
    topics = topic_labels()
    types = dict(CityPage.MembershipType.choices)
    present = {(row.region_id, row.country, row.membership_type) for row in rows}
    topic_ids = set().union(*topics_of.values())
    choices = {
        "regions": _sorted_choices(
            (regions[region]["slug"], regions[region]["name"])
            for region, _country, _type in present
            if region in regions
        ),
        "countries": _sorted_choices(
            (code, country_name(code)) for _region, code, _type in present if code
        ),
        "membership_types": _sorted_choices(
            (kind, str(types.get(kind, kind))) for _region, _code, kind in present
        ),
        "topics": _sorted_choices(
            (topics[topic]["slug"], topics[topic]["name"]) for topic in topic_ids if topic in topics
        ),
    }
    region_orders = sorted({regions[r]["order"] for r, _c, _t in present if r in regions})
    return choices, region_orders


def _with_slug(labels, slug):
    """The pks of a taxonomy's objects (in any language) whose slug is slug."""
    return {pk for pk, label in labels.items() if label["slug"] == slug}


def matching_rows(rows, topics_of, filters):
    """The rows of the members that every active filter accepts."""
    tests = []
    if "region" in filters:
        regions = _with_slug(region_labels(), filters["region"])
        tests.append(lambda row: row.region_id in regions)
    if "country" in filters:
        tests.append(lambda row: row.country == filters["country"])
    if "membership_type" in filters:
        tests.append(lambda row: row.membership_type == filters["membership_type"])
    if "topic" in filters:
        topics = _with_slug(topic_labels(), filters["topic"])
        tests.append(lambda row: not topics.isdisjoint(topics_of[row.pk]))
    return [row for row in rows if all(test(row) for test in tests)]


@dataclass
class ListedMember:
    """A member as the listing and the map show it."""

    pk: int
    title: str
    url_path: str
    country: str
    region_id: int | None
    membership_type: str
    latitude: Decimal | None
    longitude: Decimal | None
    alias_of_id: int | None
    locale_id: int


def members_context(index_page, request):
    from .models import CityPage

    language = translation.get_language()

    # What follows reads one row per member: done once per publish (and language, and
    # filters), so that a request reads only the members of its page, whatever the size.
    def rows():
        return cached_for_everyone(
            request,
            f"member-rows:{index_page.pk}",
            lambda: member_rows(live_members(index_page, request)),
        )

    choices, region_orders = cached_for_everyone(
        request, f"member-choices:{index_page.pk}:{language}", lambda: filter_choices(*rows())
    )
    form = MemberFilterForm(request.GET, **choices)
    filters = form.active_filters()

    def in_order():
        # A–Z on the names alone (as Python compares them, the same on every database).
        matching = matching_rows(*rows(), filters)
        names = sorted(matching, key=lambda row: (row.title.casefold(), row.pk))
        return [row.pk for row in names], len({row.country for row in names if row.country})

    ordered, country_count = ids_in_order(request, f"members:{index_page.pk}", filters, in_order)
    page = paginate(request, ordered, per_page=MEMBERS_PER_PAGE)
    # What an entry and its marker show, as plain values: a member page object each (a
    # Wagtail page is costly to build) would be most of the listing's work.
    shown = {
        fields["pk"]: ListedMember(**fields)
        for fields in CityPage.objects.filter(pk__in=list(page)).values(
            *ListedMember.__dataclass_fields__
        )
    }
    shown = [shown[pk] for pk in page if pk in shown]
    membership_types = dict(CityPage.MembershipType.choices)
    read_fragments(request, "member-item", [member.pk for member in shown])  # in one request

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
        member.country_name = country_name(member.country)
        member.membership_type_label = membership_types.get(member.membership_type, "")
        member.href = address_of(member.url_path, request)
        map_members.append(
            {
                "name": member.title,
                "url": member.href,
                "place": member.country_name,
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
        inset["name"] = country_name(inset["country"])
    return {
        "filter_form": form,
        "is_filtered": bool(filters),
        "members": shown,
        "page_obj": page,
        "member_count": len(ordered),
        "country_count": country_count,
        "member_map": drawing,
        # What the map shows depends on the filters and the page only: the map is a shared
        # fragment keyed by them (valid filters only, so made-up parameters add no entries).
        "map_key": f"{digest(filters)}#{page.number}",
    }
