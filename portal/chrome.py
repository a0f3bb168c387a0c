"""The site chrome (home page and its child pages for the menus), cached across requests.

Every page shows the same menus, so they are read once and kept in the shared cache
under a version number that any publish, unpublish, move or deletion of a page bumps.
"""

import time

from django.core.cache import cache
from wagtail.models import Page

VERSION_KEY = "portal:chrome-version"
TIMEOUT = 60 * 60 * 24


def version():
    current = cache.get(VERSION_KEY)
    if current is None:
        # A cache may evict the key: start from the clock, never from an old number
        # whose cached fragments could still be there.
        current = time.time_ns()
        cache.add(VERSION_KEY, current, None)
        current = cache.get(VERSION_KEY, current)
    return current


def invalidate(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), None)


def home_children(home, request):
    """The live, public children of a home page: title, URL and whether they are in the menu."""
    key = f"portal:chrome:{home.pk}:{version()}"
    children = cache.get(key)
    if children is None:
        pages = (
            home.get_children().live().public().only("title", "url_path", "path", "show_in_menus")
        )
        children = [
            {
                "title": page.title,
                "url": page.get_url(request),
                "path": page.path,
                "pk": page.pk,
                "in_menu": page.show_in_menus,
            }
            for page in pages
        ]
        cache.set(key, children, TIMEOUT)
    return children


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(invalidate, dispatch_uid=f"portal-chrome-{signal!r}")

    def on_delete(sender, instance, **kwargs):
        if isinstance(instance, Page):
            invalidate()

    post_delete.connect(on_delete, weak=False, dispatch_uid="portal-chrome-delete")
    post_save.connect(
        invalidate, sender="portal.SiteSettings", dispatch_uid="portal-chrome-settings"
    )
