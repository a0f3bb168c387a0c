"""Anonymise pledges unchanged for the retention period (RGPD; schedule it daily)."""

from django.core.management.base import BaseCommand

from giving.pledges import services


class Command(BaseCommand):
    help = "Anonymise pledges unchanged for --days days (three years by default)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=services.RETENTION_DAYS)

    def handle(self, *args, days, **options):
        count = services.anonymise_older_than(days)
        self.stdout.write(f"{count} pledge(s) anonymised (unchanged for {days} days).")
