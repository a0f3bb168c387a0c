"""The newsletter list for the team: filters, search, and Wagtail's CSV/XLSX export of
the confirmed addresses for its own mailing tool (the portal sends no newsletter itself)."""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from giving.newsletter.models import Subscription
from portal.exports import CSV, XLSX, SafeExportIndexView
from portal.permissions import forbid_adding


def local_time(value):
    return timezone.localtime(value).replace(second=0, microsecond=0, tzinfo=None)


def label_of(choices):
    labels = dict(choices)
    return {CSV: lambda v: str(labels.get(v, v)), XLSX: lambda v: str(labels.get(v, v))}


class SubscriptionIndexView(SafeExportIndexView):
    custom_field_preprocess = {
        "status": label_of(Subscription.Status.choices),
        "language": label_of(settings.LANGUAGES),
    }
    custom_value_preprocess = SafeExportIndexView.custom_value_preprocess | {
        datetime.datetime: {
            CSV: lambda value: f"{local_time(value):%Y-%m-%d %H:%M}",
            XLSX: local_time,
        },
    }


# Pledges come from the public form, sign-ups from people themselves: their consent is
# recorded there, never added in the admin.
forbid_adding(Subscription)


class SubscriptionViewSet(ModelViewSet):
    model = Subscription
    name = "newsletter"
    icon = "mail"
    menu_label = _("Newsletter")
    menu_order = 280
    add_to_admin_menu = True
    index_view_class = SubscriptionIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["email", "status", "language", "created_at", "confirmed_at"]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    list_export = [
        "email",
        "status",
        "language",
        "consented_at",
        "confirmed_at",
        "unsubscribed_at",
        "consent_text",
        "unsubscribe_url",
    ]
    export_headings = {"unsubscribe_url": _("Unsubscribe link")}
    export_filename = "newsletter"
    form_fields = ["status"]
