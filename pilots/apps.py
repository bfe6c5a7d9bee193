from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PilotsConfig(AppConfig):
    name = "pilots"
    verbose_name = _("Pilot case studies")

    def ready(self):
        from . import home_sections
        from .surfaces import register_surfaces

        register_surfaces()
        home_sections.register()

        from core.page_views import register_context

        from .case_study import case_study_context
        from .listing import pilots_context

        register_context("pilots.PilotIndexPage", pilots_context)
        register_context("pilots.PilotPage", case_study_context)
        from django.db.models.signals import post_delete, post_save

        from core.caching import bump_tree_generation

        # Topic and partner names are cached per language (pilots.labels): editing or
        # translating one must refresh the pages that show it. The dispatch ids are shared
        # with the cities app, so each signal is connected once.
        for label in ("core.Topic", "core.Region", "core.Partner"):
            model = self.apps.get_model(label)
            uid = f"gosmart-taxonomy-{label}"
            post_save.connect(bump_tree_generation, sender=model, dispatch_uid=f"{uid}-save")
            post_delete.connect(bump_tree_generation, sender=model, dispatch_uid=f"{uid}-delete")
