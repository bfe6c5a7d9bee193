"""Security headers on public pages (what an HTTP Observatory scan reads) and cookie flags."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("url", ["/en/", "/ar/members/", "/ja/news/press/", "/fr/search/?q=taipei"])
def test_public_pages_send_a_strict_content_security_policy(client, url):
    response = client.get(url)
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]  # no inline script, no eval, nothing elsewhere
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"] and policy["form-action"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_pages_carry_no_inline_script_that_the_policy_would_block(client):
    for url in ("/en/", "/en/members/", "/en/events/", "/en/awards/"):
        html = client.get(url).content.decode()
        for tag in html.split("<script")[1:]:
            opening = tag.split(">", 1)[0]
            assert "src=" in opening or 'type="application/ld+json"' in opening, opening


def test_the_admin_keeps_its_own_policy(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert "Content-Security-Policy" not in response


@override_settings(LANGUAGE_COOKIE_SECURE=True, SESSION_COOKIE_SECURE=True)
def test_the_language_cookie_is_secure_http_only_and_same_site(client):
    response = client.post("/i18n/setlang/", {"language": "ja", "next": "/ja/"})
    cookie = response.cookies["gosmart_language"]
    assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Lax"
