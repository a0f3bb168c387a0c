"""The community demo: the news index and a few articles from the sources' facts (news.yaml),
the programmes and their projects (programmes.yaml), the FIJeM year-1 report (reports.yaml)
and the next Call & Care call for projects (calls.yaml), each with a PDF written from the
same facts; built after the stories and events (articles point at challenges, projects and
events). See portal/demo for how a load creates only what is missing."""

import datetime

from django.apps import apps
from wagtail.documents import get_document_model

from community import factories, models
from events.dates import today
from events.models import EventPage
from portal import demo
from portal.demo.facts import (
    Facts,
    Figure,
    Paragraphs,
    Slug,
    Text,
    TranslatedList,
    TranslatedSlug,
    one_of,
)
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


class ActionFacts(Facts):
    project: Slug | None = None
    carriers: str = ""
    title: Text
    text: Text
    results: TranslatedList


class QuoteFacts(Facts):
    quote: Text
    attribution: Text


class ReportFacts(Facts):
    slug: TranslatedSlug
    programme: Slug
    year: int
    period: str = ""
    published: datetime.date | None = None
    event: Slug | None = None
    title: Text
    summary: Text
    body: Paragraphs
    figures: list[Figure] = []
    actions: list[ActionFacts]
    quotes: list[QuoteFacts] = []


class Reports(Facts):
    reports: list[ReportFacts]


class StepFacts(Facts):
    """A date of the call's calendar: `in_days` from the first load, or an event's date."""

    in_days: int | None = None
    event: Slug | None = None
    label: Text


class FaqFacts(Facts):
    question: Text
    answer: Text


class CallFacts(Facts):
    slug: TranslatedSlug
    programme: Slug
    opens_in_days: int
    closes_in_days: int
    title: Text
    summary: Text
    eligibility: Paragraphs
    criteria: Paragraphs
    how_to_apply: Paragraphs
    body: Paragraphs
    steps: list[StepFacts] = []
    document: Text
    faq: list[FaqFacts] = []


class Calls(Facts):
    calls: list[CallFacts]


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
    "reports.yaml": Reports,
    "calls.yaml": Calls,
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


# Reports and calls -----------------------------------------------------------------------


def programme_pages():
    return {p.slug: p for p in models.ProgrammePage.objects.filter(locale=demo.locale("fr"))}


def demo_pdf(loader, key, facts, title, blocks, filename, heading=None):
    """A Wagtail document holding a PDF written from the facts, created once."""
    return loader.ensure(
        key,
        facts,
        find=lambda: get_document_model().objects.filter(title=title).first(),
        create=lambda: factories.pdf_document(title, blocks, filename=filename, heading=heading),
    )


def build_reports(loader, facts):
    programmes = programme_pages()
    fr = demo.locale("fr")
    projects = {p.slug: p for p in ProjectPage.objects.filter(locale=fr)}
    events = {e.slug: e for e in EventPage.objects.filter(locale=fr)}
    for item in facts["reports.yaml"].reports:
        build_report(loader, programmes.get(item.programme), item, projects, events)


def report_pdf_blocks(item):
    blocks = [("text", item.summary.fr)]
    blocks += [("text", paragraph) for paragraph in item.body["fr"]]
    blocks.append(("heading", "Chiffres clés"))
    blocks += [("text", f"{f.number.fr} {f.label.fr}") for f in item.figures]
    for action in item.actions:
        blocks.append(("heading", action.title.fr))
        if action.carriers:
            blocks.append(("text", f"Porté par : {action.carriers}"))
        blocks.append(("text", action.text.fr))
        blocks += [("text", f"- {result}") for result in action.results.fr]
    if item.quotes:
        blocks.append(("heading", "Avec leurs mots"))
        blocks += [("text", f"« {q.quote.fr} » ({q.attribution.fr})") for q in item.quotes]
    return blocks


def build_report(loader, programme, item, projects, events):
    key = f"community/{item.slug.fr}"
    if programme is None:
        return None
    title = item.title.fr
    document = demo_pdf(
        loader,
        f"community/demo/reports.yaml#{item.slug.fr} (pdf)",
        item,
        title,
        report_pdf_blocks(item),
        f"{item.slug.fr}.pdf",
    )

    def fields(language):
        quotes = [
            {
                "type": "quote",
                "id": demo.block_id(f"{key}/quotes", index),
                "value": {"quote": q.quote[language], "attribution": q.attribution[language]},
            }
            for index, q in enumerate(item.quotes)
        ]
        return {
            "title": item.title[language],
            "summary": item.summary[language],
            "body": demo.stream(demo.paragraph_blocks(key, item.body[language])),
            "figures": demo.stream(demo.figure_blocks(f"{key}/figures", item.figures, language)),
            "quotes": demo.stream(quotes),
        }

    def action(facts, language):
        return {
            "title": facts.title[language],
            "carriers": facts.carriers,
            "text": facts.text[language],
            "results": "\n".join(facts.results[language]),
        }

    def create():
        actions = [
            {**action(a, "fr"), "project": projects.get(a.project) if a.project else None}
            for a in item.actions
        ]
        return factories.ReportPageFactory(
            parent=programme,
            slug=item.slug.fr,
            year=item.year,
            period=item.period,
            published=item.published,
            event=events.get(item.event) if item.event else None,
            document=document,
            actions=actions,
            **fields("fr"),
        )

    def english(page):
        # Each French action is paired with the facts of the same title.
        by_title = {a.title.fr: a for a in item.actions}
        actions = []
        for row in page.actions.all():
            facts = by_title.get(row.title)
            values = action(facts, "en") if facts else {}
            actions.append(
                models.ReportAction(
                    translation_key=row.translation_key,
                    project_id=row.project_id,
                    **{**action_of(row), **values},
                )
            )
        return {**fields("en"), "slug": item.slug.en, "actions": actions}

    return loader.page(
        f"community/demo/reports.yaml#{item.slug.fr}",
        item,
        programme,
        item.slug.fr,
        create=create,
        english=english,
    )


