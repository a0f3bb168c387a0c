"""Partners (their page grouped by kind, the home page's strip, "Supported by" on the
projects they support, "Become a partner") and the needs gathered on "How you can help"
(filters, "I can help", met needs leaving the list in every language)."""

import datetime
from urllib.parse import parse_qs, urlparse

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from giving.factories import PartnerFactory
from giving.models import PartnerKind
from portal.factories import translate
from stories.factories import create_projects
from tests.giving_site import build_giving
from tests.helpers import elements, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


@pytest.fixture(scope="module")
def _giving(_stories, django_db_blocker):
    with django_db_blocker.unblock():
        return build_giving(_stories)


@pytest.fixture
def giving(_giving, db):
    return _giving


def headings(html, level="h2"):
    return [line.split(">", 1)[1].split("<", 1)[0] for line in html.split(f"<{level}")[1:]]


# Partners ------------------------------------------------------------------------------


def test_partners_page_groups_partners_by_kind_in_both_languages(client, giving):
    french = text_of(client.get(giving.partners_fr.url))
    assert headings(french)[:2] == ["Acteurs publics", "Universités et écoles"]
    assert "Département du Nord" in french and "Partenaire depuis 2021" in french
    english = text_of(client.get(giving.partners_en.url))
    assert headings(english)[:2] == ["Public bodies", "Universities and schools"]
    assert "Entrusted €1 million to Call &amp; Care." in english


def test_become_a_partner_opens_the_contact_form_with_the_topic_chosen(client, giving):
    for language, topic in (("fr", "Un partenariat"), ("en", "A partnership")):
        html = text_of(client.get(getattr(giving, f"partners_{language}").url))
        link = next(a for a in elements(html, "a") if "?topic=" in a.get("href", ""))
        assert parse_qs(urlparse(link["href"]).query)["topic"] == [topic]
        form = text_of(client.get(link["href"]))
        assert elements(form, "option", value=topic)[0].keys() >= {"selected"}


def test_projects_show_who_supports_them(client, giving):
    html = text_of(client.get(giving.passe_fr.url))
    assert "Soutenu par" in html and "Département du Nord" in html
    english = text_of(client.get(giving.passe_en.url))
    assert "Supported by" in english and "Département du Nord" in english
    assert "Soutenu par" not in text_of(client.get(giving.mobile_fr.url))


def test_a_new_partner_shows_at_once_on_cached_pages(client, giving):
    client.get(giving.mobile_fr.url)  # cached fragments
    client.get(giving.home_fr.url)
    PartnerFactory(name="Fondation Exemple", projects=[giving.mobile_fr])
    assert "Fondation Exemple" in text_of(client.get(giving.mobile_fr.url))
    assert "Fondation Exemple" in text_of(client.get(giving.home_fr.url))


def test_home_page_shows_the_partners_strip_in_each_language(client, giving):
    for language in ("fr", "en"):
        html = text_of(client.get(getattr(giving, f"home_{language}").url))
        strip = html[html.index('class="partners-home') :]
        assert "Université de Lille" in strip
        assert elements(strip, "a", href=getattr(giving, f"partners_{language}").url)


# Needs, gathered -----------------------------------------------------------------------


def test_help_page_lists_every_open_need_with_its_i_can_help_link(client, giving):
    html = text_of(client.get(giving.help_fr.url))
    assert "Des entreprises pour accueillir des jeunes en stage." in html
    assert "Des salariés pour parrainer les jeunes." in html  # the other project's need
    links = [a["href"] for a in elements(html, "a", class_="button")]
    assert any(link.startswith(giving.contact_fr.url + "?project=passe-decisive") for link in links)
    assert "3 besoins ouverts" in html


def test_help_page_filters_by_kind_and_territory_in_the_address(client, giving):
    html = text_of(client.get(giving.help_fr.url, {"kind": "job-offers"}))
    assert "pour la fin du parcours" in html
    assert "Des salariés pour parrainer les jeunes." not in html
    html = text_of(client.get(giving.help_fr.url, {"territory": "littoral"}))
    assert "Des salariés pour parrainer les jeunes." in html
    assert "pour la fin du parcours" not in html
    english = text_of(client.get(giving.help_en.url, {"territory": "littoral"}))
    assert "1 open need" in english


@pytest.mark.parametrize(
    "query", [{"kind": "x" * 300}, {"territory": "\x00"}, {"page": "9" * 30}, {"kind": ["a", "b"]}]
)
def test_nonsense_filters_are_ignored(client, giving, query):
    response = client.get(giving.help_fr.url, query)
    assert response.status_code in (200, 404)


def test_a_met_need_leaves_the_list_and_shows_as_met_in_every_language(client, giving):
    page = giving.passe_fr
    needs = list(page.needs.all())
    for need in needs:
        if need.kind == "job-offers":
            need.met_on = datetime.date(2026, 11, 3)
    page.needs = needs
    page.save_revision().publish()  # as an editor does; the English page is not synced
    for language in ("fr", "en"):
        listing = text_of(client.get(getattr(giving, f"help_{language}").url))
        assert "pour la fin du parcours" not in listing
        project = text_of(client.get(getattr(giving, f"passe_{language}").url))
        met = project[project.index('class="needs needs--met"') :]
        assert "pour la fin du parcours" in met
    assert "novembre 2026" in text_of(client.get(giving.passe_fr.url))


def test_help_page_budget_does_not_grow_with_needs(client, giving):
    def cost():
        client.get(giving.help_fr.url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(giving.help_fr.url, {"kind": "mentors"}).status_code == 200
        return len(queries)

    before = cost()
    create_projects(giving.projects_fr, 40, territories=[giving.mel_fr])
    assert cost() == before
    assert before <= 16


def test_partners_pages_budget_does_not_grow_with_partners(client, giving):
    def cost(url):
        cache.clear()
        client.get(url)  # per-process caches (site root paths, settings)
        cache.clear()  # the partners' fragments too: count what building them costs
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    urls = (giving.partners_fr.url, giving.home_fr.url, giving.passe_fr.url)
    before = [cost(url) for url in urls]
    for number in range(30):
        partner = PartnerFactory(
            name=f"Fondation {number}", kind=PartnerKind.FOUNDATION, projects=[giving.passe_fr]
        )
        translate(partner)
    assert [cost(url) for url in urls] == before
