"""An application to a call for projects: stored before anything else happens, then
followed by the team (status, notes). Its rules (recording, emails, personal data) live in
services.py; the file it carries is a Wagtail document in a collection only signed-in
editors may read (files.py)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# The longest free text the public form accepts (the column itself has no limit).
DESCRIPTION_MAX = 4000


class Application(models.Model):
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
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    role = models.CharField(_("role"), max_length=150, blank=True)
    email = models.EmailField(_("email"), max_length=254, db_index=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    notes = models.TextField(_("team's notes"), blank=True)
    consented_at = models.DateTimeField(_("consent given"))
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("last change"), auto_now=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.project_title} · {self.organisation}"

    @property
    def contact_name(self):
        return f"{self.first_name} {self.last_name}".strip()
