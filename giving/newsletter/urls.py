from django.urls import path

from giving.newsletter import views

urlpatterns = [
    path("", views.sign_up, name="newsletter"),
    path("confirm/<str:token>/", views.confirm, name="newsletter_confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="newsletter_unsubscribe"),
]
