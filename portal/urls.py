from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import sitemaps, views

handler500 = "portal.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemaps.index),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap-section"),
    path("robots.txt", views.robots_txt),
    path("healthz", views.healthz),
    path("readyz", views.readyz),
    path("sharing/<int:page_id>/<str:version>.jpg", views.sharing_image, name="sharing-image"),
    path(
        "sharing/site-<str:language>/<str:version>.jpg",
        views.sharing_site_image,
        name="sharing-site-image",
    ),
]

if settings.PORTAL_SERVE_MEDIA:
    prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(re_path(rf"^{prefix}(?P<path>.+)$", views.media))

# The apps' URLs are named, not imported: portal stands below every app.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("registration/", include("events.registration.urls")),
    path("feeds/", include("stories.urls")),
    path("feeds/", include("community.urls")),
    path("newsletter/", include("giving.newsletter.urls")),
    path("patterns/", views.patterns, name="patterns"),
    path("", include("events.urls")),
    path("", include(wagtail_urls)),
)
