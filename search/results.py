"""What the search page shows: typed result cards for the shown page only, counts per
type, editors' promotions, "did you mean" suggestions, and statistics kept off the
request path."""

import difflib
import hashlib
import math
import threading
import time
from collections import Counter
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.models import Case, F, When
from django.db.models.functions import Coalesce
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from portal import chrome
from portal import images as portal_images
from portal.models import PortalPage
from search import elasticsearch, index
from search.analysis import WORD, fold, stop_words
from search.documents import KINDS, kind_models
from search.models import SearchWord
from search.tasks import record_searches

# Below this similarity (difflib's ratio), a word of the site is not offered for a typo.
MIN_SIMILARITY = 0.75
# Words that may be corrected: long enough to be typos of a word, no longer than the
# words kept for suggestions (search.index.SUGGESTED_LENGTHS), and only the first few, so
# that a pasted paragraph costs a few lookups at most.
CORRECTED_LENGTHS = range(4, 31)
MAX_CORRECTED_WORDS = 3


class Results:
    """The ranked results of a search as a sequence for Django's paginator: its length
    is the count per type, and only the slice shown is asked of the index."""

    def __init__(self, query, filters, found, version=None):
        self.query, self.filters, self.found, self.version = query, filters, found, version
        kind = filters.kind
        self.count = found.counts.get(kind, 0) if kind else found.total

    def __len__(self):
        return self.count

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop or self.count
        if stop <= start:
            return []
        every_word = self.found.every_word
        return index.ranked(self.query, self.filters, every_word, start, stop - start, self.version)


def search(query, filters, version):
    """Results of the typed query, or of its correction when the typed words are not all
    found and the correction's are (`version`: the index's, from `index.version()`)."""
    found = index.count(query, filters, version)
    if found.every_word and found.total:
        return Results(query, filters, found, version)
    corrected = suggestion(query, version)
    if corrected is not None:
        better = index.count(corrected, filters, version)
        if better.total and better.every_word:
            return Results(corrected, filters, better, version)
    return Results(query, filters, found, version)


def close_lengths(word):
    """The lengths a word of the site may have to be offered for `word`: difflib's ratio
    is at most 2 * min(a, b) / (a + b), so a length outside this range cannot reach
    MIN_SIMILARITY (the trigram lookup skips such words)."""
    low = math.ceil(len(word) * MIN_SIMILARITY / (2 - MIN_SIMILARITY) - 1e-9)
    high = math.floor(len(word) * (2 - MIN_SIMILARITY) / MIN_SIMILARITY + 1e-9)
    return range(low, high + 1)


def suggestion(query, version=""):
    """The query with each unknown word replaced by the closest word of the site's text
    in its language (trigram candidates, then difflib's ratio), or None. The corrections
    of the same words are cached until the index changes (`version`)."""
    typed = query.words + [word for phrase in query.phrases for word in phrase]
    stops = stop_words(query.language)
    candidates = list(
        dict.fromkeys(w for w in typed if len(w) in CORRECTED_LENGTHS and w not in stops)
    )
    if not candidates:
        return None
    described = repr((version, connection.vendor, query.language, candidates))
    key = "search:corrections:" + hashlib.sha256(described.encode()).hexdigest()
    replacements = cache.get(key)
    if replacements is None:
        replacements = _corrections(candidates, query.language)
        cache.set(key, replacements, index.COUNTS_SECONDS)
    if not replacements:
        return None
    fix = lambda found: [replacements.get(word, word) for word in found]  # noqa: E731
    return type(query)(
        words=fix(query.words),
        phrases=[fix(phrase) for phrase in query.phrases],
        language=query.language,
    )


def _corrections(candidates, language):
    """{unknown word: closest known word} for the first few unknown words."""
    known = set(
        SearchWord.objects.filter(language=language, word__in=candidates).values_list(
            "word", flat=True
        )
    )
    replacements = {}
    unknown = [word for word in candidates if word not in known and not word.isdigit()]
    for word in unknown[:MAX_CORRECTED_WORDS]:
        close = difflib.get_close_matches(
            word,
            index.similar_words(word, language, close_lengths(word)),
            n=1,
            cutoff=MIN_SIMILARITY,
        )
        if close:
            replacements[word] = close[0]
    return replacements


# Cards ------------------------------------------------------------------------------------


def _image_expression(model):
    """The listing image of a page type; a portrait only with the person's consent."""
    names = {field.name for field in model._meta.get_fields()}
    if "portrait" in names and "portrait_consent" in names:
        return Case(When(portrait_consent=True, then="portrait_id"), default=None)
    if "image" in names:
        return Coalesce("image_id", "social_image_id")
    return F("social_image_id")


@dataclass
class Hit:
    page: Page
    kind: str
    summary: str = ""
    image: object = None

    @property
    def kind_label(self):
        return KINDS[self.kind][0]


def hits(page_ids):
    """Cards of these pages, in this order: the pages in one query, summary and image in
    one query per page type shown, the images and their renditions in two."""
    # Only live public pages are indexed (search/signals.py keeps it so): live() guards
    # the moment between a change and its reindexing, without public()'s extra query.
    pages = Page.objects.live().filter(pk__in=list(page_ids))
    pages = pages.only("title", "url_path", "path", "depth", "locale_id", "content_type_id")
    by_id = {page.pk: page for page in pages}
    by_type = {}
    for page in by_id.values():
        by_type.setdefault(page.content_type_id, []).append(page.pk)
    cards = {}
    models = kind_models()
    for ids in by_type.values():
        model = by_id[ids[0]].cached_content_type.model_class()
        if model is None or not issubclass(model, PortalPage):
            continue
        rows = model.objects.filter(pk__in=ids).annotate(card_image=_image_expression(model))
        for pk, summary, image_id in rows.values_list("pk", "summary", "card_image"):
            cards[pk] = (summary, image_id)
    images = portal_images.images_with_renditions(
        {image_id for _summary, image_id in cards.values() if image_id}, portal_images.CARD
    )
    result = []
    for pk in page_ids:
        page = by_id.get(pk)
        if page is None:  # unpublished or restricted since it was indexed
            continue
        summary, image_id = cards.get(pk, ("", None))
        model = page.cached_content_type.model_class()
        result.append(
            Hit(
                page=page,
                kind=models.get(model, "page"),
                summary=summary,
                image=images.get(image_id),
            )
        )
    return result


