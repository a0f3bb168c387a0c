# ruff: noqa: E501
"""Demo content of the stories app: territories, challenges, projects, testimonials and the
home page's stories (impact figures, featured pages, fundraising call).

Everything is created in French, then translated to English through wagtail-localize
(territories first, so translated projects point at translated territories). Loading
twice changes nothing: what exists is left alone.
"""

import datetime
import json

from wagtail_localize.models import Translation, TranslationSource

from home import demo_data as home_data
from home.models import FeaturedChallenge, FeaturedProject, FeaturedTestimonial, HomePage
from portal import demo
from stories import demo_data as data
from stories.models import (
    ChallengeIndexPage,
    ChallengePage,
    ProjectChallenge,
    ProjectIndexPage,
    ProjectNeed,
    ProjectPage,
    ProjectTerritory,
    Territory,
    TestimonialIndexPage,
    TestimonialPage,
)

ORDER = 10
LANGS = ("fr", "en")
GALLERY_PROJECTS = {"passe-decisive", "insertion-rugby", "culture-sur-mesure"}
NO_PORTRAIT_CONSENT = {"guillaume", "yanis"}  # minors whose portrait is not to be shown
FEATURED = {
    "challenges": ["prevent-drop-out", "training-and-employment", "support-parents"],
    "projects": ["passe-decisive", "ose-creer-ton-job", "epiceries-solidaires-etudiantes"],
    "testimonials": ["yacine", "axelle", "celia"],
}

INDEXES = {
    "challenges": {
        "model": ChallengeIndexPage,
        "slug": {"fr": "defis", "en": "challenges"},
        "title": {"fr": "Nos défis", "en": "Our challenges"},
        "intro": {
            "fr": "Les défis prioritaires que les membres de Hauts les jeunes ont définis ensemble, et les projets qui y répondent.",
            "en": "The priority challenges the members of Hauts les jeunes defined together, and the projects that answer them.",
        },
    },
    "projects": {
        "model": ProjectIndexPage,
        "slug": {"fr": "projets", "en": "projects"},
        "title": {"fr": "Les projets soutenus", "en": "Supported projects"},
        "intro": {
            "fr": "Les projets que la communauté accompagne dans la durée : filtrez-les par territoire, par défi ou par type de soutien.",
            "en": "The projects the community supports over time: filter them by territory, challenge or kind of support.",
        },
    },
    "testimonials": {
        "model": TestimonialIndexPage,
        "slug": {"fr": "temoignages", "en": "testimonials"},
        "title": {"fr": "Témoignages", "en": "Testimonials"},
        "intro": {
            "fr": "Des jeunes accompagnés par les projets racontent, avec leurs mots, ce qui a changé pour eux.",
            "en": "Young people supported by the projects tell, in their own words, what changed for them.",
        },
    },
}


# StreamField values (same block ids in both languages) -----------------------------------


def story_json(key, paragraphs, lang):
    return json.dumps(
        [
            {
                "type": "paragraph",
                "id": demo.block_id(key, "story", index),
                "value": demo.paragraphs_html([paragraph]),
            }
            for index, paragraph in enumerate(paragraphs[lang])
        ]
    )


def figure_value(figure, lang):
    return {name: figure[name][lang] for name in ("number", "unit", "label", "source")}


def _items(key, values):
    return [
        {"type": "item", "id": demo.block_id(key, index), "value": value}
        for index, value in enumerate(values)
    ]


def _cell(cell, lang):
    return cell if isinstance(cell, str) else cell[lang]


def figures_json(key, figures, table, lang):
    blocks = [
        {"type": "figure", "id": demo.block_id(key, "figure", i), "value": figure_value(f, lang)}
        for i, f in enumerate(figures)
    ]
    if table:
        rows = [
            {"cells": _items(f"{key}/row/{r}", [_cell(cell, lang) for cell in row])}
            for r, row in enumerate(table["rows"])
        ]
        blocks.append(
            {
                "type": "table",
                "id": demo.block_id(key, "table"),
                "value": {
                    "caption": table["caption"][lang],
                    "headers": _items(f"{key}/headers", table["headers"][lang]),
                    "rows": _items(f"{key}/rows", rows),
                    "source": "",
                },
            }
        )
    return json.dumps(blocks)


def gallery_json(key, title, lang, images):
    alt = {
        "fr": "Illustration générée pour le projet « {title} », motif {n} : formes colorées qui se rejoignent",
        "en": "Generated illustration for the “{title}” project, pattern {n}: colourful shapes coming together",
    }
    return json.dumps(
        [
            {
                "type": "image",
                "id": demo.block_id(key, "gallery", n),
                "value": {
                    "image": {
                        "image": image.pk,
                        "alt_text": alt[lang].format(title=title[lang], n=n + 1),
                        "decorative": False,
                    },
                    "caption": "",
                },
            }
            for n, image in enumerate(images)
        ]
    )


