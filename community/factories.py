"""Factories for the news index and articles, the programmes and their index.
`ArticlePageFactory` takes `parent` (the index), `territories` (Territory objects) and
`related` (pages: projects, challenges, events) as lists."""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail_factories import StreamFieldFactory

from community import pdf
from community.models import (
    ArticlePage,
    ArticleRelatedPage,
    ArticleTerritory,
    CallDocument,
    CallForProjectsPage,
    CallStep,
    FaqBlock,
    FaqsBlock,
    ImpactPage,
    NewsIndexPage,
    ProgrammeIndexPage,
    ProgrammePage,
    ProgrammeProject,
    QuotesBlock,
    ReportAction,
    ReportPage,
    TerritoryIndexPage,
    TerritoryPage,
)
from portal.factories import (
    FiguresBlockFactory,
    PortalPageFactory,
    QuoteBlockFactory,
    RichTextBlockFactory,
    StoryBlockFactory,
)


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


def pdf_document(title, blocks=(), filename=None, collection=None, heading=None):
    """A Wagtail document holding a small PDF written by community/pdf.py (`heading`: the
    PDF's own title, the document's by default)."""
    data = pdf.render(heading or title, list(blocks) or [("text", title)])
    document = get_document_model()(title=title)
    if collection is not None:
        document.collection = collection
    document.file.save(filename or "document.pdf", ContentFile(data), save=False)
    document.file_size = len(data)
    document.save()
    return document


class QuotesBlockFactory(wagtail_factories.StreamBlockFactory):
    quote = factory.SubFactory(QuoteBlockFactory)

    class Meta:
        model = QuotesBlock


class FaqBlockFactory(wagtail_factories.StructBlockFactory):
    question = "Qui peut candidater ?"
    answer = factory.SubFactory(RichTextBlockFactory)

    class Meta:
        model = FaqBlock


class FaqsBlockFactory(wagtail_factories.StreamBlockFactory):
    question = factory.SubFactory(FaqBlockFactory)

    class Meta:
        model = FaqsBlock


class ReportPageFactory(PortalPageFactory):
    """`actions`: a list of dicts of ReportAction fields (title, project, carriers, text,
    results); `document` a Wagtail document (see pdf_document)."""

    title = factory.Sequence(lambda n: f"Bilan {n}")
    summary = "Le bilan d'une année du programme."
    year = 2024
    period = "2024-2025"
    published = datetime.date(2025, 6, 24)
    figures = StreamFieldFactory(FiguresBlockFactory)
    body = StreamFieldFactory(StoryBlockFactory)
    quotes = StreamFieldFactory(QuotesBlockFactory)
    actions = ()

    class Meta:
        model = ReportPage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs["actions"] = [ReportAction(**fields) for fields in kwargs.pop("actions")]
        return super()._create(model_class, *args, **kwargs)


class CallForProjectsPageFactory(PortalPageFactory):
    """`steps`: dicts of CallStep fields (date, label, event); `documents`: Wagtail
    documents to download. Open from 30 days ago to 60 days ahead by default."""

    title = factory.Sequence(lambda n: f"Appel à projets {n}")
    summary = "Un appel à projets pour les jeunes."
    opens_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=30))
    closes_on = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=60))
    eligibility = "<p>Les associations, entreprises sociales et universités.</p>"
    criteria = "<p>Des réponses nouvelles au décrochage des jeunes.</p>"
    how_to_apply = "<p>Remplissez le formulaire en ligne.</p>"
    faq = StreamFieldFactory(FaqsBlockFactory)
    steps = ()
    documents = ()

    class Meta:
        model = CallForProjectsPage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs["steps"] = [CallStep(**fields) for fields in kwargs.pop("steps")]
        kwargs["documents"] = [CallDocument(document=d) for d in kwargs.pop("documents")]
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
