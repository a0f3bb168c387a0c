"""A small two-language site built with the factories, for the tests.

`build_site()` makes the shell (home, about, contact, settings) in French and English;
`build_stories()` and `build_calendar()` add a few challenges, projects, testimonials and
events. Names and slugs follow the demo's, so a test reads like the site it describes.
The result is a `SmallSite`: it keeps primary keys and reads fresh objects on each access,
so a test that changes a page in memory does not leak into the next one.
"""

import datetime

from django.core.cache import cache
from wagtail.models import Page

from events.choices import EventKind, Precision
from events.dates import today
from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import ContactPageFactory, HomePageFactory, StandardPageFactory
from portal.factories import (
    ImageFactory,
    SiteFactory,
    SiteSettingsFactory,
    locales,
    translate,
)
from stories.factories import (
    ChallengeIndexPageFactory,
    ChallengePageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TerritoryFactory,
    TestimonialIndexPageFactory,
    TestimonialPageFactory,
)

CONTACT_EMAIL = "contact@hautslesjeunes.org"

# English labels of the contact form, in the order of home.factories.CONTACT_FIELDS.
CONTACT_FIELDS_EN = (
    ("Name", "", ""),
    ("Email address", "To answer you, nothing else.", ""),
    ("Organisation", "", ""),
    ("Topic", "", "A question\nA partnership\nI can help a project\nPress\nOther"),
    ("Message", "", ""),
    (
        "I accept the privacy notice",
        "Your message and contact details are used only to answer you.",
        "",
    ),
)


class SmallSite:
    """Named objects of the small site, read again from the database on each access."""

    def __init__(self):
        self._objects = {}

    def add(self, name, instance):
        self._objects[name] = (type(instance), instance.pk)
        return instance

    def __getattr__(self, name):
        try:
            model, pk = self.__dict__["_objects"][name]
        except KeyError:
            raise AttributeError(name) from None
        instance = model.objects.get(pk=pk)
        return instance.specific if isinstance(instance, Page) else instance

    def names(self):
        return list(self._objects)


def both(site, key, french, **english):
    """Record a French object and its English translation as `<key>_fr` and `<key>_en`."""
    site.add(f"{key}_fr", french)
    site.add(f"{key}_en", translate(french, **english))
    return french


def build_site():
    """Home, about and contact pages in both languages, the default site and its settings."""
    cache.clear()
    locales()
    site = SmallSite()
    home = HomePageFactory(
        hero_title="Ensemble pour les jeunes des Hauts-de-France",
        body__0__paragraph__value="<p>Hauts les jeunes réunit associations et entreprises.</p>",
    )
    SiteFactory(root_page=home)
    SiteSettingsFactory(contact_email=CONTACT_EMAIL)
    both(site, "home", home, slug="home", title="Home", hero_title="Together for young people")
    about = StandardPageFactory(
        parent=home,
        title="À propos",
        slug="a-propos",
        show_in_menus=True,
        intro="Qui nous sommes.",
        body__0__heading__text="Nos objectifs",
        body__1__paragraph__value="<p>Définir ensemble les défis prioritaires.</p>",
    )
    both(site, "about", about, title="About", slug="about", intro="Who we are.")
    contact = ContactPageFactory(parent=home)
    contact_en = translate(
        contact,
        title="Contact",
        intro="A question, an idea, a wish to help a project? Write to the team.",
        help_topic="I can help a project",
        thank_you_text="Thank you! The team will answer soon.",
    )
    for field, (label, help_text, choices) in zip(
        contact_en.form_fields.order_by("sort_order"), CONTACT_FIELDS_EN, strict=True
    ):
        field.label, field.help_text, field.choices = label, help_text, choices
        field.save()
    site.add("contact_fr", contact)
    site.add("contact_en", contact_en)
    return site


