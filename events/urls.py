from django.urls import re_path

from events import views

urlpatterns = [
    # Calendar files (<calendar page>/calendar.ics, <calendar page>/<event>.ics): Wagtail's
    # page URLs cannot carry a dot.
    re_path(r"^(?P<page_path>(?:[\w\-]+/)+)(?P<name>[\w\-]+)\.ics$", views.ics_view),
]
