"""Loading the demo again and again on a site people use: what is missing is created,
what exists is never changed, re-translated, re-published or deleted, whoever changed it.

Every object the demo creates gets a `DemoRecord` (its key names the YAML file and the
entry), so that a later load knows it: an object an editor deleted is not created again,
and one whose facts changed in the YAML since is left alone with one line saying so.
`reset()` (the command's `--reset`) is the only way to build the demo from scratch.
"""

import importlib
from functools import partial
from pathlib import Path

from django.apps import apps
from django.db import transaction

from portal.demo import child_by_slug, locale, translate
from portal.demo.facts import read
from portal.models import DemoRecord

FRESH_START = "`manage.py load_demo_content --reset` rebuilds the demo from scratch"


def steps():
    """The build steps of the installed apps' `demo` packages, in their declared order,
    each with its app's facts, all read and checked before anything is built.

    Apps are found through the app registry, as Django's autodiscover does, so that
    `portal` imports no app. Each `<app>.demo` names its YAML files and their schema in
    `FACTS` ({file name: Facts class}) and lists `STEPS`: (order, function(loader, facts))."""
    found = []
    for app in apps.get_app_configs():
        try:
            module = importlib.import_module(f"{app.name}.demo")
        except ModuleNotFoundError as error:
            if error.name != f"{app.name}.demo":
                raise
            continue
        if not hasattr(module, "STEPS"):
            continue  # portal.demo: the framework itself
        folder = Path(module.__file__).parent
        facts = {name: read(folder / name, schema) for name, schema in module.FACTS.items()}
        found += [(order, function, facts) for order, function in module.STEPS]
    return [
        partial(function, facts=facts)
        for _order, function, facts in sorted(found, key=lambda step: step[0])
    ]


class Loader:
    def __init__(self, log):
        self.log = log
        self.created = self.left_alone = 0

    def ensure(self, key, facts, find, create):
        """The object recorded as `key`: found or created once, never changed.

        `find()` returns an object made before the demo kept records (or by an editor
        with the same slug), adopted as it is; `create()` makes it from `facts`. Returns
        None when an editor deleted it."""
        record = DemoRecord.objects.filter(key=key).select_related("content_type").first()
        if record is None:
            with transaction.atomic():
                found = find()
                instance = found if found is not None else create()
                DemoRecord.objects.create(
                    key=key, content_object=instance, facts_hash=facts.fingerprint()
                )
            if found is None:
                self.created += 1
                self.log(f"Created: {instance}  [{key}]")
            return instance
        instance = record.content_object
        if instance is None:
            self.left_alone += 1
            self.log(f"Left alone: [{key}] was deleted since the demo created it ({FRESH_START}).")
        elif record.facts_hash != facts.fingerprint():
            self.left_alone += 1
            self.log(
                f"Left alone: {instance}  [{key}]: its facts changed since it was created "
                f"({FRESH_START})."
            )
        return instance

    def page(self, key, facts, parent, slug, create, english):
        """A French page under `parent` and its English translation through wagtail-localize.

        `create()` adds the French page (with a factory); `english(page)` returns the
        English values of its translated fields. Returns the French page, or None without
        a parent (an editor deleted it: that was said once, for the parent)."""
        if parent is None:
            return None
        page = self.ensure(
            f"{key} (fr)", facts, find=lambda: child_by_slug(parent, slug), create=create
        )
        self.translation(key, facts, page, english)
        return page

    def snippet(self, key, facts, find, create, english):
        """A French snippet and its English translation (see `page`)."""
        snippet = self.ensure(f"{key} (fr)", facts, find=find, create=create)
        self.translation(key, facts, snippet, english)
        return snippet

    def translation(self, key, facts, source, english):
        if source is None:
            return None
        return self.ensure(
            f"{key} (en)",
            facts,
            find=lambda: source.get_translation_or_none(locale("en")),
            create=lambda: translate(source, english(source)),
        )


def delete_demo():
    """Delete what the demo created (pages with everything under them), and its records."""
    deleted = 0
    for record in DemoRecord.objects.select_related("content_type"):
        instance = record.content_object  # None once deleted with a page above it
        if instance is not None:
            instance.delete()
            deleted += 1
    DemoRecord.objects.all().delete()
    return deleted
