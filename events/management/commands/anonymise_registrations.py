"""Anonymise registrations some months after their event (RGPD; schedule it daily)."""

import calendar
import datetime

from django.conf import settings
from django.core.management.base import BaseCommand

from events.dates import today
from events.registration import services


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
        count = services.anonymise_ended_before(cutoff)
        self.stdout.write(f"{count} registration(s) anonymised (events ended before {cutoff}).")
