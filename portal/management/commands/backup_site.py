from django.core.management.base import BaseCommand

from portal import backup


class Command(BaseCommand):
    help = "Back up the database and the media files into a new folder."

    def add_arguments(self, parser):
        parser.add_argument("destination", help="folder that receives the backup")

    def handle(self, *args, destination, **options):
        folder = backup.backup(destination)
        self.stdout.write(self.style.SUCCESS(f"Backup written to {folder}"))
