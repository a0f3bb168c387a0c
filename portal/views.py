"""Site-wide views: robots.txt, health checks, public media, the lockout and error pages."""

import logging
import posixpath

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views import static
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_safe
from wagtail.models import Page

from portal import sharing
from portal.absolute_urls import absolute_url
from portal.blocks import FiguresBlock, StoryBlock

logger = logging.getLogger(__name__)


@require_GET
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {absolute_url('/sitemap.xml', request)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# Probes must see the origin as it is now: a cached "ok" would hide an outage.
@require_GET
@never_cache
def healthz(request):
    """Liveness: the process answers."""
    return JsonResponse({"status": "ok"})


@require_GET
@never_cache
def readyz(request):
    """Readiness: the database answers too. A failure is logged with its cause."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # noqa: BLE001 - any database failure means "not ready"
        logger.error("Not ready: the database does not answer: %s: %s", type(error).__name__, error)
        return JsonResponse({"status": "unavailable", "database": "error"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_GET
def media(request, path):
    """Images from MEDIA_ROOT when no web server or object storage serves them (the
    one-machine setup, docs/deployment.md). Only the public folders: documents, which
    may be private, go through Wagtail's /documents/ view and its privacy checks."""
    path = posixpath.normpath(path).lstrip("/")  # "images/../documents/x" is documents
    if not path.startswith(tuple(settings.PORTAL_PUBLIC_MEDIA_PREFIXES)):
        raise Http404
    response = static.serve(request, path, document_root=settings.MEDIA_ROOT)
    if response.status_code == 200:
        # A rendition's name changes with its image, so a week of caching is safe.
        patch_cache_control(response, public=True, max_age=settings.PORTAL_MEDIA_MAX_AGE)
    return response


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out sign-in: a page in the admin's language."""
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    response = render(request, "portal/lockout.html", {"cooloff_minutes": minutes}, status=429)
    patch_cache_control(response, private=True, no_store=True)
    return response


def server_error(request):
    """500 page in the language of the URL, rendered without touching the database."""
    language = translation.get_language_from_path(request.path_info) or "fr"
    with translation.override(language):
        body = loader.render_to_string("500.html", {"LANGUAGE_CODE": language})
    return HttpResponse(body, status=500)


# A card's address changes with each publication: browsers and networks may keep it a year.
SHARING_MAX_AGE = 365 * 24 * 3600


def _card_response(data):
    response = HttpResponse(data, content_type=sharing.CONTENT_TYPE)
    patch_cache_control(response, public=True, max_age=SHARING_MAX_AGE, immutable=True)
    return response


@require_safe  # GET, and HEAD which some link previewers send first
def sharing_image(request, page_id, version):
    """A page's sharing picture: the editor's sharing image, or the card the portal draws
    (portal/sharing.py), made on the first request and stored."""
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    page = page.specific
    current = sharing.version(page)
    if version != current:  # an older publication's address: the current one
        response = HttpResponseRedirect(sharing.image_path(page))
        patch_cache_control(response, public=True, max_age=300)
        return response
    with translation.override(page.locale.language_code):
        return _card_response(sharing.page_card(page))


@require_safe
def sharing_site_image(request, language, version):
    """The sharing picture of the pages that are not Wagtail pages (search)."""
    if language not in dict(settings.LANGUAGES) or version != sharing.DESIGN:
        raise Http404
    with translation.override(language):
        return _card_response(sharing.site_card(language))


@require_GET
@never_cache
def patterns(request):
    """The living pattern page: every component of portal.css and every story block's
    preview, for staff only (anonymous visitors are sent to sign in, others get a 404)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), "wagtailadmin_login")
    if not request.user.is_staff:
        raise Http404
    story_blocks = list(StoryBlock.base_blocks.values())
    story_blocks.append(FiguresBlock.base_blocks["figure"])
    previews = []
    for block in story_blocks:
        html = block.render(block.get_preview_value(), context={"request": request})
        previews.append({"block": block, "html": html, "in_list": block.name == "figure"})
    response = render(request, "portal/patterns.html", {"previews": previews})
    response["X-Robots-Tag"] = "noindex"
    return response
