"""An application to a call for projects: stored before anything else happens, then
followed by the team (status, notes). Its rules (recording, emails, personal data) live in
services.py; the file it carries is a Wagtail document in a collection only signed-in
editors may read (files.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.records import ContactRecord

# The longest free text the public form accepts (the column itself has no limit).
DESCRIPTION_MAX = 4000


class Application(ContactRecord):
    admin_url_name = "call_application:edit"

    class Status(models.TextChoices):
        NEW = "new", _("new")
        REVIEWING = "reviewing", _("under review")
        SELECTED = "selected", _("selected")
        DECLINED = "declined", _("declined")

    class Carrier(models.TextChoices):
        ASSOCIATION = "association", _("An association")
        SOCIAL_ENTERPRISE = "social-enterprise", _("A social enterprise")
        UNIVERSITY = "university", _("A university or a school")
        OTHER = "other", _("Another organisation")

    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW, db_index=True
    )
    call = models.ForeignKey(
        "community.CallForProjectsPage",
        verbose_name=_("call for projects"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )
    # Kept as sent: the call's page may be renamed or deleted later.
    call_title = models.CharField(_("call title"), max_length=255)
    carrier = models.CharField(_("carried by"), max_length=20, choices=Carrier.choices)
    organisation = models.CharField(_("organisation name"), max_length=200)
    project_title = models.CharField(_("project title"), max_length=200)
    description = models.TextField(_("the project"))
    places = models.CharField(_("where it runs"), max_length=200)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("attached file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta(ContactRecord.Meta):
        verbose_name = _("application")
        verbose_name_plural = _("applications")

    def __str__(self):
        return f"{self.project_title} · {self.organisation}"

    def exported_value(self, field):
        if field.name == "call":
            return self.call.full_url if self.call is not None else None
        if field.name == "document":
            return self.document.filename if self.document is not None else None
        return super().exported_value(field)

    def forget_attachments(self):
        if self.document_id:
            document = self.document
            self.document = None
            document.file.delete(save=False)
            document.delete()
