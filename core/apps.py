from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        from . import cdn, signals  # noqa: F401
        from .public_surfaces import register_core_surfaces

        register_core_surfaces()
        cdn.connect()
