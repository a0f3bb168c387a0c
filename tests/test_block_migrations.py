"""The StreamField data migrations of the story blocks (portal/stream_migrations.py).

Old content (a TypedTableBlock table, images with a hand-made alt text) is written as it
was stored before the change, then the migrations' own operations run on it: the page,
its latest revision and wagtail-localize's copy of it keep their tables and alt texts.
"""

import json

import pytest
from django.apps import apps
from django.db.models import JSONField, Value
from wagtail.blocks.migrations.migrate_operation import MigrateStreamData
from wagtail_localize.models import Translation, TranslationContext, TranslationSource

from portal import chrome
from portal.stream_migrations import (
    GALLERY_2026_05,
    GALLERY_CONTEXTS_2026_05,
    STORY_BLOCK_2026_05,
    STORY_CONTEXTS_2026_05,
    ImageToImageBlockOperation,
    ListItemsOperation,
    TypedTableToTableOperation,
    migrate_translation_sources,
    typed_table_to_table,
)
from stories.models import ProjectPage
from tests.helpers import elements, text_of

TABLE_ID = "11111111-1111-4111-8111-111111111111"
OLD_TABLE = {
    "caption": "Résultats par promotion",
    "table": {
        "columns": [
            {"type": "text", "heading": "Promotion"},
            {"type": "number", "heading": "Jeunes"},
        ],
        "rows": [{"values": ["Lille 2024", "14"]}, {"values": ["Roubaix 2025", 16]}],
        "caption": "",
    },
    "source": "Sport dans la Ville",
}


def old_story(image_id):
    return [
        {"type": "figures_table", "id": TABLE_ID, "value": OLD_TABLE},
        {
            "type": "image",
            "id": "22222222-2222-4222-8222-222222222222",
            "value": {
                "image": image_id,
                "alt_text": "Un entraînement au stade",
                "caption": "",
                "credit": "",
            },
        },
        {
            "type": "gallery",
            "id": "33333333-3333-4333-8333-333333333333",
            "value": {
                "title": "En images",
                "images": [
                    {
                        "type": "item",
                        "id": "44444444-4444-4444-8444-444444444444",
                        "value": {"image": image_id, "alt_text": "L'équipe réunie", "caption": ""},
                    }
                ],
            },
        },
        {
            "type": "video_link",
            "id": "55555555-5555-4555-8555-555555555555",
            "value": {
                "url": "https://video.example.org/film",
                "title": "Le film",
                "poster": image_id,
                "poster_alt_text": "Affiche du film",
                "duration": "",
            },
        },
    ]


def old_gallery(gallery):
    """A gallery as it was stored before the change, with the same block ids."""
    return [
        {
            "type": "image",
            "id": child["id"],
            "value": {
                "image": child["value"]["image"]["image"],
                "alt_text": child["value"]["image"]["alt_text"],
                "caption": child["value"]["caption"],
            },
        }
        for child in gallery
    ]


# The operations alone -------------------------------------------------------------------


def test_a_typed_table_becomes_a_table_of_text_cells():
    value = typed_table_to_table(TABLE_ID, OLD_TABLE)
    assert value["caption"] == "Résultats par promotion"
    assert [item["value"] for item in value["headers"]] == ["Promotion", "Jeunes"]
    rows = [[cell["value"] for cell in row["value"]["cells"]] for row in value["rows"]]
    assert rows == [["Lille 2024", "14"], ["Roubaix 2025", "16"]]
    assert value["source"] == "Sport dans la Ville"
    # Same block id, same item ids: a page and its translation stay aligned.
    assert typed_table_to_table(TABLE_ID, OLD_TABLE) == value
    assert (
        typed_table_to_table("another", OLD_TABLE)["headers"][0]["id"]
        != (value["headers"][0]["id"])
    )


def test_the_typed_tables_own_caption_stands_in_only_for_an_empty_one():
    inner = {**OLD_TABLE, "caption": "", "table": {**OLD_TABLE["table"], "caption": "Légende"}}
    assert typed_table_to_table("x", inner)["caption"] == "Légende"
    empty = typed_table_to_table("x", {"caption": "Vide", "table": None})
    assert (empty["headers"], empty["rows"], empty["source"]) == ([], [], "")


def test_only_the_old_table_children_are_renamed():
    stream = [{"type": "paragraph", "id": "p", "value": "<p>Texte</p>"}, *old_story(1)[:1]]
    migrated = TypedTableToTableOperation("figures_table", "table").apply(stream)
    assert [child["type"] for child in migrated] == ["paragraph", "table"]
    assert migrated[1]["id"] == TABLE_ID


def test_an_image_and_its_alt_text_become_an_image_block_value_once():
    operation = ImageToImageBlockOperation("poster", "poster_alt_text")
    value = operation.apply({"url": "u", "poster": 7, "poster_alt_text": "Affiche"})
    assert value == {"url": "u", "poster": {"image": 7, "alt_text": "Affiche", "decorative": False}}
    assert operation.apply(value) == value, "running it twice changes nothing"
    no_poster = operation.apply({"url": "u", "poster": None, "poster_alt_text": ""})
    assert no_poster["poster"] == {"image": None, "alt_text": "", "decorative": False}


