# ruff: noqa: E501
"""Demo content for the home app: site settings, home page and standard pages.

Pure data, no Django imports. French comes first, English is its translation.

Conventions
-----------
* Every translatable text is a dict ``{"fr": ..., "en": ...}``.
* Multi-paragraph bodies and lists are ``{"fr": [...], "en": [...]}``: both lists have exactly
  the same length and item ``i`` in English translates item ``i`` in French. Paragraphs are
  plain text (no HTML); an e-mail address or a URL appears as plain text.
* Standard pages: ``{"slug": {"fr", "en"}, "title": {...}, "intro": {...},
  "sections": [{"heading": {...}, "paragraphs": {"fr": [...], "en": [...]}}]}``.
* Placeholders the team must complete (registered address, publication director, host) are
  written as explicit sentences saying so; nothing is invented.
* ``_check()`` runs at import time and raises ``AssertionError`` if any of this is broken.
"""

CONTACT_EMAIL = "contact@hautslesjeunes.org"

SITE = {
    "tagline": {
        "fr": "Ensemble pour que les jeunes des Hauts-de-France prennent leur vie en main",
        "en": "Together, so that young people in Hauts-de-France can take their lives in hand",
    },
    "footer_text": {
        "fr": "Hauts les jeunes rassemble associations, entreprises et acteurs publics et privés des Hauts-de-France, engagés aux côtés des jeunes les plus fragiles.",
        "en": "Hauts les jeunes is a community of public and private actors, associations and companies in Hauts-de-France, standing alongside the most vulnerable young people.",
    },
    "contact_email": CONTACT_EMAIL,
}

HOME = {
    "hero_title": {
        "fr": "Agir ensemble pour les jeunes des Hauts-de-France",
        "en": "Acting together for young people in Hauts-de-France",
    },
    "hero_intro": {
        "fr": "Associations, entreprises et acteurs publics unissent leurs forces pour que les jeunes de 13 à 30 ans environ, et d’abord les plus fragiles, puissent faire leurs propres choix.",
        "en": "Associations, companies and public bodies are joining forces so that young people aged roughly 13 to 30, starting with the most vulnerable, can make their own choices.",
    },
    "body": {
        "fr": [
            "Les Hauts-de-France sont la deuxième région la plus jeune de France. C’est aussi celle où les jeunes sont le plus durement touchés par la précarité, le décrochage et l’exclusion. Beaucoup cumulent très tôt des difficultés qui assombrissent leur avenir, et la pauvreté se transmet d’une génération à l’autre.",
            "Face à ce constat, Hauts les jeunes rassemble des acteurs publics et privés, des associations et des entreprises décidés à agir ensemble, dans la durée et le plus en amont possible. Notre ambition : faire naître et grandir des solutions construites à plusieurs, pour que les jeunes puissent prendre leur vie en main.",
            "La communauté est ancrée localement, d’abord sur quatre territoires : la Sambre-Avesnois-Thiérache, le Bassin Minier, le Littoral et la Métropole lilloise. Des projets sont aussi menés dans le Cambrésis, le Douaisis et le Valenciennois.",
        ],
        "en": [
            "Hauts-de-France is the second-youngest region in France. It is also the one where young people are hit hardest by precarity, dropping out and exclusion. Many of them pile up difficulties from an early age that cloud their future, and poverty is passed down from one generation to the next.",
            "In response, Hauts les jeunes brings together public and private actors, associations and companies determined to act together, over the long term and as early as possible. Our ambition: to help partnership solutions emerge and grow so that young people can take their lives in hand.",
            "The community is rooted locally, first of all in four territories: Sambre-Avesnois-Thiérache, the Bassin Minier, the Littoral and the Lille metropolitan area. Projects are also under way in the Cambrésis, the Douaisis and the Valenciennois.",
        ],
    },
    "objectives": {
        "fr": [
            "Définir ensemble les défis prioritaires à relever.",
            "Faire émerger sur les territoires des gouvernances de projets qui réunissent plusieurs acteurs.",
            "Accompagner les projets sur le long terme, avec un appui en ingénierie et un appui financier.",
            "Évaluer l’impact des projets soutenus et de la démarche collective.",
        ],
        "en": [
            "Define together the priority challenges to take on.",
            "Grow local project governance that brings several actors together.",
            "Support projects over time, with both engineering and financial backing.",
            "Evaluate the impact of the projects we support and of the collective scheme.",
        ],
    },
    "fundraising_call": {
        "title": {
            "fr": "Donnez de l’élan aux projets",
            "en": "Give the projects momentum",
        },
        "text": {
            "fr": "Pour durer, les projets ont besoin de soutiens fidèles. Entreprises, fondations, particuliers : venez à notre prochaine soirée de levée de fonds, ouverte à toutes et à tous, ou écrivez-nous à contact@hautslesjeunes.org.",
            "en": "To last, projects need loyal supporters. Companies, foundations, individuals: come to our next fundraising evening, open to everyone, or write to us at contact@hautslesjeunes.org.",
        },
    },
}

