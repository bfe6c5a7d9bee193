from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PressContact


class PressContactViewSet(SnippetViewSet):
    model = PressContact
    icon = "mail"
    menu_label = _("Press contacts")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "role", "organisation", "email", "phone", "locale"]
    list_filter = {"organisation": ["icontains"]}
    search_fields = ["name", "email", "organisation"]
    ordering = ["name"]


register_snippet(PressContactViewSet)
