"""The site's own search index (search/models.py) and its database-specific structures."""

import django.db.models.deletion
from django.db import migrations, models

SQLITE = [
    # External content: the FTS table reads the analysed text from search_searchdocument.
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title_terms, body_terms, content='search_searchdocument', content_rowid='page_id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts(rowid, title_terms, body_terms)
        VALUES (new.page_id, new.title_terms, new.body_terms);
    END""",
    """CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms)
        VALUES ('delete', old.page_id, old.title_terms, old.body_terms);
    END""",
    """CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms)
        VALUES ('delete', old.page_id, old.title_terms, old.body_terms);
        INSERT INTO search_fts(rowid, title_terms, body_terms)
        VALUES (new.page_id, new.title_terms, new.body_terms);
    END""",
    # Trigrams of the words, for suggestions (the equivalent of pg_trgm).
    "CREATE VIRTUAL TABLE search_word_trigrams USING fts5(word, tokenize='trigram')",
    """CREATE TRIGGER search_word_trigrams_insert AFTER INSERT ON search_searchword BEGIN
        INSERT INTO search_word_trigrams(rowid, word) VALUES (new.id, new.word);
    END""",
    """CREATE TRIGGER search_word_trigrams_delete AFTER DELETE ON search_searchword BEGIN
        DELETE FROM search_word_trigrams WHERE rowid = old.id;
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_word_trigrams_delete",
    "DROP TRIGGER IF EXISTS search_word_trigrams_insert",
    "DROP TABLE IF EXISTS search_word_trigrams",
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ALTER TABLE search_searchdocument ADD COLUMN title_vector tsvector, "
    "ADD COLUMN vector tsvector",
    "CREATE INDEX search_doc_title_vector ON search_searchdocument USING gin (title_vector)",
    "CREATE INDEX search_doc_vector ON search_searchdocument USING gin (vector)",
    "CREATE INDEX search_word_trigrams ON search_searchword USING gin (word gin_trgm_ops)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS search_word_trigrams",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS title_vector, "
    "DROP COLUMN IF EXISTS vector",
]


def create_structures(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for statement in {"sqlite": SQLITE, "postgresql": POSTGRES}.get(vendor, []):
        schema_editor.execute(statement)


def drop_structures(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for statement in {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}.get(vendor, []):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_text_search_configurations"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                ("language", models.CharField(max_length=2)),
                ("kind", models.CharField(max_length=40)),
                ("territories", models.TextField(blank=True, default="")),
                ("date", models.DateField(blank=True, null=True)),
                ("title_terms", models.TextField(blank=True, default="")),
                ("body_terms", models.TextField(blank=True, default="")),
            ],
            options={
                "indexes": [
                    models.Index(fields=["language", "kind"], name="search_doc_language_kind")
                ],
            },
        ),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("language", models.CharField(max_length=2)),
                ("word", models.CharField(max_length=60)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("language", "word"), name="search_word_unique")
                ],
            },
        ),
        migrations.RunPython(create_structures, drop_structures),
    ]
