"""The demo site, loaded once per test run and copied wherever a test needs it.

Loading the demo (migrations, seven language trees, images, PDFs) takes a couple of
minutes; copying a loaded database takes a second. The first process of a run that asks
for the snapshot builds it, in a subprocess and under a file lock (the pytest-xdist workers
and the browser tests' site ask at the same time); every later one copies it: each worker's
test database (tests/conftest.py) and the browser site's database (tests/browser).

After the demo loads, its English pages are rendered once (tests/warm_renditions.py), so the
snapshot holds the image renditions they show and no test pays for resizing them again.

The snapshot is a SQLite file, or a PostgreSQL database used as a template, plus the media
files the demo uploads. On the way it keeps the migrated, still empty database too
(`schema()`), which the tests that build a small site of their own copy instead of running
the migrations again. The run that made them removes them at the end (`discard`).
"""

import fcntl
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid
from dataclasses import dataclass
from pathlib import Path

from deploy.stack import drop_postgres_database, recreate_postgres_database
from tests.checkers.tools import REPO

RUN_VARIABLE = "GOSMART_TEST_RUN"
KEEP_VARIABLE = "GOSMART_TEST_RUN_KEPT"
POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql", "postgis"}


def start_run():
    """Name this test run; processes it starts (xdist workers, servers) inherit the name.

    A name given from outside (GOSMART_TEST_RUN=mine pytest ...) keeps the snapshot after
    the run, so repeated local runs skip the demo load; `discard` leaves it alone."""
    if RUN_VARIABLE in os.environ:
        os.environ.setdefault(KEEP_VARIABLE, "1")
    os.environ.setdefault(RUN_VARIABLE, uuid.uuid4().hex[:10])


def is_postgres(url):
    return urllib.parse.urlsplit(url or "").scheme in POSTGRES_SCHEMES


def with_database_name(url, name):
    return urllib.parse.urlunsplit(urllib.parse.urlsplit(url)._replace(path=f"/{name}"))


@dataclass(frozen=True)
class Snapshot:
    folder: Path
    database_url: str  # a SQLite file, or the PostgreSQL template database
    stem: str = "demo"  # "schema": migrated and empty; "demo": the demo content loaded

    @property
    def media(self):
        return self.folder / "media"

    @property
    def sqlite_path(self):
        return self.folder / f"{self.stem}.sqlite3"

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
                copy_sqlite(self.sqlite_path, path)

    def copy_into_sqlite_connection(self, connection):
        """Fill an open SQLite connection (an in-memory test database) with the demo."""
        copy_sqlite(self.sqlite_path, connection)

    def lock(self):
        """Held while this snapshot is copied (PostgreSQL copies a template only while no
        one else is connected to it)."""
        return _Lock(self.folder / f"{self.stem}.lock")


class _Lock:
    """An exclusive lock on a file, across processes. With wait=False, entering gives
    False at once when another process holds it (and True when this one got it)."""

    def __init__(self, path, wait=True):
        self.path = path
        self.wait = wait
        self.file = None

    def __enter__(self):
        self.file = open(self.path, "w")  # noqa: SIM115 - held until __exit__
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | (0 if self.wait else fcntl.LOCK_NB))
        except BlockingIOError:
            self.file.close()
            self.file = None
            return False
        return True

    def __exit__(self, *exc):
        if self.file is not None:
            fcntl.flock(self.file, fcntl.LOCK_UN)
            self.file.close()
            self.file = None


def location(stem="demo"):
    base_url = os.environ.get("DATABASE_URL", "")
    run = os.environ.get(RUN_VARIABLE)
    if not run:
        raise RuntimeError(f"{RUN_VARIABLE} is not set: tests/conftest.py sets it for the run")
    # Kept apart by database, so a named run on SQLite and then on PostgreSQL builds each.
    kind = "postgres" if is_postgres(base_url) else "sqlite"
    folder = Path(tempfile.gettempdir()) / f"gosmart-demo-{run}-{kind}"
    if is_postgres(base_url):
        name = urllib.parse.urlsplit(base_url).path.lstrip("/") or "gosmart"
        url = with_database_name(base_url, f"{name}_{stem}_{run}")
    else:
        url = f"sqlite:///{folder / f'{stem}.sqlite3'}"
    return Snapshot(folder, url, stem)


def snapshot():
    """The run's demo snapshot, built first if no process of the run has built it yet."""
    _ensure_built()
    return location("demo")


def schema():
    """The run's migrated, empty database (the step before the demo), for tests that
    build a small site of their own. It is ready once migrated: those tests start while
    the demo is still loading."""
    folder = location().folder
    folder.mkdir(parents=True, exist_ok=True)
    while not (folder / "schema-ready").exists():
        with _Lock(folder / "build.lock", wait=False) as held:
            if held:
                _ensure_schema(folder)
                continue
        time.sleep(0.5)  # another process is building, and migrates first
    return location("schema")


def _ensure_built():
    folder = location().folder
    folder.mkdir(parents=True, exist_ok=True)
    with _Lock(folder / "build.lock"):
        if not (folder / "ready").exists():
            _ensure_schema(folder)
            _build_demo(location("schema"), location("demo"))
            (folder / "ready").touch()


def _ensure_schema(folder):
    """Migrate the empty database, once (called with the build lock held)."""
    if (folder / "schema-ready").exists():
        return
    empty = location("schema")
    if is_postgres(empty.database_url):
        recreate_postgres_database(empty.database_url)
    _manage(empty, "migrate", "--no-input")
    (folder / "schema-ready").touch()


def _build_demo(empty, demo):
    with empty.lock():
        if is_postgres(demo.database_url):
            recreate_postgres_database(demo.database_url, template=empty.template_name)
        else:
            copy_sqlite(empty.sqlite_path, demo.sqlite_path)
    _manage(demo, "load_demo_content")
    _run(demo, "warm_renditions", ["-m", "tests.warm_renditions"])


def _manage(target, command, *arguments):
    _run(target, command, ["manage.py", command, *arguments, "-v", "0"])


def _run(target, log_name, arguments):
    """Run `python <arguments>` on a snapshot's database and media, logged to <log_name>.log."""
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="gosmart.settings.test",
        DATABASE_URL=target.database_url,
        MEDIA_ROOT=str(target.media),
    )
    log = target.folder / f"{log_name}.log"
    with open(log, "wb") as out:
        done = subprocess.run(  # noqa: S603 - this project's own programs
            [sys.executable, *arguments],
            cwd=REPO,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"The demo snapshot could not be built:\n{log.read_text()[-6000:]}")


def discard():
    """Remove the run's snapshots (called once, by the process that started the run),
    unless the run was named from outside."""
    if os.environ.get(KEEP_VARIABLE):
        return
    for stem in ("schema", "demo"):
        found = location(stem)
        if is_postgres(found.database_url):
            drop_postgres_database(found.database_url)
    shutil.rmtree(location().folder, ignore_errors=True)


def copy_sqlite(source_path, target):
    """Copy a SQLite database through SQLite itself (a file copy could miss its WAL) into a
    file path or an open connection."""
    source = sqlite3.connect(source_path)
    destination = target if isinstance(target, sqlite3.Connection) else sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        source.close()
        if destination is not target:
            destination.close()
