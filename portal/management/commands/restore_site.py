from django.core.management.base import BaseCommand, CommandError

from portal import backup


class Command(BaseCommand):
    help = "Restore the database and the media files from a backup folder."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="a folder written by backup_site")
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, folder, yes, **options):
        if not yes and input("This replaces the database and media. Type 'yes': ") != "yes":
            raise CommandError("Restore cancelled.")
        try:
            backup.restore(folder)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored from {folder}"))
