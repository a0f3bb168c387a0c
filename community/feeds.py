"""An Atom feed of the newest articles, in the visitor's language."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from community.models import ARTICLE_CARD_FIELDS, article_cards

LIMIT = 20


class NewsFeed(Feed):
    feed_type = Atom1Feed
    title = _("Hauts les jeunes: news of the community")
    subtitle = _("Dated news of the community, its programmes and its territories.")

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return Locale.objects.get(language_code=(get_language() or "fr")[:2])

    def link(self, locale):
        return f"/{locale.language_code}/"

    def items(self, locale):
        fields = (*ARTICLE_CARD_FIELDS, "last_published_at")
        return list(article_cards(locale.pk).only(*fields)[:LIMIT])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        # The article's own date (at noon UTC): what readers sort by.
        return datetime.datetime.combine(item.date, datetime.time(12), tzinfo=datetime.UTC)

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)
