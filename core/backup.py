"""Backups of the whole site: the database and every uploaded file (`manage.py backup`,
`manage.py restore`).

A backup is a folder: `database.dump` (PostgreSQL's custom format, from `pg_dump -Fc`) or
`database.sqlite3` (SQLite's online backup), `media/` (every file of the media storage,
local disk or bucket alike, by its storage name) and `backup.json` (what it holds).
Restoring loads the database into the configured one (replacing what is there) and writes
the files back under the same names, so image and document records find their files.
"""

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.core.files.base import File
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone

POSTGRES = "postgresql"


def postgres_command_env():
    """libpq's connection variables for pg_dump/pg_restore, from the Django settings."""
    settings = connection.settings_dict
    env = dict(os.environ)
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER")):
        if settings.get(key):
            env[name] = str(settings[key])
    if settings.get("PASSWORD"):
        env["PGPASSWORD"] = settings["PASSWORD"]
    env["PGDATABASE"] = settings["NAME"]
    return env


def postgres_tool(name):
    path = shutil.which(name)
    if path is None:
        raise OSError(f"{name} is needed (PostgreSQL's client tools) and is not installed.")
    return path


def storage_files(storage, folder=""):
    """Every file name in a storage, walking its folders."""
    folders, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for sub in folders:
        yield from storage_files(storage, f"{folder}/{sub}" if folder else sub)


def backup(target):
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    engine = connection.vendor
    if engine == POSTGRES:
        database_file = "database.dump"
        subprocess.run(  # noqa: S603 - PostgreSQL's own tool
            [postgres_tool("pg_dump"), "-Fc", "--no-owner", "--file", str(target / database_file)],
            env=postgres_command_env(),
            check=True,
        )
    elif engine == "sqlite":
        database_file = "database.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(target / database_file) as copy:
            connection.connection.backup(copy)
    else:
        raise ValueError(f"No backup for a {engine} database")

    media = target / "media"
    if media.exists():
        shutil.rmtree(media)
    names = []
    for name in storage_files(default_storage):
        destination = media / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name, "rb") as source, open(destination, "wb") as out:
            shutil.copyfileobj(source, out)
        names.append(name)
    summary = {
        "made": timezone.now().isoformat(),
        "database": {"engine": engine, "file": database_file},
        "media_files": len(names),
    }
    (target / "backup.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return summary


def restore(source):
    source = Path(source)
    summary = json.loads((source / "backup.json").read_text(encoding="utf-8"))
    engine = connection.vendor
    if summary["database"]["engine"] != engine:
        raise ValueError(
            f"This backup holds a {summary['database']['engine']} database; "
            f"the site is configured for {engine}."
        )
    dump = source / summary["database"]["file"]
    if engine == POSTGRES:
        connection.close()
        subprocess.run(  # noqa: S603 - PostgreSQL's own tool
            [
                postgres_tool("pg_restore"),
                "--no-owner",
                "--clean",
                "--if-exists",
                "--single-transaction",
                "--dbname",
                connection.settings_dict["NAME"],
                str(dump),
            ],
            env=postgres_command_env(),
            check=True,
        )
    else:
        connection.ensure_connection()
        with sqlite3.connect(dump) as copy:
            copy.backup(connection.connection)
    connection.close()

    media = source / "media"
    restored = 0
    for path in sorted(p for p in media.rglob("*") if p.is_file()):
        name = path.relative_to(media).as_posix()
        if default_storage.exists(name):
            default_storage.delete(name)
        with open(path, "rb") as content:
            saved = default_storage.save(name, File(content, name=name))
        if saved != name:
            raise RuntimeError(f"{name} was stored as {saved}")
        restored += 1
    return {"database": engine, "media_files": restored}
