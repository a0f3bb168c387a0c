"""What the search page shows: cleaned words, typed results with summary and image,
counts per type, editors' promotions. A fixed number of queries whatever is found."""

import re
import unicodedata
from contextlib import suppress
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Case, F, IntegerField, OuterRef, Subquery, TextField, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from portal import images as portal_images
from portal.models import PortalPage
from search.backends import backend_for

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
# French elided articles and pronouns ("l'insertion" -> "insertion").
ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
WORD = re.compile(r"\w+")

# Result types: (singular, plural, page models); every other page is a "page".
KINDS = {
    "challenge": (_("Challenge"), _("Challenges"), ["stories.ChallengePage"]),
    "project": (_("Project"), _("Projects"), ["stories.ProjectPage"]),
    "testimonial": (_("Testimonial"), _("Testimonials"), ["stories.TestimonialPage"]),
    "event": (_("Event"), _("Events"), ["events.EventPage"]),
    "page": (_("Page"), _("Other pages"), []),
}


def words(query):
    """The words of a query: no operators, quotes, markup or symbols reach a backend."""
    return WORD.findall(ELISION.sub(" ", query))[:MAX_WORDS]


def fold(text):
    """Lower case without accents, to compare queries the way people type them."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _kind_models():
    found = {}
    for kind, (_singular, _plural, labels) in KINDS.items():
        for label in labels:
            with suppress(LookupError):  # that app has no such page type (yet)
                found[apps.get_model(label)] = kind
    return found


def kind_content_types():
    """{content type id: kind} for the typed page models."""
    models = _kind_models()
    content_types = ContentType.objects.get_for_models(*models) if models else {}
    return {content_types[model].pk: kind for model, kind in models.items()}


def searchable_pages(locale):
    """Live, public pages of one locale (one query for the view restrictions)."""
    return Page.objects.live().public().filter(locale=locale)


def build_search(query_words, pages, language, kind="", backend=None, ranked=True):
    """The (lazy) search results for these words among `pages`, optionally of one kind.

    `ranked=False` skips relevance scoring (enough for counting)."""
    if kind == "page":
        pages = pages.exclude(content_type__in=list(kind_content_types()))
    elif kind:
        typed = [pk for pk, k in kind_content_types().items() if k == kind]
        pages = pages.filter(content_type__in=typed)
    return pages.search(
        " ".join(query_words),
        operator="and",
        order_by_relevance=ranked,
        backend=backend or backend_for(language),
    )


def count_by_kind(results):
    """{kind: number of results} from one facet query on the content type."""
    kinds = kind_content_types()
    counts = {}
    for content_type_id, number in results.facet("content_type_id").items():
        kind = kinds.get(content_type_id, "page")
        counts[kind] = counts.get(kind, 0) + number
    return counts


def _image_expression(model):
    """The listing image of a page type; a portrait only with the person's consent."""
    names = {field.name for field in model._meta.get_fields()}
    if "portrait" in names and "portrait_consent" in names:
        return Case(When(portrait_consent=True, then="portrait_id"), default=None)
    if "image" in names:
        return Coalesce("image_id", "social_image_id")
    return F("social_image_id")


def with_cards(pages):
    """Pages annotated with `card_summary` and `card_image_id`, read with the pages.

    Every public page type inherits PortalPage, each with its own table: one correlated
    subquery per type reads the summary and image, only for the rows fetched.
    """
    summaries, images = [], []
    for model in apps.get_models():
        if issubclass(model, PortalPage) and not model._meta.proxy:
            rows = model.objects.filter(pk=OuterRef("pk"))
            summaries.append(Subquery(rows.values("summary")[:1]))
            image = rows.annotate(card_image=_image_expression(model)).values("card_image")
            images.append(Subquery(image[:1]))
    return pages.annotate(
        card_summary=Coalesce(*summaries, Value(""), output_field=TextField()),
        card_image_id=Coalesce(*images, Value(None), output_field=IntegerField()),
    )


@dataclass
class Hit:
    page: Page
    kind: str
    summary: str = ""
    image: object = None

    @property
    def kind_label(self):
        return KINDS[self.kind][0]


def hits(pages):
    """Typed hits for pages from `with_cards()`: their images and the images' renditions
    in two queries."""
    image_ids = {page.card_image_id for page in pages if page.card_image_id}
    images = portal_images.images_with_renditions(image_ids, portal_images.CARD)
    kinds = kind_content_types()
    return [
        Hit(
            page=page,
            kind=kinds.get(page.content_type_id, "page"),
            summary=page.card_summary,
            image=images.get(page.card_image_id),
        )
        for page in pages
    ]


def promotions(query, locale):
    """Editors' promoted results for this query, in the visitor's locale.

    Accents and case are ignored both ways ("benevolat" matches a promotion made for
    "Bénévolat"): promotions are few, so they are compared in Python after one query.
    A promoted page in another language shows its translation, or nothing.
    """
    wanted = fold(normalise_query_string(" ".join(query)))
    picks = [
        pick
        for pick in SearchPromotion.objects.select_related("query", "page")
        if fold(pick.query.query_string) == wanted
    ]
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


def record_hit(query_words):
    """Count the search for editors' "most searched terms" report, after the response's
    transaction and as a background task: statistics never slow down or break a search."""
    from search.tasks import record_search

    query_string = " ".join(query_words)
    transaction.on_commit(lambda: record_search.enqueue(query_string))


def browse_pages(locale):
    """Where to go when nothing is found: the section pages (children of the home page)."""
    return list(
        Page.objects.live()
        .public()
        .in_menu()
        .filter(locale=locale, depth=3)
        .only("title", "url_path", "path", "depth", "locale_id")
        .order_by("path")
    )
