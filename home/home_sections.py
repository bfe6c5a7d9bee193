"""The home page's call to join (core.page_views.register_section)."""

from core.home_sections import index_summary
from core.page_views import register_section

from .models import FormPage


def join(page, request):
    return index_summary("join", page, request, FormPage, lambda form_page: {})


def register():
    register_section("home.HomePage", "home/home/join.html", join, order=90)
