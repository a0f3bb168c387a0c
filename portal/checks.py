"""Deploy checks (`manage.py check --deploy`) on what editors must fill in before launch."""

from django.core.checks import Tags, Warning, register
from django.db import DatabaseError
from wagtail.models import Site

from portal.models import SiteSettings


@register(Tags.security, deploy=True)
def legal_notice_is_complete(app_configs, **kwargs):
    """French law asks for the publisher, the director of publication and the host."""
    try:
        sites = list(Site.objects.all())
        found = {s.site_id: s for s in SiteSettings.objects.filter(site__in=sites)}
    except DatabaseError:  # a build step (CI) without a migrated database: nothing yet
        return []
    messages = []
    for site in sites:
        settings = found.get(site.pk) or SiteSettings(site=site)
        missing = settings.missing_legal_details()
        if settings.legal_notice_page_id is None:
            missing.insert(0, "legal_notice_page")
        if missing:
            messages.append(
                Warning(
                    f"The legal notice of {site} is incomplete: {', '.join(missing)} is empty.",
                    hint="Fill them in under Settings > Site settings > Legal notice.",
                    obj=site,
                    id="portal.W001",
                )
            )
    return messages
