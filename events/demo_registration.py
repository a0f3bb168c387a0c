"""Demo: registration opens for the upcoming fundraising evening, and the home page's call
to the fundraising evening leads to it (called from demo_content)."""

from events.models import EventPage
from home.models import HomePage

SLUG = "soiree-de-levee-de-fonds"
SETTINGS = {
    "registration_open": True,
    "seat_limit": 120,
    "waiting_list": True,
    "max_guests": 3,
    "ask_organisation": True,
    "ask_receipt_name": True,
    "ask_postal_address": True,
    "ask_needs": True,
    "ask_donation": True,
}


def load(log):
    for event in EventPage.objects.filter(slug__in=[SLUG, "fundraising-evening"]):
        language = event.locale.language_code
        changed = {name: value for name, value in SETTINGS.items() if getattr(event, name) != value}
        if not changed:
            continue
        for name, value in changed.items():
            setattr(event, name, value)
        revision = event.save_revision(log_action=False)
        revision.publish(log_action=False)
        log(f"Registration opened: {event.title} ({language})")
    link_home_call(log)


def link_home_call(log):
    """The home page's fundraising call points at the evening (each language its own)."""
    for home in HomePage.objects.filter(depth=2):
        evening = EventPage.objects.filter(
            slug__in=[SLUG, "fundraising-evening"], locale=home.locale
        )
        evening = evening.first()
        if evening is None or home.fundraising_page_id == evening.pk:
            continue
        home.fundraising_page = evening
        home.save_revision(log_action=False).publish(log_action=False)
        log(f"Home page's fundraising call leads to: {evening.title}")
