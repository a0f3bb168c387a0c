"""iCalendar (RFC 5545) for events, built with the icalendar library."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from portal.absolute_urls import absolute_url

PRODID = "-//Hauts les jeunes//Agenda//FR"
# Subscribed calendars ask again this often (RFC 7986 and the older Microsoft property).
REFRESH = datetime.timedelta(hours=6)
STATUS = {"scheduled": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}


def _calendar(name):
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Paris")
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT6H")
    return cal


def event_component(event, request=None):
    """One VEVENT; without a request (emails), URLs use the public address."""
    url = absolute_url(event.get_url(request), request)
    component = Event()
    component.add("uid", event.ical_uid)
    # No METHOD on these calendars, so DTSTAMP is when the event was last revised.
    revised = event.last_published_at or timezone.now()
    component.add("dtstamp", revised)
    component.add("last-modified", revised)
    component.add("sequence", event.sequence)
    component.add("summary", event.title)
    component.add("dtstart", event.start)
    if event.all_day:
        # DTEND of an all-day event is the day after its last day (exclusive).
        component.add("dtend", event.last_day + datetime.timedelta(days=1))
    elif event.end is not None:
        component.add("dtend", event.end)
    component.add("status", STATUS[event.status])
    if event.location_text:
        component.add("location", event.location_text)
    elif event.is_online:
        component.add("location", _("Online"))
    description = [event.summary]
    if event.status_reason and event.status != "scheduled":
        description.append(f"{event.get_status_display()}: {event.status_reason}")
    description.append(url)
    component.add("description", "\n\n".join(part for part in description if part))
    component.add("url", url)
    component.add("categories", [event.get_kind_display()])
    component.add("transp", "TRANSPARENT" if event.all_day else "OPAQUE")
    return component


def paris_timezone():
    """The VTIMEZONE for Europe/Paris as yearly rules (EU summer time, in force since 1996).

    icalendar's generated form lists every change as RDATEs; some clients (those built on
    dateutil, such as vobject) read that list wrongly and put summer events an hour off.
    """
    timezone_ = Timezone()
    timezone_.add("tzid", "Europe/Paris")
    daylight = TimezoneDaylight()
    daylight.add("tzname", "CEST")
    daylight.add("dtstart", datetime.datetime(1996, 3, 31, 2, 0))
    daylight.add("tzoffsetfrom", datetime.timedelta(hours=1))
    daylight.add("tzoffsetto", datetime.timedelta(hours=2))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1SU"})
    standard = TimezoneStandard()
    standard.add("tzname", "CET")
    standard.add("dtstart", datetime.datetime(1996, 10, 27, 3, 0))
    standard.add("tzoffsetfrom", datetime.timedelta(hours=2))
    standard.add("tzoffsetto", datetime.timedelta(hours=1))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1SU"})
    timezone_.add_component(daylight)
    timezone_.add_component(standard)
    return timezone_


def _serialise(cal):
    # RFC 5545: a VTIMEZONE for every TZID the events use (only Europe/Paris here).
    cal.subcomponents.insert(0, paris_timezone())
    return cal.to_ical()


def feed(index, events, request):
    cal = _calendar(f"Hauts les jeunes · {index.title}")
    cal.add("description", index.intro or index.summary or index.title)
    cal.add("source", absolute_url(request.get_full_path(), request), parameters={"VALUE": "URI"})
    for event in events:
        cal.add_component(event_component(event, request))
    return _serialise(cal)


def single(event, request=None):
    cal = _calendar(f"Hauts les jeunes · {event.title}")
    cal.add_component(event_component(event, request))
    return _serialise(cal)
