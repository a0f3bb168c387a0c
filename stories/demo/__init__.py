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
from stories import factories, models

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


class Result(Facts):
    measure: one_of(models.MEASURES)
    value: int
    year: int
    date: datetime.date | None = None
    detail: Text | None = None
    source: Text
    source_url: str = ""


class ProjectResults(Facts):
    project: Slug
    results: list[Result]


class Results(Facts):
    sources: dict[str, Text] = {}  # named once, referred to by YAML anchors
    projects: list[ProjectResults]


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
    "results.yaml": Results,
}


def build(loader, facts):
    home = demo.site_root()
    territories = {
        item.slug: build_territory(loader, item) for item in facts["territories.yaml"].territories
    }
    challenges = facts["challenges.yaml"]
    index = build_index(
        loader, home, challenges.index, factories.ChallengeIndexPageFactory, "challenges"
    )
    challenges = {item.slug: build_challenge(loader, index, item) for item in challenges.challenges}
    projects = facts["projects.yaml"]
    index = build_index(loader, home, projects.index, factories.ProjectIndexPageFactory, "projects")
    results = {item.project: item.results for item in facts["results.yaml"].projects}
    projects = {
        item.slug: build_project(
            loader, index, item, territories, challenges, results.get(item.slug, [])
        )
        for item in projects.projects
    }
    testimonials = facts["testimonials.yaml"]
    index = build_index(
        loader, home, testimonials.index, factories.TestimonialIndexPageFactory, "testimonials"
    )
    for item in testimonials.testimonials:
        build_testimonial(loader, index, item, territories, projects)


def build_index(loader, home, index, factory, name):

    def fields(language):
        intro = index.intro[language]
        return {"title": index.title[language], "intro": intro, "summary": intro}

    return loader.page(
        f"stories/demo/{name}.yaml#index",
        index,
        home,
        index.slug.fr,
        create=lambda: factory(parent=home, slug=index.slug.fr, show_in_menus=True, **fields("fr")),
        english=lambda _page: {**fields("en"), "slug": index.slug.en},
    )


def build_territory(loader, item):
    fr = demo.locale("fr")
    return loader.snippet(
        f"stories/demo/territories.yaml#{item.slug}",
        item,
        find=lambda: models.Territory.objects.filter(slug=item.slug, locale=fr).first(),
        create=lambda: factories.TerritoryFactory(
            slug=item.slug,
            locale=fr,
            founding=item.founding,
            name=item.name.fr,
            description=item.description.fr,
        ),
        english=lambda _territory: {"name": item.name.en, "description": item.description.en},
    )


def build_challenge(loader, index, item):
    key = f"challenge/{item.slug}"

    def fields(language):
        return {
            "title": item.title[language],
            "summary": item.summary[language],
            "image_alt_text": alt_text("challenge", language, name=item.title[language]),
            "story": demo.stream(demo.paragraph_blocks(f"{key}/story", item.story[language])),
            "figures": demo.stream(demo.figure_blocks(f"{key}/figure", item.figures, language)),
        }

    def create():
        image = demo.illustration(
            f"challenge-{item.slug}",
            f"Défi : {item.title.fr}",
            alt_text("challenge", "fr", name=item.title.fr),
            width=1200,
            height=750,
        )
        return factories.ChallengePageFactory(
            parent=index, slug=item.slug, image=image, **fields("fr")
        )

    return loader.page(
        f"stories/demo/challenges.yaml#{item.slug}",
        item,
        index,
        item.slug,
        create=create,
        english=lambda _page: fields("en"),
    )


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
    def value(number, image):
        alt = alt_text("gallery", language, name=item.title[language], n=number + 1)
        return {"image": {"image": image.pk, "alt_text": alt, "decorative": False}, "caption": ""}

    return [
        {
            "type": "image",
            "id": demo.block_id(key, "gallery", number),
            "value": value(number, image),
        }
        for number, image in enumerate(images)
    ]


def result_rows(results, language, keys=None):
    """ProjectFigure rows of the results, in one language (`keys`: the French rows'
    translation keys, so that the English rows are their translations)."""
    rows = []
    for number, result in enumerate(results):
        row = models.ProjectFigure(
            measure=result.measure,
            value=result.value,
            year=result.year,
            date=result.date,
            detail=result.detail[language] if result.detail else "",
            source=result.source[language],
            source_url=result.source_url,
        )
        if keys is not None and number < len(keys):
            row.translation_key = keys[number]
        rows.append(row)
    return rows


def vars_of(row):
    """The fields of a result row, as ProjectPageFactory's `results` takes them."""
    names = ("measure", "value", "year", "date", "detail", "source", "source_url")
    return {name: getattr(row, name) for name in names}


def build_project(loader, index, item, territories, challenges, results=()):
    key = f"project/{item.slug}"
    gallery = []

    def fields(language):
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

    def illustration(suffix, title, width, height):
        alt = alt_text("project", "fr", name=item.title.fr)
        return demo.illustration(f"project-{item.slug}{suffix}", title, alt, width, height)

    def create():
        gallery.extend(
            illustration(f"-gallery-{n}", f"Projet {item.title.fr} : galerie {n + 1}", 1200, 900)
            for n in range(item.gallery_pictures)
        )
        image = illustration("", f"Projet : {item.title.fr} ({item.organisation})", 1200, 750)
        return factories.ProjectPageFactory(
            parent=index,
            slug=item.slug,
            organisation=item.organisation,
            programme=item.programme,
            support=item.support or "",
            people_reached=item.people_reached,
            start_date=item.start_date,
            image=image,
            # A territory or challenge an editor deleted is left out.
            territories=[territories[s] for s in item.territories if territories.get(s)],
            challenges=[challenges[s] for s in item.challenges if challenges.get(s)],
            needs=[(need.kind, need.description.fr) for need in item.needs],
            results=[vars_of(row) for row in result_rows(results, "fr")],
            **fields("fr"),
        )

    def english(page):
        # Each French need is paired with the facts of the same kind and text.
        described = {(need.kind, need.description.fr): need.description.en for need in item.needs}
        needs = [
            models.ProjectNeed(
                translation_key=need.translation_key,
                kind=need.kind,
                description=described.get((need.kind, need.description), need.description),
            )
            for need in page.needs.all()
        ]
        keys = [row.translation_key for row in page.results.all()]
        return {**fields("en"), "needs": needs, "results": result_rows(results, "en", keys)}

    return loader.page(
        f"stories/demo/projects.yaml#{item.slug}",
        item,
        index,
        item.slug,
        create=create,
        english=english,
    )


def build_testimonial(loader, index, item, territories, projects):
    def fields(language):
        title = {"fr": f"{item.first_name}, {item.age} ans", "en": f"{item.first_name}, {item.age}"}
        story = demo.paragraph_blocks(f"testimonial/{item.slug}/story", item.story[language])
        return {
            "title": title[language],
            "quote": item.quote[language],
            "summary": item.quote[language],
            "portrait_alt_text": alt_text("portrait", language, name=item.first_name),
            "story": demo.stream(story),
        }

    def create():
        portrait = demo.illustration(
            f"portrait-{item.slug}",
            f"Portrait illustré : {item.first_name}",
            alt_text("portrait", "fr", name=item.first_name),
            width=800,
            height=800,
        )
        return factories.TestimonialPageFactory(
            parent=index,
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
        create=create,
        english=lambda _page: fields("en"),
    )


STEPS = [(10, build)]
