"""The site chrome (site, settings, the menus editors build, or the home page's child pages
when a language has no menu), cached across requests.

Every page shows the same menus, so they are read once and kept in the shared cache
under a version number that any publish, unpublish, move or deletion of a page, and any
save or deletion of a menu, a site or the site settings, bumps.
"""

import hashlib
import time

from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import (
    SITE_ROOT_PATHS_CACHE_KEY,
    SITE_ROOT_PATHS_CACHE_VERSION,
    SiteRootPath,
)

# Wagtail's request attributes (_wagtail_site, _wagtail_cached_site_root_paths,
# _wagtail_route_for_request) and its site root paths cache key are filled here so that
# Wagtail's own routing finds them and asks nothing again: not public API, so written
# against this release (pinned in requirements.lock) and checked by
# tests/test_perf_budgets.py, which fails when Wagtail changes.
WRITTEN_FOR = {"wagtail": "8.0.1"}

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


def restricted_paths():
    """The tree paths of the pages under a view restriction (a login or a password): one
    query per chrome version, so that checking a page or excluding private pages from a
    menu costs no query. Restrictions are few (an intranet, a preview area)."""
    key = f"portal:restricted:{version()}"
    paths = cache.get(key)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(key, paths, TIMEOUT)
    return paths


def public(queryset):
    """Wagtail's PageQuerySet.public() without its query: pages outside every restricted
    subtree."""
    for path in restricted_paths():
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def is_restricted(page):
    return any(page.path.startswith(path) for path in restricted_paths())


def links(home, request):
    """The links of the header ("main") and the footer ("footer") in the home page's
    language, read together once per chrome version.

    Each slot shows the menu editors built for it, at most Menu.MAX_ITEMS links (links to
    pages that are not live and public are left out), or, for a language without that
    menu, the first live, public children of the home page: those ticked "show in menus"
    in the header, the others in the footer, at most FALLBACK_LINKS each."""
    key = f"portal:chrome:links:{home.locale_id}:{home.pk}:{version()}"
    found = cache.get(key)
    if found is None:
        found = _menu_links(home, request)
        missing = [slot for slot in ("main", "footer") if found.get(slot) is None]
        if missing:
            children = _home_children(home, request)
            for slot in missing:
                found[slot] = children[slot == "main"]
        cache.set(key, found, TIMEOUT)
    return found


def _home_children(home, request):
    """{True: children ticked "show in menus", False: the others}: one query, at most
    FALLBACK_LINKS of each, in the page order."""
    from django.db.models import F, Window
    from django.db.models.functions import RowNumber

    pages = (
        public(Page.objects.child_of(home).live())
        .only("title", "url_path", "path", "show_in_menus")
        .annotate(
            rank=Window(RowNumber(), partition_by=[F("show_in_menus")], order_by=F("path").asc())
        )
        .filter(rank__lte=FALLBACK_LINKS)
        .order_by("path")
    )
    children = {True: [], False: []}
    for page in pages:
        children[page.show_in_menus].append(
            {"title": page.title, "url": page.get_url(request), "path": page.path, "pk": page.pk}
        )
    return children


def _menu_links(home, request):
    """{slot: links} for the menus this language has (both in one query, their chosen
    pages in one more)."""
    from django.apps import apps

    menu_model = apps.get_model("portal", "Menu")
    menus = menu_model.objects.filter(slot__in=("main", "footer"), locale_id=home.locale_id)
    items = {}
    for menu in menus:  # the model's order: the first menu of a slot is shown
        # The stored values (page ids), without loading each menu's chosen pages.
        limit = menu_model.MAX_ITEMS.get(menu.slot, 8)
        items.setdefault(menu.slot, list(menu.items.raw_data)[:limit])
    wanted = {
        item["value"]["page"]
        for slot_items in items.values()
        for item in slot_items
        if item["type"] == "page" and item["value"].get("page")
    }
    pages = {}
    if wanted:
        # The chosen pages (their translation key) and each one in the menu's language
        # (the page itself when it is in it): one query.
        keys = Page.objects.filter(pk__in=wanted).values("translation_key")
        rows = Page.objects.filter(
            Q(pk__in=wanted) | Q(translation_key__in=keys, locale_id=home.locale_id)
        ).only("title", "url_path", "path", "translation_key", "locale_id", "live")
        rows = list(rows)
        by_key = {
            page.translation_key: page
            for page in rows
            if page.locale_id == home.locale_id and page.live and not is_restricted(page)
        }
        pages = {page.pk: by_key.get(page.translation_key) for page in rows if page.pk in wanted}
    found = {}
    for slot, slot_items in items.items():
        found[slot] = []
        for item in slot_items:
            value = item["value"]
            if item["type"] == "page":
                page = pages.get(value.get("page"))
                if page is None:
                    continue
                found[slot].append(
                    {
                        "title": value.get("label") or page.title,
                        "url": page.get_url(request),
                        "path": page.path,
                        "pk": page.pk,
                    }
                )
            elif item["type"] == "external":
                found[slot].append(
                    {"title": value.get("label"), "url": value.get("url"), "path": "", "pk": None}
                )
    return found


