"""Admin for events (registrations: events/registration/admin.py)."""

from wagtail import hooks

from events.registration.admin import RegistrationViewSet, UpcomingRegistrationsPanel


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet()


@hooks.register("construct_homepage_panels")
def add_registrations_panel(request, panels):
    panels.append(UpcomingRegistrationsPanel())
