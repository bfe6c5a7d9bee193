"""`manage.py backup` and `restore`: a site with pages, revisions, a translation, a picture
(with a rendition) and a document, its media in an S3-compatible bucket, is backed up and
restored into a fresh database and a fresh bucket, and the restored site holds the same."""

import json
import subprocess
import sys

import pytest

from deploy.stack import ObjectStore, manage, production_environment
from tests.browser.server import BrowserDatabase
from tests.checkers.tools import REPO
from tests.processes.site import run_site

pytestmark = pytest.mark.processes


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = ObjectStore(tmp_path_factory.mktemp("object-store")).start()
    yield store
    store.stop()


def site_environment(folder, database, store, bucket):
    return production_environment(
        folder,
        database.url,
        "locmemcache://",
        "backup",
        extra=store.environment(store.create_bucket(bucket)),
    )


def test_a_backup_restores_into_a_fresh_database_and_bucket(tmp_path, store):
    source_db = BrowserDatabase(tmp_path / "source", purpose="backup_source")
    target_db = BrowserDatabase(tmp_path / "target", purpose="backup_target")
    (tmp_path / "source").mkdir()
    (tmp_path / "target").mkdir()
    try:
        source_db.create_migrated()
        source = site_environment(tmp_path / "source", source_db, store, "site-media")
        target = site_environment(tmp_path / "target", target_db, store, "restored-media")
        before = json.loads(run_site(source, "prepare", "then", "media", "then", "census"))
        assert before["images"] and before["renditions"] and before["documents"]
        assert ["ja", before["translations"][0][1]] in before["translations"]

        manage(source, "backup", str(tmp_path / "backup"))
        assert store.keys("restored-media") == []
        # A fresh, migrated site, as after a disaster (a copy of the run's migrated database:
        # the migrations need not run again).
        target_db.create_migrated()
        manage(target, "restore", "--yes", str(tmp_path / "backup"))

        after = json.loads(run_site(target, "census"))
        assert after == before
        assert store.keys("restored-media") == store.keys("site-media")
    finally:
        source_db.drop()
        target_db.drop()


def test_a_backup_of_another_database_engine_is_refused(tmp_path, store):
    database = BrowserDatabase(tmp_path, purpose="backup_engine")
    database.create()
    try:
        env = site_environment(tmp_path, database, store, "engine-media")
        other = "sqlite" if database.postgres else "postgresql"
        (tmp_path / "backup").mkdir()
        (tmp_path / "backup" / "backup.json").write_text(
            json.dumps({"database": {"engine": other, "file": "database.x"}})
        )
        result = subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", "restore", "--yes", str(tmp_path / "backup")],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 1
        assert f"holds a {other} database" in result.stderr
    finally:
        database.drop()
