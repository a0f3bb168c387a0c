"""Which page translations are out of date, for the report and the dashboard.

A translation is out of date when its source page changed after the translation was last
saved from it: the source was refreshed since the last save (portal/translation_sync.py
refreshes it on every publish), or the page was published after its source was last
refreshed (changes made before that refresh existed), or some of its strings still
wait for a translator (shown in the source language meanwhile).
"""

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
)


def stale_translations():
    last_saved = (
        TranslationLog.objects.filter(source=OuterRef("source"), locale=OuterRef("target_locale"))
        .order_by("-created_at")
        .values("created_at")[:1]
    )
    untranslated = StringSegment.objects.filter(source=OuterRef("source")).exclude(
        Exists(
            StringTranslation.objects.filter(
                translation_of=OuterRef("string"),
                context=OuterRef("context"),
                locale=OuterRef(OuterRef("target_locale")),
                has_error=False,
            )
        )
    )
    source_page = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale=OuterRef("source__locale")
    )
    return (
        Translation.objects.filter(enabled=True)
        .filter(Exists(source_page))
        .annotate(
            last_saved_at=Subquery(last_saved),
            source_published_at=Subquery(source_page.values("last_published_at")[:1]),
        )
        .filter(
            Q(last_saved_at__isnull=True)
            | Q(last_saved_at__lt=F("source__last_updated_at"))
            | Q(source_published_at__gt=F("source__last_updated_at"))
            | Q(Exists(untranslated))
        )
        .select_related("source", "target_locale")
        .order_by("-source__last_updated_at", "pk")
    )


def rows(translations):
    """What an editor needs per translation: the page, how far along, where to act."""
    result = []
    for translation in translations:
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            continue
        total, done = translation.get_progress()
        result.append(
            {
                "title": translation.source.object_repr,
                "locale": translation.target_locale.get_display_name(),
                "changed_at": translation.source.last_updated_at,
                "missing": total - done,
                "live": target.live,
                "translate_url": reverse("wagtailadmin_pages:edit", args=[target.pk]),
                "update_url": reverse(
                    "wagtail_localize:update_translations", args=[translation.source_id]
                ),
            }
        )
    return result
