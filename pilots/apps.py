from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PilotsConfig(AppConfig):
    name = "pilots"
    verbose_name = _("Pilot case studies")

    def ready(self):
        from . import home_sections, profile_section
        from .surfaces import register_surfaces

        register_surfaces()
        home_sections.register()
        profile_section.register()

        from core.page_views import register_context

        from .case_study import case_study_context
        from .listing import pilots_context

        register_context("pilots.PilotIndexPage", pilots_context)
        register_context("pilots.PilotPage", case_study_context)
