"""What the projects' results add up to: one service for the impact page, the territory
pages and the home page's "Our impact".

Each result (`ProjectFigure`) counts once, whatever the number of its translations: its
rows share a translation key, and the numbers are those of the original. A project that
runs in several territories, or answers several challenges, counts in each of them, and
once in the totals. Six queries, whatever the amount of content, cached until the next
publication (the listings' cache version).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count
from wagtail.models import Locale

from portal import listing
from stories.models import (
    MEASURES,
    PEOPLE_REACHED,
    ChallengePage,
    ProjectChallenge,
    ProjectFigure,
    ProjectPage,
    ProjectTerritory,
    Territory,
)

CACHE_SECONDS = 86400
FIGURE_FIELDS = (
    "translation_key",
    "measure",
    "value",
    "year",
    "date",
    "detail",
    "source",
    "source_url",
    "page__translation_key",
    "page__locale_id",
)


@dataclass
class Row:
    """One line of a breakdown: what it is about (a territory, a challenge, a year)."""

    key: object
    label: str
    people: int = 0
    projects: int = 0
    measures: dict = field(default_factory=dict)
    url: str = ""


@dataclass
class Figure:
    measure: str
    measure_label: str
    value: int
    year: int
    date: object
    detail: str
    source: str
    source_url: str


@dataclass
class Contribution:
    """A project and the results it reported: where the totals come from."""

    title: str
    url: str
    translation_key: object
    figures: list


@dataclass
class Impact:
    people: int
    projects: int
    territories: int
    measures: list  # (code, label, total) of the measures counted at least once
    by_territory: list
    by_challenge: list
    by_year: list
    contributions: list

    @property
    def years(self):
        return [row.key for row in self.by_year]


def impact(locale_id, territory_key=None):
    """The totals in one locale, of every project or of the projects of one territory."""
    key = f"impact:{listing.cache_version()}:{locale_id}:{territory_key or ''}"
    result = cache.get(key)
    if result is None:
        result = compute(locale_id, territory_key)
        cache.set(key, result, CACHE_SECONDS)
    return result


def compute(locale_id, territory_key=None):
    default_locale = Locale.get_default().pk
    live_projects = ProjectPage.objects.live()
    territory_links = _pairs(
        ProjectTerritory.objects.filter(page__live=True), "territory__translation_key"
    )
    if territory_key is not None:
        project_keys = {p for p, t in territory_links if t == territory_key}
        keys_query = ProjectTerritory.objects.filter(
            page__live=True, territory__translation_key=territory_key
        ).values("page__translation_key")
    else:
        project_keys = set(live_projects.values_list("translation_key", flat=True).distinct())
        keys_query = live_projects.values("translation_key")
    challenge_links = _pairs(
        ProjectChallenge.objects.filter(page__live=True), "challenge__translation_key"
    )
    figures = _figures(keys_query, locale_id, default_locale)

    labels = dict(MEASURES)
    people = defaultdict(int)  # project key -> young people reached
    measures = defaultdict(lambda: defaultdict(int))  # project key -> measure -> total
    years = defaultdict(lambda: defaultdict(int))  # year -> measure -> total
    year_projects = defaultdict(set)
    for project_key, rows in figures.items():
        for figure in rows:
            measures[project_key][figure.measure] += figure.value
            years[figure.year][figure.measure] += figure.value
            year_projects[figure.year].add(project_key)
            if figure.measure == PEOPLE_REACHED:
                people[project_key] += figure.value

    def breakdown(options, links, urls=None):
        rows = []
        for option in options:
            keys = {p for p, o in links if o == option.translation_key and p in project_keys}
            if not keys:
                continue
            row = Row(
                key=option.translation_key,
                label=str(option),
                people=sum(people[k] for k in keys),
                projects=len(keys),
                url=(urls or {}).get(option.translation_key, ""),
            )
            for k in keys:
                for code, value in measures[k].items():
                    row.measures[code] = row.measures.get(code, 0) + value
            rows.append(row)
        return rows

    territories = list(
        Territory.objects.filter(locale_id=locale_id).only("name", "slug", "translation_key")
    )
    challenges = list(
        listing.live(ChallengePage, locale_id)
        .only("title", "url_path", "path", "depth", "locale_id", "translation_key")
        .order_by("path")
    )
    challenge_urls = {page.translation_key: page.get_url() for page in challenges}
    projects = {
        page.translation_key: page
        for page in listing.live(ProjectPage, locale_id)
        .filter(translation_key__in=keys_query)
        .filter(
            translation_key__in=ProjectFigure.objects.filter(page__live=True).values(
                "page__translation_key"
            )
        )
        .only("title", "url_path", "path", "depth", "locale_id", "translation_key")
    }
    contributions = sorted(
        (
            Contribution(
                title=projects[key].title,
                url=projects[key].get_url(),
                translation_key=key,
                figures=sorted(rows, key=lambda f: (-f.year, f.measure)),
            )
            for key, rows in figures.items()
            if key in projects
        ),
        key=lambda c: (-people[c.translation_key], c.title),
    )
    totals = defaultdict(int)
    for project_measures in measures.values():
        for code, value in project_measures.items():
            totals[code] += value
    by_year = [
        Row(
            key=year,
            label=str(year),
            people=years[year].get(PEOPLE_REACHED, 0),
            projects=len(year_projects[year]),
            measures=dict(years[year]),
        )
        for year in sorted(years)
    ]
    in_territories = {t for p, t in territory_links if p in project_keys}
    return Impact(
        people=sum(people.values()),
        projects=len(project_keys),
        territories=len(in_territories & {t.translation_key for t in territories}),
        measures=[
            (code, labels[code], totals[code]) for code, _label in MEASURES if code in totals
        ],
        by_territory=breakdown(territories, territory_links),
        by_challenge=breakdown(challenges, challenge_links, challenge_urls),
        by_year=by_year,
        contributions=contributions,
    )


def _pairs(links, other):
    return set(links.order_by().values_list("page__translation_key", other).distinct())


def projects_by_territory():
    """The number of live projects in each territory, by its translation key: one query."""
    rows = (
        ProjectTerritory.objects.filter(page__live=True)
        .order_by()
        .values("territory__translation_key")
        .annotate(projects=Count("page__translation_key", distinct=True))
    )
    return {row["territory__translation_key"]: row["projects"] for row in rows}


def _figures(project_keys, locale_id, default_locale):
    """The results of these projects, each once: numbers of the original (the row in the
    default language, else any), text in the visitor's language when translated."""
    rows = ProjectFigure.objects.filter(
        page__live=True, page__translation_key__in=project_keys
    ).values(*FIGURE_FIELDS)
    chosen, texts = {}, {}
    for row in rows.order_by("page__translation_key", "sort_order", "pk").iterator():
        key = row["translation_key"]
        if row["page__locale_id"] == locale_id:
            texts[key] = row
        if key not in chosen or row["page__locale_id"] == default_locale:
            chosen[key] = row
    labels = dict(MEASURES)
    figures = defaultdict(list)
    for key, row in chosen.items():
        text = texts.get(key, row)
        figures[row["page__translation_key"]].append(
            Figure(
                measure=row["measure"],
                measure_label=labels.get(row["measure"], row["measure"]),
                value=row["value"],
                year=row["year"],
                date=row["date"],
                detail=text["detail"],
                source=text["source"],
                source_url=row["source_url"],
            )
        )
    return figures
