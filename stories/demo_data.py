# ruff: noqa: E501
"""Demo content for the stories app: territories, challenges, projects, testimonials, figures.

Pure data, no Django imports. French comes first, English is its translation.

Conventions
-----------
* Every translatable text is a dict ``{"fr": ..., "en": ...}``.
* Multi-paragraph bodies are ``{"fr": [p1, p2, ...], "en": [p1, p2, ...]}``: both lists have
  exactly the same length and paragraph ``i`` in English translates paragraph ``i`` in French.
  Paragraphs are plain text (no HTML).
* Key figures: ``"number"`` is ALWAYS a ``{"fr", "en"}`` dict holding the complete display
  string for that language, with the language's own separators and any symbol included
  (``"2 873"`` / ``"2,873"``, ``"59,41 %"`` / ``"59.41%"``, ``"1,302 M€"`` / ``"€1.302M"``).
  ``"unit"`` is an optional word shown after the number (``"ménages"`` / ``"households"``),
  usually empty. ``"label"`` and ``"source"`` are translated texts.
* Slugs (territories, challenges, projects, testimonials) are stable ASCII kebab-case strings.
* Table cells are plain strings (numbers and proper names, identical in both languages) or
  ``{"fr", "en"}`` dicts when a cell needs translating; every row has as many cells as there
  are headers.
* ``_check()`` runs at import time and raises ``AssertionError`` if any of this is broken.
"""

# Reusable source labels -------------------------------------------------------------------

_SRC_CALL_AND_CARE = {
    "fr": "Call & Care, appel à projets 2021",
    "en": "Call & Care, 2021 call for projects",
}
_SRC_CALL_AND_CARE_NORD = {
    "fr": "Call & Care, département du Nord",
    "en": "Call & Care, Nord department",
}
_SRC_FIJEM = {
    "fr": "FIJeM, bilan de l’année 1 (juin 2025)",
    "en": "FIJeM, year-1 review (June 2025)",
}
_SRC_ATTA = {
    "fr": "FIJeM, ATTA, année 1",
    "en": "FIJeM, ATTA, year 1",
}
_SRC_ACADEMIE = {
    "fr": "Rapport décrochage scolaire, académie de Lille, 2022",
    "en": "School drop-out report, Lille education authority, 2022",
}

# Territories ---------------------------------------------------------------------------------

TERRITORIES = [
    {
        "slug": "sambre-avesnois-thierache",
        "founding": True,
        "name": {"fr": "Sambre-Avesnois-Thiérache", "en": "Sambre-Avesnois-Thiérache"},
        "description": {
            "fr": "Autour de Maubeuge, de l’Avesnois et de la Thiérache, l’un des quatre territoires fondateurs de Hauts les jeunes. Un groupe de travail local y a construit, au printemps 2024, des réponses collectives aux défis prioritaires.",
            "en": "Around Maubeuge, the Avesnois and the Thiérache, one of the four founding territories of Hauts les jeunes. In spring 2024 a local working group built shared answers to the priority challenges there.",
        },
    },
    {
        "slug": "bassin-minier",
        "founding": True,
        "name": {"fr": "Bassin Minier", "en": "Bassin Minier"},
        "description": {
            "fr": "L’ancien bassin minier du Nord et du Pas-de-Calais, territoire fondateur de la communauté. Un groupe de travail y a réuni les acteurs locaux au printemps 2024 pour répondre ensemble aux défis prioritaires.",
            "en": "The former coal-mining area of the Nord and Pas-de-Calais, a founding territory of the community. In spring 2024 a working group brought local actors together there to tackle the priority challenges jointly.",
        },
    },
    {
        "slug": "littoral",
        "founding": True,
        "name": {"fr": "Littoral", "en": "Littoral (coast)"},
        "description": {
            "fr": "Le littoral de la région, de Dunkerque à la Côte d’Opale, territoire fondateur de Hauts les jeunes. Il a lui aussi accueilli l’un des quatre groupes de travail du printemps 2024.",
            "en": "The region's coastline, from Dunkirk to the Opal Coast, a founding territory of Hauts les jeunes. It also hosted one of the four working groups in spring 2024.",
        },
    },
    {
        "slug": "metropole-lilloise",
        "founding": True,
        "name": {"fr": "Métropole lilloise", "en": "Lille metropolitan area"},
        "description": {
            "fr": "Lille, Roubaix, Tourcoing, Croix et les autres communes de la Métropole européenne de Lille (MEL), territoire fondateur de la communauté. C’est aussi là que se déploient les actions du Fonds d’Innovation Jeunes en Métropole (FIJeM).",
            "en": "Lille, Roubaix, Tourcoing, Croix and the other towns of the Métropole Européenne de Lille (MEL), a founding territory of the community. It is also where the actions of the Fonds d'Innovation Jeunes en Métropole (FIJeM) take place.",
        },
    },
    {
        "slug": "cambresis",
        "founding": False,
        "name": {"fr": "Cambrésis", "en": "Cambrésis"},
        "description": {
            "fr": "Le territoire de Cambrai, où la Ville et Break Poverty Foundation soutiennent ensemble des projets associatifs contre le décrochage.",
            "en": "The area around Cambrai, where the City and Break Poverty Foundation jointly back associations' projects against drop-out.",
        },
    },
    {
        "slug": "douaisis",
        "founding": False,
        "name": {"fr": "Douaisis", "en": "Douaisis"},
        "description": {
            "fr": "Le territoire de Douai, où une équipe mobile de la Mission locale va à la rencontre des jeunes « invisibles ».",
            "en": "The area around Douai, where a mobile team from the Mission locale reaches out to “invisible” young people.",
        },
    },
    {
        "slug": "valenciennois-denain",
        "founding": False,
        "name": {"fr": "Valenciennois / Denain", "en": "Valenciennois / Denain"},
        "description": {
            "fr": "Valenciennes, Denain et le Grand-Hainaut, où centres sociaux, clubs de rugby et associations sportives aident les jeunes à renouer avec l’école et l’emploi.",
            "en": "Valenciennes, Denain and the wider Hainaut area, where social centres, rugby clubs and sports associations help young people reconnect with school and work.",
        },
    },
]

# Challenges ----------------------------------------------------------------------------------

