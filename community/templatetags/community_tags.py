"""The latest articles on the home page (home sits above community and loads this library)."""

from django import template
from django.utils.formats import number_format

from community.models import NewsIndexPage, latest_articles
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


@register.filter
def grouped(value):
    """A whole number with the language's thousands separator (2 215, 2,215)."""
    return number_format(value, force_grouping=True)
