"""Cache headers, set in one place for the whole site.

Anonymous pages are shared: a CDN or Varnish may keep them (`s-maxage`) and serve them
stale while it fetches a fresh copy; publishing purges them (see portal/frontend_cache).
Anything personal is never stored: logged-in visitors, responses that set a cookie or
use the CSRF token (every page with a form), and views that chose their own policy.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

CACHEABLE_STATUS = {200, 203, 300, 301, 404, 410}


def _is_personal(request, response):
    user = getattr(request, "user", None)
    return bool(
        (user is not None and user.is_authenticated)
        or response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or request.META.get("CSRF_COOKIE_USED")
    )


class CacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.PORTAL_CACHE_POLICY
        self.excluded = tuple(settings.PORTAL_CACHE_EXCLUDED_PREFIXES)

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control") or request.path.startswith(self.excluded):
            return response
        if request.method not in ("GET", "HEAD") or _is_personal(request, response):
            patch_cache_control(response, private=True, no_store=True)
        elif response.status_code in CACHEABLE_STATUS:
            patch_cache_control(response, public=True, **self.policy)
        return response
