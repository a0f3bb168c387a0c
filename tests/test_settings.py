"""Production settings: refuse to start half-configured, pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STRONG_KEY = "k3J9x-QpL2v_Zr8mWc4Tn6Yb0Hs5Fd7Ga1Eu9Io3Pk2Lj8Mh4Ng6Bf0Vc5Xz7Sa1"


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = manage("check", ALLOWED_HOSTS="portal.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert "ALLOWED_HOSTS" not in result.stderr.split("ImproperlyConfigured")[-1]


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", SECRET_KEY=STRONG_KEY)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr.split("ImproperlyConfigured")[-1]


def test_production_refuses_a_weak_secret_key():
    result = manage("check", SECRET_KEY="changeme", ALLOWED_HOSTS="portal.example.org")
    assert result.returncode != 0
    assert "too weak" in result.stderr


def test_deploy_check_reports_nothing(tmp_path):
    # A database without a site yet (CI's build step): the legal notice has nothing to say.
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="portal.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
