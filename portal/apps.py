from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        # Imported here: models and checks need the app registry ready.
        from portal import checks, chrome, frontend_cache, translation_sync  # noqa: F401

        chrome.connect_signals()
        frontend_cache.connect_signals()
        translation_sync.connect_signals()
