"""An Atom feed of the newest projects and testimonials, in the visitor's language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from portal import listing
from stories import models

LIMIT = 20


class StoriesFeed(Feed):
    feed_type = Atom1Feed
    title = _("Hauts les jeunes: new projects and testimonials")
    subtitle = _("The projects the community supports and the young people who speak about them.")

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return Locale.objects.get(language_code=(get_language() or "fr")[:2])

    def link(self, locale):
        return f"/{locale.language_code}/"

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

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at
