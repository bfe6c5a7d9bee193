"""Caches agree across processes: gunicorn with four workers, each with its own memory,
and changes made from another process (as the admin on another server, a management
command or publish_scheduled would make them). No worker may answer from a stale copy."""

import os
import subprocess
import sys
import time

import pytest

from tests.browser.server import BrowserDatabase, free_port
from tests.checkers.tools import REPO
from tests.processes.http import fetch
from tests.processes.site import ABOUT, RELEASE, run_site

pytestmark = pytest.mark.processes

REQUESTS = 100


def get(url):
    status, _headers, body = fetch(url)
    return status, body.decode(errors="replace")


@pytest.fixture(scope="module")
def four_workers(tmp_path_factory):
    folder = tmp_path_factory.mktemp("processes")
    database = BrowserDatabase(folder, purpose="processes")
    database.create_migrated()
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="gosmart.settings.test",
        DATABASE_URL=database.url,
        MEDIA_ROOT=str(folder / "media"),
        CACHE_URL="locmemcache://",  # each worker its own memory: the hard case
    )

    run_site(env, "prepare")
    port = free_port()
    log = open(folder / "gunicorn.log", "wb")
    server = subprocess.Popen(  # noqa: S603 - fixed program and arguments
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "4",
            "gosmart.wsgi:application",
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while get(f"{base}/en/")[0] != 200:
        assert server.poll() is None and time.monotonic() < deadline, (
            folder / "gunicorn.log"
        ).read_text(errors="replace")[-3000:]
        time.sleep(0.2)
    try:
        yield base, lambda *args: run_site(env, *args)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
        database.drop()


def answers(url):
    return [get(url) for _ in range(REQUESTS)]


def test_every_worker_sees_a_change_made_in_another_process(four_workers):
    base, change = four_workers
    release = f"{base}/ja/news/{RELEASE}/"
    # Warm every worker's caches (restricted paths, menu, site) with the current state.
    assert {status for status, _body in answers(release)} == {200}
    assert all(ABOUT in body for _status, body in answers(f"{base}/en/"))

    change("restrict", RELEASE)
    stale = [status for status, _body in answers(release) if status != 302]
    assert stale == [], f"{len(stale)} of {REQUESTS} answers still showed the private page"

    change("unrestrict", RELEASE)
    assert {status for status, _body in answers(release)} == {200}

    change("unpublish", ABOUT)
    stale = [1 for _status, body in answers(f"{base}/ar/") if ABOUT in body]
    assert stale == [], f"{len(stale)} of {REQUESTS} menus still listed the unpublished page"
    assert {status for status, _body in answers(f"{base}/en/{ABOUT}/")} == {404}

    change("publish", ABOUT)
    assert all(ABOUT in body for _status, body in answers(f"{base}/ko/"))
