"""Response headers set in one place for the whole site: cache, CORP, CSP, throttles.

Anonymous pages are shared: a CDN or Varnish may keep them (`s-maxage`) and serve them
stale while it fetches a fresh copy; publishing purges them (see portal/frontend_cache).
Anything personal is never stored: logged-in visitors, responses that set a cookie or
use the CSRF token (every page with a form), and views that chose their own policy.

Login throttling is django-axes' (settings.base); the other doors that take a secret or
send an email are throttled here.
"""

import logging
import re

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from wagtail.views import serve as wagtail_serve

from portal import chrome
from portal.antispam import client_ip, rate_limit

logger = logging.getLogger(__name__)

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


class CrossOriginResourcePolicyMiddleware:
    """`Cross-Origin-Resource-Policy` on every response, static files included (this
    middleware stands outside WhiteNoise): other sites' pages cannot embed ours."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.PORTAL_CROSS_ORIGIN_RESOURCE_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", self.policy)
        return response


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policies (see settings.base): the
    strict one on its sign-in pages, the one Wagtail's editor needs everywhere else."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        path = request.path_info
        if report_only or parts.config is not None or not path.startswith("/admin/"):
            return parts
        if path.startswith(tuple(settings.PORTAL_ADMIN_SIGN_IN_PREFIXES)):
            parts.config = settings.PORTAL_ADMIN_SIGN_IN_CSP
        else:
            parts.config = settings.PORTAL_ADMIN_CSP
        return parts


class CachedSiteMiddleware:
    """The request's Wagtail site and site settings from the shared cache (portal/chrome):
    no query for them on a warm page. After CommonMiddleware, which validates the host.
    The health probes are left alone: they must reach their own check of the database."""

    PROBES = ("/healthz", "/readyz")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info not in self.PROBES:
            chrome.prime(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        """A Wagtail page is routed from the home page kept with the site (portal/chrome)."""
        if view_func is wagtail_serve and view_args:
            chrome.route(request, view_args[0])


class ThrottleMiddleware:
    """Throttle POSTs to the doors listed in PORTAL_THROTTLES (per address, on the shared
    cache): over the limit, a 429 page in the visitor's language says to wait."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.doors = [
            (name, re.compile(pattern), limit, window)
            for name, pattern, limit, window in settings.PORTAL_THROTTLES
        ]

    def __call__(self, request):
        if request.method == "POST":
            for name, pattern, limit, window in self.doors:
                if pattern.match(request.path_info) and rate_limit(request, name, limit, window):
                    logger.warning("Throttled %s from %s", name, client_ip(request))
                    response = render(request, "portal/throttled.html", status=429)
                    response["Retry-After"] = str(window)
                    patch_cache_control(response, private=True, no_store=True)
                    return response
        return self.get_response(request)
