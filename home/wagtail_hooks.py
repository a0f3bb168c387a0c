"""The inbox: every contact message, of every language, in one list with a status."""

import django_filters
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from home.models import ContactSubmission
from portal.exports import SafeExportIndexView
from portal.permissions import forbid_adding


class InboxFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ContactSubmission.Status.choices
    )
    language = django_filters.ModelChoiceFilter(
        label=_("Language"),
        field_name="page__locale",
        queryset=Locale.objects.all(),
    )
    submit_time = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )

    class Meta:
        model = ContactSubmission
        fields = ["status"]


class InboxIndexView(SafeExportIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page__locale")


class InboxViewSet(ModelViewSet):
    model = ContactSubmission
    name = "contact_messages"
    icon = "mail"
    menu_label = _("Messages")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = InboxIndexView
    filterset_class = InboxFilterSet
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        DateColumn("submit_time", label=_("Received")),
        "sender",
        Column("excerpt", label=_("Message"), accessor="excerpt"),
        Column("language", label=_("Language"), accessor="language"),
        "status",
    ]
    list_export = ["submit_time", "language", "sender", "text", "status", "note"]
    export_headings = {"language": _("Language")}
    export_filename = "messages"
    ordering = ["-submit_time", "-pk"]
    search_fields = ["sender", "text", "note"]
    # The team changes the status and keeps a note; what the visitor wrote stays as sent.
    form_fields = ["status", "note"]

    def get_queryset(self, request):
        return ContactSubmission.objects.select_related("page__locale")


# Messages come from visitors: the team reads, handles and deletes them, never adds one.
forbid_adding(ContactSubmission)


@hooks.register("register_admin_viewset")
def register_inbox_viewset():
    return InboxViewSet()


class NewMessagesPanel(Component):
    """Dashboard: how many messages wait, with a link to them."""

    name = "new_messages"
    template_name = "home/admin/new_messages_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        counts = ContactSubmission.objects.aggregate(
            new=Count("pk", filter=Q(status=ContactSubmission.Status.NEW))
        )
        url = reverse("contact_messages:index")
        return {"count": counts["new"], "url": f"{url}?status=new"}


@hooks.register("construct_homepage_panels")
def add_new_messages_panel(request, panels):
    if request.user.has_perm("home.view_contactsubmission"):
        panels.append(NewMessagesPanel())
