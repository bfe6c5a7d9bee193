"""The home page's members block (core.page_views.register_section)."""

from core.home_sections import cached_for_language, first_visible
from core.page_views import register_section
from core.visibility import visible

from .models import CityIndexPage, CityPage


def members(page, request):
    def build():
        index = first_visible(CityIndexPage, page.locale_id)
        if index is None:
            return None
        return {
            "index_url": index.get_url(request),
            "title": index.title,
            "members": visible(CityPage.objects.child_of(index)).count(),
        }

    return cached_for_language("members", page, build)


def register():
    register_section("home.HomePage", "cities/home/members.html", members, order=40)
