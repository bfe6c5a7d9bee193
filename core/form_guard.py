"""Public forms that a scripted flood cannot fill: nothing stored, and 429 past a limit.

Three checks, none of which a person notices:
- a honeypot field, hidden from people (and from screen readers) but filled by form robots;
- a signed time stamp written into the form when it is shown: an answer must come back with
  one, at least GOSMART_FORM_MIN_SECONDS after it, and within a day;
- at most GOSMART_FORM_POSTS_PER_HOUR posts per client address and form, counted in the
  shared cache (one count for every worker and server) by core.client.client_address.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from .caching import count_in_window
from .client import client_address

HONEYPOT = "contact_me_by_fax_only"
STAMP = "form_shown_at"
SALT = "gosmart.form-guard"
GUARD_FIELDS = (HONEYPOT, STAMP)
MAX_AGE_SECONDS = 60 * 60 * 24


def stamp_now():
    return signing.dumps(time.time(), salt=SALT)


def stamp_is_valid(data):
    try:
        signing.loads(data.get(STAMP, ""), salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature:
        return False
    return True


def guard_errors(data):
    """Why these answers look scripted, or [] for a person's answers."""
    if data.get(HONEYPOT):
        return [_("This form could not be sent. Please try again.")]
    try:
        shown_at = signing.loads(data.get(STAMP, ""), salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature:
        return [_("This form has expired. Please fill it in again.")]
    if time.time() - float(shown_at) < settings.GOSMART_FORM_MIN_SECONDS:
        return [_("This form was sent too quickly. Please check your answers and send it again.")]
    return []


def add_guard_fields(form):
    form.fields[HONEYPOT] = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form.fields[STAMP] = forms.CharField(required=False, widget=forms.HiddenInput)
    if not form.is_bound:
        form.initial[STAMP] = stamp_now()
    else:
        form.data = form.data.copy()  # mutable, so that serve() can renew the stamp
        original_clean = form.clean

        def clean():
            cleaned = original_clean()
            for error in guard_errors(form.data):
                form.add_error(None, error)
            return cleaned

        form.clean = clean
    return form


def too_many_posts(request, form_key):
    """Count this post; True once the client has sent more than the hourly limit."""
    key = f"gosmart:form-posts:{form_key}:{client_address(request)}"
    return count_in_window(key, 60 * 60) > settings.GOSMART_FORM_POSTS_PER_HOUR


class GuardedFormMixin:
    """For Wagtail form pages (AbstractForm): the three checks above."""

    def get_form(self, *args, **kwargs):
        return add_guard_fields(super().get_form(*args, **kwargs))

    def process_form_submission(self, form):
        # The guard's fields are not answers: never stored, never e-mailed.
        for name in GUARD_FIELDS:
            form.cleaned_data.pop(name, None)
        return super().process_form_submission(form)

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and too_many_posts(request, self.pk):
            response = TemplateResponse(
                request, "core/too_many_requests.html", {"page": self}, status=429
            )
            response["Retry-After"] = "3600"
            return response
        response = super().serve(request, *args, **kwargs)
        if request.method == "POST" and hasattr(response, "context_data"):
            form = (response.context_data or {}).get("form")
            if form is not None and STAMP in form.fields and not stamp_is_valid(form.data):
                form.data[STAMP] = stamp_now()  # shown again: a fresh stamp for the next try
        return response
