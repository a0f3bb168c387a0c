"""Editors' side of pledges: a contact record's list, follow-up and personal data
(portal/records_admin.py), with what a pledge offers."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from giving.pledges import services
from giving.pledges.models import Pledge
from portal.personal_data import PersonalData, short_date
from portal.records_admin import ContactRecordViewSet

PERSONAL_DATA = PersonalData(
    allowed=lambda user: user.has_perm("giving.delete_pledge"),
    find=lambda email: Pledge.objects.filter(email__iexact=email),
    describe=lambda pledge: (
        f"{pledge.organisation}: {pledge.get_kind_display()} "
        f"({pledge.get_status_display()}, {short_date(pledge.created_at)})"
    ),
    export=services.personal_records,
    erase=services.erase,
    export_key="pledges",
    explanation=_(
        "Export (JSON) or erase everything the pledges hold about one email address. Erasing "
        "anonymises the pledges, so the team keeps what was offered but not who offered it, "
        "and deletes the emails about them."
    ),
    found=lambda count: (
        ngettext("%(counter)s pledge found.", "%(counter)s pledges found.", count)
        % {"counter": count}
    ),
    erased=lambda count: _("%(count)s pledge(s) erased.") % {"count": count},
    url_name="pledge:personal_data",
)


class PledgeViewSet(ContactRecordViewSet):
    model = Pledge
    name = "pledge"
    icon = "pick"
    menu_label = _("Pledges")
    menu_order = 260
    personal_data = PERSONAL_DATA
    list_display = [
        "organisation",
        "kind",
        "amount",
        "contact_name",
        "email",
        "status",
        "created_at",
    ]
    list_filter = ["status", "kind", "giver", "language", "created_at"]
    search_fields = ["organisation", "first_name", "last_name", "email", "description"]
    list_export = [
        "created_at",
        "status",
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
        "language",
        "notes",
    ]
    export_filename = "pledges"
