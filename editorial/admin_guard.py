"""Two admin views that show other cities' pages and offer no hook to filter them, kept in
bounds for city editors before they run.

- The page chooser's "chosen" step (chosen-multiple) returns the title of any page id it is
  given, whatever the chooser's own filters (construct_page_chooser_queryset) hide: the ids
  are filtered to pages the editor may see. Ids that are not numbers are dropped for
  everyone (they made it answer 500).
- The page types usage report names the last edited page of every type, in any city: city
  editors are refused it (its menu item is hidden in wagtail_hooks).
"""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.models import Page

from .scope import city_scope


class CityEditorAdminGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.chosen_path = self.usage_path = None

    def __call__(self, request):
        if self.chosen_path is None:
            self.chosen_path = reverse("wagtailadmin_choose_page_chosen_multiple")
            self.usage_path = reverse("wagtailadmin_reports:page_types_usage")
        path = request.path_info
        if path.startswith("/admin/") and request.user.is_authenticated:
            if path == self.chosen_path:
                request.GET = self.allowed_ids(request)
            elif path.startswith(self.usage_path) and city_scope(request.user) is not None:
                raise PermissionDenied
        return self.get_response(request)

    @staticmethod
    def allowed_ids(request):
        ids = [value for value in request.GET.getlist("id") if value.isdigit()]
        pages = Page.objects.filter(pk__in=ids)
        scope = city_scope(request.user)
        if scope is not None:
            pages = scope.exclude_foreign(pages)
        query = request.GET.copy()
        query.setlist("id", [str(pk) for pk in pages.values_list("pk", flat=True)])
        query._mutable = False
        return query
