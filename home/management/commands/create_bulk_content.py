"""Bulk content for load tests, query budgets and the size benchmark (like bakerydemo's
create_random_data).

    manage.py create_bulk_content --projects 2000 --events 1000 --articles 1000
    manage.py create_bulk_content --projects 2000 --testimonials 600 --events 5000 \\
        --articles 1000 --registrations 50000 --messages 10000 --pledges 1000 --applications 500
    manage.py create_bulk_content --delete

Pages are French, live and slugged "bulk-...": they hang under the demo's project index,
testimonial index, events calendar and news index and reuse its territories, challenges and
illustrations, so the demo stays as it was. Each project reports two results (what the
impact pages add up); each article is about two territories and one project. Texts are
paragraphs chained from the demo's own French and English sentences (_prose.py: a few
thousand distinct words). Registrations (on the bulk events), contact messages, pledges
and applications are rows marked by their address (`@bulk.example.org`), written with
`bulk_create`. Running it again tops up to the numbers asked; the same numbers give the
same content (fixed seeds).

Pages go in with Wagtail's tree API (`add_child`: paths, numchild and the specific tables
stay right), in transactions of 250, and are indexed for search in bulk after each batch
rather than one by one by Wagtail's tasks.
"""

import contextlib
import datetime
import json
import random
import uuid
from collections import defaultdict

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search.backends import get_search_backends

from community.calls.models import Application
from community.models import (
    TOPICS,
    ArticlePage,
    ArticleRelatedPage,
    ArticleTerritory,
    CallForProjectsPage,
    NewsIndexPage,
)
from events.models import EventIndexPage, EventKind, EventPage, Precision
from events.registration.models import Registration
from giving.pledges.models import Pledge
from home.management.commands._prose import prose
from home.models import ContactPage, ContactSubmission
from portal import chrome, demo
from stories.models import (
    MEASURES,
    NEED_KINDS,
    SUPPORT_KINDS,
    ChallengePage,
    ProjectChallenge,
    ProjectFigure,
    ProjectIndexPage,
    ProjectNeed,
    ProjectPage,
    ProjectTerritory,
    Territory,
    TestimonialIndexPage,
    TestimonialPage,
)

PREFIX = "bulk-"
DOMAIN = "bulk.example.org"
BATCH = 250
SITE_INDEX_RECEIVER = "search_page_saved"
TOWNS = ["Lille", "Roubaix", "Maubeuge", "Dunkerque", "Lens", "Amiens", "Calais", "Hirson"]
FIRST_NAMES = [
    "Léa", "Yacine", "Inès", "Mathis", "Chloé", "Karim", "Manon", "Lucas", "Aya", "Hugo",
    "Sarah", "Nolan", "Camille", "Adam", "Jade", "Enzo", "Lina", "Théo", "Zoé", "Rayan",
]  # fmt: skip
LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Lefebvre", "Lambert", "Benali", "Leroy", "Moreau",
    "Fontaine", "Diallo", "Roux", "Mercier", "Durand", "Nguyen", "Petit", "Garcia",
]  # fmt: skip


def story(rng, key, language="fr"):
    paragraphs = demo.paragraphs_html(prose(language).paragraphs(rng))
    return json.dumps([{"type": "paragraph", "id": demo.block_id(key), "value": paragraphs}])


def sentence(rng, words=12):
    """A sentence of about `words` words (the summaries and descriptions)."""
    return prose().sentence(rng, shortest=max(words - 6, 4), longest=words + 6)


def french(model):
    return model.objects.filter(locale__language_code="fr")


def spread(rng, days):
    """A moment in the last `days` days."""
    return timezone.now() - datetime.timedelta(seconds=rng.randint(0, days * 86400))


@contextlib.contextmanager
def indexed_in_bulk(model):
    """Page saves skip their one-by-one indexing: Wagtail's (a task each; the caller
    indexes each batch at once) and the site's own search index (the search app's
    "search_page_saved" receiver; rebuilt once at the end with its own command)."""
    site_index = [r for r in post_save.receivers if r[0][0] == SITE_INDEX_RECEIVER]
    post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.disconnect(dispatch_uid=SITE_INDEX_RECEIVER)
    try:
        yield
    finally:
        post_save.connect(post_save_signal_handler, sender=model)
        with post_save.lock:
            post_save.receivers.extend(site_index)
            post_save.sender_receivers_cache.clear()


