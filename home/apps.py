from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and general pages")

    def ready(self):
        from . import home_sections
        from .surfaces import register_surfaces

        register_surfaces()
        home_sections.register()