# Promotions -------------------------------------------------------------------------------


PROMOTIONS_KEY = "search:promotions"


def promoted_queries():
    """{folded query: [promotion ids]} of every editors' promotion, from the shared cache
    (emptied when a promotion is saved or deleted: search/signals.py)."""
    promoted = cache.get(PROMOTIONS_KEY)
    if promoted is None:
        promoted = {}
        rows = SearchPromotion.objects.values_list("pk", "query__query_string").order_by(
            "sort_order", "pk"
        )
        for pk, query_string in rows:
            promoted.setdefault(fold(normalise_query_string(query_string)), []).append(pk)
        cache.set(PROMOTIONS_KEY, promoted, index.COUNTS_SECONDS)
    return promoted


def forget_promotions(**kwargs):
    cache.delete(PROMOTIONS_KEY)


def promotions(query_text, locale):
    """Editors' promoted results for this query, in the visitor's locale.

    Accents and case are ignored both ways ("benevolat" matches a promotion made for
    "Bénévolat"): the promoted queries are folded once and kept in the cache, so that a
    search without a promotion costs no query. A promoted page in another language shows
    its translation, or nothing.
    """
    ids = promoted_queries().get(fold(normalise_query_string(query_text)))
    if not ids:
        return []
    picks = sorted(
        SearchPromotion.objects.select_related("query", "page").filter(pk__in=ids),
        key=lambda pick: ids.index(pick.pk),
    )
    keys = [pick.page.translation_key for pick in picks if pick.page_id]
    localized = {}
    if keys:
        localized = {
            page.translation_key: page
            for page in Page.objects.live().public().filter(locale=locale, translation_key__in=keys)
        }
    result = []
    for pick in picks:
        if pick.page_id:
            page = localized.get(pick.page.translation_key)
            if page is not None:
                result.append((pick, page))
        elif pick.external_link_url:
            result.append((pick, None))
    return result


def browse_pages(locale):
    """Where to go when nothing is found: the section pages (children of the home page),
    kept in the shared cache with the site's menus (portal/chrome.py)."""
    key = f"search:browse:{locale.pk}:{chrome.version()}"
    pages = cache.get(key)
    if pages is None:
        pages = list(
            Page.objects.live()
            .public()
            .in_menu()
            .filter(locale=locale, depth=3)
            .only("title", "url_path", "path", "depth", "locale_id")
            .order_by("path")
        )
        cache.set(key, pages, chrome.TIMEOUT)
    return pages


# Elasticsearch ----------------------------------------------------------------------------


def kind_content_types():
    """{content type id: kind} for the typed page models."""
    models = kind_models()
    content_types = ContentType.objects.get_for_models(*models) if models else {}
    return {content_types[model].pk: kind for model, kind in models.items()}


def build_search(query_text, pages, language, kind="", ranked=True):
    """Elasticsearch's (lazy) results for these words among `pages`, optionally of one
    kind; `ranked=False` skips relevance scoring (enough for counting)."""
    if kind == "page":
        pages = pages.exclude(content_type__in=list(kind_content_types()))
    elif kind:
        typed = [pk for pk, k in kind_content_types().items() if k == kind]
        pages = pages.filter(content_type__in=typed)
    return pages.search(
        query_text,
        operator="and",
        order_by_relevance=ranked,
        backend=elasticsearch.backend_for(language),
    )


def elasticsearch_search(query, locale, filters):
    """(results to paginate, counts per type) from Elasticsearch. Territory, dates and
    section narrow the pages through the site's own index, kept whatever the backend."""
    pages = Page.objects.live().public().filter(locale=locale)
    if filters.narrows():
        # A list: Elasticsearch filters on values, not on a subquery.
        pages = pages.filter(pk__in=list(index.matching_ids(filters)))
    everything = build_search(query.text, pages, query.language, ranked=False)
    kinds = kind_content_types()
    counts = Counter()
    for content_type_id, number in everything.facet("content_type_id").items():
        counts[kinds.get(content_type_id, "page")] += number
    return build_search(query.text, pages, query.language, filters.kind), dict(counts)


# Statistics -------------------------------------------------------------------------------


class Statistics:
    """Searches counted in memory and written for editors' "most searched terms" report
    by a background task at most every FLUSH_SECONDS: a search never waits for a write."""

    FLUSH_SECONDS = 30

    def __init__(self):
        self.lock = threading.Lock()
        self.pending = Counter()
        self.since = time.monotonic()

    def add(self, query_text):
        with self.lock:
            # Words only, as typed (accents kept) in lower case: "Insertion  pro!" and
            # "insertion pro" are one search.
            self.pending[normalise_query_string(" ".join(WORD.findall(query_text)))] += 1

    def flush(self, force=False):
        with self.lock:
            due = force or time.monotonic() - self.since >= self.FLUSH_SECONDS
            if not due or not self.pending:
                return
            pending, self.pending, self.since = dict(self.pending), Counter(), time.monotonic()
        record_searches.enqueue(pending)


statistics = Statistics()
