"""Relevance measured on the judged set (search/judged_queries.yaml): each query is asked
of the search page as a visitor would, and the rank of the first expected page among the
results gives the reciprocal rank (MRR) and whether it is in the top three.

Shared by the test (tests/test_search_relevance.py) and the benchmark
(benchmarks/search_relevance.py); `get(path, params)` returns the page's HTML.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from wagtail.models import Page

JUDGED = Path(__file__).resolve().parent / "judged_queries.yaml"
RESULT_LINK = re.compile(r'class="card__title"><a href="([^"]*)"')


def judged_queries():
    """{language: [{"q": typed, "expect": [slug, ...]}, ...]}."""
    return yaml.safe_load(JUDGED.read_text())


@dataclass
class Outcome:
    language: str
    query: str
    rank: int | None  # of the first expected page, from 1; None when not listed
    first: list  # the first three results' paths

    @property
    def top3(self):
        return self.rank is not None and self.rank <= 3


def result_paths(html):
    """Paths of the listed results, in order (promotions are not results)."""
    if 'class="card-list search-results"' not in html:
        return []
    listing = html.split('class="card-list search-results"', 1)[1].split("</ol>", 1)[0]
    return RESULT_LINK.findall(listing)


def evaluate(get):
    outcomes = []
    for language, cases in judged_queries().items():
        pages = Page.objects.filter(locale__language_code=language)
        for case in cases:
            expected = {page.url for page in pages.filter(slug__in=case["expect"])}
            missing = set(case["expect"]) - set(
                pages.filter(slug__in=case["expect"]).values_list("slug", flat=True)
            )
            if missing:
                raise LookupError(f"{language}: no page {sorted(missing)} for {case['q']!r}")
            paths = result_paths(get(f"/{language}/search/", {"q": case["q"]}))
            rank = next((i for i, path in enumerate(paths, 1) if path in expected), None)
            outcomes.append(Outcome(language, case["q"], rank, paths[:3]))
    return outcomes


def summary(outcomes):
    """{language: (queries, MRR, share in the top three)}."""
    table = {}
    for language in dict.fromkeys(outcome.language for outcome in outcomes):
        mine = [outcome for outcome in outcomes if outcome.language == language]
        mrr = sum(1 / outcome.rank for outcome in mine if outcome.rank) / len(mine)
        table[language] = (len(mine), mrr, sum(outcome.top3 for outcome in mine) / len(mine))
    return table
