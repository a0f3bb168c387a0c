"""Challenges, projects and testimonials as a visitor reads them, in French and English."""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.core.cache import cache

from home.models import FeaturedChallenge, FeaturedProject, FeaturedTestimonial
from portal.factories import ImageFactory, translate
from stories import models as stories
from stories.factories import (
    ChallengePageFactory,
    ProjectPageFactory,
    TerritoryFactory,
    TestimonialPageFactory,
    create_projects,
)
from tests.conftest import page_by_slug
from tests.helpers import elements, text_of

pytestmark = pytest.mark.django_db

FIGURE = {
    "number": "2 873",
    "unit": "",
    "label": "personnes accompagnées",
    "source": "Call & Care, 2021",
}


@pytest.fixture(scope="module")
def _storytelling(_stories, django_db_blocker):
    """The small site's stories, and what these tests look at: the home page's figures,
    featured pages and call; more territories, challenges and projects (13 in the MEL, more
    than a page); testimonials with and without consent to show the portrait."""
    site = _stories
    with django_db_blocker.unblock():
        territory = {}
        for slug, name, name_en in (
            ("douaisis", "Douaisis", "Douaisis"),
            ("valenciennois-denain", "Valenciennois-Denain", "Valenciennois-Denain"),
        ):
            territory[slug] = TerritoryFactory(name=name, slug=slug)
            translate(territory[slug], name=name_en)
        mel = site.mel_fr
        challenges = site.challenges_fr
        parents = ChallengePageFactory(
            parent=challenges, title="Soutenir les parents", slug="support-parents"
        )
        housing = ChallengePageFactory(
            parent=challenges, title="Sécuriser le logement", slug="secure-housing"
        )
        for challenge, title in ((parents, "Supporting parents"), (housing, "Secure housing")):
            translate(challenge, title=title)
        projects = site.projects_fr
        tous_unis = ProjectPageFactory(
            parent=projects,
            title="Tous unis pour la réussite de l'élève",
            slug="tous-unis-pour-la-reussite-de-l-eleve",
            organisation="Citéo",
            support="spreading",
            territories=[mel],
            challenges=[parents],
        )
        douai = ProjectPageFactory(
            parent=projects,
            title="Équipe mobile du Douaisis",
            slug="equipe-mobile-du-douaisis",
            territories=[territory["douaisis"]],
        )
        appc = ProjectPageFactory(
            parent=projects,
            title="APPC Lille Sud",
            slug="appc-lille-sud",
            territories=[mel],
        )
        for page in (tous_unis, douai, appc):
            translate(page)
        create_projects(projects, 10, territories=[mel], prefix="mel")
        testimonials = site.testimonials_fr
        yacine = site.yacine_fr
        yacine.portrait = ImageFactory(
            title="Portrait de Yacine",
            description="Portrait illustré de Yacine, dessiné en formes colorées (aucune photo)",
            file__filename="portrait-yacine.jpg",
        )
        yacine.portrait_consent = True
        yacine.save_revision().publish()
        translate(yacine)
        guillaume = TestimonialPageFactory(
            parent=testimonials,
            slug="guillaume",
            first_name="Guillaume",
            age=16,
            project=appc,
            territory=mel,
            portrait=ImageFactory(file__filename="portrait-guillaume.jpg"),
            portrait_consent=False,
        )
        yanis = TestimonialPageFactory(
            parent=testimonials,
            slug="yanis",
            first_name="Yanis",
            age=15,
            territory=territory["valenciennois-denain"],
        )
        for page in (guillaume, yanis):
            translate(page)
        home = site.home_fr
        FeaturedChallenge.objects.create(home=home, page=site.drop_out_fr)
        FeaturedProject.objects.create(home=home, page=site.passe_fr)
        FeaturedTestimonial.objects.create(home=home, page=site.yacine_fr)
        home.save_revision().publish()
        translate(home)  # the English home page features the same pages
        for language, number, title in (
            ("fr", "2 873", "Donnez de l’élan aux projets"),
            ("en", "2,873", "Give the projects momentum"),
        ):
            home = getattr(site, f"home_{language}")
            home.impact_figures = [("figure", {**FIGURE, "number": number})]
            home.fundraising_title = title
            home.save_revision().publish()
    return site


@pytest.fixture
def home(_storytelling, db):
    """The French home page of the site above."""
    return _storytelling.home_fr


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def hrefs(html):
    return {a.get("href") for a in elements(html, "a")}


