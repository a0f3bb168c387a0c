"""Demo content of the events calendar: the first cycle's key moments (all past) and a few
upcoming events whose dates are computed, on the first load only, from the day it runs."""

import datetime
import json

from events.models import EventIndexPage, EventPage, today
from home.models import HomePage
from portal import demo

ORDER = 20

INDEX = {
    "slug": {"fr": "agenda", "en": "events"},
    "title": {"fr": "Agenda", "en": "Events"},
    "intro": {
        "fr": "Les temps forts de la communauté Hauts les jeunes : lancement, groupes de travail "
        "dans les territoires, appel à projets, soirée de levée de fonds, bilans et stages.",
        "en": "The key moments of the Hauts les jeunes community: launch, working groups in the "
        "territories, call for projects, fundraising evening, reviews and intensive courses.",
    },
}

FOUNDING_TERRITORIES = [
    ("sambre-avesnois-thierache", "Sambre-Avesnois-Thiérache"),
    ("bassin-minier", "Bassin Minier"),
    ("littoral", "Littoral"),
    ("metropole-lilloise", "Métropole lilloise"),
]
MEL = "metropole-lilloise"


def _past_events():
    events = [
        {
            "slug": {"fr": "lancement-hauts-les-jeunes", "en": "hauts-les-jeunes-launch"},
            "title": {"fr": "Lancement de Hauts les jeunes", "en": "Launch of Hauts les jeunes"},
            "kind": "launch",
            "precision": "day",
            "start_date": datetime.date(2024, 3, 21),
            "venue_name": "Cité des Échanges",
            "town": "Marcq-en-Barœul",
            "territory": MEL,
            "image": True,
            "summary": {
                "fr": "La communauté se lance et définit ensemble ses défis prioritaires pour "
                "les jeunes du territoire.",
                "en": "The community gets going and agrees on its priority challenges for the "
                "region's young people.",
            },
            "story": {
                "fr": "Associations, entreprises et acteurs publics des Hauts-de-France se sont "
                "réunis pour lancer Hauts les jeunes et choisir les défis sur lesquels agir "
                "ensemble : décrochage, orientation, logement, freins périphériques.",
                "en": "Associations, companies and public bodies from Hauts-de-France met to "
                "launch Hauts les jeunes and choose the challenges to tackle together: "
                "dropping out, guidance, housing and the other barriers young people face.",
            },
        },
    ]
    for slug, name in FOUNDING_TERRITORIES:
        events.append(
            {
                "slug": {"fr": f"groupe-de-travail-{slug}", "en": f"working-group-{slug}"},
                "title": {
                    "fr": f"Groupe de travail {name}",
                    "en": f"{name} working group",
                },
                "kind": "working_group",
                "precision": "month",
                "start_date": datetime.date(2024, 4, 1),
                "end_date": datetime.date(2024, 6, 30),
                "venue_name": name,
                "territory": slug,
                "summary": {
                    "fr": f"Les acteurs du territoire {name} construisent des réponses "
                    "collectives aux défis prioritaires.",
                    "en": f"Local actors in {name} build shared answers to the priority "
                    "challenges.",
                },
                "story": {
                    "fr": "Un groupe de travail par territoire fondateur : chacun réunit "
                    "associations, entreprises et pouvoirs publics pour passer des défis aux "
                    "projets.",
                    "en": "One working group per founding territory: each brings associations, "
                    "companies and public authorities together to turn challenges into "
                    "projects.",
                },
            }
        )
    events += [
        {
            "slug": {"fr": "appel-a-projets-2024", "en": "call-for-projects-2024"},
            "title": {"fr": "Appel à projets 2024", "en": "2024 call for projects"},
            "kind": "call_for_projects",
            "precision": "month",
            "start_date": datetime.date(2024, 9, 1),
            "end_date": datetime.date(2024, 11, 30),
            "attendance_mode": "online",
            "summary": {
                "fr": "Réception puis sélection des projets, entièrement en ligne.",
                "en": "Projects are received and then selected, entirely online.",
            },
            "story": {
                "fr": "Les porteurs de projets déposent leur dossier en ligne ; un comité "
                "sélectionne les projets qui répondent aux défis prioritaires.",
                "en": "Project leaders apply online; a committee selects the projects that "
                "answer the priority challenges.",
            },
        },
        {
            "slug": {
                "fr": "premieres-subventions-et-rassemblement",
                "en": "first-grants-and-community-gathering",
            },
            "title": {
                "fr": "Premières subventions et rassemblement de la communauté",
                "en": "First grants and community gathering",
            },
            "kind": "grants",
            "precision": "month",
            "start_date": datetime.date(2024, 11, 1),
            "end_date": datetime.date(2024, 11, 30),
            "venue_name": "Hauts-de-France",
            "summary": {
                "fr": "Les projets sélectionnés reçoivent leurs premières subventions et la "
                "communauté se rassemble.",
                "en": "The selected projects receive their first grants and the community gathers.",
            },
            "story": {
                "fr": "Un moment pour rencontrer les équipes des projets soutenus et fêter le "
                "premier cycle.",
                "en": "A moment to meet the teams of the supported projects and celebrate the "
                "first cycle.",
            },
        },
        {
            "slug": {"fr": "soiree-de-levee-de-fonds-2025", "en": "fundraising-evening-2025"},
            "title": {"fr": "Soirée de levée de fonds 2025", "en": "2025 fundraising evening"},
            "kind": "fundraising",
            "precision": "month",
            "start_date": datetime.date(2025, 3, 1),
            "end_date": datetime.date(2025, 3, 31),
            "venue_name": "Hauts-de-France",
            "summary": {
                "fr": "Une soirée ouverte à toutes et à tous pour donner aux projets un élan "
                "durable.",
                "en": "An evening open to everyone, to give projects lasting momentum.",
            },
            "story": {
                "fr": "Entreprises, fondations et particuliers soutiennent les projets pour les "
                "jeunes de la région.",
                "en": "Companies, foundations and individuals back projects for the region's "
                "young people.",
            },
        },
        {
            "slug": {"fr": "bilan-fijem-annee-1", "en": "fijem-year-1-review"},
            "title": {"fr": "Bilan de l'année 1 du FIJeM", "en": "FIJeM year-1 review"},
            "kind": "review",
            "precision": "time",
            "start_date": datetime.date(2025, 6, 24),
            "start_time": datetime.time(9, 0),
            "end_time": datetime.time(12, 0),
            "venue_name": {
                "fr": "Salon des réceptions, Biotope (siège de la MEL)",
                "en": "Salon des réceptions, Biotope (MEL headquarters)",
            },
            "town": "Lille",
            "territory": MEL,
            "summary": {
                "fr": "Le Fonds d'Innovation Jeunes en Métropole présente le bilan de sa "
                "première année.",
                "en": "The Fonds d'Innovation Jeunes en Métropole presents the review of its "
                "first year.",
            },
            "story": {
                "fr": "Pair-à-pair contre le harcèlement, épiceries solidaires étudiantes, "
                "MAJ'YC, ATTA, logement temporaire et chantiers éducatifs : les actions de "
                "l'année 1 et leurs résultats.",
                "en": "Peer-to-peer work against bullying, student solidarity groceries, "
                "MAJ'YC, ATTA, temporary housing and educational worksites: the year-1 "
                "actions and their results.",
            },
        },
        {
            "slug": {"fr": "sprint-vers-l-emploi-2025", "en": "sprint-towards-employment-2025"},
            "title": {
                "fr": "Stage intensif « Sprint vers l'Emploi » 2025",
                "en": "“Sprint vers l'Emploi” intensive course 2025",
            },
            "kind": "training",
            "precision": "day",
            "start_date": datetime.date(2025, 6, 23),
            "end_date": datetime.date(2025, 6, 27),
            "venue_name": "Versant Nord-Est",
            "town": "Roubaix, Tourcoing, Wattrelos, Val de Marque",
            "territory": MEL,
            "summary": {
                "fr": "Une semaine de chantier éducatif vers l'emploi ; environ 150 "
                "participants lors de la dernière édition.",
                "en": "A week-long educational worksite towards employment; about 150 "
                "participants last time.",
            },
            "story": {
                "fr": "Sur le Versant Nord-Est, les jeunes enchaînent ateliers, rencontres "
                "d'employeurs et mises en situation pendant cinq jours.",
                "en": "In the Versant Nord-Est, young people spend five days on workshops, "
                "meetings with employers and hands-on practice.",
            },
        },
    ]
    return events


