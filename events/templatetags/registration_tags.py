"""The registration box on an event page (state, seats left, link to the form)."""

from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag
def registration_summary(event):
    state = event.registration_state() if hasattr(event, "registration_state") else None
    if state is None:
        return None
    seats_left = event.seats_left() if state == "open" else None
    return {
        "state": state,
        "seats_left": seats_left,
        "can_register": seats_left is None or seats_left > 0 or event.waiting_list,
        "url": reverse("registration_form", args=[event.pk]),
    }
