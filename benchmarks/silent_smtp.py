"""A mail server that accepts connections and never answers, behind the portal as deployed.

gunicorn (production settings, 2 workers, port 8105) over a SQLite database holding the
tests' small site (tests/sites.py: a contact page, an evening open for registration); the
SMTP server on port 8126 accepts every connection and never says a word. Measures, as a
visitor sees them, a contact post, a registration and /readyz; then runs the worker once
(`db_worker --batch`) and counts what the mail server saw.

    .venv/bin/python benchmarks/silent_smtp.py

Records the timings and counts in RESULTS.md ("Silent mail server"); exits non-zero when
a request talked to the mail server or an email is missing.
"""

import json
import re
import socket
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from common import GUNICORN_PORT, django_env, gunicorn, manage, record, shell, table

SMTP_PORT = 8126  # this worktree's range for test mail servers is 8125-8129
WORK = Path("/tmp/perf-silent-smtp")  # noqa: S108 (a scratch folder)
BASE = f"http://127.0.0.1:{GUNICORN_PORT}"


class SilentMailServer:
    def __init__(self, port):
        self.connections = 0
        self.listener = socket.create_server(("127.0.0.1", port))
        self.held = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            conn, _ = self.listener.accept()
            self.connections += 1
            self.held.append(conn)  # never answered, never closed while we run


class Visitor:
    """A browser: keeps its cookies (Secure ones too: TLS ends at the proxy in production)."""

    def __init__(self):
        self.cookies = {}

    def request(self, path, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(BASE + path, data=body)
        if self.cookies:
            request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        opener = urllib.request.build_opener(NoRedirect)
        started = time.perf_counter()
        with opener.open(request, timeout=120) as response:
            content = response.read().decode()
            status = response.status
            headers = response.headers
        elapsed = time.perf_counter() - started
        for header in headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        return status, content, elapsed


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

    def http_error_302(self, request, response, code, message, headers):
        return response


def hidden_fields(html):
    fields = {}
    for tag in re.findall(r"<input[^>]*>", html):
        attributes = dict(re.findall(r'(\w[\w-]*)="([^"]*)"', tag))
        if attributes.get("type") == "hidden" and "name" in attributes:
            fields[attributes["name"]] = attributes.get("value", "")
    return fields


def main():
    WORK.mkdir(parents=True, exist_ok=True)
    database = WORK / "portal.sqlite3"
    database.unlink(missing_ok=True)
    env = django_env(
        DATABASE_URL=f"sqlite:///{database}",
        REDIS_URL="",
        STATIC_ROOT=WORK / "static",
        MEDIA_ROOT=WORK / "media",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=SMTP_PORT,
        EMAIL_USE_TLS="false",
    )
    manage("migrate", "--noinput", "-v", "0", env=env)
    manage("createcachetable", env=env)
    manage("collectstatic", "--noinput", "-v", "0", env=env)
    site = json.loads(
        shell(
            "import json; from tests import sites; s = sites.build_site(); "
            "sites.build_calendar(s); c = s.contact_fr; "
            "print(json.dumps({'contact': c.url, 'event': s.evening_fr.pk, 'fields': "
            "[(f.clean_name, f.field_type, f.choices) for f in c.form_fields.all()]}))",
            env=env,
        ).splitlines()[-1]
    )
    values = {}
    for name, kind, choices in site["fields"]:
        if kind == "email":
            values[name] = "camille@example.org"
        elif kind in ("dropdown", "radio"):
            values[name] = choices.splitlines()[0].strip()
        elif kind == "checkbox":
            values[name] = "on"
        else:
            values[name] = "Camille Martin"
    registration = {
        "first_name": "Awa",
        "last_name": "Diallo",
        "email": "awa@example.org",
        "seats": "1",
        "organisation": "Fondation Nord",
        "donation_amount": "100",
        "consent": "on",
    }

    smtp = SilentMailServer(SMTP_PORT)
    rows = []
    with gunicorn(env=env):
        for label, path, data in (
            ("contact post", site["contact"], values),
            ("registration", f"/fr/registration/{site['event']}/", registration),
        ):
            visitor = Visitor()
            _, html, _ = visitor.request(path)
            time.sleep(4)  # a person takes more than the anti-spam minimum (3 s)
            status, _, elapsed = visitor.request(path, hidden_fields(html) | data)
            rows.append((label, status, f"{elapsed:.3f} s", smtp.connections))
        status, _, elapsed = Visitor().request("/readyz")
        rows.append(("/readyz", status, f"{elapsed:.3f} s", smtp.connections))
    during = smtp.connections
    pending = shell(
        "from portal.models import OutboundEmail; "
        "print(OutboundEmail.objects.filter(status='pending').count())",
        env=env,
    ).splitlines()[-1]
    started = time.perf_counter()
    manage("db_worker", "--batch", "--no-startup-delay", "--no-reload", env=env)
    worker = time.perf_counter() - started
    record(
        "Silent mail server",
        table(["request", "status", "answered in", "SMTP connections so far"], rows)
        + f"\n\nEmails queued by the requests: {pending}; SMTP connections while they ran: "
        f"{during}. One worker run afterwards (`db_worker --batch`, EMAIL_TIMEOUT=5): "
        f"{smtp.connections - during} connections, {worker:.1f} s, every email kept for a "
        "retry.\n\n`.venv/bin/python benchmarks/silent_smtp.py`",
    )
    if during or int(pending) != 3:
        sys.exit("A request talked to the mail server, or an email is missing.")


if __name__ == "__main__":
    main()
