"""Relevance on the judged set (search/judged_queries.yaml): at least 95 % of the queries
in each language have an expected page in the first three results. Runs on the database
of the run (SQLite, PostgreSQL); benchmarks/search_relevance.py prints the MRR table."""

import pytest

from search import judgement

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_the_judged_set_is_large_enough_in_both_languages():
    queries = judgement.judged_queries()
    assert set(queries) == {"fr", "en"}
    assert sum(len(cases) for cases in queries.values()) >= 80
    assert all(len(cases) >= 40 for cases in queries.values())


def test_expected_pages_come_in_the_top_three(client, demo):
    outcomes = judgement.evaluate(lambda path, params: client.get(path, params).content.decode())
    misses = [(o.language, o.query, o.rank, o.first) for o in outcomes if not o.top3]
    for language, (_count, mrr, top3) in judgement.summary(outcomes).items():
        assert top3 >= 0.95, (language, misses)
        assert mrr >= 0.9, (language, misses)
