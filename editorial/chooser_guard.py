"""The page chooser's "chosen" answer, kept to pages the editor may see.

Wagtail's chosen-multiple view returns the title of any page id it is given, whatever the
chooser's own filters (construct_page_chooser_queryset) hide: a city editor could read
another city's embargoed titles by guessing ids. It has no hook, so the ids are filtered
here before it runs; ids that are not numbers are dropped (they made it answer 500)."""

from django.urls import reverse
from wagtail.models import Page

from .scope import city_scope


class ChosenPagesGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.path = None

    def __call__(self, request):
        if self.path is None:
            self.path = reverse("wagtailadmin_choose_page_chosen_multiple")
        if request.path_info == self.path and request.user.is_authenticated:
            request.GET = self.allowed(request)
        return self.get_response(request)

    @staticmethod
    def allowed(request):
        ids = [value for value in request.GET.getlist("id") if value.isdigit()]
        pages = Page.objects.filter(pk__in=ids)
        scope = city_scope(request.user)
        if scope is not None:
            pages = scope.exclude_foreign(pages)
        query = request.GET.copy()
        query.setlist("id", [str(pk) for pk in pages.values_list("pk", flat=True)])
        query._mutable = False
        return query


