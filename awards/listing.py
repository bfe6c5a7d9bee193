"""What the award pages show, fetched in a fixed number of queries.

Relations of award pages (city, organisation, edition, pilot) point at the English source
objects in every language. Instead of loading those objects and then their translations, the
queries below read the translated values in the same SQL statement (`translated()`), so a page
costs the same number of queries whether it lists three projects or three hundred.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from django import forms
from django.conf import settings
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce, Substr
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.caching import cached_for_tree
from core.fragments import listed_items
from core.i18n import active_locale, country_name, localize
from core.listing import FilterForm, ids_in_order, paginate
from core.models import Partner, Region, SiteRendition
from core.routing import address_of
from core.visibility import cached_for_everyone, versions_in, visible

from .embargo import announcements_by_year
from .models import AwardCategoryPage, AwardEdition, AwardWinnerPage

Placement = AwardWinnerPage.Placement

# The renditions the winner page's hero picture uses (see award_winner_page.html).
HERO_RENDITIONS = ["fill-640x360|format-webp", "fill-960x540|format-webp"]
OTHER_PROJECTS_SHOWN = 6


def translated(relation, model, field_name):
    """The related object's `field_name`, read from its translation in the visitor's language
    and falling back to the related (source) object when it has no such translation."""
    translations = model.objects.filter(
        translation_key=OuterRef(f"{relation}__translation_key"),
        locale_id=active_locale().pk,
    )
    if issubclass(model, Page):
        # Pages exist in every language; a related page visitors may not see gives nothing,
        # never its title or address.
        return Subquery(visible(translations).values(field_name)[:1])
    return Coalesce(Subquery(translations.values(field_name)[:1]), F(f"{relation}__{field_name}"))


def page_url(url_path, request):
    """The address of the page at url_path (in whichever language tree it lives)."""
    if not url_path:
        return ""
    return address_of(url_path, request)


placement_rank = Case(
    *[When(placement=value, then=Value(rank)) for rank, value in enumerate(Placement.values)],
    default=Value(len(Placement.values)),
    output_field=IntegerField(),
)


def with_card_facts(winners):
    """Annotate winners with what a card or list entry shows besides the page itself."""
    return winners.annotate(
        placement_rank=placement_rank,
        city_name=translated("city", Page, "title"),
        city_country=F("city__country"),
        organisation_name=translated("organisation", Partner, "name"),
        organisation_kind=F("organisation__kind"),
    ).defer("body")


def describe(winner, request=None):
    """Display values derived from the annotations, for the templates."""
    if request is not None:
        winner.href = address_of(winner.url_path, request)
    winner.country_name = country_name(winner.city_country)
    winner.organisation_kind_label = (
        Partner.Kind(winner.organisation_kind).label if winner.organisation_kind else ""
    )
    return winner


# --- Award editions -----------------------------------------------------------------------


@dataclass
class EditionSummary:
    year: int
    theme: str
    description: str
    call_opens: date
    call_closes: date
    entry_url: str
    ceremony_title: str = ""
    ceremony_url: str = ""
    ceremony_start: datetime | None = None
    jury: list = field(default_factory=list)
    locale_id: int | None = None  # English when the visitor's language has no translation

    def call_is_open(self, today):
        return self.call_opens <= today <= self.call_closes

    def call_is_upcoming(self, today):
        return today < self.call_opens


def _edition_rows(locale):
    """One row per edition version (the visitor's language and English) and jury member."""
    return list(
        AwardEdition.objects.filter(
            Q(locale_id=locale.pk) | Q(locale__language_code=settings.LANGUAGE_CODE)
        )
        .order_by("-year", "jury__sort_order")
        .values(
            "translation_key",
            "locale_id",
            "year",
            "theme",
            "description",
            "call_opens",
            "call_closes",
            "entry_url",
            "jury__name",
            "jury__role",
            ceremony_title=translated("ceremony", Page, "title"),
            ceremony_url_path=translated("ceremony", Page, "url_path"),
            ceremony_start=F("ceremony__start"),
        )
    )


def editions_in_language(request):
    """Every edition, newest first, in the visitor's language where translated, with its jury
    and its ceremony: one query (the jury is joined, one row per member)."""
    locale = active_locale()
    # The same for every visitor of a language: read once until the tree changes (an
    # edition's save and its ceremony's publication both turn the tree generation).
    rows = cached_for_tree(f"awards:editions:{locale.pk}", lambda: _edition_rows(locale))
    versions = {}
    for row in rows:
        version = versions.setdefault(row["translation_key"], {}).setdefault(
            row["locale_id"],
            EditionSummary(
                year=row["year"],
                theme=row["theme"],
                description=row["description"],
                call_opens=row["call_opens"],
                call_closes=row["call_closes"],
                entry_url=row["entry_url"],
                ceremony_title=row["ceremony_title"] or "",
                ceremony_url=page_url(row["ceremony_url_path"], request),
                ceremony_start=row["ceremony_start"],
                locale_id=row["locale_id"],
            ),
        )
        if row["jury__name"]:
            version.jury.append({"name": row["jury__name"], "role": row["jury__role"]})
    editions = []
    for by_locale in versions.values():
        editions.append(by_locale.get(locale.pk) or next(iter(by_locale.values())))
    editions.sort(key=lambda edition: edition.year, reverse=True)
    return editions


def featured_edition(editions, today):
    """The edition whose call for entries is open today, else the next one to open, else
    the latest."""
    open_now = [edition for edition in editions if edition.call_is_open(today)]
    if open_now:
        return open_now[0]
    upcoming = [edition for edition in editions if edition.call_is_upcoming(today)]
    if upcoming:
        return upcoming[-1]
    return editions[0] if editions else None


# --- The awards index ---------------------------------------------------------------------


class AwardFilterForm(FilterForm):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, empty_value=None)
    category = forms.ChoiceField(label=_("Category"))
    placement = forms.ChoiceField(label=_("Placement"))
    region = forms.ChoiceField(label=_("Region"))
    country = forms.ChoiceField(label=_("Country"))

    def __init__(self, data, *, years, categories, regions, country_codes):
        super().__init__(data)
        self.fields["year"].choices = [("", _("All years"))] + [(year, year) for year in years]
        self.fields["category"].choices = [("", _("All categories"))] + [
            (category.slug, category.title) for category in categories
        ]
        self.fields["placement"].choices = [("", _("All placements"))] + Placement.choices
        self.fields["region"].choices = [("", _("All regions"))] + sorted(
            regions.items(), key=lambda item: str(item[1]).casefold()
        )
        self.fields["country"].choices = [("", _("All countries"))] + sorted(
            ((code, country_name(code)) for code in country_codes),
            key=lambda item: str(item[1]).casefold(),
        )


