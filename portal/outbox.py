"""Email outbox: what the portal owes someone is stored first, then sent and retried.

`queue_email()` writes an `OutboundEmail` row in the caller's transaction; once that
transaction commits, a background task (django-tasks) sends it. A failing mail server
never reaches the visitor: the row keeps the error and is retried with exponential
backoff (`PORTAL_OUTBOX_RETRY_SECONDS` doubled at each attempt) until it is sent or
`PORTAL_OUTBOX_MAX_ATTEMPTS` is reached ("failed"; editors can resend it from the admin).

An email can also be owed before it is written: `queue_composed()` stores the recipient
and how to write it (a composer's dotted path and its arguments) in the caller's
transaction, one cheap INSERT; the outbox calls the composer the first time it handles
the email, after the commit, and keeps what it wrote for the retries. A caller holding a
lock (registration) so queues without rendering anything, and the email is not lost if
the process dies between the commit and the writing.

Production sets `EMAIL_BACKEND` to `OutboxBackend`, so that every email Django or
Wagtail sends by itself (password reset, moderation notices) is queued too: no request
ever waits for a mail server. The outbox then delivers through
`PORTAL_EMAIL_DELIVERY_BACKEND` (SMTP with a short timeout), or `EMAIL_BACKEND` when
that is unset (development and tests).

Retries happen two ways, both safe together because every send first *claims* the row
with a conditional UPDATE (no two workers send the same email):
- with the database task backend, the task re-enqueues itself with `run_after`;
- `manage.py send_queued_emails` (run it every minute from cron or a systemd timer)
  sends every pending email that is due, whatever the backend.
"""

import base64
import logging
from datetime import timedelta
from email.mime.base import MIMEBase

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import get_language
from django_tasks import default_task_backend, task

from portal.models import OutboundEmail

logger = logging.getLogger(__name__)

# While one worker is sending, the row is hidden from others for this long.
CLAIM_SECONDS = 300


def max_attempts():
    return getattr(settings, "PORTAL_OUTBOX_MAX_ATTEMPTS", 8)


def retry_delay(attempts):
    """Wait after the `attempts`-th failure: 1 min, 2, 4, 8... (capped at 6 hours)."""
    base = getattr(settings, "PORTAL_OUTBOX_RETRY_SECONDS", 60)
    return timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), 6 * 3600))


def queue_email(
    to,
    subject,
    text,
    html=None,
    attachments=(),
    reply_to=None,
    language=None,
    related_label="",
    related_url="",
):
    """Store an email and send it once the current transaction commits.

    `to` and `reply_to` are an address or a list of addresses; `attachments` holds
    `(filename, content, mimetype)` tuples (content as str or bytes).
    """
    email = OutboundEmail.objects.create(
        to=_join(to),
        reply_to=_join(reply_to or []),
        subject=" ".join(subject.split())[:255],
        text_body=text,
        html_body=html or "",
        attachments=[_encode(*attachment) for attachment in attachments],
        language=language or get_language() or settings.LANGUAGE_CODE,
        related_label=str(related_label)[:255],
        related_url=str(related_url)[:500],
        next_attempt_at=timezone.now(),
    )
    schedule(email)
    return email


def queue_composed(to, composer, *args, language=None, related_label="", related_url=""):
    """Store an email that `composer(*args)` writes once the current transaction commits.

    `composer` is a dotted path to a function returning a dict with "subject", "text" and
    optionally "html" and "attachments" (as for `queue_email`), or None when there is
    nothing to send any more. Its arguments must be JSON values.
    """
    email = OutboundEmail.objects.create(
        to=_join(to),
        subject="",
        recipe={"composer": composer, "args": list(args)},
        language=language or get_language() or settings.LANGUAGE_CODE,
        related_label=str(related_label)[:255],
        related_url=str(related_url)[:500],
        next_attempt_at=timezone.now(),
    )
    schedule(email)
    return email


class NothingToSend(Exception):
    pass


def _write(email):
    """Call the composer of an email stored with its recipe, and keep what it wrote."""
    content = import_string(email.recipe["composer"])(*email.recipe["args"])
    if content is None:
        raise NothingToSend("nothing to send any more")
    email.subject = " ".join(content["subject"].split())[:255]
    email.text_body = content["text"]
    email.html_body = content.get("html") or ""
    email.attachments = [_encode(*attachment) for attachment in content.get("attachments", ())]
    email.recipe = None
    email.save(update_fields=["subject", "text_body", "html_body", "attachments", "recipe"])


def resend(email):
    """Queue an email again (an editor's "resend"), whatever its state."""
    OutboundEmail.objects.filter(pk=email.pk).update(
        status=OutboundEmail.Status.PENDING,
        attempts=0,
        last_error="",
        next_attempt_at=timezone.now(),
    )
    schedule(email)


def schedule(email):
    transaction.on_commit(lambda: _enqueue(email.pk))


