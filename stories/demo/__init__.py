"""The stories demo: territories, challenges, projects and testimonials, built from the
YAML files beside this module (see portal/demo for how a load creates only what is missing).
Territories come first, so that translated projects point at translated territories."""

import datetime

from portal import demo
from portal.demo.facts import (
    Cell,
    Facts,
    Figure,
    Paragraphs,
    Slug,
    Text,
    TranslatedList,
    TranslatedSlug,
    one_of,
)
from stories import models

LANGUAGES = ("fr", "en")


# What the YAML files hold ------------------------------------------------------------------


class Index(Facts):
    slug: TranslatedSlug
    title: Text
    intro: Text


class Territory(Facts):
    slug: Slug
    founding: bool = False
    name: Text
    description: Text


class Challenge(Facts):
    slug: Slug
    title: Text
    summary: Text
    story: Paragraphs
    figures: list[Figure] = []


class Table(Facts):
    caption: Text
    headers: TranslatedList
    rows: list[list[Cell]]


class Need(Facts):
    kind: one_of(models.NEED_KINDS)
    description: Text


class Project(Facts):
    slug: Slug
    programme: one_of(models.PROGRAMMES)
    organisation: str
    support: one_of(models.SUPPORT_KINDS) | None = None
    people_reached: int | None = None
    start_date: datetime.date | None = None
    territories: list[Slug]
    challenges: list[Slug]
    gallery_pictures: int = 0
    title: Text
    places: Text
    summary: Text
    story: Paragraphs
    figures: list[Figure] = []
    table: Table | None = None
    needs: list[Need] = []


class Testimonial(Facts):
    slug: Slug
    first_name: str
    age: int
    project: Slug
    territory: Slug
    portrait_consent: bool
    quote: Text
    story: Paragraphs


class Territories(Facts):
    territories: list[Territory]


class Challenges(Facts):
    index: Index
    challenges: list[Challenge]


class Projects(Facts):
    index: Index
    projects: list[Project]


class Testimonials(Facts):
    index: Index
    testimonials: list[Testimonial]


ALT_TEXTS = {
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
    "gallery": {
        "fr": "Illustration générée pour le projet « {name} », motif {n} : formes colorées "
        "qui se rejoignent",
        "en": "Generated illustration for the “{name}” project, pattern {n}: colourful shapes "
        "coming together",
    },
}


def alt_text(kind, language, **names):
    return ALT_TEXTS[kind][language].format(**names)


# Building ------------------------------------------------------------------------------------


FACTS = {
    "territories.yaml": Territories,
    "challenges.yaml": Challenges,
    "projects.yaml": Projects,
    "testimonials.yaml": Testimonials,
}


def build(loader, facts):
    home = demo.site_root()
    territories = build_territories(loader, facts["territories.yaml"])
    challenges = build_challenges(loader, home, facts["challenges.yaml"])
    projects = build_projects(loader, home, facts["projects.yaml"], territories, challenges)
    build_testimonials(loader, home, facts["testimonials.yaml"], territories, projects)


def build_index(loader, home, facts, model, name):
    def fields(language):
        intro = facts.index.intro[language]
        return {"title": facts.index.title[language], "intro": intro, "summary": intro}

    return loader.page(
        f"stories/demo/{name}.yaml#index",
        facts.index,
        home,
        facts.index.slug.fr,
        make=lambda: model(slug=facts.index.slug.fr, show_in_menus=True, **fields("fr")),
        english=lambda _page: {**fields("en"), "slug": facts.index.slug.en},
    )


def build_territories(loader, facts):
    fr = demo.locale("fr")
    return {
        item.slug: loader.snippet(
            f"stories/demo/territories.yaml#{item.slug}",
            item,
            find=lambda item=item: models.Territory.objects.filter(
                slug=item.slug, locale=fr
            ).first(),
            make=lambda item=item: models.Territory(
                slug=item.slug,
                locale=fr,
                founding=item.founding,
                name=item.name.fr,
                description=item.description.fr,
            ),
            english=lambda _snippet, item=item: {
                "name": item.name.en,
                "description": item.description.en,
            },
        )
        for item in facts.territories
    }


def build_challenges(loader, home, facts):
    index = build_index(loader, home, facts, models.ChallengeIndexPage, "challenges")
    pages = {}
    for item in facts.challenges:
        key = f"challenge/{item.slug}"

        def fields(language, item=item, key=key):
            return {
                "title": item.title[language],
                "summary": item.summary[language],
                "image_alt_text": alt_text("challenge", language, name=item.title[language]),
                "story": demo.stream(demo.paragraph_blocks(f"{key}/story", item.story[language])),
                "figures": demo.stream(demo.figure_blocks(f"{key}/figure", item.figures, language)),
            }

        def make(item=item, fields=fields):
            image = demo.illustration(
                f"challenge-{item.slug}",
                f"Défi : {item.title.fr}",
                alt_text("challenge", "fr", name=item.title.fr),
                width=1200,
                height=750,
            )
            return models.ChallengePage(slug=item.slug, image=image, **fields("fr"))

        pages[item.slug] = loader.page(
            f"stories/demo/challenges.yaml#{item.slug}",
            item,
            index,
            item.slug,
            make=make,
            english=lambda _page, fields=fields: fields("en"),
        )
    return pages


