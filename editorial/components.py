"""The "Your city" panel on a city editor's admin dashboard."""

from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Page


class CityPanel(Component):
    name = "editorial_city"
    template_name = "editorial/home/city_panel.html"
    order = 50  # first on the dashboard

    def __init__(self, scope):
        self.scope = scope

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        cities = []
        versions_by_key = {}
        for page in self.scope.own_pages:
            versions_by_key.setdefault(page.translation_key, []).append(page)
        locales = {
            page.pk: page.locale
            for page in Page.objects.filter(
                pk__in=[page.pk for page in self.scope.own_pages]
            ).select_related("locale")
        }
        for team in self.scope.teams:
            city = team.city
            versions = sorted(
                versions_by_key.get(city.translation_key, []),
                key=lambda page: (page.alias_of_id is not None, locales[page.pk].language_code),
            )
            cities.append(
                {
                    "team": team,
                    "city": city,
                    "versions": [
                        {
                            "page": page,
                            "language": locales[page.pk].get_display_name(),
                            "is_alias": page.alias_of_id is not None,
                            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                        }
                        for page in versions
                    ],
                    "explore_url": reverse("wagtailadmin_explore", args=[city.pk]),
                    "add_pilot_url": reverse("wagtailadmin_pages:add_subpage", args=[city.pk]),
                }
            )
        context["cities"] = cities
        context["images_url"] = reverse("wagtailimages:index")
        context["upload_images_url"] = reverse("wagtailimages:add_multiple")
        context["documents_url"] = reverse("wagtaildocs:index")
        context["upload_documents_url"] = reverse("wagtaildocs:add_multiple")
        return context
