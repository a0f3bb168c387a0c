"""What every benchmark script shares: the production-like environment, the servers, RESULTS.md.

The demo site runs as in production (portal.settings.production, PostgreSQL, Redis, static
files collected and compressed, gunicorn with 2 workers) on the ports 8105-8109:

    8105 gunicorn            8106 Varnish -> gunicorn       8107 nginx: saved home page
    8108 nginx: /media/ from disk, the rest -> gunicorn (what a visitor's browser gets)
    8109 Chromium's debugging port (Lighthouse)
"""

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "benchmarks"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
RESULTS = HERE / "RESULTS.md"
WORK = Path(os.environ.get("PERF_WORK", "/tmp/perf"))  # noqa: S108 (a scratch folder)

GUNICORN_PORT, VARNISH_PORT, NGINX_STATIC_PORT, NGINX_SITE_PORT, CHROME_PORT = range(8105, 8110)
DATABASE_URL = os.environ.get("PERF_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/perf")
REDIS_URL = os.environ.get("PERF_REDIS_URL", "redis://127.0.0.1:6379/7")
CHROME_PATH = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Other work on the machine skews every figure: each section says how busy it was.
STARTED = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
LOAD_AT_START = os.getloadavg()


def wait_for_quiet(threshold=1.0, patience=120):
    """Wait (up to `patience` seconds) until the 1-minute load average drops below `threshold`."""
    global STARTED, LOAD_AT_START
    deadline = time.monotonic() + patience
    while os.getloadavg()[0] >= threshold and time.monotonic() < deadline:
        print(f"Waiting for a quiet machine (load {os.getloadavg()[0]:.1f})...", flush=True)
        time.sleep(30)
    STARTED = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    LOAD_AT_START = os.getloadavg()


# The pages measured, by role; paths are read from the database (see pages()).
PAGE_ROLES = ("home", "projects", "project", "events", "event", "search")


def django_env(**extra):
    """Environment of a production deploy on this machine (no TLS: SSL redirect off)."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        # A fixed, local-only key: the benchmark database holds nothing secret.
        SECRET_KEY="perf-benchmark-key-" + "k7Qz3vXw9mPa2rLs8tYu4nBc6dEf1gHj0iKo5" * 2,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=REDIS_URL,
        STATIC_ROOT=str(WORK / "static"),
        MEDIA_ROOT=str(WORK / "media"),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(*args, env=None, capture=False):
    command = [PYTHON, "manage.py", *args]
    return subprocess.run(
        command,
        cwd=ROOT,
        env=env or django_env(),
        check=True,
        text=True,
        capture_output=capture,
    )


def shell(code, env=None):
    """Run Python code in `manage.py shell` and return what it printed."""
    result = subprocess.run(
        [PYTHON, "manage.py", "shell", "-v", "0", "-c", code],
        cwd=ROOT,
        env=env or django_env(),
        check=True,
        text=True,
        capture_output=True,
    )
    return result.stdout.strip()


def pages():
    """The path of each measured page, read from the benchmark database."""
    code = """
from home.models import HomePage
from stories.models import ProjectIndexPage, ProjectPage, Territory
from events.models import EventIndexPage, EventPage
fr = dict(locale__language_code="fr")
projects = ProjectIndexPage.objects.live().get(**fr)
territory = Territory.objects.filter(**fr).order_by("pk").first()
print(HomePage.objects.get(**fr).url)
print(projects.url + "?territory=" + territory.slug)
print(ProjectPage.objects.live().filter(**fr).exclude(slug__startswith="bulk-").order_by("path").first().url)
print(EventIndexPage.objects.live().get(**fr).url)
print(EventPage.objects.live().filter(**fr).exclude(slug__startswith="bulk-").upcoming().first().url)
print("/fr/search/?q=jeunes")
"""
    return dict(zip(PAGE_ROLES, shell(code).splitlines(), strict=True))


# Processes ---------------------------------------------------------------------------------


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


@contextlib.contextmanager
def process(command, url=None, env=None, log=None):
    """Start a server, wait until `url` answers, stop it (and only it) afterwards."""
    out = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        if url:
            wait_for(url)
        yield proc
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if log:
            out.close()


def gunicorn(workers=2, env=None):
    WORK.mkdir(parents=True, exist_ok=True)
    command = [
        GUNICORN,
        "portal.wsgi",
        f"--workers={workers}",
        "--threads=1",
        f"--bind=127.0.0.1:{GUNICORN_PORT}",
        "--log-level=warning",
    ]
    return process(
        command,
        url=f"http://127.0.0.1:{GUNICORN_PORT}/healthz",
        env=env or django_env(),
        log=WORK / "gunicorn.log",
    )


def varnish():
    """varnishd in the foreground (-F), as a plain process with its own work directory."""
    command = [
        "varnishd",
        "-F",
        "-n",
        "/tmp/perf-varnish",  # noqa: S108 (varnishd's working directory)
        "-a",
        f"127.0.0.1:{VARNISH_PORT}",
        "-f",
        str(HERE / "varnish.vcl"),
        "-s",
        "malloc,256m",
        "-T",
        "none",
        "-p",
        "vcc_allow_inline_c=off",
    ]
    return process(
        command, url=f"http://127.0.0.1:{VARNISH_PORT}/healthz", log=WORK / "varnish.log"
    )


def nginx():
    """nginx with benchmarks/nginx.conf (both its servers), as a plain foreground process."""
    WORK.mkdir(parents=True, exist_ok=True)
    conf = (HERE / "nginx.conf").read_text()
    conf = conf.replace("@WORK@", str(WORK)).replace("@MEDIA@", str(WORK / "media"))
    (WORK / "nginx.conf").write_text(conf)
    command = ["nginx", "-p", str(WORK), "-c", str(WORK / "nginx.conf"), "-g", "daemon off;"]
    return process(command, url=f"http://127.0.0.1:{NGINX_STATIC_PORT}/", log=WORK / "nginx.log")


def require(*tools):
    missing = [tool for tool in tools if not shutil.which(tool)]
    if missing:
        sys.exit(f"Missing {', '.join(missing)}: run `bash benchmarks/setup.sh` first.")


# RESULTS.md --------------------------------------------------------------------------------


def table(headers, rows):
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def record(section, body):
    """Print a section and write it into RESULTS.md, replacing that section only."""
    when = (
        f"Run {STARTED} on {os.cpu_count()} cores; load average when it started: "
        f"{LOAD_AT_START[0]:.1f} (1 min), {LOAD_AT_START[1]:.1f} (5 min)."
    )
    block = f"## {section}\n\n{when}\n\n{body.strip()}\n"
    print(block)
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    pattern = re.compile(rf"^## {re.escape(section)}\n.*?(?=^## |\Z)", re.M | re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block + "\n", text, count=1)
    else:
        text = text.rstrip() + "\n\n" + block
    RESULTS.write_text(text.rstrip() + "\n")
