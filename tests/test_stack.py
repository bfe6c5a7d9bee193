"""Two app servers agree (the production topology of deploy/stack.py, in the suite).

Instances A and B are two gunicorn servers with production settings (DEBUG off, the page
cache on), sharing one database, Redis as the shared cache and an S3-compatible object store
(moto's server, through django-storages and boto3) for media. An editor works on A through
the admin's own HTTP views: publishes, unpublishes, makes a page private, schedules one and
uploads a picture. Within a second B serves the same answer, including the picture's
rendition, read from the bucket."""

import base64
import http.cookies
import io
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest
from django_otp.oath import TOTP

from deploy.stack import AppServer, ObjectStore, manage, production_environment
from tests.browser.server import BrowserDatabase
from tests.processes.http import OPENER, fetch
from tests.processes.site import run_site

pytestmark = pytest.mark.processes

AGREE_WITHIN = 1.0  # seconds
EDITOR = ("stack-editor", "stack-editor-" + uuid.uuid4().hex[:12])


class AdminSession:
    """An editor's browser on one server: cookies kept by hand (they are Secure, and the
    proxy in front says the request came over HTTPS), the CSRF token sent back."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.cookies = {}

    def headers(self, extra=None):
        headers = {
            "X-Forwarded-Proto": "https",
            "Origin": "https://" + urllib.parse.urlsplit(self.base_url).netloc,
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        headers.update(extra or {})
        return headers

    def keep_cookies(self, response_headers, raw):
        for line in raw:
            jar = http.cookies.SimpleCookie()
            jar.load(line)
            for name, morsel in jar.items():
                self.cookies[name] = morsel.value

    def request(self, path, fields=None, files=None):
        data, extra = None, {}
        if fields is not None or files is not None:
            fields = dict(fields or {}, csrfmiddlewaretoken=self.cookies.get("csrftoken", ""))
            if files:
                boundary = uuid.uuid4().hex
                body = io.BytesIO()
                for name, value in fields.items():
                    body.write(
                        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"'
                        f"\r\n\r\n{value}\r\n".encode()
                    )
                for name, (filename, content, kind) in files.items():
                    body.write(
                        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                        f'filename="{filename}"\r\nContent-Type: {kind}\r\n\r\n'.encode()
                    )
                    body.write(content + b"\r\n")
                body.write(f"--{boundary}--\r\n".encode())
                data = body.getvalue()
                extra["Content-Type"] = f"multipart/form-data; boundary={boundary}"
            else:
                data = urllib.parse.urlencode(fields).encode()
                extra["Content-Type"] = "application/x-www-form-urlencoded"
        request = urllib.request.Request(  # noqa: S310 - loopback
            self.base_url + path, data=data, headers=self.headers(extra)
        )
        try:
            response = OPENER.open(request, timeout=60)
        except urllib.error.HTTPError as error:
            response = error
        with response:
            self.keep_cookies(response.headers, response.headers.get_all("Set-Cookie") or [])
            return response.status, response.read()

    def login(self, username, password):
        self.request("/admin/login/")
        status, _ = self.request(
            "/admin/login/", {"username": username, "password": password, "next": "/admin/"}
        )
        assert status == 302 and "sessionid" in self.cookies, "the editor could not sign in"
        # Production asks a superuser for a second step: set up the authenticator app as a
        # person would, typing the code for the key the page shows.
        status, page = self.request("/admin/two-factor/setup/")
        key = re.search(rb"<code>([A-Z2-7 ]+)</code>", page)
        assert status == 200 and key, "no two-step sign-in setup page"
        secret = key.group(1).replace(b" ", b"").decode()
        secret = base64.b32decode(secret + "=" * (-len(secret) % 8))
        code = f"{TOTP(secret).token():06d}"
        status, page = self.request("/admin/two-factor/setup/", {"code": code})
        assert status == 200 and b"backup codes" in page, "the second step failed"


def png_bytes():
    from PIL import Image

    picture = Image.new("RGB", (640, 400), (24, 110, 160))
    for x in range(0, 640, 40):
        picture.paste((240, 200, 40), (x, 300, x + 20, 400))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stack")
    database = BrowserDatabase(folder, purpose="stack")
    database.create_migrated()
    store = ObjectStore(folder).start()
    bucket = store.create_bucket("gosmart-test-media")
    env = production_environment(
        folder,
        database.url,
        "redis://127.0.0.1:6379/11",
        f"stack-test-{os.getpid()}-{uuid.uuid4().hex[:6]}",
        extra=dict(store.environment(bucket), PAGE_CACHE="true"),
    )

    def site(*args):
        return run_site(env, *args)

    servers = []
    try:
        ids = json.loads(
            site(
                *["prepare", "then", "collectstatic", "then", "admin", *EDITOR],
                *["then", "draft", "zorvex-fresh", "then", "draft", "zorvex-scheduled"],
                *["then", "ids"],
            )
        )
        servers = [AppServer(name, env, folder).start() for name in ("a", "b")]
        for server in servers:
            server.wait()
        editor = AdminSession(servers[0].url)
        editor.login(*EDITOR)
        yield {
            "a": servers[0].url,
            "b": servers[1].url,
            "editor": editor,
            "ids": ids,
            "site": site,
            "env": env,
            "store": store,
            "bucket": bucket,
        }
    finally:
        for server in servers:
            server.stop()
        store.stop()
        database.drop()


def status_on(base, path):
    return fetch(base + path)[0]


def agrees_within(base, path, expected, seconds=AGREE_WITHIN):
    """How long until `base` answers `path` with `expected` (polled); None if not in time."""
    started = time.monotonic()
    while True:
        status, _headers, body = fetch(base + path)
        if status == expected:
            return time.monotonic() - started, body
        if time.monotonic() - started > seconds:
            return None, body
        time.sleep(0.02)


def test_both_servers_are_production_servers_sharing_the_cache(stack):
    for base in (stack["a"], stack["b"]):
        status, headers, body = fetch(base + "/en/")
        assert status == 200
        assert "Content-Security-Policy" in headers  # production middleware
        # Served with hashed, compressed static files (whitenoise's manifest).
        css = re.search(rb'href="(/static/css/site\.[0-9a-f]{12}\.css)"', body)
        assert css, "the page does not link the hashed stylesheet"
        for encoding in ("br", "gzip"):
            status, headers, _ = fetch(
                base + css.group(1).decode(), headers={"Accept-Encoding": encoding}
            )
            assert status == 200 and headers.get("Content-Encoding") == encoding
            assert "max-age=315360000" in headers.get("Cache-Control", "")  # hashed: for good
    # A page A has just rendered is a page-cache hit on B's first visit: one shared cache
    # (behind a load balancer both are asked for the same host name).
    same_host = {"Host": "localhost"}
    assert fetch(stack["a"] + "/fr/news/", headers=same_host)[1].get("X-Page-Cache") == "miss"
    assert fetch(stack["b"] + "/fr/news/", headers=same_host)[1].get("X-Page-Cache") == "hit"


def test_a_publish_on_a_shows_on_b_within_a_second(stack):
    page_id = stack["ids"]["zorvex-fresh"]
    for base in (stack["a"], stack["b"]):
        assert status_on(base, "/en/news/") == 200  # cached on both
        assert status_on(base, "/en/news/zorvex-fresh/") == 404
    status, _ = stack["editor"].request(
        f"/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/", {}
    )
    assert status == 302, "the bulk publish was refused"
    took, _ = agrees_within(stack["b"], "/en/news/zorvex-fresh/", 200)
    assert took is not None, "B still answers 404 a second after A published"
    # The listing on B, cached before, names the new item too.
    _, _, listing = fetch(stack["b"] + "/en/news/")
    assert b"zorvex-fresh" in listing


def test_an_unpublish_on_a_leaves_b_within_a_second(stack):
    page_id = stack["ids"]["zorvex-release"]
    for language in ("en", "ja", "ar"):
        assert status_on(stack["b"], f"/{language}/news/zorvex-release/") == 200
    status, _ = stack["editor"].request(f"/admin/pages/{page_id}/unpublish/", {})
    assert status == 302
    for language in ("en", "ja", "ar"):
        took, _ = agrees_within(stack["b"], f"/{language}/news/zorvex-release/", 404)
        assert took is not None, f"B still shows the unpublished page in {language}"
    assert b"zorvex-release" not in fetch(stack["b"] + "/en/news/")[2]
    # Put it back for the tests that follow.
    status, _ = stack["editor"].request(
        f"/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/", {}
    )
    assert status == 302
    assert agrees_within(stack["b"], "/en/news/zorvex-release/", 200)[0] is not None


def test_a_page_made_private_on_a_is_private_on_b_within_a_second(stack):
    page_id = stack["ids"]["zorvex-about"]
    assert status_on(stack["b"], "/fr/zorvex-about/") == 200
    assert b"zorvex-about" in fetch(stack["b"] + "/fr/")[2]  # in the menu
    status, body = stack["editor"].request(
        f"/admin/pages/{page_id}/privacy/", {"restriction_type": "login"}
    )
    assert status == 200 and json.loads(body)["step"] == "set_privacy_done"
    took, _ = agrees_within(stack["b"], "/fr/zorvex-about/", 302)
    assert took is not None, "B still serves the private page"
    assert b"zorvex-about" not in fetch(stack["b"] + "/fr/")[2]


def test_a_scheduled_page_goes_live_on_b_when_its_time_comes(stack):
    page_id = stack["ids"]["zorvex-scheduled"]
    stack["site"]("schedule", "zorvex-scheduled", "3")
    status, _ = stack["editor"].request(
        f"/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/", {}
    )
    assert status == 302
    # Scheduled, not live: neither server shows it.
    for base in (stack["a"], stack["b"]):
        assert status_on(base, "/en/news/zorvex-scheduled/") == 404
    time.sleep(3.2)
    manage(stack["env"], "publish_scheduled")  # what the stack's scheduler runs each minute
    took, _ = agrees_within(stack["b"], "/en/news/zorvex-scheduled/", 200)
    assert took is not None, "B does not show the page that went live"


def test_a_picture_uploaded_on_a_is_served_by_b_from_the_bucket(stack):
    status, body = stack["editor"].request(
        "/admin/images/multiple/add/",
        {"title": "Harbour at dusk"},
        files={"files[]": ("harbour.png", png_bytes(), "image/png")},
    )
    answer = json.loads(body)
    assert status == 200 and answer["success"], body[:500]
    # Alt text is required, so the admin asks for it before the picture becomes an image.
    upload_id = answer["uploaded_file_id"]
    prefix = f"uploaded-image-{upload_id}-"
    collection = re.search(
        rf'name="{prefix}collection"[^>]*>\s*<option value="(\d+)"', answer["form"]
    )
    status, body = stack["editor"].request(
        f"/admin/images/multiple/create_from_uploaded_image/{upload_id}/",
        {
            prefix + "title": "Harbour at dusk",
            prefix + "description": "A harbour at dusk, cranes against a blue sky",
            prefix + "collection": collection.group(1) if collection else "1",
        },
    )
    answer = json.loads(body)
    assert status == 200 and answer["success"]
    image_id = answer["image_id"]
    # The original is in the bucket, not on either server's disk.
    assert any(
        key.startswith("original_images/harbour") for key in stack["store"].keys(stack["bucket"])
    )
    stack["site"]("hero", "zorvex-release", str(image_id))

    _, _, on_a = fetch(stack["a"] + "/en/news/zorvex-release/")
    rendition = re.search(rb'src="(http://127\.0\.0\.1:\d+/[^"]+/images/harbour[^"]+)"', on_a)
    assert rendition, "A does not show the picture from the object store"
    took, on_b = agrees_within(stack["b"], "/en/news/zorvex-release/", 200)
    assert took is not None and rendition.group(1) in on_b, "B shows another picture address"
    status, headers, picture = fetch(rendition.group(1).decode())
    assert status == 200 and headers["Content-Type"].startswith("image/") and picture
    # Originals and documents stay private in the bucket: only renditions are public.
    original = next(
        k for k in stack["store"].keys(stack["bucket"]) if k.startswith("original_images/")
    )
    assert status_on(f"{stack['store'].url}/{stack['bucket']}", f"/{original}") == 403
