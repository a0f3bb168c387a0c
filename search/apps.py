from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        # Imported here: signal handlers need the app registry, ready only now.
        from search import signals

        signals.connect()
