"""The events calendar: an index page (lists, month view, ICS feed) and event pages."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from events import dates, listing
from events.choices import AttendanceMode, EventKind, EventStatus, Precision
from events.dates import PARIS, today
from events.listing import FEED_NAME
from events.registration.models import EventRegistrationMixin
from portal import images
from portal import listing as portal_listing
from portal.blocks import GalleryImageBlock, LinkBlock, StoryBlock, TimelineItemBlock
from portal.models import PortalPage
from stories.models import ProjectPage, alt_text_field, project_cards

TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ul", "ol"]

# Right-hand side of the events' iCalendar UIDs (RFC 5545 recommends a domain name).
ICAL_UID_DOMAIN = "hautslesjeunes.org"


class EventQuerySet(PageQuerySet):
    def upcoming(self):
        return self.filter(end_date__gte=today()).order_by("start_date", "start_time", "pk")

    def past(self):
        return self.filter(end_date__lt=today()).order_by("-start_date", "-start_time", "-pk")

    def overlapping(self, first_day, last_day):
        return self.filter(start_date__lte=last_day, end_date__gte=first_day).order_by(
            "start_date", "start_time", "pk"
        )

    def for_listing(self):
        """Cards: territory and image in the same query, the image's renditions in one more."""
        return images.with_renditions(self.select_related("territory"), "image", images.EVENT_CARD)

    def visible(self):
        """Live events without a view restriction of their own (their index is checked when
        it is served), in the same query instead of `public()`'s extra one."""
        return self.live().filter(view_restrictions__isnull=True)


