"""What the projects' results add up to: one service for the impact page, the territory
pages and the home page's "Our impact".

Each result (`ProjectFigure`) counts once, whatever the number of its translations: its
rows share a translation key, and the numbers are those of the original (the row in the
default language, else the first one). A project that runs in several territories, or
answers several challenges, counts in each of them, and once in the totals.

The database adds up (SUM and COUNT grouped by year, territory and challenge): six
queries that return a few rows each, whatever the amount of content. The list of
contributions (each project and the results it reported) is read a page at a time
(`Contributions`): only its length is counted up front. Everything is cached until the
next publication (the listings' cache version).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Site

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
    "page__locale__language_code",
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
    contributions: "Contributions"

    @property
    def years(self):
        return [row.key for row in self.by_year]


def impact(locale_id, territory_key=None):
    """The totals in one locale, of every project or of the projects of one territory."""
    version = listing.cache_version()
    key = f"impact:{version}:{locale_id}:{territory_key or ''}"
    result = cache.get(key)
    if result is None:
        result = compute(locale_id, territory_key, version=version)
        cache.set(key, result, CACHE_SECONDS)
    return result


def project_keys_query(territory_key=None):
    """The translation keys of the live projects counted (of one territory, if given)."""
    if territory_key is not None:
        return ProjectTerritory.objects.filter(
            page__live=True, territory__translation_key=territory_key
        ).values("page__translation_key")
    return ProjectPage.objects.live().values("translation_key")


def counted(queryset, field, keys_query):
    """`queryset` (of live projects or of their rows) limited to the projects counted: no
    condition at all when every live project counts (the rows are of live projects)."""
    if keys_query is None:
        return queryset
    return queryset.filter(**{f"{field}__in": keys_query})


def default_language():
    """The default locale's language code (no query: it comes from the settings)."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def counted_figures(keys_query):
    """The results of these projects, each once: the row of the default language, else the
    first row of its translation key (of a live page)."""
    live = ProjectFigure.objects.filter(page__live=True)
    original = {"page__locale__language_code": default_language()}
    in_default = live.filter(translation_key=OuterRef("translation_key"), **original)
    earlier = live.filter(translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk"))
    return counted(live, "page__translation_key", keys_query).filter(
        Q(**original) | (~Exists(in_default) & ~Exists(earlier))
    )


def per_measure():
    """SUM(value) of each measure, as columns of one row (a GROUP BY gives one row a group)."""
    return {code: Sum("value", filter=Q(measure=code)) for code, _label in MEASURES}


def measures_of(row):
    return {code: row[code] for code, _label in MEASURES if row[code] is not None}


def compute(locale_id, territory_key=None, version=None):
    keys_query = project_keys_query(territory_key) if territory_key is not None else None
    figures = counted_figures(keys_query).order_by()
    labels = dict(MEASURES)

    # By year: the measures and the projects that reported (one query).
    by_year = [
        Row(
            key=row["year"],
            label=str(row["year"]),
            people=row[PEOPLE_REACHED] or 0,
            projects=row["projects"],
            measures=measures_of(row),
        )
        for row in figures.values("year")
        .annotate(projects=Count("page__translation_key", distinct=True), **per_measure())
        .order_by("year")
    ]
    totals = defaultdict(int)
    for row in by_year:
        for code, value in row.measures.items():
            totals[code] += value

    # By territory and by challenge: the projects linked to each (their links in any
    # language, one query for both), and the results of the originals through their own
    # links (one query for both).
    link_counts = (
        counted(
            ProjectTerritory.objects.filter(page__live=True), "page__translation_key", keys_query
        )
        .order_by()
        .values_list("territory__translation_key")
        .annotate(Count("page__translation_key", distinct=True))
        .union(
            counted(
                ProjectChallenge.objects.filter(page__live=True),
                "page__translation_key",
                keys_query,
            )
            .order_by()
            .values_list("challenge__translation_key")
            .annotate(Count("page__translation_key", distinct=True)),
            all=True,
        )
    )
    linked_projects = dict(link_counts)
    sums = {
        row["key"]: measures_of(row)
        for row in figures.annotate(key=F("page__territory_links__territory__translation_key"))
        .values("key")
        .annotate(**per_measure())
        .union(
            figures.annotate(key=F("page__challenge_links__challenge__translation_key"))
            .values("key")
            .annotate(**per_measure()),
            all=True,
        )
    }

    def breakdown(options, urls=None):
        """Rows of `options` (territories or challenges) with at least one project."""
        rows = []
        for option in options:
            key = option.translation_key
            if not linked_projects.get(key):
                continue
            measures = sums.get(key, {})
            rows.append(
                Row(
                    key=key,
                    label=str(option),
                    people=measures.get(PEOPLE_REACHED, 0),
                    projects=linked_projects[key],
                    measures=measures,
                    url=(urls or {}).get(key, ""),
                )
            )
        return rows

    territories = list(
        Territory.objects.filter(locale_id=locale_id).only("name", "slug", "translation_key")
    )
    challenges = list(
        listing.live(ChallengePage, locale_id)
        .only("title", "url_path", "path", "depth", "locale_id", "translation_key")
        .order_by("path")
    )
    root_paths = Site.get_site_root_paths()
    for page in challenges:
        page._wagtail_cached_site_root_paths = root_paths  # one cache read, not one a page
    challenge_urls = {page.translation_key: page.get_url() for page in challenges}

    # The projects counted, and those of this language that reported results (one query).
    counts = counted(ProjectPage.objects.live(), "translation_key", keys_query).aggregate(
        projects=Count("translation_key", distinct=True),
        contributions=Count(
            "pk",
            filter=Q(locale_id=locale_id)
            & Q(translation_key__in=figures.values("page__translation_key")),
        ),
    )
    territory_keys = {t.translation_key for t in territories}
    return Impact(
        people=totals.get(PEOPLE_REACHED, 0),
        projects=counts["projects"],
        territories=len({key for key in territory_keys if linked_projects.get(key)}),
        measures=[
            (code, labels[code], totals[code]) for code, _label in MEASURES if code in totals
        ],
        by_territory=breakdown(territories),
        by_challenge=breakdown(challenges, challenge_urls),
        by_year=by_year,
        contributions=Contributions(locale_id, territory_key, version, counts["contributions"]),
    )


class Contributions:
    """Each project of the totals (in the visitor's language) and the results it reported,
    most young people reached first: a sequence read from the database a slice at a time
    (a page of the impact page, the territory page's first twenty), each slice cached
    under the same version as the totals. Only the length is known up front."""

    def __init__(self, locale_id, territory_key, version, count):
        self.locale_id = locale_id
        self.territory_key = territory_key
        self.version = version
        self.count = count

    def _projects(self):
        keys_query = project_keys_query(self.territory_key) if self.territory_key else None
        figures = counted_figures(keys_query)
        people = (
            figures.filter(
                page__translation_key=OuterRef("translation_key"), measure=PEOPLE_REACHED
            )
            .order_by()
            .values("page__translation_key")
            .annotate(total=Sum("value"))
            .values("total")
        )
        return (
            counted(listing.live(ProjectPage, self.locale_id), "translation_key", keys_query)
            .filter(translation_key__in=figures.values("page__translation_key"))
            .annotate(people=Coalesce(Subquery(people, output_field=IntegerField()), 0))
            .order_by("-people", "title", "pk")
        )

    def __len__(self):
        return self.count

    def __iter__(self):
        return iter(self[:])

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0] if index >= 0 else list(self)[index]
        start, stop, step = index.indices(self.count)
        key = f"impact:{self.version}:{self.locale_id}:{self.territory_key or ''}:{start}:{stop}"
        found = cache.get(key) if self.version is not None else None
        if found is None:
            found = self._read(start, stop)
            if self.version is not None:
                cache.set(key, found, CACHE_SECONDS)
        return found[::step]

    def _read(self, start, stop):
        if stop <= start:
            return []
        pages = list(
            self._projects().only(
                "title", "url_path", "path", "depth", "locale_id", "translation_key"
            )[start:stop]
        )
        keys = [page.translation_key for page in pages]
        figures = _figures(keys, self.locale_id)
        root_paths = Site.get_site_root_paths()
        contributions = []
        for page in pages:
            page._wagtail_cached_site_root_paths = root_paths
            contributions.append(
                Contribution(
                    title=page.title,
                    url=page.get_url(),
                    translation_key=page.translation_key,
                    figures=sorted(
                        figures[page.translation_key], key=lambda f: (-f.year, f.measure)
                    ),
                )
            )
        return contributions


def projects_by_territory():
    """The number of live projects in each territory, by its translation key: one query."""
    rows = (
        ProjectTerritory.objects.filter(page__live=True)
        .order_by()
        .values("territory__translation_key")
        .annotate(projects=Count("page__translation_key", distinct=True))
    )
    return {row["territory__translation_key"]: row["projects"] for row in rows}


def _figures(project_keys, locale_id):
    """The results of these projects, each once: numbers of the original (the row in the
    default language, else any), text in the visitor's language when translated."""
    rows = ProjectFigure.objects.filter(
        page__live=True, page__translation_key__in=project_keys
    ).values(*FIGURE_FIELDS)
    chosen, texts = {}, {}
    default = default_language()
    for row in rows.order_by("page__translation_key", "sort_order", "pk").iterator():
        key = row["translation_key"]
        if row["page__locale_id"] == locale_id:
            texts[key] = row
        if key not in chosen or row["page__locale__language_code"] == default:
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
