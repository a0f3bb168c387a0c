"""A sitemap with the pages of every language, in pages of a fixed size.

Wagtail's own sitemap only lists the default locale (wagtail/wagtail#12420): here the
items are the pages under each translation of the site's root page. `/sitemap.xml` is the
index of the sitemap's pages (`/sitemap-pages.xml?p=N`), so a site of any size is listed
and no response grows with it. Each page holds 250 locations (search engines accept up to
50,000, Django's default limit): a page costs the same from the demo's few hundred pages
to a site a hundred times larger (benchmarks/scale.py), where 50,000 would make one
response of megabytes.
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps.views import SitemapIndexItem
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.models import Page

from portal.absolute_urls import absolute_url

SECTION = "pages"


class AllLocalesSitemap(Sitemap):
    limit = 250

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


SITEMAPS = {SECTION: AllLocalesSitemap}


@require_GET
def index(request):
    """The sitemap's pages, each on the public address (as every location inside them)."""
    pages = AllLocalesSitemap(request).paginator.num_pages
    path = reverse("sitemap-section", kwargs={"section": SECTION})
    items = [
        SitemapIndexItem(absolute_url(path + (f"?p={number}" if number > 1 else ""), request), None)
        for number in range(1, pages + 1)
    ]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml"
    )


def section(request, section):
    return sitemap(request, SITEMAPS, section=section)
