"""Registration under load: 200+ people register at the same moment for 50 seats.

Serves the portal as deployed (benchmarks/common.py: production settings, PostgreSQL,
Redis) with gunicorn, gives the demo fundraising evening 50 seats (one per person,
waiting list on), then fires every POST at once over HTTP (each visitor first loads the
form for its CSRF cookie; a distinct X-Forwarded-For per visitor, with
PORTAL_TRUSTED_PROXY_COUNT=1, stands for distinct people behind one proxy). Runs twice:
emails sent inside the request after the commit (TASKS_BACKEND=immediate) and queued
for the `db_worker` process (production's default).

    .venv/bin/python benchmarks/registration_load.py [--people 200] [--workers 8] [--port 8103]

Records seats confirmed (must equal the limit), waiting list, errors (must be 0), p50/p95
in RESULTS.md ("Registration"); exits non-zero when a total is wrong.

The floor: the CPU time the burst needs, spread over the machine's cores. The CPU of the
gunicorn workers and of their PostgreSQL backends (/proc/<pid>/stat, user + system) is read
just before the POSTs and once they have all been answered; divided by the number of
requests, it is the CPU time c of one registration request. With N requests arriving
together on k cores, the last one cannot be answered before N x c / k: that is the floor,
and p95 is compared with it (target: within 1.5x). The lock cannot be the bottleneck as
long as the time it is held per registration stays below c / k.
"""

import argparse
import http.cookiejar
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from common import GUNICORN, ROOT, django_env, record, table

CORES = os.cpu_count()

PORT = int(os.environ.get("PERF_REGISTRATION_PORT", "8103"))
SEATS = 50
TICKS = os.sysconf("SC_CLK_TCK")
DATABASE_URL = os.environ.get(
    "PERF_REGISTRATION_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/registration_bench"
)
BACKENDS = {
    "in the request (TASKS_BACKEND=immediate)": {"TASKS_BACKEND": "immediate"},
    "queued for db_worker (production default)": {},
}


def django_setup():
    os.environ.update(django_env(DATABASE_URL=DATABASE_URL))
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def prepare():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("createcachetable")
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    # Production settings serve hashed static files: the pages need their manifest.
    call_command("collectstatic", interactive=False, verbosity=0)
    from django.core.cache import cache

    from events.models import EventPage
    from events.registration.models import Registration
    from portal.models import OutboundEmail

    event = EventPage.objects.get(slug="soiree-de-levee-de-fonds", locale__language_code="fr")
    Registration.objects.filter(event=event).delete()
    OutboundEmail.objects.all().delete()
    cache.clear()
    EventPage.objects.filter(pk=event.pk).update(
        registration_open=True, seat_limit=SEATS, waiting_list=True, max_guests=0
    )
    return event


def visitor(number, url):
    from portal import antispam  # Django is set up by setup(), after this module loads

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    ip = f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"
    headers = {"X-Forwarded-For": ip}
    page = opener.open(urllib.request.Request(url, headers=headers), timeout=60).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    # The form's anti-spam token (tied to this visitor's session), as if shown 10 s ago.
    shown = antispam.read_token(re.search(r'name="form_started" value="([^"]+)"', page).group(1))
    timestamp = antispam.make_token(shown["f"], shown["s"], time.time() - 10)
    for cookie in jar:  # production marks cookies Secure; this run has no TLS
        cookie.secure = False
    body = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "first_name": "Visitor",
            "last_name": str(number),
            "email": f"visitor{number}@example.org",
            "consent": "on",
            "website": "",
            "form_started": timestamp,
        }
    ).encode()
    request = urllib.request.Request(url, data=body, headers=headers | {"Referer": url})
    return opener, request


def cpu_seconds(pids):
    """User + system CPU time of these processes (those still alive)."""
    total = 0
    for pid in pids:
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()  # noqa: SIM115
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return total / TICKS


def workers_of(server):
    try:
        children = open(f"/proc/{server.pid}/task/{server.pid}/children").read()  # noqa: SIM115
    except OSError:
        return []
    return [int(pid) for pid in children.split()]


