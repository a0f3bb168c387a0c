"""The vocabulary of events: kinds, statuses, date precision, attendance.

Shared by the page model, the calendar's filters, ICS files and JSON-LD.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from events import dates


class EventKind(models.TextChoices):
    LAUNCH = "launch", _("Launch")
    WORKING_GROUP = "working_group", _("Working group")
    CALL_FOR_PROJECTS = "call_for_projects", _("Call for projects")
    GRANTS = "grants", _("Grants and community gathering")
    FUNDRAISING = "fundraising", _("Fundraising evening")
    REVIEW = "review", _("Review")
    TRAINING = "training", _("Training course")
    OTHER = "other", _("Other")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")


class Precision(models.TextChoices):
    TIME = dates.TIME, _("Date and time")
    DAY = dates.DAY, _("All day (one or several days)")
    MONTH = dates.MONTH, _("Period of several weeks, shown by month")


class AttendanceMode(models.TextChoices):
    OFFLINE = "offline", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")