class EventIndexPage(RoutablePageMixin, PortalPage):
    """The calendar: upcoming events, past events, a month view and the ICS feed."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    # The canonical URL of a filtered list keeps its filters.
    canonical_keeps_query = True

    class Meta:
        verbose_name = _("events calendar")

    def events(self):
        return EventPage.objects.child_of(self).visible()

    def route(self, request, path_components):
        # An event is fetched with its own fields, territory and image in one query
        # (Wagtail's default routing takes four); the calendar's views (past/...) come first.
        if path_components and self.live:
            try:
                self.resolve_subpage("/" + "/".join(path_components) + "/")
            except Http404:
                event = (
                    EventPage.objects.child_of(self)
                    .filter(slug=path_components[0])
                    .select_related("territory", "image")
                    .first()
                )
                if event is not None:
                    return event.route(request, path_components[1:])
        return super().route(request, path_components)

    @path("")
    def upcoming_view(self, request):
        return listing.event_list(self, request, "upcoming")

    @path("past/")
    def past_view(self, request):
        return listing.event_list(self, request, "past")

    @path("month/")
    @path("month/<int:year>/<int:month>/")
    def month_view(self, request, year=None, month=None):
        return listing.month(self, request, year, month)

    def serve_ics(self, request, name):
        """`<index>/calendar.ics`: the whole feed; `<index>/<event slug>.ics`: one event."""
        return listing.ics(self, request, name)


class EventPage(EventRegistrationMixin, PortalPage):
    kind = models.CharField(
        _("kind"), max_length=30, choices=EventKind.choices, default=EventKind.OTHER
    )
    precision = models.CharField(
        _("dates shown as"),
        max_length=10,
        choices=Precision.choices,
        default=Precision.TIME,
        help_text=_(
            "A period of several weeks (e.g. April to June) is entered with its first and "
            "last days and shown by month."
        ),
    )
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Paris time. Empty for all-day.")
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Empty when it ends the same day.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True, help_text=_("Paris time."))
    attendance_mode = models.CharField(
        _("attendance"),
        max_length=10,
        choices=AttendanceMode.choices,
        default=AttendanceMode.OFFLINE,
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    town = models.CharField(_("town"), max_length=120, blank=True)
    territory = models.ForeignKey(
        "stories.Territory",
        verbose_name=_("territory"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt_text = alt_text_field()
    story = StreamField(StoryBlock(), blank=True, verbose_name=_("story"))
    status = models.CharField(
        _("status"), max_length=10, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    status_reason = models.TextField(
        _("reason"), blank=True, help_text=_("Shown to visitors when postponed or cancelled.")
    )
    # The programme and, for a fundraising evening, what the money raised will do.
    programme = StreamField(
        [("moment", TimelineItemBlock())],
        blank=True,
        verbose_name=_("programme"),
        help_text=_("The moments of the event in order, shown as a timeline."),
    )
    funds_use = RichTextField(
        _("what the money raised will do"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("For a fundraising evening: shown next to the calls to register and to give."),
    )
    # The recap, shown once the event is over (events/recap tab).
    recap_summary = RichTextField(
        _("recap"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_(
            "What happened and what came of it. The recap is shown once the event is over, "
            "when this text is filled in."
        ),
    )
    amount_raised = models.PositiveIntegerField(
        _("amount raised (euros)"),
        null=True,
        blank=True,
        help_text=_("For a fundraising evening. The same in every language."),
    )
    recap_links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=_("reports and links"),
    )
    recap_gallery = StreamField(
        [("image", GalleryImageBlock())],
        blank=True,
        verbose_name=_("photos"),
    )
    # Raised each time a published change matters to calendars (RFC 5545 SEQUENCE).
    sequence = models.PositiveIntegerField(_("calendar revision"), default=0, editable=False)

    objects = PageManager.from_queryset(EventQuerySet)()

    content_panels = PortalPage.content_panels + [
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldPanel("precision"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
            ],
            heading=_("When (Paris time)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode"),
                FieldPanel("venue_name"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("town")]),
                FieldPanel("territory"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("image_alt_text"),
        FieldPanel("story"),
        FieldPanel("programme"),
        FieldPanel("funds_use"),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_reason")], heading=_("Status")),
    ]
    recap_panels = [
        FieldPanel("recap_summary"),
        FieldPanel("amount_raised"),
        InlinePanel(
            "recap_projects",
            heading=_("Projects funded or related"),
            label=_("project"),
        ),
        FieldPanel("recap_links"),
        FieldPanel("recap_gallery"),
    ]
    # The summary is edited with the content, next to the story.
    promote_panels = Page.promote_panels + [FieldPanel("social_image")]
    # A postal code is a fact, not text: the same in every language (portal/translation_sync).
    override_translatable_fields = [SynchronizedField("postal_code")]
    # Registration settings (events/registration/models.py) get their own tab.
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(EventRegistrationMixin.registration_panels, heading=_("Registration")),
            ObjectList(recap_panels, heading=_("Recap")),
            ObjectList(promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = PortalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("story"),
        index.SearchField("recap_summary"),
        index.SearchField("venue_name"),
        index.SearchField("town"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        index.FilterField("kind"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    # Changing one of these in a published version tells calendars to update the event.
    CALENDAR_FIELDS = (
        "title",
        "precision",
        "start_date",
        "start_time",
        "end_date",
        "end_time",
        "attendance_mode",
        "venue_name",
        "street_address",
        "postal_code",
        "town",
        "status",
    )

    class Meta:
        verbose_name = _("event")
        indexes = [models.Index(fields=["start_date", "end_date"])]

    def clean(self):
        super().clean()
        errors = {}
        if self.slug == FEED_NAME:
            errors["slug"] = _("This address is reserved for the calendar feed.")
        if self.precision == Precision.TIME and self.start_time is None:
            errors["start_time"] = _("Enter a start time, or choose all day.")
        if self.end_time and self.precision != Precision.TIME:
            errors["end_time"] = _("An all-day event has no end time.")
        if self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        elif (
            self.end_time
            and self.start_time
            and self.end_date in (None, self.start_date)
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _("The end time must be after the start time.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.precision != Precision.TIME:
            self.start_time = self.end_time = None
        self.end_date = self.end_date or self.start_date
        update_fields = kwargs.get("update_fields")
        if self.pk and (update_fields is None or set(update_fields) & set(self.CALENDAR_FIELDS)):
            self._raise_sequence_if_changed()
        super().save(*args, **kwargs)

    def _raise_sequence_if_changed(self):
        # Only publishing writes these columns (drafts live in revisions), so comparing
        # with the stored row counts published changes only.
        stored = (
            EventPage.objects.filter(pk=self.pk)
            .values("live", "sequence", *self.CALENDAR_FIELDS)
            .first()
        )
        # A first publication (e.g. of a new translation) is not a change to announce.
        if stored is None or not stored["live"]:
            return
        changed = any(stored[name] != getattr(self, name) for name in self.CALENDAR_FIELDS)
        self.sequence = stored["sequence"] + (1 if changed else 0)

    # Dates ------------------------------------------------------------------------------

    @property
    def all_day(self):
        return self.precision != Precision.TIME or self.start_time is None

    @property
    def last_day(self):
        return self.end_date or self.start_date

    @property
    def start(self):
        """A date for all-day events, an aware Paris datetime otherwise."""
        if self.all_day:
            return self.start_date
        return datetime.datetime.combine(self.start_date, self.start_time, tzinfo=PARIS)

    @property
    def end(self):
        """The end: a date (inclusive) for all-day events, an aware datetime or None."""
        if self.all_day:
            return self.last_day
        if self.end_time is None:
            return None
        return datetime.datetime.combine(self.last_day, self.end_time, tzinfo=PARIS)

    @property
    def start_iso(self):
        """For <time datetime>: a month, a day or a moment with its UTC offset."""
        if self.precision == Precision.MONTH:
            return self.start_date.strftime("%Y-%m")
        return self.start.isoformat()

    def when(self, language=None):
        return dates.format_when(
            self.start_date,
            None if self.all_day else self.start_time,
            self.end_date,
            self.end_time,
            self.precision,
            language,
        )

    @property
    def start_time_text(self):
        return "" if self.all_day else dates.format_time(self.start_time)

    @property
    def when_text(self):
        return self.when()

    @property
    def is_past(self):
        return self.last_day < today()

    @property
    def spans_many_days(self):
        """Shown once above the month grid rather than in every cell."""
        return self.precision == Precision.MONTH or (self.last_day - self.start_date).days > 6

    # Place ------------------------------------------------------------------------------

    @property
    def is_online(self):
        return self.attendance_mode == AttendanceMode.ONLINE

    @property
    def address_lines(self):
        locality = " ".join(part for part in (self.postal_code, self.town) if part)
        return [line for line in (self.venue_name, self.street_address, locality) if line]

    @property
    def location_text(self):
        return ", ".join(self.address_lines)

    # Status -----------------------------------------------------------------------------

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_postponed(self):
        return self.status == EventStatus.POSTPONED

    # Fundraising and recap ----------------------------------------------------------------

    @property
    def is_fundraising(self):
        return self.kind == EventKind.FUNDRAISING

    @property
    def programme_timeline(self):
        """The programme as the value the timeline block's template shows."""
        return {
            "title": _("Programme"),
            "items": [block.value for block in self.programme],
        }

    @property
    def has_recap(self):
        return bool(self.recap_summary)

    @property
    def shows_recap(self):
        """A recap is shown once the event is over (never announced before)."""
        return self.has_recap and self.is_past

    def recap_project_cards(self):
        """The recap's projects in this page's language, in the editor's order: two
        queries (and one for their images), whatever their number."""
        keys = list(
            self.recap_projects.order_by("sort_order").values_list(
                "project__translation_key", flat=True
            )
        )
        if not keys:
            return []
        cards = {
            card.translation_key: card
            for card in project_cards(self.locale_id).filter(translation_key__in=keys)
        }
        return [cards[key] for key in dict.fromkeys(keys) if key in cards]

    # Calendars and structured data -------------------------------------------------------

    @cached_property
    def ical_uid(self):
        # The translation key never changes and is shared by the French and English
        # versions, so a calendar sees one event whatever the language of its feed.
        return f"{self.translation_key}@{ICAL_UID_DOMAIN}"

    def offers(self):
        """schema.org `offers` for the event's JSON-LD, or None.

        Hook for registration (issue 5): return a dict such as
        {"@type": "Offer", "url": ..., "price": 0, "priceCurrency": "EUR",
        "availability": "https://schema.org/InStock", "validFrom": ...} while
        registration is open.
        """
        return self.registration_offers()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.event_context(self, request))
        context["sections"] = portal_listing.lazy(lambda: event_sections(self, request))
        if self.shows_recap:
            context["recap_projects"] = portal_listing.lazy(self.recap_project_cards)
        return context


# Sections that higher layers add to an event page (community's "The report presented
# here"). Through Wagtail's hooks, so events imports none of them: each function registered
# under this name takes (event, request) and returns {"template": ..., **its context} or None.
EVENT_SECTIONS_HOOK = "events_event_sections"


def event_sections(event, request):
    sections = (hook(event, request) for hook in hooks.get_hooks(EVENT_SECTIONS_HOOK))
    return [section for section in sections if section]


class EventRecapProject(Orderable):
    """A project the event funded or is related to (a fact, the same in every language:
    wagtail-localize copies these rows to the translations, which show the project in
    their own language through its translation key)."""

    page = ParentalKey(EventPage, related_name="recap_projects", on_delete=models.CASCADE)
    project = models.ForeignKey(
        ProjectPage, verbose_name=_("project"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("project")]

    class Meta(Orderable.Meta):
        verbose_name = _("project of the recap")
        verbose_name_plural = _("projects of the recap")
