"""The site chrome (site, settings, home page and its child pages for the menus), cached
across requests.

Every page shows the same menus, so they are read once and kept in the shared cache
under a version number that any publish, unpublish, move or deletion of a page, and any
change of a site or of the site settings, bumps.
"""

import hashlib
import time

from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail.models import Page, Site

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


def prime(request):
    """Give the request its Wagtail site and site settings from the shared cache, where
    Wagtail would read them with two queries on every page (header and footer). The host
    has been validated (ALLOWED_HOSTS) by the time this runs."""
    from portal.models import SiteSettings

    hostname = split_domain_port(request.get_host())[0]
    described = f"{hostname}:{request.get_port()}"
    key = f"portal:site:{hashlib.sha256(described.encode()).hexdigest()}:{version()}"
    found = cache.get(key)
    if found is None:
        site = Site.find_for_request(request)
        found = (site, SiteSettings.for_site(site) if site is not None else None)
        cache.set(key, found, TIMEOUT)
    site, site_settings = found
    request._wagtail_site = site
    if site_settings is not None:
        site_settings._request = request
        setattr(request, SiteSettings.get_cache_attr_name(), site_settings)


def home_page(site, language):
    """The home page of this site in this language (the site's root page otherwise)."""
    key = f"portal:home:{site.pk}:{language}:{version()}"
    home = cache.get(key)
    if home is None:
        home = (
            Page.objects.filter(
                translation_key=site.root_page.translation_key,
                locale__language_code=language,
            )
            .live()
            .first()
        ) or site.root_page
        cache.set(key, home, TIMEOUT)
    return home


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
    for signal in (post_save, post_delete):
        signal.connect(invalidate, sender=Site, dispatch_uid=f"portal-chrome-site-{signal!r}")
