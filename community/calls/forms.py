"""The application form of a call for projects (anti-spam and rate limit as the other
public forms; a file only of a safe type and size, checked by its content)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from community.calls import files
from community.calls.models import DESCRIPTION_MAX, Application
from portal.records import ContactRecordForm

FIELDS = [
    "carrier",
    "organisation",
    "project_title",
    "description",
    "places",
    "first_name",
    "last_name",
    "role",
    "email",
    "phone",
]


class ApplicationForm(ContactRecordForm):
    description_max = DESCRIPTION_MAX
    trailing_fields = ("attachment",)
    rate_limit_scope = "call-application"
    rate_limit_count = 5
    rate_limit_window = 3600

    attachment = forms.FileField(
        label=_("Your application file (optional)"),
        required=False,
        help_text=_("A PDF, ODT or DOCX document of 5 MB at most."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.odt,.docx,application/pdf"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that Hauts les jeunes keeps these details to study this application "
            "(for three years at most after our last exchange)."
        ),
        error_messages={
            "required": _("Please accept that we keep your details to study your application.")
        },
    )

    class Meta:
        model = Application
        fields = FIELDS
        widgets = {
            "carrier": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 6}),
        }
        labels = {
            "carrier": _("Your project is carried by"),
            "description": _("Your project in a few lines"),
            "places": _("Where it runs (towns, neighbourhoods)"),
            "role": _("Your role (optional)"),
            "phone": _("Phone (optional)"),
        }
        help_texts = {
            "description": _("Who it is for, what it changes, what support you ask for."),
            "email": _("We acknowledge your application there."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["carrier"].choices = Application.Carrier.choices

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            files.validate(upload)
        return upload or None
