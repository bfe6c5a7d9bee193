from urllib.parse import urlencode

from django.conf import settings
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation

from core.i18n import active_locale
from core.listing import paginate
from core.search_types import search_type as registered_type

from .engine import promoted_results, search_pages
from .forms import SearchForm
from .results import build_results
from .text import parse_terms

RESULTS_PER_PAGE = 10


def search(request):
    """One search across every kind of page, in the visitor's language.

    Malformed parameters never fail the page: invalid filters are reported on the form
    and ignored, ?page= falls back to the first or last page, and the query is reduced
    to plain words (see search.text)."""
    form = SearchForm(request.GET)
    filters = form.active_filters()
    query = filters.get("q", "")
    terms = parse_terms(query)
    search_type = registered_type(filters.get("type"))
    topic = filters.get("topic")
    year = filters.get("year")
    narrowed = search_type is not None or topic is not None or year is not None
    locale = active_locale()

    promotions = []
    results_page = None
    results = []
    if terms or narrowed:
        if terms and not narrowed:
            promotions = promoted_results(query, locale, request)
        found = search_pages(
            terms,
            locale,
            types=[search_type] if search_type else None,
            topic=topic,
            year=year,
            exclude_ids=[p["page"].pk for p in promotions if p["page"] is not None],
            request=request,
        )
        results_page = paginate(request, found, per_page=RESULTS_PER_PAGE)
        results = build_results(results_page.object_list, terms, request)
        if results_page.number > 1:
            # Shown above the first page of results only (and left out of every page).
            promotions = []
        for promotion in promotions:
            if promotion["page"] is not None:
                promotion["url"] = promotion["page"].get_url(request)

    return TemplateResponse(
        request,
        "search/search.html",
        {
            "form": form,
            "query": query,
            "terms": terms,
            "searched": bool(terms or narrowed),
            "narrowed": narrowed,
            "promotions": promotions,
            "results_page": results_page,
            "results": results,
            "english_results_url": english_results_url(query, locale),
        },
    )


def english_results_url(query, locale):
    """Where the same words are searched on the English site (offered when nothing matched
    in a language that is not fully translated yet)."""
    if not query or locale.language_code == settings.LANGUAGE_CODE:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        return f"{reverse('search:search')}?{urlencode({'q': query})}"
