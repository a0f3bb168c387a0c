"""The stories demo: territories, challenges, projects and testimonials, built from the
YAML files beside this module (see portal/demo for how a load creates only what is missing).
Territories come first, so that translated projects point at translated territories."""

import datetime
import functools
from pathlib import Path

from portal import demo
from portal.demo import pictures
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
    read,
)
from stories import factories, models

LANGUAGES = ("fr", "en")


# What the YAML files hold ------------------------------------------------------------------


class Index(Facts):
    slug: TranslatedSlug
    title: Text
    intro: Text


MOTIF = one_of([(name, name) for name in pictures.MOTIFS])
LANDSCAPE = one_of([(name, name) for name in pictures.LANDSCAPES])


class Territory(Facts):
    slug: Slug
    founding: bool = False
    landscape: LANDSCAPE = "region"  # what its illustrations show (portal/demo/pictures.py)
    name: Text
    description: Text


class Challenge(Facts):
    slug: Slug
    motif: MOTIF = "steps"  # what its illustrations show (portal/demo/pictures.py)
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
    motif: MOTIF | None = None  # by default its first challenge's
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


# What the drawn pictures show (portal/demo/pictures.py describes each scene).
ALT_TEXTS = {
    "challenge": {
        "fr": "Illustration du défi « {name} » : {scene}",
        "en": "Illustration of the “{name}” challenge: {scene}",
    },
    "project": {
        "fr": "Illustration du projet « {name} » : {scene}",
        "en": "Illustration of the “{name}” project: {scene}",
    },
    "portrait": {
        "fr": "Portrait illustré de {name}, sans photo : {scene}",
        "en": "Illustrated portrait of {name}, not a photo: {scene}",
    },
    "gallery": {
        "fr": "Illustration {n} du projet « {name} » : {scene}",
        "en": "Illustration {n} of the “{name}” project: {scene}",
    },
}


def alt_text(kind, language, **names):
    return ALT_TEXTS[kind][language].format(**names)


@functools.cache
def landscapes():
    """{territory slug: its landscape in the demo's pictures} (the events' pictures too)."""
    territories = read(Path(__file__).parent / "territories.yaml", Territories)
    return {item.slug: item.landscape for item in territories.territories}


def project_scenes(item, motifs):
    """(motif, landscape) of a project's picture, then of each picture of its gallery: its
    own motif (or its first challenge's) over its first territory, then its other
    challenges and territories in turn."""
    own = item.motif or motifs.get(item.challenges[0] if item.challenges else "", "steps")
    subjects = list(dict.fromkeys([own, *(motifs.get(slug, own) for slug in item.challenges)]))
    places = [landscapes().get(slug, "region") for slug in item.territories] or ["region"]
    return [
        (subjects[n % len(subjects)], places[n % len(places)])
        for n in range(1 + item.gallery_pictures)
    ]


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
    motifs = {item.slug: item.motif for item in challenges.challenges}
    challenges = {item.slug: build_challenge(loader, index, item) for item in challenges.challenges}
    projects = facts["projects.yaml"]
    index = build_index(loader, home, projects.index, factories.ProjectIndexPageFactory, "projects")
    results = {item.project: item.results for item in facts["results.yaml"].projects}
    projects = {
        item.slug: build_project(
            loader, index, item, territories, challenges, results.get(item.slug, []), motifs
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

    def alt(language):
        scene = pictures.describe(item.motif, "region", language)
        return alt_text("challenge", language, name=item.title[language], scene=scene)

    def fields(language):
        return {
            "title": item.title[language],
            "summary": item.summary[language],
            "image_alt_text": alt(language),
            "story": demo.stream(demo.paragraph_blocks(f"{key}/story", item.story[language])),
            "figures": demo.stream(demo.figure_blocks(f"{key}/figure", item.figures, language)),
        }

    def create():
        image = demo.illustration(
            f"challenge-{item.slug}",
            f"Défi : {item.title.fr}",
            alt("fr"),
            width=1200,
            height=750,
            motif=item.motif,
            landscape="region",
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


def gallery_blocks(key, item, images, language, scenes):
    def value(number, image):
        scene = pictures.describe(*scenes[number + 1], language)
        alt = alt_text("gallery", language, name=item.title[language], n=number + 1, scene=scene)
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


def build_project(loader, index, item, territories, challenges, results=(), motifs=None):
    key = f"project/{item.slug}"
    gallery = []
    scenes = project_scenes(item, motifs or {})

    def alt(language, number=0):
        scene = pictures.describe(*scenes[number], language)
        return alt_text("project", language, name=item.title[language], scene=scene)

    def fields(language):
        figures = demo.figure_blocks(f"{key}/figure", item.figures, language)
        if item.table:
            figures.append(table_block(key, item.table, language))
        return {
            "title": item.title[language],
            "summary": item.summary[language],
            "places": item.places[language],
            "image_alt_text": alt(language),
            "story": demo.stream(demo.paragraph_blocks(f"{key}/story", item.story[language])),
            "figures": demo.stream(figures),
            "gallery": demo.stream(gallery_blocks(key, item, gallery, language, scenes)),
        }

    def illustration(number, suffix, title, width, height):
        motif, landscape = scenes[number]
        return demo.illustration(
            f"project-{item.slug}{suffix}",
            title,
            alt("fr", number),
            width,
            height,
            motif=motif,
            landscape=landscape,
            variant=number,
        )

    def create():
        gallery.extend(
            illustration(
                n + 1, f"-gallery-{n}", f"Projet {item.title.fr} : galerie {n + 1}", 1200, 900
            )
            for n in range(item.gallery_pictures)
        )
        image = illustration(0, "", f"Projet : {item.title.fr} ({item.organisation})", 1200, 750)
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
    landscape = landscapes().get(item.territory, "region")

    def portrait_alt(language):
        scene = pictures.describe_portrait(landscape, language)
        return alt_text("portrait", language, name=item.first_name, scene=scene)

    def fields(language):
        title = {"fr": f"{item.first_name}, {item.age} ans", "en": f"{item.first_name}, {item.age}"}
        story = demo.paragraph_blocks(f"testimonial/{item.slug}/story", item.story[language])
        return {
            "title": title[language],
            "quote": item.quote[language],
            "summary": item.quote[language],
            "portrait_alt_text": portrait_alt(language),
            "story": demo.stream(story),
        }

    def create():
        portrait = demo.illustration(
            f"portrait-{item.slug}",
            f"Portrait illustré : {item.first_name}",
            portrait_alt("fr"),
            width=800,
            height=800,
            landscape=landscape,
            portrait=True,
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
