"""Demo content of giving: the giving page, the partners named by the sources (with
typographic marks drawn here, never their real logos), the partners page and the
"How you can help" page. Runs after stories (the partners point at its projects)."""

import colorsys
import hashlib
import io
import textwrap

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Page

from giving.models import (
    GiftExample,
    GivingPage,
    HelpPage,
    Partner,
    PartnerKind,
    PartnerProgramme,
    PartnerProject,
    PartnersPage,
)
from portal import demo
from stories.models import ProjectPage

ORDER = 30

GIVING_PAGE = {
    "slug": {"fr": "faire-un-don", "en": "donate"},
    "title": {"fr": "Faire un don", "en": "Donate"},
    "intro": {
        "fr": "Votre don donne aux projets de Hauts les jeunes le temps d’agir : accompagner "
        "des jeunes de 13 à 30 ans qui décrochent, jusqu’à ce qu’ils reprennent leur vie en main.",
        "en": "Your gift gives the projects of Hauts les jeunes time to act: supporting young "
        "people aged 13 to 30 who drop out, until they take their lives in hand again.",
    },
    "summary": {
        "fr": "Pourquoi donner, ce que votre don finance et la réduction d’impôt qui s’y attache.",
        "en": "Why give, what your gift pays for, and the tax reduction that comes with it.",
    },
    "individual_tax_text": {
        "fr": "<p>Vous déduisez de votre impôt sur le revenu <b>66 % de votre don</b>, dans la "
        "limite de 20 % de votre revenu imposable ; au-delà, l’excédent est reporté sur les "
        "cinq années suivantes. Un don de 100 € vous coûte donc 34 €.</p><p>Vous recevez un "
        "reçu fiscal à joindre à votre déclaration.</p>",
        "en": "<p>You deduct <b>66 % of your gift</b> from your income tax, up to 20 % of your "
        "taxable income; any excess is carried over to the next five years. A gift of €100 "
        "therefore costs you €34.</p><p>You receive a tax receipt to keep with your tax "
        "return.</p>",
    },
    "company_tax_text": {
        "fr": "<p>Une entreprise qui donne (mécénat) déduit de son impôt <b>60 % du montant "
        "du don</b> (40 % pour la part qui dépasse 2 millions d’euros), dans la limite de "
        "20 000 € ou de 0,5 % de son chiffre d’affaires hors taxes si ce montant est plus "
        "élevé ; l’excédent est reporté sur les cinq exercices suivants.</p><p>Le mécénat "
        "de compétences (le temps de vos salariés) et le mécénat en nature comptent aussi, "
        "à leur coût de revient.</p>",
        "en": "<p>A company that gives (mécénat) deducts <b>60 % of the gift</b> from its tax "
        "(40 % for the part above €2 million), up to €20,000 or 0.5 % of its turnover "
        "excluding VAT if that is higher; any excess is carried over to the next five "
        "financial years.</p><p>Skills-based sponsorship (your employees’ time) and gifts in "
        "kind count too, at their cost price.</p>",
    },
    "legal_references": {
        "fr": "<ul><li>Particuliers : article 200 du Code général des impôts.</li><li>"
        "Entreprises : article 238 bis du Code général des impôts.</li></ul>",
        "en": "<ul><li>Individuals: article 200 of the French General Tax Code (Code général "
        "des impôts).</li><li>Companies: article 238 bis of the French General Tax Code.</li>"
        "</ul>",
    },
    "pledge_title": {
        "fr": "Entreprises et fondations : engagez-vous",
        "en": "Companies and foundations: pledge your support",
    },
    "pledge_intro": {
        "fr": "Un don, des compétences, du matériel ou des locaux, du temps de vos salariés : "
        "dites-nous ce que vous pouvez offrir, l’équipe vous recontacte pour le construire "
        "avec les projets.",
        "en": "A gift, skills, equipment or premises, your employees’ time: tell us what you "
        "can offer, and the team will contact you to build it with the projects.",
    },
}
# (amount, project slug, {lang: what it contributes to}): illustrations of what a gift
# helps to fund, tied to projects of the sources.
GIFT_EXAMPLES = [
    (
        50,
        "parentheses-denain",
        {
            "fr": "Une contribution à une semaine de remobilisation, avec une psychologue, pour "
            "un collégien menacé d’exclusion.",
            "en": "A contribution to a week of remobilisation, with a psychologist, for a pupil "
            "at risk of exclusion.",
        },
    ),
    (
        150,
        "ose-creer-ton-job",
        {
            "fr": "Une contribution à l’accompagnement d’un jeune qui crée son activité.",
            "en": "A contribution to coaching a young person who is starting a business.",
        },
    ),
    (
        500,
        "passe-decisive",
        {
            "fr": "Une contribution au parcours sur mesure, par le sport, d’un jeune décrocheur.",
            "en": "A contribution to the tailor-made course, through sport, of a young person "
            "who dropped out.",
        },
    ),
]