def prime(request):
    """Give the request, from the shared cache, what Wagtail would otherwise read on every
    page: its site, the site settings (header and footer), the site root paths (every
    page URL) and the site's home page in each language, specific (routing starts there).
    Cold, four queries. The host has been validated (ALLOWED_HOSTS) by the time this
    runs."""
    from django.apps import apps

    SiteSettings = apps.get_model("portal", "SiteSettings")  # noqa: N806 (portal.models imports chrome)
    hostname = split_domain_port(request.get_host())[0]
    described = f"{hostname}:{request.get_port()}"
    key = f"portal:site:{hashlib.sha256(described.encode()).hexdigest()}:{version()}"
    found = cache.get(key)
    if found is None:
        sites = list(
            Site.objects.select_related("root_page", "sitesettings").order_by(
                "-root_page__url_path", "-is_default_site", "hostname"
            )
        )
        site = _site_for(sites, hostname, request.get_port())
        if site is None:
            found = (None, None, None, {})
        else:
            try:
                site_settings = site.sitesettings
            except SiteSettings.DoesNotExist:
                site_settings = SiteSettings.for_site(site)
            root_paths, homes = _roots(sites, site)
            found = (site, site_settings, root_paths, homes)
            # The same list under Wagtail's own key, for URLs built without a request
            # (Wagtail clears it when a site or a root page changes).
            cache.add(
                SITE_ROOT_PATHS_CACHE_KEY, root_paths, 3600, version=SITE_ROOT_PATHS_CACHE_VERSION
            )
        cache.set(key, found, TIMEOUT)
    site, site_settings, root_paths, homes = found
    request._wagtail_site = site
    if root_paths is not None:
        request._wagtail_cached_site_root_paths = root_paths
    request._portal_homes = homes
    if site_settings is not None:
        site_settings._request = request
        setattr(request, SiteSettings.get_cache_attr_name(), site_settings)


def _site_for(sites, hostname, port):
    """Site.find_for_request() on the sites already read: Wagtail's own rules
    (wagtail.models.sites.get_site_for_hostname), in Python."""
    port = int(port)

    def match(site):
        if site.hostname == hostname:
            return 0 if site.port == port else 1 if site.is_default_site else 3
        return 2  # the default site

    candidates = sorted(
        (site for site in sites if site.hostname == hostname or site.is_default_site), key=match
    )
    if not candidates:
        return None
    if len(candidates) == 1 or match(candidates[0]) in (0, 1):
        return candidates[0]
    if match(candidates[0]) == 2:
        return candidates[len(candidates) == 2]
    return None


def _roots(sites, site):
    """Wagtail's site root paths (every site's root page in each of its languages, in
    Wagtail's order) and this site's home pages by language, specific: one query per kind
    of root page (one: the home page)."""
    by_class = {}
    for each in sites:
        by_class.setdefault(each.root_page.specific_class or Page, set()).add(
            each.root_page.translation_key
        )
    translations = {}
    for model, keys in by_class.items():
        for page in model.objects.filter(translation_key__in=keys).select_related("locale"):
            translations.setdefault(page.translation_key, []).append(page)
    root_paths = []
    for each in sites:
        for page in sorted(translations.get(each.root_page.translation_key, []), key=_pk):
            root_paths.append(
                SiteRootPath(each.id, page.url_path, each.root_url, page.locale.language_code)
            )
    homes = {
        page.locale.language_code: page
        for page in translations.get(site.root_page.translation_key, [])
    }
    return root_paths, homes


def _pk(page):
    return page.pk


def route(request, path):
    """Wagtail's routing from the home page of the active language that prime() keeps
    (Page.route_for_request would read the locale, the translation and its specific page
    again), kept where Wagtail looks for it (request._wagtail_route_for_request)."""
    homes = getattr(request, "_portal_homes", None)
    site = getattr(request, "_wagtail_site", None)
    if not homes or site is None or hasattr(request, "_wagtail_route_for_request"):
        return
    try:
        language = get_supported_content_language_variant(get_language())
    except LookupError:
        return
    home = homes.get(language)
    if home is None:
        return  # Wagtail's own routing (the root page in no language of the site)
    try:
        result = home.route(request, [part for part in path.split("/") if part])
    except Http404:
        result = None
    request._wagtail_route_for_request = result


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
        signal.connect(
            invalidate,
            sender=PageViewRestriction,
            dispatch_uid=f"portal-chrome-restriction-{signal!r}",
        )
    for signal in (post_save, post_delete):
        signal.connect(invalidate, sender=Site, dispatch_uid=f"portal-chrome-site-{signal!r}")
