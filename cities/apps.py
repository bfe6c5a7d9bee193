from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitiesConfig(AppConfig):
    name = "cities"
    verbose_name = _("Member cities")

    def ready(self):
        from . import home_sections
        from .surfaces import register_surfaces

        register_surfaces()
        home_sections.register()

        from core.page_views import register_context

        from .members import members_context
        from .profile import profile_context

        register_context("cities.CityIndexPage", members_context)
        register_context("cities.CityPage", profile_context)
        from django.db.models.signals import post_delete, post_save

        from core.caching import bump_tree_generation

        # Topic and region names are cached per language (cities.labels): editing or
        # translating one must refresh the pages that show it.
        for label in ("core.Topic", "core.Region", "core.Partner"):
            model = self.apps.get_model(label)
            uid = f"gosmart-taxonomy-{label}"
            post_save.connect(bump_tree_generation, sender=model, dispatch_uid=f"{uid}-save")
            post_delete.connect(bump_tree_generation, sender=model, dispatch_uid=f"{uid}-delete")
