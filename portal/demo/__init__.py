"""The demo framework: each app's `demo` package reads its facts (YAML, `facts.py`) and
builds them with these helpers, through a `Loader` (`loader.py`) that creates only what is
missing. Content is created in French and translated to English through wagtail-localize,
so editors find real translations they can keep in sync.
"""

import io
import json
import uuid
from collections import defaultdict

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from portal.demo import pictures
from portal.factories import ImageFactory

DEMO_NAMESPACE = uuid.UUID("6f1c1d2e-5b7a-4c1e-9a43-2d7f3c9b8e10")


def block_id(*parts):
    """A stable StreamField block id, so both languages share their block paths."""
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(str(p) for p in parts)))


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def locale(code):
    return Locale.objects.get(language_code=code)


# StreamField values: the same block ids in both languages, so that wagtail-localize pairs
# each French string with its English one. ------------------------------------------------


def stream(blocks):
    return json.dumps(list(blocks))


def paragraph_blocks(key, paragraphs):
    """One paragraph block per paragraph (a list of plain-text strings)."""
    return [
        {"type": "paragraph", "id": block_id(key, index), "value": paragraphs_html([text])}
        for index, text in enumerate(paragraphs)
    ]


def figure_value(figure, language):
    """A portal.blocks.KeyFigureBlock value from a `facts.Figure`."""
    optional = {"unit": figure.unit, "source": figure.source}
    return {
        "number": figure.number[language],
        "label": figure.label[language],
        **{name: value[language] if value else "" for name, value in optional.items()},
    }


def figure_blocks(key, figures, language):
    return [
        {"type": "figure", "id": block_id(key, index), "value": figure_value(figure, language)}
        for index, figure in enumerate(figures)
    ]


def list_items(key, values):
    return [
        {"type": "item", "id": block_id(key, index), "value": value}
        for index, value in enumerate(values)
    ]


def site_root():
    """The default site's home page, built by the home app's demo: sections hang under it."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page.specific if site else None


def child_by_slug(parent, slug):
    return parent.get_children().filter(slug=slug).specific().first()


def add_child_page(parent, page):
    """Add and publish a page under its parent."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _segment_strings(instance):
    """Translatable strings of an instance, grouped by their path, in document order."""
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings


@transaction.atomic
def translate(source_instance, english_values, target="en"):
    """Translate a page or snippet with wagtail-localize, publishing the translation.

    `english_values` maps field names to their English values; StreamFields must
    use the same block ids as the French instance. Every French string is paired
    with the English string found at the same place.
    """
    target_locale = locale(target)
    existing = source_instance.get_translation_or_none(target_locale)
    if existing is not None:
        return existing

    english = _copy_with(source_instance, english_values)
    english_strings = _segment_strings(english)

    source, _ = TranslationSource.get_or_create_from_instance(source_instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=target_locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    seen = defaultdict(int)
    for entry in po:
        index = seen[entry.msgctxt]
        seen[entry.msgctxt] += 1
        candidates = english_strings.get(entry.msgctxt, [])
        entry.msgstr = candidates[index] if index < len(candidates) else entry.msgid
    translation.import_po(po, tool_name="demo content")
    translation.save_target(publish=True)
    return source_instance.get_translation(target_locale)


def _copy_with(instance, values):
    english = type(instance).objects.get(pk=instance.pk)
    if isinstance(english, Page):
        english = english.specific
    for name, value in values.items():
        setattr(english, name, value)
    return english


# Illustrations -------------------------------------------------------------------------


def illustration(
    key,
    title,
    alt_text,
    width=1600,
    height=1000,
    *,
    motif=None,
    landscape=None,
    variant=0,
    portrait=False,
):
    """A drawn illustration (no photo from the internet), created once per title.

    `motif` (what it is about: "books", "tools", "house"...) over `landscape` (where:
    "terrils", "coast", "skyline"...), see `pictures.py`; `variant` changes the time of day
    and the composition (galleries); `portrait` draws a head-and-shoulders figure instead.
    The focal point is the subject, so that crops keep it."""
    existing = get_image_model().objects.filter(title=title).first()
    if existing:
        return existing
    if portrait:
        picture, focal = pictures.portrait(width, height, landscape, key=key)
    else:
        picture, focal = pictures.scene(width, height, motif, landscape, variant, key=key)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82, optimize=True)
    x, y, w, h = focal
    return ImageFactory(
        title=title,
        file=ImageFile(buffer, name=f"{key}.jpg"),
        description=alt_text,
        focal_point_x=x + w // 2,
        focal_point_y=y + h // 2,
        focal_point_width=w,
        focal_point_height=h,
    )
