"""The page explorer costs the same with 20 children or 2,000.

wagtail-localize adds "Translate this page" and "Sync translated pages" to every row of
the explorer, asking the database three or four questions per row (about 200 queries for
a page of 50 projects). Here the explorer's queryset carries the two answers as
annotations (`construct_explorer_page_queryset`), and wagtail-localize's button hook is
replaced by one that reads them: the same buttons, for the same pages, with no query per
row. Anywhere else (the page header, a page without the annotations) the original runs.
"""

from urllib.parse import urlencode

from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import Translation, TranslationSource

HOOK = "register_page_listing_more_buttons"
# Written against these releases (pinned in requirements.lock): the buttons below copy
# wagtail-localize's, and install() swaps a registered hook. tests/test_admin_budgets.py
# fails when either version changes, so that this module is checked again.
WRITTEN_FOR = {"wagtail": "8.0.1", "wagtail-localize": "1.14.5"}
ORIGINAL = localize_hooks.page_listing_more_buttons


def annotate(parent_page, pages, request):
    """Per page: is there a language it is not in yet (aliases aside), and the source of
    its translations when some of them are enabled (as wagtail-localize asks)."""
    untranslated = Exists(
        Locale.objects.exclude(
            id__in=Page.objects.filter(
                translation_key=OuterRef(OuterRef("translation_key")), alias_of__isnull=True
            ).values("locale_id")
        )
    )
    synced = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    ).filter(Exists(Translation.objects.filter(source=OuterRef("pk"), enabled=True)))
    return pages.annotate(
        _localize_untranslated=untranslated,
        _localize_synced_source=Subquery(synced.values("pk")[:1]),
    )


def listing_buttons(page, user, view_name=None, next_url=None):
    """wagtail-localize's buttons (same labels, URLs, icons and order), from the
    annotations when the page carries them."""
    if not hasattr(page, "_localize_untranslated"):
        yield from ORIGINAL(page, user, view_name=view_name, next_url=next_url)
        return
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if page._localize_untranslated:
        url = reverse(
            "wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]
        )
        yield ListingButton(
            _("Translate this page"), url, priority=60, icon_name="wagtail-localize-language"
        )
    if page._localize_synced_source is not None:
        url = reverse("wagtail_localize:update_translations", args=[page._localize_synced_source])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield ListingButton(_("Sync translated pages"), url, priority=60, icon_name="resubmit")


def install():
    """Put listing_buttons in the place of wagtail-localize's hook for the explorer's rows
    (its page header buttons stay as they are)."""
    registered = hooks._hooks.get(HOOK, [])
    for position, (function, order) in enumerate(registered):
        if function is ORIGINAL:
            registered[position] = (listing_buttons, order)
    hooks.register("construct_explorer_page_queryset", annotate)