def alt_text(kind, name, lang):
    texts = {
        "challenge": {
            "fr": "Illustration générée aux formes colorées qui évoque le défi « {name} »",
            "en": "Generated illustration of colourful shapes evoking the “{name}” challenge",
        },
        "project": {
            "fr": "Illustration générée aux formes colorées qui évoque le projet « {name} »",
            "en": "Generated illustration of colourful shapes evoking the “{name}” project",
        },
        "portrait": {
            "fr": "Portrait illustré de {name}, dessiné en formes colorées (aucune photo)",
            "en": "Illustrated portrait of {name}, drawn in colourful shapes (not a photo)",
        },
    }
    return texts[kind][lang].format(name=name)


# Loading ------------------------------------------------------------------------------------


def by_slug(items):
    return {item["slug"]: item for item in items}


def ensure_territories(log):
    fr = demo.locale("fr")
    territories = {}
    for item in data.TERRITORIES:
        territory = Territory.objects.filter(slug=item["slug"], locale=fr).first()
        if territory is None:
            territory = Territory.objects.create(
                slug=item["slug"],
                locale=fr,
                founding=item["founding"],
                name=item["name"]["fr"],
                description=item["description"]["fr"],
            )
            log(f"Territory created: {territory.name}")
        demo.translate(
            territory, {"name": item["name"]["en"], "description": item["description"]["en"]}
        )
        territories[item["slug"]] = territory
    return territories


def ensure_index(home, key):
    spec = INDEXES[key]

    def fields(lang):
        return {
            "title": spec["title"][lang],
            "intro": spec["intro"][lang],
            "summary": spec["intro"][lang],
        }

    page = demo.child_by_slug(home, spec["slug"]["fr"])
    if page is None:
        page = demo.add_child_page(
            home, spec["model"](slug=spec["slug"]["fr"], show_in_menus=True, **fields("fr"))
        )
    demo.translate(page, {**fields("en"), "slug": spec["slug"]["en"]})
    return page


def ensure_challenges(home, log):
    index = ensure_index(home, "challenges")
    pages = {}
    for item in data.CHALLENGES:
        slug = item["slug"]

        def fields(lang, item=item, slug=slug):
            return {
                "title": item["title"][lang],
                "summary": item["summary"][lang],
                "image_alt_text": alt_text("challenge", item["title"][lang], lang),
                "story": story_json(f"challenge/{slug}", item["story"], lang),
                "figures": figures_json(f"challenge/{slug}", item["figures"], None, lang),
            }

        page = demo.child_by_slug(index, slug)
        if page is None:
            image = demo.illustration(
                f"challenge-{slug}",
                f"Défi : {item['title']['fr']}",
                alt_text("challenge", item["title"]["fr"], "fr"),
                width=1200,
                height=750,
            )
            page = demo.add_child_page(index, ChallengePage(slug=slug, image=image, **fields("fr")))
            log(f"Challenge created: {page.title}")
        demo.translate(page, fields("en"))
        pages[slug] = page
    return pages


def ensure_projects(home, territories, challenges, log):
    index = ensure_index(home, "projects")
    pages = {}
    for item in data.PROJECTS:
        slug = item["slug"]
        page = demo.child_by_slug(index, slug)
        gallery = []
        if slug in GALLERY_PROJECTS:
            gallery = [
                demo.illustration(
                    f"project-{slug}-gallery-{n}",
                    f"Projet {item['title']['fr']} : galerie {n + 1}",
                    alt_text("project", item["title"]["fr"], "fr"),
                    width=1200,
                    height=900,
                )
                for n in range(3)
            ]

        def fields(lang, item=item, slug=slug, gallery=gallery):
            return {
                "title": item["title"][lang],
                "summary": item["summary"][lang],
                "places": item["places"][lang],
                "image_alt_text": alt_text("project", item["title"][lang], lang),
                "story": story_json(f"project/{slug}", item["story"], lang),
                "figures": figures_json(f"project/{slug}", item["figures"], item["table"], lang),
                "gallery": gallery_json(f"project/{slug}", item["title"], lang, gallery),
            }

        if page is None:
            image = demo.illustration(
                f"project-{slug}",
                f"Projet : {item['title']['fr']} ({item['organisation']})",
                alt_text("project", item["title"]["fr"], "fr"),
                width=1200,
                height=750,
            )
            start = item["start_date"]
            page = ProjectPage(
                slug=slug,
                organisation=item["organisation"],
                programme=item["programme"],
                support=item["support"] or "",
                people_reached=item["people_reached"],
                start_date=datetime.date.fromisoformat(start) if start else None,
                image=image,
                territory_links=[
                    ProjectTerritory(territory=territories[t]) for t in item["territories"]
                ],
                challenge_links=[
                    ProjectChallenge(challenge=challenges[c]) for c in item["challenges"]
                ],
                needs=[
                    ProjectNeed(kind=need["kind"], description=need["description"]["fr"])
                    for need in item["needs"]
                ],
                **fields("fr"),
            )
            demo.add_child_page(index, page)
            log(f"Project created: {page.title}")
        french_needs = list(page.needs.all())
        english_needs = [
            ProjectNeed(
                translation_key=need.translation_key,
                kind=need.kind,
                description=spec["description"]["en"],
            )
            for need, spec in zip(french_needs, item["needs"], strict=True)
        ]
        demo.translate(page, {**fields("en"), "needs": english_needs})
        pages[slug] = page
    return pages


