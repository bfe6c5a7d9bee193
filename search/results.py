"""What each search result shows, loaded for a whole page of results at once.

Results come back as plain Page rows of many types. Instead of Page.specific() (one
query per page type), the summary, picture and year of every result are read with one
UNION query over the concrete tables, the pictures and their renditions with two more,
and the indexed text for the highlighted excerpts with one: four queries in all,
whatever the number and mix of results.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, DateField, F, IntegerField, TextField, Value
from django.db.models.functions import Cast, Coalesce
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.search.models import IndexEntry

from core.fragments import read_fragments
from core.i18n import country_name, is_untranslated, untranslated_copies
from core.models import BasePage, SiteImage
from core.routing import address_of
from core.search_types import search_types

from .engine import index_text_fields, uses_database_backend
from .text import excerpt, highlight, term_pattern
from .types import type_for_content_type

# The renditions the results template asks for (keep in step with search.html).
THUMBNAIL_SPECS = ["fill-160x120|format-webp", "fill-320x240|format-webp"]


@dataclass
class Result:
    page: object
    url: str
    title_html: str
    snippet_html: str
    type_label: str
    date: object = None
    year_label: str = ""
    country_name: str = ""
    image_id: int | None = None
    image: object = None  # loaded only when its thumbnail is not a cached fragment
    untranslated: bool = False


def _details_queryset(model, ids):
    return _details_of(model).filter(pk__in=ids)


@cache
def _details_of(model):
    """The details query of a page type, without its pages: built once per process (its
    expressions cost more than the query), filtered to the page of results each time."""
    search_type = next((t for t in search_types() if t.model is model), None)
    fields = {f.name for f in model._meta.get_fields()}
    image = F("listing_image")
    if "hero_image" in fields:
        image = Coalesce("listing_image", "hero_image")
    year = Cast(Value(None), IntegerField())
    date = Cast(Value(None), DateField())
    country = Cast(Value(""), CharField())
    if search_type is not None:
        year = search_type.year_expression()
        date = search_type.date_expression() or date
        if search_type.country_field:
            country = Cast(F(search_type.country_field), CharField())
    return (
        model.objects.order_by()
        .annotate(
            r_id=F("pk"),
            r_summary=Cast(F("listing_summary"), TextField()),
            r_image=image,
            r_year=year,
            r_date=date,
            r_country=country,
        )
        .values_list("r_id", "r_summary", "r_image", "r_year", "r_date", "r_country")
    )


def load_details(pages):
    """{page id: (summary, image id, year, date, country)} in one query."""
    ids_by_model = defaultdict(list)
    for page in pages:
        model = ContentType.objects.get_for_id(page.content_type_id).model_class()
        if model is not None and issubclass(model, BasePage):
            ids_by_model[model].append(page.pk)
    querysets = [_details_queryset(model, ids) for model, ids in ids_by_model.items()]
    if not querysets:
        return {}
    combined = querysets[0]
    if len(querysets) > 1:
        combined = combined.union(*querysets[1:], all=True)
    return {row[0]: row[1:] for row in combined}


def load_images(image_ids):
    if not image_ids:
        return {}
    return {
        image.pk: image
        for image in SiteImage.objects.filter(pk__in=image_ids).prefetch_renditions(
            *THUMBNAIL_SPECS
        )
    }


def load_index_texts(pages):
    """{page id: plain indexed text} from the database backend's index, in one query."""
    if not pages or not uses_database_backend():
        return {}
    _title, body = index_text_fields()
    rows = IndexEntry.objects.filter(
        content_type_id__in={page.content_type_id for page in pages},
        object_id__in=[str(page.pk) for page in pages],
    ).values_list("object_id", body)
    return {int(object_id): text or "" for object_id, text in rows}


def year_label(search_type, year):
    if year is None:
        return ""
    if search_type is not None and search_type.key == "city":
        return _("Member since %(year)s") % {"year": year}
    if search_type is not None and search_type.key == "winner":
        return _("Awards %(year)s") % {"year": year}
    return str(year)


def build_results(pages, terms, request):
    pages = list(pages)
    details = load_details(pages)
    # The thumbnails are shared fragments (search.html): read in one cache request, and
    # only the pictures whose thumbnail is not cached yet are loaded.
    image_ids = {row[1] for row in details.values() if row[1]}
    images = load_images(read_fragments(request, "search-thumbnail", image_ids))
    texts = load_index_texts(pages) if terms else {}
    pattern = term_pattern(terms)
    results = []
    copies = untranslated_copies()
    for page in pages:
        summary, image_id, year, date, country = details.get(page.pk, ("", None, None, None, ""))
        summary = summary or page.search_description or ""
        snippet_html = ""
        if pattern is not None and summary and pattern.search(summary):
            snippet_html = highlight(summary, terms, pattern)
        elif pattern is not None and texts.get(page.pk):
            found = excerpt(texts[page.pk], terms, pattern=pattern)
            snippet_html = highlight(found, terms, pattern) if found else ""
        if not snippet_html:
            snippet_html = highlight(summary, terms, pattern)
        search_type = type_for_content_type(page.content_type_id)
        if search_type is not None:
            type_label = search_type.label
        else:
            model = ContentType.objects.get_for_id(page.content_type_id).model_class()
            type_label = capfirst(model._meta.verbose_name) if model else ""
        results.append(
            Result(
                page=page,
                url=address_of(page.url_path, request),
                title_html=highlight(page.title, terms, pattern),
                snippet_html=snippet_html,
                type_label=type_label,
                date=date,
                year_label=year_label(search_type, year) if date is None else "",
                country_name=country_name(country),
                image_id=image_id,
                image=images.get(image_id),
                untranslated=is_untranslated(page, copies),
            )
        )
    return results
