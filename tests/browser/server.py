"""The site the browser tests drive: a real gunicorn process on a free loopback port, with
its own database (a SQLite file, or a PostgreSQL database created and dropped here when
DATABASE_URL points at PostgreSQL) holding the demo content, and its own media folder.

A separate process, rather than pytest-django's live_server thread, keeps the rest of the
suite's database untouched: live_server needs a transactional database that is emptied
after every test, which would also empty the demo content the other tests share."""

import http.cookiejar
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from deploy.stack import drop_postgres_database, free_port, recreate_postgres_database
from tests import demo_snapshot
from tests.checkers.tools import REPO

SETTINGS_MODULE = "tests.browser.server_settings"
EDITOR_USERNAME = "browser-editor"
EDITOR_PASSWORD = "browser-editor-password"  # a throwaway account in a throwaway database
POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql", "postgis"}


@dataclass(frozen=True)
class SitePage:
    id: int
    type: str  # "app_label.ModelName"
    language: str
    url: str
    title: str
    slug: str
    translated: bool


class BrowserDatabase:
    """The browser server's database, beside (never inside) the one the other tests use."""

    def __init__(self, folder, purpose="browser"):
        self.folder = Path(folder)
        self.base_url = os.environ.get("DATABASE_URL", "")
        self.postgres = urllib.parse.urlsplit(self.base_url).scheme in POSTGRES_SCHEMES
        if self.base_url and not self.postgres and not self.base_url.startswith("sqlite"):
            raise RuntimeError(f"Browser tests support SQLite and PostgreSQL, not {self.base_url}")
        if self.postgres:
            parts = urllib.parse.urlsplit(self.base_url)
            base_name = parts.path.lstrip("/") or "gosmart"
            self.name = f"{base_name}_{purpose}_{os.getpid()}"
            self.url = urllib.parse.urlunsplit(parts._replace(path=f"/{self.name}"))
        else:
            self.name = str(self.folder / "site.sqlite3")
            self.url = f"sqlite:///{self.name}"

    def create(self):
        if self.postgres:
            recreate_postgres_database(self.url)

    def create_migrated(self):
        """A copy of the run's migrated, empty database (tests/demo_snapshot.py): the
        migrations need not run again."""
        demo_snapshot.schema().copy_database_to(self.url)

    def drop(self):
        if self.postgres:
            drop_postgres_database(self.url)


class LiveSite:
    def __init__(self, folder):
        self.folder = Path(folder)
        self.database = BrowserDatabase(self.folder)
        self.port = None
        self.url = None
        self.process = None
        self.log_path = self.folder / "server.log"
        self.site_map = self.folder / "site-map.json"
        self.clock_path = self.folder / "clock"  # seconds ahead of the real time
        self.preparing = None
        self.prepare_log = None
        self.pages = []
        self.editor = (EDITOR_USERNAME, EDITOR_PASSWORD)

    # --- lifecycle -------------------------------------------------------------------------
    def environment(self):
        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
            DATABASE_URL=self.database.url,
            MEDIA_ROOT=str(self.folder / "media"),
            GOSMART_TEST_CLOCK=str(self.clock_path),
            PYTHONUNBUFFERED="1",
        )
        return env

    def begin(self):
        """Copy the run's demo snapshot (tests/demo_snapshot.py) into the site's database
        and media folder, and finish preparing it in the background."""
        if self.preparing is not None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        demo = demo_snapshot.snapshot()
        demo.copy_database_to(self.database.url)
        demo.copy_media_to(self.folder / "media")
        self.prepare_log = open(self.folder / "prepare.log", "wb")
        self.preparing = subprocess.Popen(  # noqa: S603 - our own script
            [sys.executable, "-m", "tests.browser.prepare_site", str(self.site_map), *self.editor],
            cwd=REPO,
            env=self.environment(),
            stdout=self.prepare_log,
            stderr=subprocess.STDOUT,
        )

    def serve(self, timeout=60):
        """Wait for the database, then start the server and wait until it answers."""
        if self.process is not None:
            return
        self.begin()
        if self.preparing.wait(timeout=900) != 0:
            log = (self.folder / "prepare.log").read_text(encoding="utf-8", errors="replace")
            raise RuntimeError(f"Could not build the browser server's database:\n{log[-6000:]}")
        data = json.loads(self.site_map.read_text(encoding="utf-8"))
        self.pages = [SitePage(**page) for page in data["pages"]]

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(  # noqa: S603 - fixed program and arguments
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "--bind",
                    f"127.0.0.1:{self.port}",
                    "--workers",
                    "1",
                    "--worker-class",
                    "gthread",
                    "--threads",
                    "8",
                    "--timeout",
                    "120",
                    "gosmart.wsgi:application",
                ],
                cwd=REPO,
                env=self.environment(),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"The browser server stopped at start:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.url}/readyz", timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"The browser server did not answer:\n{self.log()}")
            time.sleep(0.2)

    def stop(self):
        for process in (self.preparing, self.process):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=15)
        if self.prepare_log is not None:
            self.prepare_log.close()
        self.database.drop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def log(self, tail=6000):
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-tail:]
        except OSError:
            return "(no server log)"

    # --- what is on the site ---------------------------------------------------------------
    def pages_of(self, type=None, language=None):  # noqa: A002 - reads like the data
        return [
            page
            for page in self.pages
            if (type is None or page.type == type)
            and (language is None or page.language == language)
        ]

    def page_of(self, type, language="en"):  # noqa: A002
        """The first live page of a type in a language, in tree order, or None."""
        found = self.pages_of(type, language)
        return found[0] if found else None

    def client(self):
        return HttpClient(self.url)

    def move_clock(self, seconds):
        """Set the site's clock (and its scheduler's) this many seconds ahead of the real
        time; 0 puts it back."""
        self.clock_path.write_text(str(seconds), encoding="utf-8")

    def run_scheduler(self):
        """Run publish_scheduled on the site's database, on the site's clock, as the
        production scheduler does every minute."""
        subprocess.run(  # noqa: S603 - our own module
            [sys.executable, "-m", "tests.browser.clock"],
            cwd=REPO,
            env=self.environment(),
            check=True,
            capture_output=True,
        )


class HttpClient:
    """A plain HTTP client with cookies, for fetching raw HTML (no browser involved)."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def request(self, path, data=None, headers=None):
        """GET path, or POST data (a dict, or a QueryDict with lists) to it."""
        body = None
        if data is not None:
            encoded = (
                data.urlencode() if hasattr(data, "urlencode") else urllib.parse.urlencode(data)
            )
            body = encoded.encode()
        request = urllib.request.Request(self.base_url + path, data=body)  # noqa: S310
        if data is not None:
            request.add_header("Referer", self.base_url + path)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", errors="replace")

    def get(self, path):
        return self.request(path)

    def post_form(self, path, answers):
        """GET a page with a form, then POST the answers (by field label) with its CSRF
        token. Fields are found by their <label for="id_<name>">."""
        status, html = self.get(path)
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        if status != 200 or match is None:
            raise AssertionError(f"{path} has no form to submit (status {status})")
        names = {
            label.strip(): name
            for name, label in re.findall(r'<label for="id_([^"]+)">([^<]+)', html)
        }
        # Every hidden field goes back, as a browser sends it (the CSRF token, the form's
        # signed time stamp).
        data = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
        data["csrfmiddlewaretoken"] = match.group(1)
        for label, value in answers.items():
            if label not in names:
                raise AssertionError(f"{path} has no field labelled {label!r}: {sorted(names)}")
            data[names[label]] = value
        return self.request(path, data)
