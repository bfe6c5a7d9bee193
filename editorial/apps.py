from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial roles and review")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals, workflow_names

        workflow_names.connect()

        post_migrate.connect(
            signals.ensure_roles_after_migrate, sender=self, dispatch_uid="editorial-roles"
        )
