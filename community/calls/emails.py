"""The two emails of an application (portal/records.py sends them through the outbox): the
acknowledgement to the applicant, in their language, and the notification to the team."""

from django.utils.translation import gettext as _

from community.calls.models import Application
from portal import records


def subject(application, kind):
    if kind == "acknowledgement":
        return _("Your application to “%(call)s”") % {"call": application.call_title}
    return _("New application: %(project)s (%(organisation)s)") % {
        "project": application.project_title,
        "organisation": application.organisation,
    }


def compose(application_id, kind):
    applications = Application.objects.select_related("document")
    template = f"emails/call_application_{kind}.txt"
    return records.compose_email(applications, application_id, kind, subject, template)
