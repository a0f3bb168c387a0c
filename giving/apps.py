from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GivingConfig(AppConfig):
    name = "giving"
    verbose_name = _("Giving and partners")

    def ready(self):
        from giving import signals  # noqa: F401 - connects the cache invalidation
