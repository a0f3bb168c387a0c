"""A hundred times the demo: queries and time of every public page type and of the admin
pages editors use most, at demo size and at a hundred times, cold and warm.

Two PostgreSQL databases: the demo alone (PERF_DATABASE_URL, default `wt_scale_demo`) and
a copy of it with the bulk content (PERF_SCALE_DATABASE_URL, default `wt_scale`):

    .venv/bin/python benchmarks/scale.py --build      # demo database, then its 100x copy
    .venv/bin/python benchmarks/scale.py              # measure both, write RESULTS.md

`--build` runs benchmarks/prepare.py on the demo database (demo content, static files,
renditions) and adds a hundredth of the bulk content to it (so that messages, pledges and
applications exist at demo size too), copies it (`createdb -T`) and tops it up, with
`manage.py create_bulk_content`, to about 2,000 projects, 600 testimonials, 5,000 events
with 50,000 registrations, 1,000 articles, 10,000 contact messages, 1,000 pledges and 500
applications; it reports the time the bulk command took. An existing 100x database is
reused unless --build is given.

Measured in-process with Django's test client (production settings, Redis cache on
PERF_REDIS_URL), anonymous for public pages and as a superuser for the admin: each URL is
requested once (per-process caches), then `--rounds` times "cold" (cache.clear() just
before) and "warm" (the request after). Queries: the count of the last round (they do not
vary); time: the median of the rounds, wall clock and this process's CPU.
Targets: at 100x, the same query counts as at demo size (cold and warm), and no page more
than twice as slow.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

from common import DATABASE_URL, HERE, PYTHON, ROOT, WORK, django_env, manage, record, table

SCALE_DATABASE_URL = os.environ.get(
    "PERF_SCALE_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/wt_scale"
)
BULK = {
    "projects": 2000,
    "testimonials": 600,
    "events": 5000,
    "articles": 1000,
    "registrations": 50000,
    "messages": 10000,
    "pledges": 1000,
    "applications": 500,
}
RATIO = 2.0


# Building ------------------------------------------------------------------------------


def psql(url, query):
    server = url.rsplit("/", 1)[0]
    return subprocess.run(
        ["psql", server + "/postgres", "-tAc", query], capture_output=True, text=True, check=True
    ).stdout


def bulk_arguments(share=1):
    return [f"--{key}={value // share}" for key, value in BULK.items()]


def build(prepare=True):
    if prepare:
        subprocess.run([PYTHON, str(HERE / "prepare.py")], check=True, cwd=ROOT)
    # Demo size: the demo plus a hundredth of the bulk content, so that every list measured
    # has rows (the demo holds no message, pledge or application of its own).
    manage("create_bulk_content", *bulk_arguments(100))
    subprocess.run(["psql", DATABASE_URL, "-qc", "ANALYZE"], check=True)
    server, demo_name = DATABASE_URL.rsplit("/", 1)
    name = SCALE_DATABASE_URL.rsplit("/", 1)[1]
    if name in psql(SCALE_DATABASE_URL, "SELECT datname FROM pg_database").split():
        subprocess.run(
            ["dropdb", "--force", f"--maintenance-db={server}/postgres", name], check=True
        )
    psql(
        SCALE_DATABASE_URL,
        # The copy needs the template to itself (a connection left open by a benchmark).
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "  # noqa: S608 - our name
        f"WHERE datname = '{demo_name}'",
    )
    subprocess.run(
        ["createdb", f"--maintenance-db={server}/postgres", "-T", demo_name, name], check=True
    )
    env = django_env(DATABASE_URL=SCALE_DATABASE_URL)
    started = time.perf_counter()
    manage("create_bulk_content", *bulk_arguments(), env=env)
    seconds = time.perf_counter() - started
    # Fresh statistics after the bulk load (autovacuum would get there, later): the
    # planner estimates rows from them.
    subprocess.run(["psql", SCALE_DATABASE_URL, "-qc", "ANALYZE"], check=True)
    manage("shell", "-v", "0", "-c", "from django.core.cache import cache; cache.clear()", env=env)
    (WORK / "scale-build.json").write_text(json.dumps({"seconds": seconds}))
    print(f"Bulk content: {seconds:.0f} s")


# Measuring (one database per process) ------------------------------------------------------


def urls():
    """(label, url, as_admin) of every page measured, read from the database."""
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Page

    from events.models import EventIndexPage, EventPage
    from stories.models import ProjectIndexPage, Territory

    translation.activate("en")
    found = []
    seen = set()
    live = Page.objects.live().filter(locale__language_code="fr", depth__gt=1)
    for page in live.exclude(slug__startswith="bulk-").order_by("path").specific():
        name = page.specific_class._meta.verbose_name.capitalize()
        if name not in seen:
            seen.add(name)
            found.append((name, page.url, False))
    fr = {"locale__language_code": "fr"}
    projects = ProjectIndexPage.objects.get(**fr)
    events = EventIndexPage.objects.get(**fr)
    territory = Territory.objects.filter(**fr).order_by("pk").first()
    event = EventPage.objects.get(slug="soiree-de-levee-de-fonds", **fr)
    found += [
        ("Projects, filtered, page 2", f"{projects.url}?territory={territory.slug}&page=2", False),
        ("Events calendar, past", f"{events.url}past/", False),
        ("Events calendar, month", f"{events.url}month/", False),
        ("Event calendar file", f"{events.url}calendar.ics", False),
        ("Search results", "/fr/search/?q=jeunes", False),
        ("Search results, page 2", "/fr/search/?q=projet+jeunes&page=2", False),
        ("Stories feed", "/fr/feeds/stories/", False),
        ("News feed", "/fr/feeds/news/", False),
        ("Sitemap index", "/sitemap.xml", False),
        ("Sitemap, page 1", "/sitemap-pages.xml", False),
        ("Home (English)", "/en/", False),
        ("Admin: dashboard", reverse("wagtailadmin_home"), True),
        (
            "Admin: page explorer, projects",
            reverse("wagtailadmin_explore", args=[projects.pk]),
            True,
        ),
        ("Admin: registrations", reverse("registration:index"), True),
        (
            "Admin: registrations of an event",
            reverse("registration:index") + f"?event={event.pk}",
            True,
        ),
        (
            "Admin: registrations, confirmed",
            reverse("registration:index") + "?status=confirmed",
            True,
        ),
        ("Admin: registrations, search", reverse("registration:index") + "?q=martin", True),
        ("Admin: messages", reverse("contact_messages:index"), True),
        ("Admin: messages, new", reverse("contact_messages:index") + "?status=new", True),
        ("Admin: pledges", reverse("pledge:index"), True),
        ("Admin: applications", reverse("call_application:index"), True),
    ]
    return found


def measure(rounds):
    """Print, as JSON, {label: {...}} for every URL of urls() on the configured database."""
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from events.models import EventPage
    from events.registration.models import Registration
    from home.models import ContactSubmission
    from stories.models import ProjectPage

    User = get_user_model()
    admin = User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
    if admin is None:
        admin = User.objects.create_superuser("scale-bench", "scale@example.org", None)
    public, staff = Client(HTTP_HOST="127.0.0.1"), Client(HTTP_HOST="127.0.0.1")
    staff.force_login(admin)

    def request(client, url):
        cpu, wall = time.process_time(), time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        assert response.status_code == 200, (url, response.status_code)
        return len(queries), wall * 1000, cpu * 1000

    results = {}
    for label, url, as_admin in urls():
        client = staff if as_admin else public
        request(client, url)
        cold, warm = [], []
        for _round in range(rounds):
            cache.clear()
            cold.append(request(client, url))
            warm.append(request(client, url))
        results[label] = {
            "url": url,
            "admin": as_admin,
            "cold_queries": cold[-1][0],
            "warm_queries": warm[-1][0],
            "cold_ms": statistics.median(r[1] for r in cold),
            "warm_ms": statistics.median(r[1] for r in warm),
            "cold_cpu_ms": statistics.median(r[2] for r in cold),
            "warm_cpu_ms": statistics.median(r[2] for r in warm),
        }
        print(label, results[label], file=sys.stderr, flush=True)
    fr = {"locale__language_code": "fr"}
    size = {
        "projects": ProjectPage.objects.filter(**fr).count(),
        "events": EventPage.objects.filter(**fr).count(),
        "registrations": Registration.objects.count(),
        "messages": ContactSubmission.objects.count(),
    }
    print(json.dumps({"size": size, "pages": results}))


def run_measure(database_url, rounds):
    env = django_env(DATABASE_URL=database_url, ALLOWED_HOSTS="127.0.0.1,localhost,testserver")
    output = subprocess.run(
        [PYTHON, __file__, "--measure-here", f"--rounds={rounds}"],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    sys.stderr.write(output.stderr)
    return json.loads(output.stdout.strip().splitlines()[-1])


def commit():
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()


def report(small, large, rounds):
    rows, failed = [], []
    for label, s in small["pages"].items():
        b = large["pages"][label]
        same = b["cold_queries"] <= s["cold_queries"] and b["warm_queries"] <= s["warm_queries"]
        ratio_cold = b["cold_ms"] / s["cold_ms"]
        ratio_warm = b["warm_ms"] / s["warm_ms"]
        ok = same and max(ratio_cold, ratio_warm) <= RATIO
        if not ok:
            failed.append(label)
        rows.append(
            [
                label,
                f"`{s['url']}`",
                f"{s['cold_queries']} / {s['warm_queries']}",
                f"{b['cold_queries']} / {b['warm_queries']}",
                f"{s['cold_ms']:.0f} / {s['warm_ms']:.0f}",
                f"{b['cold_ms']:.0f} / {b['warm_ms']:.0f}",
                f"{ratio_cold:.2f} / {ratio_warm:.2f}",
                "yes" if ok else "**no**",
            ]
        )
    build_file = WORK / "scale-build.json"
    built = json.loads(build_file.read_text())["seconds"] if build_file.exists() else None
    sizes = "; ".join(
        f"{name}: {small['size'][key]:,} → {large['size'][key]:,}"
        for name, key in (
            ("French projects", "projects"),
            ("French events", "events"),
            ("registrations", "registrations"),
            ("contact messages", "messages"),
        )
    )
    body = (
        f"`.venv/bin/python benchmarks/scale.py --build` then `.venv/bin/python "
        f"benchmarks/scale.py --rounds {rounds}` at commit {commit()} (PostgreSQL 15, Redis "
        "cache, production settings, Django's test client in one process; admin pages as a "
        "signed-in superuser). Demo size: the demo content plus `manage.py "
        "create_bulk_content "
        + " ".join(bulk_arguments(100))
        + "` (so that every list has rows: the demo holds no message, pledge or "
        "application); 100×: the demo plus `manage.py create_bulk_content "
        + " ".join(bulk_arguments())
        + "`"
        + (f", built in {built:,.0f} s" if built else "")
        + f". Sizes: {sizes}. Cold = the request right after `cache.clear()`, warm = the "
        f"next; queries of the last round, times (ms, wall clock) the median of {rounds} "
        "rounds. Target: at 100× the same query counts, and at most "
        f"{RATIO:g}× the demo's time.\n\n"
        + table(
            [
                "Page",
                "URL",
                "Queries demo: cold / warm",
                "Queries 100×",
                "ms demo: cold / warm",
                "ms 100×",
                "100× / demo",
                "Met",
            ],
            rows,
        )
        + "\n\n"
        + (
            "Every page met both targets."
            if not failed
            else "Not met: " + ", ".join(failed) + " (see above)."
        )
    )
    record("A hundred times the demo", body)
    return not failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="build both databases first")
    parser.add_argument(
        "--no-prepare", action="store_true", help="with --build: the demo database is ready"
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--measure-here", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_here:
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        measure(args.rounds)
        return 0
    if args.build:
        build(prepare=not args.no_prepare)
        return 0
    small = run_measure(DATABASE_URL, args.rounds)
    large = run_measure(SCALE_DATABASE_URL, args.rounds)
    return 0 if report(small, large, args.rounds) else 1


if __name__ == "__main__":
    sys.exit(main())