CHALLENGES = [
    {
        "slug": "prevent-drop-out",
        "title": {
            "fr": "Prévenir le décrochage scolaire et universitaire",
            "en": "Preventing school and university drop-out",
        },
        "summary": {
            "fr": "Repérer tôt les élèves, étudiants et apprentis qui décrochent, et leur proposer une solution avant la rupture.",
            "en": "Spotting pupils, students and apprentices who are losing their footing early, and offering them a way forward before they break off.",
        },
        "story": {
            "fr": [
                "Le décrochage ne survient pas du jour au lendemain : absences qui se répètent, perte de sens, orientation subie… Plus il est repéré tôt, plus il est possible d’agir. Dans la Métropole européenne de Lille, on estimait en 2022 que 1 039 élèves des lycées professionnels publics, soit 9 % des inscrits, avaient décroché ou risquaient de le faire.",
                "L’université et l’apprentissage ne sont pas épargnés. Sur les néo-bacheliers inscrits en première année de licence à l’Université de Lille en 2022-2023, 28 % n’y étaient plus l’année suivante, et entre 20 et 25 % des contrats en alternance s’arrêtent avant la date prévue.",
                "Les projets de la communauté agissent à plusieurs niveaux : médiation au collège avec les élèves, les familles et les équipes éducatives, lieux d’accueil pour les élèves exclus, stages de remobilisation, coordination des Missions locales avec les lycées et l’université.",
                "L’enjeu est de garder chaque jeune dans un parcours, qu’il reste dans sa formation ou qu’il se réoriente vers un projet qu’il a lui-même choisi.",
            ],
            "en": [
                "Dropping out does not happen overnight: repeated absences, a loss of meaning, a course chosen by default… The earlier it is spotted, the more can be done. In the Lille metropolitan area, an estimated 1,039 pupils in public vocational high schools, 9% of those enrolled, had dropped out or were at risk of doing so in 2022.",
                "University and apprenticeships are affected too. Of the new baccalaureate holders who enrolled in the first year of a bachelor's degree at the Université de Lille in 2022-2023, 28% were no longer there the following year, and 20 to 25% of work-study contracts are broken off before they end.",
                "The community's projects act on several levels: mediation in lower secondary schools with pupils, families and school staff, places that take in excluded pupils, remobilisation courses, and coordination between the Missions locales, high schools and the university.",
                "The aim is to keep every young person on a path, whether they stay in their course or switch to a project they have chosen for themselves.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "202", "en": "202"},
                "unit": {"fr": "", "en": ""},
                "label": {
                    "fr": "élèves en décrochage rencontrés par les Missions locales de la MEL (septembre 2024 – juin 2025)",
                    "en": "pupils dropping out met by the Missions locales of the MEL (September 2024 – June 2025)",
                },
                "source": _SRC_ATTA,
            },
            {
                "number": {"fr": "59,41 %", "en": "59.41%"},
                "unit": {"fr": "", "en": ""},
                "label": {
                    "fr": "d’entre eux ont signé un contrat d’accompagnement (120 jeunes)",
                    "en": "of them signed a support contract (120 young people)",
                },
                "source": _SRC_ATTA,
            },
            {
                "number": {"fr": "9 %", "en": "9%"},
                "unit": {"fr": "", "en": ""},
                "label": {
                    "fr": "des élèves des lycées professionnels publics de la MEL décrocheurs ou en voie de décrochage (1 039 élèves)",
                    "en": "of pupils in the MEL's public vocational high schools dropping out or at risk (1,039 pupils)",
                },
                "source": _SRC_ACADEMIE,
            },
        ],
    },
    {
        "slug": "training-and-employment",
        "title": {
            "fr": "Mener vers la formation et l’emploi",
            "en": "Leading towards training and employment",
        },
        "summary": {
            "fr": "Redonner confiance, faire découvrir les métiers et ouvrir les portes des entreprises aux jeunes les plus éloignés de l’emploi.",
            "en": "Rebuilding confidence, showing what jobs are out there and opening company doors to the young people furthest from work.",
        },
        "story": {
            "fr": [
                "Pour un jeune sorti de l’école sans diplôme, la marche vers l’emploi paraît souvent trop haute. Les projets soutenus misent sur des parcours progressifs, qui partent de ses envies et de ses talents plutôt que de ses manques.",
                "Sport, art, culture, création d’entreprise : chaque projet utilise son propre levier pour remettre les jeunes en mouvement, puis les rapprocher du monde du travail par des stages, des immersions, des visites d’entreprises et des rencontres avec des professionnels.",
                "Les entreprises ont un rôle décisif à jouer. Accueillir un stagiaire, proposer un contrat en alternance ou une offre d’emploi, parrainer un jeune qui crée son activité : ces gestes simples figurent parmi les besoins exprimés par les projets.",
            ],
            "en": [
                "For a young person who has left school without a qualification, the step up to a job often looks too high. The projects we back build gradual paths that start from what the young person wants and can do, rather than from what they lack.",
                "Sport, art, culture, starting a business: each project uses its own lever to get young people moving again, then brings them closer to the world of work through internships, work placements, company visits and meetings with professionals.",
                "Companies have a decisive part to play. Hosting an intern, offering a work-study contract or a job, mentoring a young person who is starting a business: these simple gestures are among the needs the projects have expressed.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "70 à 80 %", "en": "70 to 80%"},
                "unit": {"fr": "", "en": ""},
                "label": {
                    "fr": "des jeunes passés par Classe Départ renouent avec l’autonomie, la formation ou l’emploi",
                    "en": "of Classe Départ participants find their way to independence, training or a job",
                },
                "source": _SRC_CALL_AND_CARE,
            },
            {
                "number": {"fr": "150", "en": "150"},
                "unit": {"fr": "", "en": ""},
                "label": {
                    "fr": "participants environ au parcours intensif « Sprint vers l’Emploi »",
                    "en": "participants (approx.) in the “Sprint vers l'Emploi” intensive course",
                },
                "source": _SRC_FIJEM,
            },
        ],
    },
    {
        "slug": "secure-housing",
        "title": {"fr": "Sécuriser le logement", "en": "Securing housing"},
        "summary": {
            "fr": "Offrir un toit stable pour que le retour à la formation et à l’emploi devienne possible.",
            "en": "Providing a stable roof so that a return to training and work becomes possible.",
        },
        "story": {
            "fr": [
                "Sans logement, difficile de garder un emploi, de suivre une formation ou même de se projeter. Pour les jeunes en grande difficulté, un hébergement stable est souvent la première condition d’un parcours d’insertion.",
                "Certains ne trouvent pas leur place dans les réponses habituelles : résidences pour jeunes, logement social ou hébergement d’urgence ne correspondent pas toujours à leur situation. Des projets expérimentent donc d’autres façons de faire, en liant l’hébergement à un accompagnement vers l’emploi.",
                "Garantir les loyers auprès des opérateurs, s’appuyer sur le Contrat d’Engagement Jeune, associer les clubs de prévention : ces leviers permettent d’agir vite et d’éviter que la situation des jeunes ne se dégrade.",
            ],
            "en": [
                "Without a home, it is hard to hold down a job, follow a course or even plan ahead. For young people in serious difficulty, stable accommodation is often the first condition for getting back on track.",
                "Some of them find no place in the usual answers: youth residences, social housing or emergency shelters do not always fit their situation. Projects are therefore trying other approaches, linking accommodation to support towards work.",
                "Guaranteeing rents to housing providers, building on the Contrat d'Engagement Jeune (youth commitment contract), involving street-work prevention clubs: these levers make it possible to act quickly and stop young people's situations from getting worse.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "10", "en": "10"},
                "unit": {"fr": "", "en": ""},
                "label": {
                    "fr": "jeunes de 19 à 27 ans hébergés grâce à un dispositif sécurisé",
                    "en": "young people aged 19 to 27 housed through a secured scheme",
                },
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "50", "en": "50"},
                "unit": {"fr": "ménages", "en": "households"},
                "label": {
                    "fr": "accompagnés entre logement et retour à l’emploi par SOLIHA",
                    "en": "supported by SOLIHA on both housing and the return to work",
                },
                "source": _SRC_CALL_AND_CARE,
            },
        ],
    },
    {
        "slug": "student-food-insecurity",
        "title": {
            "fr": "Lutter contre la précarité alimentaire étudiante",
            "en": "Fighting student food insecurity",
        },
        "summary": {
            "fr": "Permettre aux étudiants de se nourrir correctement pour étudier dans de meilleures conditions.",
            "en": "Making sure students can eat properly so that they can study in better conditions.",
        },
        "story": {
            "fr": [
                "Sauter des repas pour payer son loyer ou ses livres : pour une partie des étudiants, la précarité alimentaire pèse directement sur la réussite des études.",
                "À l’Université de Lille, un réseau d’épiceries solidaires propose des produits alimentaires, d’hygiène et ménagers à des prix réduits de 70 à 90 %. Des distributions alimentaires sont aussi organisées avec les acteurs de l’aide alimentaire de la métropole et les associations étudiantes.",
                "Avec le Fonds d’Innovation Jeunes en Métropole, ce réseau s’est agrandi et structuré : une cinquième épicerie a ouvert sur le campus Roubaix-Gare et les capacités d’accueil ont nettement augmenté.",
            ],
            "en": [
                "Skipping meals to pay the rent or buy books: for some students, food insecurity weighs directly on their chances of success.",
                "At the Université de Lille, a network of solidarity groceries offers food, hygiene and household products at prices cut by 70 to 90%. Food distributions are also organised with food-aid organisations in the metropolitan area and student associations.",
                "With the Fonds d'Innovation Jeunes en Métropole, this network has grown and become better organised: a fifth grocery opened on the Roubaix-Gare campus and capacity has risen sharply.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "852", "en": "852"},
                "unit": {"fr": "", "en": ""},
                "label": {
                    "fr": "bénéficiaires des épiceries solidaires depuis septembre 2024",
                    "en": "people using the solidarity groceries since September 2024",
                },
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "+75,7 %", "en": "+75.7%"},
                "unit": {"fr": "", "en": ""},
                "label": {
                    "fr": "de capacité d’accueil entre 2023-2024 et 2024-2025",
                    "en": "in capacity between 2023-2024 and 2024-2025",
                },
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "8 960 kg", "en": "8,960 kg"},
                "unit": {"fr": "", "en": ""},
                "label": {
                    "fr": "de denrées alimentaires données",
                    "en": "of food donated",
                },
                "source": _SRC_FIJEM,
            },
        ],
    },
    {
        "slug": "act-against-bullying",
        "title": {
            "fr": "Agir contre le harcèlement et le cyberharcèlement",
            "en": "Acting against bullying and cyberbullying",
        },
        "summary": {
            "fr": "Sensibiliser, écouter et former des élèves ambassadeurs pour que personne ne reste seul face au harcèlement.",
            "en": "Raising awareness, listening and training pupil ambassadors so that no one is left alone with bullying.",
        },
        "story": {
            "fr": [
                "Le harcèlement ne s’arrête plus à la grille de l’école : il se poursuit sur les réseaux sociaux, les messageries et les jeux en ligne. Ses effets sur la santé et la scolarité des victimes peuvent être lourds.",
                "Dans la métropole lilloise, des volontaires en service civique et des médiateurs interviennent dans les collèges, les lycées, les centres sociaux et les associations de jeunesse. Ateliers ludiques, ciné-débats et formation d’élèves ambassadeurs aident les jeunes à mettre des mots sur ce qu’ils vivent.",
                "Victimes et témoins peuvent aussi chercher de l’aide auprès d’un adulte de confiance, ou appeler deux numéros gratuits : le 3018 pour le cyberharcèlement et le 3020 pour le harcèlement.",
            ],
            "en": [
                "Bullying no longer stops at the school gate: it carries on through social networks, messaging apps and online games. Its effects on victims' health and schooling can be severe.",
                "In the Lille metropolitan area, civic-service volunteers and mediators work in lower and upper secondary schools, social centres and youth associations. Playful workshops, film debates and training for pupil ambassadors help young people put words to what they are going through.",
                "Victims and witnesses can also turn to an adult they trust, or call two free French helplines: 3018 for cyberbullying and 3020 for bullying.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "134", "en": "134"},
                "unit": {"fr": "", "en": ""},
                "label": {
                    "fr": "ateliers ludiques de sensibilisation (2 215 bénéficiaires)",
                    "en": "playful awareness workshops (2,215 participants)",
                },
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "35", "en": "35"},
                "unit": {"fr": "", "en": ""},
                "label": {
                    "fr": "ciné-débats (600 bénéficiaires)",
                    "en": "film debates (600 participants)",
                },
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "91", "en": "91"},
                "unit": {"fr": "", "en": ""},
                "label": {
                    "fr": "élèves ambassadeurs formés",
                    "en": "pupil ambassadors trained",
                },
                "source": _SRC_FIJEM,
            },
        ],
    },
    {
        "slug": "lift-peripheral-barriers",
        "title": {
            "fr": "Lever les freins « périphériques »",
            "en": "Lifting the “peripheral” barriers",
        },
        "summary": {
            "fr": "Mobilité, santé, accès aux droits, confiance en soi : s’attaquer à tout ce qui empêche un jeune d’avancer.",
            "en": "Mobility, health, access to rights, self-confidence: tackling everything that stops a young person from moving forward.",
        },
        "story": {
            "fr": [
                "On les dit « périphériques », mais ils sont souvent décisifs : sans moyen de transport, sans pièce d’identité, sans suivi de santé ou sans confiance en soi, un parcours d’insertion peut rester bloqué.",
                "Les projets soutenus prennent en compte la situation de chaque jeune dans sa globalité. Ouverture de droits, atelier de réparation de vélos, actions sur la mobilité avec la SNCF, groupes de parole : les réponses sont aussi variées que les difficultés.",
                "Ce travail de proximité redonne aux jeunes et à leurs familles une prise sur leur quotidien, et prépare le terrain d’un accompagnement vers la formation ou l’emploi.",
            ],
            "en": [
                "They are called “peripheral”, but they are often decisive: without transport, an identity card, access to healthcare or self-confidence, a path into work can grind to a halt.",
                "The projects we back look at each young person's situation as a whole. Opening up rights, a bike repair workshop, mobility actions with the SNCF rail company, support groups: the answers are as varied as the difficulties.",
                "This close-to-home work gives young people and their families a grip on their daily lives again, and paves the way for support towards training or work.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "75", "en": "75"},
                "unit": {"fr": "", "en": ""},
                "label": {
                    "fr": "jeunes mobilisés par MAJ’YC hors quartiers prioritaires (1er juillet 2024 – 15 mai 2025)",
                    "en": "young people engaged by MAJ'YC outside priority neighbourhoods (1 July 2024 – 15 May 2025)",
                },
                "source": _SRC_FIJEM,
            },
        ],
    },
    {
        "slug": "support-parents",
        "title": {"fr": "Accompagner les parents", "en": "Supporting parents"},
        "summary": {
            "fr": "Associer les familles au parcours des jeunes et soutenir les parents dans leur rôle.",
            "en": "Involving families in young people's journeys and supporting parents in their role.",
        },
        "story": {
            "fr": [
                "Les parents sont des alliés essentiels pour qu’un jeune reprenne pied, à l’école comme dans son projet professionnel. Encore faut-il qu’ils se sentent écoutés et soutenus.",
                "Plusieurs projets les placent au cœur de leur action : groupes de parole sur la parentalité, médiation entre les familles et les établissements scolaires, participation des parents à la construction du parcours individualisé de leur enfant.",
                "À Lille Sud, c’est même une association de parents d’élèves qui est à l’origine d’un projet aujourd’hui porté par la mobilisation de 40 familles.",
            ],
            "en": [
                "Parents are key allies in helping a young person get back on their feet, at school as well as in their career plans. But they need to feel heard and supported.",
                "Several projects put them at the heart of their work: parenting support groups, mediation between families and schools, and parents taking part in building their child's individual plan.",
                "In Lille Sud, a parents' association even started a project that now rests on the commitment of 40 families.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "40", "en": "40"},
                "unit": {"fr": "familles", "en": "families"},
                "label": {
                    "fr": "mobilisées autour de l’APPC à Lille Sud",
                    "en": "involved with APPC in Lille Sud",
                },
                "source": _SRC_CALL_AND_CARE,
            },
        ],
    },
]

# Projects ------------------------------------------------------------------------------------
# The 16 Call & Care projects (call for projects launched in May 2021), then the 6 actions of
# the Fonds d'Innovation Jeunes en Métropole (FIJeM), year 1 (2024-2025).

_NO_UNIT = {"fr": "", "en": ""}

