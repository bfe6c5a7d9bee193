"""Listing helpers shared by every index page: pagination and filter forms."""

import hashlib
import json

from django import forms
from django.core.paginator import Paginator
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .visibility import cached_for_everyone

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


def digest(value):
    """A short, stable cache-key part for what a request asked (filters, words): any value
    JSON can write."""
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:32]


def ids_in_order(request, name, filters, build):
    """build() -> the ids of a listing in its order, kept per tree generation and valid
    filters for requests that see what everyone sees (core.visibility.cached_for_everyone).

    Ordering or counting a listing reads every item it could show, which grows with the
    site; a page of the listing then costs a cache read and the items of that page only.
    Only valid filter values may be passed: made-up parameters must not make new entries."""
    return cached_for_everyone(request, f"ids:{name}:{digest(filters)}", build)


class QuickSelect(forms.Select):
    """Django's select, written out in Python: the same HTML as the widget's templates,
    which render a template per option (a listing's filters have dozens of options, and
    the templates took a fifth of the page's time)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        html = [format_html('<select name="{}"{}>', widget["name"], flatatt(widget["attrs"]))]
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                html.append(format_html('<optgroup label="{}">', group_name))
            html.extend(
                format_html(
                    '<option value="{}"{}>{}</option>',
                    option["value"],
                    flatatt(option["attrs"]),
                    option["label"],
                )
                for option in options
            )
            if group_name:
                html.append("</optgroup>")
        html.append("</select>")
        return mark_safe("\n".join(html))  # noqa: S308 (every part is escaped above)


class FilterForm(forms.Form):
    """A GET form whose valid fields filter a listing; invalid values are reported on
    the form and ignored rather than failing the page."""

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data or None, *args, **kwargs)
        for field in self.fields.values():
            field.required = False
            if type(field.widget) is forms.Select:
                field.widget = QuickSelect(attrs=field.widget.attrs, choices=field.widget.choices)

    @property
    def is_blank(self):
        """No field of the form was asked for: it renders alike for every such request
        (and is kept as a shared fragment, core/includes/filters.html)."""
        return not any(name in self.data for name in self.fields)

    def active_filters(self):
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            name: value
            for name, value in getattr(self, "cleaned_data", {}).items()
            if value not in (None, "", [])
        }
