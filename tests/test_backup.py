"""Backups are real only if they restore: a full round trip on the suite's database engine."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import dj_database_url

ROOT = Path(__file__).resolve().parent.parent


def _database_url(tmp_path):
    """A throwaway database on the same engine as the test run."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return f"sqlite:///{tmp_path / 'site.sqlite3'}", None
    import psycopg

    config = dj_database_url.parse(url)
    name = f"hlj_backup_{uuid.uuid4().hex[:8]}"
    admin = psycopg.connect(
        host=config["HOST"],
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    admin.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + f"/{name}", (admin, name)


def manage(env, *args, input_text=None):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        input=input_text,
        timeout=300,
    )


def count_users(env):
    script = "from django.contrib.auth.models import User; print(User.objects.count())"
    return int(manage(env, "shell", "-c", script).stdout.strip().splitlines()[-1])


def test_backup_then_restore_brings_back_database_and_media(tmp_path):
    url, cleanup = _database_url(tmp_path)
    media = tmp_path / "media"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "MEDIA_ROOT": str(media),
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
    }
    try:
        # The accounts' tables are enough for a round trip (the full schema takes 30 s).
        manage(env, "migrate", "auth", "--noinput")
        manage(env, "createcachetable")
        manage(env, "ensure_admin", "--username", "keeper", "--password", "s3cret-pass")
        (media / "images").mkdir(parents=True)
        (media / "images" / "portrait.jpg").write_bytes(b"not really a jpeg")

        output = manage(env, "backup_site", str(tmp_path / "backups")).stdout
        folder = output.strip().split("Backup written to ")[-1]
        assert (Path(folder) / "manifest.json").exists()

        # Disaster: the account and the media are gone.
        manage(
            env,
            "shell",
            "-c",
            "from django.db import connection\n"
            "connection.cursor().execute('DELETE FROM auth_user')",
        )
        (media / "images" / "portrait.jpg").unlink()
        assert count_users(env) == 0

        manage(env, "restore_site", folder, "--yes")
        assert count_users(env) == 1
        assert (media / "images" / "portrait.jpg").read_bytes() == b"not really a jpeg"
    finally:
        if cleanup:
            admin, name = cleanup
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.close()


def test_restore_refuses_a_backup_of_another_engine(tmp_path):
    folder = tmp_path / "backup"
    folder.mkdir()
    (folder / "manifest.json").write_text(
        '{"engine": "django.db.backends.oracle", "database": "x", "media": "y"}'
    )
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "restore_site", str(folder), "--yes"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "oracle" in result.stderr