@pytest.mark.parametrize(
    "url, words",
    [
        ("/fr/defis/", ["Nos défis", "Prévenir le décrochage scolaire et universitaire"]),
        ("/en/challenges/", ["Our challenges", "Preventing school and university drop-out"]),
        ("/fr/projets/", ["Les projets soutenus", "15 projets"]),
        ("/en/projects/", ["Supported projects", "5 projects"]),
        ("/fr/temoignages/", ["Témoignages", "Yacine"]),
        ("/en/testimonials/", ["Testimonials", "Yacine"]),
    ],
)
def test_index_pages_list_the_stories(client, home, url, words):
    html = text_of(client.get(url))
    for word in words:
        assert word in html
    assert len(elements(html, "h1")) == 1


def test_home_page_tells_the_story_at_a_glance(client, home):
    html = text_of(client.get("/fr/"))
    assert "2 873" in html and "personnes accompagnées" in html
    assert "/fr/defis/prevent-drop-out/" in hrefs(html)
    assert "/fr/projets/passe-decisive/" in hrefs(html)
    assert "/fr/temoignages/yacine/" in hrefs(html)
    assert "Donnez de l’élan aux projets" in html
    english = text_of(client.get("/en/"))
    assert "2,873" in english and "Give the projects momentum" in english
    assert "/en/challenges/prevent-drop-out/" in hrefs(english)
    assert "/en/testimonials/yacine/" in hrefs(english)


def test_home_falls_back_to_the_latest_when_nothing_is_featured(client, home):
    home.featured_projects.all().delete()
    latest = stories.ProjectPage.objects.live().filter(locale=home.locale)
    latest = latest.order_by("-first_published_at")
    html = text_of(client.get("/fr/"))
    assert f"/fr/projets/{latest.first().slug}/" in hrefs(html)


def test_pages_link_what_belongs_together(client, home):
    challenge = text_of(client.get("/en/challenges/training-and-employment/"))
    assert "/en/projects/passe-decisive/" in hrefs(challenge)

    project = text_of(client.get("/en/projects/passe-decisive/"))
    assert "Sport dans la Ville" in project
    assert "/en/challenges/training-and-employment/" in hrefs(project)
    assert "/en/testimonials/yacine/" in hrefs(project)
    assert "/en/projects/?territory=metropole-lilloise" in hrefs(project)
    assert "Lille metropolitan area" in project
    assert "Other projects in the same territory" in project
    assert "Internship or immersion hosts" in project

    testimonial = text_of(client.get("/en/testimonials/yacine/"))
    assert "/en/projects/passe-decisive/" in hrefs(testimonial)
    assert "Lille metropolitan area" in testimonial


def test_projects_filter_by_territory_challenge_and_support(client, home):
    html = text_of(client.get("/fr/projets/?territory=douaisis"))
    assert "/fr/projets/equipe-mobile-du-douaisis/" in hrefs(html)
    assert "/fr/projets/passe-decisive/" not in hrefs(html)
    selected = elements(html, "option", value="douaisis")
    assert "selected" in selected[0]

    combined = text_of(
        client.get(
            "/en/projects/?territory=metropole-lilloise&challenge=support-parents&support=spreading"
        )
    )
    assert "/en/projects/tous-unis-pour-la-reussite-de-l-eleve/" in hrefs(combined)
    assert "/en/projects/passe-decisive/" not in hrefs(combined)
    canonical = elements(combined, "link", rel="canonical")[0]["href"]
    assert "territory=metropole-lilloise" in canonical and "support=spreading" in canonical

    nothing = text_of(
        client.get("/fr/projets/?territory=littoral&support=spreading&challenge=secure-housing")
    )
    assert "Aucun projet ne correspond" in nothing or "No project matches" in nothing


def test_project_pages_paginate_and_keep_the_filters(client, home):
    html = text_of(client.get("/fr/projets/?territory=metropole-lilloise"))
    pages = [a["href"] for a in elements(html, "a") if "page=" in (a.get("href") or "")]
    assert pages, "the MEL has more projects than fit on one page"
    query = parse_qs(urlparse(pages[0]).query)
    assert query["territory"] == ["metropole-lilloise"]
    second = text_of(client.get(f"/fr/projets/{pages[0]}"))
    assert elements(second, "span", aria_current="page")


def test_testimonials_filter_by_territory(client, home):
    html = text_of(client.get("/fr/temoignages/?territory=valenciennois-denain"))
    assert "/fr/temoignages/yanis/" in hrefs(html)
    assert "/fr/temoignages/yacine/" not in hrefs(html)


