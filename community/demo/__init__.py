"""The community demo: the news index and a few articles from the sources' facts (news.yaml),
the programmes and their projects (programmes.yaml), built after the stories and events
(articles point at challenges, projects and events). See portal/demo for how a load
creates only what is missing."""

import datetime

from django.apps import apps

from community import factories, models
from portal import demo
from portal.demo.facts import Facts, Figure, Paragraphs, Slug, Text, TranslatedSlug, one_of
from stories.models import ProjectPage, Territory

RELATED_KINDS = {
    "project": "stories.ProjectPage",
    "challenge": "stories.ChallengePage",
    "event": "events.EventPage",
}


class IndexFacts(Facts):
    slug: TranslatedSlug
    title: Text
    intro: Text


class ArticleFacts(Facts):
    slug: TranslatedSlug
    date: datetime.date
    topic: one_of(models.TOPICS)
    territories: list[Slug] = []
    related: list[str] = []
    title: Text
    summary: Text
    body: Paragraphs


class News(Facts):
    index: IndexFacts
    articles: list[ArticleFacts]


class ProgrammeFacts(Facts):
    slug: TranslatedSlug
    funder: Text | None = None
    call_title: Text | None = None
    launched: datetime.date | None = None
    title: Text
    summary: Text
    body: Paragraphs
    figures: list[Figure] = []
    projects: list[Slug] = []


class Programmes(Facts):
    index: IndexFacts
    programmes: list[ProgrammeFacts]


class TerritoryPageFacts(Facts):
    territory: Slug
    summary: Text
    stakes: Paragraphs


class TerritoryPages(Facts):
    index: IndexFacts
    territories: list[TerritoryPageFacts]


class ImpactPageFacts(Facts):
    slug: TranslatedSlug
    title: Text
    intro: Text


class Impact(Facts):
    page: ImpactPageFacts
    hand_typed_figures: list[Figure] = []


FACTS = {
    "news.yaml": News,
    "programmes.yaml": Programmes,
    "territories.yaml": TerritoryPages,
    "impact.yaml": Impact,
}


def build(loader, facts):
    home = demo.site_root()
    news = facts["news.yaml"]
    index = build_index(loader, home, "news.yaml", news.index, factories.NewsIndexPageFactory)
    fr = demo.locale("fr")
    territories = {t.slug: t for t in Territory.objects.filter(locale=fr)}
    for item in news.articles:
        build_article(loader, index, item, territories, fr)


def build_programmes(loader, facts):
    home = demo.site_root()
    programmes = facts["programmes.yaml"]
    index = build_index(
        loader, home, "programmes.yaml", programmes.index, factories.ProgrammeIndexPageFactory
    )
    projects = {p.slug: p for p in ProjectPage.objects.filter(locale=demo.locale("fr"))}
    for item in programmes.programmes:
        build_programme(loader, index, item, projects)


def build_index(loader, home, file, page, factory):
    def fields(language):
        intro = page.intro[language]
        return {"title": page.title[language], "intro": intro, "summary": intro}

    return loader.page(
        f"community/demo/{file}#index",
        page,
        home,
        page.slug.fr,
        create=lambda: factory(parent=home, slug=page.slug.fr, **fields("fr")),
        english=lambda _page: {**fields("en"), "slug": page.slug.en},
    )


def build_programme(loader, index, item, projects):
    key = f"community/{item.slug.fr}"

    def fields(language):
        body = demo.paragraph_blocks(key, item.body[language])
        return {
            "title": item.title[language],
            "summary": item.summary[language],
            "funder": item.funder[language] if item.funder else "",
            "call_title": item.call_title[language] if item.call_title else "",
            "body": demo.stream(body),
            "figures": demo.stream(demo.figure_blocks(f"{key}/figures", item.figures, language)),
        }

    return loader.page(
        f"community/demo/programmes.yaml#{item.slug.fr}",
        item,
        index,
        item.slug.fr,
        # A project an editor deleted is left out.
        create=lambda: factories.ProgrammePageFactory(
            parent=index,
            slug=item.slug.fr,
            launched=item.launched,
            projects=[projects[slug] for slug in item.projects if slug in projects],
            **fields("fr"),
        ),
        english=lambda _page: {**fields("en"), "slug": item.slug.en},
    )


def related_page(reference, fr):
    """The French page a `kind:slug` reference names, or None (an editor deleted it)."""
    kind, _sep, slug = reference.partition(":")
    page_type = RELATED_KINDS.get(kind)
    if page_type is None:
        raise ValueError(f"{reference}: the kind is one of {', '.join(RELATED_KINDS)}")
    return apps.get_model(page_type).objects.filter(locale=fr, slug=slug).first()


def build_article(loader, index, item, territories, fr):
    def fields(language):
        body = demo.paragraph_blocks(f"community/{item.slug.fr}", item.body[language])
        return {
            "title": item.title[language],
            "summary": item.summary[language],
            "body": demo.stream(body),
        }

    def create():
        related = [related_page(reference, fr) for reference in item.related]
        return factories.ArticlePageFactory(
            parent=index,
            slug=item.slug.fr,
            date=item.date,
            topic=item.topic,
            territories=[territories[s] for s in item.territories if s in territories],
            related=[page for page in related if page is not None],
            **fields("fr"),
        )

    return loader.page(
        f"community/demo/news.yaml#{item.slug.fr}",
        item,
        index,
        item.slug.fr,
        create=create,
        english=lambda _page: {**fields("en"), "slug": item.slug.en},
    )


def build_impact(loader, facts):
    home = demo.site_root()
    impact = facts["impact.yaml"]
    page = impact.page

    def fields(language):
        figures = demo.figure_blocks("community/impact", impact.hand_typed_figures, language)
        return {
            "title": page.title[language],
            "intro": page.intro[language],
            "summary": page.intro[language],
            "hand_typed_figures": demo.stream(figures),
        }

    loader.page(
        "community/demo/impact.yaml#page",
        impact,
        home,
        page.slug.fr,
        create=lambda: factories.ImpactPageFactory(parent=home, slug=page.slug.fr, **fields("fr")),
        english=lambda _page: {**fields("en"), "slug": page.slug.en},
    )


def build_territories(loader, facts):
    home = demo.site_root()
    pages = facts["territories.yaml"]
    index = build_index(
        loader, home, "territories.yaml", pages.index, factories.TerritoryIndexPageFactory
    )
    fr = demo.locale("fr")
    territories = {t.slug: t for t in Territory.objects.filter(locale=fr)}
    for item in pages.territories:
        territory = territories.get(item.territory)
        if territory is not None:  # an editor deleted it
            build_territory_page(loader, index, item, territory)


def build_territory_page(loader, index, item, territory):
    key = f"community/territory/{item.territory}"
    english_name = territory.get_translation_or_none(demo.locale("en"))

    def fields(language):
        stakes = demo.paragraph_blocks(f"{key}/stakes", item.stakes[language])
        return {"summary": item.summary[language], "stakes": demo.stream(stakes)}

    return loader.page(
        f"community/demo/territories.yaml#{item.territory}",
        item,
        index,
        item.territory,
        create=lambda: factories.TerritoryPageFactory(
            parent=index,
            territory=territory,
            title=territory.name,
            slug=item.territory,
            **fields("fr"),
        ),
        english=lambda _page: {
            **fields("en"),
            "title": english_name.name if english_name else territory.name,
        },
    )


STEPS = [(28, build), (29, build_programmes), (31, build_impact), (32, build_territories)]
