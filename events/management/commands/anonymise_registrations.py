"""Anonymise registrations some months after their event (RGPD; schedule it daily)."""

import calendar
import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import F
from django.db.models.functions import Coalesce

from events.models import today
from events.registration.admin import anonymise
from events.registrations import Registration


def months_before(day, months):
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day.day, last))


class Command(BaseCommand):
    help = "Anonymise registrations whose event ended more than --months months ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=getattr(settings, "PORTAL_REGISTRATION_RETENTION_MONTHS", 12),
            help="Default: PORTAL_REGISTRATION_RETENTION_MONTHS (12, as the privacy notice says).",
        )

    def handle(self, *args, months, **options):
        cutoff = months_before(today(), months)
        due = Registration.objects.annotate(
            last_day=Coalesce(F("event__end_date"), F("event__start_date"))
        ).filter(anonymised_at__isnull=True, last_day__lt=cutoff)
        count = 0
        for registration in due.iterator():
            anonymise(registration)
            count += 1
        self.stdout.write(f"{count} registration(s) anonymised (events ended before {cutoff}).")