PARTNERS_PAGE = {
    "slug": {"fr": "partenaires", "en": "partners"},
    "title": {"fr": "Nos partenaires", "en": "Our partners"},
    "intro": {
        "fr": "Collectivités, fondations, entreprises, associations et université : ils "
        "soutiennent les projets de Hauts les jeunes, chacun à sa manière.",
        "en": "Local authorities, foundations, companies, associations and a university: "
        "they support the projects of Hauts les jeunes, each in its own way.",
    },
    "become_title": {"fr": "Devenir partenaire", "en": "Become a partner"},
    "become_text": {
        "fr": "Les sources du programme Call & Care comptent 42 entreprises engagées et 7 "
        "fondations venues pour la première fois. Rejoignez-les : écrivez-nous.",
        "en": "The Call & Care programme counted 42 engaged companies and 7 foundations "
        "joining for the first time. Join them: write to us.",
    },
    "contact_topic": {"fr": "Un partenariat", "en": "A partnership"},
}
HELP_PAGE = {
    "slug": {"fr": "comment-aider", "en": "how-you-can-help"},
    "title": {"fr": "Comment aider", "en": "How you can help"},
    "intro": {
        "fr": "Stages, visites d’entreprise, offres d’emploi, cofinancement, parrainage : "
        "voici tout ce dont les projets ont besoin aujourd’hui.",
        "en": "Internships, company visits, job offers, co-funding, mentoring: here is "
        "everything the projects need today.",
    },
}

# (key, kind, since, url, {lang: (name, description)}, programmes, project slugs)
PARTNERS = [
    (
        "departement-du-nord",
        PartnerKind.PUBLIC_BODY,
        2021,
        "",
        {
            "fr": ("Département du Nord", "A confié 1 million d’euros au programme Call & Care."),
            "en": ("Département du Nord", "Entrusted €1 million to the Call & Care programme."),
        },
        ["call-and-care"],
        [],
    ),
    (
        "mel",
        PartnerKind.PUBLIC_BODY,
        2024,
        "",
        {
            "fr": (
                "Métropole européenne de Lille",
                "Porte le Fonds d’innovation jeunes en métropole (FIJeM).",
            ),
            "en": (
                "Métropole européenne de Lille",
                "Runs the FIJeM innovation fund for young people.",
            ),
        },
        ["fijem"],
        [],
    ),
    (
        "ville-de-cambrai",
        PartnerKind.PUBLIC_BODY,
        None,
        "",
        {
            "fr": (
                "Ville de Cambrai",
                "Aux côtés de Break Poverty Foundation pour la Dotation d’Action Territoriale.",
            ),
            "en": (
                "City of Cambrai",
                "Alongside Break Poverty Foundation for the Territorial Action Fund.",
            ),
        },
        [],
        ["dotation-action-territoriale-cambresis"],
    ),
    (
        "break-poverty",
        PartnerKind.FOUNDATION,
        None,
        "",
        {
            "fr": (
                "Break Poverty Foundation",
                "Cinq projets associatifs dans le Cambrésis, avec la Ville de Cambrai.",
            ),
            "en": (
                "Break Poverty Foundation",
                "Five associative projects in the Cambrésis, with the City of Cambrai.",
            ),
        },
        ["call-and-care"],
        ["dotation-action-territoriale-cambresis"],
    ),
    (
        "apprentis-d-auteuil",
        PartnerKind.FOUNDATION,
        None,
        "",
        {
            "fr": (
                "Apprentis d’Auteuil",
                "Porte le Dispositif 4R et l’approche Impact Jeunes, à l’échelle d’un quartier.",
            ),
            "en": (
                "Apprentis d’Auteuil",
                "Runs the 4R scheme and the Impact Jeunes approach, at the scale of a "
                "neighbourhood.",
            ),
        },
        ["call-and-care"],
        ["dispositif-4r"],
    ),
    (
        "fondation-ag2r",
        PartnerKind.FOUNDATION,
        None,
        "",
        {
            "fr": ("Fondation AG2R La Mondiale", "Avec Apprentis d’Auteuil sur Impact Jeunes."),
            "en": ("Fondation AG2R La Mondiale", "With Apprentis d’Auteuil on Impact Jeunes."),
        },
        [],
        [],
    ),
    (
        "sncf",
        PartnerKind.COMPANY,
        None,
        "",
        {
            "fr": ("SNCF", "Travaille la mobilité des familles avec l’APPC, à Lille Sud."),
            "en": ("SNCF", "Works on families’ mobility with APPC, in Lille Sud."),
        },
        [],
        ["appc-lille-sud"],
    ),
    (
        "missions-locales",
        PartnerKind.ASSOCIATION,
        None,
        "",
        {
            "fr": (
                "Les Missions locales",
                "Lille Avenirs, Impulsions Sud, Douaisis, Val de Marque, Roubaix… au plus "
                "près des jeunes de 16 à 25 ans.",
            ),
            "en": (
                "The Missions locales",
                "Lille Avenirs, Impulsions Sud, Douaisis, Val de Marque, Roubaix… close to "
                "young people aged 16 to 25.",
            ),
        },
        ["fijem"],
        ["equipe-mobile-douaisis"],
    ),
    (
        "universite-de-lille",
        PartnerKind.UNIVERSITY,
        None,
        "",
        {
            "fr": (
                "Université de Lille",
                "Cinq épiceries solidaires contre la précarité alimentaire étudiante.",
            ),
            "en": (
                "Université de Lille",
                "Five solidarity groceries against student food insecurity.",
            ),
        },
        ["fijem"],
        ["epiceries-solidaires-etudiantes"],
    ),
]


