from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core.caching import turn_on_changes_to

        from .surfaces import register_surfaces

        register_surfaces()
        # A search page in the page cache shows the promotions for its words.
        turn_on_changes_to(SearchPromotion)
