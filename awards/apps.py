from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    name = "awards"
    verbose_name = _("Awards")

    def ready(self):
        from . import embargo, home_sections, open_data, pilot_section, profile_section, search_type
        from .surfaces import register_surfaces

        register_surfaces()
        home_sections.register()
        profile_section.register()
        pilot_section.register()
        embargo.register()
        open_data.register()
        search_type.register()

        from core.page_views import register_context

        from .listing import category_context, index_context, winner_context

        register_context("awards.AwardsIndexPage", index_context)
        register_context("awards.AwardCategoryPage", category_context)
        register_context("awards.AwardWinnerPage", winner_context)
