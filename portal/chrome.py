"""The site chrome (site, settings, the menus editors build, or the home page's child pages
when a language has no menu), cached across requests.

Every page shows the same menus, so they are read once and kept in the shared cache
under a version number that any publish, unpublish, move or deletion of a page, and any
save or deletion of a menu, a site or the site settings, bumps.
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


# The fallback menus (a language without its menus yet) are bounded like the menus
# editors build: a home page with thousands of children still gives a dozen links.
FALLBACK_LINKS = 12


def home_children(home, request, in_menu):
    """The first live, public children of a home page, those ticked "show in menus" or
    the others, in the page order: title and URL, at most FALLBACK_LINKS of them."""
    key = f"portal:chrome:{home.pk}:{in_menu}:{version()}"
    children = cache.get(key)
    if children is None:
        pages = (
            home.get_children()
            .live()
            .public()
            .filter(show_in_menus=in_menu)
            .only("title", "url_path", "path")[:FALLBACK_LINKS]
        )
        children = [
            {"title": page.title, "url": page.get_url(request), "path": page.path, "pk": page.pk}
            for page in pages
        ]
        cache.set(key, children, TIMEOUT)
    return children


def menu_links(home, slot, request):
    """The links of the `slot` menu ("main" or "footer") in the home page's language, or
    None when that language has no such menu (the callers then fall back to the pages
    ticked "show in menus"). Read once per chrome version, at most Menu.MAX_ITEMS links;
    links to pages that are not live and public are left out."""
    key = f"portal:chrome:menu:{slot}:{home.locale_id}:{home.pk}:{version()}"
    links = cache.get(key)
    if links is None:
        links = _menu_links(home, slot, request)
        # A missing menu is cached too, as "no menu": False, not None.
        cache.set(key, links if links is not None else False, TIMEOUT)
    return links if links is not False else None


def _menu_links(home, slot, request):
    from django.apps import apps

    menu_model = apps.get_model("portal", "Menu")
    menu = menu_model.objects.filter(slot=slot, locale_id=home.locale_id).first()
    if menu is None:
        return None
    items = list(menu.items)[: menu_model.MAX_ITEMS.get(slot, 8)]
    # The chosen pages come in one query with the stream (PageChooserBlock in bulk).
    wanted = {
        item.value["page"].pk: item.value["page"].translation_key
        for item in items
        if item.block_type == "page" and item.value["page"] is not None
    }
    pages = {}
    if wanted:
        # Each chosen page in the menu's language (the page itself when it is in it).
        in_language = (
            Page.objects.filter(translation_key__in=wanted.values(), locale_id=home.locale_id)
            .live()
            .public()
            .only("title", "url_path", "path", "translation_key")
        )
        by_key = {page.translation_key: page for page in in_language}
        pages = {pk: by_key.get(translation_key) for pk, translation_key in wanted.items()}
    links = []
    for item in items:
        value = item.value
        if item.block_type == "page":
            chosen = value["page"]
            page = pages.get(chosen.pk) if chosen else None
            if page is None:
                continue
            links.append(
                {
                    "title": value["label"] or page.title,
                    "url": page.get_url(request),
                    "path": page.path,
                    "pk": page.pk,
                }
            )
        elif item.block_type == "external":
            links.append({"title": value["label"], "url": value["url"], "path": "", "pk": None})
    return links


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
    post_save.connect(invalidate, sender="portal.Menu", dispatch_uid="portal-chrome-menu")
    post_delete.connect(invalidate, sender="portal.Menu", dispatch_uid="portal-chrome-menu-del")
    for signal in (post_save, post_delete):
        signal.connect(invalidate, sender=Site, dispatch_uid=f"portal-chrome-site-{signal!r}")
