"""Template tags of the events calendar."""

from django import template
from django.utils.translation import get_language

from events import views
from events.dates import today
from events.models import EventIndexPage
from portal import chrome

register = template.Library()


@register.simple_tag
def next_events(count=3):
    """The next `count` published events in the current language, soonest first."""
    return views.next_events((get_language() or "fr")[:2], count)


@register.simple_tag
def next_events_cache_key():
    """Changes with the language, the day and any publication (portal.chrome's version)."""
    return f"{(get_language() or 'fr')[:2]}:{today().isoformat()}:{chrome.version()}"


@register.simple_tag
def events_calendar(language=None):
    """The calendar page in the current language (for "see the whole calendar" links)."""
    language = (language or get_language() or "fr")[:2]
    return EventIndexPage.objects.live().filter(locale__language_code=language).first()
