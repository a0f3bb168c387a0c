"""The search index follows the pages: saved, published, unpublished, moved behind a
view restriction or out of one (deletions cascade from the page row)."""

from django.core.signals import request_finished
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_unpublished

from portal import chrome
from search import index, results
from stories.models import Territory


def page_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    if update_fields is not None:
        # A partial save (a draft revision, a lock) leaves unsaved draft values in the
        # instance: index what the database holds, as Wagtail's own indexing does.
        instance = Page.objects.get(pk=instance.pk).specific
    index.index_pages([instance.specific if type(instance) is Page else instance])


def page_unpublished_handler(sender, instance, **kwargs):
    index.remove_pages([instance.pk])


def restriction_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    pages = Page.objects.descendant_of(instance.page, inclusive=True).live().specific()
    index.index_pages(pages)


def flush_statistics(sender, **kwargs):
    """After a response is sent, the searches counted in memory go to a background task
    when they are due (see search.results.Statistics)."""
    results.statistics.flush()


def connect():
    request_finished.connect(flush_statistics, dispatch_uid="search_flush_statistics")
    post_save.connect(page_saved, dispatch_uid="search_page_saved")
    page_unpublished.connect(page_unpublished_handler, dispatch_uid="search_page_unpublished")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search_restriction_{signal is post_save}",
        )
        for model in (Territory, Locale):
            # The search form's choices are cached under the chrome's version.
            signal.connect(
                chrome.invalidate,
                sender=model,
                dispatch_uid=f"search_options_{model.__name__}_{signal is post_save}",
            )
        signal.connect(
            results.forget_promotions,
            sender=SearchPromotion,
            dispatch_uid=f"search_promotions_{signal is post_save}",
        )