def _next_weekday(day, weekday):
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def _upcoming_events(now):
    """Dates relative to `now`; used only when the event does not exist yet."""
    fundraising = _next_weekday(now + datetime.timedelta(days=100), 3)  # a Thursday
    group = _next_weekday(now + datetime.timedelta(days=30), 1)  # a Tuesday
    sprint = _next_weekday(datetime.date(now.year + 1, 6, 20), 0)  # next June, Monday-Friday
    return [
        {
            "slug": {"fr": "soiree-de-levee-de-fonds", "en": "fundraising-evening"},
            "title": {
                "fr": f"Soirée de levée de fonds {fundraising.year}",
                "en": f"{fundraising.year} fundraising evening",
            },
            "kind": "fundraising",
            "precision": "time",
            "start_date": fundraising,
            "start_time": datetime.time(18, 30),
            "end_time": datetime.time(22, 0),
            "venue_name": "Cité des Échanges",
            "town": "Marcq-en-Barœul",
            "territory": MEL,
            "image": True,
            "summary": {
                "fr": "La soirée ouverte à toutes et à tous pour soutenir les projets des "
                "jeunes : entreprises, fondations et particuliers sont les bienvenus.",
                "en": "The evening open to everyone to back young people's projects: "
                "companies, foundations and individuals are welcome.",
            },
            "story": {
                "fr": "Témoignages de jeunes, présentation des projets soutenus et appel aux "
                "dons : chaque contribution donne aux projets un élan durable.",
                "en": "Young people's stories, the supported projects and a call for "
                "donations: every contribution gives projects lasting momentum.",
            },
        },
        {
            "slug": {
                "fr": "groupe-de-travail-littoral-prochaine-session",
                "en": "littoral-working-group-next-session",
            },
            "title": {
                "fr": "Groupe de travail Littoral : nouvelle session",
                "en": "Littoral working group: new session",
            },
            "kind": "working_group",
            "precision": "time",
            "start_date": group,
            "start_time": datetime.time(14, 0),
            "end_time": datetime.time(17, 0),
            "venue_name": {
                "fr": "Lieu précisé aux participants",
                "en": "Venue sent to participants",
            },
            "town": "Dunkerque",
            "territory": "littoral",
            "summary": {
                "fr": "Les acteurs du Littoral font le point sur les projets soutenus et "
                "préparent le prochain appel à projets.",
                "en": "Actors on the Littoral take stock of the supported projects and prepare "
                "the next call for projects.",
            },
            "story": {
                "fr": "Associations, entreprises et collectivités du Littoral partagent ce qui "
                "marche et les besoins des projets.",
                "en": "Associations, companies and local authorities on the Littoral share "
                "what works and what the projects need.",
            },
        },
        {
            "slug": {"fr": "sprint-vers-l-emploi", "en": "sprint-towards-employment"},
            "title": {
                "fr": f"Stage intensif « Sprint vers l'Emploi » {sprint.year}",
                "en": f"“Sprint vers l'Emploi” intensive course {sprint.year}",
            },
            "kind": "training",
            "precision": "day",
            "start_date": sprint,
            "end_date": sprint + datetime.timedelta(days=4),
            "venue_name": "Versant Nord-Est",
            "town": "Roubaix, Tourcoing, Wattrelos, Val de Marque",
            "territory": MEL,
            "summary": {
                "fr": "Cinq jours de chantier éducatif pour aller vers l'emploi.",
                "en": "Five days of educational worksite on the way to a job.",
            },
            "story": {
                "fr": "La nouvelle édition du stage intensif qui avait réuni environ 150 "
                "participants.",
                "en": "The new edition of the intensive course that brought together about "
                "150 participants.",
            },
        },
    ]