def database_backends():
    """The PostgreSQL server processes connected to the benchmark database (the workers')."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        )
        return [row[0] for row in cursor.fetchall()]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def run(event, people, workers, extra_env, port=PORT):
    """Fire `people` simultaneous registrations; return (latencies, errors, CPU seconds)."""
    env = django_env(
        DATABASE_URL=DATABASE_URL,
        PORTAL_TRUSTED_PROXY_COUNT=1,
        DB_CONN_MAX_AGE=60,
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        **extra_env,
    )
    command = [GUNICORN, "portal.wsgi", "-w", str(workers), "-b", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command + ["--log-level", "warning", "--timeout", "120"], env=env)
    try:
        url = f"http://127.0.0.1:{port}/fr/registration/{event.pk}/"
        for _attempt in range(100):
            try:
                urllib.request.urlopen(url, timeout=5)  # noqa: S310 - our own server
                break
            except OSError:
                time.sleep(0.2)
        prepared = [visitor(n, url) for n in range(people)]
        # Every worker has served a form by now: each holds its database connection.
        processes = workers_of(server) + database_backends()
        cpu_before, started = cpu_seconds(processes), time.perf_counter()
        barrier = threading.Barrier(people)
        latencies, errors = [], []

        def fire(opener, request):
            barrier.wait()
            start = time.perf_counter()
            try:
                status = opener.open(request, timeout=120).status
            except urllib.error.HTTPError as error:
                status = error.code
            except Exception as error:  # noqa: BLE001 - counted as an error
                status = repr(error)
            latencies.append(time.perf_counter() - start)
            if status != 302:
                errors.append(status)

        threads = [threading.Thread(target=fire, args=pair) for pair in prepared]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        cpu = cpu_seconds(processes) - cpu_before
        return sorted(latencies), errors, cpu, time.perf_counter() - started
    finally:
        server.terminate()
        server.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--port", type=int, default=PORT)  # PERF_REGISTRATION_PORT
    args = parser.parse_args()
    django_setup()
    from django.db.models import Sum

    from events.registration.models import Registration

    rows, correct = [], True
    for name, extra_env in BACKENDS.items():
        event = prepare()
        latencies, errors, cpu, burst = run(event, args.people, args.workers, extra_env, args.port)
        registrations = Registration.objects.filter(event=event)
        confirmed = registrations.filter(status="confirmed").aggregate(s=Sum("seats"))["s"] or 0
        waiting = registrations.filter(status="waiting").count()
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        per_request = cpu / args.people
        floor = per_request * args.people / CORES
        share = cpu / burst  # the cores the burst had (other processes take the rest)
        correct &= confirmed == SEATS and not errors and confirmed + waiting == args.people
        rows.append(
            [
                name,
                f"**{confirmed}** / {SEATS}",
                waiting,
                f"**{len(errors)}** {errors[:3] if errors else ''}".strip(),
                f"{statistics.median(latencies) * 1000:,.0f} ms",
                f"{p95 * 1000:,.0f} ms",
                f"{per_request * 1000:,.1f} ms",
                f"{floor * 1000:,.0f} ms",
                f"**{p95 / floor:.2f}×**",
                f"{share:.2f}",
            ]
        )
    body = (
        f"`.venv/bin/python benchmarks/registration_load.py`: {args.people} visitors, each with "
        f"its own CSRF cookie and X-Forwarded-For, POST the registration form at the same "
        f"instant to gunicorn ({args.workers} sync workers, production settings, PostgreSQL, "
        f"Redis) for an event with {SEATS} seats and a waiting list. Emails: rendered with "
        "their ICS and handed to the mail backend inside the request after the commit "
        "(TASKS_BACKEND=immediate), or queued for `manage.py db_worker` (production's "
        "default, the database task backend).\n\n"
        + table(
            [
                "Emails",
                "Seats confirmed",
                "Waiting list",
                "Errors",
                "p50",
                "p95",
                "CPU per request (c)",
                f"floor = c × {args.people} / {CORES} cores",
                "p95 / floor",
                "cores the burst had",
            ],
            rows,
        )
        + "\n\nThe requests arrive together and queue behind the workers. c is the CPU time "
        "(user + system) the gunicorn workers and their PostgreSQL backends spent during the "
        "burst, divided by the number of requests; no schedule on "
        f"{CORES} cores can answer all {args.people} before c × {args.people} / {CORES}. "
        "Under the event's row lock only the seat check and the two inserts run (the "
        "registration and its outbox row, see events/registration/services.py); the emails "
        "are written after the commit. Other processes on the machine (see the load above) "
        "add to the wall-clock figures, not to c."
    )
    record("Registration", body)
    return 0 if correct else 1


if __name__ == "__main__":
    sys.exit(main())
