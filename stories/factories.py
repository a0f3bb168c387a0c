"""Factories for territories, challenges, projects (with their needs) and testimonials.

Each page factory takes `parent` (its index); links to territories and challenges are given
as lists of objects (`territories=[mel]`, `challenges=[housing]`), needs as (kind,
description) pairs.
"""

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale
from wagtail_factories import StreamFieldFactory

from portal.factories import FiguresBlockFactory, PortalPageFactory, StoryBlockFactory
from stories.models import (
    ChallengeIndexPage,
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


class TerritoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Territoire {n}")
    slug = factory.LazyAttribute(lambda territory: slugify(territory.name))
    description = "Un territoire des Hauts-de-France."
    founding = False
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Territory
        django_get_or_create = ("slug", "locale")


class ChallengeIndexPageFactory(PortalPageFactory):
    title = "Défis"
    slug = "defis"
    intro = "Les défis prioritaires, définis ensemble."

    class Meta:
        model = ChallengeIndexPage


class ChallengePageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Défi {n}")
    summary = "Un défi prioritaire pour les jeunes des Hauts-de-France."
    story = StreamFieldFactory(StoryBlockFactory)
    figures = StreamFieldFactory(FiguresBlockFactory)

    class Meta:
        model = ChallengePage


class ProjectIndexPageFactory(PortalPageFactory):
    title = "Projets"
    slug = "projets"
    intro = "Les projets soutenus par la communauté."

    class Meta:
        model = ProjectIndexPage


class ProjectPageFactory(PortalPageFactory):
    """`territories`, `challenges`: lists of objects; `needs`: (kind, description) pairs;
    `results`: dicts of ProjectFigure fields (measure, value, year, source...)."""

    title = factory.Sequence(lambda n: f"Projet {n}")
    summary = "Un projet qui aide des jeunes à reprendre pied."
    organisation = factory.Sequence(lambda n: f"Association {n}")
    programme = "call-and-care"
    support = "launch"
    places = "Lille, Roubaix"
    people_reached = 30
    story = StreamFieldFactory(StoryBlockFactory)
    figures = StreamFieldFactory(FiguresBlockFactory)
    territories = ()
    challenges = ()
    needs = (("mentors", "Des salariés pour parrainer les jeunes."),)
    results = ()

    class Meta:
        model = ProjectPage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Child rows go into the page before it is added, as the editor's form does, so
        # they are saved with it and in its first revision.
        kwargs["territory_links"] = [
            ProjectTerritory(territory=territory) for territory in kwargs.pop("territories")
        ]
        kwargs["challenge_links"] = [
            ProjectChallenge(challenge=challenge) for challenge in kwargs.pop("challenges")
        ]
        kwargs["needs"] = [
            ProjectNeed(kind=kind, description=description)
            for kind, description in kwargs.pop("needs")
        ]
        kwargs["results"] = [result_row(**result) for result in kwargs.pop("results")]
        return super()._create(model_class, *args, **kwargs)


def result_row(measure="young-people", value=10, year=2025, source="Bilan", **fields):
    return ProjectFigure(measure=measure, value=value, year=year, source=source, **fields)


class TestimonialIndexPageFactory(PortalPageFactory):
    title = "Témoignages"
    slug = "temoignages"
    intro = "Des jeunes racontent."

    class Meta:
        model = TestimonialIndexPage


class TestimonialPageFactory(PortalPageFactory):
    title = factory.LazyAttribute(lambda page: f"{page.first_name}, {page.age} ans")
    first_name = factory.Sequence(lambda n: f"Prénom{n}")
    age = 19
    quote = "Je me suis ouvert aux autres et je prends plus facilement la parole."
    summary = "Un jeune raconte ce que le projet a changé."
    portrait = None
    portrait_consent = False
    story = StreamFieldFactory(StoryBlockFactory)
    project = None
    territory = None

    class Meta:
        model = TestimonialPage


def create_projects(index, count, territories=(), challenges=(), prefix="generated"):
    """Add `count` live projects under a project index, linked to the given territories and
    challenges, each with two needs and two results. No revision is stored: bulk data."""
    created = []
    start = index.get_children().count()
    for number in range(start, start + count):
        page = ProjectPage(
            title=f"Projet {prefix} {number}",
            slug=f"{prefix}-{number}",
            organisation=f"Association {number}",
            summary="Un projet généré pour les tests de charge.",
            support="launch" if number % 2 else "spreading",
            places="Hauts-de-France",
            live=True,
            territory_links=[ProjectTerritory(territory=t) for t in territories],
            challenge_links=[ProjectChallenge(challenge=c) for c in challenges],
            needs=[
                ProjectNeed(kind="mentors", description="Des mentors."),
                ProjectNeed(kind="co-funding", description="Des co-financeurs."),
            ],
            results=[
                result_row(value=number % 50 + 1, year=2024 + number % 2),
                result_row(measure="workshops", value=3, year=2025),
            ],
        )
        index.add_child(instance=page)
        created.append(page)
    return created
