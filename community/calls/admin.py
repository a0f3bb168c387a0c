"""Editors' side of applications to calls for projects: a contact record's list, follow-up
and personal data (portal/records_admin.py), with what an application says."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from community.calls import services
from community.calls.models import Application
from portal.personal_data import PersonalData, short_date
from portal.records_admin import ContactRecordViewSet

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


class ApplicationViewSet(ContactRecordViewSet):
    model = Application
    name = "call_application"
    icon = "form"
    menu_label = _("Applications")
    menu_order = 265
    personal_data = PERSONAL_DATA
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
    list_export = [
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
    export_filename = "applications"
