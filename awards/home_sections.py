"""The home page's awards block (core.page_views.register_section)."""

from core.home_sections import index_summary
from core.page_views import register_section
from core.visibility import visible

from .models import AwardsIndexPage, AwardWinnerPage


def facts(page):
    winners = visible(AwardWinnerPage.objects.filter(locale_id=page.locale_id))
    return {
        "projects": winners.count(),
        "since": winners.values_list("year", flat=True).order_by("year").first(),
    }


def awards(page, request):
    return index_summary("awards", page, request, AwardsIndexPage, lambda index: facts(page))


def register():
    register_section("home.HomePage", "awards/home/awards.html", awards, order=30)