PROJECTS = [
    {
        "slug": "passe-decisive",
        "programme": "call-and-care",
        "organisation": "Sport dans la Ville",
        "title": {"fr": "Passe décisive", "en": "Passe décisive"},
        "places": {
            "fr": "Lille, Roubaix, Tourcoing, Grand-Hainaut",
            "en": "Lille, Roubaix, Tourcoing, Grand-Hainaut",
        },
        "territories": ["metropole-lilloise", "valenciennois-denain"],
        "challenges": ["training-and-employment", "lift-peripheral-barriers"],
        "support": "launch",
        "people_reached": 30,
        "start_date": None,
        "summary": {
            "fr": "Un parcours sur mesure qui s’appuie sur le sport et la force du groupe pour accompagner 30 jeunes décrocheurs vers l’emploi.",
            "en": "A tailor-made course (the name means “assist”, the decisive pass in football) that uses sport and team spirit to guide 30 young people who have dropped out towards work.",
        },
        "story": {
            "fr": [
                "Avec « Passe décisive », l’association Sport dans la Ville accompagne individuellement 30 jeunes décrocheurs, aussi bien sur le plan social que professionnel.",
                "Le parcours alterne un suivi individuel et des phases intensives consacrées au projet professionnel, à la confiance en soi et aux compétences utiles dans le monde du travail. Le sport et le collectif servent de moteur.",
                "Des ateliers, des stages et des périodes de mise en situation en milieu professionnel (PMSMP) préparent ensuite les jeunes à un emploi durable.",
                "Le projet a reçu une aide au lancement dans le cadre de l’appel à projets Call & Care. Il cherche des entreprises prêtes à accueillir des jeunes en stage ou en immersion, ou à leur proposer un emploi.",
            ],
            "en": [
                "With “Passe décisive”, the association Sport dans la Ville provides one-to-one support to 30 young people who have dropped out, on the social side as much as the professional one.",
                "The course alternates individual follow-up with intensive phases devoted to career plans, self-confidence and the skills that count at work. Sport and the group are the driving force.",
                "Workshops, internships and short work-experience placements (PMSMP) then prepare the young people for lasting employment.",
                "The project received launch support through the Call & Care call for projects. It is looking for companies willing to host young people for internships or work placements, or to offer them a job.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "30", "en": "30"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "jeunes décrocheurs accompagnés individuellement",
                    "en": "young people who had dropped out, supported one to one",
                },
                "source": _SRC_CALL_AND_CARE,
            },
        ],
        "table": None,
        "needs": [
            {
                "kind": "internship-hosts",
                "description": {
                    "fr": "Accueillir dans votre entreprise un jeune du parcours pour un stage ou une immersion professionnelle.",
                    "en": "Host a young person from the course in your company for an internship or a work placement.",
                },
            },
            {
                "kind": "job-offers",
                "description": {
                    "fr": "Proposer des offres d’emploi aux jeunes qui arrivent au terme du parcours.",
                    "en": "Offer jobs to young people reaching the end of the course.",
                },
            },
        ],
    },
    {
        "slug": "tous-unis-pour-la-reussite-de-l-eleve",
        "programme": "call-and-care",
        "organisation": "Citéo",
        "title": {
            "fr": "Tous unis pour la réussite de l’élève",
            "en": "Tous unis pour la réussite de l'élève",
        },
        "places": {
            "fr": "Métropole européenne de Lille (MEL)",
            "en": "Métropole Européenne de Lille (MEL)",
        },
        "territories": ["metropole-lilloise"],
        "challenges": ["prevent-drop-out", "support-parents"],
        "support": "spreading",
        "people_reached": None,
        "start_date": None,
        "summary": {
            "fr": "Les médiateurs à l’école de Citéo accompagnent des élèves en difficulté, leurs parents et les équipes des établissements pour préparer un passage réussi au lycée.",
            "en": "“All together for pupils' success”: Citéo's school mediators work with struggling pupils, their parents and school staff so that the move to high school goes well.",
        },
        "story": {
            "fr": [
                "Ce programme suit individuellement des élèves exclus à plusieurs reprises de leur établissement. Il associe médiation et réflexion sur leur avenir social et professionnel, pour qu’ils abordent le lycée comme une nouvelle étape de leur orientation.",
                "Sa particularité : les médiateurs à l’école de Citéo ne s’adressent pas seulement aux élèves, mais aussi à leurs parents et aux personnels de l’établissement.",
                "Le tout s’intègre dans une démarche globale de réussite éducative, qui mobilise les acteurs du quartier et les entreprises locales pour bâtir des coopérations durables sur chaque territoire.",
                "Soutenu par Call & Care au titre de l’essaimage, le programme cherche des co-financeurs, des salariés prêts à devenir « référents » d’un élève et des entreprises pour accueillir des stages de découverte des métiers.",
            ],
            "en": [
                "This programme gives individual support to pupils who have been excluded from school several times. It combines mediation with work on their social and professional future, so that they see high school as a new step in their career path.",
                "What sets it apart: Citéo's school mediators work not only with pupils but also with their parents and the school staff.",
                "The actions are part of a broader educational success plan, which brings in neighbourhood organisations and local companies to build lasting cooperation in each area.",
                "Backed by Call & Care to spread to new places, the programme is looking for co-funders, employees willing to act as a pupil's “referent”, and companies to host career-discovery internships.",
            ],
        },
        "figures": [],
        "table": None,
        "needs": [
            {
                "kind": "co-funding",
                "description": {
                    "fr": "Co-financer le déploiement du programme.",
                    "en": "Co-fund the roll-out of the programme.",
                },
            },
            {
                "kind": "mentors",
                "description": {
                    "fr": "Devenir salarié « référent » pour accompagner un élève dans son orientation et son projet professionnel.",
                    "en": "Become an employee “referent” who guides a pupil through their career choices and plans.",
                },
            },
            {
                "kind": "internship-hosts",
                "description": {
                    "fr": "Accueillir des collégiens et des lycéens pour des stages de découverte des métiers.",
                    "en": "Host lower and upper secondary pupils for career-discovery internships.",
                },
            },
        ],
    },
    {
        "slug": "dispositif-entraide-solidaire",
        "programme": "call-and-care",
        "organisation": "SOLIHA",
        "title": {
            "fr": "Dispositif d’entraide solidaire",
            "en": "Solidarity mutual-aid scheme",
        },
        "places": {"fr": "Métropole lilloise", "en": "Lille metropolitan area"},
        "territories": ["metropole-lilloise"],
        "challenges": ["secure-housing", "training-and-employment"],
        "support": "launch",
        "people_reached": None,
        "start_date": None,
        "summary": {
            "fr": "Un accompagnement qui relie logement et retour à l’emploi, expérimenté auprès de 50 ménages confrontés au décrochage.",
            "en": "Support that links housing and the return to work, tested with 50 households facing drop-out.",
        },
        "story": {
            "fr": [
                "SOLIHA, mouvement associatif de l’amélioration de l’habitat, met en place un ensemble coordonné d’actions d’entraide, de prévention et d’accompagnement renforcé pour les personnes les plus fragilisées.",
                "L’originalité du projet est d’enchaîner les étapes : repérer et orienter les personnes isolées en difficulté, les accompagner sur leur logement en renforçant leur pouvoir d’agir, puis leur proposer un accompagnement sur mesure vers l’emploi. Cet enchaînement vise une insertion durable.",
                "Menée auprès de 50 ménages, l’expérimentation doit permettre de tester de nouvelles démarches, méthodes et outils d’intervention, dans l’objectif de les généraliser.",
                "Le projet, soutenu par une aide au lancement, recherche des lieux de stage et d’immersion professionnelle ainsi que des offres d’emploi.",
            ],
            "en": [
                "SOLIHA, a non-profit movement working to improve housing, is setting up a coordinated set of mutual-aid, prevention and intensive-support actions for the most vulnerable people.",
                "What is new is the way the steps follow on from each other: identifying and referring isolated people in difficulty, supporting them with their housing while building up their ability to act, then offering tailored support back into work. The sequence aims at lasting integration.",
                "Carried out with 50 households, the experiment is meant to test new approaches, methods and tools, with a view to rolling them out more widely.",
                "The project, which received launch support, is looking for internship and work-placement hosts as well as job offers.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "50", "en": "50"},
                "unit": {"fr": "ménages", "en": "households"},
                "label": {
                    "fr": "accompagnés dans le cadre de l’expérimentation",
                    "en": "supported as part of the experiment",
                },
                "source": _SRC_CALL_AND_CARE,
            },
        ],
        "table": None,
        "needs": [
            {
                "kind": "internship-hosts",
                "description": {
                    "fr": "Accueillir des personnes accompagnées pour un stage ou une immersion professionnelle.",
                    "en": "Host people supported by the scheme for an internship or a work placement.",
                },
            },
            {
                "kind": "job-offers",
                "description": {
                    "fr": "Proposer des offres d’emploi aux personnes qui reprennent pied.",
                    "en": "Offer jobs to people getting back on their feet.",
                },
            },
        ],
    },
    {
        "slug": "appc-lille-sud",
        "programme": "call-and-care",
        "organisation": "APPC, Association d’Accompagnement pour les projets Professionnels et Culturels",
        "title": {
            "fr": "L’APPC, avec les familles de Lille Sud",
            "en": "APPC, working with families in Lille Sud",
        },
        "places": {"fr": "Lille Sud", "en": "Lille Sud"},
        "territories": ["metropole-lilloise"],
        "challenges": ["support-parents", "lift-peripheral-barriers", "training-and-employment"],
        "support": "launch",
        "people_reached": None,
        "start_date": None,
        "summary": {
            "fr": "Née d’une association de parents d’élèves, l’APPC mobilise 40 familles de Lille Sud autour de la parentalité, de la prévention et de la mobilité.",
            "en": "Founded by a parents' association, APPC brings 40 families in Lille Sud together around parenting, prevention and mobility.",
        },
        "story": {
            "fr": [
                "C’est l’Association de Parents d’Élèves Wagner, à Lille Sud, qui a lancé l’APPC au printemps 2020, pour répondre à des besoins repérés avant même le premier confinement. Forte de la mobilisation de 40 familles, elle agit pour l’éducation, l’insertion, la cohésion sociale et la solidarité.",
                "Son ambition : changer l’image du quartier en mettant en valeur ses projets positifs. Groupes de parole et soutien à la parentalité, prévention des addictions, lutte contre les violences et actions sur la mobilité avec la SNCF rythment son activité.",
                "Ce travail de proximité redonne confiance aux familles et les aide à se tourner, en autonomie, vers les dispositifs de droit commun comme la Mission locale ou Pôle emploi.",
                "Soutenue par une aide au lancement, l’APPC cherche des entreprises prêtes à ouvrir leurs portes aux jeunes pour des visites, des stages ou des immersions professionnelles.",
            ],
            "en": [
                "APPC was set up in spring 2020 on the initiative of the Wagner parents' association in Lille Sud, to meet needs that were visible even before the first lockdown. Backed by 40 committed families, it works on education, integration, social cohesion and solidarity.",
                "Its ambition: to change the neighbourhood's image by showcasing its positive projects. Support groups and parenting help, addiction prevention, action against violence and mobility projects with the SNCF rail company make up its work.",
                "This close-to-home work restores families' confidence and helps them turn, on their own, to mainstream services such as the Mission locale or Pôle emploi.",
                "With launch support, APPC is looking for companies willing to open their doors to young people for visits, internships or work placements.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "40", "en": "40"},
                "unit": {"fr": "familles", "en": "families"},
                "label": {"fr": "mobilisées", "en": "involved"},
                "source": _SRC_CALL_AND_CARE,
            },
        ],
        "table": None,
        "needs": [
            {
                "kind": "company-visits",
                "description": {
                    "fr": "Faire visiter votre entreprise à un groupe de jeunes de Lille Sud.",
                    "en": "Show a group of young people from Lille Sud around your company.",
                },
            },
            {
                "kind": "internship-hosts",
                "description": {
                    "fr": "Accueillir un jeune pour un stage ou une immersion professionnelle.",
                    "en": "Host a young person for an internship or a work placement.",
                },
            },
        ],
    },
    {
        "slug": "dotation-action-territoriale-cambresis",
        "programme": "call-and-care",
        "organisation": "Break Poverty Foundation",
        "title": {
            "fr": "Dotation d’Action Territoriale",
            "en": "Dotation d'Action Territoriale",
        },
        "places": {"fr": "Cambrésis", "en": "Cambrésis"},
        "territories": ["cambresis"],
        "challenges": ["prevent-drop-out", "training-and-employment"],
        "support": "launch",
        "people_reached": 1500,
        "start_date": None,
        "summary": {
            "fr": "Avec la Ville de Cambrai, la Dotation d’Action Territoriale soutient 5 projets associatifs contre le décrochage scolaire et pour l’insertion des jeunes.",
            "en": "With the City of Cambrai, this territorial action endowment backs 5 associations' projects against school drop-out and for young people's access to work.",
        },
        "story": {
            "fr": [
                "Lancée par Break Poverty Foundation et expérimentée dans plusieurs régions, dont les Hauts-de-France, la Dotation d’Action Territoriale (DAT) repère et soutient des solutions innovantes pour prévenir la pauvreté et rompre le déterminisme social chez les jeunes les plus vulnérables.",
                "Soutenue par la Stratégie nationale de prévention et de lutte contre la pauvreté, elle encourage le mécénat social des entreprises, aide les projets associatifs les plus pertinents à changer d’échelle et contribue à professionnaliser les associations.",
                "Dans le Cambrésis, le partenariat noué avec la Ville de Cambrai et Call & Care permet d’appuyer 5 projets associatifs engagés contre le décrochage scolaire et pour l’insertion professionnelle des jeunes. Environ 1 500 personnes doivent être accompagnées sur trois ans.",
            ],
            "en": [
                "Launched by Break Poverty Foundation and tested in several regions, including Hauts-de-France, the Dotation d'Action Territoriale (DAT) identifies and backs innovative solutions that prevent poverty and break the cycle of social determinism for the most vulnerable young people.",
                "Supported by France's national strategy for preventing and fighting poverty, it encourages corporate social giving, helps the most relevant local associations to scale up and contributes to the professional development of the non-profit sector.",
                "In the Cambrésis, the partnership with the City of Cambrai and Call & Care supports 5 associations' projects that fight school drop-out and help young people into work. Around 1,500 people are due to be supported over three years.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "5", "en": "5"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "projets associatifs soutenus",
                    "en": "associations' projects supported",
                },
                "source": _SRC_CALL_AND_CARE,
            },
            {
                "number": {"fr": "1 500", "en": "1,500"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "personnes environ accompagnées sur trois ans",
                    "en": "people (approx.) to be supported over three years",
                },
                "source": _SRC_CALL_AND_CARE,
            },
        ],
        "table": None,
        "needs": [],
    },
    {
        "slug": "parentheses-denain",
        "programme": "call-and-care",
        "organisation": "Association des Centres Sociaux de Valenciennes",
        "title": {"fr": "Parenthèses", "en": "Parenthèses"},
        "places": {"fr": "Denain", "en": "Denain"},
        "territories": ["valenciennois-denain"],
        "challenges": ["prevent-drop-out", "act-against-bullying"],
        "support": "launch",
        "people_reached": None,
        "start_date": None,
        "summary": {
            "fr": "Des stages d’une semaine pour remobiliser les collégiens et lycéens de Denain en risque d’exclusion, avec l’appui d’un psychologue.",
            "en": "One-week courses (the name means “brackets”, a time out) to get pupils in Denain who are at risk of exclusion back on track, with the help of a psychologist.",
        },
        "story": {
            "fr": [
                "À Denain, les équipes éducatives des collèges et lycées repèrent des élèves dont le comportement pose problème, parfois à titre préventif, parfois après une exclusion temporaire. « Parenthèses » leur propose de faire un pas de côté.",
                "Pendant toute l’année scolaire, le projet organise des stages de remobilisation d’une semaine qui mêlent sensibilisation à la citoyenneté, méthodologie scolaire et groupes de parole animés par un psychologue spécialiste des adolescents en difficulté. Le SAVU, service d’aide aux victimes, intervient notamment sur le harcèlement scolaire.",
                "L’accompagnement se poursuit ensuite au centre social et lors de permanences d’écoute dans les collèges et lycées, ouvertes aux jeunes comme à leurs familles.",
                "Le projet, soutenu par une aide au lancement, cherche des entreprises pour accueillir des collégiens et des lycéens en stage de découverte des métiers.",
            ],
            "en": [
                "In Denain, staff at lower and upper secondary schools spot pupils whose behaviour is causing problems, sometimes as a preventive step, sometimes after a temporary exclusion. “Parenthèses” offers them a chance to step aside for a while.",
                "Throughout the school year, one-week remobilisation courses combine citizenship awareness, study skills and support groups led by a psychologist who specialises in teenagers in difficulty. The SAVU victim support service also takes part, particularly on school bullying.",
                "Support then continues at the social centre and through drop-in listening sessions in schools, open to young people and their families alike.",
                "The project, which received launch support, is looking for companies to host lower and upper secondary pupils for career-discovery internships.",
            ],
        },
        "figures": [],
        "table": None,
        "needs": [
            {
                "kind": "internship-hosts",
                "description": {
                    "fr": "Accueillir des collégiens et des lycéens de Denain pour un stage de découverte des métiers.",
                    "en": "Host lower and upper secondary pupils from Denain for a career-discovery internship.",
                },
            },
        ],
    },
    {
        "slug": "classe-depart",
        "programme": "call-and-care",
        "organisation": "L’Envol",
        "title": {"fr": "Classe Départ", "en": "Classe Départ"},
        "places": {"fr": "Roubaix", "en": "Roubaix"},
        "territories": ["metropole-lilloise"],
        "challenges": ["training-and-employment", "lift-peripheral-barriers"],
        "support": "spreading",
        "people_reached": None,
        "start_date": None,
        "summary": {
            "fr": "Sept mois d’activités artistiques, entre médiation culturelle et cohésion sociale, pour remettre en route des promotions de 12 à 14 jeunes décrochés.",
            "en": "Seven months of arts-based cultural mediation and team building (the name means “starting class”) to get groups of 12 to 14 young people who have dropped out moving again.",
        },
        "story": {
            "fr": [
                "Conçue et mise à l’épreuve par L’Envol, Centre d’Art et de Transformation Sociale, la méthode Classe Départ a connu sa première édition à Arras en 2016. Avec une aide à l’essaimage de Call & Care, elle se déploie à Roubaix.",
                "Chaque promotion réunit douze à quatorze jeunes en rupture scolaire, sociale ou familiale. Recrutés en service civique, ils consacrent sept mois à des activités artistiques de médiation culturelle et de cohésion sociale.",
                "Le parcours vise leur émancipation, leur autonomie et leur employabilité. Sur les cinq premières années, 70 à 80 % des participants ont en moyenne renoué avec l’autonomie, la formation ou l’emploi à la sortie du programme.",
            ],
            "en": [
                "Devised and proven by L'Envol, a centre for art and social transformation, the Classe Départ method was first run in Arras in 2016. With spreading support from Call & Care, it is now being rolled out in Roubaix.",
                "Each group brings together twelve to fourteen young people who have broken off from school, society or their families. Taken on as civic-service volunteers, they spend seven months on arts-based cultural mediation and team-building activities.",
                "The course aims at their emancipation, independence and employability. Over the first five years, an average of 70 to 80% of participants found their way to independence, training or a job at the end of the programme.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "12 à 14", "en": "12 to 14"},
                "unit": _NO_UNIT,
                "label": {"fr": "jeunes par promotion", "en": "young people per group"},
                "source": _SRC_CALL_AND_CARE,
            },
            {
                "number": {"fr": "7", "en": "7"},
                "unit": {"fr": "mois", "en": "months"},
                "label": {"fr": "de parcours en service civique", "en": "of civic service"},
                "source": _SRC_CALL_AND_CARE,
            },
            {
                "number": {"fr": "70 à 80 %", "en": "70 to 80%"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "retrouvent l’autonomie, une formation ou un emploi",
                    "en": "go on to independence, training or a job",
                },
                "source": _SRC_CALL_AND_CARE,
            },
        ],
        "table": None,
        "needs": [],
    },
    {
        "slug": "insertion-rugby",
        "programme": "call-and-care",
        "organisation": "Impact Oval",
        "title": {"fr": "Insertion Rugby", "en": "Insertion Rugby"},
        "places": {
            "fr": "Maubeuge, MEL, Dunkerque, Valenciennes",
            "en": "Maubeuge, MEL, Dunkirk, Valenciennes",
        },
        "territories": [
            "sambre-avesnois-thierache",
            "metropole-lilloise",
            "littoral",
            "valenciennois-denain",
        ],
        "challenges": ["training-and-employment", "prevent-drop-out"],
        "support": "launch",
        "people_reached": None,
        "start_date": None,
        "summary": {
            "fr": "Le rugby comme outil d’éducation et d’insertion pour les filles et les garçons des quartiers prioritaires.",
            "en": "Rugby as a tool for education and access to work for girls and boys from priority neighbourhoods.",
        },
        "story": {
            "fr": [
                "Impact Oval s’adresse aux filles et aux garçons des quartiers prioritaires de la politique de la ville, et fait du rugby un outil d’éducation et d’insertion.",
                "Le parcours se déroule en trois temps : repérer les jeunes volontaires et les intégrer dans des clubs ; les éduquer et les socialiser au sein de ces clubs, avec l’appui des écoles et des familles ; enfin, les accompagner vers l’insertion par le soutien scolaire, les stages, l’alternance et l’embauche chez des entreprises partenaires.",
                "Le projet ouvre aux jeunes des formations et des emplois qui leur sont rarement accessibles. Les valeurs du rugby facilitent aussi leur intégration dans l’entreprise.",
                "Soutenu par une aide au lancement, Impact Oval cherche des co-financeurs pour se déployer hors du département du Nord, et des entreprises prêtes à proposer des contrats en alternance.",
            ],
            "en": [
                "Impact Oval supports girls and boys from the French state's priority urban neighbourhoods, using rugby as a tool for education and access to work.",
                "The course runs in three stages: identifying young volunteers and bringing them into rugby clubs; educating them and building their social skills within the clubs, in touch with schools and families; and finally helping them into work through tutoring, internships, work-study and hiring by partner companies.",
                "The project opens up training and jobs that are rarely within these young people's reach. Rugby's values also make it easier for them to fit into a company.",
                "With launch support, Impact Oval is looking for co-funders to expand beyond the Nord department, and for companies willing to offer work-study contracts.",
            ],
        },
        "figures": [],
        "table": None,
        "needs": [
            {
                "kind": "co-funding",
                "description": {
                    "fr": "Co-financer le déploiement du projet en dehors du département du Nord.",
                    "en": "Co-fund the project's expansion outside the Nord department.",
                },
            },
            {
                "kind": "apprenticeships",
                "description": {
                    "fr": "Proposer des contrats en alternance aux jeunes du programme.",
                    "en": "Offer work-study contracts to young people on the programme.",
                },
            },
        ],
    },
    {
        "slug": "dispositif-4r",
        "programme": "call-and-care",
        "organisation": "Apprentis d’Auteuil",
        "title": {"fr": "Dispositif 4R", "en": "Dispositif 4R"},
        "places": {"fr": "Métropole lilloise", "en": "Lille metropolitan area"},
        "territories": ["metropole-lilloise"],
        "challenges": ["prevent-drop-out", "training-and-employment"],
        "support": "launch",
        "people_reached": 80,
        "start_date": None,
        "summary": {
            "fr": "Au Collège Ressources Saint Jacques, qui accueille 80 élèves en majorité décrocheurs, le dispositif 4R les aide à renouer avec l’école et à construire un projet.",
            "en": "At the Collège Ressources Saint Jacques, a school of 80 pupils most of whom have dropped out, the 4R scheme (Remobilisation, Raccrochage or reconnecting, Réorientation, Réussite or success) helps them reconnect with school and build a plan.",
        },
        "story": {
            "fr": [
                "Porté par la fondation Apprentis d’Auteuil, ce projet concerne le Collège Ressources Saint Jacques, qui accueille 80 jeunes, pour la plupart décrocheurs ou en grande difficulté scolaire.",
                "La grande majorité d’entre eux veulent entrer au plus vite dans la vie active. Le collège a donc créé le dispositif 4R : Remobilisation, Raccrochage, Réorientation, Réussite.",
                "Les élèves qui rejettent l’école y sont accompagnés pour retrouver l’envie d’apprendre et bâtir un nouveau projet d’orientation, en se confrontant au monde professionnel lors de plusieurs stages de découverte des métiers.",
            ],
            "en": [
                "Run by the Apprentis d'Auteuil foundation, this project concerns the Collège Ressources Saint Jacques, a lower secondary school of 80 young people, most of whom have dropped out or are struggling badly at school.",
                "Most of them want to start working as soon as possible. The school therefore created the 4R scheme: Remobilisation, Raccrochage (reconnecting), Réorientation (a new direction) and Réussite (success).",
                "Pupils who reject school are helped to regain the will to learn and to build a new career plan, getting a taste of the working world through several career-discovery internships.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "80", "en": "80"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "élèves au Collège Ressources Saint Jacques",
                    "en": "pupils at the Collège Ressources Saint Jacques",
                },
                "source": _SRC_CALL_AND_CARE,
            },
        ],
        "table": None,
        "needs": [],
    },
    {
        "slug": "culture-sur-mesure",
        "programme": "call-and-care",
        "organisation": "Aéronef, Alefpa, Adep",
        "title": {"fr": "Culture sur mesure", "en": "Culture sur mesure"},
        "places": {"fr": "Roubaix, Lille Fives, Moulins", "en": "Roubaix, Lille Fives, Moulins"},
        "territories": ["metropole-lilloise"],
        "challenges": ["training-and-employment", "lift-peripheral-barriers"],
        "support": "launch",
        "people_reached": None,
        "start_date": None,
        "summary": {
            "fr": "Un parcours de 6 à 10 mois à travers les métiers de la culture pour remobiliser des jeunes et des femmes seules.",
            "en": "A 6- to 10-month course through jobs in culture (“tailor-made culture”) to help young people and single women get back on track.",
        },
        "story": {
            "fr": [
                "Portée par l’Aéronef, l’Alefpa et l’Adep, cette expérimentation vise la (re)mobilisation professionnelle et l’inclusion sociale de jeunes et de femmes seules.",
                "Le milieu artistique sert de terrain d’apprentissage : on y travaille les compétences sociales et les savoirs de base, et chacun apprend à transposer ses qualités personnelles dans un cadre professionnel.",
                "Pendant 6 à 10 mois, chaque jeune découvre l’éventail des métiers culturels, du comptable à l’artiste, et vit de grands moments culturels, tantôt comme spectateur, tantôt comme acteur.",
            ],
            "en": [
                "Run by the Aéronef, Alefpa and Adep, this experiment aims at getting young people and single women back into work and society.",
                "The arts world serves as a training ground: participants work on social skills and basic knowledge, and learn to carry their personal qualities over into a professional setting.",
                "For 6 to 10 months, each young person discovers the wide range of jobs in culture, from accountant to artist, and takes part in major cultural events, sometimes in the audience, sometimes on stage.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "6 à 10", "en": "6 to 10"},
                "unit": {"fr": "mois", "en": "months"},
                "label": {"fr": "d’accompagnement par jeune", "en": "of support per young person"},
                "source": _SRC_CALL_AND_CARE,
            },
        ],
        "table": None,
        "needs": [],
    },
    {
        "slug": "majyc-lille-sud",
        "programme": "call-and-care",
        "organisation": "Itinéraires",
        "title": {"fr": "MAJ’YC", "en": "MAJ'YC"},
        "places": {"fr": "Lille Sud", "en": "Lille Sud"},
        "territories": ["metropole-lilloise"],
        "challenges": ["prevent-drop-out", "support-parents", "training-and-employment"],
        "support": "spreading",
        "people_reached": None,
        "start_date": None,
        "summary": {
            "fr": "Un espace de remobilisation pour les jeunes de 16 à 21 ans qui ont décroché de l’école.",
            "en": "A space where 16- to 21-year-olds who have dropped out of school can get going again (MAJ'YC stands for “Mon Avenir J'Y Crois”, “I believe in my future”).",
        },
        "story": {
            "fr": [
                "MAJ’YC (« Mon Avenir J’Y Crois ») accueille à Lille Sud des jeunes de 16 à 21 ans qui ont décroché de l’école. L’équipe va au-devant des plus éloignés pour les informer, leur faire connaître l’offre de formation et les amener vers un parcours d’insertion professionnelle.",
                "Avant le démarrage, un diagnostic est établi avec le jeune, et avec sa famille lorsqu’il est mineur. Il débouche sur un emploi du temps individualisé et des ateliers pédagogiques adaptés.",
                "Les parents ou le référent social sont associés à la construction du projet du jeune : leur implication est l’une des clés de la réussite.",
            ],
            "en": [
                "MAJ'YC (“Mon Avenir J'Y Crois”) welcomes young people aged 16 to 21 in Lille Sud who have dropped out of school. The team reaches out to those furthest away to inform them, introduce them to the training on offer and bring them onto a path into work.",
                "Before the start, an assessment is carried out with the young person, and with their family when they are under 18. It leads to an individual timetable and tailored learning workshops.",
                "Parents or the social worker in charge take part in building the young person's plan: their involvement is one of the keys to success.",
            ],
        },
        "figures": [],
        "table": None,
        "needs": [],
    },
    {
        "slug": "la-parenthese-tourcoing",
        "programme": "call-and-care",
        "organisation": "AAPI",
        "title": {"fr": "La Parenthèse", "en": "La Parenthèse"},
        "places": {"fr": "Tourcoing", "en": "Tourcoing"},
        "territories": ["metropole-lilloise"],
        "challenges": ["prevent-drop-out", "support-parents"],
        "support": "launch",
        "people_reached": None,
        "start_date": None,
        "summary": {
            "fr": "Un lieu d’accueil et d’apaisement pour les élèves de 11 à 18 ans en difficulté scolaire, y compris les élèves exclus en attente de réaffectation.",
            "en": "A calm place (“the time out”) for pupils aged 11 to 18 who are struggling at school, including excluded pupils waiting to be placed in a new school.",
        },
        "story": {
            "fr": [
                "À Tourcoing, La Parenthèse est un lieu dédié à la rencontre et à l’apaisement scolaire. Elle propose un accompagnement à 360 degrés aux collégiens et lycéens de 11 à 18 ans en difficulté, en décrochage ou sur le point de décrocher.",
                "Une attention particulière est portée aux élèves exclus définitivement de leur établissement : ils y sont accueillis en attendant leur réaffectation, ce qui leur offre, ainsi qu’à leur famille, un temps d’arrêt pour faire le point.",
                "L’équipe part des compétences psychosociales de chaque jeune pour lui montrer qu’il est capable de réussir, avec des atouts qui ne sont pas seulement scolaires. Des liens entre collégiens et lycéens sont aussi envisagés, pour que les plus âgés transmettent à leur tour.",
            ],
            "en": [
                "In Tourcoing, La Parenthèse is a place for meeting and easing tensions around school. It offers all-round support to pupils aged 11 to 18 who are struggling, dropping out or about to.",
                "Special attention goes to pupils permanently excluded from their school: they are taken in while they wait for a new placement, which gives them and their families a pause to take stock.",
                "The team starts from each young person's life skills to show them they can succeed, with strengths that are not only academic. Links between younger and older pupils are also planned, so that the older ones can pass on what they have learned.",
            ],
        },
        "figures": [],
        "table": None,
        "needs": [],
    },
    {
        "slug": "equipe-mobile-douaisis",
        "programme": "call-and-care",
        "organisation": "Mission locale du Douaisis",
        "title": {"fr": "Équipe mobile du Douaisis", "en": "Douaisis mobile team"},
        "places": {"fr": "Douaisis", "en": "Douaisis"},
        "territories": ["douaisis"],
        "challenges": ["lift-peripheral-barriers", "training-and-employment"],
        "support": "launch",
        "people_reached": None,
        "start_date": None,
        "summary": {
            "fr": "Une équipe mobile de travailleurs sociaux va à la rencontre des jeunes « invisibles » et les remobilise grâce à un atelier vélo.",
            "en": "A mobile team of social workers reaches out to “invisible” young people and gets them moving again through a bike workshop.",
        },
        "story": {
            "fr": [
                "Fruit d’un travail plus étroit entre les centres sociaux, les clubs de prévention et la Mission locale du Douaisis, une équipe mobile et pluridisciplinaire de travailleurs sociaux cherche des solutions avec les jeunes en situation de fragilité, notamment ceux que l’on appelle les « invisibles ».",
                "Première étape : le repérage. L’équipe se rend au plus près de ces jeunes pour comprendre ce qui peut les aider et ce qui les freine.",
                "Deuxième étape : la remobilisation par le vélo. Une fois le contact établi, chaque jeune se voit proposer des outils, des services et des relais de proximité pour devenir acteur de son parcours, notamment dans un atelier d’entretien et de réparation de vélos organisé en chantier d’insertion.",
            ],
            "en": [
                "Born of closer cooperation between social centres, street-work prevention clubs and the Mission locale du Douaisis, a mobile, multidisciplinary team of social workers looks for solutions with vulnerable young people, especially those known as the “invisibles”.",
                "Step one: outreach. The team goes as close as possible to these young people to understand what could help them and what is holding them back.",
                "Step two: getting moving again by bike. Once contact is made, each young person is offered tools, services and local partners so they can take charge of their own path, in particular in a bike maintenance and repair workshop run as a work-integration project.",
            ],
        },
        "figures": [],
        "table": None,
        "needs": [],
    },
    {
        "slug": "maison-nouvelle",
        "programme": "call-and-care",
        "organisation": "Centre social Maison Nouvelle",
        "title": {
            "fr": "Accompagnement des jeunes du Haut Vinage",
            "en": "Supporting young people in Haut Vinage",
        },
        "places": {
            "fr": "Métropole lilloise, quartier du Haut Vinage",
            "en": "Lille metropolitan area, Haut Vinage neighbourhood",
        },
        "territories": ["metropole-lilloise"],
        "challenges": ["training-and-employment", "lift-peripheral-barriers"],
        "support": "launch",
        "people_reached": 35,
        "start_date": None,
        "summary": {
            "fr": "Le centre social Maison Nouvelle accompagne 35 jeunes de 16 à 30 ans sans emploi pour qu’ils reprennent confiance et construisent leur projet professionnel.",
            "en": "The Maison Nouvelle social centre supports 35 unemployed young people aged 16 to 30 as they regain confidence and build their career plans.",
        },
        "story": {
            "fr": [
                "Installé au cœur du quartier du Haut Vinage, le centre social Maison Nouvelle reçoit depuis 2016 de nombreux jeunes, toute l’année.",
                "Le projet accompagne, individuellement et collectivement, 35 jeunes de 16 à 30 ans sans emploi, en situation de décrochage et pas encore prêts à entrer en formation ou à occuper un poste.",
                "L’équipe a fait un constat : la nouvelle génération veut s’épanouir dans un travail qui a du sens, à la croisée de ses compétences et de ses envies. L’accompagnement vise donc à remettre les jeunes en mouvement, à renforcer leur confiance et leur autonomie, et à leur ouvrir le monde professionnel.",
            ],
            "en": [
                "Located in the heart of the Haut Vinage neighbourhood, the Maison Nouvelle social centre has been welcoming many young people all year round since 2016.",
                "The project offers individual and group support to 35 unemployed young people aged 16 to 30 who have dropped out and are not yet ready to start training or a job.",
                "The team has noticed that the new generation wants to thrive in meaningful work that reflects both their skills and their interests. The support therefore aims to get young people moving again, build their confidence and independence, and open up the working world to them.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "35", "en": "35"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "jeunes de 16 à 30 ans accompagnés",
                    "en": "young people aged 16 to 30 supported",
                },
                "source": _SRC_CALL_AND_CARE,
            },
        ],
        "table": None,
        "needs": [],
    },
    {
        "slug": "defile-decale",
        "programme": "call-and-care",
        "organisation": "FCP",
        "title": {
            "fr": "Défilé décalé pour lever les freins à l’insertion",
            "en": "Défilé décalé pour lever les freins à l'insertion",
        },
        "places": {
            "fr": "Métropole européenne de Lille (MEL)",
            "en": "Métropole Européenne de Lille (MEL)",
        },
        "territories": ["metropole-lilloise"],
        "challenges": ["training-and-employment", "lift-peripheral-barriers"],
        "support": "launch",
        "people_reached": 25,
        "start_date": None,
        "summary": {
            "fr": "Deux défilés, l’un sérieux, l’autre décalé, pour que 25 jeunes sans emploi ni formation apprennent à réussir un entretien d’embauche.",
            "en": "Two fashion shows, one serious and one tongue-in-cheek (an “offbeat fashion show to lift the barriers to work”), so that 25 young people out of work and training learn how to succeed at a job interview.",
        },
        "story": {
            "fr": [
                "Dans le cadre du dispositif Initiative Emploi pour les jeunes (IEJ), FCP suit 25 jeunes âgés de 16 à 30 ans, ni scolarisés, ni en formation, ni en emploi (NEET). Objectif : les aider à accéder à l’alternance, à l’emploi ou à une formation qualifiante, en levant les freins à leur insertion.",
                "Le projet prend la forme de deux défilés. Le premier, sérieux, montre comment se présenter à un entretien d’embauche ; le second, décalé, met en scène tout ce qu’il ne faut surtout pas faire.",
                "Chaque participant se fixe des objectifs personnalisés lors d’un entretien à trois, avec son référent et des médiateurs culturels.",
            ],
            "en": [
                "As part of the Youth Employment Initiative (IEJ), FCP supports 25 young people aged 16 to 30 who are not in education, employment or training (NEET). The aim is to help them into work-study, jobs or qualifying training by removing the barriers in their way.",
                "The project takes the form of two fashion shows. The first, serious one shows how to present yourself at a job interview; the second, offbeat one acts out everything you should never do.",
                "Each participant sets personal goals in a three-way interview with their adviser and cultural mediators.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "25", "en": "25"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "jeunes ni en emploi, ni en études, ni en formation accompagnés",
                    "en": "young people not in employment, education or training supported",
                },
                "source": _SRC_CALL_AND_CARE,
            },
            {
                "number": {"fr": "2", "en": "2"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "défilés : l’un sérieux, l’autre décalé",
                    "en": "fashion shows: one serious, one offbeat",
                },
                "source": _SRC_CALL_AND_CARE,
            },
        ],
        "table": None,
        "needs": [],
    },
    {
        "slug": "ose-creer-ton-job",
        "programme": "call-and-care",
        "organisation": "Positive Planet",
        "title": {"fr": "Ose créer ton job", "en": "Ose créer ton job"},
        "places": {
            "fr": "Roubaix, Tourcoing, Croix, Lille Sud",
            "en": "Roubaix, Tourcoing, Croix, Lille Sud",
        },
        "territories": ["metropole-lilloise"],
        "challenges": ["training-and-employment"],
        "support": "spreading",
        "people_reached": None,
        "start_date": None,
        "summary": {
            "fr": "Un accompagnement de 4 à 6 mois pour créer sa propre activité quand on est éloigné de l’emploi.",
            "en": "A 4- to 6-month programme (“Dare to create your job”) that helps people far from employment start their own business.",
        },
        "story": {
            "fr": [
                "« Ose créer ton job » accompagne vers la création d’entreprise des personnes confrontées à de grandes difficultés d’insertion, en décrochage et éloignées des institutions.",
                "Pendant 4 à 6 mois, chaque participant alterne ateliers collectifs et coaching individuel, et acquiert de véritables compétences d’entrepreneur.",
                "Une communauté d’anciens participants, les « Positiveurs », entretient ensuite la dynamique du groupe.",
                "Soutenu par Call & Care pour son essaimage, le programme cherche des co-financeurs pour s’ouvrir aux personnes de 30 ans et plus, ainsi que des chefs d’entreprise prêts à parrainer de jeunes porteurs de projet.",
            ],
            "en": [
                "“Ose créer ton job” helps people who face serious obstacles to finding work, who have dropped out and who are far from public institutions to start their own business.",
                "For 4 to 6 months, each participant alternates group workshops with one-to-one coaching and gains real entrepreneurial skills.",
                "A community of former participants, the “Positiveurs”, then keeps the group's momentum going.",
                "Backed by Call & Care to spread further, the programme is looking for co-funders so it can open up to people aged 30 and over, and for business leaders willing to mentor young entrepreneurs.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "4 à 6", "en": "4 to 6"},
                "unit": {"fr": "mois", "en": "months"},
                "label": {
                    "fr": "d’accompagnement à la création d’entreprise",
                    "en": "of business-creation support",
                },
                "source": _SRC_CALL_AND_CARE,
            },
        ],
        "table": None,
        "needs": [
            {
                "kind": "co-funding",
                "description": {
                    "fr": "Co-financer l’ouverture du programme aux personnes de 30 ans et plus.",
                    "en": "Co-fund the opening of the programme to people aged 30 and over.",
                },
            },
            {
                "kind": "mentors",
                "description": {
                    "fr": "Parrainer, en tant que chef d’entreprise, un jeune porteur de projet.",
                    "en": "Mentor a young entrepreneur as a business leader.",
                },
            },
        ],
    },
    # FIJeM, year 1 (2024-2025) ----------------------------------------------------------------
    {
        "slug": "pair-a-pair-contre-le-harcelement",
        "programme": "fijem",
        "organisation": "Unis-Cité, Afev, Citéo",
        "title": {
            "fr": "Le pair à pair contre le harcèlement",
            "en": "Peer to peer against bullying",
        },
        "places": {
            "fr": "Collèges, lycées, centres sociaux et associations de jeunesse de la MEL",
            "en": "Lower and upper secondary schools, social centres and youth associations across the MEL",
        },
        "territories": ["metropole-lilloise"],
        "challenges": ["act-against-bullying"],
        "support": None,
        "people_reached": 2215,
        "start_date": None,
        "summary": {
            "fr": "Des volontaires et des médiateurs unissent leurs forces pour sensibiliser les 11-18 ans au harcèlement et former des élèves ambassadeurs.",
            "en": "Volunteers and mediators join forces to raise awareness of bullying among 11- to 18-year-olds and train pupil ambassadors.",
        },
        "story": {
            "fr": [
                "Unis-Cité, l’Afev et Citéo se sont associés, avec le soutien du Fonds d’Innovation Jeunes en Métropole (FIJeM), pour lutter contre le harcèlement grâce au pair à pair. Huit volontaires d’Unis-Cité, cinq volontaires de l’Afev et trois médiateurs de Citéo Médiation interviennent auprès des jeunes de 11 à 18 ans.",
                "Écoute, sensibilisation, prévention, ateliers et accompagnement : le collectif agit dans les collèges et lycées de la MEL, les centres sociaux et les associations de jeunesse, sur place ou de façon itinérante. Il forme et suit aussi les élèves ambassadeurs du programme pHARe.",
                "Au cours de cette première année, il a animé 134 ateliers ludiques pour 2 215 bénéficiaires et 35 ciné-débats pour 600 bénéficiaires, et formé 91 élèves ambassadeurs, dont 70 collégiens et 21 lycéens. Il était aussi présent lors de temps forts, comme un forum à Villeneuve d’Ascq ou la journée #JeM l’Avenir à Lille.",
                "Pour les partenaires, l’apport du FIJeM a été de sortir du travail en silos : en croisant leurs approches, ils offrent aux jeunes davantage de portes d’entrée pour mettre des mots sur leurs maux. Un temps fort commun est prévu en 2026.",
            ],
            "en": [
                "Unis-Cité, Afev and Citéo have teamed up, with support from the Fonds d'Innovation Jeunes en Métropole (FIJeM), to fight bullying through peer-to-peer work. Eight Unis-Cité volunteers, five Afev volunteers and three mediators from Citéo Médiation work with young people aged 11 to 18.",
                "Listening, awareness-raising, prevention, workshops and support: the group works in the MEL's schools, social centres and youth associations, both on site and on the move. It also trains and follows the pupil ambassadors of the national pHARe anti-bullying programme.",
                "During this first year, it ran 134 playful workshops for 2,215 participants and 35 film debates for 600 participants, and trained 91 pupil ambassadors, 70 in lower and 21 in upper secondary school. It also took part in events such as a forum in Villeneuve d'Ascq and the #JeM l'Avenir day in Lille.",
                "For the partners, the FIJeM's added value was breaking out of working in silos: by combining their approaches, they give young people more ways in to put words to what hurts. A joint highlight event is planned for 2026.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "134", "en": "134"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "ateliers ludiques (2 215 bénéficiaires)",
                    "en": "playful workshops (2,215 participants)",
                },
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "35", "en": "35"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "ciné-débats (600 bénéficiaires)",
                    "en": "film debates (600 participants)",
                },
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "91", "en": "91"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "élèves ambassadeurs formés (70 collégiens, 21 lycéens)",
                    "en": "pupil ambassadors trained (70 lower and 21 upper secondary)",
                },
                "source": _SRC_FIJEM,
            },
        ],
        "table": None,
        "needs": [],
    },
    {
        "slug": "majyc-hors-qpv",
        "programme": "fijem",
        "organisation": "Missions locales Lille Avenirs et Impulsions Sud",
        "title": {
            "fr": "MAJ’YC hors quartiers prioritaires",
            "en": "MAJ'YC outside priority neighbourhoods",
        },
        "places": {"fr": "Lille, Annœullin, La Bassée", "en": "Lille, Annœullin, La Bassée"},
        "territories": ["metropole-lilloise"],
        "challenges": ["prevent-drop-out", "lift-peripheral-barriers"],
        "support": None,
        "people_reached": 75,
        "start_date": "2024-07-01",
        "summary": {
            "fr": "Prévenir le décrochage et raccrocher les 16-21 ans qui vivent hors des quartiers prioritaires : 75 jeunes mobilisés depuis le 1er juillet 2024.",
            "en": "Drop-out prevention and re-engagement for 16- to 21-year-olds living outside priority neighbourhoods: 75 young people involved since 1 July 2024.",
        },
        "story": {
            "fr": [
                "MAJ’YC (« Mon Avenir J’Y Crois ») est un espace de remobilisation pour les jeunes décrocheurs de 16 à 21 ans. Avec le FIJeM, les Missions locales Lille Avenirs et Impulsions Sud l’ouvrent aux jeunes qui vivent en dehors des quartiers de la politique de la ville.",
                "Les jeunes sont accueillis à Lille ou dans les antennes d’Annœullin et de La Bassée, avec un emploi du temps individualisé et des ateliers pédagogiques adaptés. L’équipe va au-devant des plus éloignés, jusqu’à organiser des visites à domicile pour ceux qui ne répondent pas aux sollicitations.",
                "L’objectif est de lever les freins dits périphériques (santé, droits, logement, mobilité) et d’ouvrir le champ des possibles. L’accompagnement comprend des démarches d’ouverture de droits, comme la carte nationale d’identité ou la carte Pass Pass.",
                "Du 1er juillet 2024 au 15 mai 2025, 75 jeunes ont été mobilisés : 30 filles et 45 garçons, dont 62 mineurs. Le FIJeM a notamment permis d’investir les zones rurales du secteur d’Impulsions Sud, où la mobilité des jeunes reste une difficulté.",
            ],
            "en": [
                "MAJ'YC (“Mon Avenir J'Y Crois”, “I believe in my future”) is a space where young people aged 16 to 21 who have dropped out can get going again. With the FIJeM, the Lille Avenirs and Impulsions Sud Missions locales have opened it to young people living outside the state's priority urban neighbourhoods.",
                "Young people are welcomed in Lille or at the Annœullin and La Bassée branches, with an individual timetable and tailored learning workshops. The team reaches out to those furthest away, even making home visits to those who do not respond.",
                "The goal is to lift the so-called peripheral barriers (health, rights, housing, mobility) and open up new possibilities. Support includes sorting out rights and documents, such as the national identity card or the Pass Pass transport card.",
                "From 1 July 2024 to 15 May 2025, 75 young people took part: 30 girls and 45 boys, 62 of them under 18. The FIJeM made it possible, in particular, to work in the rural parts of the Impulsions Sud area, where getting around remains difficult for young people.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "75", "en": "75"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "jeunes mobilisés du 1er juillet 2024 au 15 mai 2025",
                    "en": "young people involved from 1 July 2024 to 15 May 2025",
                },
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "30 / 45", "en": "30 / 45"},
                "unit": _NO_UNIT,
                "label": {"fr": "filles / garçons", "en": "girls / boys"},
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "62", "en": "62"},
                "unit": _NO_UNIT,
                "label": {"fr": "mineurs parmi eux", "en": "of them under 18"},
                "source": _SRC_FIJEM,
            },
        ],
        "table": None,
        "needs": [],
    },
    {
        "slug": "epiceries-solidaires-etudiantes",
        "programme": "fijem",
        "organisation": "Université de Lille",
        "title": {
            "fr": "Épiceries solidaires étudiantes de l’Université de Lille",
            "en": "Student solidarity groceries at the Université de Lille",
        },
        "places": {
            "fr": "Lille, Villeneuve d’Ascq, Roubaix",
            "en": "Lille, Villeneuve d'Ascq, Roubaix",
        },
        "territories": ["metropole-lilloise"],
        "challenges": ["student-food-insecurity"],
        "support": None,
        "people_reached": 852,
        "start_date": "2024-09-01",
        "summary": {
            "fr": "L’Université de Lille renforce son réseau d’épiceries solidaires et de distributions alimentaires pour que ses étudiants puissent étudier dans de meilleures conditions.",
            "en": "The Université de Lille is strengthening its network of solidarity groceries and food distributions so that its students can study in better conditions.",
        },
        "story": {
            "fr": [
                "Avec le soutien du FIJeM, l’Université de Lille consolide son réseau d’épiceries solidaires étudiantes et développe des distributions alimentaires, avec les structures d’aide alimentaire de la métropole et les associations étudiantes.",
                "Les étudiants y trouvent des produits alimentaires, d’hygiène et ménagers à des prix réduits de 70 à 90 %. Une cinquième épicerie, l’AGORAé Roubaisienne, a ouvert en septembre 2024 sur le campus Roubaix-Gare, et La Campuserie, sur le campus Pont de Bois à Villeneuve d’Ascq, a été agrandie.",
                "Entre 2023-2024 et 2024-2025, la capacité d’accueil a augmenté de 75,7 % et la surface des épiceries de 43,2 %. Depuis septembre 2024, 852 bénéficiaires ont été accompagnés, soit 82,8 % de plus que l’année précédente. Deux grandes distributions, à Roubaix en novembre 2024 et à Loos en avril 2025, ont touché 691 bénéficiaires.",
                "Le projet a aussi permis de recruter 15 jeunes : 10 volontaires en service civique, 4 étudiants et 1 apprenti. Les dons collectés comptent notamment 8 960 kg de denrées alimentaires et 4 893 produits d’hygiène.",
            ],
            "en": [
                "With support from the FIJeM, the Université de Lille is consolidating its network of student solidarity groceries and developing food distributions, in partnership with food-aid organisations in the MEL and student associations.",
                "Students can buy food, hygiene and household products there at prices cut by 70 to 90%. A fifth grocery, the AGORAé Roubaisienne, opened in September 2024 on the Roubaix-Gare campus, and La Campuserie, on the Pont de Bois campus in Villeneuve d'Ascq, was enlarged.",
                "Between 2023-2024 and 2024-2025, capacity rose by 75.7% and the groceries' floor space by 43.2%. Since September 2024, 852 people have been helped, 82.8% more than the previous year. Two large distributions, in Roubaix in November 2024 and in Loos in April 2025, reached 691 people.",
                "The project also made it possible to recruit 15 young people: 10 civic-service volunteers, 4 students on student contracts and 1 apprentice. Donations collected include 8,960 kg of food and 4,893 hygiene products.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "852", "en": "852"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "bénéficiaires depuis septembre 2024 (+82,8 %)",
                    "en": "people helped since September 2024 (+82.8%)",
                },
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "+75,7 %", "en": "+75.7%"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "de capacité d’accueil (650 places en file active)",
                    "en": "in capacity (650 people supported at a time)",
                },
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "8 960 kg", "en": "8,960 kg"},
                "unit": _NO_UNIT,
                "label": {"fr": "de denrées alimentaires données", "en": "of food donated"},
                "source": _SRC_FIJEM,
            },
        ],
        "table": {
            "caption": {
                "fr": "Les épiceries solidaires de l’Université de Lille (données extraites le 14 mai 2025 ; le second semestre 2024-2025 est en cours)",
                "en": "The Université de Lille's solidarity groceries (data extracted on 14 May 2025; the second half of 2024-2025 is still under way)",
            },
            "headers": {
                "fr": [
                    "Indicateur",
                    "2023-2024",
                    "2024-2025, 1er semestre (septembre 2024 – janvier 2025)",
                    "2024-2025, 2nd semestre (février – août 2025)",
                ],
                "en": [
                    "Indicator",
                    "2023-2024",
                    "2024-2025, first semester (September 2024 – January 2025)",
                    "2024-2025, second semester (February – August 2025)",
                ],
            },
            "rows": [
                [
                    {"fr": "Nombre d’épiceries solidaires", "en": "Number of solidarity groceries"},
                    "4",
                    "5",
                    "5",
                ],
                [
                    {
                        "fr": "Capacité d’accueil (file active)",
                        "en": "Capacity (people supported at a time)",
                    },
                    "370",
                    "610",
                    "650",
                ],
                [{"fr": "Superficie (m²)", "en": "Floor space (m²)"}, "169", "242", "242"],
                [
                    {"fr": "Nombre de bénéficiaires", "en": "Number of people helped"},
                    "466",
                    "478",
                    "374",
                ],
            ],
        },
        "needs": [],
    },
    {
        "slug": "accroche-toi-a-ton-avenir",
        "programme": "fijem",
        "organisation": "Réseau des Missions locales de la Métropole européenne de Lille",
        "title": {
            "fr": "Accroche-toi à ton avenir (ATTA)",
            "en": "Accroche-toi à ton avenir (ATTA)",
        },
        "places": {
            "fr": "Métropole européenne de Lille (MEL)",
            "en": "Métropole Européenne de Lille (MEL)",
        },
        "territories": ["metropole-lilloise"],
        "challenges": ["prevent-drop-out", "training-and-employment"],
        "support": None,
        "people_reached": 202,
        "start_date": "2024-09-01",
        "summary": {
            "fr": "Les 9 Missions locales de la MEL s’unissent pour repérer et accompagner les lycéens, étudiants et apprentis en voie de décrochage.",
            "en": "The MEL's 9 Missions locales join forces (“Hold on to your future”) to find and support high-school pupils, students and apprentices at risk of dropping out.",
        },
        "story": {
            "fr": [
                "« Accroche-toi à ton avenir » (ATTA) fédère les 9 Missions locales de la Métropole européenne de Lille, coordonnées par la Mission locale Lille Avenirs. Elles travaillent avec l’Éducation nationale (22 lycées professionnels et 16 lycées polyvalents), les CIO, l’Université de Lille et des acteurs de l’alternance comme la CMA, le CFA Travaux publics et LAHO.",
                "L’action s’adresse aux jeunes de 16 à 25 ans de la métropole qui décrochent ou risquent de décrocher du lycée, surtout des filières professionnelles, de l’université ou de l’apprentissage. Elle cherche à les rencontrer tôt, à dédramatiser la réorientation et à leur donner les clés du monde professionnel.",
                "Entre septembre 2024 et juin 2025, les Missions locales ont rencontré 202 jeunes scolarisés en décrochage ; 120 d’entre eux ont signé un contrat d’accompagnement, soit 59,41 %. À la fin du parcours, 24,17 % avaient quitté l’école avec une solution, 24,17 % étaient toujours scolarisés et 21,67 % étaient réorientés ou en cours de réorientation.",
                "Le réseau est désormais en lien avec 33 des 38 lycées professionnels ou polyvalents de la MEL et tient des permanences dans 12 d’entre eux. Il a aussi accompagné 132 étudiants dans le cadre de l’action « parcours de réussite ».",
                "Pour les Missions locales, le FIJeM a resserré les liens avec les lycées professionnels et raccourci le temps pendant lequel un jeune qui décroche reste sans accompagnement.",
            ],
            "en": [
                "“Accroche-toi à ton avenir” (ATTA) brings together the 9 Missions locales of the Métropole Européenne de Lille, coordinated by the Mission locale Lille Avenirs. They work with the national education system (22 vocational and 16 general-and-vocational high schools), the guidance centres (CIO), the Université de Lille and work-study players such as the CMA, the CFA Travaux publics and LAHO.",
                "The action is aimed at young people aged 16 to 25 in the metropolitan area who are dropping out, or at risk of dropping out, of high school, especially vocational courses, of university or of apprenticeships. It seeks to meet them early, take the drama out of changing course and give them the keys to the working world.",
                "Between September 2024 and June 2025, the Missions locales met 202 pupils who were dropping out; 120 of them signed a support contract, or 59.41%. At the end of the course, 24.17% had left school with a solution, 24.17% were still at school and 21.67% had changed or were changing course.",
                "The network is now in touch with 33 of the MEL's 38 vocational or general-and-vocational high schools and runs drop-in sessions in 12 of them. It also supported 132 university students through the “parcours de réussite” (pathway to success) action.",
                "For the Missions locales, the FIJeM has tightened their ties with vocational high schools and shortened the time a young person who drops out spends without any support.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "202", "en": "202"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "jeunes en décrochage rencontrés entre septembre 2024 et juin 2025",
                    "en": "young people dropping out met between September 2024 and June 2025",
                },
                "source": _SRC_ATTA,
            },
            {
                "number": {"fr": "59,41 %", "en": "59.41%"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "ont signé un contrat d’accompagnement (120 jeunes)",
                    "en": "signed a support contract (120 young people)",
                },
                "source": _SRC_ATTA,
            },
            {
                "number": {"fr": "33", "en": "33"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "lycées professionnels ou polyvalents de la MEL sur 38 en lien avec les Missions locales",
                    "en": "of the MEL's 38 vocational or general-and-vocational high schools in touch with the Missions locales",
                },
                "source": _SRC_ATTA,
            },
        ],
        "table": {
            "caption": {
                "fr": "Situation des jeunes ayant signé un contrat d’accompagnement, par Mission locale (septembre 2024 – juin 2025 ; le total des refus n’est pas renseigné dans la source)",
                "en": "Outcomes for the young people who signed a support contract, by Mission locale (September 2024 – June 2025; the source gives no total for refusals)",
            },
            "headers": {
                "fr": [
                    "Situation",
                    "Lille Avenirs",
                    "Métropole Sud",
                    "Lys Tourcoing",
                    "MNO",
                    "ADELIE",
                    "Roubaix",
                    "Val de Marque",
                    "Wattrelos",
                    "Armentières",
                    "Total",
                ],
                "en": [
                    "Outcome",
                    "Lille Avenirs",
                    "Métropole Sud",
                    "Lys Tourcoing",
                    "MNO",
                    "ADELIE",
                    "Roubaix",
                    "Val de Marque",
                    "Wattrelos",
                    "Armentières",
                    "Total",
                ],
            },
            "rows": [
                [
                    {"fr": "Parcours contractualisé", "en": "Support contract signed"},
                    "35",
                    "31",
                    "10",
                    "5",
                    "6",
                    "22",
                    "3",
                    "2",
                    "6",
                    "120",
                ],
                [
                    {"fr": "Déscolarisés avec une solution", "en": "Left school, with a solution"},
                    "7",
                    "11",
                    "0",
                    "1",
                    "3",
                    "5",
                    "0",
                    "0",
                    "2",
                    "29",
                ],
                [
                    {"fr": "Déscolarisés sans solution", "en": "Left school, without a solution"},
                    "8",
                    "7",
                    "1",
                    "0",
                    "0",
                    "1",
                    "0",
                    "0",
                    "0",
                    "17",
                ],
                [
                    {"fr": "Toujours scolarisés", "en": "Still at school"},
                    "7",
                    "8",
                    "0",
                    "4",
                    "0",
                    "6",
                    "0",
                    "0",
                    "4",
                    "29",
                ],
                [
                    {"fr": "Réorientation", "en": "Change of course"},
                    "7",
                    "5",
                    "0",
                    "0",
                    "0",
                    "10",
                    "2",
                    "2",
                    "0",
                    "26",
                ],
                [
                    {"fr": "Toujours en cours d’accompagnement", "en": "Still being supported"},
                    "6",
                    "0",
                    "9",
                    "0",
                    "3",
                    "0",
                    "1",
                    "0",
                    "0",
                    "19",
                ],
                [
                    {
                        "fr": "Refus du parcours / injoignables",
                        "en": "Declined support / unreachable",
                    },
                    "33",
                    "20",
                    "4",
                    "2",
                    "7",
                    "5",
                    "3",
                    "0",
                    "3",
                    "",
                ],
            ],
        },
        "needs": [],
    },
    {
        "slug": "hebergement-temporaire-securise",
        "programme": "fijem",
        "organisation": "Mission Emploi Lys-Tourcoing (MELT)",
        "title": {
            "fr": "Sécuriser l’accès à l’hébergement temporaire",
            "en": "Securing access to temporary housing",
        },
        "places": {"fr": "Métropole lilloise", "en": "Lille metropolitan area"},
        "territories": ["metropole-lilloise"],
        "challenges": ["secure-housing", "training-and-employment"],
        "support": None,
        "people_reached": 10,
        "start_date": None,
        "summary": {
            "fr": "Un hébergement temporaire sécurisé, adossé au Contrat d’Engagement Jeune, pour des jeunes en grande difficulté restés sans solution.",
            "en": "Secured temporary housing, linked to the Contrat d'Engagement Jeune (youth commitment contract), for young people in serious difficulty who had been left without a solution.",
        },
        "story": {
            "fr": [
                "Certains jeunes en grande difficulté ne trouvent de place nulle part : écartés des réponses de droit commun (résidences pour jeunes, logement social, FSL…), ils ne relèvent pas pour autant d’un CHRS, et l’hébergement d’urgence ne leur convient pas. Cette action ose une autre réponse.",
                "Elle adosse un parcours d’hébergement à une insertion professionnelle réaliste, en faisant du Contrat d’Engagement Jeune (561,68 € par mois) un tremplin vers l’autonomie. Un fonds de garantie couvre le risque d’impayés de loyer, ce qui rassure les opérateurs de l’hébergement et accélère l’entrée des jeunes dans les lieux.",
                "Au moment du bilan de juin 2025, dix jeunes de 19 à 27 ans, cinq garçons et cinq filles, étaient concernés. Deux clubs de prévention, l’AAPI et Horizon 9, les épaulent avant et pendant l’hébergement ; pour trois d’entre eux, 747 € ont été avancés pour l’entrée en colocation.",
                "L’équipe le reconnaît : ces parcours demandent un accompagnement social plus soutenu, et rien ne se fait sans la volonté du jeune. Mais sans la sécurité apportée par le FIJeM, ces tentatives n’auraient pas abouti.",
            ],
            "en": [
                "Some young people in serious difficulty find no place anywhere: turned away by mainstream options (youth residences, social housing, the FSL housing fund…), they do not qualify for a CHRS shelter either, and emergency accommodation does not suit them. This action dares to offer another answer.",
                "It pairs a housing path with a realistic route into work, using the Contrat d'Engagement Jeune (€561.68 a month) as a springboard to independence. A guarantee fund covers the risk of unpaid rent, which reassures housing providers and speeds up young people's move-in.",
                "At the June 2025 review, ten young people aged 19 to 27, five young men and five young women, were involved. Two street-work prevention clubs, AAPI and Horizon 9, support them before and during their stay; for three of them, €747 was advanced to cover the move into a flat-share.",
                "The team admits that these paths call for heavier social support, and that nothing happens without the young person's own will. But without the security the FIJeM provides, these attempts would not have succeeded.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "10", "en": "10"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "jeunes de 19 à 27 ans hébergés (5 garçons, 5 filles)",
                    "en": "young people aged 19 to 27 housed (5 men, 5 women)",
                },
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "12", "en": "12"},
                "unit": {"fr": "mois", "en": "months"},
                "label": {
                    "fr": "de parcours complet, hébergement et Contrat d’Engagement Jeune réunis",
                    "en": "of complete pathway, combining housing and the youth commitment contract",
                },
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "747 €", "en": "€747"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "avancés pour l’entrée en colocation de trois jeunes",
                    "en": "advanced for three young people to move into a flat-share",
                },
                "source": _SRC_FIJEM,
            },
        ],
        "table": None,
        "needs": [],
    },
    {
        "slug": "chantiers-educatifs",
        "programme": "fijem",
        "organisation": "Mission locale Val de Marque",
        "title": {
            "fr": "Chantiers éducatifs du Versant Nord-Est",
            "en": "Educational worksites in the Versant Nord-Est",
        },
        "places": {
            "fr": "Versant Nord-Est : Roubaix, Tourcoing, Wattrelos, Val de Marque",
            "en": "Versant Nord-Est: Roubaix, Tourcoing, Wattrelos, Val de Marque",
        },
        "territories": ["metropole-lilloise"],
        "challenges": ["training-and-employment", "prevent-drop-out"],
        "support": None,
        "people_reached": None,
        "start_date": None,
        "summary": {
            "fr": "Des parcours intensifs qui mêlent sport, jeux et découverte des métiers pour remobiliser les 16-25 ans du Versant Nord-Est.",
            "en": "Intensive courses mixing sport, games and job discovery to get 16- to 25-year-olds in the north-east of the metropolitan area moving again.",
        },
        "story": {
            "fr": [
                "Portée par la Mission locale Val de Marque avec ses partenaires du Versant Nord-Est, cette action s’adresse aux jeunes de 16 à 25 ans en décrochage scolaire, ou en passe de l’être, qui vivent à Val de Marque, Lys-Tourcoing, Roubaix ou Wattrelos-Leers.",
                "Les activités ludiques et sportives servent de porte d’entrée. Elles s’articulent avec des actions tournées vers l’emploi : découverte des métiers, immersions, visites d’entreprises et rencontres avec des professionnels.",
                "Deux parcours intensifs ont rythmé l’année : le « Challenge d’Hiver », avec environ 120 participants, et le « Sprint vers l’Emploi », avec environ 150 participants. Une nouvelle édition du Sprint vers l’Emploi était programmée du 23 au 27 juin 2025.",
                "Pour les partenaires, le FIJeM a servi de levier pour agir ensemble à l’échelle du bassin d’emploi et rendre l’offre d’insertion plus lisible et plus complémentaire.",
            ],
            "en": [
                "Run by the Mission locale Val de Marque with its partners in the Versant Nord-Est, this action is aimed at young people aged 16 to 25 who have dropped out of school, or are about to, and live in Val de Marque, Lys-Tourcoing, Roubaix or Wattrelos-Leers.",
                "Games and sport are the way in. They are combined with work-oriented activities: discovering jobs, work placements, company visits and meetings with professionals.",
                "Two intensive courses marked the year: the “Challenge d'Hiver” (winter challenge), with about 120 participants, and the “Sprint vers l'Emploi” (sprint to employment), with about 150. A new Sprint vers l'Emploi was scheduled for 23 to 27 June 2025.",
                "For the partners, the FIJeM was a lever for acting together across the whole employment area and making the range of integration support clearer and more complementary.",
            ],
        },
        "figures": [
            {
                "number": {"fr": "120", "en": "120"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "participants environ au « Challenge d’Hiver »",
                    "en": "participants (approx.) in the “Challenge d'Hiver”",
                },
                "source": _SRC_FIJEM,
            },
            {
                "number": {"fr": "150", "en": "150"},
                "unit": _NO_UNIT,
                "label": {
                    "fr": "participants environ au « Sprint vers l’Emploi »",
                    "en": "participants (approx.) in the “Sprint vers l'Emploi”",
                },
                "source": _SRC_FIJEM,
            },
        ],
        "table": None,
        "needs": [],
    },
]

