from django.urls import path

from events.registration import views

urlpatterns = [
    path("<int:event_id>/", views.register_view, name="registration_form"),
    path("<int:event_id>/received/", views.received_view, name="registration_received"),
    path("<int:event_id>/link/", views.resend_link_view, name="registration_resend_link"),
    path("r/<str:token>/", views.manage_view, name="registration_manage"),
]
