"""The home page's awards block (core.page_views.register_section)."""

from core.home_sections import cached_for_language, first_visible
from core.page_views import register_section
from core.visibility import visible

from .models import AwardsIndexPage, AwardWinnerPage


def awards(page, request):
    def build():
        index = first_visible(AwardsIndexPage, page.locale_id)
        if index is None:
            return None
        winners = visible(AwardWinnerPage.objects.filter(locale_id=page.locale_id))
        years = winners.values_list("year", flat=True).order_by("year")
        return {
            "index_url": index.get_url(request),
            "title": index.title,
            "projects": winners.count(),
            "since": years.first(),
        }

    return cached_for_language("awards", page, build)


def register():
    register_section("home.HomePage", "awards/home/awards.html", awards, order=30)
