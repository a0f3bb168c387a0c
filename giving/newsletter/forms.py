"""The newsletter sign-up form (anti-spam as the other public forms)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.antispam import ProtectedFormMixin

CONSENT = _(
    "I agree to receive the Hauts les jeunes newsletter by email. My address is used for "
    "nothing else and given to no one; I can unsubscribe in one click from any email."
)


class SignUpForm(ProtectedFormMixin, forms.Form):
    rate_limit_scope = "newsletter"

    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=CONSENT,
        error_messages={"required": _("Please accept to receive the newsletter to sign up.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The trap fields last, after everything a person fills in.
        for name in (self.honeypot_field, self.timestamp_field):
            self.fields[name] = self.fields.pop(name)
