from django import forms
from django.utils.translation import gettext_lazy as _

from core.caching import cached_for_tree
from core.i18n import active_locale
from core.listing import FilterForm
from core.models import Topic
from core.search_types import search_types
from core.visibility import visible

from .text import MAX_QUERY_LENGTH, clean_query


def topic_choices():
    """Topics by slug, named in the visitor's language (cached; refreshed on publish and
    after a few minutes at most, so renamed topics show up soon)."""
    locale = active_locale()

    def build():
        return list(Topic.objects.filter(locale=locale).values_list("slug", "name"))

    return cached_for_tree(f"search-topics:{locale.pk}", build, timeout=300)


def year_choices():
    """Every year some searchable content is dated in, newest first (cached until the
    page tree changes)."""

    def build():
        years = set()
        for search_type in search_types():
            years.update(
                visible(search_type.model.objects.all())
                .annotate(_year=search_type.year_expression())
                .exclude(_year=None)
                .values_list("_year", flat=True)
                .distinct()
            )
        return sorted(years, reverse=True)

    return cached_for_tree("search-years", build)


class SearchForm(FilterForm):
    q = forms.CharField(
        label=_("Search the site"),
        strip=True,
        widget=forms.SearchInput(attrs={"maxlength": MAX_QUERY_LENGTH}),
    )
    type = forms.ChoiceField(label=_("Type"))
    topic = forms.ChoiceField(label=_("Topic"))
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, empty_value=None)

    @property
    def narrowing_is_blank(self):
        """No type, topic or year asked for: the narrowing part renders alike for every
        such search (kept as a shared fragment)."""
        return not any(name in self.data for name in ("type", "topic", "year"))

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        everything = [("", _("All"))]
        self.fields["type"].choices = everything + [
            (search_type.key, search_type.plural) for search_type in search_types()
        ]
        self.fields["topic"].choices = everything + topic_choices()
        self.fields["year"].choices = everything + [
            (str(year), str(year)) for year in year_choices()
        ]

    def clean_q(self):
        # Long queries are cut short rather than refused; NUL and other control
        # characters are dropped.
        return clean_query(self.cleaned_data.get("q", ""))
