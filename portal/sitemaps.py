"""A sitemap with the pages of every language.

Wagtail's own sitemap only lists the default locale (wagtail/wagtail#12420): here the
items are the pages under each translation of the site's root page.
"""

from urllib.parse import urlsplit

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from portal.absolute_urls import absolute_url


class AllLocalesSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_root = Q()
        for root in roots:
            under_a_root |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(under_a_root)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        # Locations on the public address (PORTAL_BASE_URL or the request's host),
        # like the canonical URLs, rather than on the Site record's host name.
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            parts = urlsplit(url["location"])
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            url["location"] = absolute_url(path, self.request)
        return urls
