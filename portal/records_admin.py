"""The editors' side of contact records (portal/records.py): the list with status,
filters, search and a safe export, the follow-up (status and notes only: what the person
sent stays as sent), and the page for the personal data of one address."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from portal.exports import SafeExportIndexView
from portal.permissions import forbid_adding


class ContactRecordIndexView(SafeExportIndexView):
    """The pages and documents a record names are read with it; a button leads to the
    personal data page."""

    def get_base_queryset(self):
        related = [
            field.name
            for field in self.model._meta.fields
            if field.many_to_one and field.name in self.list_export
        ]
        return super().get_base_queryset().select_related(*related)

    def get_header_more_buttons(self):
        namespace = self.index_url_name.rpartition(":")[0]
        return [
            *super().get_header_more_buttons(),
            Button(
                _("Personal data of one email"),
                url=reverse(f"{namespace}:personal_data"),
                icon_name="user",
            ),
        ]


class ContactRecordViewSet(ModelViewSet):
    """A record comes from the public form with the person's consent: never added, copied
    or rewritten in the admin; the team sets its status and notes."""

    personal_data = None  # portal.personal_data.PersonalData: what differs on that page
    add_to_admin_menu = True
    index_view_class = ContactRecordIndexView
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["status", "notes"]

    def __init__(self, *args, **kwargs):
        forbid_adding(self.model)  # before the viewset reads its permission policy
        super().__init__(*args, **kwargs)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("personal-data/", self.personal_data.view, name="personal_data"),
        ]
