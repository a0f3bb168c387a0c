"""The public registration form, built from what the editors chose for the event."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from events.registration.models import GUEST_NAME_MAX, QUESTION, QUESTIONS, column_max
from portal.antispam import ProtectedFormMixin


def optional(question):
    """The form's label for an optional question: its one label, marked optional."""
    return _("%(question)s (optional)") % {"question": QUESTION[question].label}


class RegistrationForm(ProtectedFormMixin, forms.Form):
    # Counted per event (token_scope), limits in settings.PORTAL_FORM_RATE_LIMITS.
    rate_limit_scope = "event-registration"

    first_name = forms.CharField(label=_("First name"), max_length=column_max("first_name"))
    last_name = forms.CharField(label=_("Last name"), max_length=column_max("last_name"))
    email = forms.EmailField(
        label=_("Email"),
        help_text=_("Your confirmation and private link are sent there."),
        max_length=column_max("email"),
    )
    phone = forms.CharField(
        label=_("Phone (optional)"), max_length=column_max("phone"), required=False
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        for name in ("first_name", "last_name", "email", "phone"):
            self.fields[name].widget.attrs["autocomplete"] = {
                "first_name": "given-name",
                "last_name": "family-name",
                "email": "email",
                "phone": "tel",
            }[name]
        if event.max_guests:
            self.fields["seats"] = forms.TypedChoiceField(
                label=_("Number of seats (you and your guests)"),
                coerce=int,
                choices=[(n, str(n)) for n in range(1, event.max_guests + 2)],
                initial=1,
            )
        questions = event.questions()
        if "needs" in questions:
            self.fields["needs"] = forms.CharField(
                label=optional("needs"), required=False, max_length=column_max("needs")
            )
        for number in range(1, event.max_guests + 1):
            self.fields[f"guest_{number}_name"] = forms.CharField(
                label=_("Guest %(number)s: full name") % {"number": number},
                required=False,
                max_length=GUEST_NAME_MAX,
            )
            if "needs" in questions:
                self.fields[f"guest_{number}_needs"] = forms.CharField(
                    label=_("Guest %(number)s: %(question)s")
                    % {"number": number, "question": optional("needs")},
                    required=False,
                    max_length=column_max("needs"),
                )
        if "organisation" in questions:
            self.fields["organisation"] = forms.CharField(
                label=optional("organisation"),
                required=False,
                max_length=column_max("organisation"),
            )
        if "receipt_name" in questions:
            self.fields["receipt_name"] = forms.CharField(
                label=optional("receipt_name"),
                required=False,
                max_length=column_max("receipt_name"),
            )
        if "postal_address" in questions:
            self.fields["postal_address"] = forms.CharField(
                label=optional("postal_address"),
                required=False,
                max_length=column_max("postal_address"),
                widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
            )
        if "donation" in questions:
            self.fields["donation_amount"] = forms.DecimalField(
                label=optional("donation"),
                help_text=_(
                    "In euros. A pledge, not a payment: the team will contact you about it. "
                    "It is separate from any ticket price."
                ),
                required=False,
                min_value=0,
                max_digits=10,
                decimal_places=2,
            )
        self.fields["consent"] = forms.BooleanField(
            label=_(
                "I have read the privacy notice and agree that my registration is kept "
                "to organise this event."
            ),
            error_messages={"required": _("Please accept the privacy notice to register.")},
        )
        # The trap fields last, after everything a person fills in.
        for name in (self.honeypot_field, self.timestamp_field):
            self.fields[name] = self.fields.pop(name)

    def token_scope(self):
        # A token shown with one event's form is no good for another event's.
        return f"{self.rate_limit_scope}:{self.event.pk}"

    def guest_fields(self):
        return [
            (
                self[f"guest_{n}_name"],
                self[f"guest_{n}_needs"] if f"guest_{n}_needs" in self.fields else None,
            )
            for n in range(1, self.event.max_guests + 1)
        ]

    def clean(self):
        cleaned_data = super().clean()
        seats = cleaned_data.get("seats", 1)
        for number in range(1, self.event.max_guests + 1):
            name = cleaned_data.get(f"guest_{number}_name")
            if number < seats and not name:
                self.add_error(
                    f"guest_{number}_name",
                    _("Enter the name of guest %(number)s, or choose fewer seats.")
                    % {"number": number},
                )
            elif number >= seats and name:
                self.add_error(
                    "seats",
                    ngettext(
                        "You named %(count)s guest: choose %(seats)s seats.",
                        "You named %(count)s guests: choose %(seats)s seats.",
                        number,
                    )
                    % {"count": number, "seats": number + 1},
                )
                break
        return cleaned_data

    def registration_values(self):
        """The Registration fields from the cleaned form."""
        data = self.cleaned_data
        seats = data.get("seats", 1)
        values = {
            "first_name": data["first_name"].strip(),
            "last_name": data["last_name"].strip(),
            "email": data["email"],
            "phone": data.get("phone", "").strip(),
            "seats": seats,
            "guests": [
                {"name": data[f"guest_{n}_name"].strip(), "needs": data.get(f"guest_{n}_needs", "")}
                for n in range(1, seats)
            ],
        }
        for question in QUESTIONS:
            value = data.get(question.field)
            if question.field in data:
                values[question.field] = value.strip() if isinstance(value, str) else value
        return values


class ResendLinkForm(forms.Form):
    email = forms.EmailField(label=_("Email"), max_length=column_max("email"))
