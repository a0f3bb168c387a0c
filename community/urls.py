from django.urls import path

from community.feeds import NewsFeed

urlpatterns = [path("news/", NewsFeed(), name="news_feed")]
