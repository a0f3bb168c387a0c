"""The portal side by side with wagtail/bakerydemo, in one run, on the same machine and
the same database engine (PostgreSQL), DEBUG off, each with its production settings.

Page pairs: each portal page type against bakerydemo's nearest one (home <-> home,
project page <-> blog post, project index <-> blog index, ...). Two figures per pair:

- warm: requests per second through gunicorn (2 sync workers) with wrk (2 threads,
  16 connections, `Accept-Encoding: gzip`), after a few requests have filled the caches;
  ratio portal / bakerydemo (target: at least 4 on home, index and detail pages);
- cold: CPU time per request with every cache emptied before the request (cold_cpu.py,
  run by each site's own Python in its own process; median); ratio bakerydemo / portal
  (target: at least 2, the portal at most half of bakerydemo's CPU).

The machine is shared: the runs are interleaved (portal, bakerydemo, portal, bakerydemo...)
and the ratios are computed per round, then their median is reported.

Setup, once (bakerydemo in /tmp/bakerydemo with its own Python 3.12 venv and demo data):

    git clone /work/.mirror/wagtail+bakerydemo/repo /tmp/bakerydemo
    cd /tmp/bakerydemo && ~/.pyenv/versions/3.12.1/bin/python -m venv .venv
    .venv/bin/pip install -r requirements/base.txt "psycopg[binary]>=3.3.3,<3.4" gunicorn \\
        "whitenoise>=6.11.0,<7"
    createdb -h 127.0.0.1 -U postgres wt_bakery      # and the portal's: wt_coldpath
    python benchmarks/bakery_compare.py --setup      # migrate, demo data, static files

    .venv/bin/python benchmarks/bakery_compare.py                       # 15 s per wrk run
    .venv/bin/python benchmarks/bakery_compare.py --duration 3 --rounds 1 --cold 5  # smoke
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("PERF_WORK", "/tmp/coldpath-bench")  # noqa: S108 (scratch folder)
os.environ.setdefault("PERF_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/wt_coldpath")
os.environ.setdefault("PERF_REDIS_URL", "redis://127.0.0.1:6379/13")

from common import (  # noqa: E402
    HERE,
    PYTHON,
    ROOT,
    WORK,
    django_env,
    manage,
    process,
    record,
    require,
    shell,
    table,
    wait_for_quiet,
)

PORT = int(os.environ.get("BENCH_PORT", "8103"))
BAKERY = Path(os.environ.get("BAKERY_DIR", "/tmp/bakerydemo"))  # noqa: S108
BAKERY_PYTHON = str(BAKERY / ".venv" / "bin" / "python")
BAKERY_DATABASE_URL = os.environ.get(
    "BAKERY_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/wt_bakery"
)

# (label, portal role, bakerydemo path, kind): kind is the family the targets name.
PAIRS = (
    ("Home ↔ home", "home", "/", "home"),
    ("Project index ↔ blog index", "projects", "/blog/", "index"),
    ("Project page ↔ blog post", "project", "/blog/wild-yeast/", "detail"),
    ("Event index ↔ blog index", "events", "/blog/", "index"),
    ("Event page ↔ blog post", "event", "/blog/wild-yeast/", "detail"),
    ("Testimonial ↔ blog post", "testimonial", "/blog/wild-yeast/", "detail"),
    ("Article ↔ blog post", "article", "/blog/wild-yeast/", "detail"),
)


def bakery_env():
    env = dict(os.environ)
    for name in ("DATABASE_URL", "REDIS_URL", "REDIS_TLS_URL", "VIRTUAL_ENV"):
        env.pop(name, None)
    env.update(
        DJANGO_SETTINGS_MODULE="bakerydemo.settings.production",
        DATABASE_URL=BAKERY_DATABASE_URL,
        DJANGO_SECRET_KEY="bakery-benchmark-key-" + "q8Wm2zXc5vBn7aSd1fGh3jKl9pOi4uYt" * 2,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        PYTHONUNBUFFERED="1",
    )
    return env


def portal_env():
    return django_env(ALLOWED_HOSTS="127.0.0.1,localhost")


def setup():
    """Migrations, demo data and static files on both sides (run once)."""
    env = portal_env()
    manage("migrate", "--noinput", "-v0", env=env)
    manage("createcachetable", env=env)
    manage("load_demo_content", env=env)
    manage("collectstatic", "--noinput", "-v0", env=env)
    env = bakery_env()
    for args in (("migrate", "-v0"), ("load_initial_data",), ("collectstatic", "--noinput", "-v0")):
        subprocess.run([BAKERY_PYTHON, "manage.py", *args], cwd=BAKERY, env=env, check=True)


def portal_paths():
    code = """
