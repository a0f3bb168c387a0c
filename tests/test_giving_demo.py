"""The demo, as a visitor finds it on `make run`: the partners the sources name (drawn
marks, not their logos), the strip on both home pages, and every need the sources list."""

import pytest

from giving.models import Partner
from stories.models import ProjectNeed, ProjectPage
from tests.helpers import elements, text_of

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.mark.parametrize("url", ["/fr/", "/en/"])
def test_home_pages_show_the_partners_strip(client, demo, url):
    html = text_of(client.get(url))
    strip = html[html.index('class="partners-home') :]
    assert "Département du Nord" in strip and "Université de Lille" in strip


def test_partners_come_from_the_sources_with_drawn_marks(demo):
    names = set(Partner.objects.filter(locale__language_code="fr").values_list("name", flat=True))
    assert {"Département du Nord", "Métropole européenne de Lille", "SNCF"} <= names
    for partner in Partner.objects.select_related("logo"):
        assert partner.logo.title.startswith("Marque de démonstration")


def test_every_call_and_care_project_carries_the_needs_its_sources_list(demo):
    projects = ProjectPage.objects.filter(locale__language_code="fr", programme="call-and-care")
    without = [p.slug for p in projects if not p.needs.exists()]
    # The sources list no need for the Territorial Action Fund (Break Poverty Foundation).
    assert without == ["dotation-action-territoriale-cambresis"]
    assert ProjectNeed.objects.filter(locale__language_code="en").count() == (
        ProjectNeed.objects.filter(locale__language_code="fr").count()
    )


def test_the_help_page_gathers_them(client, demo):
    html = text_of(client.get("/fr/comment-aider/", {"kind": "company-visits"}))
    assert "MAJ" in html and "Défilé" in html
    assert elements(html, "a", class_="button")
