"""The confirmation email of a newsletter sign-up (double opt-in), through the outbox, in
the subscriber's language, with the one-click unsubscribe link every email carries."""

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from giving.newsletter.models import Subscription
from portal import outbox


def links(subscription):
    return {f"{purpose}_url": subscription.link(purpose) for purpose in ("confirm", "unsubscribe")}


def queue(subscription, kind):
    return outbox.queue_composed(
        subscription.email,
        f"{__name__}.compose",
        subscription.pk,
        kind,
        language=subscription.language,
        related_label=_("Newsletter"),
    )


def compose(subscription_id, kind):
    subscription = Subscription.objects.filter(
        pk=subscription_id, status=Subscription.Status.PENDING
    ).first()
    if subscription is None:  # confirmed, unsubscribed or erased since
        return None
    with translation.override(subscription.language):
        return {
            "subject": _("Please confirm your subscription to the Hauts les jeunes newsletter"),
            "text": render_to_string(
                f"emails/newsletter_{kind}.txt",
                {"subscription": subscription, **links(subscription)},
            ),
        }