class Facets:
    """How many projects there are per year, category, placement, city, region and country.

    One grouped query gives the filter choices, the headline counts, the number of projects
    per category and the number of results for any combination of filters, without a
    COUNT(*) per question.
    """

    def __init__(self, winners, index, request):
        self.category_path_length = len(index.path) + index.steplen
        # The same for every visitor of a language until the tree changes.
        key = f"awards:facets:{index.pk}:{active_locale().pk}"
        self.rows = cached_for_everyone(request, key, lambda: self.count_rows(winners))

    def count_rows(self, winners):
        return list(
            winners.order_by()
            .values(
                "year",
                "placement",
                "city_id",
                category_path=Substr("path", 1, self.category_path_length),
                country=F("city__country"),
                region=F("city__region__slug"),
                region_name=translated("city__region", Region, "name"),
            )
            .annotate(entries=Count("pk"))
        )

    @property
    def total(self):
        return sum(row["entries"] for row in self.rows)

    @property
    def years(self):
        return sorted({row["year"] for row in self.rows}, reverse=True)

    @property
    def first_year(self):
        return min((row["year"] for row in self.rows), default=None)

    @property
    def cities(self):
        return len({row["city_id"] for row in self.rows if row["city_id"]})

    @property
    def country_codes(self):
        return {row["country"] for row in self.rows if row["country"]}

    @property
    def regions(self):
        return {row["region"]: row["region_name"] for row in self.rows if row["region"]}

    def per_category(self):
        counts = {}
        for row in self.rows:
            counts[row["category_path"]] = counts.get(row["category_path"], 0) + row["entries"]
        return counts


def filter_winners(winners, filters, categories):
    if "year" in filters:
        winners = winners.filter(year=filters["year"])
    if "category" in filters:
        category = categories[filters["category"]]
        winners = winners.filter(path__startswith=category.path)
    if "placement" in filters:
        winners = winners.filter(placement=filters["placement"])
    if "region" in filters:
        winners = winners.filter(city__region__slug=filters["region"])
    if "country" in filters:
        winners = winners.filter(city__country=filters["country"])
    return winners


