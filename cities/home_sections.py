"""The home page's members block (core.page_views.register_section)."""

from core.home_sections import index_summary
from core.page_views import register_section
from core.visibility import visible

from .models import CityIndexPage, CityPage


def members(page, request):
    return index_summary(
        "members",
        page,
        request,
        CityIndexPage,
        lambda index: {"members": visible(CityPage.objects.child_of(index)).count()},
    )


def register():
    register_section("home.HomePage", "cities/home/members.html", members, order=40)
