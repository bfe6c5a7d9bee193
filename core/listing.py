"""Listing helpers shared by every index page: pagination and filter forms."""

from django import forms
from django.core.paginator import Paginator

PER_PAGE = 12


def page_count(items, per_page=PER_PAGE):
    """How many pages a listing of this many items fills (an empty listing still has one)."""
    return max(1, -(-items // per_page))


def page_addresses(first, items, per_page=PER_PAGE, later="?page={}"):
    """The address of every page of a listing: the first as given, page n at first + later
    (with n filled in)."""
    return [first] + [first + later.format(n) for n in range(2, page_count(items, per_page) + 1)]


def paginate(request, queryset, per_page=PER_PAGE):
    """The requested page of results; a missing, malformed or out-of-range ?page=
    falls back to the first or last page instead of an error."""
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    # The page numbers to link: the first, the last and two on each side of this one, with
    # an ellipsis (Paginator.ELLIPSIS) where numbers are left out.
    page.numbers = list(
        page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    )
    return page


class FilterForm(forms.Form):
    """A GET form whose valid fields filter a listing; invalid values are reported on
    the form and ignored rather than failing the page."""

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data or None, *args, **kwargs)
        for field in self.fields.values():
            field.required = False

    def active_filters(self):
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            name: value
            for name, value in getattr(self, "cleaned_data", {}).items()
            if value not in (None, "", [])
        }
