from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import AwardEdition


class AwardEditionViewSet(SnippetViewSet):
    """Award editions get their own menu item: the secretariat opens one every year."""

    model = AwardEdition
    icon = "calendar-check"
    menu_label = _("Award editions")
    menu_name = "award-editions"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["year", "theme", "call_opens", "call_closes", "locale"]
    list_filter = ["locale", "year"]
    list_per_page = 50
    search_fields = ["theme", "description"]
    ordering = ["-year", "locale"]
    copy_view_enabled = False


register_snippet(AwardEditionViewSet)
