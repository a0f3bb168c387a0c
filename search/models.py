"""The site's own search index: one row per live public page, with its analysed text.

The database-specific parts are created by search/migrations/0002: on SQLite an FTS5
table over the analysed title and body (kept in step by triggers), on PostgreSQL two
stored tsvectors built with the page language's text search configuration, each with a
GIN index, and a trigram index on the words used for suggestions.
"""

from django.db import models
from wagtail.models import Page


class SearchDocument(models.Model):
    """What search knows about one page: language, type, territories, date and terms."""

    page = models.OneToOneField(Page, primary_key=True, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=2)
    kind = models.CharField(max_length=40)
    # Translation keys of the page's territories, each between spaces (" k1 k2 ").
    territories = models.TextField(blank=True, default="")
    date = models.DateField(null=True, blank=True)
    # Analysed text (search/analysis.py): what SQLite's FTS table indexes.
    title_terms = models.TextField(blank=True, default="")
    body_terms = models.TextField(blank=True, default="")

    class Meta:
        indexes = [models.Index(fields=["language", "kind"], name="search_doc_language_kind")]

    def __str__(self):
        return f"{self.language} {self.kind} {self.page_id}"


class SearchWord(models.Model):
    """A folded word of the site's text in one language: what "did you mean" proposes."""

    language = models.CharField(max_length=2)
    word = models.CharField(max_length=60)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="search_word_unique")
        ]

    def __str__(self):
        return f"{self.language} {self.word}"


class SearchIndexState(models.Model):
    """One row: a token that changes with every write to the index, so that cached counts
    of a search are never read after a publish (a new token, never an old one again)."""

    version = models.CharField(max_length=32)

    def __str__(self):
        return self.version
