"""Impact and territories on top of the small site of tests/sites.py: results for its two
projects (in French and English, as a translation has them), the impact page, the territory
index and a page for each of its two territories, and a third territory without a page or a
shape on the map."""

from community.factories import (
    ImpactPageFactory,
    TerritoryIndexPageFactory,
    TerritoryPageFactory,
)
from stories.factories import TerritoryFactory
from stories.models import ProjectFigure
from tests.sites import both

# (project, measure, value, year, French source, English source)
RESULTS = [
    ("passe", "young-people", 30, 2024, "Call & Care, bilan 2024", "Call & Care, 2024 review"),
    ("passe", "workshops", 12, 2025, "Call & Care, bilan 2025", "Call & Care, 2025 review"),
    ("mobile", "young-people", 45, 2025, "Mission locale, bilan", "Mission locale, review"),
]


def add_result(site, project, measure, value, year, source_fr, source_en):
    """A result on the French project and its English translation (same translation key)."""
    french = ProjectFigure.objects.create(
        page=getattr(site, f"{project}_fr"),
        locale=getattr(site, f"{project}_fr").locale,
        measure=measure,
        value=value,
        year=year,
        source=source_fr,
    )
    english = getattr(site, f"{project}_en")
    ProjectFigure.objects.create(
        page=english,
        locale=english.locale,
        translation_key=french.translation_key,
        measure=measure,
        value=value,
        year=year,
        source=source_en,
    )
    return french


def build_territories(site):
    for result in RESULTS:
        add_result(site, *result)
    impact = ImpactPageFactory(parent=site.home_fr)
    both(site, "impact", impact, title="Our impact", slug="impact")
    index = TerritoryIndexPageFactory(parent=site.home_fr)
    both(site, "territories", index, title="Territories", slug="territories")
    for key, territory, english in (
        ("mel_page", site.mel_fr, "Lille metropolitan area"),
        ("littoral_page", site.littoral_fr, "Littoral (coast)"),
    ):
        page = TerritoryPageFactory(parent=index, territory=territory, summary="Un territoire.")
        both(site, key, page, title=english, slug=territory.slug, summary="A territory.")
    pevele = TerritoryFactory(name="Pévèle", slug="pevele")
    both(site, "pevele", pevele, name="Pévèle")
    return site
