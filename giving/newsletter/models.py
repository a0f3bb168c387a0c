"""Newsletter subscriptions: double opt-in, the consent recorded as it was given (its text,
time and language), one-click unsubscribe. Nothing is sent to a third party: the team
exports the confirmed list for its own mailing tool. Rules in services.py."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from giving.newsletter import tokens
from portal.absolute_urls import absolute_url


class Subscription(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        UNSUBSCRIBED = "unsubscribed", _("unsubscribed")

    email = models.EmailField(_("email"), max_length=254, unique=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    consent_text = models.TextField(_("consent given to"))
    consented_at = models.DateTimeField(_("consent given"))
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("newsletter subscription")
        verbose_name_plural = _("newsletter subscriptions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.email

    def link(self, purpose):
        """The absolute address of its "confirm" or "unsubscribe" link, in its language."""
        with translation.override(self.language):
            url = reverse(f"newsletter_{purpose}", args=[tokens.make(self.email, purpose)])
        return absolute_url(url)

    @property
    def unsubscribe_url(self):
        """Exported with the list, for the team's mailing tool to put in every newsletter."""
        return self.link("unsubscribe")
