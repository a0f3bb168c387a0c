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

from events.choices import AttendanceMode, EventKind, Precision
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

    def copy(self):
        """The same names, for a layer built on top that adds its own."""
        site = SmallSite()
        site._objects = dict(self._objects)
        return site


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
    # The English labels go in as translated strings (wagtail-localize's segment paths),
    # so that a later synchronisation of the page keeps them.
    fields_en = {
        f"form_fields.{field.translation_key}.{name}": value
        for field, texts in zip(
            contact.form_fields.order_by("sort_order"), CONTACT_FIELDS_EN, strict=True
        )
        for name, value in zip(("label", "help_text", "choices"), texts, strict=True)
        if value
    }
    contact_en = translate(
        contact,
        **fields_en,
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
    both(site, "littoral", littoral, name="Littoral (coast)")

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
    mobile = ProjectPageFactory(
        parent=projects,
        title="Équipe mobile",
        slug="equipe-mobile-douaisis",
        organisation="APPC",
        support="spreading",
        territories=[littoral],
        challenges=[drop_out],
    )
    both(site, "mobile", mobile, title="Mobile team", slug="equipe-mobile-douaisis")

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


def next_weekday(day, weekday):
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def event(site, key, calendar, english, **fields):
    """A French event and its English translation (`english`: title, slug, ...)."""
    return both(site, key, EventPageFactory(parent=calendar, **fields), **english)


def build_calendar(site):
    """The calendar of the first cycle (past: launch, working groups, call for projects,
    FIJeM review, Sprint vers l'Emploi) and two upcoming events: a Littoral working group
    in a month and the fundraising evening (registration open, 120 seats, every question)
    that the home page's call leads to."""
    home = site.home_fr
    territories = {}
    for slug, name, name_en in (
        ("metropole-lilloise", "Métropole lilloise", "Lille metropolitan area"),
        ("littoral", "Littoral", "Littoral (coast)"),
        ("bassin-minier", "Bassin Minier", "Mining Basin"),
    ):
        territories[slug] = TerritoryFactory(name=name, slug=slug, founding=True)
        translate(territories[slug], name=name_en)
    mel = territories["metropole-lilloise"]
    calendar = EventIndexPageFactory(parent=home, show_in_menus=True)
    both(site, "calendar", calendar, title="Events", slug="events")

    event(
        site,
        "launch",
        calendar,
        {"title": "Launch of Hauts les jeunes", "slug": "hauts-les-jeunes-launch"},
        title="Lancement de Hauts les jeunes",
        slug="lancement-hauts-les-jeunes",
        kind=EventKind.LAUNCH,
        precision=Precision.DAY,
        start_date=datetime.date(2024, 3, 21),
        venue_name="Cité des Échanges",
        street_address="",
        postal_code="",
        territory=mel,
        image=ImageFactory(title="Lancement"),
    )
    for slug in ("littoral", "bassin-minier"):
        territory = territories[slug]
        event(
            site,
            f"group_{slug.replace('-', '_')}",
            calendar,
            {"title": f"{territory.name} working group", "slug": f"working-group-{slug}"},
            title=f"Groupe de travail {territory.name}",
            slug=f"groupe-de-travail-{slug}",
            kind=EventKind.WORKING_GROUP,
            precision=Precision.MONTH,
            start_date=datetime.date(2024, 4, 1),
            end_date=datetime.date(2024, 6, 30),
            venue_name=territory.name,
            street_address="",
            postal_code="",
            town="",
            territory=territory,
        )
    event(
        site,
        "call",
        calendar,
        {"title": "2024 call for projects", "slug": "call-for-projects-2024"},
        title="Appel à projets 2024",
        slug="appel-a-projets-2024",
        kind=EventKind.CALL_FOR_PROJECTS,
        precision=Precision.MONTH,
        start_date=datetime.date(2024, 9, 1),
        end_date=datetime.date(2024, 11, 30),
        attendance_mode=AttendanceMode.ONLINE,
        venue_name="",
        street_address="",
        postal_code="",
        town="",
    )
    event(
        site,
        "review",
        calendar,
        {
            "title": "FIJeM year-1 review",
            "slug": "fijem-year-1-review",
            "venue_name": "Salon des réceptions, Biotope (MEL headquarters)",
            "summary": "The Fonds d'Innovation Jeunes en Métropole presents its first year.",
        },
        title="Bilan de l'année 1 du FIJeM",
        slug="bilan-fijem-annee-1",
        kind=EventKind.REVIEW,
        start_date=datetime.date(2025, 6, 24),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(12, 0),
        venue_name="Salon des réceptions, Biotope (siège de la MEL)",
        street_address="",
        postal_code="",
        town="Lille",
        territory=mel,
        summary="Le Fonds d'Innovation Jeunes en Métropole présente le bilan de sa première année.",
    )
    event(
        site,
        "sprint",
        calendar,
        {
            "title": "“Sprint vers l'Emploi” intensive course 2025",
            "slug": "sprint-towards-employment-2025",
        },
        title="Stage intensif « Sprint vers l'Emploi » 2025",
        slug="sprint-vers-l-emploi-2025",
        kind=EventKind.TRAINING,
        precision=Precision.DAY,
        start_date=datetime.date(2025, 6, 23),
        end_date=datetime.date(2025, 6, 27),
        venue_name="Versant Nord-Est",
        street_address="",
        postal_code="",
        town="Roubaix, Tourcoing, Wattrelos, Val de Marque",
        territory=mel,
    )

    now = today()
    event(
        site,
        "next_group",
        calendar,
        {
            "title": "Littoral working group: new session",
            "slug": "littoral-working-group-next-session",
        },
        title="Groupe de travail Littoral : nouvelle session",
        slug="groupe-de-travail-littoral-prochaine-session",
        kind=EventKind.WORKING_GROUP,
        start_date=next_weekday(now + datetime.timedelta(days=30), 1),
        start_time=datetime.time(14, 0),
        end_time=datetime.time(17, 0),
        venue_name="Halle aux sucres",
        street_address="",
        postal_code="",
        town="Dunkerque",
        territory=territories["littoral"],
    )
    fundraising = next_weekday(now + datetime.timedelta(days=100), 3)
    event(
        site,
        "evening",
        calendar,
        {"title": f"{fundraising.year} fundraising evening", "slug": "fundraising-evening"},
        title=f"Soirée de levée de fonds {fundraising.year}",
        slug="soiree-de-levee-de-fonds",
        kind=EventKind.FUNDRAISING,
        start_date=fundraising,
        start_time=datetime.time(18, 30),
        end_time=datetime.time(22, 0),
        territory=mel,
        image=ImageFactory(title="Soirée de levée de fonds"),
        registration_open=True,
        seat_limit=120,
        waiting_list=True,
        max_guests=3,
        ask_organisation=True,
        ask_receipt_name=True,
        ask_postal_address=True,
        ask_needs=True,
        ask_donation=True,
    )
    # The home page's call leads to the evening, each language to its own.
    for language, title, label in (
        ("fr", "Donnez de l’élan aux projets", "Je m’inscris"),
        ("en", "Give the projects momentum", "I register"),
    ):
        page = getattr(site, f"home_{language}")
        page.fundraising_title, page.fundraising_button_label = title, label
        page.fundraising_page = getattr(site, f"evening_{language}")
        page.save_revision().publish()
    return site
