"""A mail server that accepts and never answers stalls nothing (issue 11, item 3).

Under production's email and task settings (read from `portal.settings.production` in a
subprocess, so that they cannot drift from this test), a contact post and a registration
answer without opening any connection to the mail server: every email is a row of the
outbox. The worker started as docs/deployment.md says (`db_worker`, plus the
`send_queued_emails` timer) tries, times out, retries, and once the server answers again
every email goes out exactly once.

"Answers quickly" is asserted by counts, never by the clock: the mail server counts the
connections it accepted, and it accepted none while the requests ran.
"""

import os
import socket
import threading
from datetime import timedelta
from email import message_from_bytes
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives, send_mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from events.registration.models import Registration
from home.models import ContactSubmission
from portal.models import OutboundEmail
from tests.helpers import aged_token, elements, production_settings

pytestmark = pytest.mark.django_db

SMTP_PORT = 8125  # this worktree's range for test mail servers


class MailServer:
    """An SMTP server on localhost that is either silent (accepts, never answers) or
    answers and records every message it receives."""

    def __init__(self, port):
        self.silent = True
        self.connections = 0
        self.messages = []
        self._listener = socket.create_server(("127.0.0.1", port), reuse_port=False)
        self._listener.settimeout(0.2)
        self._open = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self):
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            self._open.append(conn)
            if not self.silent:
                threading.Thread(target=self._talk, args=(conn,), daemon=True).start()

    def _talk(self, conn):
        stream = conn.makefile("rb")
        conn.sendall(b"220 test ESMTP\r\n")
        for line in stream:
            command = line.strip().upper()
            if command == b"DATA":
                conn.sendall(b"354 go on\r\n")
                data = bytearray()
                for body_line in stream:
                    if body_line == b".\r\n":
                        break
                    data += body_line
                self.messages.append(message_from_bytes(bytes(data)))
                conn.sendall(b"250 queued\r\n")
            elif command == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                break
            else:
                conn.sendall(b"250 ok\r\n")
        conn.close()

    def close(self):
        self._stop.set()
        self._thread.join()
        for conn in self._open:
            conn.close()
        self._listener.close()


@pytest.fixture
def mail_server():
    server = MailServer(SMTP_PORT)
    yield server
    server.close()


@pytest.fixture
def production_mail(settings, mail_server):
    production = production_settings(
        "EMAIL_BACKEND",
        "PORTAL_EMAIL_DELIVERY_BACKEND",
        "EMAIL_TIMEOUT",
        "TASKS",
        EMAIL_HOST="127.0.0.1",
    )
    assert production["EMAIL_BACKEND"] == "portal.outbox.OutboxBackend"
    assert production["PORTAL_EMAIL_DELIVERY_BACKEND"].endswith("smtp.EmailBackend")
    assert production["EMAIL_TIMEOUT"] == 5
    for name, value in production.items():
        setattr(settings, name, value)
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = SMTP_PORT
    settings.EMAIL_USE_TLS = False
    cache.clear()
    return settings


@pytest.fixture
def pages(calendar):
    """The small site's contact page and its evening, open for registration."""
    event = calendar.evening_fr
    assert event.registration_state() == "open"
    return calendar.contact_fr, event


def post_like_a_person(client, url, values):
    """Show the form, then send it with its hidden fields as a person would, half a minute
    later (the anti-spam token refuses forms sent faster than a person types)."""
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    hidden = {e["name"]: e.get("value") or "" for e in elements(html, "input", type="hidden")}
    return client.post(url, hidden | values | {"form_started": aged_token(html, 30)})


def contact_values(page):
    values = {}
    for field in page.form_fields.all():
        if field.field_type == "email":
            values[field.clean_name] = "camille@example.org"
        elif field.field_type in ("dropdown", "radio"):
            values[field.clean_name] = field.choices.splitlines()[0].strip()
        elif field.field_type == "checkbox":
            values[field.clean_name] = "on"
        elif field.field_type in ("singleline", "multiline"):
            values[field.clean_name] = "Camille Martin"
    return values


