"""Factories for the news index and articles, the programmes and their index.
`ArticlePageFactory` takes `parent` (the index), `territories` (Territory objects) and
`related` (pages: projects, challenges, events) as lists."""

import datetime

import factory
from wagtail_factories import StreamFieldFactory

from community.models import (
    ArticlePage,
    ArticleRelatedPage,
    ArticleTerritory,
    ImpactPage,
    NewsIndexPage,
    ProgrammeIndexPage,
    ProgrammePage,
    ProgrammeProject,
    TerritoryIndexPage,
    TerritoryPage,
)
from portal.factories import FiguresBlockFactory, PortalPageFactory, StoryBlockFactory


class NewsIndexPageFactory(PortalPageFactory):
    title = "Actualités"
    slug = "actualites"
    show_in_menus = True
    intro = "La vie de la communauté, de ses programmes et de ses territoires."

    class Meta:
        model = NewsIndexPage


class ArticlePageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    date = datetime.date(2025, 6, 24)
    topic = "community"
    summary = "Une nouvelle de la communauté."
    body = StreamFieldFactory(StoryBlockFactory)
    territories = ()
    related = ()

    class Meta:
        model = ArticlePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Child rows go into the page before it is added, as the editor's form does.
        kwargs["territory_links"] = [
            ArticleTerritory(territory=territory) for territory in kwargs.pop("territories")
        ]
        kwargs["related_links"] = [
            ArticleRelatedPage(target=page) for page in kwargs.pop("related")
        ]
        return super()._create(model_class, *args, **kwargs)


def create_articles(index, count, territories=(), prefix="generated"):
    """Add `count` live articles under a news index, without revisions (bulk data)."""
    start = index.get_children().count()
    for number in range(start, start + count):
        page = ArticlePage(
            title=f"Article {prefix} {number}",
            slug=f"{prefix}-{number}",
            summary="Un article généré pour les tests de charge.",
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number % 500),
            topic="community" if number % 2 else "public-policy",
            live=True,
            territory_links=[ArticleTerritory(territory=t) for t in territories],
        )
        index.add_child(instance=page)


class ProgrammeIndexPageFactory(PortalPageFactory):
    title = "Programmes"
    slug = "programmes"
    show_in_menus = True
    intro = "Les programmes qui financent et accompagnent les projets."

    class Meta:
        model = ProgrammeIndexPage


class ProgrammePageFactory(PortalPageFactory):
    """`projects`: a list of project pages, chosen as editors do."""

    title = factory.Sequence(lambda n: f"Programme {n}")
    summary = "Un programme qui soutient des projets pour les jeunes."
    funder = ""
    call_title = ""
    launched = None
    figures = StreamFieldFactory(FiguresBlockFactory)
    body = StreamFieldFactory(StoryBlockFactory)
    projects = ()

    class Meta:
        model = ProgrammePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs["project_links"] = [ProgrammeProject(project=p) for p in kwargs.pop("projects")]
        return super()._create(model_class, *args, **kwargs)


class ImpactPageFactory(PortalPageFactory):
    title = "Notre impact"
    slug = "impact"
    intro = "Ce que les résultats des projets représentent, additionnés."

    class Meta:
        model = ImpactPage


class TerritoryIndexPageFactory(PortalPageFactory):
    title = "Territoires"
    slug = "territoires"
    show_in_menus = True
    intro = "Les territoires où la communauté agit."

    class Meta:
        model = TerritoryIndexPage


class TerritoryPageFactory(PortalPageFactory):
    """`territory`: the stories' Territory the page is about."""

    title = factory.LazyAttribute(lambda page: page.territory.name)
    slug = factory.LazyAttribute(lambda page: page.territory.slug)
    summary = "Un territoire de la communauté."
    stakes = StreamFieldFactory(StoryBlockFactory)

    class Meta:
        model = TerritoryPage
