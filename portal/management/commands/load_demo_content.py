"""Build the demo site in French and English. Running it twice changes nothing."""

import importlib

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import translation


def demo_modules():
    """The `demo_content` modules of the installed apps, in their declared order."""
    modules = []
    for app in apps.get_app_configs():
        try:
            module = importlib.import_module(f"{app.name}.demo_content")
        except ModuleNotFoundError as error:
            if error.name != f"{app.name}.demo_content":
                raise
            continue
        modules.append(module)
    return sorted(modules, key=lambda module: module.ORDER)


class Command(BaseCommand):
    help = "Load the demo content (French, with English translations)."

    def handle(self, *args, **options):
        # No transaction around the whole load: Wagtail publishes translations in
        # on-commit hooks that would then save stale tree data. Each step is idempotent,
        # so an interrupted load completes when run again.
        with translation.override("fr"):
            for module in demo_modules():
                module.load(log=self.stdout.write)
        # As at a deploy: the demo's renditions exist before the first visitor asks.
        call_command("generate_renditions", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
