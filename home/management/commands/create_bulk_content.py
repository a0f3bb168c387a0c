"""Bulk content for load tests and query budgets (like bakerydemo's create_random_data).

    manage.py create_bulk_content --projects 2000 --events 1000 --articles 1000
    manage.py create_bulk_content --delete

Pages are French, live and slugged "bulk-...": they hang under the demo's project index,
events calendar and news index and reuse its territories, challenges and illustrations, so
the demo stays as it was. Each project reports two results (what the impact pages add up);
each article is about two territories and one project. Running it again tops up to the
numbers asked; the same numbers give the same content (fixed seed).
"""

import datetime
import json
import random

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page

from community.models import (
    TOPICS,
    ArticlePage,
    ArticleRelatedPage,
    ArticleTerritory,
    NewsIndexPage,
)
from events.models import EventIndexPage, EventKind, EventPage, Precision
from portal import demo
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
)

PREFIX = "bulk-"
TOWNS = ["Lille", "Roubaix", "Maubeuge", "Dunkerque", "Lens", "Amiens", "Calais", "Hirson"]
WORDS = [
    "jeunes",
    "insertion",
    "mentorat",
    "stage",
    "atelier",
    "orientation",
    "sport",
    "culture",
    "emploi",
    "formation",
    "numérique",
    "quartier",
    "entreprise",
    "association",
    "accompagnement",
    "collège",
    "lycée",
    "mobilité",
]


def sentence(rng, words=12):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def story(rng, key):
    paragraphs = demo.paragraphs_html([sentence(rng, 40), sentence(rng, 30)])
    return json.dumps([{"type": "paragraph", "id": demo.block_id(key), "value": paragraphs}])


def french(model):
    return model.objects.filter(locale__language_code="fr")


class Command(BaseCommand):
    help = "Create (or top up to) bulk projects, events and articles, French and live."

    def add_arguments(self, parser):
        parser.add_argument("--projects", type=int, default=0)
        parser.add_argument("--events", type=int, default=0)
        parser.add_argument("--articles", type=int, default=0)
        parser.add_argument("--delete", action="store_true", help="Delete every bulk page.")

    def handle(self, *args, projects=0, events=0, articles=0, delete=False, **options):
        if delete:
            count, _ = Page.objects.filter(slug__startswith=PREFIX).delete()
            self.stdout.write(f"Deleted {count} rows of bulk content.")
            return
        project_index = french(ProjectIndexPage).first()
        event_index = french(EventIndexPage).first()
        news_index = french(NewsIndexPage).first()
        if project_index is None or event_index is None or (articles and news_index is None):
            raise CommandError("Load the demo content first: manage.py load_demo_content")
        self.images = list(get_image_model().objects.order_by("pk").values_list("pk", flat=True))
        self.territories = list(french(Territory).order_by("pk"))
        self.challenges = list(french(ChallengePage).live().order_by("path"))
        made = self.top_up(project_index, ProjectPage, projects, self.project)
        made_events = self.top_up(event_index, EventPage, events, self.event)
        self.projects = list(french(ProjectPage).live().order_by("pk").values_list("pk", flat=True))
        made_articles = (
            self.top_up(news_index, ArticlePage, articles, self.article) if articles else 0
        )
        self.stdout.write(
            f"Bulk content: {made} projects, {made_events} events and {made_articles} articles "
            f"created; {projects} projects, {events} events and {articles} articles asked."
        )

    def top_up(self, index, model, wanted, build):
        existing = model.objects.child_of(index).filter(slug__startswith=PREFIX).count()
        now = timezone.now()
        for number in range(existing, wanted):
            with transaction.atomic():
                page = build(number, random.Random(number))
                page.first_published_at = page.last_published_at = now
                index.add_child(instance=page)
            if number and number % 250 == 0:
                self.stdout.write(f"  {model._meta.verbose_name_plural}: {number}")
        return max(wanted - existing, 0)

    def project(self, number, rng):
        territories = rng.sample(self.territories, k=min(2, len(self.territories)))
        challenges = rng.sample(self.challenges, k=min(1, len(self.challenges)))
        return ProjectPage(
            title=f"Projet {number + 1} : {sentence(rng, 3)[:-1]}",
            slug=f"{PREFIX}project-{number + 1}",
            summary=sentence(rng, 25),
            organisation=f"Association {rng.choice(TOWNS)} {number + 1}",
            support=rng.choice(SUPPORT_KINDS)[0],
            places=", ".join(rng.sample(TOWNS, 2)),
            people_reached=rng.randint(10, 500),
            image_id=rng.choice(self.images) if self.images else None,
            story=story(rng, f"bulk-project-{number}"),
            territory_links=[ProjectTerritory(territory=t) for t in territories],
            challenge_links=[ProjectChallenge(challenge=c) for c in challenges],
            needs=[
                ProjectNeed(kind=kind, description=sentence(rng, 15))
                for kind, _ in rng.sample(NEED_KINDS, 2)
            ],
            results=[
                ProjectFigure(
                    measure=measure,
                    value=rng.randint(5, 400),
                    year=rng.randint(2021, 2026),
                    source=f"Bilan de l'association {number + 1}",
                )
                for measure, _ in rng.sample(MEASURES, 2)
            ],
        )

    def article(self, number, rng):
        territories = rng.sample(self.territories, k=min(2, len(self.territories)))
        return ArticlePage(
            title=f"Nouvelle {number + 1} : {sentence(rng, 4)[:-1]}",
            slug=f"{PREFIX}article-{number + 1}",
            summary=sentence(rng, 25),
            date=timezone.localdate() - datetime.timedelta(days=rng.randint(0, 1500)),
            topic=rng.choice(TOPICS)[0],
            body=story(rng, f"bulk-article-{number}"),
            territory_links=[ArticleTerritory(territory=t) for t in territories],
            related_links=[ArticleRelatedPage(target_id=rng.choice(self.projects))]
            if self.projects
            else [],
        )

    def event(self, number, rng):
        # From a year ago to two years ahead, so both the upcoming and the past lists grow.
        start = timezone.localdate() + datetime.timedelta(days=rng.randint(-365, 730))
        hour = rng.choice([9, 14, 18])
        return EventPage(
            title=f"Rencontre {number + 1} : {sentence(rng, 3)[:-1]}",
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
