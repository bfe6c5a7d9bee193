"""Two-step sign-in for the admin (editorial.two_factor): required for superusers and the
secretariat, optional for city editors, codes from an authenticator app or backup codes,
and sessions that still end when a password changes or an account is deactivated."""

import base64
import io
import re

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client, override_settings
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from editorial import roles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("two_factor_on")]

SETUP = "/admin/two-factor/setup/"
VERIFY = "/admin/two-factor/verify/"
PASSWORD = "a-long-test-password-42"  # noqa: S105


@pytest.fixture
def two_factor_on():
    with override_settings(GOSMART_TWO_FACTOR=True):
        yield


def make_user(username, *, superuser=False, group=None):
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.is_staff = superuser
    user.is_superuser = superuser
    user.save()
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def signed_in(user):
    client = Client()
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, "the password step failed"
    return client


def next_code(device):
    """The app's code for the step after the last one used: an authenticator never accepts
    the same code twice, so a second sign-in in the same 30 seconds needs the next one."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    if device.last_t >= 0:
        totp.time = device.t0 + (device.last_t + 1) * device.step + 1
    return f"{totp.token():0{device.digits}d}"


def set_up(client, user):
    """Walk through the setup page as a person would: read the key, type the app's code."""
    page = client.get(SETUP).content.decode()
    assert "<svg" in page  # the QR code to scan
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    shown_key = re.search(r"<code>([A-Z2-7 ]+)</code>", page).group(1).replace(" ", "")
    assert base64.b32decode(shown_key + "=" * (-len(shown_key) % 8)) == device.bin_key
    return client.post(SETUP, {"code": next_code(device), "next": "/admin/"})


@pytest.mark.parametrize("role", ["superuser", roles.SECRETARIAT_EDITORS])
def test_the_secretariat_and_superusers_must_set_it_up(role):
    superuser = role == "superuser"
    user = make_user(
        "must-" + ("super" if superuser else "sec"),
        superuser=superuser,
        group=None if superuser else role,
    )
    client = signed_in(user)
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"].startswith(SETUP)
    assert "next=%2Fadmin%2Fpages%2F" in response["Location"]
    # A wrong code leaves it off.
    wrong = client.post(SETUP, {"code": "000000"})
    assert "That code is not right" in wrong.content.decode()
    assert not TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    # (A failure slows the next try down: throttling has its own test below.)
    TOTPDevice.objects.get(user=user).throttle_reset()
    done = set_up(client, user)
    assert done.status_code == 200
    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", done.content.decode())
    assert len(codes) == 10
    assert client.get("/admin/pages/").status_code == 200


def test_city_editors_may_work_without_it_and_may_turn_it_on():
    user = make_user("city-optional")
    city_group, _ = Group.objects.get_or_create(name=roles.CITY_EDITORS_PREFIX + "Testville")
    user.groups.add(city_group)
    user.user_permissions.add(roles.permission("wagtailadmin", "access_admin"))
    client = signed_in(user)
    home = client.get("/admin/")
    assert home.status_code == 200
    assert SETUP in home.content.decode()  # offered in the menu
    set_up(client, user)
    # From now on it is asked of them too.
    again = signed_in(user)
    assert again.get("/admin/")["Location"].startswith(VERIFY)


def test_signing_in_with_an_app_code_or_a_backup_code_once():
    user = make_user("verifier", superuser=True)
    first = signed_in(user)
    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", set_up(first, user).content.decode())
    device = TOTPDevice.objects.get(user=user)

    client = signed_in(user)
    response = client.get("/admin/pages/")
    assert response["Location"] == f"{VERIFY}?next=%2Fadmin%2Fpages%2F"
    assert "That code is not right" in client.post(VERIFY, {"code": "123456"}).content.decode()
    # Codes are throttled after a failure: guessing gets slower, even the right code waits.
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    refused = client.post(VERIFY, {"code": next_code(device)})
    assert "That code is not right" in refused.content.decode()
    device.throttle_reset()  # as the passing of a few seconds would
    ok = client.post(VERIFY, {"code": next_code(device), "next": "/admin/pages/"})
    assert ok.status_code == 302 and ok["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200

    backup = signed_in(user)
    assert backup.post(VERIFY, {"code": codes[0]}).status_code == 302
    assert backup.get("/admin/").status_code == 200
    assert not StaticToken.objects.filter(token=codes[0]).exists()  # used up
    reuse = signed_in(user)
    assert "That code is not right" in reuse.post(VERIFY, {"code": codes[0]}).content.decode()


def test_next_never_leads_off_the_site():
    user = make_user("nowhere", superuser=True)
    client = signed_in(user)
    set_up(client, user)
    device = TOTPDevice.objects.get(user=user)
    client = signed_in(user)
    response = client.post(VERIFY, {"code": next_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_public_pages_never_ask_for_it():
    user = make_user("reader", superuser=True)
    client = signed_in(user)
    assert client.get("/en/").status_code == 200


@pytest.mark.parametrize("change", ["password", "deactivate"])
def test_other_sessions_end_on_a_password_change_or_deactivation(change):
    user = make_user("two-sessions-" + change, superuser=True)
    laptop = signed_in(user)
    set_up(laptop, user)
    device = TOTPDevice.objects.get(user=user)
    phone = signed_in(user)
    assert phone.post(VERIFY, {"code": next_code(device)}).status_code == 302
    device.throttle_reset()
    assert phone.get("/admin/").status_code == 200 and laptop.get("/admin/").status_code == 200
    if change == "password":
        # As after a reset or a change from the account page: the hash in every other
        # session no longer matches.
        user.set_password("another-long-password-77")
        user.save()
    else:
        user.is_active = False
        user.save()
    for client in (laptop, phone):
        answer = client.get("/admin/")
        assert answer.status_code == 302 and answer["Location"].startswith("/admin/login/")


def test_a_lost_phone_is_reset_and_set_up_again():
    from django.core.management import call_command

    user = make_user("lost-phone", superuser=True)
    set_up(signed_in(user), user)
    call_command("reset_two_factor", "lost-phone", stdout=io.StringIO())
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert signed_in(user).get("/admin/")["Location"].startswith(SETUP)
