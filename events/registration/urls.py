from django.urls import path, register_converter

from events.registration import views
from portal.inputs import IdConverter

# An event's id always fits the database's integer (a longer number is a 404).
register_converter(IdConverter, "event_id")

urlpatterns = [
    path("<event_id:event_id>/", views.register_view, name="registration_form"),
    path("<event_id:event_id>/received/", views.received_view, name="registration_received"),
    path("<event_id:event_id>/link/", views.resend_link_view, name="registration_resend_link"),
    # Tokens are URL-safe base64 (secrets.token_urlsafe): the slug characters.
    path("r/<slug:token>/", views.manage_view, name="registration_manage"),
    # The QR code of the emails: staff check the person in, anyone else sees the private page.
    path("r/<slug:token>/check-in/", views.check_in_link_view, name="registration_check_in_link"),
]