# Testimonials --------------------------------------------------------------------------------

TESTIMONIALS = [
    {
        "slug": "yacine",
        "first_name": "Yacine",
        "age": 19,
        "project": "passe-decisive",
        "territory": "metropole-lilloise",
        "quote": {
            "fr": "Grâce à Sport dans la Ville, je me suis ouvert aux autres. Aujourd’hui, j’ose prendre la parole, même en public.",
            "en": "Thanks to Sport dans la Ville, I opened up to other people. Now I dare to speak up, even in public.",
        },
        "story": {
            "fr": [
                "Yacine, 19 ans, a rejoint « Passe décisive », le parcours de Sport dans la Ville qui accompagne des jeunes décrocheurs vers l’emploi en s’appuyant sur le sport et le collectif.",
                "Au contact du groupe, il s’est ouvert aux autres et a fait de nouvelles rencontres. Il a aussi travaillé sur lui-même : il s’exprime mieux en public et prend plus souvent la parole.",
            ],
            "en": [
                "Yacine, 19, joined “Passe décisive”, Sport dans la Ville's course that guides young people who have dropped out towards work through sport and team spirit.",
                "Being part of the group, he opened up to others and met new people. He also worked on himself: he now expresses himself better in public and speaks up more often.",
            ],
        },
    },
    {
        "slug": "guillaume",
        "first_name": "Guillaume",
        "age": 17,
        "project": "appc-lille-sud",
        "territory": "metropole-lilloise",
        "quote": {
            "fr": "Le projet m’aide déjà pour mon orientation : je commence à savoir ce que je veux faire plus tard.",
            "en": "The project is already helping me choose my path: I'm starting to know what I want to do later on.",
        },
        "story": {
            "fr": [
                "Guillaume, 17 ans, participe aux actions de l’APPC, l’association créée à Lille Sud à l’initiative de parents d’élèves.",
                "Les nombreuses activités proposées lui plaisent et il y apprend beaucoup. Surtout, le projet l’aide déjà à réfléchir à son orientation et à cerner ce qu’il veut faire plus tard.",
            ],
            "en": [
                "Guillaume, 17, takes part in the activities of APPC, the association set up in Lille Sud on the initiative of pupils' parents.",
                "He enjoys the many activities on offer and learns a lot from them. Above all, the project is already helping him think about his future path and work out what he wants to do later on.",
            ],
        },
    },
    {
        "slug": "yanis",
        "first_name": "Yanis",
        "age": 16,
        "project": "parentheses-denain",
        "territory": "valenciennois-denain",
        "quote": {
            "fr": "J’ai compris que la filière où j’étais n’était pas faite pour moi, et j’ai découvert l’animation.",
            "en": "I realised the course I was on wasn't for me, and I discovered youth work.",
        },
        "story": {
            "fr": [
                "Yanis, 16 ans, a rejoint « Parenthèses », le projet de l’Association des Centres Sociaux de Valenciennes destiné aux collégiens et lycéens de Denain.",
                "Il y a pris conscience que la filière dans laquelle il était engagé ne lui correspondait pas. Il a exploré d’autres pistes, dont l’animation, un domaine qui l’attirait déjà.",
            ],
            "en": [
                "Yanis, 16, joined “Parenthèses”, the project run by the Association des Centres Sociaux de Valenciennes for lower and upper secondary pupils in Denain.",
                "There he realised that the course he was on did not suit him. He explored other options, including youth and leisure work, a field that had already interested him.",
            ],
        },
    },
    {
        "slug": "axelle",
        "first_name": "Axelle",
        "age": 15,
        "project": "insertion-rugby",
        "territory": "metropole-lilloise",
        "quote": {
            "fr": "J’ai rencontré des gens qui m’aident à l’école, au rugby et dans la vie de tous les jours.",
            "en": "I've met people who help me at school, in rugby and in everyday life.",
        },
        "story": {
            "fr": [
                "Axelle, 15 ans, fait partie des jeunes accompagnés par Impact Oval, qui utilise le rugby comme outil d’éducation et d’insertion pour les jeunes des quartiers prioritaires.",
                "Le projet lui a permis de faire de nouvelles rencontres. Ces personnes l’ont aidée dans sa scolarité, dans sa progression au rugby et dans sa vie de tous les jours.",
            ],
            "en": [
                "Axelle, 15, is one of the young people supported by Impact Oval, which uses rugby as a tool for education and access to work for young people from priority neighbourhoods.",
                "The project brought her into contact with new people. They have helped her with her schooling, her progress in rugby and her everyday life.",
            ],
        },
    },
    {
        "slug": "lyson",
        "first_name": "Lyson",
        "age": 20,
        "project": "maison-nouvelle",
        "territory": "metropole-lilloise",
        "quote": {
            "fr": "Grâce à mes deux conseillers, je sais maintenant où je vais et ce que je veux faire.",
            "en": "Thanks to my two advisers, I now know where I'm heading and what I want to do.",
        },
        "story": {
            "fr": [
                "Lyson, 20 ans, est accompagnée par le centre social Maison Nouvelle, au cœur du quartier du Haut Vinage.",
                "Avec l’appui de ses deux conseillers, qu’elle juge formidables, elle a trouvé sa direction : elle sait désormais ce qu’elle veut faire.",
            ],
            "en": [
                "Lyson, 20, is supported by the Maison Nouvelle social centre in the heart of the Haut Vinage neighbourhood.",
                "With the backing of her two advisers, whom she describes as wonderful, she has found her direction: she now knows what she wants to do.",
            ],
        },
    },
    {
        "slug": "celia",
        "first_name": "Célia",
        "age": 26,
        "project": "ose-creer-ton-job",
        "territory": "metropole-lilloise",
        "quote": {
            "fr": "Diplômée en pleine crise sanitaire, je ne trouvais pas de travail. Ce programme m’a permis de lancer mon activité dans l’e-commerce.",
            "en": "I graduated in the middle of the health crisis and couldn't find work. This programme let me launch my own e-commerce business.",
        },
        "story": {
            "fr": [
                "Célia, 26 ans, a obtenu son diplôme en pleine crise sanitaire et a eu du mal à trouver un emploi.",
                "Avec « Ose créer ton job », le programme d’accompagnement à la création d’entreprise de Positive Planet, elle est sortie du chômage et a construit son projet entrepreneurial.",
                "Elle est devenue auto-entrepreneuse dans l’e-commerce.",
            ],
            "en": [
                "Célia, 26, graduated in the middle of the health crisis and struggled to find a job.",
                "With “Ose créer ton job”, Positive Planet's business-creation programme, she got out of unemployment and built her business plan.",
                "She has become a self-employed e-commerce entrepreneur.",
            ],
        },
    },
]

