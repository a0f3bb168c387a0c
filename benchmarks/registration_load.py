"""Registration under load: 200+ people register at the same moment for 50 seats.

Serves the portal with gunicorn on PostgreSQL, gives the demo fundraising evening 50
seats (one per person, waiting list on), then fires every POST at once over HTTP (each
visitor first loads the form for its CSRF cookie; a distinct X-Forwarded-For per visitor,
with PORTAL_TRUSTED_PROXY_COUNT=1, stands for distinct people behind one proxy).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/registration_bench \\
        .venv/bin/python benchmarks/registration_load.py [--people 200] [--workers 8]

Prints seats confirmed (must equal the limit), waiting list, errors (must be 0), p50/p95.
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
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORT = 8103
SEATS = 50


def django_setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()


def prepare():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("createcachetable")
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    from django.core.cache import cache

    from events.models import EventPage
    from events.registrations import Registration
    from portal.models import OutboundEmail

    event = EventPage.objects.get(slug="soiree-de-levee-de-fonds", locale__language_code="fr")
    Registration.objects.filter(event=event).delete()
    OutboundEmail.objects.all().delete()
    cache.clear()
    EventPage.objects.filter(pk=event.pk).update(
        registration_open=True, seat_limit=SEATS, waiting_list=True, max_guests=0
    )
    return event


def visitor(number, url, timestamp):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    ip = f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"
    headers = {"X-Forwarded-For": ip}
    page = opener.open(urllib.request.Request(url, headers=headers), timeout=60).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
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


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL=postgres://... (the benchmark measures PostgreSQL).")
    django_setup()
    event = prepare()
    from portal import antispam

    env = os.environ | {"PORTAL_TRUSTED_PROXY_COUNT": "1", "DB_CONN_MAX_AGE": "60"}
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "portal.wsgi",
            "-w",
            str(args.workers),
            "-b",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
            "--timeout",
            "120",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        url = f"http://127.0.0.1:{PORT}/fr/registration/{event.pk}/"
        for _attempt in range(100):
            try:
                urllib.request.urlopen(url, timeout=5)
                break
            except Exception:
                time.sleep(0.2)
        timestamp = antispam.make_timestamp(time.time() - 10)
        prepared = [visitor(n, url, timestamp) for n in range(args.people)]
        barrier = threading.Barrier(args.people)
        latencies, errors = [], []

        def fire(opener, request):
            barrier.wait()
            start = time.perf_counter()
            try:
                response = opener.open(request, timeout=120)
                status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except Exception as error:
                status = repr(error)
            latencies.append(time.perf_counter() - start)
            if status != 302:
                errors.append(status)

        threads = [threading.Thread(target=fire, args=pair) for pair in prepared]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait()

    from django.db.models import Sum

    from events.registrations import Registration

    regs = Registration.objects.filter(event=event)
    confirmed = regs.filter(status="confirmed").aggregate(s=Sum("seats"))["s"] or 0
    waiting = regs.filter(status="waiting").count()
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"requests: {args.people} concurrent POSTs, gunicorn {args.workers} workers, PostgreSQL")
    print(f"seats confirmed: {confirmed} (limit {SEATS})")
    print(f"waiting list: {waiting}")
    print(f"errors: {len(errors)} {errors[:5]}")
    print(f"latency p50: {statistics.median(latencies) * 1000:.0f} ms, p95: {p95 * 1000:.0f} ms")
    return 0 if confirmed == SEATS and not errors and confirmed + waiting == args.people else 1


if __name__ == "__main__":
    sys.exit(main())
