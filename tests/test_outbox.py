"""The email outbox: nothing is lost when the mail server fails, editors see and resend."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from portal import outbox
from portal.models import OutboundEmail

FAILING = "tests.test_outbox.FailingBackend"


class FailingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise smtplib.SMTPException("Connection refused by the test mail server")


def queue(**kwargs):
    values = {"to": "donor@example.org", "subject": "Your seats", "text": "See you there."}
    return outbox.queue_email(**(values | kwargs))


@pytest.mark.django_db
def test_email_is_sent_after_commit_with_attachment(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = queue(
            html="<p>See you there.</p>",
            attachments=[("event.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")],
            reply_to="team@example.org",
        )
        assert mail.outbox == []  # nothing leaves before the commit

    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["donor@example.org"]
    assert sent.reply_to == ["team@example.org"]
    assert sent.attachments[0][0] == "event.ics"
    assert "BEGIN:VCALENDAR" in sent.attachments[0][1]
    assert sent.alternatives[0][1] == "text/html"
    email.refresh_from_db()
    assert email.status == "sent" and email.attempts == 1 and email.sent_at


@pytest.mark.django_db
def test_rolled_back_transaction_sends_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        queue()
        transaction.set_rollback(True)
    assert mail.outbox == []
    assert not OutboundEmail.objects.exists()


@pytest.mark.django_db
def test_mail_server_down_keeps_the_email_and_a_later_retry_sends_it(
    settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        email = queue()  # does not raise for the visitor

    email.refresh_from_db()
    assert email.status == "pending"
    assert email.attempts == 1
    assert "Connection refused" in email.last_error
    assert email.next_attempt_at > timezone.now()

    # Not due yet: the scheduled command leaves it alone.
    call_command("send_queued_emails", stdout=open("/dev/null", "w"))  # noqa: SIM115
    email.refresh_from_db()
    assert email.attempts == 1

    # The server is back and the retry is due.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboundEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now())
    call_command("send_queued_emails", stdout=open("/dev/null", "w"))  # noqa: SIM115
    email.refresh_from_db()
    assert email.status == "sent" and email.attempts == 2 and email.last_error == ""
    assert [m.subject for m in mail.outbox] == ["Your seats"]


@pytest.mark.django_db
def test_backoff_doubles_then_the_email_is_marked_failed(settings):
    settings.EMAIL_BACKEND = FAILING
    settings.PORTAL_OUTBOX_MAX_ATTEMPTS = 3
    email = queue()
    now = timezone.now()
    delays = []
    for _attempt in range(3):
        outbox.deliver(email.pk, now=now)
        email.refresh_from_db()
        if email.next_attempt_at:
            delays.append(email.next_attempt_at - now)
            now = email.next_attempt_at
    assert delays == [timedelta(minutes=1), timedelta(minutes=2)]
    assert email.status == "failed" and email.attempts == 3 and email.next_attempt_at is None
    assert outbox.deliver(email.pk, now=now + timedelta(days=1)) is None  # not retried any more


@pytest.mark.django_db
def test_an_email_being_sent_is_not_sent_twice():
    email = queue()
    OutboundEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now())
    first = outbox.deliver(email.pk)
    second = outbox.deliver(email.pk)
    assert first.status == "sent" and second is None
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_deferred_backend_re_enqueues_with_run_after(settings, monkeypatch):
    """With the database backend, a failed send schedules its own retry."""
    settings.EMAIL_BACKEND = FAILING
    email = queue()
    enqueued = []
    monkeypatch.setattr(outbox.default_task_backend, "supports_defer", True, raising=False)
    monkeypatch.setattr(outbox, "_enqueue", lambda pk, run_after=None: enqueued.append(run_after))
    outbox.send_email_task.call(email.pk)
    email.refresh_from_db()
    assert enqueued == [email.next_attempt_at]


@pytest.mark.django_db
def test_editor_sees_outbox_filters_and_resends(
    admin_client, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        failed = queue(to="lost@example.org", subject="Registration confirmed")
        queue(to="other@example.org", subject="Something else")
    OutboundEmail.objects.filter(pk=failed.pk).update(status="failed")

    listing = admin_client.get("/admin/outbound_email/?status=failed")
    assert listing.status_code == 200
    assert "lost@example.org" in listing.text and "other@example.org" not in listing.text
    searched = admin_client.get("/admin/outbound_email/?q=lost")
    assert "lost@example.org" in searched.text and "other@example.org" not in searched.text
    assert admin_client.get("/admin/outbound_email/new/").url == "/admin/"  # no writing new ones

    confirm = admin_client.get(f"/admin/outbound_email/resend/{failed.pk}/")
    assert "lost@example.org" in confirm.text
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/outbound_email/resend/{failed.pk}/")
    assert response.status_code == 302
    failed.refresh_from_db()
    assert failed.status == "sent"
    assert [m.to for m in mail.outbox] == [["lost@example.org"]]
    inspect = admin_client.get(f"/admin/outbound_email/inspect/{failed.pk}/")
    assert "Registration confirmed" in inspect.text


def compose_greeting(name, fail=False):
    """A composer for the tests below (named by its dotted path, as apps name theirs)."""
    if fail:
        raise RuntimeError("template missing")
    if name is None:
        return None
    return {
        "subject": f"Hello {name}",
        "text": f"Dear {name}, see you there.",
        "attachments": [("note.txt", "bring a friend", "text/plain")],
    }


COMPOSER = "tests.test_outbox.compose_greeting"


@pytest.mark.django_db
def test_a_composed_email_is_written_after_the_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = outbox.queue_composed("donor@example.org", COMPOSER, "Awa")
        stored = OutboundEmail.objects.get(pk=email.pk)
        assert stored.subject == "" and stored.attachments == []  # nothing written yet
        assert mail.outbox == []

    assert [(m.subject, m.body, m.to) for m in mail.outbox] == [
        ("Hello Awa", "Dear Awa, see you there.", ["donor@example.org"])
    ]
    assert mail.outbox[0].attachments[0][:2] == ("note.txt", "bring a friend")
    email.refresh_from_db()
    assert email.status == "sent" and email.subject == "Hello Awa"
    assert email.text_body == "Dear Awa, see you there."  # editors see what was sent


@pytest.mark.django_db
def test_a_composed_email_survives_a_crash_before_it_is_written(
    django_capture_on_commit_callbacks,
):
    # The process dies right after the commit: the hand-off to the task never runs.
    with django_capture_on_commit_callbacks(execute=False):
        outbox.queue_composed("donor@example.org", COMPOSER, "Awa")
    assert mail.outbox == []
    call_command("send_queued_emails", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [m.subject for m in mail.outbox] == ["Hello Awa"]


@pytest.mark.django_db
def test_a_failing_composer_is_retried_like_a_failing_mail_server():
    email = outbox.queue_composed("donor@example.org", COMPOSER, "Awa", True)
    outbox.deliver(email.pk)
    email.refresh_from_db()
    assert email.status == "pending" and "template missing" in email.last_error
    assert email.next_attempt_at > timezone.now()
    assert mail.outbox == []


@pytest.mark.django_db
def test_nothing_to_compose_any_more_is_not_sent():
    email = outbox.queue_composed("donor@example.org", COMPOSER, None)
    outbox.deliver(email.pk)
    email.refresh_from_db()
    assert email.status == "failed" and "nothing to send" in email.last_error
    assert mail.outbox == []
