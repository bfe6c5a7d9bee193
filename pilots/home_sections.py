"""The home page's pilots block (core.page_views.register_section)."""

from core.home_sections import index_summary
from core.page_views import register_section
from core.visibility import visible

from .models import PilotIndexPage, PilotPage


def pilots(page, request):
    return index_summary(
        "pilots",
        page,
        request,
        PilotIndexPage,
        lambda index: {
            "pilots": visible(PilotPage.objects.filter(locale_id=page.locale_id)).count()
        },
    )


def register():
    register_section("home.HomePage", "pilots/home/pilots.html", pilots, order=50)
