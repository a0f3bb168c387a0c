"""What the calendar pages show: lists, the month grid, one event, and ICS downloads.

The calendar page's routes (events/models.py) call these with the page; they read the
events through it, so this module never imports the page models.
"""

import calendar
import datetime
from urllib.parse import quote, urlencode

from django import forms
from django.core.cache import cache
from django.db.models import Max, Min
from django.http import Http404, HttpResponse
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext_lazy as _

from events import ics as ics_module
from events import schema
from events.choices import EventKind
from events.dates import today
from portal import chrome
from portal.absolute_urls import absolute_url
from portal.pagination import paginate
from stories.models import Territory

# Reserved for the index's subscribable feed (<index>/calendar.ics).
FEED_NAME = "calendar"
PER_PAGE = 20
TERRITORIES_TTL = 300
# The month view reaches this many months before the first event (or this month) and
# after the last one (or this month); beyond is a 404, so a crawler's walk ends.
MONTHS_MARGIN = 3
MONTHS_TTL = 3600


class EventFilterForm(forms.Form):
    """Territory and kind filters; they combine and live in the URL's query string."""

    territory = forms.ChoiceField(label=_("Territory"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind of event"),
        required=False,
        choices=[("", _("All kinds"))] + list(EventKind.choices),
    )

    def __init__(self, data, territories):
        super().__init__(data)
        self.fields["territory"].choices = [("", _("All territories"))] + [
            (slug, name) for slug, name in territories
        ]

    def filters(self):
        """The valid filters; a bad value is reported on its field and ignored."""
        self.is_valid()
        return {name: value for name, value in getattr(self, "cleaned_data", {}).items() if value}


def territories_for(index):
    """(slug, name) of the territories in the calendar's language, cached for a few minutes:
    the list changes rarely and every calendar view shows it."""

    def read():
        return list(Territory.objects.filter(locale_id=index.locale_id).values_list("slug", "name"))

    return cache.get_or_set(f"events:territories:{index.locale_id}", read, TERRITORIES_TTL)


def filtered_events(index, filters):
    events = index.events()
    if "territory" in filters:
        events = events.filter(territory__slug=filters["territory"])
    if "kind" in filters:
        events = events.filter(kind=filters["kind"])
    return events


def _filter_form(index, request):
    form = EventFilterForm(request.GET or None, territories_for(index))
    return form, (form.filters() if request.GET else {})


def event_list(index, request, which):
    form, filters = _filter_form(index, request)
    events = filtered_events(index, filters)
    events = events.upcoming() if which == "upcoming" else events.past()
    return index.render(
        request,
        template="events/event_index_page.html",
        context_overrides={
            "view_name": which,
            "form": form,
            "events": paginate(request, events.for_listing(), PER_PAGE),
            **_links(index, request, filters),
        },
    )


def _month_number(day):
    return day.year * 12 + day.month - 1


def _first_of(number):
    return datetime.date(number // 12, number % 12 + 1, 1)


def month_range(index):
    """(first, last) months the month view shows, as numbers (year * 12 + month - 1):
    the months that hold events and this month, with a margin on each side.

    Read once per publish (any publish bumps the chrome's version)."""

    def read():
        bounds = index.events().aggregate(first=Min("start_date"), last=Max("end_date"))
        current = _month_number(today())
        first = min(_month_number(bounds["first"]), current) if bounds["first"] else current
        last = max(_month_number(bounds["last"]), current) if bounds["last"] else current
        return first - MONTHS_MARGIN, last + MONTHS_MARGIN

    key = f"events:months:{index.pk}:{chrome.version()}"
    first, last = cache.get_or_set(key, read, MONTHS_TTL)
    current = _month_number(today())  # the cached range may predate a new month
    return min(first, current - MONTHS_MARGIN), max(last, current + MONTHS_MARGIN)


def month(index, request, year, month_number):
    if year is None:
        current = today()
        year, month_number = current.year, current.month
    first_month, last_month = month_range(index)
    if not (1 <= month_number <= 12 and first_month <= year * 12 + month_number - 1 <= last_month):
        raise Http404
    form, filters = _filter_form(index, request)
    first = datetime.date(year, month_number, 1)
    last = datetime.date(year, month_number, calendar.monthrange(year, month_number)[1])
    events = list(
        filtered_events(index, filters).overlapping(first, last).select_related("territory")
    )

    by_day = {}
    running = []
    for event in events:
        if event.spans_many_days:
            running.append(event)
            continue
        day = max(event.start_date, first)
        while day <= min(event.last_day, last):
            by_day.setdefault(day, []).append(event)
            day += datetime.timedelta(days=1)

    weeks = [
        [
            {"date": day, "events": by_day.get(day, []), "in_month": day.month == month_number}
            for day in week
        ]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month_number)
    ]
    number = _month_number(first)
    query = _query(filters)
    base = index.get_url(request)

    def link(other):
        if not first_month <= other <= last_month:
            return None  # no link to a month that is a 404
        day = _first_of(other)
        return {
            "label": date_format(day, "F Y"),
            "url": f"{base}month/{day.year}/{day.month}/{query}",
        }

    return index.render(
        request,
        template="events/event_month.html",
        context_overrides={
            "view_name": "month",
            "form": form,
            "month_label": date_format(first, "F Y"),
            "weekdays": _weekday_names(),
            "weeks": weeks,
            "running": running,
            "has_events": bool(events),
            # A month without events is not worth a search engine's visit.
            "noindex": not events,
            "previous": link(number - 1),
            "next": link(number + 1),
            **_links(index, request, filters),
        },
    )


def _weekday_names():
    monday = datetime.date(2024, 1, 1)
    return [
        {
            "long": date_format(monday + datetime.timedelta(days=n), "l"),
            "short": date_format(monday + datetime.timedelta(days=n), "D"),
        }
        for n in range(7)
    ]


def _query(filters):
    return f"?{urlencode(filters)}" if filters else ""


def _links(index, request, filters):
    """The three views and the feed, keeping the active filters."""
    base = index.get_url(request)
    query = _query(filters)
    current = today()
    return {
        "upcoming_url": f"{base}{query}",
        "past_url": f"{base}past/{query}",
        "month_url": f"{base}month/{current.year}/{current.month}/{query}",
        "feed_url": f"{base.rstrip('/')}/{FEED_NAME}.ics{query}",
        "active_filters": filters,
    }


# One event ------------------------------------------------------------------------------


def google_calendar_url(event, page_url):
    """A plain link that opens Google Calendar's "new event" form, prefilled."""
    if event.all_day:
        end = event.last_day + datetime.timedelta(days=1)
        span = f"{event.start_date:%Y%m%d}/{end:%Y%m%d}"
    else:
        utc = datetime.UTC
        start = event.start.astimezone(utc)
        end = (event.end or event.start + datetime.timedelta(hours=1)).astimezone(utc)
        span = f"{start:%Y%m%dT%H%M%SZ}/{end:%Y%m%dT%H%M%SZ}"
    details = "\n\n".join(part for part in (event.summary, page_url) if part)
    params = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": span,
        "details": details,
        "ctz": "Europe/Paris",
    }
    if event.location_text:
        params["location"] = event.location_text
    return "https://calendar.google.com/calendar/render?" + urlencode(params, quote_via=quote)


