"""Purge the pages that list a page when it is published or unpublished.

Wagtail's frontend cache purges the page itself; its ancestors (the index that lists
it, the home page that features it) show it too, so they are purged in the same batch.
"""

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished


def purge_listings(sender, instance, **kwargs):
    batch = PurgeBatch()
    batch.add_pages(instance.get_ancestors().filter(depth__gt=1).live().specific())
    batch.purge()


def connect_signals():
    for signal in (page_published, page_unpublished):
        signal.connect(purge_listings, dispatch_uid=f"portal-purge-listings-{signal!r}")
