"""Wagtail's database search backend, used by the admin (editors' searches); on
PostgreSQL each row is built with its page language's text search configuration.

The public search page uses the site's own index instead (search/index.py): Wagtail's
database backend cannot store analysed text on SQLite, and on PostgreSQL it matches
`(title || body) @@ query`, which no index serves, and ranks every match.
"""

from django.db import connection
from django.utils import translation
from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from wagtail.models import Locale

from search.analysis import language_code
from search.postgres import CONFIGS


def group_by_language(objs):
    """Objects grouped by language code; objects without a locale count as French."""
    languages = None
    groups = {}
    for obj in objs:
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is not None and languages is None:
            languages = dict(Locale.objects.values_list("pk", "language_code"))
        code = language_code(languages.get(locale_id) if locale_id is not None else None)
        groups.setdefault(code, []).append(obj)
    return groups


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
        return CONFIGS[language_code(translation.get_language())]

    @config.setter
    def config(self, value):
        """SEARCH_CONFIG is ignored: the configuration follows the language."""


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """Like Wagtail's database backend, language-aware on PostgreSQL."""
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    return database.SearchBackend(params)
