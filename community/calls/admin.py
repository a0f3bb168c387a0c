"""Editors' side of applications to calls for projects: the list with status, filters,
search and export, the follow-up (status and notes), and the personal data of one address
(export, erase), as pledges (giving/pledges/admin.py)."""

import datetime

from django.conf import settings
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from community.calls import services
from community.calls.models import Application
from portal.exports import CSV, XLSX, SafeExportIndexView
from portal.permissions import forbid_adding
from portal.personal_data import PersonalData, short_date

EXPORT_FIELDS = [
    "created_at",
    "status",
    "call_title",
    "project_title",
    "carrier",
    "organisation",
    "places",
    "description",
    "first_name",
    "last_name",
    "role",
    "email",
    "phone",
    "language",
    "notes",
]


def local_time(value):
    return timezone.localtime(value).replace(second=0, microsecond=0, tzinfo=None)


def label_of(choices):
    def label(value):
        return str(dict(choices).get(value, value))

    return label


def readable(choices):
    return {CSV: label_of(choices), XLSX: label_of(choices)}


class ApplicationIndexView(SafeExportIndexView):
    custom_field_preprocess = {
        "status": readable(Application.Status.choices),
        "carrier": readable(Application.Carrier.choices),
        "language": readable(settings.LANGUAGES),
    }
    custom_value_preprocess = SafeExportIndexView.custom_value_preprocess | {
        datetime.datetime: {
            CSV: lambda value: f"{local_time(value):%Y-%m-%d %H:%M}",
            XLSX: local_time,
        },
    }

    def get_header_more_buttons(self):
        buttons = super().get_header_more_buttons()
        buttons.append(
            Button(
                _("Personal data of one email"),
                url=reverse("call_application:personal_data"),
                icon_name="user",
            )
        )
        return buttons


# Applications come from the public form, with the applicant's consent and files: never
# added in the admin.
forbid_adding(Application)


class ApplicationViewSet(ModelViewSet):
    model = Application
    name = "call_application"
    icon = "form"
    menu_label = _("Applications")
    menu_order = 265
    add_to_admin_menu = True
    index_view_class = ApplicationIndexView
    add_view_enabled = False  # applications come from the public form
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "project_title",
        "organisation",
        "call_title",
        "contact_name",
        "status",
        "created_at",
    ]
    list_filter = ["status", "call", "carrier", "language", "created_at"]
    search_fields = ["project_title", "organisation", "first_name", "last_name", "email"]
    list_export = EXPORT_FIELDS
    export_filename = "applications"
    # The team follows an application up: what it says stays as the applicant sent it.
    form_fields = ["status", "notes"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("personal-data/", personal_data_view, name="personal_data"),
        ]


PERSONAL_DATA = PersonalData(
    allowed=lambda user: user.has_perm("community.delete_application"),
    find=lambda email: Application.objects.filter(email__iexact=email),
    describe=lambda application: (
        f"{application.project_title}: {application.call_title} "
        f"({application.get_status_display()}, {short_date(application.created_at)})"
    ),
    export=services.personal_records,
    erase=services.erase,
    export_key="applications",
    explanation=_(
        "Export (JSON) or erase everything the applications to calls for projects hold about "
        "one email address. Erasing anonymises the applications, so the team keeps which "
        "projects applied but not who wrote, and deletes their files and the emails about them."
    ),
    found=lambda count: (
        ngettext("%(counter)s application found.", "%(counter)s applications found.", count)
        % {"counter": count}
    ),
    erased=lambda count: _("%(count)s application(s) erased.") % {"count": count},
    url_name="call_application:personal_data",
)
personal_data_view = PERSONAL_DATA.view
