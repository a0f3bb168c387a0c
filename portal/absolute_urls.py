"""Absolute addresses of the portal's pages, built with or without a request.

The configured public address (`PORTAL_BASE_URL`) wins, so canonical links, sitemaps,
calendars and emails agree whatever host a request came through. Without it, a request
gives its own host; without a request (emails composed by the outbox, commands), the
default Wagtail site's root URL does.
"""

from django.conf import settings
from wagtail.models import Site


def absolute_url(url, request=None):
    """`url` (a path, or already absolute) as an absolute URL."""
    if url.startswith(("http://", "https://")):
        return url
    base = settings.PORTAL_CANONICAL_BASE_URL.rstrip("/")
    if base:
        return f"{base}{url}"
    if request is not None:
        return request.build_absolute_uri(url)
    site = Site.objects.filter(is_default_site=True).first()
    return f"{site.root_url}{url}" if site else url
