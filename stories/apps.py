from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Stories"

    def ready(self):
        # Story fragments are cached under the site chrome's version (bumped on every
        # publish): a territory edited in a snippet must bump it too.
        from django.db.models.signals import post_delete, post_save

        from portal import chrome

        for signal in (post_save, post_delete):
            signal.connect(
                chrome.invalidate, sender="stories.Territory", dispatch_uid=f"stories-{signal!r}"
            )