def index_context(index, request):
    # The same for every visitor until something is published.
    categories = cached_for_everyone(
        request,
        f"award-categories:{index.pk}",
        lambda: list(
            visible(AwardCategoryPage.objects.child_of(index), request)
            .defer("body", "eligibility")
            .order_by("path")
        ),
    )
    categories_by_slug = {category.slug: category for category in categories}
    categories_by_path = {category.path: category for category in categories}

    winners = visible(
        AwardWinnerPage.objects.filter(path__startswith=index.path, depth=index.depth + 2),
        request,
    )
    facets = Facets(winners, index, request)
    form = AwardFilterForm(
        request.GET,
        years=facets.years,
        categories=categories,
        regions=facets.regions,
        country_codes=facets.country_codes,
    )
    filters = form.active_filters()
    # The page's winners by id first: a card kept as a shared fragment needs nothing more,
    # and only the others are read whole.
    results = (
        filter_winners(winners, filters, categories_by_slug)
        .annotate(placement_rank=placement_rank)
        .order_by("-year", "placement_rank", "title")
        .values_list("pk", flat=True)
    )
    # Their order, as ids, once per tree generation and filters: it reads every entry.
    page_obj = paginate(
        request, ids_in_order(request, f"awards:{index.pk}", filters, lambda: list(results))
    )

    def load(pks):
        loaded = {}
        for winner in with_card_facts(AwardWinnerPage.objects.filter(pk__in=pks)):
            loaded[winner.pk] = describe(winner, request)
            winner.category = categories_by_path.get(winner.path[: facets.category_path_length])
        return loaded

    page_obj.object_list = listed_items(request, "winner-card", page_obj.object_list, load)

    per_category = facets.per_category()
    for category in categories:
        category.href = address_of(category.url_path, request)
        category.entries = per_category.get(category.path, 0)

    today = timezone.localdate()
    editions = editions_in_language(request)
    edition = featured_edition(editions, today)
    return {
        "form": form,
        "filtered": bool(filters),
        "page_obj": page_obj,
        "categories": categories,
        "facets": facets,
        "edition": edition,
        "call_is_open": bool(edition and edition.call_is_open(today)),
        "call_is_upcoming": bool(edition and edition.call_is_upcoming(today)),
        "edition_has_entries": bool(edition and edition.year in facets.years),
        "past_editions": [item for item in editions if item is not edition],
    }


# --- A category ---------------------------------------------------------------------------


# Entries of a category a page, newest year first (a category gathers entries year after
# year: the page costs the same however many there are).
ENTRIES_PER_PAGE = 40


def category_context(category, request):
    # The page's entries by id, year and theme first: an entry kept as a shared fragment
    # needs nothing more, and only the others are read whole.
    rows = (
        visible(AwardWinnerPage.objects.child_of(category), request)
        .annotate(
            placement_rank=placement_rank,
            edition_theme=translated("edition", AwardEdition, "theme"),
        )
        .order_by("-year", "placement_rank", "title", "pk")
        .values_list("pk", "year", "edition_theme")
    )
    page = paginate(request, rows, per_page=ENTRIES_PER_PAGE)
    entries = listed_items(
        request,
        "category-entry",
        [pk for pk, _year, _theme in page],
        lambda pks: {
            winner.pk: describe(winner, request)
            for winner in with_card_facts(AwardWinnerPage.objects.filter(pk__in=pks))
        },
    )
    pending = announcements_by_year()
    by_year = []
    for (_pk, year, theme), entry in zip(page.object_list, entries, strict=True):
        if not by_year or by_year[-1]["year"] != year:
            by_year.append(
                {
                    "year": year,
                    "theme": theme,
                    "winners": [],
                    # Winners of this year are still under embargo: finalists only, for now.
                    "announced_at": pending.get(year),
                }
            )
        by_year[-1]["winners"].append(entry)
    # A year whose entries are all winners still says when its results come (on the first
    # page, which such a recent year leads).
    shown = {group["year"] for group in by_year}
    by_year += [
        {"year": year, "theme": "", "winners": [], "announced_at": moment}
        for year, moment in pending.items()
        if year not in shown and page.number == 1
    ]
    by_year.sort(key=lambda group: group["year"], reverse=True)
    return {
        "criteria": list(category.criteria.all()),
        "winners_by_year": by_year,
        "page_obj": page,
    }


