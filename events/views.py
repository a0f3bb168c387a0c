"""Events' views outside the page tree: calendar files, and the home page's next events."""

from django.http import Http404, HttpResponse
from django.utils import translation
from wagtail import hooks
from wagtail.models import Page

from events.models import EventIndexPage, EventPage


def ics_view(request, page_path, name):
    """`<calendar page path><name>.ics`, routed to the calendar page in the URL's language.

    Wagtail's page URLs cannot carry a dot, so this URL is declared in events/urls.py;
    the page is found and access-checked exactly as Wagtail serves pages.
    """
    route = Page.route_for_request(request, page_path)
    if route is None:
        raise Http404
    page, args, kwargs = route
    if not isinstance(page, EventIndexPage):
        raise Http404
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    with translation.override(page.locale.language_code):
        return page.serve_ics(request, name)


def next_events(language, count):
    return list(
        EventPage.objects.visible()
        .filter(locale__language_code=language)
        .upcoming()
        .for_listing()[:count]
    )
