"""Press contacts: who journalists call about a release."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class PressContact(TranslatableMixin, models.Model):
    """Who journalists call about a release, per language."""

    name = models.CharField(_("name"), max_length=120, help_text=_("Full name."))
    role = models.CharField(
        _("role"), max_length=160, blank=True, help_text=_("For example Head of communications.")
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=160,
        blank=True,
        help_text=_("For example Go Smart secretariat, or a member city's press office."),
    )
    email = models.EmailField(_("e-mail"), help_text=_("Shown to journalists as a link."))
    phone = models.CharField(
        _("telephone"),
        max_length=40,
        blank=True,
        help_text=_("International format, for example +886 2 2720 8889."),
    )

    override_translatable_fields = [SynchronizedField("email"), SynchronizedField("phone")]
    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]

    class Meta:
        ordering = ["name"]
        unique_together = [("translation_key", "locale")]
        verbose_name = _("press contact")
        verbose_name_plural = _("press contacts")

    def __str__(self):
        return self.name
