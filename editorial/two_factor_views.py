"""The admin's second sign-in step: set up an authenticator app, enter its code, keep the
backup codes (editorial.two_factor says who must)."""

import base64

import segno
from django import forms
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django_otp import devices_for_user, user_has_device, verify_token
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .two_factor import step_address

BACKUP_CODES = 10


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def next_address(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def new_backup_codes(user):
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="Backup codes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def grouped_base32(key):
    """The secret as people type it into an app: base32, in groups of four."""
    text = base64.b32encode(key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


@never_cache
def setup(request):
    user = request.user
    if user_has_device(user):
        return redirect(step_address("editorial_two_factor_verify", next_address(request)))
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            codes = new_backup_codes(user)
            otp_login(request, device)
            return render(
                request,
                "editorial/two_factor/backup_codes.html",
                {"codes": codes, "next": next_address(request)},
            )
        form.add_error(
            "code", gettext("That code is not right. Enter the code your app shows now.")
        )
    return render(
        request,
        "editorial/two_factor/setup.html",
        {
            "form": form,
            "qr_code": segno.make(device.config_url).svg_inline(scale=4, dark="#000", light="#fff"),
            "secret": grouped_base32(device.bin_key),
            "next": next_address(request),
        },
    )


@never_cache
def verify(request):
    user = request.user
    if not user_has_device(user):
        return redirect(step_address("editorial_two_factor_setup", next_address(request)))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        # Six digits come from the app, anything else is a backup code: only that kind of
        # device is asked, so a mistyped code throttles one kind, not both.
        from_app = code.isdigit()
        for device in devices_for_user(user):
            if isinstance(device, TOTPDevice) != from_app:
                continue
            verified = verify_token(user, device.persistent_id, code)
            if verified is not None:
                otp_login(request, verified)
                return redirect(next_address(request))
        form.add_error(
            "code",
            gettext("That code is not right. Enter the code your app shows now, or a backup code."),
        )
    return render(
        request, "editorial/two_factor/verify.html", {"form": form, "next": next_address(request)}
    )
