"""The home page's pilots block (core.page_views.register_section)."""

from core.home_sections import cached_for_language, first_visible
from core.page_views import register_section
from core.visibility import visible

from .models import PilotIndexPage, PilotPage


def pilots(page, request):
    def build():
        index = first_visible(PilotIndexPage, page.locale_id)
        if index is None:
            return None
        return {
            "index_url": index.get_url(request),
            "title": index.title,
            "pilots": visible(PilotPage.objects.filter(locale_id=page.locale_id)).count(),
        }

    return cached_for_language("pilots", page, build)


def register():
    register_section("home.HomePage", "pilots/home/pilots.html", pilots, order=50)
