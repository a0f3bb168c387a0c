"""A pledge: what a company or a foundation offers the projects (money, skills, in-kind
help, volunteering time), stored before anything else happens and followed by the team.

Its contact, consent and personal-data rules are those of every contact record
(portal/records.py).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.records import ContactRecord

# The longest free text the public form accepts (the column itself has no limit).
DESCRIPTION_MAX = 2000


class Pledge(ContactRecord):
    admin_url_name = "pledge:edit"
    private_text = ("description",)

    class Status(models.TextChoices):
        NEW = "new", _("new")
        CONTACTED = "contacted", _("contacted")
        CONFIRMED = "confirmed", _("confirmed")
        DECLINED = "declined", _("declined")

    class Kind(models.TextChoices):
        MONEY = "money", _("Money")
        SKILLS = "skills", _("Skills (skills-based sponsorship)")
        IN_KIND = "in-kind", _("In kind (goods, premises, services)")
        TIME = "time", _("Volunteering time of our staff")

    class Giver(models.TextChoices):
        COMPANY = "company", _("A company")
        FOUNDATION = "foundation", _("A foundation")
        OTHER = "other", _("Another organisation")

    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW, db_index=True
    )
    giver = models.CharField(_("on behalf of"), max_length=12, choices=Giver.choices)
    organisation = models.CharField(_("organisation name"), max_length=200)
    kind = models.CharField(_("kind of help"), max_length=12, choices=Kind.choices)
    amount = models.PositiveIntegerField(_("amount (euros)"), null=True, blank=True)
    description = models.TextField(_("what you offer"), blank=True)
    project = models.ForeignKey(
        "stories.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    challenge = models.ForeignKey(
        "stories.ChallengePage",
        verbose_name=_("challenge"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta(ContactRecord.Meta):
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")

    def __str__(self):
        return f"{self.organisation} · {self.get_kind_display()}"