# --- A winner -----------------------------------------------------------------------------


def preview_facts(winner):
    """The same facts as stored_facts(), read from the unsaved page an editor previews."""
    if winner.edition_id:
        winner.year = winner.edition.year  # set on save, so a new page has none yet
    edition, city, pilot, organisation = (
        localize([related]).get(related.pk) if related is not None else None
        for related in (winner.edition, winner.city, winner.pilot, winner.organisation)
    )
    parent = winner.get_parent()
    winner.edition_theme = edition.theme if edition else ""
    winner.category_title = parent.title if parent else ""
    winner.category_url_path = parent.url_path if parent else ""
    winner.city_name = city.title if city else ""
    winner.city_url_path = city.url_path if city else ""
    winner.city_country = city.country.code if city else ""
    winner.pilot_title = pilot.title if pilot else ""
    winner.pilot_url_path = pilot.url_path if pilot else ""
    winner.organisation_name = organisation.name if organisation else ""
    winner.organisation_description = organisation.description if organisation else ""
    winner.organisation_kind = organisation.kind if organisation else ""
    winner.organisation_website = organisation.website if organisation else ""
    return winner


def stored_facts(winner):
    """Everything the winner page shows about its relations, in the visitor's language, and
    its picture: two queries (the winner with its edition, category and organisation; its
    city and pilot in the visitor's language, where visitors may see them), plus one for
    the picture's renditions."""
    parent_path = winner.path[: -winner.steplen]
    facts = (
        AwardWinnerPage.objects.filter(pk=winner.pk)
        .select_related("hero_image", "city", "pilot")
        .only(
            "pk", "hero_image", "city__translation_key", "city__country", "pilot__translation_key"
        )
        .annotate(
            edition_theme=translated("edition", AwardEdition, "theme"),
            category_title=Subquery(Page.objects.filter(path=parent_path).values("title")[:1]),
            category_url_path=Subquery(
                Page.objects.filter(path=parent_path).values("url_path")[:1]
            ),
            organisation_name=translated("organisation", Partner, "name"),
            organisation_description=translated("organisation", Partner, "description"),
            organisation_kind=F("organisation__kind"),
            organisation_website=F("organisation__website"),
        )
        .get()
    )
    # The city and the pilot point at their English pages: their versions in the visitor's
    # language are read together, and one visitors may not see gives nothing.
    keys = [page.translation_key for page in (facts.city, facts.pilot) if page is not None]
    shown = {}
    if keys:
        shown = {
            page.translation_key: page
            for page in versions_in(Page, active_locale(), keys).only(
                "translation_key", "title", "url_path"
            )
        }
    city = shown.get(facts.city.translation_key) if facts.city is not None else None
    pilot = shown.get(facts.pilot.translation_key) if facts.pilot is not None else None
    facts.city_name = city.title if city else None
    facts.city_url_path = city.url_path if city else None
    facts.city_country = facts.city.country.code if facts.city is not None else ""
    facts.pilot_title = pilot.title if pilot else None
    facts.pilot_url_path = pilot.url_path if pilot else None
    if facts.hero_image is not None:
        prefetch_related_objects(
            [facts.hero_image],
            Prefetch(
                "renditions",
                queryset=SiteRendition.objects.filter(filter_spec__in=HERO_RENDITIONS),
                to_attr="prefetched_renditions",
            ),
        )
    return facts


def winner_context(winner, request):
    if getattr(request, "is_preview", False) or winner.pk is None:
        facts = preview_facts(winner)
    else:
        facts = stored_facts(winner)
    describe(facts)

    return {
        "facts": facts,
        "hero_image": facts.hero_image,
        "category_url": page_url(facts.category_url_path, request),
        "city_url": page_url(facts.city_url_path, request),
        "pilot_url": page_url(facts.pilot_url_path, request),
        # Read when the template renders them: not at all from the shared fragment.
        "other_projects": SimpleLazyObject(lambda: other_projects(winner, request)),
    }


def other_projects(winner, request):
    """The city's other recognised projects, newest first."""
    if not winner.city_id:
        return []
    return [
        describe(other, request)
        for other in with_card_facts(
            visible(
                AwardWinnerPage.objects.filter(locale_id=winner.locale_id, city_id=winner.city_id),
                request,
            )
        )
        .exclude(pk=winner.pk)
        .order_by("-year", "placement_rank", "title")[:OTHER_PROJECTS_SHOWN]
    ]
