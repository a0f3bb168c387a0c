"""The pledge form of companies and foundations (anti-spam as the other public forms)."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from giving.pledges.models import DESCRIPTION_MAX, Pledge
from portal import chrome, listing
from portal.records import ContactRecordForm
from stories.models import ChallengePage, ProjectPage

AMOUNT_MAX = 100_000_000  # euros: beyond, a typo


def projects(locale_id):
    return chrome.public(listing.live(ProjectPage, locale_id)).order_by("title")


def challenges(locale_id):
    return chrome.public(listing.live(ChallengePage, locale_id)).order_by("title")


class PageChoiceField(forms.ModelChoiceField):
    """A project or challenge of the visitor's language, offered by its title. Anything
    but a plausible id is an invalid choice, never a number too big for the database."""

    def to_python(self, value):
        if value not in self.empty_values and not re.fullmatch(r"[0-9]{1,18}", str(value)):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)

    def label_from_instance(self, obj):
        return obj.title


class PledgeForm(ContactRecordForm):
    description_max = DESCRIPTION_MAX
    rate_limit_scope = "pledge"

    consent = forms.BooleanField(
        label=_(
            "I agree that Hauts les jeunes keeps these details to follow up my pledge "
            "(for three years at most after our last exchange)."
        ),
        error_messages={"required": _("Please accept that we keep your details to send it.")},
    )

    class Meta:
        model = Pledge
        fields = [
            "giver",
            "organisation",
            "kind",
            "amount",
            "description",
            "project",
            "challenge",
            "first_name",
            "last_name",
            "role",
            "email",
            "phone",
        ]
        widgets = {
            "giver": forms.RadioSelect,
            "kind": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {
            "giver": _("You write on behalf of"),
            "kind": _("What you offer"),
            "amount": _("Amount in euros (for a gift of money)"),
            "description": _("Tell us more"),
            "project": _("A project you would like to support (optional)"),
            "challenge": _("Or a challenge (optional)"),
            "role": _("Your role (optional)"),
            "phone": _("Phone (optional)"),
        }
        help_texts = {
            "description": _("Skills, goods, premises, number of volunteers, dates…"),
            "email": _("We acknowledge your pledge there."),
        }

    def __init__(self, *args, locale_id, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["project"] = PageChoiceField(
            queryset=projects(locale_id),
            required=False,
            label=self.fields["project"].label,
            empty_label=_("Any project"),
        )
        self.fields["challenge"] = PageChoiceField(
            queryset=challenges(locale_id),
            required=False,
            label=self.fields["challenge"].label,
            empty_label=_("Any challenge"),
        )
        self.fields["giver"].choices = Pledge.Giver.choices
        self.fields["kind"].choices = Pledge.Kind.choices
        self.fields["amount"] = forms.IntegerField(
            label=self.fields["amount"].label,
            required=False,
            min_value=1,
            max_value=AMOUNT_MAX,
        )

    def clean(self):
        cleaned_data = super().clean()
        kind = cleaned_data.get("kind")
        if kind == Pledge.Kind.MONEY and not cleaned_data.get("amount"):
            self.add_error("amount", _("Give the amount you consider, even approximate."))
        elif kind and kind != Pledge.Kind.MONEY and not cleaned_data.get("description"):
            self.add_error("description", _("Tell us in a few words what you offer."))
        return cleaned_data

    def record_values(self):
        values = super().record_values()
        if values["kind"] != Pledge.Kind.MONEY:
            values["amount"] = None
        return values
