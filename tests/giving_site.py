"""The giving pages on top of the small site of tests/sites.py: the giving page (with an
example tied to a project), the partners page with two partners, the "How you can help"
page, in French and English."""

from giving.factories import (
    GivingPageFactory,
    HelpPageFactory,
    PartnerFactory,
    PartnersPageFactory,
)
from giving.models import PartnerKind
from tests.sites import both


def build_giving(site):
    home = site.home_fr
    giving = GivingPageFactory(
        parent=home,
        gift_examples=[(50, site.passe_fr, "Une semaine de parcours pour un jeune.")],
    )
    both(
        site,
        "giving",
        giving,
        title="Donate",
        slug="donate",
        intro="Your gift gives the projects time to act.",
        pledge_title="Companies and foundations: pledge your support",
    )
    partners = PartnersPageFactory(parent=home)
    both(
        site,
        "partners",
        partners,
        title="Our partners",
        slug="partners",
        contact_topic="A partnership",
        become_title="Become a partner",
    )
    help_page = HelpPageFactory(parent=home)
    both(site, "help", help_page, title="How you can help", slug="how-you-can-help")
    nord = PartnerFactory(
        name="Département du Nord",
        kind=PartnerKind.PUBLIC_BODY,
        since=2021,
        programmes=["call-and-care"],
        projects=[site.passe_fr],
    )
    both(site, "nord", nord, description="Entrusted €1 million to Call & Care.")
    university = PartnerFactory(name="Université de Lille", kind=PartnerKind.UNIVERSITY)
    both(site, "university", university, description="Solidarity groceries.")
    return site
