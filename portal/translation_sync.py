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
"""

import logging
import threading

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from modelcluster.models import ClusterableModel
from wagtail.models import Locale
from wagtail.signals import page_published
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


def sync_translations(page, user=None):
    """Give the translations of `page` (a published source page) its current facts."""
    page = page.specific
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None and not _is_original(page):
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


def _is_original(page):
    """A page without a wagtail-localize source is the original when it is in the default
    language and is not itself the target of a translation."""
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


def connect_signals():
    page_published.connect(on_page_published, dispatch_uid="portal-sync-translations")
