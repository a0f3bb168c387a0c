"""Elasticsearch, when ELASTICSEARCH_URL is set: Wagtail's Elasticsearch 8 backend, one
index set per language ("default" is French, "en" English) whose default analyser does
what search/analysis.py does for the database index: elision, ASCII folding, stop words
and stemming. Settings name this module; `SearchBackend` completes their parameters.
"""

from django.conf import settings
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from search.analysis import LANGUAGES, language_code

FRENCH_ELISION = ["l", "m", "t", "qu", "n", "s", "j", "d", "c"]
FRENCH_ELISION += ["jusqu", "quoiqu", "lorsqu", "puisqu"]


def index_settings(language):
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


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """Wagtail's Elasticsearch 8 backend for the language named by params["LANGUAGE"]."""
    params = dict(params)
    language = language_code(params.pop("LANGUAGE", "fr"))
    params.setdefault("INDEX_PREFIX", f"portal_{language}_")
    params.setdefault("TIMEOUT", 10)
    params.setdefault("OPTIONS", {})
    params.setdefault("INDEX_SETTINGS", index_settings(language))
    return Elasticsearch8SearchBackend(params)


def in_use():
    """Whether the search page asks Elasticsearch (rather than the site's own index)."""
    return settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == __name__


def backend_for(language=None):
    """Name of the backend that searches `language`."""
    code = language_code(language)
    return code if code in settings.WAGTAILSEARCH_BACKENDS else "default"