def action_of(row):
    return {"title": row.title, "carriers": row.carriers, "text": row.text, "results": row.results}


def build_calls(loader, facts):
    programmes = programme_pages()
    fr = demo.locale("fr")
    events = {e.slug: e for e in EventPage.objects.filter(locale=fr)}
    day = today()
    for item in facts["calls.yaml"].calls:
        build_call(loader, programmes.get(item.programme), item, events, day)


def call_pdf_blocks(item, opens, closes):
    blocks = [("text", item.summary.fr)]
    blocks.append(("heading", "Calendrier"))
    blocks.append(
        ("text", f"Candidatures du {opens:%d/%m/%Y} au {closes:%d/%m/%Y} inclus, à minuit.")
    )
    for heading, paragraphs in (
        ("Qui peut candidater", item.eligibility),
        ("Critères", item.criteria),
        ("Comment candidater", item.how_to_apply),
    ):
        blocks.append(("heading", heading))
        blocks += [("text", paragraph) for paragraph in paragraphs["fr"]]
    blocks.append(("heading", "Questions fréquentes"))
    for entry in item.faq:
        blocks += [("text", entry.question.fr), ("text", entry.answer.fr)]
    return blocks


def build_call(loader, programme, item, events, day):
    key = f"community/{item.slug.fr}"
    if programme is None:
        return None
    opens = day + datetime.timedelta(days=item.opens_in_days)
    closes = day + datetime.timedelta(days=item.closes_in_days)
    title = item.title.fr.format(year=opens.year)
    document = demo_pdf(
        loader,
        f"community/demo/calls.yaml#{item.slug.fr} (pdf)",
        item,
        item.document.fr,
        call_pdf_blocks(item, opens, closes),
        f"reglement-{item.slug.fr}.pdf",
        heading=f"{title} : règlement",
    )

    def rich(paragraphs, language):
        return demo.paragraphs_html(paragraphs[language])

    def fields(language):
        faq = [
            {
                "type": "question",
                "id": demo.block_id(f"{key}/faq", index),
                "value": {
                    "question": entry.question[language],
                    "answer": demo.paragraphs_html([entry.answer[language]]),
                },
            }
            for index, entry in enumerate(item.faq)
        ]
        return {
            "title": item.title[language].format(year=opens.year),
            "summary": item.summary[language],
            "eligibility": rich(item.eligibility, language),
            "criteria": rich(item.criteria, language),
            "how_to_apply": rich(item.how_to_apply, language),
            "body": demo.stream(demo.paragraph_blocks(key, item.body[language])),
            "faq": demo.stream(faq),
        }

    def step_values(step):
        event = events.get(step.event) if step.event else None
        if event is None and step.in_days is None:
            return None  # an event an editor deleted: its date is unknown
        date = event.start_date if event else day + datetime.timedelta(days=step.in_days)
        return {"date": date, "event": event}

    def create():
        steps = []
        for step in item.steps:
            values = step_values(step)
            if values:
                steps.append({**values, "label": step.label.fr})
        return factories.CallForProjectsPageFactory(
            parent=programme,
            slug=item.slug.fr,
            opens_on=opens,
            closes_on=closes,
            steps=steps,
            documents=[document] if document else [],
            **fields("fr"),
        )

    def english(page):
        labels = {step.label.fr: step.label.en for step in item.steps}
        steps = [
            models.CallStep(
                translation_key=row.translation_key,
                date=row.date,
                event_id=row.event_id,
                label=labels.get(row.label, row.label),
            )
            for row in page.steps.all()
        ]
        documents = [
            models.CallDocument(
                translation_key=row.translation_key,
                document_id=row.document_id,
                title=item.document.en,
            )
            for row in page.documents.all()
        ]
        return {**fields("en"), "slug": item.slug.en, "steps": steps, "documents": documents}

    return loader.page(
        f"community/demo/calls.yaml#{item.slug.fr}",
        item,
        programme,
        item.slug.fr,
        create=create,
        english=english,
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


STEPS = [
    (28, build),
    (29, build_programmes),
    (29, build_reports),
    (29, build_calls),
    (31, build_impact),
    (32, build_territories),
]
