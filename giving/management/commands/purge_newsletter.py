"""Delete newsletter sign-ups never confirmed (schedule it daily)."""

from django.core.management.base import BaseCommand

from giving.newsletter import services


class Command(BaseCommand):
    help = "Delete newsletter sign-ups left unconfirmed for --days days (seven by default)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=services.CONFIRM_DAYS)

    def handle(self, *args, days, **options):
        count = services.purge_unconfirmed(days)
        self.stdout.write(f"{count} unconfirmed sign-up(s) deleted (older than {days} days).")
