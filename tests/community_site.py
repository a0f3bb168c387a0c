"""The news on top of the small site of tests/sites.py (with its stories and calendar): the
news index and three articles,
the programmes (Call & Care with two projects, FIJeM without), in French and English."""

import datetime

from community.factories import (
    ArticlePageFactory,
    NewsIndexPageFactory,
    ProgrammeIndexPageFactory,
    ProgrammePageFactory,
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