def _text(value, lang):
    return value[lang] if isinstance(value, dict) else value


def _story(slug, text):
    return json.dumps(
        [
            {
                "type": "paragraph",
                "id": demo.block_id("event", slug, "story"),
                "value": demo.paragraphs_html([text]),
            }
        ]
    )


def _fields(data, lang):
    slug = data["slug"]["fr"]
    return {
        "title": data["title"][lang],
        "slug": data["slug"][lang],
        "summary": data["summary"][lang],
        "story": _story(slug, data["story"][lang]),
        "venue_name": _text(data.get("venue_name", ""), lang),
        "town": _text(data.get("town", ""), lang),
    }


def _territory(slug):
    from stories.models import Territory

    if not slug:
        return None
    return Territory.objects.filter(slug=slug, locale__language_code="fr").first()


def ensure_index(home, log):
    index = demo.child_by_slug(home, INDEX["slug"]["fr"])
    if index is None:
        index = demo.add_child_page(
            home,
            EventIndexPage(
                title=INDEX["title"]["fr"],
                slug=INDEX["slug"]["fr"],
                intro=INDEX["intro"]["fr"],
                summary=INDEX["intro"]["fr"],
                show_in_menus=True,
            ),
        )
        log(f"Page created: {index.title}")
    demo.translate(
        index,
        {
            "title": INDEX["title"]["en"],
            "slug": INDEX["slug"]["en"],
            "intro": INDEX["intro"]["en"],
            "summary": INDEX["intro"]["en"],
        },
    )
    return index


def ensure_event(index, data, log):
    event = demo.child_by_slug(index, data["slug"]["fr"])
    if event is None:
        event = EventPage(
            kind=data["kind"],
            precision=data["precision"],
            start_date=data["start_date"],
            start_time=data.get("start_time"),
            end_date=data.get("end_date"),
            end_time=data.get("end_time"),
            attendance_mode=data.get("attendance_mode", "offline"),
            territory=_territory(data.get("territory")),
            **_fields(data, "fr"),
        )
        if data.get("image"):
            key = data["slug"]["fr"]
            event.image = demo.illustration(
                f"event-{key}", f"Agenda : {data['title']['fr']}", data["title"]["fr"]
            )
        demo.add_child_page(index, event)
        log(f"Event created: {event.title}")
    demo.translate(event, _fields(data, "en"))


def load(log):
    home = HomePage.objects.get(locale__language_code="fr", depth=2)
    index = ensure_index(home, log)
    for data in _past_events() + _upcoming_events(today()):
        ensure_event(index, data, log)
    # Registration (issue 5): open it for the fundraising evening.
    from events import demo_registration

    demo_registration.load(log)