def load(log):
    home = Page.objects.get(depth=2, locale__language_code="fr").specific
    projects = {page.slug: page for page in ProjectPage.objects.filter(locale=home.locale)}
    ensure_giving_page(home, projects, log)
    for model, spec in ((PartnersPage, PARTNERS_PAGE), (HelpPage, HELP_PAGE)):
        page = ensure_page(home, model, spec, log)
        english = _values(spec, "en")
        demo.translate(page, {**english, "summary": english["intro"]})
    ensure_partners(projects, log)


def _values(spec, language):
    return {name: values[language] for name, values in spec.items()}


def ensure_page(home, model, spec, log, **french):
    page = model.objects.filter(locale=home.locale).first()
    if page is None:
        values = _values(spec, "fr")
        values.setdefault("summary", values.get("intro", ""))
        page = demo.add_child_page(home, model(show_in_menus=True, **values, **french))
        log(f"Page created: {page.title}")
    return page


def ensure_giving_page(home, projects, log):
    examples = [
        GiftExample(amount=amount, project=projects.get(slug), description=texts["fr"])
        for amount, slug, texts in GIFT_EXAMPLES
    ]
    page = ensure_page(home, GivingPage, GIVING_PAGE, log, gift_examples=examples)
    english = [
        GiftExample(
            pk=example.pk,
            translation_key=example.translation_key,
            locale_id=example.locale_id,
            amount=example.amount,
            project_id=example.project_id,
            description=texts["en"],
            sort_order=example.sort_order,
        )
        for example, (_amount, _slug, texts) in zip(
            page.gift_examples.all(), GIFT_EXAMPLES, strict=True
        )
    ]
    demo.translate(page, {**_values(GIVING_PAGE, "en"), "gift_examples": english})
    return page


def ensure_partners(projects, log):
    for key, kind, since, url, texts, programmes, project_slugs in PARTNERS:
        name, description = texts["fr"]
        partner = Partner.objects.filter(locale=demo.locale("fr"), name=name).first()
        if partner is None:
            partner = Partner(
                name=name,
                kind=kind,
                since=since,
                url=url,
                description=description,
                logo=logo(key, name),
                locale=demo.locale("fr"),
                programmes=[PartnerProgramme(programme=p) for p in programmes],
                projects=[
                    PartnerProject(project=projects[slug])
                    for slug in project_slugs
                    if slug in projects
                ],
            )
            partner.save()
            log(f"Partner created: {name}")
        name, description = texts["en"]
        demo.translate(partner, {"name": name, "description": description})


def logo(key, name):
    """A typographic mark drawn for the demo: the name, set in white on a colour."""
    Image = get_image_model()
    title = f"Marque de démonstration : {name}"
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    digest = hashlib.sha256(key.encode()).digest()
    red, green, blue = colorsys.hls_to_rgb(digest[0] / 255, 0.32, 0.45)
    background = (int(red * 255), int(green * 255), int(blue * 255))
    picture = PILImage.new("RGB", (480, 240), background)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=40)
    lines = textwrap.wrap(name, width=18)[:3]
    height = 52 * len(lines)
    for number, line in enumerate(lines):
        width = draw.textlength(line, font=font)
        draw.text(
            ((480 - width) / 2, (240 - height) / 2 + 52 * number), line, fill="white", font=font
        )
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = Image(title=title, file=ImageFile(buffer, name=f"partner-{key}.png"), description=name)
    image.save()
    return image
