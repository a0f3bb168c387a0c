"""The factories build valid, published pages that render, in both languages."""

import pytest
from wagtail.models import Page, Site

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from home.factories import ContactPageFactory, HomePageFactory, StandardPageFactory
from portal.factories import ImageFactory, SiteFactory, SiteSettingsFactory, locales, translate
from stories.factories import (
    ChallengeIndexPageFactory,
    ChallengePageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TerritoryFactory,
    TestimonialIndexPageFactory,
    TestimonialPageFactory,
)
from tests.helpers import text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    # From an empty tree with Wagtail's placeholder site root, as after `migrate`.
    Page.objects.filter(depth=2).delete()
    placeholder = Page(title="Welcome", slug="home")
    Page.get_first_root_node().add_child(instance=placeholder)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": placeholder, "hostname": "localhost"}
    )
    locales()
    home = HomePageFactory()
    SiteFactory(root_page=home)
    SiteSettingsFactory()
    return home


def test_home_becomes_the_default_site_and_the_placeholder_goes(client, home):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home.pk
    assert list(Page.objects.filter(depth=2).specific()) == [home]
    assert client.get("/fr/").status_code == 200


def test_story_pages_render_with_their_blocks_and_links(client, home):
    image = ImageFactory()
    territory = TerritoryFactory(name="Littoral")
    challenges = ChallengeIndexPageFactory(parent=home)
    challenge = ChallengePageFactory(
        parent=challenges,
        title="Sécuriser le logement",
        image=image,
        story__0__heading__text="Pourquoi ce défi",
        story__1="paragraph",
        story__2__table__headers__0="Ville",
        story__2__table__rows__0__cells__0="Calais",
        story__3="image",
        figures__0="figure",
    )
    projects = ProjectIndexPageFactory(parent=home)
    project = ProjectPageFactory(
        parent=projects,
        title="Un toit pour réussir",
        territories=[territory],
        challenges=[challenge],
        needs=[("premises", "Un local à Calais.")],
    )
    testimonials = TestimonialIndexPageFactory(parent=home)
    TestimonialPageFactory(parent=testimonials, first_name="Inès", age=20, project=project)

    page = text_of(client.get(challenge.url))
    assert "Pourquoi ce défi" in page and "Calais" in page and "Un toit pour réussir" in page
    assert "<img" in page  # the image block has a rendition
    page = text_of(client.get(project.url))
    assert "Littoral" in page and "Un local à Calais." in page and "Inès" in page
    assert project.live and project.first_published_at and project.latest_revision

    # The English project links to the English territory (wagtail-localize translates it).
    translate(home, slug="home")
    for page in (projects, challenges, challenge):
        translate(page)
    project_en = translate(project, title="A roof to succeed")
    territory_en = project_en.territory_links.get().territory
    assert territory_en.locale.language_code == "en" and territory_en.slug == "littoral"
    page = text_of(client.get(project_en.url))
    assert "A roof to succeed" in page and 'lang="en"' in page


def test_translation_is_published_with_the_english_texts(client, home):
    home_en = translate(home, hero_title="Together for young people", slug="home")
    standard = StandardPageFactory(parent=home, title="À propos", slug="a-propos")
    standard_en = translate(standard, title="About", slug="about")
    assert client.get("/en/").status_code == 200
    response = client.get("/en/about/")
    assert "About" in text_of(response)
    assert home_en.live and home_en.hero_title == "Together for young people"
    assert standard_en.locale.language_code == "en" and standard_en.url == "/en/about/"
    assert translate(standard) == standard_en  # the existing translation


def test_contact_page_has_the_usual_form(client, home):
    contact = ContactPageFactory(parent=home)
    page = text_of(client.get(contact.url))
    assert "Adresse e-mail" in page and "Sujet" in page


def test_events_and_registrations(client, home):
    calendar = EventIndexPageFactory(parent=home)
    event = EventPageFactory(
        parent=calendar, title="Soirée de soutien", registration_open=True, seat_limit=10
    )
    RegistrationFactory(event=event, seats=3)
    assert event.seats_left() == 7
    assert "Soirée de soutien" in text_of(client.get(calendar.url))
    assert client.get(event.url).status_code == 200
