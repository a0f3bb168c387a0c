"""Registration for events: the settings editors set on an event, and the registrations.

Seats belong to the event in the default language (French): the English page shares its
seats, so registrations always point at the source page (`EventRegistrationMixin.
registration_event`). The rules (locking, waiting list, emails) live in services.py.

`events.models` builds EventPage on the mixin below, so nothing in this package imports
`events.models`: EventPage is reached through the registration's foreign key
(`event_model()`).
"""

import secrets
from typing import NamedTuple

from django.conf import settings
from django.db import models
from django.db.models import Q, Sum
from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale


class Question(NamedTuple):
    """An optional question editors can ask: the event's `ask_<name>` switch turns it on,
    the answer goes into the registration's `field`."""

    name: str
    field: str
    label: Promise


# The one place where the optional questions and their labels are written: the event's
# switches, the public form, the private page, the emails and the exports read them here.
QUESTIONS = (
    Question("organisation", "organisation", _("Organisation or company")),
    Question("receipt_name", "receipt_name", _("Name for the donation receipt")),
    Question("postal_address", "postal_address", _("Postal address")),
    Question("needs", "needs", _("Dietary or accessibility needs")),
    Question("donation", "donation_amount", _("Intended donation")),
)
QUESTION = {question.name: question for question in QUESTIONS}

# The longest free text a form accepts where the column has no limit (TextField, and the
# guests' entries in JSON); the other fields take their column's max_length.
LONG_TEXT_MAX = 500
GUEST_NAME_MAX = 200


