"""The search page as a visitor uses it: one language, typed results, filters, pages,
suggestions, promotions and statistics, whatever is typed. Runs on SQLite and PostgreSQL."""

import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from home.factories import StandardPageFactory
from portal.factories import ImageFactory, translate
from tests.helpers import elements, text_of

pytestmark = pytest.mark.django_db


def add_page(parent, title, text, slug=None, summary="", image=None):
    return StandardPageFactory(
        parent=parent,
        title=title,
        slug=slug or title.lower().replace(" ", "-"),
        intro=text,
        summary=summary,
        body__0__paragraph__value=f"<p>{text}</p>",
        social_image=image,
    )


def result_titles(response):
    """Titles of the results listed (promotions excluded), in order."""
    html = text_of(response)
    if 'class="card-list search-results"' not in html:
        return []
    listing = html.split('class="card-list search-results"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]*)</a>', listing)


def search(client, q, language="fr", **params):
    return client.get(f"/{language}/search/", {"q": q, **params})


# Relevance cases every backend must pass (the live Elasticsearch suite runs them too):
# (language, title, text, what people type).
RELEVANCE_CASES = [
    (
        "fr",
        "Le décrochage en Thiérache",
        "Prévenir le décrochage des élèves.",
        ["decrochage", "DÉCROCHAGE", "Decrochage thierache", "eleves"],
    ),
    (
        "fr",
        "Ateliers de menuiserie",
        "Des menuisières et des apprentis motivés.",
        ["menuisière", "apprenti", "atelier motive"],
    ),
    (
        "en",
        "Carpentry workshops",
        "Carpenters teach apprentices about houses.",
        ["carpenter", "house", "workshop"],
    ),
]


@pytest.mark.parametrize("case", RELEVANCE_CASES, ids=lambda case: case[1])
def test_accents_plurals_and_inflections(client, home_fr, home_en, case):
    language, title, text, typed_words = case
    add_page(home_fr if language == "fr" else home_en, title, text)
    for typed in typed_words:
        assert title in result_titles(search(client, typed, language)), typed


def test_only_the_visitors_language_is_searched(client, home_fr, home_en):
    add_page(home_fr, "Zythologie en français", "Les zythologues.")
    add_page(home_en, "Zythology in English", "The zythologists.")
    assert result_titles(search(client, "zythologie", "fr")) == ["Zythologie en français"]
    assert result_titles(search(client, "zythology", "en")) == ["Zythology in English"]
    assert "Zythologie en français" not in result_titles(search(client, "zythologie", "en"))


def test_results_show_type_summary_and_image(client, home_fr):
    image = ImageFactory(title="Image de recherche", description="Un motif")
    add_page(
        home_fr,
        "Potager partagé",
        "Un potager solidaire.",
        summary="Résumé du potager.",
        image=image,
    )
    response = search(client, "potager")
    html = text_of(response)
    assert "Résumé du potager." in html
    assert '<span class="tag">Page</span>' in html
    assert elements(html, "img", alt="")  # the card image is decorative: the title says it


def test_types_are_labelled_and_filtered(client, stories, home_fr):
    project = Page.objects.filter(
        locale__language_code="fr", content_type__model="projectpage"
    ).first()
    if project is None:
        pytest.skip("the stories demo content has no project page in this database")
    word = project.title.split()[-1]
    add_page(home_fr, f"Page sur {word}", f"Une page ordinaire sur {word}.", slug="page-typee")
    html = text_of(search(client, word))
    assert "Projet" in html and "Pages" in html or "Autres pages" in html
    only_projects = result_titles(search(client, word, type="project"))
    assert project.title in only_projects
    assert f"Page sur {word}" not in only_projects
    only_pages = result_titles(search(client, word, type="page"))
    assert f"Page sur {word}" in only_pages and project.title not in only_pages


def test_results_are_paginated(client, home_fr):
    for number in range(12):
        add_page(home_fr, f"Xylophone numéro {number}", "Un xylophone.", slug=f"xylo-{number}")
    first = search(client, "xylophone")
    assert "12 résultats" in text_of(first)
    assert len(result_titles(first)) == 10
    second = search(client, "xylophone", page=2)
    assert len(result_titles(second)) == 2
    assert elements(text_of(second), "a", rel="prev")
    # A page number out of range shows the last page, garbage shows the first.
    assert len(result_titles(search(client, "xylophone", page=99))) == 2
    assert len(result_titles(search(client, "xylophone", page="x"))) == 10


