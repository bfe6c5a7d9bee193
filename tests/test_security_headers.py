"""Security headers on public pages (what an HTTP Observatory scan reads) and cookie flags."""

import pytest
from django.test import override_settings

from .observatory import score

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


PRODUCTION_SECURITY = dict(
    SECURE_SSL_REDIRECT=True,
    SECURE_HSTS_SECONDS=60 * 60 * 24 * 365,
    SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
    SECURE_HSTS_PRELOAD=True,
    SESSION_COOKIE_SECURE=True,
    CSRF_COOKIE_SECURE=True,
    LANGUAGE_COOKIE_SECURE=True,
)


@pytest.mark.parametrize(
    "url",
    ["/en/", "/ar/news/", "/ja/members/", "/en/awards/", "/zh-hant/search/?q=taipei", "/en/join/"],
)
def test_public_pages_score_a_plus_on_the_observatory_scale(client, url):
    with override_settings(**PRODUCTION_SECURITY):
        page = client.get(url, secure=True, headers={"host": "gosmart.example"})
        plain = client.get(url, headers={"host": "gosmart.example"})
    assert page.status_code == 200
    total, results = score(page, plain, "gosmart.example")
    assert total >= 100, (total, results)  # A+
    assert "csp-implemented-with-unsafe-inline" not in results
    if url == "/en/join/":  # the Join form sets its CSRF cookie: Secure, HttpOnly, SameSite
        assert page.cookies["csrftoken"]["secure"] and page.cookies["csrftoken"]["httponly"]
        assert "cookies-secure-with-httponly-sessions-and-samesite" in results


def test_the_score_falls_without_the_headers(client):
    # The scorer itself: the same page without HTTPS settings and policy scores far lower.
    page = client.get("/en/")
    del page["Content-Security-Policy"]
    del page["Referrer-Policy"]
    total, results = score(page, page, "testserver")
    assert total < 50 and "csp-not-implemented" in results and "hsts-not-implemented" in results