STANDARD_PAGES = [
    # About -----------------------------------------------------------------------------------
    {
        "slug": {"fr": "a-propos", "en": "about"},
        "title": {"fr": "À propos", "en": "About us"},
        "intro": {
            "fr": "Hauts les jeunes est une communauté d’acteurs des Hauts-de-France qui se mobilisent, ensemble et dans la durée, pour les jeunes les plus exposés au décrochage.",
            "en": "Hauts les jeunes is a community of actors in Hauts-de-France who are joining forces, together and for the long haul, for the young people most at risk of dropping out.",
        },
        "sections": [
            {
                "heading": {"fr": "Qui sommes-nous ?", "en": "Who we are"},
                "paragraphs": {
                    "fr": [
                        "Hauts les jeunes réunit des acteurs publics et privés, des associations et des entreprises de la région. Ensemble, nous voulons faire naître et développer des solutions construites en partenariat, pour que les jeunes de 13 à 30 ans environ puissent prendre leur vie en main.",
                        "Notre point de départ est un constat : les Hauts-de-France sont la deuxième région la plus jeune de France, et celle où la précarité, le décrochage et l’exclusion frappent le plus durement les jeunes. Pour que les plus fragiles ne soient plus empêchés de faire leurs propres choix, il faut agir collectivement, durablement et le plus tôt possible.",
                        "La communauté s’est d’abord ancrée sur quatre territoires : la Sambre-Avesnois-Thiérache, le Bassin Minier, le Littoral et la Métropole lilloise.",
                    ],
                    "en": [
                        "Hauts les jeunes brings together public and private actors, associations and companies from the region. Together, we want to help partnership solutions emerge and grow, so that young people aged roughly 13 to 30 can take their lives in hand.",
                        "Our starting point is a simple observation: Hauts-de-France is the second-youngest region in France, and the one where young people are hit hardest by precarity, dropping out and exclusion. To make sure the most vulnerable are no longer prevented from making their own choices, we need to act collectively, for the long term and as early as possible.",
                        "The community first took root in four territories: Sambre-Avesnois-Thiérache, the Bassin Minier, the Littoral and the Lille metropolitan area.",
                    ],
                },
            },
            {
                "heading": {"fr": "Nos objectifs", "en": "Our objectives"},
                "paragraphs": {
                    "fr": [
                        "Définir ensemble les défis prioritaires à relever.",
                        "Faire émerger sur les territoires des gouvernances de projets qui réunissent plusieurs acteurs pour répondre à ces défis.",
                        "Aider ces projets à se structurer sur le long terme, avec un appui en ingénierie et un appui financier.",
                        "Évaluer l’impact des projets soutenus et de la démarche collective.",
                    ],
                    "en": [
                        "Define together the priority challenges to take on.",
                        "Grow local project governance that brings several actors together to meet these challenges.",
                        "Help these projects get organised over time, with both engineering and financial backing.",
                        "Evaluate the impact of the projects we support and of the collective scheme.",
                    ],
                },
            },
            {
                "heading": {"fr": "Le premier cycle", "en": "The first cycle"},
                "paragraphs": {
                    "fr": [
                        "21 mars 2024 : lancement de Hauts les jeunes à la Cité des Échanges, à Marcq-en-Barœul, et définition de nos défis prioritaires.",
                        "Avril à juin 2024 : sur chacun des quatre territoires, un groupe de travail construit des réponses collectives à ces défis.",
                        "Septembre à novembre 2024 : l’appel à projets est ouvert en ligne ; les projets sont reçus puis sélectionnés.",
                        "Novembre 2024 : premiers soutiens aux projets retenus et rassemblement de la communauté Hauts les jeunes.",
                        "Mars 2025 : une soirée de levée de fonds ouverte à toutes et à tous donne aux projets un élan durable.",
                        "Juin 2025 : le 24 juin, le bilan de la première année du Fonds d’Innovation Jeunes en Métropole (FIJeM) est présenté au Biotope, siège de la MEL à Lille ; du 23 au 27 juin, le parcours intensif « Sprint vers l’Emploi » mobilise les jeunes du Versant Nord-Est.",
                        "Le portail présente aussi les projets soutenus par Call & Care, programme frère mené dans le département du Nord, et les actions financées par le FIJeM de la Métropole européenne de Lille.",
                    ],
                    "en": [
                        "21 March 2024: launch of Hauts les jeunes at the Cité des Échanges in Marcq-en-Barœul, and definition of our priority challenges.",
                        "April to June 2024: in each of the four territories, a working group builds collective answers to these challenges.",
                        "September to November 2024: the call for projects opens online; projects are received, then selected.",
                        "November 2024: first grants to the selected projects and a gathering of the Hauts les jeunes community.",
                        "March 2025: a fundraising evening open to everyone gives the projects lasting momentum.",
                        "June 2025: on 24 June, the year-1 review of the Fonds d'Innovation Jeunes en Métropole (FIJeM) is presented at the Biotope, the MEL's headquarters in Lille; from 23 to 27 June, the “Sprint vers l'Emploi” intensive course brings together young people from the Versant Nord-Est.",
                        "The portal also presents the projects backed by Call & Care, a sister programme in the Nord department, and the actions funded by the FIJeM of the Métropole Européenne de Lille.",
                    ],
                },
            },
            {
                "heading": {"fr": "Nos sources d’inspiration", "en": "What inspires us"},
                "paragraphs": {
                    "fr": [
                        "Impact Jeunes, programme coordonné par Apprentis d’Auteuil à Marseille et à Tarascon, accompagne les jeunes de 13 à 30 ans des quartiers prioritaires « de l’envie à la réussite ». Son principe : en finir avec le saupoudrage et concentrer les efforts à l’échelle d’une cité ou d’un quartier, où chacun se connaît et peut coopérer au quotidien.",
                        "À New York, la Harlem Children’s Zone a montré en vingt ans que lorsque 65 % des jeunes d’une cité sont accompagnés de façon continue et exigeante, c’est tout le quartier qui bascule dans une dynamique positive.",
                        "À L’Île-Saint-Denis, la commune et la Fondation AG2R La Mondiale se sont associées pour bâtir, avec les parents, les écoles et les associations, un projet éducatif global de territoire. Menée sur six ans, cette démarche vise à favoriser l’accrochage scolaire dès la maternelle et l’école primaire.",
                    ],
                    "en": [
                        "Impact Jeunes, a programme coordinated by Apprentis d'Auteuil in Marseille and Tarascon, supports young people aged 13 to 30 from priority neighbourhoods “from wanting to succeeding”. Its principle: stop spreading efforts thinly and concentrate them at the scale of a housing estate or neighbourhood, where people know each other and can work together every day.",
                        "In New York, the Harlem Children's Zone showed over twenty years that when 65% of the young people on a block receive steady, high-quality support, the whole neighbourhood shifts into a positive dynamic.",
                        "In L'Île-Saint-Denis, the town council and the AG2R La Mondiale Foundation joined forces to build a comprehensive local educational project with parents, schools and associations. Run over six years, it aims to keep children engaged with school from nursery and primary school onwards.",
                    ],
                },
            },
            {
                "heading": {"fr": "Nous contacter", "en": "Contact us"},
                "paragraphs": {
                    "fr": [
                        "Vous portez un projet, vous souhaitez soutenir une action ou rejoindre la communauté ? Écrivez-nous à contact@hautslesjeunes.org.",
                    ],
                    "en": [
                        "Are you running a project, or would you like to support an action or join the community? Write to us at contact@hautslesjeunes.org.",
                    ],
                },
            },
        ],
    },
    # Legal notice ----------------------------------------------------------------------------
    {
        "slug": {"fr": "mentions-legales", "en": "legal-notice"},
        "title": {"fr": "Mentions légales", "en": "Legal notice"},
        "intro": {
            "fr": "Informations sur l’éditeur et l’hébergeur de ce site, et conditions d’utilisation de ses contenus.",
            "en": "Information about the publisher and host of this website, and the terms for using its content.",
        },
        "sections": [
            {
                "heading": {"fr": "Éditeur du site", "en": "Publisher"},
                "paragraphs": {
                    "fr": [
                        "Ce site est édité par Hauts les jeunes.",
                        "Adresse du siège : à compléter par l’équipe de Hauts les jeunes, qui publiera ici l’adresse officielle et, le cas échéant, le numéro d’immatriculation de la structure.",
                        "Contact : contact@hautslesjeunes.org.",
                    ],
                    "en": [
                        "This website is published by Hauts les jeunes.",
                        "Registered address: to be completed by the Hauts les jeunes team, who will publish the official address here and, where applicable, the organisation's registration number.",
                        "Contact: contact@hautslesjeunes.org.",
                    ],
                },
            },
            {
                "heading": {"fr": "Directeur de la publication", "en": "Publication director"},
                "paragraphs": {
                    "fr": [
                        "Le nom et la fonction du directeur ou de la directrice de la publication sont à compléter par l’équipe de Hauts les jeunes.",
                    ],
                    "en": [
                        "The name and role of the publication director are to be completed by the Hauts les jeunes team.",
                    ],
                },
            },
            {
                "heading": {"fr": "Hébergement", "en": "Hosting"},
                "paragraphs": {
                    "fr": [
                        "Hébergeur : à compléter par l’équipe (nom, adresse et coordonnées de l’hébergeur).",
                    ],
                    "en": [
                        "Host: to be completed by the team (name, address and contact details of the hosting provider).",
                    ],
                },
            },
            {
                "heading": {"fr": "Propriété intellectuelle", "en": "Intellectual property"},
                "paragraphs": {
                    "fr": [
                        "Les textes, images, logos et autres contenus publiés sur ce site appartiennent à Hauts les jeunes ou à leurs auteurs respectifs, notamment les structures porteuses des projets présentés. Ils sont protégés par le droit d’auteur.",
                        "Toute reproduction ou réutilisation, totale ou partielle, nécessite l’accord préalable de Hauts les jeunes ou des titulaires des droits concernés, sauf exceptions prévues par la loi comme la courte citation avec mention de la source.",
                        "Les témoignages sont publiés avec l’accord des personnes concernées, qui ne sont désignées que par leur prénom et leur âge.",
                    ],
                    "en": [
                        "The texts, images, logos and other content published on this website belong to Hauts les jeunes or to their respective authors, in particular the organisations running the projects presented. They are protected by copyright.",
                        "Any reproduction or reuse, in whole or in part, requires the prior consent of Hauts les jeunes or of the rights holders concerned, except where the law allows it, such as a short quotation with its source.",
                        "Testimonials are published with the consent of the people concerned, who are identified only by their first name and age.",
                    ],
                },
            },
            {
                "heading": {"fr": "Contact", "en": "Contact"},
                "paragraphs": {
                    "fr": [
                        "Pour toute question sur ce site ou pour signaler un contenu, écrivez à contact@hautslesjeunes.org.",
                    ],
                    "en": [
                        "For any question about this website or to report content, write to contact@hautslesjeunes.org.",
                    ],
                },
            },
        ],
    },
    # Privacy notice --------------------------------------------------------------------------
    {
        "slug": {"fr": "confidentialite", "en": "privacy"},
        "title": {
            "fr": "Politique de confidentialité",
            "en": "Privacy notice",
        },
        "intro": {
            "fr": "Comment Hauts les jeunes traite vos données personnelles, conformément au Règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés.",
            "en": "How Hauts les jeunes handles your personal data, in line with the General Data Protection Regulation (GDPR) and the French Data Protection Act.",
        },
        "sections": [
            {
                "heading": {"fr": "Responsable du traitement", "en": "Data controller"},
                "paragraphs": {
                    "fr": [
                        "Le responsable du traitement des données collectées sur ce site est Hauts les jeunes, joignable à l’adresse contact@hautslesjeunes.org.",
                    ],
                    "en": [
                        "The controller of the data collected on this website is Hauts les jeunes, who can be reached at contact@hautslesjeunes.org.",
                    ],
                },
            },
            {
                "heading": {"fr": "Données collectées", "en": "What we collect"},
                "paragraphs": {
                    "fr": [
                        "Formulaire de contact : votre nom, votre adresse électronique et le contenu de votre message.",
                        "Inscription à un événement : votre nom, votre adresse électronique, votre numéro de téléphone si vous choisissez de le donner, le nombre de personnes qui vous accompagnent et, le cas échéant, vos réponses aux questions facultatives posées par l’organisateur.",
                        "Nous ne collectons aucune autre donnée vous concernant et ne vous demandons jamais plus que ce qui est nécessaire.",
                    ],
                    "en": [
                        "Contact form: your name, your e-mail address and the content of your message.",
                        "Event registration: your name, your e-mail address, your phone number if you choose to give it, the number of guests coming with you and, where relevant, your answers to any optional questions asked by the organiser.",
                        "We collect no other data about you and never ask for more than is necessary.",
                    ],
                },
            },
            {
                "heading": {"fr": "Finalités et base légale", "en": "Purposes and legal basis"},
                "paragraphs": {
                    "fr": [
                        "Vos messages servent uniquement à répondre à vos demandes. Vos inscriptions servent à organiser les événements : gérer les places, vous envoyer les informations pratiques et vous prévenir en cas de changement.",
                        "Ces traitements reposent sur votre consentement, que vous exprimez en envoyant un message ou en vous inscrivant et que vous pouvez retirer à tout moment, ainsi que sur l’intérêt légitime de Hauts les jeunes à répondre aux demandes qui lui sont adressées et à organiser ses événements.",
                    ],
                    "en": [
                        "Your messages are used only to answer your requests. Your registrations are used to organise events: managing seats, sending you practical information and letting you know about any changes.",
                        "This processing is based on your consent, which you give by sending a message or registering and can withdraw at any time, and on the legitimate interest of Hauts les jeunes in answering the requests it receives and organising its events.",
                    ],
                },
            },
            {
                "heading": {"fr": "Durées de conservation", "en": "How long we keep your data"},
                "paragraphs": {
                    "fr": [
                        "Les messages envoyés par le formulaire de contact sont conservés 12 mois, puis supprimés.",
                        "Les données d’inscription sont conservées pour préparer l’événement et en assurer le suivi. Douze mois après la date de l’événement, elles sont anonymisées par un traitement automatique : seules subsistent des statistiques qui ne permettent plus de vous identifier.",
                    ],
                    "en": [
                        "Messages sent through the contact form are kept for 12 months, then deleted.",
                        "Registration data is kept to prepare the event and follow up on it. Twelve months after the date of the event, it is anonymised by an automatic process: only statistics that can no longer identify you are kept.",
                    ],
                },
            },
            {
                "heading": {"fr": "Cookies et traceurs", "en": "Cookies and trackers"},
                "paragraphs": {
                    "fr": [
                        "Ce site n’utilise aucun traceur tiers et aucun cookie de mesure d’audience ou de publicité.",
                        "Seuls des cookies techniques, indispensables au fonctionnement du site, sont déposés : cookie de session, cookie de protection contre la falsification de requêtes (CSRF) et cookie mémorisant la langue choisie. Ils ne nécessitent pas votre consentement.",
                    ],
                    "en": [
                        "This website uses no third-party trackers and no audience-measurement or advertising cookies.",
                        "Only technical cookies that the website needs to work are set: a session cookie, a cookie protecting against cross-site request forgery (CSRF) and a cookie remembering your chosen language. They do not require your consent.",
                    ],
                },
            },
            {
                "heading": {"fr": "Destinataires", "en": "Who receives your data"},
                "paragraphs": {
                    "fr": [
                        "Vos données sont accessibles uniquement à l’équipe de Hauts les jeunes. Elles ne sont ni vendues, ni cédées, ni transmises à des tiers à des fins commerciales.",
                    ],
                    "en": [
                        "Your data is accessible only to the Hauts les jeunes team. It is never sold, transferred or passed on to third parties for commercial purposes.",
                    ],
                },
            },
            {
                "heading": {"fr": "Vos droits", "en": "Your rights"},
                "paragraphs": {
                    "fr": [
                        "Vous disposez d’un droit d’accès, de rectification, d’effacement et de portabilité de vos données, ainsi que d’un droit d’opposition à leur traitement. Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment.",
                        "Pour exercer ces droits, écrivez à contact@hautslesjeunes.org. Nous vous répondrons dans un délai d’un mois.",
                        "Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL), sur www.cnil.fr.",
                    ],
                    "en": [
                        "You have the right to access, rectify, erase and port your data, as well as the right to object to its processing. Where processing is based on your consent, you can withdraw it at any time.",
                        "To exercise these rights, write to contact@hautslesjeunes.org. We will reply within one month.",
                        "If, after contacting us, you believe your rights have not been respected, you can lodge a complaint with the French data protection authority, the Commission nationale de l'informatique et des libertés (CNIL), at www.cnil.fr.",
                    ],
                },
            },
        ],
    },
    # Accessibility statement -------------------------------------------------------------------
    {
        "slug": {"fr": "accessibilite", "en": "accessibility"},
        "title": {
            "fr": "Déclaration d’accessibilité",
            "en": "Accessibility statement",
        },
        "intro": {
            "fr": "Hauts les jeunes s’engage à rendre son site internet accessible conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.",
            "en": "Hauts les jeunes is committed to making its website accessible in accordance with Article 47 of French Law No. 2005-102 of 11 February 2005.",
        },
        "sections": [
            {
                "heading": {"fr": "Champ d’application", "en": "Scope"},
                "paragraphs": {
                    "fr": [
                        "Cette déclaration d’accessibilité s’applique au portail Hauts les jeunes, dans ses versions française et anglaise.",
                    ],
                    "en": [
                        "This accessibility statement applies to the Hauts les jeunes portal, in both its French and English versions.",
                    ],
                },
            },
            {
                "heading": {"fr": "État de conformité", "en": "Compliance status"},
                "paragraphs": {
                    "fr": [
                        "Le portail Hauts les jeunes est partiellement conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.",
                        "Aucun audit complet n’a encore été réalisé. Une vérification automatisée avec l’outil axe-core est menée sur chaque type de page publique et ne relève aucune violation. Un audit RGAA complet est prévu ; cette déclaration sera mise à jour à son issue.",
                    ],
                    "en": [
                        "The Hauts les jeunes portal is partially compliant with the French accessibility framework (RGAA), version 4.1.",
                        "No full audit has been carried out yet. An automated check with the axe-core tool runs on every type of public page and finds no violation. A full RGAA audit is planned, and this statement will be updated once it is done.",
                    ],
                },
            },
            {
                "heading": {"fr": "Technologies utilisées", "en": "Technologies used"},
                "paragraphs": {
                    "fr": [
                        "L’accessibilité du site s’appuie sur les technologies suivantes : HTML5 et CSS. Le site utilise très peu de JavaScript, et aucune fonctionnalité n’en dépend.",
                    ],
                    "en": [
                        "The website's accessibility relies on the following technologies: HTML5 and CSS. The site uses very little JavaScript, and no feature depends on it.",
                    ],
                },
            },
            {
                "heading": {"fr": "Retour d’information et contact", "en": "Feedback and contact"},
                "paragraphs": {
                    "fr": [
                        "Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez nous contacter à l’adresse contact@hautslesjeunes.org pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.",
                    ],
                    "en": [
                        "If you cannot access a piece of content or a service, you can contact us at contact@hautslesjeunes.org to be directed to an accessible alternative or to receive the content in another form.",
                    ],
                },
            },
            {
                "heading": {"fr": "Voies de recours", "en": "Remedies"},
                "paragraphs": {
                    "fr": [
                        "Cette procédure est à utiliser dans le cas suivant : vous avez signalé au responsable du site internet un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un des services du portail et vous n’avez pas obtenu de réponse satisfaisante.",
                        "Vous pouvez écrire un message au Défenseur des droits, grâce au formulaire en ligne sur www.defenseurdesdroits.fr.",
                        "Vous pouvez contacter le délégué du Défenseur des droits dans votre région.",
                        "Vous pouvez envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
                    ],
                    "en": [
                        "Use this procedure in the following case: you have reported to the website manager an accessibility problem that prevents you from accessing content or one of the portal's services, and you have not received a satisfactory response.",
                        "You can write a message to the Défenseur des droits (the French Defender of Rights), using the online form at www.defenseurdesdroits.fr.",
                        "You can contact the Défenseur des droits delegate in your region.",
                        "You can send a letter by post (free of charge, no stamp needed): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
                    ],
                },
            },
            {
                "heading": {"fr": "Date de la déclaration", "en": "Date of this statement"},
                "paragraphs": {
                    "fr": ["Cette déclaration a été établie le 22 novembre 2026."],
                    "en": ["This statement was drawn up on 22 November 2026."],
                },
            },
        ],
    },
]

# Self-check ----------------------------------------------------------------------------------

_LANGS = {"fr", "en"}


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
                assert isinstance(fr, str) and fr.strip() and en.strip(), f"{path}: empty text"
            return
        for key, item in value.items():
            _check_translations(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_translations(item, f"{path}[{i}]")


def _check():
    _check_translations(SITE, "SITE")
    _check_translations(HOME, "HOME")
    _check_translations(STANDARD_PAGES, "STANDARD_PAGES")
    assert SITE["contact_email"] == CONTACT_EMAIL
    assert len(HOME["objectives"]["fr"]) == 4
    assert 2 <= len(HOME["body"]["fr"]) <= 3
    assert [p["slug"]["fr"] for p in STANDARD_PAGES] == [
        "a-propos",
        "mentions-legales",
        "confidentialite",
        "accessibilite",
    ]
    assert [p["slug"]["en"] for p in STANDARD_PAGES] == [
        "about",
        "legal-notice",
        "privacy",
        "accessibility",
    ]
    for page in STANDARD_PAGES:
        assert set(page) == {"slug", "title", "intro", "sections"}, page["slug"]
        assert page["sections"], page["slug"]
        for section in page["sections"]:
            assert set(section) == {"heading", "paragraphs"}, page["slug"]


_check()
