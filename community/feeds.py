"""An Atom feed of the newest articles, in the visitor's language."""

import datetime

from django.utils.translation import gettext_lazy as _

from community.models import ARTICLE_CARD_FIELDS, article_cards
from portal.feeds import LIMIT, PageFeed


class NewsFeed(PageFeed):
    title = _("Hauts les jeunes: news of the community")
    subtitle = _("Dated news of the community, its programmes and its territories.")

    def items(self, locale):
        fields = (*ARTICLE_CARD_FIELDS, "last_published_at")
        return list(article_cards(locale.pk).only(*fields)[:LIMIT])

    def item_pubdate(self, item):
        # The article's own date (at noon UTC): what readers sort by.
        return datetime.datetime.combine(item.date, datetime.time(12), tzinfo=datetime.UTC)
