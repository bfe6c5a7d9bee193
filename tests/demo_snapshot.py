"""The demo site, loaded once per test run and copied wherever a test needs it.

Loading the demo (migrations, seven language trees, images, PDFs) takes a couple of
minutes; copying a loaded database takes a second. The first process of a run that asks
for the snapshot builds it, in a subprocess and under a file lock (the pytest-xdist workers
and the browser tests' site ask at the same time); every later one copies it: each worker's
test database (tests/conftest.py) and the browser site's database (tests/browser).

The snapshot is a SQLite file, or a PostgreSQL database used as a template, plus the media
files the demo uploads. The run that made it removes it at the end (`discard`).

    python -m tests.demo_snapshot FOLDER   (builds it: DATABASE_URL and MEDIA_ROOT set)
"""

import fcntl
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import urllib.parse
import uuid
from dataclasses import dataclass
from pathlib import Path

from deploy.stack import drop_postgres_database, recreate_postgres_database
from tests.checkers.tools import REPO

RUN_VARIABLE = "GOSMART_TEST_RUN"
POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql", "postgis"}


def start_run():
    """Name this test run; processes it starts (xdist workers, servers) inherit the name."""
    os.environ.setdefault(RUN_VARIABLE, uuid.uuid4().hex[:10])


def is_postgres(url):
    return urllib.parse.urlsplit(url or "").scheme in POSTGRES_SCHEMES


def with_database_name(url, name):
    return urllib.parse.urlunsplit(urllib.parse.urlsplit(url)._replace(path=f"/{name}"))


@dataclass(frozen=True)
class Snapshot:
    folder: Path
    database_url: str  # a SQLite file, or the PostgreSQL template database

    @property
    def media(self):
        return self.folder / "media"

    @property
    def sqlite_path(self):
        return self.folder / "demo.sqlite3"

    @property
    def template_name(self):
        return urllib.parse.urlsplit(self.database_url).path.lstrip("/")

    def copy_media_to(self, media_root):
        shutil.copytree(self.media, media_root, dirs_exist_ok=True)

    def copy_database_to(self, url):
        """A copy of the demo database at another address (a SQLite file or PostgreSQL)."""
        with self.lock():
            if is_postgres(url):
                recreate_postgres_database(url, template=self.template_name)
            else:
                path = Path(urllib.parse.urlsplit(url).path)
                path.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(self.sqlite_path, path)

    def copy_into_sqlite_connection(self, connection):
        """Fill an open SQLite connection (an in-memory test database) with the demo."""
        source = sqlite3.connect(self.sqlite_path)
        try:
            source.backup(connection)
        finally:
            source.close()

    def lock(self):
        return _Lock(self.folder / "lock")


class _Lock:
    def __init__(self, path):
        self.path = path

    def __enter__(self):
        self.file = open(self.path, "w")  # noqa: SIM115 - held until __exit__
        fcntl.flock(self.file, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.file, fcntl.LOCK_UN)
        self.file.close()


def location():
    base_url = os.environ.get("DATABASE_URL", "")
    run = os.environ.get(RUN_VARIABLE)
    if not run:
        raise RuntimeError(f"{RUN_VARIABLE} is not set: tests/conftest.py sets it for the run")
    folder = Path(tempfile.gettempdir()) / f"gosmart-demo-{run}"
    if is_postgres(base_url):
        name = urllib.parse.urlsplit(base_url).path.lstrip("/") or "gosmart"
        url = with_database_name(base_url, f"{name}_demo_{run}")
    else:
        url = f"sqlite:///{folder / 'demo.sqlite3'}"
    return Snapshot(folder, url)


def snapshot():
    """The run's demo snapshot, built first if no process of the run has built it yet."""
    found = location()
    found.folder.mkdir(parents=True, exist_ok=True)
    with found.lock():
        if not (found.folder / "ready").exists():
            _build(found)
            (found.folder / "ready").touch()
    return found


def _build(found):
    if is_postgres(found.database_url):
        recreate_postgres_database(found.database_url)
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="gosmart.settings.test",
        DATABASE_URL=found.database_url,
        MEDIA_ROOT=str(found.media),
    )
    log = found.folder / "build.log"
    with open(log, "wb") as out:
        done = subprocess.run(  # noqa: S603 - this module, run as a script
            [sys.executable, "-m", "tests.demo_snapshot"],
            cwd=REPO,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"The demo snapshot could not be built:\n{log.read_text()[-6000:]}")


def discard():
    """Remove the run's snapshot (called once, by the process that started the run)."""
    found = location()
    if is_postgres(found.database_url):
        drop_postgres_database(found.database_url)
    shutil.rmtree(found.folder, ignore_errors=True)


def main():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo_content", verbosity=0)


if __name__ == "__main__":
    main()
