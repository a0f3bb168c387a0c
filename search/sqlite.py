"""SQLite FTS5 search that matches French and English inflections (see search/backends.py)."""

from functools import reduce

from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat, NullIf, StrIndex
from modelsearch.backends.database.sqlite.query import (
    BM25,
    Lexeme,
    MatchExpression,
    SearchQueryExpression,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import And, Or, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from search.database import stem

# Shorter stems are matched whole: "a*" would match nearly everything.
MIN_PREFIX_LENGTH = 3
# Results are ordered by BM25 up to this rank, then by newest first.
RANKED_RESULTS = 1000


class StemmingSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    """Each word is stemmed in the visitor's language and matched as a prefix.

    FTS5's default unicode61 tokenizer folds accents on both sides, so "decrochage"
    already matches "décrochage"; the stem prefix makes "jeune" match "jeunes".
    """

    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        # Double quotes would end FTS5's quoted strings: they never belong to a word.
        roots = [stem(word) for word in query.query_string.replace('"', " ").split()]
        if not roots:
            return None
        lexemes = [Lexeme(root, prefix=len(root) >= MIN_PREFIX_LENGTH) for root in roots]
        if query.operator.upper() == "AND":
            combined = reduce(lambda a, b: a & b, lexemes)
        else:
            combined = reduce(lambda a, b: a | b, lexemes)
        return SearchQueryExpression(combined, config=config)

    def search(self, config, start, stop, score_field=None):
        """Rank with one pass over the full-text index.

        Wagtail's SQLite backend orders by a correlated subquery that runs the full-text
        match again for every candidate row: seconds once thousands of pages match. Here
        the ids of the best matches come from one query and order the results.
        """
        query = normalize(self.query)
        if (
            not self.order_by_relevance
            or score_field
            or not isinstance(query, (PlainText, And, Or))
        ):
            return super().search(config, start, stop, score_field=score_field)
        search_query = self.build_search_query(query, config=config)
        if search_query is None:
            return self.queryset.none()
        content_types = get_descendants_content_types_pks(self.queryset.model)
        entries = SQLiteFTSIndexEntry.objects.filter(
            MatchExpression(self.fields or self.FTS_TABLE_FIELDS, search_query),
            index_entry__content_type__in=content_types,
        )
        ranked = (
            entries.annotate(score=BM25())
            .order_by("score")
            .values_list("index_entry__object_id", flat=True)[:RANKED_RESULTS]
        )
        # The rank is where ",<id>," appears in ",<best id>,<next id>,...": one parameter,
        # whatever the number of matches (a CASE per id costs seconds to compile).
        ranking = ",".join(dict.fromkeys(ranked))
        position = StrIndex(
            Value(f",{ranking},"), Concat(Value(","), Cast("pk", CharField()), Value(","))
        )
        matching = self.queryset.filter(pk__in=entries.values("index_entry__object_id"))
        return matching.order_by(NullIf(position, 0).asc(nulls_last=True), "-pk")[start:stop]


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = StemmingSQLiteQueryCompiler