def ensure_testimonials(home, territories, projects, log):
    index = ensure_index(home, "testimonials")
    pages = {}
    for item in data.TESTIMONIALS:
        slug = item["slug"]
        age = item["age"]

        def fields(lang, item=item, slug=slug, age=age):
            title = {"fr": f"{item['first_name']}, {age} ans", "en": f"{item['first_name']}, {age}"}
            return {
                "title": title[lang],
                "quote": item["quote"][lang],
                "summary": item["quote"][lang],
                "portrait_alt_text": alt_text("portrait", item["first_name"], lang),
                "story": story_json(f"testimonial/{slug}", item["story"], lang),
            }

        page = demo.child_by_slug(index, slug)
        if page is None:
            portrait = demo.illustration(
                f"portrait-{slug}",
                f"Portrait illustré : {item['first_name']}",
                alt_text("portrait", item["first_name"], "fr"),
                width=800,
                height=800,
            )
            page = TestimonialPage(
                slug=slug,
                first_name=item["first_name"],
                age=age,
                portrait=portrait,
                portrait_consent=slug not in NO_PORTRAIT_CONSENT,
                project=projects[item["project"]],
                territory=territories[item["territory"]],
                **fields("fr"),
            )
            demo.add_child_page(index, page)
            log(f"Testimonial created: {page.title}")
        demo.translate(page, fields("en"))
        pages[slug] = page
    return pages


# The home page's stories --------------------------------------------------------------------

HOME_FIELDS = (
    "impact_figures",
    "fundraising_title",
    "fundraising_text",
    "fundraising_button_label",
)


def home_fields(lang):
    call = home_data.HOME["fundraising_call"]
    return {
        "impact_figures": json.dumps(
            [
                {
                    "type": "figure",
                    "id": demo.block_id("home", "impact", i),
                    "value": figure_value(f, lang),
                }
                for i, f in enumerate(data.KEY_FIGURES)
            ]
        ),
        "fundraising_title": call["title"][lang],
        "fundraising_text": call["text"][lang],
        "fundraising_button_label": {"fr": "Soutenir les projets", "en": "Support the projects"}[
            lang
        ],
    }


def ensure_home_stories(home, challenges, projects, testimonials, log):
    """Fill the home page's stories once, then bring its English translation up to date."""
    if home.impact_figures:
        return
    for name, value in home_fields("fr").items():
        setattr(home, name, value)
    home.featured_challenges = [
        FeaturedChallenge(page=challenges[s]) for s in FEATURED["challenges"]
    ]
    home.featured_projects = [FeaturedProject(page=projects[s]) for s in FEATURED["projects"]]
    home.featured_testimonials = [
        FeaturedTestimonial(page=testimonials[s]) for s in FEATURED["testimonials"]
    ]
    home.save_revision().publish()
    update_translation(home, home_fields("en"))
    log("Home page stories added.")


def update_translation(source_instance, english_values, target="en"):
    """Sync an existing translation after new fields were filled in the source: only the
    strings of those fields get their English text, the others keep their translation."""
    english = demo._copy_with(source_instance, english_values)
    english_strings = demo._segment_strings(english)
    source, _ = TranslationSource.update_or_create_from_instance(source_instance)
    translation = Translation.objects.get(source=source, target_locale=demo.locale(target))
    po = translation.export_po()
    seen = {}
    for entry in po:
        if entry.msgctxt.split(".")[0] not in english_values:
            continue
        index = seen.get(entry.msgctxt, 0)
        seen[entry.msgctxt] = index + 1
        candidates = english_strings.get(entry.msgctxt, [])
        entry.msgstr = candidates[index] if index < len(candidates) else entry.msgid
    translation.import_po(po, tool_name="demo content")
    translation.save_target(publish=True)


def load(log):
    home = HomePage.objects.get(locale__language_code="fr", depth=2)
    territories = ensure_territories(log)
    challenges = ensure_challenges(home, log)
    projects = ensure_projects(home, territories, challenges, log)
    testimonials = ensure_testimonials(home, territories, projects, log)
    ensure_home_stories(home, challenges, projects, testimonials, log)
