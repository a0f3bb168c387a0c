"""The two emails of a pledge, through the outbox (portal/outbox.py): the acknowledgement
to the person, in their language, and the notification to the team, in French.

`queue()` records in the caller's transaction that an email is owed (one INSERT); the
outbox calls `compose()` after the commit and retries while the mail server fails. An
email owed about a pledge erased since is not sent.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from giving.pledges.models import Pledge
from portal import outbox
from portal.models import SiteSettings

KINDS = ("acknowledgement", "notification")


def admin_path(pledge_id):
    return reverse("pledge:edit", args=[pledge_id])


def admin_url(pledge_id):
    return f"{settings.WAGTAILADMIN_BASE_URL}{admin_path(pledge_id)}"


def team_address():
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).contact_email if site else settings.DEFAULT_FROM_EMAIL


def queue(pledge):
    """Owe both emails of a new pledge."""
    label = f"{pledge.organisation} · {pledge.contact_name}"
    url = admin_path(pledge.pk)
    outbox.queue_composed(
        pledge.email,
        f"{__name__}.compose",
        pledge.pk,
        "acknowledgement",
        language=pledge.language,
        related_label=label,
        related_url=url,
    )
    outbox.queue_composed(
        team_address(),
        f"{__name__}.compose",
        pledge.pk,
        "notification",
        language=settings.LANGUAGE_CODE,
        related_label=label,
        related_url=url,
    )


def compose(pledge_id, kind):
    pledge = (
        Pledge.objects.filter(pk=pledge_id, anonymised_at__isnull=True)
        .select_related("project", "challenge")
        .first()
    )
    if pledge is None:  # erased since: nothing to tell anyone
        return None
    language = pledge.language if kind == "acknowledgement" else settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "pledge": pledge,
            "admin_url": admin_url(pledge.pk),
            "contact_email": team_address(),
        }
        if kind == "acknowledgement":
            subject = _("Thank you for your pledge to Hauts les jeunes")
        else:
            subject = _("New pledge: %(organisation)s (%(kind)s)") % {
                "organisation": pledge.organisation,
                "kind": pledge.get_kind_display(),
            }
        return {
            "subject": subject,
            "text": render_to_string(f"emails/pledge_{kind}.txt", context),
        }
