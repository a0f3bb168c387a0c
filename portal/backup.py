"""Backups of the database and the media files, and their restore.

A backup is a folder holding `database.sqlite3` (SQLite, through SQLite's online
backup API) or `database.dump` (PostgreSQL, `pg_dump --format=custom`), `media.tar.gz`
(local media; object storage is backed up by the bucket's own versioning) and
`manifest.json`.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connections


def _database():
    return settings.DATABASES["default"]


def _is_sqlite():
    return _database()["ENGINE"].endswith("sqlite3")


def _pg_env():
    database = _database()
    env = {**os.environ}
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = database["PASSWORD"]
    return env


def _pg_args():
    database = _database()
    args = []
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            args += [option, str(database[key])]
    return args


def backup(destination):
    """Write a new backup folder under `destination` and return its path."""
    folder = Path(destination) / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder.mkdir(parents=True)
    if _is_sqlite():
        target = sqlite3.connect(folder / "database.sqlite3")
        with target:
            sqlite3.connect(_database()["NAME"]).backup(target)
        target.close()
        database_file = "database.sqlite3"
    else:
        database_file = "database.dump"
        subprocess.run(  # noqa: S603 - fixed arguments, database settings
            ["pg_dump", "--format=custom", "--no-owner", "--file", str(folder / database_file)]
            + _pg_args()
            + [_database()["NAME"]],
            check=True,
            env=_pg_env(),
        )
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(folder / "media.tar.gz", "w:gz") as archive:
        if media_root.exists():
            archive.add(media_root, arcname="media")
    manifest = {
        "created": datetime.now(UTC).isoformat(),
        "engine": _database()["ENGINE"],
        "database": database_file,
        "media": "media.tar.gz",
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2))
    return folder


def restore(folder):
    """Replace the database and the media files with those of a backup folder."""
    folder = Path(folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    if manifest["engine"] != _database()["ENGINE"]:
        raise ValueError(f"This backup is of a {manifest['engine']} database.")
    connections.close_all()
    if _is_sqlite():
        source = sqlite3.connect(folder / manifest["database"])
        target = sqlite3.connect(_database()["NAME"])
        with target:
            source.backup(target)
        source.close()
        target.close()
    else:
        subprocess.run(  # noqa: S603 - fixed arguments, database settings
            ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction"]
            + _pg_args()
            + ["--dbname", _database()["NAME"], str(folder / manifest["database"])],
            check=True,
            env=_pg_env(),
        )
    media_root = Path(settings.MEDIA_ROOT)
    if media_root.exists():
        shutil.rmtree(media_root)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(folder / manifest["media"], "r:gz") as archive:
        archive.extractall(media_root.parent, filter="data")
        extracted = media_root.parent / "media"
        if extracted != media_root and extracted.exists():
            extracted.rename(media_root)
