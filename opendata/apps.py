from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    name = "opendata"
    verbose_name = _("Open data")

    def ready(self):
        from . import footer
        from .surfaces import register_surfaces

        register_surfaces()
        footer.register()

        from core.page_views import register_context

        from .page import open_data_context

        register_context("opendata.OpenDataPage", open_data_context)
