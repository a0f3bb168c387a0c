"""Facts that are not text are one value in every language.

wagtail-localize decides which fields are synchronised (`SynchronizedField`: dates,
numbers, booleans such as a portrait's consent, images, links, choices) and copies them
into a translation only when that translation is synced. Here, publishing a source page
syncs its translations at once, through wagtail-localize's own public API:

- when every string of a translation is translated, the whole wagtail-localize sync runs
  (`create_or_update_translation` without fallback), so translated relations (territories,
  challenges) and the structure of StreamFields follow too;
- otherwise only the synchronised fields are copied, and the text stays as the
  translator left it: the source is refreshed first, so the translations report and the
  dashboard show the page as waiting for translation instead of "up to date".

A translation keeps its state: a live one is republished, a draft stays a draft.

The life of a page follows too: unpublishing, moving or deleting the original does the
same to its translations (Wagtail's `page_unpublished`, `post_page_move` and
`post_delete` signals), and a new translation starts as a draft
(`WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False` in settings).
"""

import logging
import threading

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.db.models.signals import post_delete
from modelcluster.models import ClusterableModel
from wagtail.models import Locale, Page
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import (
    MissingRelatedObjectError,
    MissingTranslationError,
    Translation,
    TranslationSource,
)

logger = logging.getLogger(__name__)

# Publishing a translation sends page_published again: it must not start another sync.
_state = threading.local()


def synchronised_fields(model):
    """The names of the fields whose value is shared by every translation of `model`."""
    return [
        field.field_name
        for field in get_translatable_fields(model)
        if isinstance(field, SynchronizedField)
    ]


def copy_facts(source, target):
    """Copy the synchronised fields (and non-translatable child rows) onto `target`."""
    for name in synchronised_fields(type(source)):
        field = source._meta.get_field(name)
        if field.is_relation and field.one_to_many:
            if isinstance(source, ClusterableModel):
                source.copy_child_relation(name, target)
        elif field.concrete:
            setattr(target, field.attname, getattr(source, field.attname))
    if isinstance(source, ClusterableModel):
        copy_child_facts(source, target)


def copy_child_facts(source, target):
    """Translated child rows whose model says `shares_facts` (a project's results) get the
    synchronised fields of the source's row with the same translation key: the numbers
    follow at once, the text waits for its translator."""
    for relation in source._meta.related_objects:
        model = relation.related_model
        if not (relation.one_to_many and getattr(model, "shares_facts", False)):
            continue
        name = relation.get_accessor_name()
        names = [model._meta.get_field(n).attname for n in synchronised_fields(model)]
        theirs = {row.translation_key: row for row in getattr(source, name).all()}
        rows = list(getattr(target, name).all())
        for row in rows:
            original = theirs.get(row.translation_key)
            for attname in names if original is not None else ():
                setattr(row, attname, getattr(original, attname))
        setattr(target, name, rows)


def sync_translations(page, user=None):
    """Give the translations of `page` (a published source page) its current facts."""
    page = page.specific
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None and not is_original(page):
        return
    if source is not None:
        source.update_from_db()
    for target in page.get_translations().filter(alias_of__isnull=True).specific():
        translation = None
        if source is not None:
            translation = Translation.objects.filter(
                source=source, target_locale_id=target.locale_id, enabled=True
            ).first()
        if translation is not None and _full_sync(source, translation, target, user):
            continue
        _copy_facts_and_save(page, target, user)


def is_original(page):
    """The page (or snippet) its translations follow: the source of a wagtail-localize
    translation, or one in the default language that is not itself a translation's target."""
    if TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).exists():
        return True
    is_target = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).exists()
    return not is_target and page.locale_id == Locale.get_default().pk


def _full_sync(source, translation, target, user):
    try:
        with transaction.atomic():
            source.create_or_update_translation(
                translation.target_locale, user=user, publish=target.live, fallback=False
            )
    except (MissingTranslationError, MissingRelatedObjectError, ValidationError):
        return False
    return True


def _copy_facts_and_save(page, target, user):
    """Synchronised fields only: onto the live version (republished) and onto the draft."""
    draft = target.get_latest_revision_as_object()
    had_draft = target.live and target.has_unpublished_changes
    base = target if target.live else draft
    copy_facts(page, base)
    try:
        with transaction.atomic():
            revision = base.save_revision(user=user, log_action=True)
            if target.live:
                revision.publish(user=user)
            if had_draft:
                copy_facts(page, draft)
                draft.save_revision(user=user)
    except ValidationError:
        # The translation no longer validates (e.g. a required text left empty): it is
        # listed as waiting for translation; the editor fixes it there.
        logger.warning("Translation %s not synchronised: it does not validate", target.pk)


def sync_snippet_translations(snippet):
    """Territories and other translatable snippets have no publishing: an edit of the
    original gives its translations its synchronised fields at once."""
    if not is_original(snippet):
        return
    for translation in snippet.get_translations():
        copy_facts(snippet, translation)
        translation.save()


def on_page_published(sender, instance, revision=None, **kwargs):
    if getattr(_state, "active", False):
        return
    _state.active = True
    try:
        sync_translations(instance, user=getattr(revision, "user", None))
    except ObjectDoesNotExist:
        logger.exception("Translations of page %s not synchronised", instance.pk)
    finally:
        _state.active = False


def on_page_unpublished(sender, instance, **kwargs):
    if not is_original(instance):
        return
    for translation in instance.get_translations().live().specific():
        translation.unpublish()


def on_page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if parent_page_before.pk == parent_page_after.pk or not is_original(instance):
        return
    for translation in instance.get_translations().specific():
        new_parent = parent_page_after.get_translation_or_none(translation.locale)
        if new_parent is None:
            # Nowhere to go in that language: better offline than in the wrong place.
            if translation.live:
                translation.unpublish()
            continue
        if translation.get_parent().pk != new_parent.pk:
            translation.move(new_parent, pos="last-child")


def on_page_deleted(sender, instance, **kwargs):
    """A deleted original takes its translations with it (and their subtrees)."""
    if instance.locale_id != Locale.get_default().pk:
        return  # wagtail-localize has already forgotten which page was the source
    for translation in Page.objects.filter(translation_key=instance.translation_key).exclude(
        locale_id=instance.locale_id
    ):
        translation.delete()


def connect_signals():
    page_published.connect(on_page_published, dispatch_uid="portal-sync-translations")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="portal-unpublish-translations")
    post_page_move.connect(on_page_moved, dispatch_uid="portal-move-translations")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="portal-delete-translations")
