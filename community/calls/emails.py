"""The two emails of an application, through the outbox (portal/outbox.py): the
acknowledgement to the applicant, in their language, and the notification to the team, in
French. Owed in the caller's transaction, composed after the commit; an email owed about an
application erased since is not sent."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from community.calls.models import Application
from portal import outbox
from portal.models import SiteSettings

KINDS = ("acknowledgement", "notification")


def admin_path(application_id):
    return reverse("call_application:edit", args=[application_id])


def admin_url(application_id):
    return f"{settings.WAGTAILADMIN_BASE_URL}{admin_path(application_id)}"


def team_address():
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).contact_email if site else settings.DEFAULT_FROM_EMAIL


def queue(application):
    """Owe both emails of a new application."""
    label = f"{application.project_title} · {application.contact_name}"
    url = admin_path(application.pk)
    for to, kind, language in (
        (application.email, "acknowledgement", application.language),
        (team_address(), "notification", settings.LANGUAGE_CODE),
    ):
        outbox.queue_composed(
            to,
            f"{__name__}.compose",
            application.pk,
            kind,
            language=language,
            related_label=label,
            related_url=url,
        )


def compose(application_id, kind):
    application = (
        Application.objects.filter(pk=application_id, anonymised_at__isnull=True)
        .select_related("document")
        .first()
    )
    if application is None:  # erased since: nothing to tell anyone
        return None
    language = application.language if kind == "acknowledgement" else settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "application": application,
            "admin_url": admin_url(application.pk),
            "contact_email": team_address(),
        }
        if kind == "acknowledgement":
            subject = _("Your application to “%(call)s”") % {"call": application.call_title}
        else:
            subject = _("New application: %(project)s (%(organisation)s)") % {
                "project": application.project_title,
                "organisation": application.organisation,
            }
        return {
            "subject": subject,
            "text": render_to_string(f"emails/call_application_{kind}.txt", context),
        }