def test_nothing_found_suggests_what_to_do(client, home_fr):
    html = text_of(search(client, "qwxzpt"))
    assert "Aucun résultat pour « qwxzpt »" in html or "Aucun résultat" in html
    assert "moins de mots" in html
    about = Page.objects.get(slug="a-propos", locale__language_code="fr")
    assert elements(html, "a", href=about.url)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "a",
        "é",
        "x" * 5000,
        "jeunes " * 800,
        '"décrochage',
        "'; DROP TABLE wagtailcore_page; --",
        "jeune* OR NOT (x) NEAR AND",
        "title:jeunes body:-x",
        "<script>alert('x')</script>",
        "<b>gras</b> &amp; &lt;",
        "😀🎉",
        "% _ \\ ' \" ` ~ ^ | & ! : *",
        "\x00\x1f",
    ],
)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_odd_input_never_errors_nor_echoes_markup(client, site, typed, language):
    response = search(client, typed, language)
    assert response.status_code == 200
    html = text_of(response)
    assert "<script>alert" not in html
    assert "<b>gras</b>" not in html


def test_header_search_box_on_every_page(client, home_fr, home_en):
    for page in (home_fr, home_en, Page.objects.get(slug="a-propos").specific):
        html = text_of(client.get(page.url))
        forms = elements(html, "form", role="search")
        assert forms and forms[0]["action"] == f"/{page.locale.language_code}/search/"
        assert elements(html, "input", name="q", type="search")


def test_editors_promotions_come_first(client, home_fr, home_en):
    fr_page = add_page(home_fr, "Devenir bénévole", "Rejoindre l'équipe.", slug="benevole")
    en_page = translate(fr_page, title="Volunteer", slug="volunteer")
    en_page.save_revision().publish()
    query = Query.get("Bénévolat")
    SearchPromotion.objects.create(query=query, page=fr_page, description="Notre appel.")
    html = text_of(search(client, "benevolat"))
    assert "Recommandé" in html and "Notre appel." in html
    assert elements(html, "a", href=fr_page.url)
    # A promoted French page is shown in English through its translation.
    assert elements(text_of(search(client, "benevolat", "en")), "a", href=en_page.url)


def test_results_are_not_kept_by_shared_caches(client, site):
    response = search(client, "jeunes")
    assert "private" in response["Cache-Control"]


def test_results_stay_out_of_search_engines_but_are_described(client, site):
    html = text_of(search(client, "jeunes"))
    assert elements(html, "meta", name="robots", content="noindex")
    description = elements(html, "meta", name="description")[0]["content"]
    assert description.startswith("Cherchez dans les défis")


def test_query_budget_does_not_grow_with_results(client, home_fr, django_assert_max_num_queries):
    image = ImageFactory(title="Image budget", description="Motif")
    for number in range(15):
        add_page(home_fr, f"Quinoa {number}", "Du quinoa.", slug=f"quinoa-{number}", image=image)
    search(client, "quinoa")  # renditions are generated once
    with django_assert_max_num_queries(12):
        response = search(client, "quinoa")
    assert len(result_titles(response)) == 10
    with django_assert_max_num_queries(12):
        search(client, "quinoa", page=2, type="page")


def test_a_search_asked_again_costs_one_query(
    client, home_fr, monkeypatch, django_assert_max_num_queries
):
    """Counts, ranked ids and cards of a search are cached under the index's version; the
    site, its settings, the locale and the filters' choices under the chrome's: a search
    asked again only reads the index's version."""
    from search import results

    monkeypatch.setattr(results.Statistics, "FLUSH_SECONDS", 10**9)  # no flush in between
    for number in range(3):
        add_page(home_fr, f"Sorgho {number}", "Du sorgho.", slug=f"sorgho-{number}")
    search(client, "sorgho")
    with django_assert_max_num_queries(1):
        response = search(client, "sorgho")
    assert len(result_titles(response)) == 3
    search(client, "sorgo")  # a typo: corrected, and the correction is cached too
    with django_assert_max_num_queries(1):
        assert len(result_titles(search(client, "sorgo"))) == 3


def test_a_correction_and_a_promotion_follow_their_changes(client, home_fr):
    assert not result_titles(search(client, "millets"))
    # A publish changes the index's version: the correction is looked up again.
    add_page(home_fr, "Millet du Nord", "Le millet pousse ici.", slug="millet")
    response = search(client, "milllet")
    assert result_titles(response) == ["Millet du Nord"]
    assert "Recommandé" not in text_of(response)
    # Promoted queries are cached, and forgotten when a promotion is saved or deleted.
    page = Page.objects.get(slug="millet")
    promotion = SearchPromotion.objects.create(
        query=Query.get("millet"), page=page, description="Notre millet."
    )
    assert "Notre millet." in text_of(search(client, "Millet"))
    promotion.delete()
    assert "Notre millet." not in text_of(search(client, "Millet"))


def test_filter_errors_are_tied_to_their_fields(client, site):
    html = text_of(search(client, "jeunes", date_from="2020-13-01", type="nope"))
    for name in ("date_from", "type"):
        tag = "input" if name == "date_from" else "select"
        (control,) = elements(html, tag, name=name)
        assert control["aria-invalid"] == "true"
        assert elements(html, "p", id=control["aria-describedby"])
    (box,) = elements(html, "input", name="q", id="id_q")
    assert box["type"] == "search" and box["value"] == "jeunes"
    assert 'type="text" name="q"' not in html
