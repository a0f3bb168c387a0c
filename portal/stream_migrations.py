"""StreamField data migrations of the blocks in portal/blocks.py.

Operations for Wagtail's `MigrateStreamData` (wagtail.blocks.migrations), which rewrites
the live content and every revision of a page, and `migrate_translation_sources`, which
does the same to wagtail-localize's copy of the source page (the content a translation
is built from), so that a translation saved after the migration keeps its tables and
images. Migrations import these by name: keep them, and keep their behaviour.
"""

import json
import re
import uuid

from django.db.migrations import RunPython
from django.utils.deconstruct import deconstructible
from wagtail.blocks.migrations.migrate_operation import MigrateStreamData
from wagtail.blocks.migrations.operations import BaseBlockOperation
from wagtail.blocks.migrations.utils import apply_changes_to_raw_data

# Ids of the list items made from a table's cells: derived from the table block's id, so
# a page and its translations (same block ids) get the same item ids, and a migration run
# twice gives the same result.
NAMESPACE = uuid.UUID("0b7c5f4e-2d8a-4f43-9c61-7a3e5b2d9f10")


def _item_id(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


def _items(key, values):
    return [
        {"type": "item", "value": value, "id": _item_id(key, index)}
        for index, value in enumerate(values)
    ]


def _text(value):
    return "" if value is None else str(value)


def typed_table_to_table(block_id, value):
    """{caption, table: TypedTableBlock value, source} -> TableBlock's {caption, headers,
    rows: [{cells}], source}. Every cell becomes text (they were text or number cells)."""
    table = value.get("table") or {}
    columns = table.get("columns") or []
    rows = table.get("rows") or []
    return {
        # The TypedTableBlock's own caption was never shown: it only stands in for an
        # empty caption of the block.
        "caption": value.get("caption") or table.get("caption") or "",
        "headers": _items(f"{block_id}/headers", [_text(c.get("heading")) for c in columns]),
        "rows": _items(
            f"{block_id}/rows",
            [
                {
                    "cells": _items(
                        f"{block_id}/rows/{r}/cells",
                        [_text(cell) for cell in row.get("values") or []],
                    )
                }
                for r, row in enumerate(rows)
            ],
        ),
        "source": value.get("source") or "",
    }


@deconstructible
class TypedTableToTableOperation(BaseBlockOperation):
    """Turns the stream children `old_name` (a struct around a TypedTableBlock) into
    `new_name` children holding a TableBlock value. Apply at the stream's path."""

    def __init__(self, old_name, new_name):
        super().__init__()
        self.old_name = old_name
        self.new_name = new_name

    def apply(self, block_value):
        return [
            {
                **child,
                "type": self.new_name,
                "value": typed_table_to_table(child.get("id"), child["value"]),
            }
            if child.get("type") == self.old_name
            else child
            for child in block_value
        ]

    @property
    def operation_name_fragment(self):
        return f"{self.old_name}_to_{self.new_name}"


@deconstructible
class ImageToImageBlockOperation(BaseBlockOperation):
    """In a struct value, an image id and a hand-made alt text become one ImageBlock value
    {image, alt_text, decorative}. Apply at the struct's path. A value already converted
    is left as it is."""

    def __init__(self, image_key="image", alt_key="alt_text"):
        super().__init__()
        self.image_key = image_key
        self.alt_key = alt_key

    def apply(self, block_value):
        value = dict(block_value)
        image = value.get(self.image_key)
        alt_text = value.pop(self.alt_key, "") or ""
        if isinstance(image, dict):
            return value
        value[self.image_key] = {"image": image, "alt_text": alt_text, "decorative": False}
        return value

    @property
    def operation_name_fragment(self):
        return f"{self.image_key}_to_image_block"


@deconstructible
class ListItemsOperation(BaseBlockOperation):
    """Applies `operation` to each item of the list at `key` of a struct value (an empty
    or missing list is fine, unlike a block path through "item")."""

    def __init__(self, key, operation):
        super().__init__()
        self.key = key
        self.operation = operation

    def apply(self, block_value):
        value = dict(block_value)
        items = value.get(self.key) or []
        value[self.key] = [
            {**item, "value": self.operation.apply(item["value"])}
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item
            else self.operation.apply(item)
            for item in items
        ]
        return value

    @property
    def operation_name_fragment(self):
        return f"{self.key}_{self.operation.operation_name_fragment}"


def migrate_translation_sources(
    app_label, model_name, field_name, operations_and_block_paths, context_renames=()
):
    """A RunPython function applying the operations to the field in wagtail-localize's
    stored copies of the pages of this model (TranslationSource.content_json), and moving
    its translation contexts (where a segment sits, with the translations made for it)
    to the segments' new paths: `context_renames` are (regex, replacement) pairs on the
    path below the field. A translation saved after the migration then finds its
    segments where the blocks now hold them; the new ones (table cells) come with the
    next "Sync translations"."""

    def forward(apps, schema_editor):
        try:
            TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
            TranslationContext = apps.get_model("wagtail_localize", "TranslationContext")
        except LookupError:  # wagtail-localize is not installed
            return
        ContentType = apps.get_model("contenttypes", "ContentType")
        content_type = ContentType.objects.filter(
            app_label=app_label, model=model_name.lower()
        ).first()
        if content_type is None:
            return
        # As MigrateStreamData passes it: the model's attribute, whose .field is the field.
        streamfield = getattr(apps.get_model(app_label, model_name), field_name)
        sources = TranslationSource.objects.filter(specific_content_type=content_type)
        for source in sources.iterator():
            content = json.loads(source.content_json)
            raw = content.get(field_name)
            if not raw:
                continue
            data = json.loads(raw) if isinstance(raw, str) else raw
            for operation, path in operations_and_block_paths:
                data = apply_changes_to_raw_data(data, path, operation, streamfield)
            content[field_name] = json.dumps(data) if isinstance(raw, str) else data
            source.content_json = json.dumps(content)
            source.save(update_fields=["content_json"])

        prefix = f"{field_name}."
        object_ids = sources.values("object_id")
        contexts = TranslationContext.objects.filter(
            object_id__in=object_ids, path__startswith=prefix
        )
        for context in contexts.iterator():
            below = context.path[len(prefix) :]
            for pattern, replacement in context_renames:
                renamed, count = re.subn(pattern, replacement, below)
                if count:
                    context.path = prefix + renamed
                    context.path_id = localize_path_id(context.path)
                    context.field_path = ""  # wagtail-localize computes it again
                    context.save(update_fields=["path", "path_id", "field_path"])
                    break

    return forward


# wagtail-localize identifies a translation context by a uuid5 of its path in this
# namespace (TranslationContext._get_path_id, wagtail-localize 1.14); a historical model
# in a migration lacks that method. tests/test_block_migrations.py fails if it changes.
LOCALIZE_PATH_NAMESPACE = uuid.UUID("fcab004a-2b50-11ea-978f-2e728ce88125")


def localize_path_id(path):
    return uuid.uuid5(LOCALIZE_PATH_NAMESPACE, path)


def migrate_field(
    app_label, model_name, field_name, operations_and_block_paths, context_renames=()
):
    """The migration operations converting one StreamField: the pages' live content and
    revisions (Wagtail's MigrateStreamData), then wagtail-localize's source copies and
    translation contexts."""
    return [
        MigrateStreamData(
            app_name=app_label,
            model_name=model_name,
            field_name=field_name,
            operations_and_block_paths=operations_and_block_paths,
        ),
        RunPython(
            migrate_translation_sources(
                app_label, model_name, field_name, operations_and_block_paths, context_renames
            ),
            RunPython.noop,
        ),
    ]


# What events 0004, home 0004 and stories 0003 do to every StoryBlock field (story bodies):
# the TypedTableBlock table becomes a TableBlock named "table"; the image, the gallery's
# images and the video poster become ImageBlocks carrying their alt text. Never change it.
STORY_BLOCK_2026_05 = [
    (TypedTableToTableOperation("figures_table", "table"), ""),
    (ImageToImageBlockOperation("image", "alt_text"), "image"),
    (ListItemsOperation("images", ImageToImageBlockOperation("image", "alt_text")), "gallery"),
    (ImageToImageBlockOperation("poster", "poster_alt_text"), "video_link"),
]
# Where their translatable segments move (below the field; B is a block id, I an item id):
# B.alt_text and B.image (the image block), B.images.I.alt_text and B.images.I.image (the
# gallery), B.poster_alt_text and B.poster (the video) move into the ImageBlock.
_IMAGE_CONTEXTS = [
    (r"^([^.]+)\.alt_text$", r"\1.image.alt_text"),
    (r"^([^.]+)\.image$", r"\1.image.image"),
]
STORY_CONTEXTS_2026_05 = [
    *_IMAGE_CONTEXTS,
    (r"^([^.]+)\.images\.([^.]+)\.alt_text$", r"\1.images.\2.image.alt_text"),
    (r"^([^.]+)\.images\.([^.]+)\.image$", r"\1.images.\2.image.image"),
    (r"^([^.]+)\.poster_alt_text$", r"\1.poster.alt_text"),
    (r"^([^.]+)\.poster$", r"\1.poster.image"),
]

# A project's gallery (stories 0003): each image becomes an ImageBlock with its alt text.
GALLERY_2026_05 = [(ImageToImageBlockOperation("image", "alt_text"), "image")]
GALLERY_CONTEXTS_2026_05 = _IMAGE_CONTEXTS
