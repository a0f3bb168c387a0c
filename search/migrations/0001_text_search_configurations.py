"""PostgreSQL text search configurations that ignore accents: french_unaccent and
english_unaccent (unaccent, then the language's Snowball stemmer). Nothing on SQLite,
whose FTS5 tokenizer folds accents by itself."""

from django.db import migrations

CONFIG_SQL = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION {name}_unaccent (COPY = {name});
        ALTER TEXT SEARCH CONFIGURATION {name}_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {name}_stem;
    END IF;
END
$$;
"""


def create_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name in ("french", "english"):
        schema_editor.execute(CONFIG_SQL.format(name=name))


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in ("french", "english"):
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}_unaccent")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_configurations, drop_configurations)]
