"""The database search backend, aware of each page's language (see search/backends.py)."""

import snowballstemmer
from django.db import connection
from django.utils import translation
from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

from search.backends import LANGUAGES, language_code

# PostgreSQL text search configurations, created by search/migrations/0001.
PG_CONFIGS = {code: f"{name}_unaccent" for code, name in LANGUAGES.items()}


def group_by_language(objs):
    """Objects grouped by language code; objects without a locale count as French."""
    from wagtail.models import Locale

    languages = None
    groups = {}
    for obj in objs:
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is not None and languages is None:
            languages = dict(Locale.objects.values_list("pk", "language_code"))
        code = language_code(languages.get(locale_id) if locale_id is not None else None)
        groups.setdefault(code, []).append(obj)
    return groups


def stem(word, language=None):
    name = LANGUAGES[language_code(language)]
    return snowballstemmer.stemmer(name).stemWord(word.lower())


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        # The indexer reads backend.config when it is created: build each language's rows
        # with that language active, so they get its text search configuration.
        for code, group in group_by_language(objs).items():
            with translation.override(code):
                super().add_items(model, group)


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguagePostgresIndex

    @property
    def config(self):
        return PG_CONFIGS[language_code()]

    @config.setter
    def config(self, value):
        """SEARCH_CONFIG is ignored: the configuration follows the language."""


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """Like Wagtail's database backend, with the language-aware classes above."""
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    backend = database.SearchBackend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        # Imported only on SQLite: its FTS model does not exist on other databases.
        from search.sqlite import StemmingSQLiteSearchBackend

        return StemmingSQLiteSearchBackend(params)
    return backend