def table_block(key, table, language):
    rows = [
        {"cells": demo.list_items(f"{key}/row/{number}", [cell[language] for cell in row])}
        for number, row in enumerate(table.rows)
    ]
    value = {
        "caption": table.caption[language],
        "headers": demo.list_items(f"{key}/headers", table.headers[language]),
        "rows": demo.list_items(f"{key}/rows", rows),
        "source": "",
    }
    return {"type": "table", "id": demo.block_id(key, "table"), "value": value}


def gallery_blocks(key, item, images, language):
    return [
        {
            "type": "image",
            "id": demo.block_id(key, "gallery", number),
            "value": {
                "image": {
                    "image": image.pk,
                    "alt_text": alt_text(
                        "gallery", language, name=item.title[language], n=number + 1
                    ),
                    "decorative": False,
                },
                "caption": "",
            },
        }
        for number, image in enumerate(images)
    ]


def build_projects(loader, home, facts, territories, challenges):
    index = build_index(loader, home, facts, models.ProjectIndexPage, "projects")
    pages = {}
    for item in facts.projects:
        key = f"project/{item.slug}"
        gallery = []

        def fields(language, item=item, key=key, gallery=gallery):
            figures = demo.figure_blocks(f"{key}/figure", item.figures, language)
            if item.table:
                figures.append(table_block(key, item.table, language))
            return {
                "title": item.title[language],
                "summary": item.summary[language],
                "places": item.places[language],
                "image_alt_text": alt_text("project", language, name=item.title[language]),
                "story": demo.stream(demo.paragraph_blocks(f"{key}/story", item.story[language])),
                "figures": demo.stream(figures),
                "gallery": demo.stream(gallery_blocks(key, item, gallery, language)),
            }

        def make(item=item, fields=fields, gallery=gallery):
            gallery += [
                demo.illustration(
                    f"project-{item.slug}-gallery-{number}",
                    f"Projet {item.title.fr} : galerie {number + 1}",
                    alt_text("project", "fr", name=item.title.fr),
                    width=1200,
                    height=900,
                )
                for number in range(item.gallery_pictures)
            ]
            image = demo.illustration(
                f"project-{item.slug}",
                f"Projet : {item.title.fr} ({item.organisation})",
                alt_text("project", "fr", name=item.title.fr),
                width=1200,
                height=750,
            )
            return models.ProjectPage(
                slug=item.slug,
                organisation=item.organisation,
                programme=item.programme,
                support=item.support or "",
                people_reached=item.people_reached,
                start_date=item.start_date,
                image=image,
                territory_links=[
                    models.ProjectTerritory(territory=territories[slug])
                    for slug in item.territories
                    if territories.get(slug)
                ],
                challenge_links=[
                    models.ProjectChallenge(challenge=challenges[slug])
                    for slug in item.challenges
                    if challenges.get(slug)
                ],
                needs=[
                    models.ProjectNeed(kind=need.kind, description=need.description.fr)
                    for need in item.needs
                ],
                **fields("fr"),
            )

        def english(page, item=item, fields=fields):
            # Each French need is paired with the facts of the same kind and text.
            described = {(n.kind, n.description.fr): n.description.en for n in item.needs}
            needs = [
                models.ProjectNeed(
                    translation_key=need.translation_key,
                    kind=need.kind,
                    description=described.get((need.kind, need.description), need.description),
                )
                for need in page.needs.all()
            ]
            return {**fields("en"), "needs": needs}

        pages[item.slug] = loader.page(
            f"stories/demo/projects.yaml#{item.slug}",
            item,
            index,
            item.slug,
            make=make,
            english=english,
        )
    return pages


def build_testimonials(loader, home, facts, territories, projects):
    index = build_index(loader, home, facts, models.TestimonialIndexPage, "testimonials")
    for item in facts.testimonials:

        def fields(language, item=item):
            title = {
                "fr": f"{item.first_name}, {item.age} ans",
                "en": f"{item.first_name}, {item.age}",
            }
            return {
                "title": title[language],
                "quote": item.quote[language],
                "summary": item.quote[language],
                "portrait_alt_text": alt_text("portrait", language, name=item.first_name),
                "story": demo.stream(
                    demo.paragraph_blocks(f"testimonial/{item.slug}/story", item.story[language])
                ),
            }

        def make(item=item, fields=fields):
            portrait = demo.illustration(
                f"portrait-{item.slug}",
                f"Portrait illustré : {item.first_name}",
                alt_text("portrait", "fr", name=item.first_name),
                width=800,
                height=800,
            )
            return models.TestimonialPage(
                slug=item.slug,
                first_name=item.first_name,
                age=item.age,
                portrait=portrait,
                portrait_consent=item.portrait_consent,
                project=projects.get(item.project),
                territory=territories.get(item.territory),
                **fields("fr"),
            )

        loader.page(
            f"stories/demo/testimonials.yaml#{item.slug}",
            item,
            index,
            item.slug,
            make=make,
            english=lambda _page, fields=fields: fields("en"),
        )


STEPS = [(10, build)]
