"""Add the demo content that is missing; change nothing that exists (portal/demo/loader.py)."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from portal.demo.facts import DemoFactsError
from portal.demo.loader import Loader, delete_demo, steps


class Command(BaseCommand):
    help = (
        "Add the demo content that is missing (French, with English translations). What "
        "exists is never changed: --reset is the only way to build the demo from scratch."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete what the demo created (with every page under it), then build it again.",
        )
        parser.add_argument("--yes", action="store_true", help="Reset without asking.")
        parser.add_argument(
            "--no-renditions",
            action="store_true",
            help="Leave the renditions to be made when a page first shows them (tests).",
        )

    def handle(self, *args, reset: bool, yes: bool, no_renditions: bool, **options):
        if reset:
            self.reset(yes)
        loader = Loader(log=self.stdout.write)
        # No transaction around the whole load: Wagtail publishes translations in on-commit
        # hooks that would then save stale tree data. Each object is created in its own
        # transaction with its record, so an interrupted load completes when run again.
        try:
            with translation.override("fr"):
                for step in steps():
                    step(loader)
        except DemoFactsError as error:
            raise CommandError(f"The demo's facts need a correction:\n{error}") from error
        if not no_renditions:
            if loader.created:
                # generate_renditions reads Wagtail's reference index, which a background
                # task fills after each save: with the production task worker it may not
                # have run yet.
                call_command("rebuild_references_index", verbosity=0)
            # As at a deploy: the demo's renditions exist before the first visitor asks.
            call_command("generate_renditions", stdout=self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content is ready: {loader.created} created, "
                f"{loader.left_alone} left alone, the rest was already there."
            )
        )

    def reset(self, yes):
        if not settings.DEMO_RESET_ALLOWED:
            raise CommandError("--reset is refused under production settings: it deletes pages.")
        if not yes:
            answer = input(
                "This deletes every page the demo created, with the pages, registrations and "
                "form submissions under them, and the editors' changes to them. "
                "Type 'yes' to continue: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Reset cancelled: nothing was deleted.")
        self.stdout.write(f"Deleted {delete_demo()} demo objects (and what was under them).")
