"""The news on top of the small site of tests/sites.py (with its stories and calendar): the
news index and three articles,
the programmes (Call & Care with two projects, FIJeM without), in French and English;
`build_reports_calls` adds FIJeM's year-1 report (two actions, a PDF, presented at the
review of the calendar) and an open Call & Care call for projects."""

import datetime

from community.factories import (
    ArticlePageFactory,
    CallForProjectsPageFactory,
    NewsIndexPageFactory,
    ProgrammeIndexPageFactory,
    ProgrammePageFactory,
    ReportPageFactory,
    pdf_document,
)
from tests.sites import both


def build_news(site):
    news = NewsIndexPageFactory(parent=site.home_fr)
    both(site, "news", news, title="News", slug="news", intro="The life of the community.")
    launch = ArticlePageFactory(
        parent=news,
        title="Hauts les jeunes est lancé",
        slug="lancement-de-hauts-les-jeunes",
        date=datetime.date(2024, 3, 21),
        topic="community",
        summary="La communauté est née à Marcq-en-Barœul.",
        territories=[site.mel_fr, site.littoral_fr],
        related=[site.drop_out_fr],
    )
    both(
        site,
        "launch",
        launch,
        title="Hauts les jeunes is launched",
        slug="hauts-les-jeunes-is-launched",
        summary="The community was born in Marcq-en-Barœul.",
    )
    review = ArticlePageFactory(
        parent=news,
        title="Le FIJeM fait le bilan de sa première année",
        slug="bilan-fijem",
        date=datetime.date(2025, 6, 24),
        topic="programmes",
        territories=[site.mel_fr],
        related=[site.review_fr, site.passe_fr],
    )
    both(site, "fijem", review, title="The FIJeM reviews its first year", slug="fijem-review")
    fse = ArticlePageFactory(
        parent=news,
        title="Appel à projets FSE+",
        slug="appel-fse",
        date=datetime.date(2024, 5, 17),
        topic="calls",
    )
    both(site, "fse", fse, title="FSE+ call for projects", slug="fse-call")
    return site


def build_programmes(site):
    programmes = ProgrammeIndexPageFactory(parent=site.home_fr)
    both(site, "programmes", programmes, title="The programmes", slug="programmes")
    call_and_care = ProgrammePageFactory(
        parent=programmes,
        title="Call & Care",
        slug="call-and-care",
        funder="Département du Nord",
        call_title="Expérimentons des réponses nouvelles face au décrochage",
        launched=datetime.date(2021, 5, 1),
        figures__0__figure__number="29",
        figures__0__figure__label="candidatures",
        projects=[site.passe_fr, site.mobile_fr],
    )
    both(site, "call_and_care", call_and_care, title="Call & Care", slug="call-and-care")
    fijem = ProgrammePageFactory(parent=programmes, title="FIJeM", slug="fijem")
    both(site, "fijem_programme", fijem, title="FIJeM", slug="fijem")
    return site


def build_reports_calls(site):
    """After build_programmes, on a site with its calendar (build_calendar)."""
    document = site.add(
        "report_pdf",
        pdf_document(
            "Bilan de la première année du FIJeM",
            [("heading", "Pair-à-pair contre le harcèlement"), ("text", "134 ateliers.")],
            filename="bilan-fijem-2024-2025.pdf",
        ),
    )
    report = ReportPageFactory(
        parent=site.fijem_programme_fr,
        title="Bilan de la première année",
        slug="bilan-2024-2025",
        year=2024,
        period="2024-2025",
        event=site.review_fr,
        document=document,
        figures__0__figure__number="134",
        figures__0__figure__label="ateliers ludiques contre le harcèlement",
        quotes__0__quote__quote="Les élèves ambassadeurs ont porté le projet.",
        quotes__0__quote__attribution="Une animatrice",
        actions=[
            {
                "title": "Passe décisive, la première action",
                "project": site.passe_fr,
                "carriers": "Sport dans la Ville",
                "text": "Un parcours sur mesure.",
                "results": "30 jeunes accompagnés\n12 en formation",
            },
            {
                "title": "L'équipe mobile",
                "project": site.mobile_fr,
                "results": "Des jeunes « invisibles » rencontrés",
            },
        ],
    )
    both(
        site,
        "report",
        report,
        title="First-year review",
        slug="review-2024-2025",
        summary="The review of a year of the programme.",
    )
    rules = site.add(
        "rules_pdf", pdf_document("Règlement de l'appel à projets", filename="reglement.pdf")
    )
    call = CallForProjectsPageFactory(
        parent=site.call_and_care_fr,
        title="Appel à projets 2027",
        slug="appel-a-projets-2027",
        documents=[rules],
        steps=[
            {
                "date": site.evening_fr.start_date,
                "label": "Annonce des lauréats",
                "event": site.evening_fr,
            },
            {"date": datetime.date(2026, 1, 5), "label": "Ouverture des candidatures"},
        ],
        faq__0__question__question="Qui peut candidater ?",
        faq__0__question__answer__value="<p>Les associations du Nord.</p>",
    )
    both(site, "call", call, title="2027 call for projects", slug="call-for-projects-2027")
    return site
