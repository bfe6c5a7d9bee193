"""Award winners and finalists as a kind of search result (see core.search_types)."""

from django.utils.translation import gettext_lazy as _

from core.search_types import SearchType, register_search_type
from core.tree import parent_path

from .models import AwardCategoryPage, AwardWinnerPage


def winners_about(slug):
    """Winners take the topic of the award category they sit under."""
    categories = AwardCategoryPage.objects.filter(topic__slug=slug).values("path")
    return AwardWinnerPage.objects.annotate(_parent_path=parent_path()).filter(
        _parent_path__in=categories
    )


def register():
    register_search_type(
        SearchType(
            key="winner",
            model=AwardWinnerPage,
            label=_("Award winner"),
            plural=_("Award winners and finalists"),
            year_field="year",
            position=20,
            about_topic=winners_about,
        )
    )
