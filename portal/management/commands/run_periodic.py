"""Run the portal's periodic jobs that are due (portal/periodic.py). Schedule it every minute."""

from django.core.management.base import BaseCommand

from portal import periodic


class Command(BaseCommand):
    help = (
        "Run every periodic job that is due: scheduled publishing, the email outbox, "
        "anonymisation (see portal/periodic.py). Run it every minute."
    )

    def handle(self, *args, **options):
        for command, output in periodic.run().items():
            self.stdout.write(f"{command}: {output or 'done'}")
