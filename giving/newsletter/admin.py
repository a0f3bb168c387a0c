"""The newsletter list for the team: filters, search, and Wagtail's CSV/XLSX export of
the confirmed addresses for its own mailing tool (the portal sends no newsletter itself)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from giving.newsletter.models import Subscription
from portal.exports import SafeExportIndexView
from portal.permissions import forbid_adding

# Sign-ups come from people themselves, with their consent: never added in the admin.
forbid_adding(Subscription)


class SubscriptionViewSet(ModelViewSet):
    model = Subscription
    name = "newsletter"
    icon = "mail"
    menu_label = _("Newsletter")
    menu_order = 280
    add_to_admin_menu = True
    index_view_class = SafeExportIndexView
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
