from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PilotsConfig(AppConfig):
    name = "pilots"
    verbose_name = _("Pilot case studies")

    def ready(self):
        from . import home_sections, open_data, profile_section, search_type
        from .surfaces import register_surfaces

        register_surfaces()
        home_sections.register()
        profile_section.register()
        open_data.register()
        search_type.register()

        from core.page_views import register_context

        from .case_study import case_study_context
        from .listing import pilots_context

        register_context("pilots.PilotIndexPage", pilots_context)
        register_context("pilots.PilotPage", case_study_context)