from home.models import HomePage
from stories.models import ProjectIndexPage, ProjectPage, TestimonialPage
from events.models import EventIndexPage, EventPage
from community.models import ArticlePage
fr = dict(locale__language_code="fr")
def first(model):
    pages = model.objects.live().filter(**fr).exclude(slug__startswith="bulk-")
    return pages.order_by("path").first().url
print(HomePage.objects.get(**fr).url)
print(ProjectIndexPage.objects.live().get(**fr).url)
print(first(ProjectPage))
print(EventIndexPage.objects.live().get(**fr).url)
print(EventPage.objects.live().filter(**fr).exclude(slug__startswith="bulk-").upcoming().first().url)
print(first(TestimonialPage))
print(first(ArticlePage))
"""
    roles = ("home", "projects", "project", "events", "event", "testimonial", "article")
    return dict(zip(roles, shell(code, env=portal_env()).splitlines(), strict=True))


def servers():
    """{side: (gunicorn command, cwd, env)}: 2 sync workers each, on the same port in turn."""
    bind = f"--bind=127.0.0.1:{PORT}"
    common_args = ["--workers=2", "--threads=1", bind, "--log-level=warning"]
    return {
        "portal": (
            [str(ROOT / ".venv/bin/gunicorn"), "portal.wsgi", *common_args],
            ROOT,
            portal_env(),
        ),
        "bakery": (
            [str(BAKERY / ".venv/bin/gunicorn"), "bakerydemo.wsgi", *common_args],
            BAKERY,
            bakery_env(),
        ),
    }


def wrk(url, duration):
    command = ["wrk", "-t2", "-c16", f"-d{duration}s", "--timeout", "10s"]
    command += ["-H", "Accept-Encoding: gzip", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    if re.search(r"Non-2xx or 3xx responses|Socket errors", output):
        sys.exit(f"wrk saw errors on {url}:\n{output}")
    return rate


def warm_round(side, paths, duration):
    """Requests per second of each path, one gunicorn for the whole round."""
    command, cwd, env = servers()[side]
    command = [*command, f"--chdir={cwd}"]
    base = f"http://127.0.0.1:{PORT}"
    with process(command, url=base + paths[0], env=env, log=WORK / f"gunicorn-{side}.log"):
        rates = {}
        for path in dict.fromkeys(paths):
            for _ in range(20):  # both workers: fragments, renditions, site root paths
                subprocess.run(["curl", "-sf", "-o", "/dev/null", base + path], check=True)
            rates[path] = wrk(base + path, duration)
    return rates


def cold_round(side, paths, requests):
    python, cwd, env = (
        (PYTHON, ROOT, portal_env()) if side == "portal" else (BAKERY_PYTHON, BAKERY, bakery_env())
    )
    command = [python, str(HERE / "cold_cpu.py"), str(requests), *dict.fromkeys(paths)]
    output = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if output.returncode:
        sys.exit(f"cold_cpu.py ({side}) failed:\n{output.stderr[-3000:]}")
    return json.loads(output.stdout.strip().splitlines()[-1])


def median(values):
    return statistics.median(values)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--setup", action="store_true", help="migrate and load both demos")
    parser.add_argument("--duration", type=int, default=15, help="seconds per wrk run")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds (A,B,A,B)")
    parser.add_argument("--cold", type=int, default=30, help="cold requests per page and round")
    args = parser.parse_args()
    require("wrk", "curl")
    WORK.mkdir(parents=True, exist_ok=True)
    if args.setup:
        setup()
        return
    if not (WORK / "static").exists():
        manage("collectstatic", "--noinput", "-v0", env=portal_env())
    wait_for_quiet(threshold=2.0, patience=30)

    portal = portal_paths()
    portal_list = [portal[role] for _, role, _, _ in PAIRS]
    bakery_list = [path for _, _, path, _ in PAIRS]

    warm = {"portal": [], "bakery": []}
    cold = {"portal": [], "bakery": []}
    for _ in range(args.rounds):
        for side, paths in (("portal", portal_list), ("bakery", bakery_list)):
            print(f"warm, {side}...", flush=True)
            warm[side].append(warm_round(side, paths, args.duration))
        for side, paths in (("portal", portal_list), ("bakery", bakery_list)):
            print(f"cold, {side}...", flush=True)
            cold[side].append(cold_round(side, paths, args.cold))

    rows = []
    for label, role, bakery_path, kind in PAIRS:
        path = portal[role]
        rps = [(w["portal"][path], w["bakery"][bakery_path]) for w in zip_rounds(warm)]
        cpu = [
            (median(c["portal"][path]["cpu"]), median(c["bakery"][bakery_path]["cpu"]))
            for c in zip_rounds(cold)
        ]
        queries = (cold["portal"][-1][path]["queries"], cold["bakery"][-1][bakery_path]["queries"])
        warm_ratio = median([p / b for p, b in rps])
        cold_ratio = median([b / p for p, b in cpu])
        rows.append(
            (
                f"{label} ({kind})",
                f"`{path}` ↔ `{bakery_path}`",
                f"{median([p for p, _ in rps]):.0f} / {median([b for _, b in rps]):.0f}",
                f"**{warm_ratio:.2f}×** {'✓' if warm_ratio >= 4 else '✗'}",
                f"{median([p for p, _ in cpu]) * 1e3:.1f} / {median([b for _, b in cpu]) * 1e3:.1f}",  # noqa: E501
                f"**{cold_ratio:.2f}×** {'✓' if cold_ratio >= 2 else '✗'}",
                f"{queries[0]} / {queries[1]}",
            )
        )
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    bakery_commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=BAKERY, capture_output=True, text=True
    ).stdout.strip()
    command = " ".join(["python benchmarks/bakery_compare.py", *sys.argv[1:]])
    body = f"""`{command}`: portal commit {commit}, bakerydemo commit {bakery_commit} (its
`bakerydemo.settings.production`: local-memory cache, whitenoise). Both on PostgreSQL
(`wt_coldpath`, `wt_bakery`), DEBUG off, gunicorn with 2 sync workers on port {PORT} in turn;
the portal with `portal.settings.production` and Redis (db 13). {args.rounds} interleaved
rounds (portal, bakerydemo, ...); each figure is the median over the rounds, each ratio the
median of the per-round ratios.

Warm: wrk, 2 threads, 16 connections, {args.duration} s, `Accept-Encoding: gzip`, after 20
requests. Cold: CPU time of the Django process per request (`time.process_time()` around a
test Client request, every cache emptied just before it; {args.cold} requests per page and
round; median), measured by `benchmarks/cold_cpu.py` in each site's own process. Queries:
one cold request. Targets: warm ≥ 4× (portal/bakerydemo), cold CPU ≥ 2× (bakerydemo/portal).

""" + table(
        (
            "Pair",
            "Pages",
            "Warm req/s portal / bakery",
            "Warm ratio",
            "Cold CPU ms portal / bakery",
            "Cold ratio",
            "Cold queries portal / bakery",
        ),
        rows,
    )
    record("Side by side with bakerydemo", body)


def zip_rounds(per_side):
    return [
        dict(zip(per_side, values, strict=True)) for values in zip(*per_side.values(), strict=True)
    ]


if __name__ == "__main__":
    main()