REGISTRATION = {
    "first_name": "Awa",
    "last_name": "Diallo",
    "email": "awa@example.org",
    "phone": "",
    "seats": "1",
    "organisation": "Fondation Nord",
    "donation_amount": "100",
    "consent": "on",
    "website": "",
}


def make_due():
    """As if the retry delay had passed: what the clock would do in a minute."""
    past = timezone.now() - timedelta(seconds=1)
    OutboundEmail.objects.filter(status="pending").update(next_attempt_at=past)
    DBTaskResult.objects.filter(status="READY").update(run_after=past)


def run_worker():
    quiet = open(os.devnull, "w")  # noqa: SIM115
    # The worker closes connections between tasks; inside a test's transaction that would
    # end it on PostgreSQL (Django's test runner does the same for request signals).
    with mock.patch(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    ):
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=quiet)
    call_command("send_queued_emails", stdout=quiet)


def test_a_silent_mail_server_stalls_no_request_and_loses_no_email(
    client, pages, production_mail, mail_server, django_capture_on_commit_callbacks
):
    contact, event = pages
    with django_capture_on_commit_callbacks(execute=True):
        contacted = post_like_a_person(client, contact.url, contact_values(contact))
        registered = post_like_a_person(client, f"/fr/registration/{event.pk}/", REGISTRATION)

    # Both answered, stored what was typed, and never talked to the mail server.
    assert contacted.status_code == 302 and registered.status_code == 302
    assert ContactSubmission.objects.filter(page=contact).count() == 1
    assert Registration.objects.filter(email="awa@example.org").count() == 1
    assert mail_server.connections == 0
    owed = OutboundEmail.objects.count()
    assert owed == 3  # the team's notice, the acknowledgement, the confirmation
    # One task each, for the worker.
    assert DBTaskResult.objects.filter(task_path="portal.outbox.send_email_task").count() == owed

    # The worker tries while the server is silent: each attempt gives up after the
    # timeout (shortened here so that the test is quick) and is kept for later.
    production_mail.EMAIL_TIMEOUT = 1
    run_worker()
    assert mail_server.connections == owed
    assert mail_server.messages == []
    assert set(OutboundEmail.objects.values_list("status", flat=True)) == {"pending"}
    assert all("timed out" in e for e in OutboundEmail.objects.values_list("last_error", flat=True))

    # The server recovers: the next runs send everything, once, whoever runs first.
    mail_server.silent = False
    make_due()
    run_worker()
    run_worker()
    make_due()
    run_worker()

    assert OutboundEmail.objects.filter(status="sent").count() == owed
    assert len(mail_server.messages) == owed  # 0 lost, 0 sent twice
    recipients = sorted(message["To"] for message in mail_server.messages)
    assert recipients.count("awa@example.org") == 1
    assert recipients.count("camille@example.org") == 1
    assert len({message["Message-ID"] for message in mail_server.messages}) == owed


def test_django_and_wagtail_emails_are_queued_too(db, production_mail, mail_server):
    """Password reset mails and other emails Django sends itself go through the outbox."""
    send_mail("Reset", "Your link", None, ["editor@example.org"])
    assert mail_server.connections == 0
    email = OutboundEmail.objects.get()
    assert (email.to, email.subject, email.status) == ("editor@example.org", "Reset", "pending")


def test_blind_copies_become_separate_emails_with_their_html_and_attachments(
    settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "portal.outbox.OutboxBackend"
    settings.PORTAL_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    message = EmailMultiAlternatives(
        "Moderation", "Please review.", None, ["editor@example.org"], bcc=["a@example.org"]
    )
    message.attach_alternative("<p>Please review.</p>", "text/html")
    message.attach("notes.txt", "Draft notes", "text/plain")
    with django_capture_on_commit_callbacks(execute=True):
        message.send()

    assert sorted(m.to[0] for m in mailoutbox) == ["a@example.org", "editor@example.org"]
    assert all(m.bcc == [] and m.to != ["editor@example.org", "a@example.org"] for m in mailoutbox)
    sent = mailoutbox[0]
    assert sent.alternatives[0][1] == "text/html"
    assert sent.attachments[0][:2] == ("notes.txt", "Draft notes")
    assert set(OutboundEmail.objects.values_list("status", flat=True)) == {"sent"}