def build_stories(site):
    """Two territories, two challenges, two projects and a testimonial, in both languages."""
    home = site.home_fr
    mel = TerritoryFactory(name="Métropole lilloise", slug="metropole-lilloise", founding=True)
    littoral = TerritoryFactory(name="Littoral", slug="littoral", founding=True)
    both(site, "mel", mel, name="Lille metropolitan area")
    both(site, "littoral", littoral, name="Littoral")

    challenges = ChallengeIndexPageFactory(parent=home, title="Nos défis")
    both(site, "challenges", challenges, title="Our challenges", slug="challenges")
    drop_out = ChallengePageFactory(
        parent=challenges,
        title="Prévenir le décrochage scolaire et universitaire",
        slug="prevent-drop-out",
        figures__0__figure__number="2 873",
    )
    both(
        site,
        "drop_out",
        drop_out,
        title="Preventing school and university drop-out",
        slug="prevent-drop-out",
    )
    employment = ChallengePageFactory(
        parent=challenges,
        title="Mener vers la formation et l'emploi",
        slug="training-and-employment",
    )
    both(
        site,
        "employment",
        employment,
        title="Leading towards training and employment",
        slug="training-and-employment",
    )

    projects = ProjectIndexPageFactory(parent=home, title="Les projets soutenus")
    both(site, "projects", projects, title="Supported projects", slug="projects")
    image = site.add("image", ImageFactory(title="Passe décisive"))
    passe = ProjectPageFactory(
        parent=projects,
        title="Passe décisive",
        slug="passe-decisive",
        organisation="Sport dans la Ville",
        support="launch",
        image=image,
        territories=[mel],
        challenges=[employment, drop_out],
        needs=[
            ("internship-hosts", "Des entreprises pour accueillir des jeunes en stage."),
            ("job-offers", "Des offres d'emploi pour la fin du parcours."),
        ],
    )
    both(site, "passe", passe, title="Passe décisive", slug="passe-decisive")
    cap = ProjectPageFactory(
        parent=projects,
        title="Cap sur l'avenir",
        slug="cap-sur-l-avenir",
        organisation="APPC",
        support="spreading",
        territories=[littoral],
        challenges=[drop_out],
    )
    both(site, "cap", cap, title="Heading for the future", slug="cap-sur-l-avenir")

    testimonials = TestimonialIndexPageFactory(parent=home)
    both(site, "testimonials", testimonials, title="Testimonials", slug="testimonials")
    yacine = TestimonialPageFactory(
        parent=testimonials,
        slug="yacine",
        first_name="Yacine",
        age=19,
        project=passe,
        territory=mel,
    )
    both(site, "yacine", yacine, title="Yacine, 19", slug="yacine")
    return site


def build_calendar(site):
    """The calendar with an upcoming evening (registration open, 10 seats) and a past review."""
    home = site.home_fr
    calendar = EventIndexPageFactory(parent=home)
    both(site, "calendar", calendar, title="Events", slug="events")
    evening = EventPageFactory(
        parent=calendar,
        title="Soirée de levée de fonds",
        slug="soiree-de-levee-de-fonds",
        kind=EventKind.FUNDRAISING,
        start_date=today() + datetime.timedelta(days=60),
        start_time=datetime.time(19, 0),
        end_time=datetime.time(23, 0),
        registration_open=True,
        seat_limit=10,
        max_guests=2,
        ask_organisation=True,
        ask_donation=True,
    )
    both(site, "evening", evening, title="Fundraising evening", slug="fundraising-evening")
    review = EventPageFactory(
        parent=calendar,
        title="Bilan de l'année 1 du FIJeM",
        slug="bilan-fijem-annee-1",
        kind=EventKind.REVIEW,
        precision=Precision.TIME,
        start_date=datetime.date(2025, 6, 24),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(12, 0),
        venue_name="Salon des réceptions, Biotope (siège de la MEL)",
        town="Lille",
    )
    both(site, "review", review, title="FIJeM year-1 review", slug="fijem-year-1-review")
    return site