class EventRegistrationMixin(models.Model):
    """Registration settings of an EventPage (its own tab in the editor)."""

    registration_open = models.BooleanField(_("registration open"), default=False)
    registration_opens_at = models.DateTimeField(_("opens at"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)
    seat_limit = models.PositiveIntegerField(
        _("seat limit"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    waiting_list = models.BooleanField(_("waiting list when full"), default=True)
    max_guests = models.PositiveSmallIntegerField(
        _("guests per person"), default=0, help_text=_("How many guests one person may bring.")
    )
    ask_organisation = models.BooleanField(QUESTION["organisation"].label, default=False)
    ask_receipt_name = models.BooleanField(QUESTION["receipt_name"].label, default=False)
    ask_postal_address = models.BooleanField(QUESTION["postal_address"].label, default=False)
    ask_needs = models.BooleanField(QUESTION["needs"].label, default=False)
    ask_donation = models.BooleanField(QUESTION["donation"].label, default=False)
    ticket_price = models.DecimalField(
        _("ticket price (euros)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Empty or 0: free. Paid at the door; a donation is separate."),
    )
    confirmation_message = models.TextField(
        _("confirmation message"),
        blank=True,
        help_text=_("Shown after registering and included in the confirmation email."),
    )

    registration_panels = [
        MultiFieldPanel(
            [
                FieldPanel("registration_open"),
                FieldRowPanel(
                    [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
                ),
                FieldRowPanel([FieldPanel("seat_limit"), FieldPanel("max_guests")]),
                FieldPanel("waiting_list"),
                FieldPanel("ticket_price"),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("ask_organisation"),
                FieldPanel("ask_receipt_name"),
                FieldPanel("ask_postal_address"),
                FieldPanel("ask_needs"),
                FieldPanel("ask_donation"),
            ],
            heading=_("Optional questions"),
        ),
        FieldPanel("confirmation_message"),
    ]

    class Meta:
        abstract = True

    @property
    def registration_event(self):
        """The page whose row holds the seats: the source-language version."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return (
            type(self).objects.filter(translation_key=self.translation_key, locale=default).first()
            or self
        )

    def registration_state(self, now=None):
        """'open', 'not_yet', 'closed' or None when this event takes no registration."""
        if not self.registration_open:
            return None
        now = now or timezone.now()
        if self.registration_opens_at and now < self.registration_opens_at:
            return "not_yet"
        closes = self.registration_closes_at
        if (closes and now >= closes) or self.is_past or self.is_cancelled:
            return "closed"
        return "open"

    def in_language(self, language):
        """This event as shown in `language` (its live translation), or itself."""
        locale = Locale.objects.filter(language_code=language).first()
        if locale and locale.pk != self.locale_id:
            translated = self.get_translation_or_none(locale)
            if translated is not None and translated.live:
                return translated.specific
        return self

    def questions(self):
        """The names of the optional questions this event asks."""
        return [question.name for question in QUESTIONS if getattr(self, f"ask_{question.name}")]

    def taken_seats(self, cached=True):
        """Seats held, counted once per page instance (one query, whatever the language);
        `cached=False` counts again (after a change under the lock)."""
        if not cached or getattr(self, "_taken_seats", None) is None:
            self._taken_seats = (
                Registration.objects.filter(
                    event__translation_key=self.translation_key,
                    event__locale__language_code=settings.LANGUAGE_CODE,
                    status__in=Registration.HOLDING_SEATS,
                ).aggregate(seats=Sum("seats"))["seats"]
                or 0
            )
        return self._taken_seats

    def seats_left(self, cached=True):
        if self.seat_limit is None:
            return None
        return max(self.seat_limit - self.taken_seats(cached), 0)

    def registration_offers(self):
        """schema.org Offer while registration is open (used by EventPage.offers())."""
        if self.registration_state() != "open":
            return None
        left = self.seats_left()
        offer = {
            "@type": "Offer",
            "url": self.full_url,
            "price": str(self.ticket_price or 0),
            "priceCurrency": "EUR",
            "availability": "https://schema.org/"
            + ("SoldOut" if left == 0 and not self.waiting_list else "InStock"),
        }
        if self.registration_opens_at:
            offer["validFrom"] = self.registration_opens_at.isoformat()
        return offer


def new_token():
    return secrets.token_urlsafe(32)


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        WAITING = "waiting", _("waiting list")
        CANCELLED = "cancelled", _("cancelled")
        ATTENDED = "attended", _("attended")

    HOLDING_SEATS = (Status.CONFIRMED, Status.ATTENDED)
    ACTIVE = (Status.CONFIRMED, Status.WAITING, Status.ATTENDED)

    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    email = models.EmailField(_("email"), db_index=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    seats = models.PositiveSmallIntegerField(_("seats"), default=1)
    # [{"name": "...", "needs": "..."}] for each guest.
    guests = models.JSONField(_("guests"), default=list, blank=True)
    organisation = models.CharField(_("organisation or company"), max_length=200, blank=True)
    receipt_name = models.CharField(_("name for the donation receipt"), max_length=200, blank=True)
    postal_address = models.TextField(_("postal address"), blank=True)
    needs = models.TextField(_("dietary or accessibility needs"), blank=True)
    donation_amount = models.DecimalField(
        _("intended donation (euros)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    consented_at = models.DateTimeField(_("consent to the privacy notice"))
    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    class Meta:
        # The model moved from events/registrations.py: same app, same table.
        app_label = "events"
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            # Backs up the service's check: one active registration per email and event.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=Q(status__in=["confirmed", "waiting", "attended"]),
                name="one_active_registration_per_email",
            )
        ]
        indexes = [
            models.Index(fields=["event", "status"]),
            # The admin list filtered by status, in its order (created_at, pk).
            models.Index(fields=["status", "created_at", "id"], name="registration_status_created"),
        ]

    def __str__(self):
        return f"{self.first_name} {self.last_name} ({self.get_status_display()})"

    @property
    def name(self):
        return f"{self.first_name} {self.last_name}".strip()

    def answers(self):
        """(label, text) of each optional question this person answered."""
        answers = []
        for question in QUESTIONS:
            value = getattr(self, question.field)
            if value in ("", None):
                continue
            if question.field == "donation_amount":
                value = f"{floatformat(value, '-2')} €"
            answers.append((question.label, value))
        return answers

    @property
    def guest_names(self):
        return ", ".join(guest.get("name", "") for guest in self.guests if guest.get("name"))

    def waiting_position(self):
        if self.status != self.Status.WAITING:
            return None
        return (
            Registration.objects.filter(
                event_id=self.event_id, status=self.Status.WAITING, created_at__lte=self.created_at
            )
            .exclude(created_at=self.created_at, pk__gt=self.pk)
            .count()
        )


def column_max(name):
    """The longest value a Registration column holds: the forms accept no more."""
    return Registration._meta.get_field(name).max_length or LONG_TEXT_MAX


def event_model():
    """EventPage, through the foreign key (events.models imports this module, not the reverse)."""
    return Registration._meta.get_field("event").related_model