def _enqueue(pk, run_after=None):
    """Hand the sending to the task backend; if that fails, the command will catch up."""
    try:
        if run_after is not None:
            send_email_task.using(run_after=run_after).enqueue(pk)
        else:
            send_email_task.enqueue(pk)
    except Exception:
        logger.exception("Could not enqueue outgoing email %s; send_queued_emails will", pk)


@task()
def send_email_task(email_id):
    email = deliver(email_id)
    if (
        email is not None
        and email.status == OutboundEmail.Status.PENDING
        and default_task_backend.supports_defer
    ):
        _enqueue(email.pk, run_after=email.next_attempt_at)
    return email.status if email else None


def deliver(email_id, now=None):
    """Send one email if it is pending and due. Never raises for a mail-server failure.

    Returns the updated row, or None when there was nothing to do (already sent, not
    due yet, or being sent by another worker).
    """
    now = now or timezone.now()
    claimed = (
        OutboundEmail.objects.filter(pk=email_id, status=OutboundEmail.Status.PENDING)
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .update(attempts=F("attempts") + 1, next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS))
    )
    if not claimed:
        return None
    email = OutboundEmail.objects.get(pk=email_id)
    try:
        if email.recipe is not None:
            _write(email)
        _message(email).send()
    except Exception as error:
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        if email.attempts >= max_attempts() or isinstance(error, NothingToSend):
            email.status = OutboundEmail.Status.FAILED
            email.next_attempt_at = None
            logger.error("Giving up on outgoing email %s: %s", email.pk, email.last_error)
        else:
            email.next_attempt_at = now + retry_delay(email.attempts)
            logger.warning("Outgoing email %s failed, retry later: %s", email.pk, email.last_error)
    else:
        email.status = OutboundEmail.Status.SENT
        email.sent_at = timezone.now()
        email.next_attempt_at = None
        email.last_error = ""
    email.save(update_fields=["status", "sent_at", "next_attempt_at", "last_error"])
    return email


def due_emails(now=None):
    now = now or timezone.now()
    return OutboundEmail.objects.filter(status=OutboundEmail.Status.PENDING).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )


def send_due_emails(limit=500):
    """Send every pending email that is due; returns (sent, still pending, failed)."""
    counts = dict.fromkeys(OutboundEmail.Status.values, 0)
    for pk in due_emails().order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:limit]:
        email = deliver(pk)
        if email is not None:
            counts[email.status] += 1
    return counts


def delivery_backend():
    """The backend that really sends: never the outbox itself (that would loop)."""
    backend = getattr(settings, "PORTAL_EMAIL_DELIVERY_BACKEND", "") or settings.EMAIL_BACKEND
    if backend == f"{__name__}.OutboxBackend":
        raise ImproperlyConfigured(
            "EMAIL_BACKEND is the outbox: set PORTAL_EMAIL_DELIVERY_BACKEND to a real backend."
        )
    return backend


class OutboxBackend(BaseEmailBackend):
    """An email backend that queues instead of sending (production's EMAIL_BACKEND).

    Blind copies become one email each, so that no recipient learns another's address.
    """

    def send_messages(self, email_messages):
        for message in email_messages:
            html = next(
                (content for content, mimetype in message.alternatives if mimetype == "text/html"),
                None,
            )
            common = {
                "subject": str(message.subject),
                "text": str(message.body),
                "html": html,
                "attachments": [_attachment(item) for item in message.attachments],
                "reply_to": message.reply_to,
            }
            if message.to or message.cc:
                queue_email(to=[*message.to, *message.cc], **common)
            for address in message.bcc:
                queue_email(to=address, **common)
        return len(email_messages)


def _attachment(item):
    """(filename, content, mimetype) from what EmailMessage.attachments holds."""
    if isinstance(item, MIMEBase):
        return (
            item.get_filename() or "attachment",
            item.get_payload(decode=True) or b"",
            item.get_content_type(),
        )
    filename, content, mimetype = item
    return (filename or "attachment", content, mimetype or "application/octet-stream")


def _message(email):
    message = EmailMultiAlternatives(
        connection=get_connection(delivery_backend()),
        subject=email.subject,
        body=email.text_body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=email.recipients,
        reply_to=[a.strip() for a in email.reply_to.split(",") if a.strip()] or None,
    )
    if email.html_body:
        message.attach_alternative(email.html_body, "text/html")
    for attachment in email.attachments:
        message.attach(
            attachment["filename"],
            base64.b64decode(attachment["content"]),
            attachment["mimetype"],
        )
    return message


def _join(addresses):
    if isinstance(addresses, str):
        addresses = [addresses]
    return ", ".join(a.strip() for a in addresses if a and a.strip())


def _encode(filename, content, mimetype="application/octet-stream"):
    if isinstance(content, str):
        content = content.encode()
    return {
        "filename": filename,
        "content": base64.b64encode(content).decode("ascii"),
        "mimetype": mimetype,
    }
