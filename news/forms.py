"""Filter forms of the news and events listings (plain GET forms, usable without JavaScript)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import FilterForm

from .models import EventPage, NewsPage


class NewsFilterForm(FilterForm):
    kind = forms.ChoiceField(label=_("Kind"))
    topic = forms.ChoiceField(label=_("Topic"))
    city = forms.ChoiceField(label=_("City"))
    year = forms.TypedChoiceField(label=_("Year"), coerce=int)

    def __init__(self, data=None, *, topics=(), cities=(), years=(), **kwargs):
        super().__init__(data, **kwargs)
        self.fields["kind"].choices = [("", _("All kinds")), *NewsPage.Kind.choices]
        self.fields["topic"].choices = [("", _("All topics")), *topics]
        self.fields["city"].choices = [("", _("All cities")), *cities]
        self.fields["year"].choices = [("", _("All years"))] + [(year, year) for year in years]


class EventFilterForm(FilterForm):
    kind = forms.ChoiceField(label=_("Kind"))
    when = forms.ChoiceField(
        label=_("When"),
        choices=[("", _("Upcoming and past")), ("upcoming", _("Upcoming only"))],
    )

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["kind"].choices = [("", _("All kinds")), *EventPage.Kind.choices]