@contextlib.contextmanager
def given_dates(*models):
    """bulk_create keeps the creation dates we give (no auto_now_add for these rows)."""
    fields = [
        field
        for model in models
        for field in model._meta.fields
        if getattr(field, "auto_now_add", False)
    ]
    for field in fields:
        field.auto_now_add = False
    try:
        yield
    finally:
        for field in fields:
            field.auto_now_add = True


class Command(BaseCommand):
    help = "Create (or top up to) bulk pages and rows, French and live."

    def add_arguments(self, parser):
        for name in (
            "projects",
            "testimonials",
            "events",
            "articles",
            "registrations",
            "messages",
            "pledges",
            "applications",
        ):
            parser.add_argument(f"--{name}", type=int, default=0)
        parser.add_argument("--delete", action="store_true", help="Delete all bulk content.")

    def handle(self, *args, delete=False, **options):
        if delete:
            Registration.objects.filter(email__endswith="@" + DOMAIN).delete()
            ContactSubmission.objects.filter(sender__endswith="@" + DOMAIN).delete()
            Pledge.objects.filter(email__endswith="@" + DOMAIN).delete()
            Application.objects.filter(email__endswith="@" + DOMAIN).delete()
            count, _ = Page.objects.filter(slug__startswith=PREFIX).delete()
            self.stdout.write(f"Deleted {count} rows of bulk content.")
            return
        wanted = {name: options[name] for name in options if name in self.KINDS}
        project_index = french(ProjectIndexPage).first()
        event_index = french(EventIndexPage).first()
        news_index = french(NewsIndexPage).first()
        testimonial_index = french(TestimonialIndexPage).first()
        if project_index is None or event_index is None:
            raise CommandError("Load the demo content first: manage.py load_demo_content")
        if wanted["articles"] and news_index is None:
            raise CommandError("No news index: load the demo content first.")
        if wanted["testimonials"] and testimonial_index is None:
            raise CommandError("No testimonial index: load the demo content first.")
        self.reindex = False
        self.images = list(get_image_model().objects.order_by("pk").values_list("pk", flat=True))
        self.territories = list(french(Territory).order_by("pk"))
        self.challenges = list(french(ChallengePage).live().order_by("path"))
        made = {}
        made["projects"] = self.top_up(project_index, ProjectPage, wanted["projects"], self.project)
        self.projects = list(french(ProjectPage).live().order_by("pk").values_list("pk", flat=True))
        if wanted["testimonials"]:
            made["testimonials"] = self.top_up(
                testimonial_index, TestimonialPage, wanted["testimonials"], self.testimonial
            )
        made["events"] = self.top_up(event_index, EventPage, wanted["events"], self.event)
        if wanted["articles"]:
            made["articles"] = self.top_up(
                news_index, ArticlePage, wanted["articles"], self.article
            )
        made["registrations"] = self.registrations(wanted["registrations"])
        made["messages"] = self.messages(wanted["messages"])
        made["pledges"] = self.pledges(wanted["pledges"])
        made["applications"] = self.applications(wanted["applications"])
        if any(made.get(kind) for kind in ("projects", "testimonials", "events", "articles")):
            # Pages added with add_child, not published: the menus and cached lists
            # would show them only after the next publication.
            chrome.invalidate()
        if self.reindex and "rebuild_search_index" in get_commands():
            self.stdout.write("  rebuilding the site's search index")
            call_command("rebuild_search_index", stdout=self.stdout)
        self.stdout.write(
            "Bulk content created: "
            + ", ".join(f"{made.get(kind, 0):,} {kind}" for kind in self.KINDS)
            + "; asked: "
            + ", ".join(f"{wanted[kind]:,} {kind}" for kind in self.KINDS)
            + "."
        )

    KINDS = (
        "projects",
        "testimonials",
        "events",
        "articles",
        "registrations",
        "messages",
        "pledges",
        "applications",
    )

    # Pages ----------------------------------------------------------------------------

    def top_up(self, index, model, wanted, build):
        existing = model.objects.child_of(index).filter(slug__startswith=PREFIX).count()
        now = timezone.now()
        number = existing
        with indexed_in_bulk(model):
            while number < wanted:
                batch, children = [], defaultdict(list)
                with transaction.atomic():
                    for number in range(number, min(number + BATCH, wanted)):  # noqa: B020
                        page = build(number, random.Random(number))
                        page.first_published_at = page.last_published_at = now
                        index.add_child(instance=page)
                        batch.append(page)
                        for order, child in enumerate(getattr(page, "bulk_children", [])):
                            # What modelcluster would save one by one, in one INSERT a model.
                            child.page = page
                            child.locale_id = page.locale_id
                            child.translation_key = uuid.uuid4()
                            child.sort_order = order
                            children[type(child)].append(child)
                    number += 1
                    for child_model, rows in children.items():
                        child_model.objects.bulk_create(rows)
                    for backend in get_search_backends():
                        backend.add_bulk(model, batch)
                self.stdout.write(f"  {model._meta.verbose_name_plural}: {number}")
        self.reindex = self.reindex or wanted > existing
        return max(wanted - existing, 0)

    def project(self, number, rng):
        territories = rng.sample(self.territories, k=min(2, len(self.territories)))
        challenges = rng.sample(self.challenges, k=min(1, len(self.challenges)))
        page = ProjectPage(
            title=f"{prose().words(rng, 4)} ({number + 1})",
            slug=f"{PREFIX}project-{number + 1}",
            summary=sentence(rng, 25),
            organisation=f"Association {rng.choice(TOWNS)} {number + 1}",
            support=rng.choice(SUPPORT_KINDS)[0],
            places=", ".join(rng.sample(TOWNS, 2)),
            people_reached=rng.randint(10, 500),
            image_id=rng.choice(self.images) if self.images else None,
            story=story(rng, f"bulk-project-{number}"),
        )
        page.bulk_children = [
            *(ProjectTerritory(territory=t) for t in territories),
            *(ProjectChallenge(challenge=c) for c in challenges),
            *(
                ProjectNeed(kind=kind, description=sentence(rng, 15))
                for kind, _ in rng.sample(NEED_KINDS, 2)
            ),
            *(
                ProjectFigure(
                    measure=measure,
                    value=rng.randint(5, 400),
                    year=rng.randint(2021, 2026),
                    source=f"Bilan de l'association {number + 1}",
                )
                for measure, _ in rng.sample(MEASURES, 2)
            ),
        ]
        return page

    def testimonial(self, number, rng):
        first_name = rng.choice(FIRST_NAMES)
        return TestimonialPage(
            title=f"{first_name} ({number + 1})",
            slug=f"{PREFIX}testimonial-{number + 1}",
            first_name=first_name,
            age=rng.randint(15, 25),
            portrait_id=rng.choice(self.images) if self.images and number % 2 else None,
            portrait_alt_text=f"Portrait de {first_name}",
            portrait_consent=bool(number % 2),
            quote=sentence(rng, 20)[:400],
            summary=sentence(rng, 25),
            story=story(rng, f"bulk-testimonial-{number}"),
            project_id=rng.choice(self.projects) if self.projects else None,
            territory=rng.choice(self.territories) if self.territories else None,
        )

    def article(self, number, rng):
        territories = rng.sample(self.territories, k=min(2, len(self.territories)))
        page = ArticlePage(
            title=f"{prose().words(rng, 6)} ({number + 1})",
            slug=f"{PREFIX}article-{number + 1}",
            summary=sentence(rng, 25),
            date=timezone.localdate() - datetime.timedelta(days=rng.randint(0, 1500)),
            topic=rng.choice(TOPICS)[0],
            body=story(rng, f"bulk-article-{number}"),
        )
        page.bulk_children = [ArticleTerritory(territory=t) for t in territories]
        if self.projects:
            page.bulk_children.append(ArticleRelatedPage(target_id=rng.choice(self.projects)))
        return page

    def event(self, number, rng):
        # From a year ago to two years ahead, so both the upcoming and the past lists grow.
        start = timezone.localdate() + datetime.timedelta(days=rng.randint(-365, 730))
        hour = rng.choice([9, 14, 18])
        return EventPage(
            title=f"{prose().words(rng, 4)} ({number + 1})",
            slug=f"{PREFIX}event-{number + 1}",
            summary=sentence(rng, 25),
            kind=rng.choice(EventKind.values),
            precision=Precision.TIME,
            start_date=start,
            start_time=datetime.time(hour, 0),
            end_time=datetime.time(hour + 2, 30),
            venue_name=f"Maison des associations {number + 1}",
            town=rng.choice(TOWNS),
            territory=rng.choice(self.territories) if self.territories else None,
            image_id=rng.choice(self.images) if self.images and number % 3 == 0 else None,
            story=story(rng, f"bulk-event-{number}"),
        )

    # Rows -----------------------------------------------------------------------------

    def bulk(self, model, existing, wanted, build, label):
        made = 0
        with given_dates(model):
            for start in range(existing, wanted, 2000):
                rows = [
                    build(number, random.Random(f"{label}-{number}"))
                    for number in range(start, min(start + 2000, wanted))
                ]
                model.objects.bulk_create(rows, batch_size=500)
                made += len(rows)
                self.stdout.write(f"  {model._meta.verbose_name_plural}: {start + len(rows)}")
        return made

    def person(self, rng, number):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        return first, last, f"{first.lower()}.{last.lower()}.{number + 1}@{DOMAIN}"

    def registrations(self, wanted):
        """About ten per bulk event: most confirmed, some waiting, cancelled or attended."""
        if not wanted:
            return 0
        events = list(
            EventPage.objects.filter(slug__startswith=PREFIX)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if not events:
            raise CommandError("Registrations go on bulk events: ask for --events too.")
        mine = Registration.objects.filter(email__endswith="@" + DOMAIN)
        statuses = ["confirmed"] * 7 + ["waiting", "cancelled", "attended"]

        def build(number, rng):
            first, last, email = self.person(rng, number)
            status = rng.choice(statuses)
            created = spread(rng, 700)
            return Registration(
                event_id=events[number % len(events)],
                status=status,
                first_name=first,
                last_name=last,
                email=email,
                seats=rng.choice([1, 1, 1, 2]),
                organisation=f"Association {rng.choice(TOWNS)}" if number % 4 == 0 else "",
                needs=sentence(rng, 8) if number % 10 == 0 else "",
                language="fr" if number % 5 else "en",
                consented_at=created,
                created_at=created,
                cancelled_at=created if status == "cancelled" else None,
                checked_in_at=created if status == "attended" else None,
            )

        return self.bulk(Registration, mine.count(), wanted, build, "registration")

    def messages(self, wanted):
        if not wanted:
            return 0
        pages = {
            page.locale.language_code: page for page in ContactPage.objects.select_related("locale")
        }
        if not pages:
            raise CommandError("No contact page: load the demo content first.")
        mine = ContactSubmission.objects.filter(sender__endswith="@" + DOMAIN)
        statuses = ["handled"] * 6 + ["new"] * 3 + ["spam"]

        def build(number, rng):
            first, last, email = self.person(rng, number)
            language = "fr" if number % 4 else "en"
            page = pages.get(language) or next(iter(pages.values()))
            text = "\n\n".join(prose(language).paragraphs(rng, (1, 3)))
            return ContactSubmission(
                page=page,
                form_data={"name": f"{first} {last}", "email": email, "message": text},
                sender=email,
                text=f"{first} {last} <{email}>\n\n{text}",
                status=rng.choice(statuses),
                submit_time=spread(rng, 1000),
            )

        return self.bulk(ContactSubmission, mine.count(), wanted, build, "message")

    def pledges(self, wanted):
        if not wanted:
            return 0
        mine = Pledge.objects.filter(email__endswith="@" + DOMAIN)

        def build(number, rng):
            first, last, email = self.person(rng, number)
            kind = rng.choice(Pledge.Kind.values)
            created = spread(rng, 1000)
            return Pledge(
                status=rng.choice(Pledge.Status.values),
                giver=rng.choice(Pledge.Giver.values),
                organisation=f"Entreprise {rng.choice(TOWNS)} {number + 1}",
                kind=kind,
                amount=rng.randint(500, 20000) if kind == "money" else None,
                description=prose().paragraph(rng, (1, 3)),
                project_id=rng.choice(self.projects) if self.projects and number % 2 else None,
                challenge_id=rng.choice(self.challenges).pk
                if self.challenges and number % 3 == 0
                else None,
                first_name=first,
                last_name=last,
                email=email,
                consented_at=created,
                created_at=created,
                updated_at=created,
            )

        return self.bulk(Pledge, mine.count(), wanted, build, "pledge")

    def applications(self, wanted):
        if not wanted:
            return 0
        calls = list(CallForProjectsPage.objects.order_by("pk"))
        mine = Application.objects.filter(email__endswith="@" + DOMAIN)

        def build(number, rng):
            first, last, email = self.person(rng, number)
            call = calls[number % len(calls)] if calls else None
            created = spread(rng, 1000)
            return Application(
                status=rng.choice(Application.Status.values),
                call=call,
                call_title=call.title if call else "Appel à projets",
                carrier=rng.choice(Application.Carrier.values),
                organisation=f"Association {rng.choice(TOWNS)} {number + 1}",
                project_title=prose().words(rng, 5),
                description="\n\n".join(prose().paragraphs(rng, (2, 4))),
                places=", ".join(rng.sample(TOWNS, 2)),
                first_name=first,
                last_name=last,
                email=email,
                consented_at=created,
                created_at=created,
                updated_at=created,
            )

        return self.bulk(Application, mine.count(), wanted, build, "application")
