"""The two emails of a pledge (portal/records.py sends them through the outbox): the
acknowledgement to the person, in their language, and the notification to the team."""

from django.utils.translation import gettext as _

from giving.pledges.models import Pledge
from portal import records


def subject(pledge, kind):
    if kind == "acknowledgement":
        return _("Thank you for your pledge to Hauts les jeunes")
    return _("New pledge: %(organisation)s (%(kind)s)") % {
        "organisation": pledge.organisation,
        "kind": pledge.get_kind_display(),
    }


def compose(pledge_id, kind):
    pledges = Pledge.objects.select_related("project", "challenge")
    return records.compose_email(pledges, pledge_id, kind, subject, f"emails/pledge_{kind}.txt")
