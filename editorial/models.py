"""Who edits what: each onboarded member city has a team (a group and a collection).

The groups of the secretariat and of the translators are fixed and found by name (see
editorial.roles); a city team links the city's editors' group to the city's English page
and to the collection that holds the city's images and documents."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection


class CityTeam(models.Model):
    city = models.OneToOneField(
        "cities.CityPage",
        verbose_name=_("member city"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The city's page in the source language; its translations are covered too."),
    )
    group = models.OneToOneField(
        Group,
        verbose_name=_("editors' group"),
        on_delete=models.CASCADE,
        related_name="city_team",
    )
    collection = models.ForeignKey(
        Collection,
        verbose_name=_("collection"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Where the city's editors upload images and documents."),
    )
    onboarded_at = models.DateTimeField(_("onboarded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("city team")
        verbose_name_plural = _("city teams")
        ordering = ["group__name"]

    def __str__(self):
        return self.group.name

    @classmethod
    def city_model(cls):
        """The member city page model, reached through the team's relation to it."""
        return cls._meta.get_field("city").related_model

    @classmethod
    def member_index_models(cls):
        """The page models member cities are listed under (the members index)."""
        return cls.city_model().allowed_parent_page_models()
