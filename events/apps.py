from django.apps import AppConfig
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save


def forget_territories(sender, instance, **kwargs):
    # The calendar's territory filter reads a cached list (events/listing.py).
    cache.delete(f"events:territories:{instance.locale_id}")


class EventsConfig(AppConfig):
    name = "events"

    def ready(self):
        for signal in (post_save, post_delete):
            signal.connect(
                forget_territories,
                sender="stories.Territory",
                weak=False,
                dispatch_uid=f"events-{signal!r}",
            )