def openstreetmap_url(event):
    if not event.location_text or event.is_online:
        return ""
    return "https://www.openstreetmap.org/search?" + urlencode(
        {"query": event.location_text}, quote_via=quote
    )


def ics_download_url(event, request):
    return event.get_url(request).rstrip("/") + ".ics"


def event_context(event, request):
    url = event.get_url(request)
    page_url = absolute_url(url, request)
    return {
        "calendar_url": url.rstrip("/").rsplit("/", 1)[0] + "/",
        "ics_url": ics_download_url(event, request),
        "google_calendar_url": google_calendar_url(event, page_url),
        "openstreetmap_url": openstreetmap_url(event),
        "json_ld": schema.json_ld_script(schema.event_json_ld(event, request)),
    }


# ICS ------------------------------------------------------------------------------------


# The calendar feed holds the next events and the latest past ones, not every event ever
# held: a subscription stays small and cheap whatever the size of the calendar.
FEED_UPCOMING = 40
FEED_PAST = 20


def feed_events(index, filters):
    events = filtered_events(index, filters).select_related("territory")
    chosen = list(events.upcoming()[:FEED_UPCOMING]) + list(events.past()[:FEED_PAST])
    return sorted(chosen, key=lambda e: (e.start_date, e.start_time or datetime.time.max, e.pk))


def ics(index, request, name):
    if name == FEED_NAME:
        form, filters = _filter_form(index, request)
        body = ics_module.feed(index, feed_events(index, filters), request)
        return _calendar_response(body)
    event = index.events().filter(slug=name).first()
    if event is None:
        raise Http404
    response = _calendar_response(ics_module.single(event, request))
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


def _calendar_response(body):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "public, max-age=900"
    return response
