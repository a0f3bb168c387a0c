"""Editors' side of pledges: the list with status, filters, search and export, the follow-up
(status and notes), and the personal data of one address (export, erase)."""

import datetime

from django.conf import settings
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from giving.pledges import services
from giving.pledges.models import Pledge
from portal.exports import CSV, XLSX, SafeExportIndexView
from portal.permissions import forbid_adding
from portal.personal_data import PersonalData, short_date

EXPORT_FIELDS = [
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


def local_time(value):
    """Pledges are followed from France: times in the site's time zone, to the minute."""
    return timezone.localtime(value).replace(second=0, microsecond=0, tzinfo=None)


def label_of(choices):
    def label(value):
        return str(dict(choices).get(value, value))

    return label


def readable(choices):
    return {CSV: label_of(choices), XLSX: label_of(choices)}


class PledgeIndexView(SafeExportIndexView):
    custom_field_preprocess = {
        "status": readable(Pledge.Status.choices),
        "giver": readable(Pledge.Giver.choices),
        "kind": readable(Pledge.Kind.choices),
        "language": readable(settings.LANGUAGES),
    }
    custom_value_preprocess = SafeExportIndexView.custom_value_preprocess | {
        datetime.datetime: {
            CSV: lambda value: f"{local_time(value):%Y-%m-%d %H:%M}",
            XLSX: local_time,
        },
    }

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("project", "challenge")

    def get_header_more_buttons(self):
        buttons = super().get_header_more_buttons()
        buttons.append(
            Button(
                _("Personal data of one email"),
                url=reverse("pledge:personal_data"),
                icon_name="user",
            )
        )
        return buttons


# Pledges come from the public form, sign-ups from people themselves: their consent is
# recorded there, never added in the admin.
forbid_adding(Pledge)


class PledgeViewSet(ModelViewSet):
    model = Pledge
    name = "pledge"
    icon = "pick"
    menu_label = _("Pledges")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = PledgeIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
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
    list_export = EXPORT_FIELDS
    export_filename = "pledges"
    # The team follows a pledge up: what it says stays as the person sent it.
    form_fields = ["status", "notes"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("personal-data/", personal_data_view, name="personal_data"),
        ]


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
personal_data_view = PERSONAL_DATA.view
