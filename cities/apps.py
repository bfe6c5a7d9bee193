from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitiesConfig(AppConfig):
    name = "cities"
    verbose_name = _("Member cities")

    def ready(self):
        from . import home_sections, open_data, search_type
        from .surfaces import register_surfaces

        register_surfaces()
        home_sections.register()
        open_data.register()
        search_type.register()

        from core.page_views import register_context

        from .members import members_context
        from .profile import profile_context

        register_context("cities.CityIndexPage", members_context)
        register_context("cities.CityPage", profile_context)
