"""Anonymise applications to calls unchanged for the retention period (RGPD; daily)."""

from django.core.management.base import BaseCommand

from community.calls import services


class Command(BaseCommand):
    help = (
        "Anonymise applications to calls for projects unchanged for --days days "
        "(three years by default)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=services.RETENTION_DAYS)

    def handle(self, *args, days, **options):
        count = services.anonymise_older_than(days)
        self.stdout.write(f"{count} application(s) anonymised (unchanged for {days} days).")
