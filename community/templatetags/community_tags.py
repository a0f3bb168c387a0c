"""The latest articles, the open calls and the latest report on the home page (home sits
above community and loads this library)."""

from django import template
from django.utils import timezone
from django.utils.formats import number_format

from community.models import LATEST, NewsIndexPage, latest_articles, open_calls, report_cards
from portal import listing

register = template.Library()


@register.inclusion_tag("community/includes/latest_news.html", takes_context=True)
def latest_news(context):
    """Read only when the cached fragment around it is out of date."""
    locale_id = context["page"].locale_id
    return {
        "articles": listing.lazy(lambda: latest_articles(locale_id)),
        "news_index": listing.lazy(
            lambda: NewsIndexPage.objects.live().filter(locale_id=locale_id).first()
        ),
        "locale_id": locale_id,
        "stories_version": listing.cache_version(),
    }


@register.inclusion_tag("community/includes/calls_and_reports.html", takes_context=True)
def calls_and_reports(context):
    """The calls for projects open or about to open, and the latest report: one click from
    the home page. Read only when the cached fragment (per day) is out of date."""
    locale_id = context["page"].locale_id
    today = timezone.localdate()
    return {
        "calls": listing.lazy(lambda: list(open_calls(locale_id, today)[:LATEST])),
        "reports": listing.lazy(lambda: list(report_cards(locale_id)[:1])),
        "today": today,
        "locale_id": locale_id,
        "stories_version": listing.cache_version(),
    }


@register.filter
def grouped(value):
    """A whole number with the language's thousands separator (2 215, 2,215)."""
    return number_format(value, force_grouping=True)
