"""Template tags for the page shell: languages, navigation, breadcrumbs, canonical URL."""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from portal import chrome, sharing
from portal.absolute_urls import absolute_url

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _current_language():
    return (get_language() or settings.LANGUAGE_CODE)[:2]


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: where the same page lives in it, if it exists.

    For a Wagtail page the live translations are used; for any other view (search,
    404...) the URL is translated through the locale prefix.
    """
    request = context["request"]
    current = _current_language()
    page = context.get("page")
    urls = {}
    if isinstance(page, Page) and page.pk:
        for translation in _family(context)[1]:
            url = translation.get_url(request)
            if url:
                urls[translation.locale.language_code] = url
    else:
        for code in LANGUAGE_NAMES:
            urls[code] = translate_url(request.get_full_path(), code)
    return [
        {
            "code": code,
            "name": name,
            "url": urls.get(code),
            "absolute_url": absolute_url(urls[code], request) if code in urls else None,
            "is_current": code == current,
        }
        for code, name in LANGUAGE_NAMES.items()
    ]


def _family(context):
    """The current page's ancestors below the root (breadcrumbs, the home page) and its
    live translations (language links): one query per request."""
    page = context["page"]
    request = context["request"]
    # Keyed by the tree path: a preview of a page not saved yet has no pk.
    cached = getattr(request, "_portal_family", None)
    if cached is not None and cached[0] == (page.path, page.pk):
        return cached[1]
    steplen = page.steplen
    paths = [page.path[:end] for end in range(2 * steplen, len(page.path), steplen)]
    wanted = Q(path__in=paths)
    if page.pk:
        wanted |= Q(translation_key=page.translation_key, live=True)
    pages = (
        Page.objects.filter(wanted)
        .select_related("locale")
        .only(*FAMILY_FIELDS, "locale__language_code")
        .order_by("path")
    )
    ancestors, translations = [], []
    for each in pages:
        if each.path in paths:
            ancestors.append(each)
        if page.pk and each.translation_key == page.translation_key and each.live:
            translations.append(each)
    request._portal_family = ((page.path, page.pk), (ancestors, translations))
    return ancestors, translations


FAMILY_FIELDS = (
    "title",
    "url_path",
    "path",
    "depth",
    "numchild",
    "locale_id",
    "translation_key",
    "live",
)


def _ancestors(context):
    """The current page's ancestors below the root, read once per request."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return _family(context)[0]


@register.simple_tag(takes_context=True)
def home_page(context):
    """The home page in the visitor's language, without a query when a page is shown."""
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page) and page.depth == 2:
        return page
    ancestors = _ancestors(context)
    if ancestors:
        return ancestors[0]
    language = _current_language()
    cache_attr = f"_portal_home_{language}"
    if not hasattr(request, cache_attr):
        homes = getattr(request, "_portal_homes", None) or {}
        if language in homes and homes[language].live:
            setattr(request, cache_attr, homes[language])
            return homes[language]
        site = Site.find_for_request(request)
        setattr(request, cache_attr, chrome.home_page(site, language) if site else None)
    return getattr(request, cache_attr)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The main menu of the visitor's language; without one, the home page's children
    ticked "show in menus" (the fallback for a language whose menu is not made yet)."""
    home = home_page(context)
    if home is None:
        return []
    return chrome.links(home, context["request"])["main"]


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The footer menu of the visitor's language; without one, the home page's other
    children (those not in the main menu)."""
    home = home_page(context)
    if home is None:
        return []
    return chrome.links(home, context["request"])["footer"]


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    return _ancestors(context)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        url = page.get_url(request)
        # Listing pages keep their filter and page query in the canonical URL.
        if request.GET and getattr(page, "canonical_keeps_query", False):
            url = f"{url}?{request.GET.urlencode()}"
        return absolute_url(url, request)
    return absolute_url(request.path, request)


@register.simple_tag(takes_context=True)
def sharing_card(context):
    """What the head tells social networks: title, description and picture (its address
    only: portal/sharing.py draws it on its first request). No query."""
    request, page = context["request"], context.get("page")
    if isinstance(page, Page) and page.pk:
        title = getattr(page, "sharing_title", "") or page.seo_title or page.title
        description = getattr(page, "meta_description", "") or page.search_description
        path = sharing.image_path(page)
    else:
        title, description = sharing.SITE_NAME, ""
        path = sharing.site_image_path(_current_language())
    return {
        "title": title,
        "description": description
        or _(
            "Associations, companies and public bodies of Hauts-de-France backing projects "
            "for young people at risk of dropping out."
        ),
        "image": absolute_url(path, request),
        "image_type": sharing.CONTENT_TYPE,
        "width": sharing.WIDTH,
        "height": sharing.HEIGHT,
        "alt": _("Sharing picture: %(title)s, on Hauts les jeunes") % {"title": title},
    }


@register.simple_tag(takes_context=True, name="absolute_url")
def absolute_url_tag(context, url):
    return absolute_url(url, context["request"])


@register.filter
def locale_of(language_code):
    """Open Graph locale for a language code."""
    return {"fr": "fr_FR", "en": "en_GB"}.get(language_code, language_code)


@register.simple_tag
def content_locales():
    return Locale.objects.all()


@register.filter
def starts_with(value, prefix):
    return bool(value) and str(value).startswith(prefix)
