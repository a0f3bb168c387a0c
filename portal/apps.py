from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from portal import chrome, frontend_cache, translation_sync

        chrome.connect_signals()
        frontend_cache.connect_signals()
        translation_sync.connect_signals()
