from django.urls import path

from stories.feeds import StoriesFeed

urlpatterns = [path("stories/", StoriesFeed(), name="stories_feed")]
