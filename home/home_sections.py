"""The home page's call to join (core.page_views.register_section)."""

from core.home_sections import cached_for_language, first_visible
from core.page_views import register_section

from .models import FormPage


def join(page, request):
    def build():
        form_page = first_visible(FormPage, page.locale_id)
        if form_page is None:
            return None
        return {"url": form_page.get_url(request), "title": form_page.title}

    return cached_for_language("join", page, build)


def register():
    register_section("home.HomePage", "home/home/join.html", join, order=90)
