"""The partners strip of the home page (home sits above giving and loads this library)."""

from django import template

from giving.models import PartnersPage, partner_cards
from portal import listing

register = template.Library()


@register.inclusion_tag("giving/includes/partners_strip.html", takes_context=True)
def partners_strip(context):
    """Read only when the cached fragment around it is out of date."""
    page = context.get("page")
    locale_id = page.locale_id
    return {
        "partners": listing.lazy(lambda: list(partner_cards(locale_id))),
        "partners_page": listing.lazy(
            lambda: PartnersPage.objects.live().filter(locale_id=locale_id).first()
        ),
        "locale_id": locale_id,
        "stories_version": listing.cache_version(),
        "request": context.get("request"),
    }
