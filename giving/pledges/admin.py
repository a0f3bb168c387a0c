"""Editors' side of pledges: the list with status, filters, search and export, the follow-up
(status and notes), and the personal data of one address (export, erase)."""

import datetime

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from giving.pledges import services
from giving.pledges.models import Pledge
from portal.exports import CSV, XLSX, SafeExportIndexView
from portal.permissions import forbid_adding

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


class EmailForm(forms.Form):
    email = forms.EmailField(label=_("Email"), max_length=254)


def personal_data_view(request):
    """RGPD: export (JSON) or erase everything the pledges hold about one email address."""
    if not request.user.has_perm("giving.delete_pledge"):
        raise PermissionDenied
    form = EmailForm(request.POST or request.GET or None)
    found = None
    if form.is_valid():
        email = form.cleaned_data["email"].lower()
        found = Pledge.objects.filter(email__iexact=email)
        action = request.POST.get("action")
        if action == "export":
            return JsonResponse(
                {"email": email, "pledges": services.personal_records(email)},
                json_dumps_params={"ensure_ascii": False, "indent": 2},
                headers={
                    "Content-Disposition": f'attachment; filename="personal-data-{email}.json"'
                },
            )
        if action == "erase":
            count = services.erase(email)
            messages.success(request, _("%(count)s pledge(s) erased.") % {"count": count})
            return redirect("pledge:personal_data")
    return render(request, "giving/admin/personal_data.html", {"form": form, "found": found})
