"""The search acceptance cases against a live Elasticsearch cluster.

Runs only when ELASTICSEARCH_URL is set (see docs/search.md to start a cluster), e.g.
`ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/pytest -m elasticsearch`. Indexes get a
`test_` prefix and are deleted afterwards: a real cluster's indexes are never touched.
"""

import os

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from tests.test_search_elasticsearch import BACKENDS
from tests.test_search_page import RELEVANCE_CASES, add_page, result_titles, search

URL = os.environ.get("ELASTICSEARCH_URL")
pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db, pytest.mark.demo]

if not URL:
    pytest.skip(
        "ELASTICSEARCH_URL is not set: the live Elasticsearch suite needs a cluster "
        "(docs/search.md); the offline tests in test_search_elasticsearch.py still ran",
        allow_module_level=True,
    )


def live_settings():
    return {
        name: {**params, "URLS": [URL], "INDEX_PREFIX": f"test_portal_{params['LANGUAGE']}_"}
        for name, params in BACKENDS.items()
    }


@pytest.fixture
def elasticsearch(demo):
    with override_settings(WAGTAILSEARCH_BACKENDS=live_settings()):
        call_command("update_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
        yield
        for name in ("default", "en"):
            get_search_backend(name).get_index_for_model(Page).delete()


def refresh():
    for name in ("default", "en"):
        get_search_backend(name).get_index_for_model(Page).refresh()


@pytest.mark.parametrize("case", RELEVANCE_CASES, ids=lambda case: case[1])
def test_relevance_cases(client, elasticsearch, home_fr, home_en, case):
    language, title, text, typed_words = case
    add_page(home_fr if language == "fr" else home_en, title, text)
    refresh()
    for typed in typed_words:
        assert title in result_titles(search(client, typed, language)), typed


@pytest.mark.parametrize("typed", ["", "a", "x" * 5000, '"', "<b>x</b>", "😀", "a OR b:c"])
def test_odd_input_never_errors(client, elasticsearch, typed):
    assert search(client, typed).status_code == 200
