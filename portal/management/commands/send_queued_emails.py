"""Send every pending outgoing email that is due (run it every minute from cron or a timer)."""

from django.core.management.base import BaseCommand

from portal import outbox


class Command(BaseCommand):
    help = "Send the outbox's pending emails that are due; failures are retried later."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500, help="At most this many per run.")

    def handle(self, *args, limit, **options):
        counts = outbox.send_due_emails(limit=limit)
        self.stdout.write(
            f"sent: {counts['sent']}, retry later: {counts['pending']}, failed: {counts['failed']}"
        )
