"""schema.org Event JSON-LD, with the properties Google requires and recommends."""

import json

from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.images.models import SourceImageIOError

from portal import images
from portal.absolute_urls import absolute_url

SCHEMA = "https://schema.org/"
EVENT_STATUS = {
    "scheduled": "EventScheduled",
    "postponed": "EventPostponed",
    "cancelled": "EventCancelled",
}
ATTENDANCE = {
    "offline": "OfflineEventAttendanceMode",
    "online": "OnlineEventAttendanceMode",
    "mixed": "MixedEventAttendanceMode",
}
# Inside <script>, "<", ">" and "&" must not appear literally (same as Django's json_script).
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _isoformat(value):
    """Dates stay dates; datetimes carry their UTC offset (+01:00 / +02:00 in Paris)."""
    return value.isoformat() if value is not None else None


def _place(event):
    locality = event.town
    address = {
        "@type": "PostalAddress",
        "addressLocality": locality,
        "addressRegion": "Hauts-de-France",
        "addressCountry": "FR",
    }
    if event.street_address:
        address["streetAddress"] = event.street_address
    if event.postal_code:
        address["postalCode"] = event.postal_code
    return {"@type": "Place", "name": event.venue_name or locality, "address": address}


def event_json_ld(event, request):
    url = absolute_url(event.get_url(request), request)
    locations = []
    if event.attendance_mode != "online":
        locations.append(_place(event))
    if event.attendance_mode != "offline":
        locations.append({"@type": "VirtualLocation", "url": url})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "startDate": _isoformat(event.start),
        "endDate": _isoformat(event.end or event.start),
        "eventStatus": SCHEMA + EVENT_STATUS[event.status],
        "eventAttendanceMode": SCHEMA + ATTENDANCE[event.attendance_mode],
        "location": locations[0] if len(locations) == 1 else locations,
        "description": event.summary or event.title,
        "organizer": {
            "@type": "Organization",
            "name": "Hauts les jeunes",
            "url": absolute_url("/", request),
        },
        "inLanguage": (get_language() or "fr")[:2],
    }
    if event.image_id:
        try:
            rendition = event.image.get_rendition(images.expand(images.EVENT_SCHEMA)[0])
        except SourceImageIOError:  # a lost file costs the picture, never the page
            pass
        else:
            data["image"] = [absolute_url(rendition.url, request)]
    offers = event.offers()
    if offers:
        data["offers"] = offers
    return data


def json_ld_script(data):
    """The <script type="application/ld+json"> element: data, never executed (no CSP nonce)."""
    text = json.dumps(data, ensure_ascii=False).translate(_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
