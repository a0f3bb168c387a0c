"""What the search index knows about a page: its language, type, territories, date, and
its text split into title (title and strongly boosted fields) and body.

The text comes from each page type's Wagtail `search_fields` (the public `index` API), so a
new page type is searchable as soon as it declares them.
"""

import datetime
import re
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Manager
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from search.analysis import analysed, language_code

# Result types: (singular, plural, page models); every other page is a "page".
KINDS = {
    "challenge": (_("Challenge"), _("Challenges"), ["stories.ChallengePage"]),
    "project": (_("Project"), _("Projects"), ["stories.ProjectPage"]),
    "testimonial": (_("Testimonial"), _("Testimonials"), ["stories.TestimonialPage"]),
    "event": (_("Event"), _("Events"), ["events.EventPage"]),
    "page": (_("Page"), _("Other pages"), []),
}
# Fields boosted this much or more count as the title (e.g. a project's organisation).
TITLE_BOOST = 2
# Hyphenated compounds are also indexed joined: "drop-out" is found by "dropout".
COMPOUND = re.compile(r"\w+(?:-\w+)+")
# The date a visitor filters on: the first of these fields a page type has.
DATE_FIELDS = ("start_date", "date")


def kind_of(model):
    label = model._meta.label
    for kind, (_singular, _plural, labels) in KINDS.items():
        if label in labels:
            return kind
    return "page"


def _texts(value):
    """Strings of a field's value (lists from StreamFields, HTML from rich text)."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    return [strip_tags(str(value))]


def _field_texts(obj, fields, title, body):
    for field in fields:
        if isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            objs = related.all() if isinstance(related, Manager) else [related]
            for sub in objs:
                _field_texts(sub, field.fields, body, body)
        elif isinstance(field, index.SearchField):
            boosted = field.boost is not None and field.boost >= TITLE_BOOST
            (title if boosted else body).extend(_texts(field.get_value(obj)))


def _territory_keys(page):
    territories = []
    if getattr(page, "territory_id", None):
        territories.append(page.territory)
    links = getattr(page, "territory_links", None)
    if links is not None:
        territories.extend(link.territory for link in links.all() if link.territory_id)
    return sorted({str(territory.translation_key) for territory in territories})


def _date(page):
    for name in DATE_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
    return None


@dataclass
class Document:
    page_id: int
    language: str
    kind: str
    territories: list
    date: object
    title: str
    body: str

    @property
    def title_terms(self):
        return analysed(self.title, self.language)

    @property
    def body_terms(self):
        return analysed(self.body, self.language)


def document_for(page, language):
    """The document of a (specific) page in `language`."""
    title, body = [], []
    _field_texts(page, page.get_search_fields(), title, body)
    # Joined compounds go last, so that they never come between the words of a phrase.
    text = "\n".join(title + body)
    body.append(" ".join(dict.fromkeys(m.replace("-", "") for m in COMPOUND.findall(text))))
    return Document(
        page_id=page.pk,
        language=language_code(language),
        kind=kind_of(type(page)),
        territories=_territory_keys(page),
        date=_date(page),
        title="\n".join(text for text in title if text),
        body="\n".join(text for text in body if text),
    )


def kind_models():
    """{page model: kind} for the typed page models that exist."""
    found = {}
    for kind, (_singular, _plural, labels) in KINDS.items():
        for label in labels:
            try:
                found[apps.get_model(label)] = kind
            except LookupError:  # that app has no such page type (yet)
                continue
    return found
