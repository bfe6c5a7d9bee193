"""What a city editor may see in the admin besides what Wagtail's page permissions decide.

Wagtail's page chooser lists every page of the site to anyone who can edit a page, and a
user whose permissions span several language trees may open any page in the explorer.
For a city editor, whose page permissions are confined to their own city (in every
language), the pages of the other member cities are hidden from both.
"""

from django.db.models import Q
from wagtail.models import GroupPagePermission, Page

from .models import CityTeam

_CACHE_ATTRIBUTE = "_editorial_city_scope"


class CityScope:
    """The member-city subtrees one city editor may reach."""

    def __init__(self, teams, own_pages, member_indexes):
        self.teams = teams
        self.own_pages = own_pages  # the user's city pages, every language
        self.own_paths = [page.path for page in own_pages]
        self.index_paths = [page.path for page in member_indexes]

    def is_foreign(self, page):
        """True for another member's city page or anything below it."""
        path = page.path
        inside_members = any(
            path.startswith(index_path) and len(path) > len(index_path)
            for index_path in self.index_paths
        )
        return inside_members and not any(path.startswith(own) for own in self.own_paths)

    def foreign_q(self):
        members = Q()
        for index_path in self.index_paths:
            members |= Q(path__startswith=index_path, depth__gt=len(index_path) // Page.steplen)
        own = Q()
        for own_path in self.own_paths:
            own |= Q(path__startswith=own_path)
        return members & ~own if own else members

    def exclude_foreign(self, queryset):
        if not self.index_paths:
            return queryset
        return queryset.exclude(self.foreign_q())

    def start_page(self, locale=None):
        """The user's (first) city page, in the given language when it exists there."""
        if locale is not None:
            for page in self.own_pages:
                if page.locale_id == locale.pk:
                    return page
        sources = [page for page in self.own_pages if page.alias_of_id is None]
        return (sources or self.own_pages)[0] if self.own_pages else None


def city_scope(user):
    """The CityScope of a city editor, or None for everybody else.

    A user counts as a city editor when all their page permissions are on their own city
    pages; anyone with rights elsewhere (secretariat, translators) keeps Wagtail's view."""
    if not getattr(user, "is_authenticated", False) or not user.is_active or user.is_superuser:
        return None
    if hasattr(user, _CACHE_ATTRIBUTE):
        return getattr(user, _CACHE_ATTRIBUTE)
    scope = None
    teams = list(CityTeam.objects.filter(group__user=user).select_related("city"))
    if teams:
        keys = {team.city.translation_key for team in teams}
        permitted_keys = set(
            GroupPagePermission.objects.filter(group__user=user).values_list(
                "page__translation_key", flat=True
            )
        )
        if permitted_keys <= keys:
            own_pages = list(
                Page.objects.filter(translation_key__in=keys)
                .order_by("path")
                .only("id", "path", "depth", "locale_id", "alias_of_id", "title")
            )
            member_indexes = [
                index
                for model in CityTeam.member_index_models()
                for index in model.objects.only("id", "path", "depth")
            ]
            scope = CityScope(teams, own_pages, member_indexes)
    setattr(user, _CACHE_ATTRIBUTE, scope)
    return scope