# Key figures (home page) ---------------------------------------------------------------------
# Call & Care, the sister programme in the Nord department (call for projects launched in May
# 2021; figures as of December 2021).

KEY_FIGURES = [
    {
        "number": {"fr": "2 873", "en": "2,873"},
        "unit": {"fr": "", "en": ""},
        "label": {"fr": "personnes accompagnées", "en": "people supported"},
        "source": _SRC_CALL_AND_CARE_NORD,
    },
    {
        "number": {"fr": "16", "en": "16"},
        "unit": {"fr": "", "en": ""},
        "label": {
            "fr": "projets soutenus sur 29 candidatures à l’appel à projets",
            "en": "projects supported out of 29 applications to the call for projects",
        },
        "source": _SRC_CALL_AND_CARE_NORD,
    },
    {
        "number": {"fr": "1,302 M€", "en": "€1.302M"},
        "unit": {"fr": "", "en": ""},
        "label": {
            "fr": "de dons publics et privés collectés",
            "en": "in public and private donations",
        },
        "source": _SRC_CALL_AND_CARE_NORD,
    },
    {
        "number": {"fr": "42", "en": "42"},
        "unit": {"fr": "", "en": ""},
        "label": {"fr": "entreprises engagées", "en": "companies engaged"},
        "source": _SRC_CALL_AND_CARE_NORD,
    },
    {
        "number": {"fr": "7", "en": "7"},
        "unit": {"fr": "", "en": ""},
        "label": {
            "fr": "fondations réunies pour la première fois",
            "en": "foundations joining forces for the first time",
        },
        "source": _SRC_CALL_AND_CARE_NORD,
    },
    {
        "number": {"fr": "1 M€", "en": "€1M"},
        "unit": {"fr": "", "en": ""},
        "label": {
            "fr": "confié par le Département du Nord pour innover contre le décrochage",
            "en": "entrusted by the Nord department to innovate against drop-out",
        },
        "source": _SRC_CALL_AND_CARE_NORD,
    },
]

