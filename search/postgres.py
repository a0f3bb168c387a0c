"""The search index on PostgreSQL: stored tsvectors (title, and title + body) built with
the page language's text search configuration, each with a GIN index (search/models.py).

Ranking runs on a bounded candidate set: the pages whose title matches, then enough of the
other matches; `ts_rank` never runs over every match of a common word.
"""

# Text search configurations (search/migrations/0001): unaccent, then Snowball.
CONFIGS = {"fr": "french_unaccent", "en": "english_unaccent"}
TITLE_CANDIDATES = 200
CANDIDATES = 1000


def tsquery(query, any_word=False):
    """A tsquery expression and its parameters, analysed by PostgreSQL itself."""
    config = CONFIGS[query.language]
    if any_word:
        words = query.words + [word for phrase in query.phrases for word in phrase]
        parts = [f"plainto_tsquery('{config}', %s)" for _ in words]
        return " || ".join(parts) or "''::tsquery", words
    parts, params = [], []
    if query.words:
        parts.append(f"plainto_tsquery('{config}', %s)")
        params.append(" ".join(query.words))
    for phrase in query.phrases:
        parts.append(f"phraseto_tsquery('{config}', %s)")
        params.append(" ".join(phrase))
    return " && ".join(parts) or "''::tsquery", params


# The SQL below is made of constants; every value is a parameter (hence the noqa).


def ranked(cursor, query, any_word, where, params, offset, limit):
    # The candidates are ids only (deduplicating tsvectors would compare them); each
    # candidate's vector is read once, to rank it.
    expression, query_params = tsquery(query, any_word)
    cursor.execute(
        f"""
        WITH q AS (SELECT {expression} AS q),
        candidates AS (
            (SELECT d.page_id FROM search_searchdocument d, q
             WHERE d.title_vector @@ q.q AND {where} LIMIT {TITLE_CANDIDATES})
            UNION
            (SELECT d.page_id FROM search_searchdocument d, q
             WHERE d.vector @@ q.q AND {where} LIMIT {CANDIDATES})
        )
        SELECT d.page_id FROM candidates c
        JOIN search_searchdocument d ON d.page_id = c.page_id, q
        ORDER BY ts_rank(d.vector, q.q, 1) DESC, d.page_id DESC LIMIT %s OFFSET %s
        """,  # noqa: S608
        [*query_params, *params, *params, limit, offset],
    )
    return [row[0] for row in cursor.fetchall()]


def counts(cursor, query, any_word, where, params):
    expression, query_params = tsquery(query, any_word)
    cursor.execute(
        f"""
        SELECT d.kind, COUNT(*) FROM search_searchdocument d
        WHERE d.vector @@ ({expression}) AND {where} GROUP BY d.kind
        """,  # noqa: S608
        [*query_params, *params],
    )
    return dict(cursor.fetchall())


def write_vectors(cursor, documents):
    """The vectors of freshly written rows, with their language's configuration."""
    cursor.executemany(
        """
        UPDATE search_searchdocument SET
            title_vector = setweight(to_tsvector(%(config)s::regconfig, %(title)s), 'A'),
            vector = setweight(to_tsvector(%(config)s::regconfig, %(title)s), 'A')
                || setweight(to_tsvector(%(config)s::regconfig, %(body)s), 'B')
        WHERE page_id = %(page_id)s
        """,
        [
            {
                "config": CONFIGS[doc.language],
                "title": doc.title,
                "body": doc.body,
                "page_id": doc.page_id,
            }
            for doc in documents
        ],
    )


def similar_words(cursor, word, language, lengths, limit):
    """Words of the site most similar to `word` by trigrams (pg_trgm, its GIN index), of
    a length in `lengths` (a range)."""
    cursor.execute(
        "SELECT word FROM search_searchword WHERE language = %s AND word %% %s "
        "AND char_length(word) BETWEEN %s AND %s "
        "ORDER BY similarity(word, %s) DESC, word LIMIT %s",
        [language, word, lengths.start, lengths.stop - 1, word, limit],
    )
    return [row[0] for row in cursor.fetchall()]


def analyse(cursor):
    """Fresh planner statistics after many rows were written (a rebuild, a bulk load):
    without them PostgreSQL may prefer a scan of the language over the GIN indexes."""
    cursor.execute("ANALYZE search_searchdocument")
    cursor.execute("ANALYZE search_searchword")
