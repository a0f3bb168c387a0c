"""The site's own search index: kept in step with the published pages, searched by the
search page. One row per live public page (search/models.py), analysed the same way as
what visitors type (search/analysis.py); the database-specific SQL is in search/sqlite.py
and search/postgres.py.
"""

import datetime
import hashlib
import uuid
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection, transaction
from wagtail.models import Locale, Page

from search import postgres, sqlite
from search.analysis import stop_words, words
from search.documents import document_for
from search.models import SearchDocument, SearchIndexState, SearchWord

BATCH = 500
# Counts of a search are cached for this long, or until the index changes.
COUNTS_SECONDS = 600
# Words offered as suggestions: long enough to mean something, short enough to be words.
SUGGESTED_LENGTHS = range(3, 31)


def _store():
    return postgres if connection.vendor == "postgresql" else sqlite


# Writing ----------------------------------------------------------------------------------


def _languages():
    return dict(Locale.objects.values_list("pk", "language_code"))


def _changed():
    """A new version token: cached counts of every search are stale from now on."""
    SearchIndexState.objects.update_or_create(pk=1, defaults={"version": uuid.uuid4().hex})


def _write(documents):
    if not documents:
        return
    _changed()
    SearchDocument.objects.filter(pk__in=[doc.page_id for doc in documents]).delete()
    SearchDocument.objects.bulk_create(
        SearchDocument(
            page_id=doc.page_id,
            language=doc.language,
            kind=doc.kind,
            territories="".join(f" {key} " for key in doc.territories),
            date=doc.date,
            title_terms=doc.title_terms,
            body_terms=doc.body_terms,
        )
        for doc in documents
    )
    with connection.cursor() as cursor:
        _store().write_vectors(cursor, documents)
    vocabulary = set()
    for doc in documents:
        stops = stop_words(doc.language)
        vocabulary.update(
            (doc.language, word)
            for word in words(f"{doc.title} {doc.body}")
            if len(word) in SUGGESTED_LENGTHS and word not in stops and not word.isdigit()
        )
    SearchWord.objects.bulk_create(
        (SearchWord(language=language, word=word) for language, word in sorted(vocabulary)),
        ignore_conflicts=True,
        batch_size=BATCH,
    )


def index_pages(pages):
    """Index these pages (specific instances): the live public ones are (re)written, the
    others removed."""
    pages = list(pages)
    if not pages:
        return
    public = set(
        Page.objects.live()
        .public()
        .filter(pk__in=[page.pk for page in pages])
        .values_list("pk", flat=True)
    )
    languages = _languages()
    documents = [
        document_for(page, languages.get(page.locale_id)) for page in pages if page.pk in public
    ]
    with transaction.atomic():
        remove_pages([page.pk for page in pages if page.pk not in public])
        _write(documents)


def remove_pages(page_ids):
    if SearchDocument.objects.filter(pk__in=list(page_ids)).delete()[0]:
        _changed()


def rebuild(report=None):
    """Index every live public page again; returns the number of pages indexed."""
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        SearchWord.objects.all().delete()
    pages = Page.objects.live().public().order_by("pk")
    ids = list(pages.values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        batch = Page.objects.filter(pk__in=ids[start : start + BATCH]).specific()
        index_pages(batch)
        if report:
            report(min(start + BATCH, len(ids)), len(ids))
    analyse()
    return len(ids)


def analyse():
    """Fresh planner statistics for the index's tables (after a rebuild or a bulk load)."""
    with connection.cursor() as cursor:
        _store().analyse(cursor)


# Searching --------------------------------------------------------------------------------


@dataclass
class Filters:
    """What narrows a search: type, territory (translation key), dates, a section."""

    kind: str = ""
    territory: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    section: Page | None = None

    def narrows(self):
        """Whether anything but the type narrows the search."""
        return bool(self.territory or self.date_from or self.date_to or self.section)

    def where(self, language, with_kind=True):
        clauses, params = ["d.language = %s"], [language]
        if with_kind and self.kind:
            clauses.append("d.kind = %s")
            params.append(self.kind)
        if self.territory:
            clauses.append("d.territories LIKE %s")
            params.append(f"% {self.territory} %")
        if self.date_from:
            clauses.append("d.date >= %s")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("d.date <= %s")
            params.append(self.date_to)
        if self.section is not None:
            clauses.append(
                "d.page_id IN (SELECT id FROM wagtailcore_page WHERE path LIKE %s AND depth > %s)"
            )
            params.extend([f"{self.section.path}%", self.section.depth])
        return " AND ".join(clauses), params


@dataclass
class Found:
    """Counts per type of a search, and whether every word was found (otherwise these
    count the pages with some of the words)."""

    counts: dict
    every_word: bool = True

    @property
    def total(self):
        return sum(self.counts.values())


def version():
    """The index's version token: what is cached for a search is keyed by it."""
    return SearchIndexState.objects.values_list("version", flat=True).first() or ""


def count(query, filters, version):
    """How many pages of each type match: every word, or when no page has them all,
    some of them. Cached until the index changes (`version`)."""
    where, params = filters.where(query.language, with_kind=False)
    described = repr((version, connection.vendor, query, where, [str(p) for p in params]))
    key = "search:counts:" + hashlib.sha256(described.encode()).hexdigest()
    found = cache.get(key)
    if found is None:
        found = _count(query, where, params)
        cache.set(key, found, COUNTS_SECONDS)
    return found


def _count(query, where, params):
    attempts = [True, False] if len(query.all_terms) > 1 else [True]
    with connection.cursor() as cursor:
        for every_word in attempts:
            counts = _store().counts(cursor, query, not every_word, where, params)
            if counts:
                return Found(counts=counts, every_word=every_word)
    return Found(counts={})


def _key(kind, *described):
    return f"search:{kind}:" + hashlib.sha256(repr(described).encode()).hexdigest()


def ranked(query, filters, every_word, offset, limit, version=None):
    """Ids of the best matches from `offset`, at most `limit`. With the index's `version`,
    cached until the index changes (the same search asked again, a page of results
    reloaded, costs no ranking)."""
    where, params = filters.where(query.language)
    key = None
    if version is not None:
        described = (version, connection.vendor, query, where, [str(p) for p in params])
        key = _key("ranked", *described, every_word, offset, limit)
        ids = cache.get(key)
        if ids is not None:
            return ids
    with connection.cursor() as cursor:
        ids = _store().ranked(cursor, query, not every_word, where, params, offset, limit)
    if key is not None:
        cache.set(key, ids, COUNTS_SECONDS)
    return ids


def matching_ids(filters):
    """Ids of the indexed pages that pass these filters (whatever their text)."""
    documents = SearchDocument.objects.all()
    if filters.territory:
        documents = documents.filter(territories__contains=f" {filters.territory} ")
    if filters.date_from:
        documents = documents.filter(date__gte=filters.date_from)
    if filters.date_to:
        documents = documents.filter(date__lte=filters.date_to)
    if filters.section is not None:
        documents = documents.filter(
            page__path__startswith=filters.section.path, page__depth__gt=filters.section.depth
        )
    return documents.values_list("page_id", flat=True)


def similar_words(word, language, lengths, limit=20):
    """Words of the site's text in this language close to `word` by trigrams, of a length
    in `lengths` (a range): at most `limit`, the closest first."""
    with connection.cursor() as cursor:
        return _store().similar_words(cursor, word, language, lengths, limit)
