"""The events demo: the first cycle's key moments (all past) and upcoming events whose
dates are counted, when they are created, from the day the demo is loaded (events.yaml).
An event may carry its programme (a timeline), what the money raised will do (a
fundraising evening) and, once past, its recap (summary, results, projects)."""

import datetime
from typing import Literal

from django.utils.html import escape
from pydantic import model_validator

from events.choices import AttendanceMode, EventKind, Precision
from events.dates import today
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventRecapProject
from portal import demo
from portal.demo import pictures
from portal.demo.facts import Clock, Facts, Paragraphs, Slug, Text, TranslatedSlug, one_of
from stories.demo import landscapes
from stories.models import ProjectPage, Territory

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class Index(Facts):
    slug: TranslatedSlug
    title: Text
    intro: Text


class Starts(Facts):
    """An upcoming event: `in_days` from the first load, then the next `weekday`."""

    in_days: int
    weekday: Literal[WEEKDAYS]
    duration_days: int = 1

    def dates(self, day):
        start = day + datetime.timedelta(days=self.in_days)
        start += datetime.timedelta(days=(WEEKDAYS.index(self.weekday) - start.weekday()) % 7)
        end = start + datetime.timedelta(days=self.duration_days - 1)
        return start, end if end != start else None


class Registration(Facts):
    registration_open: bool = True
    seat_limit: int | None = None
    waiting_list: bool = True
    max_guests: int = 0
    ask_organisation: bool = False
    ask_receipt_name: bool = False
    ask_postal_address: bool = False
    ask_needs: bool = False
    ask_donation: bool = False


class Moment(Facts):
    """One moment of an event's programme."""

    when: Text
    title: Text
    text: Text | None = None


class Recap(Facts):
    """What an event gave, once it is over: a summary, its results (a list), the amount
    raised (a fundraising evening) and the projects it funded or presented."""

    summary: Paragraphs
    results: list[Text] = []
    amount_raised: int | None = None
    projects: list[Slug] = []


class Event(Facts):
    slug: TranslatedSlug
    kind: one_of(EventKind.choices)
    precision: one_of(Precision.choices)
    start_date: datetime.date | None = None
    end_date: datetime.date | None = None
    starts: Starts | None = None
    start_time: Clock | None = None
    end_time: Clock | None = None
    attendance_mode: one_of(AttendanceMode.choices) = AttendanceMode.OFFLINE
    venue_name: Text | None = None
    town: str = ""
    territory: Slug | None = None
    illustrated: bool = False
    title: Text
    summary: Text
    story: Text
    programme: list[Moment] = []
    funds_use: Paragraphs | None = None
    recap: Recap | None = None
    registration: Registration | None = None

    @model_validator(mode="after")
    def _one_start(self):
        if (self.start_date is None) == (self.starts is None):
            raise ValueError("give either start_date (a fixed date) or starts (upcoming)")
        return self


class Events(Facts):
    index: Index
    events: list[Event]


FACTS = {"events.yaml": Events}


# What an illustrated event's picture shows (portal/demo/pictures.py), by kind of event.
EVENT_MOTIFS = {
    EventKind.LAUNCH: "star",
    EventKind.FUNDRAISING: "heart",
    EventKind.WORKING_GROUP: "speech",
    EventKind.TRAINING: "books",
}


def build(loader, facts):
    facts = facts["events.yaml"]
    home, intro = demo.site_root(), facts.index.intro

    def index_fields(language):
        return {"title": facts.index.title[language], "intro": intro[language]}

    index = loader.page(
        "events/demo/events.yaml#index",
        facts.index,
        home,
        facts.index.slug.fr,
        create=lambda: EventIndexPageFactory(
            parent=home,
            slug=facts.index.slug.fr,
            show_in_menus=True,
            summary=intro.fr,
            **index_fields("fr"),
        ),
        english=lambda _page: {
            **index_fields("en"),
            "slug": facts.index.slug.en,
            "summary": intro.en,
        },
    )
    for item in facts.events:
        build_event(loader, index, item)


def build_event(loader, index, item):
    start, end = item.starts.dates(today()) if item.starts else (item.start_date, item.end_date)

    # The drawn picture: the event's kind over its territory's landscape.
    landscape = landscapes().get(item.territory, "region")
    motif = EVENT_MOTIFS.get(item.kind, "star")

    def title(language):
        return item.title[language].replace("{year}", str(start.year))

    def alt(language):
        if not item.illustrated:
            return ""
        colon = " : " if language == "fr" else ": "
        return f"{title(language)}{colon}{pictures.describe(motif, landscape, language)}"

    def fields(language):
        story = demo.paragraph_blocks(f"event/{item.slug.fr}/story", [item.story[language]])
        return {
            "title": title(language),
            "image_alt_text": alt(language),
            "slug": item.slug[language],
            "summary": item.summary[language],
            "story": demo.stream(story),
            "venue_name": item.venue_name[language] if item.venue_name else "",
            "town": item.town,
            "programme": demo.stream(programme_blocks(item, language)),
            "funds_use": demo.paragraphs_html(item.funds_use[language]) if item.funds_use else "",
            "recap_summary": recap_html(item.recap, language) if item.recap else "",
        }

    def create():
        territory = None
        if item.territory:
            territory = Territory.objects.filter(slug=item.territory, locale=demo.locale("fr"))
            territory = territory.first()
        image = None
        if item.illustrated:
            image = demo.illustration(
                f"event-{item.slug.fr}",
                f"Agenda : {title('fr')}",
                alt("fr"),
                motif=motif,
                landscape=landscape,
                variant=2,
            )
        return EventPageFactory(
            parent=index,
            kind=item.kind,
            precision=item.precision,
            start_date=start,
            start_time=item.start_time,
            end_date=end,
            end_time=item.end_time,
            attendance_mode=item.attendance_mode,
            street_address="",
            postal_code="",
            territory=territory,
            image=image,
            amount_raised=item.recap.amount_raised if item.recap else None,
            recap_projects=recap_projects(item),
            **(item.registration.model_dump() if item.registration else {}),
            **fields("fr"),
        )

    loader.page(
        f"events/demo/events.yaml#{item.slug.fr}",
        item,
        index,
        item.slug.fr,
        create=create,
        english=lambda _page: fields("en"),
    )


def programme_blocks(item, language):
    return [
        {
            "type": "moment",
            "id": demo.block_id(f"event/{item.slug.fr}/programme", index),
            "value": {
                "date": moment.when[language],
                "title": moment.title[language],
                "text": moment.text[language] if moment.text else "",
            },
        }
        for index, moment in enumerate(item.programme)
    ]


def recap_html(recap, language):
    """The recap's summary: its paragraphs, then its results as a list."""
    html = demo.paragraphs_html(recap.summary[language])
    if recap.results:
        items = "".join(f"<li>{escape(result[language])}</li>" for result in recap.results)
        html += f"<ul>{items}</ul>"
    return html


def recap_projects(item):
    """The recap's projects, in the order of the facts (a project an editor deleted is
    left out); the English translation gets the same rows when it is made."""
    if not item.recap or not item.recap.projects:
        return []
    projects = {
        page.slug: page
        for page in ProjectPage.objects.filter(
            locale=demo.locale("fr"), slug__in=item.recap.projects
        )
    }
    return [
        EventRecapProject(project=projects[slug], sort_order=order)
        for order, slug in enumerate(item.recap.projects)
        if slug in projects
    ]


STEPS = [(20, build)]
