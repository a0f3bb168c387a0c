"""An Atom feed of the newest projects and testimonials, in the visitor's language."""

from django.utils.translation import gettext_lazy as _

from portal import listing
from portal.feeds import LIMIT, PageFeed
from stories import models


class StoriesFeed(PageFeed):
    title = _("Hauts les jeunes: new projects and testimonials")
    subtitle = _("The projects the community supports and the young people who speak about them.")

    def items(self, locale):
        fields = ("title", "url_path", "path", "summary", "first_published_at", "last_published_at")
        projects = listing.live(models.ProjectPage, locale.pk).only(*fields, "organisation")
        testimonials = listing.live(models.TestimonialPage, locale.pk).only(*fields, "quote")
        newest = list(projects.order_by("-first_published_at")[:LIMIT]) + list(
            testimonials.order_by("-first_published_at")[:LIMIT]
        )
        newest.sort(key=lambda page: page.first_published_at, reverse=True)
        return newest[:LIMIT]

    def item_title(self, item):
        if isinstance(item, models.ProjectPage):
            return f"{item.title} ({item.organisation})"
        return item.title

    def item_description(self, item):
        return getattr(item, "quote", "") or item.summary
