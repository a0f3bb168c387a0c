"""Factories for the giving page, partners, the partners and "How you can help" pages, and
pledges. Page factories take `parent` (the home page); `gift_examples` takes (amount,
project, description) triples, a partner's `projects` and `programmes` take lists."""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from giving.models import (
    GiftExample,
    GivingPage,
    HelpPage,
    Partner,
    PartnerKind,
    PartnerProgramme,
    PartnerProject,
    PartnersPage,
)
from giving.pledges.models import Pledge
from portal.factories import PortalPageFactory, number_rows

INDIVIDUAL_TAX_TEXT = (
    "<p>Vous déduisez de votre impôt sur le revenu <b>66 % de votre don</b>, dans la limite "
    "de 20 % de votre revenu imposable.</p>"
)
COMPANY_TAX_TEXT = (
    "<p>Une entreprise déduit de son impôt <b>60 % du montant du don</b>, dans la limite de "
    "20 000 € ou de 0,5 % de son chiffre d’affaires hors taxes.</p>"
)
LEGAL_REFERENCES = (
    "<ul><li>Particuliers : article 200 du Code général des impôts.</li>"
    "<li>Entreprises : article 238 bis du Code général des impôts.</li></ul>"
)


class GivingPageFactory(PortalPageFactory):
    title = "Faire un don"
    slug = "faire-un-don"
    show_in_menus = True
    intro = "Votre don donne aux projets le temps d’agir."
    individual_tax_text = INDIVIDUAL_TAX_TEXT
    company_tax_text = COMPANY_TAX_TEXT
    legal_references = LEGAL_REFERENCES
    pledge_title = "Entreprises et fondations : engagez-vous"
    pledge_intro = "Dites-nous ce que vous pouvez offrir."
    gift_examples = ()

    class Meta:
        model = GivingPage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Child rows go into the page before it is added, as the editor's form does.
        kwargs["gift_examples"] = [
            GiftExample(amount=amount, project=project, description=description)
            for amount, project, description in kwargs.pop("gift_examples")
        ]
        return super()._create(model_class, *args, **kwargs)


class PartnersPageFactory(PortalPageFactory):
    title = "Nos partenaires"
    slug = "partenaires"
    show_in_menus = True
    intro = "Ils soutiennent les projets, chacun à sa manière."
    become_title = "Devenir partenaire"
    become_text = "Rejoignez-les : écrivez-nous."
    contact_topic = "Un partenariat"

    class Meta:
        model = PartnersPage


class HelpPageFactory(PortalPageFactory):
    title = "Comment aider"
    slug = "comment-aider"
    show_in_menus = True
    intro = "Tout ce dont les projets ont besoin aujourd’hui."

    class Meta:
        model = HelpPage


class PartnerFactory(DjangoModelFactory):
    """A French partner; `projects` (pages) and `programmes` (values) are lists."""

    name = factory.Sequence(lambda n: f"Partenaire {n}")
    kind = PartnerKind.FOUNDATION
    description = "Soutient les projets pour les jeunes."
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))
    projects = ()
    programmes = ()

    class Meta:
        model = Partner

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs["projects"] = [PartnerProject(project=page) for page in kwargs.pop("projects")]
        kwargs["programmes"] = [
            PartnerProgramme(programme=value) for value in kwargs.pop("programmes")
        ]
        number_rows(kwargs)
        return super()._create(model_class, *args, **kwargs)


class PledgeFactory(DjangoModelFactory):
    giver = Pledge.Giver.COMPANY
    organisation = factory.Sequence(lambda n: f"Entreprise {n}")
    kind = Pledge.Kind.TIME
    description = "Du temps de nos salariés."
    first_name = "Camille"
    last_name = "Martin"
    email = factory.Sequence(lambda n: f"pledge{n}@example.org")
    consented_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Pledge