def test_portrait_is_never_shown_without_consent(client, home):
    guillaume = page_by_slug("guillaume", "fr")
    assert guillaume.portrait and not guillaume.portrait_consent
    for url in ("/fr/temoignages/guillaume/", "/fr/temoignages/", "/fr/projets/appc-lille-sud/"):
        html = text_of(client.get(url))
        assert "portrait-guillaume" not in html, url
    yacine = text_of(client.get("/fr/temoignages/yacine/"))
    assert "portrait-yacine" in yacine
    assert elements(
        yacine, "img", alt="Portrait illustré de Yacine, dessiné en formes colorées (aucune photo)"
    )


def test_images_are_responsive(client, home):
    html = text_of(client.get("/fr/projets/"))
    sources = elements(html, "source")
    assert any(s.get("type") in {"image/avif", "image/webp"} for s in sources)
    images = elements(html, "img")
    lazy = [img for img in images if img.get("loading") == "lazy"]
    assert lazy and all(img.get("width") and img.get("height") for img in lazy)


def help_links(html):
    """The "I can help" buttons: to the contact form, or an email without one."""
    buttons = elements(html, "a", class_="button")
    return [a["href"] for a in buttons if "need=" in a["href"] or a["href"].startswith("mailto:")]


def test_i_can_help_opens_the_contact_form_with_the_project_and_need(client, home):
    project = page_by_slug("passe-decisive", "fr")
    html = text_of(client.get(project.url))
    links = help_links(html)
    assert len(links) == project.needs.count() == 2
    url = urlparse(links[0])
    assert url.path == "/fr/contact/"
    query = parse_qs(url.query)
    assert query["project"] == ["passe-decisive"]
    assert int(query["need"][0]) in set(project.needs.values_list("pk", flat=True))


def test_i_can_help_writes_an_email_when_there_is_no_contact_page(client, home):
    from home.models import ContactPage

    ContactPage.objects.filter(locale__language_code="fr").first().unpublish()
    html = text_of(client.get("/fr/projets/passe-decisive/"))
    links = help_links(html)
    assert len(links) == 2 and all(link.startswith("mailto:") for link in links)
    subject = parse_qs(urlparse(links[0]).query)["subject"][0]
    assert "Passe décisive" in subject and "stage" in subject.lower()
    assert links[0].startswith("mailto:contact@hautslesjeunes.org?")


def test_feed_lists_new_projects_and_testimonials_per_language(client, home):
    index = text_of(client.get("/fr/projets/"))
    feed_link = elements(index, "link", rel="alternate", type="application/atom+xml")
    assert feed_link and feed_link[0]["href"] == "/fr/feeds/stories/"
    feed = client.get("/en/feeds/stories/")
    assert feed["Content-Type"].startswith("application/atom+xml")
    body = feed.content.decode()
    assert "/en/projects/" in body and "/en/testimonials/" in body
    assert "/fr/projets/" not in body


def test_unpublished_testimonial_disappears_from_its_project(client, home):
    yacine = stories.TestimonialPage.objects.get(slug="yacine", locale__language_code="fr")
    yacine.unpublish()
    html = text_of(client.get("/fr/projets/passe-decisive/"))
    assert "/fr/temoignages/yacine/" not in hrefs(html)


def test_a_testimonial_gives_the_words_room_and_a_monogram_without_consent(client, home):
    html = text_of(client.get("/fr/temoignages/guillaume/"))
    monograms = re.findall(r'<span class="monogram[^"]*" aria-hidden="true">([^<]*)</span>', html)
    assert monograms == ["G"]
    assert elements(html, "blockquote", class_="testimonial__quote")
    helps = [a["href"] for a in elements(html, "a", class_="button")]
    assert "/fr/projets/appc-lille-sud/#needs-heading" in helps
    yacine = text_of(client.get("/fr/temoignages/yacine/"))
    assert 'class="monogram' not in yacine and "portrait-yacine" in yacine


def test_a_story_opens_on_its_title_with_the_facts_aside_before_the_story(client, home):
    html = text_of(client.get("/fr/projets/passe-decisive/"))
    assert len(elements(html, "aside", class_="story-aside")) == 1
    assert html.index("<h1>") < html.index('class="story-aside"')
    assert html.index('class="story-aside"') < html.index('<dl class="facts">')
    assert html.index('<dl class="facts">') < html.index('class="story-main"')
