"""The base of the portal's Atom feeds: pages in the visitor's language, linked by their
own URLs. A feed says what its items are (`items`) and how each is titled and described."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from wagtail.models import Locale

LIMIT = 20


class PageFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return Locale.objects.get(language_code=(get_language() or "fr")[:2])

    def link(self, locale):
        return f"/{locale.language_code}/"

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)
