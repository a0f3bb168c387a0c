"""What the public sends for the team to follow up (a pledge, an application to a call):
stored first, with the contact's consent, followed up with a status and notes, and
anonymised on request or once the retention period is over (GDPR).

One abstract model holds the contact and its consent; one set of rules exports, erases and
anonymises; one form base and one pair of emails (the acknowledgement to the person in their
language, the notification to the team in French, both through the outbox). Each kind of
record (giving/pledges, community/calls) says only what differs.
"""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from portal import outbox
from portal.antispam import ProtectedFormMixin
from portal.models import OutboundEmail, SiteSettings

# Kept three years after the last change (the CNIL's period for prospects), then anonymised.
RETENTION_DAYS = 3 * 365


class ContactRecord(models.Model):
    """The contact of a record sent through a public form, and its follow-up."""

    # The admin's edit URL name ("pledge:edit"): the team's notification links to it.
    admin_url_name = None
    # Free-text fields that may name people, emptied with the contact on anonymisation.
    private_text = ()

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
        abstract = True
        ordering = ["-created_at", "-pk"]

    @property
    def contact_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def admin_path(self):
        return reverse(self.admin_url_name, args=[self.pk])

    @property
    def admin_url(self):
        return f"{settings.WAGTAILADMIN_BASE_URL}{self.admin_path}"

    def exported_value(self, field):
        """One field as plain JSON-ready data (GDPR access)."""
        value = getattr(self, field.name)
        if field.is_relation:
            return str(value) if value is not None else None
        return value.isoformat() if hasattr(value, "isoformat") else value

    def forget_attachments(self):
        """Delete what the record carries besides its fields (a file): on anonymisation."""


# Rules -------------------------------------------------------------------------------


def record(model, values, **fields):
    """Store a record from a form's values, with the consent given now, and owe its two
    emails in the same transaction: the mail server being down loses nothing."""
    values = dict(values)
    values["email"] = values["email"].strip().lower()
    values.setdefault("language", (translation.get_language() or "fr")[:2])
    with transaction.atomic():
        instance = model.objects.create(**values, **fields, consented_at=timezone.now())
        queue_emails(instance)
    return instance


def personal_records(queryset, email):
    """Everything the records of `queryset` hold about one address, as plain data."""
    fields = queryset.model._meta.fields
    return [
        {field.name: instance.exported_value(field) for field in fields}
        for instance in queryset.filter(email__iexact=email.strip())
    ]


def erase(model, email):
    """GDPR erasure of one address: its records are anonymised (the team keeps what was
    sent, never who sent it); the emails about them are deleted. Returns how many."""
    due = list(model.objects.filter(email__iexact=email.strip(), anonymised_at__isnull=True))
    for instance in due:
        anonymise(instance)
    return len(due)


def anonymise(instance):
    with transaction.atomic():
        # The acknowledgement and the team's notification both name the person.
        OutboundEmail.objects.filter(
            Q(to__iexact=instance.email) | Q(related_url=instance.admin_path)
        ).delete()
        instance.forget_attachments()
        instance.first_name = "—"
        instance.last_name = "—"
        instance.email = f"anonymised-{instance.pk}@invalid"
        for name in ("role", "phone", "notes", *instance.private_text):
            setattr(instance, name, "")
        instance.anonymised_at = timezone.now()
        instance.save()


def anonymise_older_than(model, days=RETENTION_DAYS, now=None):
    """Anonymise the records unchanged for `days` days; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    count = 0
    for instance in model.objects.filter(anonymised_at__isnull=True, updated_at__lt=cutoff):
        anonymise(instance)
        count += 1
    return count


# Emails ------------------------------------------------------------------------------


def team_address():
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).contact_email if site else settings.DEFAULT_FROM_EMAIL


def queue_emails(instance):
    """Owe both emails of a new record: `compose(pk, kind)` of the record's app `emails`
    module writes them after the commit (an email about a record erased since is not sent)."""
    app_emails = f"{type(instance).__module__.rpartition('.')[0]}.emails.compose"
    label = f"{instance} · {instance.contact_name}"
    for to, kind, language in (
        (instance.email, "acknowledgement", instance.language),
        (team_address(), "notification", settings.LANGUAGE_CODE),
    ):
        outbox.queue_composed(
            to,
            app_emails,
            instance.pk,
            kind,
            language=language,
            related_label=label,
            related_url=instance.admin_path,
        )


def compose_email(queryset, pk, kind, subject, template):
    """The email `kind` about one record, in the person's language for the acknowledgement
    and in French for the team; None when the record was erased since (nothing to tell).
    `subject(record, kind)` is called in that language; the template gets the record under
    its model's name ("pledge"), the admin link and the team's address."""
    instance = queryset.filter(pk=pk, anonymised_at__isnull=True).first()
    if instance is None:
        return None
    language = instance.language if kind == "acknowledgement" else settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            instance._meta.model_name: instance,
            "admin_url": instance.admin_url,
            "contact_email": team_address(),
        }
        return {"subject": subject(instance, kind), "text": render_to_string(template, context)}


# Public form -------------------------------------------------------------------------

AUTOCOMPLETE = {
    "organisation": "organization",
    "first_name": "given-name",
    "last_name": "family-name",
    "role": "organization-title",
    "email": "email",
    "phone": "tel",
}


class ContactRecordForm(ProtectedFormMixin, forms.ModelForm):
    """A public form that sends a record: the contact's autocomplete hints, role and phone
    optional, a bounded description, the consent and the trap fields last."""

    description_max = 2000
    # Form-only fields shown after the record's own, before the consent.
    trailing_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        description = self.fields.get("description")
        if description is not None:
            description.max_length = self.description_max
            description.widget.attrs["maxlength"] = self.description_max
        for name, token in AUTOCOMPLETE.items():
            if name in self.fields:
                self.fields[name].widget.attrs["autocomplete"] = token
        for name in ("role", "phone"):
            self.fields[name].required = False
        last = (*self.trailing_fields, "consent", self.honeypot_field, self.timestamp_field)
        for name in last:
            self.fields[name] = self.fields.pop(name)

    def clean_description(self):
        description = self.cleaned_data.get("description", "").strip()
        if len(description) > self.description_max:
            raise forms.ValidationError(
                _("Please keep it under %(max)s characters.") % {"max": self.description_max}
            )
        return description

    def record_values(self):
        """The record's fields from the cleaned form, text stripped."""
        values = {name: self.cleaned_data.get(name) for name in self.Meta.fields}
        return {
            name: value.strip() if isinstance(value, str) else value
            for name, value in values.items()
        }
