"""Password guessing: the admin's sign-in form and private pages' password forms lock a
client out after repeated failures, with the same answer whether or not the account exists."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from .helpers import page_in

pytestmark = pytest.mark.django_db

PASSWORD = "a long and honest passphrase"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("guessed-editor", password=PASSWORD, is_staff=True)


def sign_in(client, username, password, address="203.0.113.10"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def test_five_wrong_passwords_lock_the_account_from_that_address(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, editor.username, "wrong guess").status_code == 200
    assert sign_in(client, editor.username, "wrong guess").status_code == 429
    locked = sign_in(client, editor.username, PASSWORD)
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()
    # Another address is not locked out.
    assert sign_in(client, editor.username, PASSWORD, address="198.51.100.5").status_code == 302


def test_an_unknown_username_gets_the_same_answers(client, settings):
    answers = [
        sign_in(client, "nobody-here", "wrong guess")
        for _ in range(settings.AXES_FAILURE_LIMIT + 1)
    ]
    limit = settings.AXES_FAILURE_LIMIT
    assert [a.status_code for a in answers] == [200] * (limit - 1) + [429, 429]


def test_a_right_password_before_the_limit_resets_the_count(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, editor.username, "wrong guess")
    assert sign_in(client, editor.username, PASSWORD).status_code == 302


def test_short_passwords_are_refused():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("short-pass1")  # 11 characters
    validate_password("twelve-chars-ok")


def test_page_passwords_lock_out_guessing(client, settings):
    about = page_in("en", "about")
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="the-right-one"
    )
    form = client.get("/en/about/").content.decode()
    action = re.search(r'action="([^"]+)"', form).group(1)
    for attempt in range(1, settings.AXES_FAILURE_LIMIT + 1):
        response = client.post(action, {"password": "guess", "return_url": "/en/about/"})
        assert response.status_code == (429 if attempt == settings.AXES_FAILURE_LIMIT else 200)
    locked = client.post(action, {"password": "the-right-one", "return_url": "/en/about/"})
    assert locked.status_code == 429
    assert client.get("/en/about/").status_code == 200  # the form, not the page
    assert "Password required" in client.get("/en/about/").content.decode()
