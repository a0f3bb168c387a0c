"""The rules of the newsletter: sign up (double opt-in), confirm, unsubscribe, forget.

Links carry a signed token (tokens.py): the confirmation link expires after
`CONFIRM_DAYS`, the unsubscribe link never does. Sign-ups left unconfirmed are deleted
after `CONFIRM_DAYS` too (`manage.py purge_newsletter`, daily).
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from giving.newsletter import emails, tokens
from giving.newsletter.models import Subscription
from portal.models import OutboundEmail

CONFIRM_DAYS = tokens.CONFIRM_DAYS


def _subscription(value, purpose):
    subscription = Subscription.objects.filter(email=tokens.read(value, purpose)).first()
    if subscription is None:
        raise tokens.InvalidLink
    return subscription


def subscribe(email, language, consent_text):
    """Record a sign-up and owe its confirmation email. An address already confirmed is
    left as it is (the form gives everyone the same answer)."""
    email = email.strip().lower()
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().filter(email=email).first()
        if subscription and subscription.status == Subscription.Status.CONFIRMED:
            return subscription
        subscription = subscription or Subscription(email=email)
        subscription.status = Subscription.Status.PENDING
        subscription.language = language
        subscription.consent_text = consent_text
        subscription.consented_at = timezone.now()
        subscription.unsubscribed_at = None
        subscription.save()
        emails.queue(subscription, "confirm")
    return subscription


def confirm(value):
    """Confirm the sign-up a link names; raises InvalidLink or ExpiredLink."""
    subscription = _subscription(value, "confirm")
    if subscription.status != Subscription.Status.CONFIRMED:
        subscription.status = Subscription.Status.CONFIRMED
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["status", "confirmed_at"])
    return subscription


def unsubscribe(value):
    """One click, whatever the state: the address receives nothing more."""
    subscription = _subscription(value, "unsubscribe")
    if subscription.status != Subscription.Status.UNSUBSCRIBED:
        subscription.status = Subscription.Status.UNSUBSCRIBED
        subscription.unsubscribed_at = timezone.now()
        subscription.save(update_fields=["status", "unsubscribed_at"])
    return subscription


def purge_unconfirmed(days=CONFIRM_DAYS, now=None):
    """Delete the sign-ups never confirmed within `days`; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    due = Subscription.objects.filter(status=Subscription.Status.PENDING, consented_at__lt=cutoff)
    return due.delete()[0]


def erase(email):
    """RGPD erasure of one address: its subscription and the emails sent to it."""
    email = email.strip().lower()
    OutboundEmail.objects.filter(to__iexact=email).delete()
    return Subscription.objects.filter(email=email).delete()[0]
