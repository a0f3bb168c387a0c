"""Index every live public page again (after an upgrade, or to repair the index)."""

from django.core.management.base import BaseCommand

from search import index


class Command(BaseCommand):
    help = "Rebuild the site's search index (search.SearchDocument) from the live pages."

    def handle(self, *args, **options):
        count = index.rebuild()
        self.stdout.write(f"{count} pages indexed.")
