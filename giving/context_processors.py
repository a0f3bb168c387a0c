"""The "Donate" call of every page's header (named in settings, as Django's are).

It leads to the giving page of the visitor's language, or else to the payment provider's
page (the site setting). Looked up once per language and kept in the shared cache under
the site chrome's version, which every publish and settings change bumps: no query on a
warm page.
"""

from django.core.cache import cache
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from wagtail.models import Site

from giving.models import GivingPage
from portal import chrome
from portal.models import SiteSettings


def donate_url(request):
    site = Site.find_for_request(request)
    if site is None:
        return ""
    language = (get_language() or "fr")[:2]
    key = f"giving:donate:{site.pk}:{language}:{chrome.version()}"
    url = cache.get(key)
    if url is None:
        page = GivingPage.objects.live().filter(locale__language_code=language).first()
        url = page.get_url(request) if page else SiteSettings.for_site(site).donation_url
        cache.set(key, url or "", chrome.TIMEOUT)
    return url


def giving(request):
    return {"donate_url": SimpleLazyObject(lambda: donate_url(request))}