# Self-check ----------------------------------------------------------------------------------

_LANGS = {"fr", "en"}
_NEED_KINDS = {
    "internship-hosts",
    "co-funding",
    "mentors",
    "job-offers",
    "premises",
    "volunteers",
    "company-visits",
    "apprenticeships",
}


def _check_translations(value, path="root"):
    """Every dict holding "fr" or "en" must hold exactly both; paired lists must match."""
    if isinstance(value, dict):
        keys = set(value)
        if keys & _LANGS:
            assert keys == _LANGS, f"{path}: translation dict must have exactly fr/en, got {keys}"
            fr, en = value["fr"], value["en"]
            assert type(fr) is type(en), f"{path}: fr and en have different types"
            if isinstance(fr, list):
                assert len(fr) == len(en), f"{path}: {len(fr)} fr items vs {len(en)} en items"
                for i, (a, b) in enumerate(zip(fr, en, strict=True)):
                    assert isinstance(a, str) and isinstance(b, str), f"{path}[{i}]: not text"
                    assert a.strip() and b.strip(), f"{path}[{i}]: empty paragraph"
            else:
                assert isinstance(fr, str), f"{path}: fr/en must be text or lists of text"
            return
        for key, item in value.items():
            _check_translations(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_translations(item, f"{path}[{i}]")


def _check_figure(figure, path):
    assert set(figure) == {"number", "unit", "label", "source"}, f"{path}: bad figure keys"
    assert set(figure["number"]) == _LANGS, f"{path}: number must be a fr/en dict"
    assert figure["label"]["fr"] and figure["label"]["en"], f"{path}: empty label"


def _check():
    for name, data in (
        ("TERRITORIES", TERRITORIES),
        ("CHALLENGES", CHALLENGES),
        ("PROJECTS", PROJECTS),
        ("TESTIMONIALS", TESTIMONIALS),
        ("KEY_FIGURES", KEY_FIGURES),
    ):
        _check_translations(data, name)

    territory_slugs = [t["slug"] for t in TERRITORIES]
    challenge_slugs = [c["slug"] for c in CHALLENGES]
    project_slugs = [p["slug"] for p in PROJECTS]
    for slugs in (territory_slugs, challenge_slugs, project_slugs):
        assert len(slugs) == len(set(slugs)), "duplicate slug"
    assert [t["founding"] for t in TERRITORIES[:4]] == [True] * 4
    assert not any(t["founding"] for t in TERRITORIES[4:])
    assert len(CHALLENGES) == 7
    assert len(PROJECTS) == 22
    assert len(TESTIMONIALS) == 6
    assert len(KEY_FIGURES) == 6

    for challenge in CHALLENGES:
        assert len(challenge["figures"]) <= 3, challenge["slug"]
        for i, figure in enumerate(challenge["figures"]):
            _check_figure(figure, f"{challenge['slug']}.figures[{i}]")

    for project in PROJECTS:
        slug = project["slug"]
        assert project["programme"] in {"call-and-care", "fijem"}, slug
        if project["programme"] == "fijem":
            assert project["support"] is None, slug
        else:
            assert project["support"] in {"launch", "spreading"}, slug
        assert project["territories"], slug
        assert set(project["territories"]) <= set(territory_slugs), slug
        assert 1 <= len(project["challenges"]) <= 3, slug
        assert set(project["challenges"]) <= set(challenge_slugs), slug
        assert project["people_reached"] is None or isinstance(project["people_reached"], int)
        assert project["start_date"] is None or len(project["start_date"]) == 10, slug
        assert 3 <= len(project["story"]["fr"]) <= 5, slug
        for i, figure in enumerate(project["figures"]):
            _check_figure(figure, f"{slug}.figures[{i}]")
        for need in project["needs"]:
            assert need["kind"] in _NEED_KINDS, f"{slug}: unknown need {need['kind']}"
        table = project["table"]
        if table is not None:
            width = len(table["headers"]["fr"])
            for row in table["rows"]:
                assert len(row) == width, f"{slug}: table row has {len(row)} cells, not {width}"
                for cell in row:
                    assert isinstance(cell, str) or set(cell) == _LANGS, f"{slug}: bad cell"

    for testimonial in TESTIMONIALS:
        assert testimonial["project"] in project_slugs, testimonial["slug"]
        assert testimonial["territory"] in territory_slugs, testimonial["slug"]
        assert isinstance(testimonial["age"], int)
        assert 2 <= len(testimonial["story"]["fr"]) <= 3, testimonial["slug"]

    for i, figure in enumerate(KEY_FIGURES):
        _check_figure(figure, f"KEY_FIGURES[{i}]")


_check()
