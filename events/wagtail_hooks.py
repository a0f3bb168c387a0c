"""Admin for events (registrations: events/registration/admin.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet

from events.models import EventPage
from events.registration.admin import RegistrationViewSet, UpcomingRegistrationsPanel


class EventListingView(IndexView):
    default_ordering = "-start_date"


class EventListingViewSet(PageListingViewSet):
    """Every event in one list, with its date (the page explorer shows none)."""

    model = EventPage
    icon = "date"
    menu_label = _("Events")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = EventListingView
    columns = [
        *[column for column in IndexView.base_columns if column.name != "type"],
        Column("start_date", label=_("Date"), sort_key="start_date", width="12%"),
    ]


@hooks.register("register_admin_viewset")
def register_event_listing_viewset():
    return EventListingViewSet("events")


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet()


@hooks.register("construct_homepage_panels")
def add_registrations_panel(request, panels):
    panels.append(UpcomingRegistrationsPanel())


@hooks.register("register_log_actions")
def register_check_in_actions(actions):
    actions.register_action("events.check_in", _("Check in"), _("Checked in at the door"))
    actions.register_action(
        "events.undo_check_in", _("Undo check-in"), _("Check-in undone at the door")
    )
