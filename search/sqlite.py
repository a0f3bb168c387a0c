"""The search index on SQLite: FTS5 over the analysed text (see search/models.py)."""

# bm25 weights of the FTS columns: a word of the title counts as ten of the body.
BM25 = "bm25(search_fts, 10.0, 1.0)"


def match_string(query, any_word=False):
    """An FTS5 query from analysed terms: every term (or any) and every phrase.

    Terms are made of ASCII letters and figures only, so quoting them is enough."""
    phrases = [f'"{" ".join(phrase)}"' for phrase in query.phrase_terms]
    if any_word:
        return " OR ".join([f'"{term}"' for term in query.all_terms])
    return " ".join([f'"{term}"' for term in query.terms] + phrases)


def _matching(query, any_word, where, params):
    # CROSS JOIN keeps SQLite from reading the documents first and matching each one.
    sql = (
        "FROM search_fts CROSS JOIN search_searchdocument d ON d.page_id = search_fts.rowid "
        f"WHERE search_fts MATCH %s AND {where}"
    )
    return sql, [match_string(query, any_word), *params]


def ranked(cursor, query, any_word, where, params, offset, limit):
    sql, values = _matching(query, any_word, where, params)
    cursor.execute(
        f"SELECT d.page_id {sql} ORDER BY {BM25}, d.page_id DESC LIMIT %s OFFSET %s",
        [*values, limit, offset],
    )
    return [row[0] for row in cursor.fetchall()]


def counts(cursor, query, any_word, where, params):
    sql, values = _matching(query, any_word, where, params)
    cursor.execute(f"SELECT d.kind, COUNT(*) {sql} GROUP BY d.kind", values)
    return dict(cursor.fetchall())


def write_vectors(cursor, documents):
    """Nothing to do: triggers copy the analysed text into the FTS table."""


def similar_words(cursor, word, language, lengths, limit):
    """Words sharing the most trigrams with `word` (FTS5's trigram tokenizer), of a length
    in `lengths` (a range)."""
    trigrams = {word[i : i + 3] for i in range(len(word) - 2)}
    if not trigrams:
        return []
    cursor.execute(
        "SELECT w.word FROM search_word_trigrams t JOIN search_searchword w ON w.id = t.rowid "
        "WHERE search_word_trigrams MATCH %s AND w.language = %s "
        "AND length(w.word) BETWEEN %s AND %s "
        "ORDER BY bm25(search_word_trigrams), w.word LIMIT %s",
        [
            " OR ".join(f'"{trigram}"' for trigram in sorted(trigrams)),
            language,
            lengths.start,
            lengths.stop - 1,
            limit,
        ],
    )
    return [row[0] for row in cursor.fetchall()]


def analyse(cursor):
    """Nothing to do: the queries fix their own join order (CROSS JOIN)."""
