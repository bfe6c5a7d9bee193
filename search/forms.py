from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        max_length=200,
        required=False,
        strip=True,
    )

    def clean_q(self):
        # NUL and other control characters cannot be stored or searched; drop them.
        query = self.cleaned_data["q"]
        return "".join(ch for ch in query if ch.isprintable() or ch == " ").strip()
