"""Elasticsearch, on our side of the wire: the settings chosen by ELASTICSEARCH_URL, the
index settings (French and English analysers), the mappings and the queries the search
page sends. No cluster is needed: nothing here opens a connection."""

import pytest
from django.test import override_settings
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search import elasticsearch, results
from search.analysis import parse
from search.elasticsearch import backend_for, index_settings

URL = "http://elasticsearch.invalid:9200"
pytestmark = [pytest.mark.django_db, pytest.mark.demo]
# What portal/settings/base.py builds when ELASTICSEARCH_URL is set.
BACKENDS = {
    name: {"BACKEND": "search.elasticsearch", "URLS": [URL], "LANGUAGE": code}
    for name, code in (("default", "fr"), ("en", "en"))
}


@pytest.fixture
def es_settings():
    with override_settings(WAGTAILSEARCH_BACKENDS=BACKENDS):
        yield


def analyser(language):
    return index_settings(language)["settings"]["analysis"]


def test_database_search_without_elasticsearch_url(settings):
    assert settings.WAGTAILSEARCH_BACKENDS == {"default": {"BACKEND": "search.database"}}
    assert not elasticsearch.in_use()


def test_elasticsearch_url_alone_switches_both_languages(es_settings):
    assert elasticsearch.in_use()
    for name, prefix in (("default", "portal_fr_"), ("en", "portal_en_")):
        backend = get_search_backend(name)
        assert backend.index_prefix == prefix
        assert backend.settings["settings"]["analysis"]["filter"][
            f"portal_{'french' if name == 'default' else 'english'}_stemmer"
        ]


def test_client_matches_the_server_major_version(es_settings):
    import elasticsearch

    assert elasticsearch.__versionstr__.startswith("8.")
    backend = get_search_backend("default")
    assert type(backend).__name__ == "Elasticsearch8SearchBackend"


def test_french_analyser_elides_folds_accents_and_stems():
    analysis = analyser("fr")
    chain = analysis["analyzer"]["default"]["filter"]
    assert chain[0] == "portal_elision" and "asciifolding" in chain
    assert chain[-1] == "portal_french_stemmer"
    # Stop words (listed with accents) go before folding, stemming after it.
    assert chain.index("portal_french_stop") < chain.index("asciifolding") < len(chain) - 1
    assert analysis["filter"]["portal_french_stemmer"]["language"] == "light_french"
    assert {"l", "d", "qu"} <= set(analysis["filter"]["portal_elision"]["articles"])


def test_english_analyser_folds_accents_and_stems():
    analysis = analyser("en")
    chain = analysis["analyzer"]["default"]["filter"]
    assert "asciifolding" in chain and "portal_english_possessive" in chain
    assert analysis["filter"][chain[-1]] == {"type": "stemmer", "language": "english"}


def test_index_settings_keep_wagtails_autocomplete_analysers(es_settings):
    for name in ("default", "en"):
        analysis = get_search_backend(name).settings["settings"]["analysis"]
        assert {"default", "edgengram_analyzer", "ngram_analyzer"} <= set(analysis["analyzer"])


def test_each_language_queries_its_own_index(es_settings):
    assert backend_for("fr") == "default"
    assert backend_for("en") == "en"
    backend = get_search_backend(backend_for("en"))
    assert backend.get_index_for_model(Page).name == "portal_en_wagtailcore_page"


def test_text_fields_use_the_language_analyser(es_settings):
    from stories.models import ProjectPage

    mapping = get_search_backend("default").mapping_class(ProjectPage).get_mapping()
    properties = mapping["properties"]
    story = next(v for k, v in properties.items() if k.endswith("story"))
    # No analyser of its own: the index's default (French or English) analyser applies.
    assert story["type"] == "text" and "analyzer" not in story
    assert properties["_all_text"] == {"type": "text"}


@pytest.mark.parametrize("kind", ["", "project", "page"])
def test_search_page_query_filters_language_and_type(es_settings, demo, kind):
    locale = Locale.objects.get(language_code="fr")
    pages = Page.objects.live().public().filter(locale=locale)
    search = results.build_search("décrochage jeunes", pages, "fr", kind)
    compiler = search.query_compiler
    query = compiler.get_query()
    text = str(query)
    assert "décrochage jeunes" in text and "'operator': 'and'" in text
    assert f"{{'term': {{'locale_id_filter': {locale.pk}}}}}" in text
    assert "{'term': {'live_filter': True}}" in text
    if kind == "project":
        assert "{'terms': {'content_type_id_filter': [" in text
    elif kind == "page":
        assert "{'must_not': {'terms': {'content_type_id_filter': [" in text


def test_queries_sent_never_carry_query_syntax():
    typed = 'title:"x" jeune* -a +b (c) OR d ~e ^f l\'insertion <b>g</b> 😀'
    # At most 12 words: the phrase "x", then the first 11 loose words.
    assert parse(typed, "fr").text == '"x" title jeune a b c or d e f l insertion'
