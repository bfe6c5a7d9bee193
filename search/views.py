from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from .forms import SearchForm

RESULTS_PER_PAGE = 10


def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    results_page = None
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=2)
            .specific()
            .search(query)
        )
        paginator = Paginator(results, RESULTS_PER_PAGE)
        results_page = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {"form": form, "query": query, "results": results_page},
    )
