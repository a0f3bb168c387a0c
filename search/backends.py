"""Search backends: French and English searched the way people type them.

`search_backends()` builds WAGTAILSEARCH_BACKENDS from the environment:

- without ELASTICSEARCH_URL, one database backend (`search.database`) that knows each
  page's language. On PostgreSQL every row of the index is built with the text
  search configuration of its page's language (`french_unaccent` / `english_unaccent`,
  created by search/migrations/0001) and queries use the visitor's language. On SQLite the
  FTS5 tokenizer already folds accents; queries are stemmed with Snowball and matched as
  prefixes, so "jeune" finds "jeunes".
- with ELASTICSEARCH_URL, Wagtail's Elasticsearch 8 backend, one index set per language
  ("default" is French, "en" English) whose default analyser does elision, ASCII folding
  and stemming. `backend_for(language)` picks the one to query.
"""

from django.conf import settings
from django.utils import translation

LANGUAGES = {"fr": "french", "en": "english"}


def language_code(language=None):
    code = (language or translation.get_language() or settings.LANGUAGE_CODE)[:2]
    return code if code in LANGUAGES else settings.LANGUAGE_CODE[:2]


# Elasticsearch -------------------------------------------------------------------------

FRENCH_ELISION = [
    "l",
    "m",
    "t",
    "qu",
    "n",
    "s",
    "j",
    "d",
    "c",
    "jusqu",
    "quoiqu",
    "lorsqu",
    "puisqu",
]


def elasticsearch_index_settings(language):
    """Index settings whose default analyser suits `language` ("fr" or "en").

    Text fields have no analyser of their own in Wagtail's mapping, so the index's
    `default` analyser is used both for indexing and for queries. Elision comes first
    ("l'insertion" -> "insertion"), stop words are removed before ASCII folding (the
    French list has accents), stemming comes last on folded words.
    """
    name = LANGUAGES[language]
    stemmer = "light_french" if language == "fr" else "english"
    filters = ["portal_elision", "lowercase", f"portal_{name}_stop", "asciifolding"]
    if language == "en":
        filters.insert(1, "portal_english_possessive")
    filters.append(f"portal_{name}_stemmer")
    return {
        "settings": {
            "analysis": {
                "filter": {
                    "portal_elision": {
                        "type": "elision",
                        "articles_case": True,
                        "articles": FRENCH_ELISION,
                    },
                    "portal_english_possessive": {
                        "type": "stemmer",
                        "language": "possessive_english",
                    },
                    f"portal_{name}_stop": {"type": "stop", "stopwords": f"_{name}_"},
                    f"portal_{name}_stemmer": {"type": "stemmer", "language": stemmer},
                },
                "analyzer": {
                    "default": {"type": "custom", "tokenizer": "standard", "filter": filters}
                },
            }
        }
    }


def elasticsearch_backend(url, language):
    return {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [url],
        "INDEX_PREFIX": f"portal_{language}_",
        "TIMEOUT": 10,
        "OPTIONS": {},
        "INDEX_SETTINGS": elasticsearch_index_settings(language),
    }


def search_backends(elasticsearch_url=None):
    """The WAGTAILSEARCH_BACKENDS setting: Elasticsearch when a URL is given."""
    if elasticsearch_url:
        return {
            "default": elasticsearch_backend(elasticsearch_url, "fr"),
            "en": elasticsearch_backend(elasticsearch_url, "en"),
        }
    return {"default": {"BACKEND": "search.database"}}


def backend_for(language=None):
    """Name of the backend that searches `language` (the active one by default)."""
    code = language_code(language)
    return code if code in settings.WAGTAILSEARCH_BACKENDS else "default"
