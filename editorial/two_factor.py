"""Two-factor sign-in for the admin: an authenticator app's six-digit code (TOTP) after the
password, with ten single-use backup codes for a lost phone.

django-otp rather than allauth's MFA: Wagtail signs editors in with Django's own
authentication, and django-otp adds a second step to exactly that login without replacing it.

Who must: superusers and the secretariat (editors and moderators), who can publish anything.
City editors may turn it on for themselves; once they have, it is asked of them too.
A password change or a deactivation still ends every other session (Django's session
hash), whatever the second factor: tests/test_two_factor.py keeps it so.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import user_has_device

from . import roles

ADMIN_PREFIX = "/admin/"
# The second step itself, and signing out, are reachable before it is done.
OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/two-factor/", "/admin/jsi18n/")


def step_address(name, next_url):
    """The address of a second-step view, returning to next_url once it is done."""
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


def second_factor_required(user):
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=roles.secretariat_group_names()).exists()


class RequireSecondFactorMiddleware:
    """Sends a signed-in admin user who has not passed the second step to it: to set it up
    when their role requires it and they have none, to enter a code when they have one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if getattr(settings, "GOSMART_TWO_FACTOR", True) and self.must_verify(request):
            has_device = user_has_device(request.user)
            if has_device or second_factor_required(request.user):
                name = "editorial_two_factor_verify" if has_device else "editorial_two_factor_setup"
                return redirect(step_address(name, request.get_full_path()))
        return self.get_response(request)

    @staticmethod
    def must_verify(request):
        path = request.path_info
        user = getattr(request, "user", None)
        return (
            path.startswith(ADMIN_PREFIX)
            and not path.startswith(OPEN_PATHS)
            and user is not None
            and user.is_authenticated
            and not user.is_verified()
        )
