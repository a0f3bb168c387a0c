"""Partners show inside fragments cached under the site chrome's version (project pages,
the home strip): saving or deleting one bumps that version, as a publish does."""

from django.db.models.signals import post_delete, post_save

from giving.models import Partner, PartnerProgramme, PartnerProject
from portal import chrome

for model in (Partner, PartnerProject, PartnerProgramme):
    post_save.connect(chrome.invalidate, sender=model, dispatch_uid=f"giving-save-{model.__name__}")
    post_delete.connect(
        chrome.invalidate, sender=model, dispatch_uid=f"giving-delete-{model.__name__}"
    )