def test_list_items_are_converted_and_an_empty_list_is_fine():
    operation = ListItemsOperation("images", ImageToImageBlockOperation())
    assert operation.apply({"title": "", "images": []}) == {"title": "", "images": []}
    old_format = operation.apply({"images": [{"image": 3, "alt_text": "A", "caption": ""}]})
    assert old_format["images"][0]["image"] == {"image": 3, "alt_text": "A", "decorative": False}


# On a database ----------------------------------------------------------------------------


def write_raw(page, field, data):
    """Store StreamField data as it was stored before the change (the field's own to_python
    would drop the block types it no longer knows)."""
    ProjectPage.objects.filter(pk=page.pk).update(**{field: Value(data, JSONField())})
    revision = page.latest_revision
    revision.content[field] = json.dumps(data)
    revision.save(update_fields=["content"])
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    content = json.loads(source.content_json)
    content[field] = json.dumps(data) if isinstance(content[field], str) else data
    source.content_json = json.dumps(content)
    source.save(update_fields=["content_json"])


def move_contexts(page, old_suffix, new_suffix):
    """Put the gallery's translation contexts back where wagtail-localize had them before
    the change, its own way (save() computes the path's id). Returns {path: path id} as
    they were."""
    moved = {}
    for context in TranslationContext.objects.filter(
        object_id=page.translation_key, path__startswith="gallery.", path__endswith=old_suffix
    ):
        moved[context.path] = context.path_id
        context.path = context.path[: -len(old_suffix)] + new_suffix
        context.path_id = None
        context.save()
    return moved


def migrate(field, operations, renames):
    MigrateStreamData(
        app_name="stories",
        model_name="ProjectPage",
        field_name=field,
        operations_and_block_paths=operations,
    ).migrate_stream_data_forward(apps, None)
    migrate_translation_sources("stories", "ProjectPage", field, operations, renames)(apps, None)


@pytest.mark.django_db
@pytest.mark.demo
def test_a_page_its_revision_and_its_translation_source_keep_tables_and_alt_texts(client, demo):
    page = ProjectPage.objects.get(slug="passe-decisive", locale__language_code="fr")
    gallery_alts = [child.value["image"].contextual_alt_text for child in page.gallery]
    write_raw(page, "story", old_story(page.image_id))
    write_raw(page, "gallery", old_gallery(page.gallery.raw_data))

    migrate("story", STORY_BLOCK_2026_05, STORY_CONTEXTS_2026_05)
    migrate("gallery", GALLERY_2026_05, GALLERY_CONTEXTS_2026_05)

    chrome.invalidate()
    html = text_of(client.get(page.url))
    assert "<caption>Résultats par promotion</caption>" in html
    assert '<th scope="col">Jeunes</th>' in html
    assert '<th scope="row">Roubaix 2025</th><td>16</td>' in html
    for alt in ("Un entraînement au stade", "L'équipe réunie", "Affiche du film"):
        assert elements(html, "img", alt=alt), alt

    for instance in (
        ProjectPage.objects.get(pk=page.pk),
        ProjectPage.objects.get(pk=page.pk).latest_revision.as_object(),
        TranslationSource.objects.get(
            object_id=page.translation_key, locale=page.locale
        ).as_instance(),
    ):
        blocks = {child.block_type: child.value for child in instance.story}
        assert list(blocks["table"]["rows"][1]["cells"]) == ["Roubaix 2025", "16"]
        assert blocks["image"]["image"].contextual_alt_text == "Un entraînement au stade"
        assert blocks["video_link"]["poster"].contextual_alt_text == "Affiche du film"
        gallery = [child.value["image"].contextual_alt_text for child in instance.gallery]
        assert len(gallery) == 3 and gallery == gallery_alts


@pytest.mark.django_db
@pytest.mark.demo
def test_translations_of_the_moved_segments_are_kept(client, demo):
    """The translation contexts follow the segments into the ImageBlock: saving the English
    page after the migration keeps its English alt texts (it failed before they moved)."""
    page = ProjectPage.objects.get(slug="passe-decisive", locale__language_code="fr")
    english_alts = [child.value["image"].contextual_alt_text for child in english(page).gallery]
    write_raw(page, "gallery", old_gallery(page.gallery.raw_data))
    path_ids = move_contexts(page, ".image.alt_text", ".alt_text")
    path_ids |= move_contexts(page, ".image.image", ".image")

    migrate("gallery", GALLERY_2026_05, GALLERY_CONTEXTS_2026_05)

    contexts = TranslationContext.objects.filter(object_id=page.translation_key)
    moved = {c.path: c.path_id for c in contexts.filter(path__startswith="gallery.")}
    assert len(path_ids) == 6, "three images, each with its alt text"
    # Each context is back at its path, with the id wagtail-localize itself gave it: the
    # pinned namespace (portal.stream_migrations) still matches wagtail-localize's own.
    assert moved == path_ids

    translation_ = Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code="en"
    )
    translation_.save_target(publish=True)
    assert [child.value["image"].contextual_alt_text for child in english(page).gallery] == (
        english_alts
    )
    assert english_alts[0].startswith("Illustration 1 of the “Passe décisive” project")


def english(page):
    return ProjectPage.objects.get(translation_key=page.translation_key, locale__language_code="en")
