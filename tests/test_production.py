"""Production behaviour that a load balancer, an operator and a visitor rely on: health
checks, a database or a cache that fails, media on one machine, and a clean deploy check."""

import io
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import override_settings

from core.cache_backends import ResilientRedisCache
from tests.checkers.tools import REPO

pytestmark = pytest.mark.django_db

PRODUCTION_LIKE = dict(SECURE_SSL_REDIRECT=True, ALLOWED_HOSTS=["gosmart.example"], DEBUG=False)


@override_settings(**PRODUCTION_LIKE)
@pytest.mark.parametrize("path", ["/livez", "/readyz"])
@pytest.mark.parametrize("method", ["get", "head"])
def test_health_checks_answer_by_ip_over_plain_http(client, path, method):
    response = getattr(client, method)(path, HTTP_HOST="10.0.0.7")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"


@override_settings(**PRODUCTION_LIKE)
def test_a_page_by_ip_over_plain_http_is_still_refused_or_redirected(client):
    # Only the health checks skip the host check and the HTTPS redirect.
    assert client.get("/en/", HTTP_HOST="10.0.0.7").status_code == 400
    assert client.get("/en/", HTTP_HOST="gosmart.example").status_code == 301


def test_health_checks_take_no_other_method(client):
    assert client.post("/readyz").status_code == 405


def test_readiness_fails_when_the_database_does_not_answer(client):
    with mock.patch("core.health.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/readyz")
        live = client.get("/livez")
    assert response.status_code == 503 and "database" in response.content.decode()
    assert response["Retry-After"]
    assert live.status_code == 200  # the process itself is fine


def test_readiness_fails_when_the_cache_does_not_answer(client):
    dead = ResilientRedisCache(
        "redis://127.0.0.1:1/0", {"OPTIONS": {"socket_connect_timeout": 0.2}}
    )
    with mock.patch("core.health.cache", dead):
        response = client.get("/readyz")
    assert response.status_code == 503 and "cache" in response.content.decode()


@pytest.mark.parametrize("language,text", [("ja", "まもなく再開します"), ("ar", "سنعود قريبًا")])
def test_pages_answer_503_back_soon_when_the_database_is_down(client, language, text):
    client.raise_request_exception = False
    with mock.patch("core.routing.find_route", side_effect=OperationalError("no connection")):
        response = client.get(f"/{language}/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert text in body and f'lang="{language}"' in body


def test_other_errors_still_answer_500(client):
    client.raise_request_exception = False
    with mock.patch("core.routing.find_route", side_effect=ValueError("a bug")):
        response = client.get("/en/")
    assert response.status_code == 500


def test_the_redis_cache_degrades_to_misses_when_redis_is_down():
    dead = ResilientRedisCache(
        "redis://127.0.0.1:1/0", {"OPTIONS": {"socket_connect_timeout": 0.2}}
    )
    assert dead.get("anything", "fallback") == "fallback"
    dead.set("key", "value")  # dropped, no error
    assert dead.add("key", "value") is False
    with pytest.raises(ValueError):
        dead.incr("key")


def test_the_redis_cache_works_with_redis_up():
    live = ResilientRedisCache("redis://127.0.0.1:6379/15", {})
    live.set("gosmart-test-key", {"a": 1}, 30)
    assert live.get("gosmart-test-key") == {"a": 1}
    live.delete("gosmart-test-key")


def test_pages_render_while_redis_is_down(client):
    dead = {
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2},
        }
    }
    with override_settings(CACHES=dead):
        response = client.get("/en/")
    assert response.status_code == 200


def test_pictures_are_served_from_disk_with_a_long_cache_life_and_documents_are_not(
    client, settings
):
    root = Path(settings.MEDIA_ROOT)
    picture_file = root / "images" / "test-served-skyline.webp"
    document_file = root / "documents" / "test-embargoed.pdf"
    for path, content in ((picture_file, b"RIFF0000WEBP"), (document_file, b"%PDF-1.4")):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    try:
        picture = client.get("/media/images/test-served-skyline.webp")
        assert picture.status_code == 200
        assert "max-age=2592000" in picture["Cache-Control"]
        # Documents only through Wagtail's serve view, which applies their privacy.
        assert client.get("/media/documents/test-embargoed.pdf").status_code == 404
    finally:
        picture_file.unlink()
        document_file.unlink()


def test_deploy_check_is_clean_with_production_settings():
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="gosmart.settings.production",
        SECRET_KEY="a-production-like-key-" + "x" * 40,
    )
    result = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "deepl_key,expected", [("", "None"), ("a-key", "TraditionalChineseAwareDeepLTranslator")]
)
def test_production_offers_deepl_when_configured_and_never_the_dummy(deepl_key, expected):
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="gosmart.settings.production",
        SECRET_KEY="a-production-like-key-" + "x" * 40,
        DEEPL_API_KEY=deepl_key,
    )
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "t = getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None); "
        "print(t and t['CLASS'].rsplit('.', 1)[1])"
    )
    result = subprocess.run(  # noqa: S603 - our own settings
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert result.stdout.strip() == expected, result.stderr


def test_browsers_asking_for_favicon_ico_get_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith(".svg")


def test_pages_offer_a_touch_icon_for_phone_home_screens(client):
    import re

    from PIL import Image

    html = client.get("/en/").content.decode()
    href = re.search(r'<link rel="apple-touch-icon" href="([^"]+)">', html).group(1)
    response = client.get(href)
    assert response.status_code == 200
    icon = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert icon.format == "PNG" and icon.size == (180, 180)
