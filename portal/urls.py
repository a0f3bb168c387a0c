from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from events import views as events_views
from portal import views
from portal.sitemaps import AllLocalesSitemap
from search import views as search_views
from stories.feeds import StoriesFeed

handler500 = "portal.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLocalesSitemap}}),
    path("robots.txt", views.robots_txt),
    path("healthz", views.healthz),
    path("readyz", views.readyz),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("registration/", include("events.registration.urls")),
    path("feeds/stories/", StoriesFeed(), name="stories_feed"),
    # Calendar files (<calendar page>/calendar.ics, <calendar page>/<event>.ics).
    re_path(r"^(?P<page_path>(?:[\w\-]+/)+)(?P<name>[\w\-]+)\.ics$", events_views.ics_view),
    path("", include(wagtail_urls)),
)
