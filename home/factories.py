"""Factories for the home page, standard pages and the contact page (with its form fields)."""

import factory
from wagtail_factories import StreamFieldFactory

from home.models import (
    ContactFormField,
    ContactPage,
    FeaturedChallenge,
    FeaturedProject,
    FeaturedTestimonial,
    HomePage,
    StandardPage,
)
from portal.factories import (
    KeyFigureBlockFactory,
    PortalPageFactory,
    StoryBlockFactory,
    root_page,
)


class HomePageFactory(PortalPageFactory):
    """The French home page, under Wagtail's root. `featured_challenges`, `featured_projects`
    and `featured_testimonials` take lists of pages."""

    parent = factory.LazyFunction(root_page)
    title = "Accueil"
    slug = "accueil"
    hero_title = "Ensemble pour les jeunes des Hauts-de-France"
    hero_intro = "Associations, entreprises et acteurs publics soutiennent des projets."
    summary = "Associations, entreprises et acteurs publics soutiennent des projets."
    body = StreamFieldFactory(StoryBlockFactory)
    # The field's blocks are declared inline (no StreamBlock class): the old-style mapping.
    impact_figures = StreamFieldFactory({"figure": factory.SubFactory(KeyFigureBlockFactory)})
    fundraising_title = ""
    fundraising_text = ""
    fundraising_button_label = ""
    fundraising_page = None
    featured_challenges = ()
    featured_projects = ()
    featured_testimonials = ()

    class Meta:
        model = HomePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        for name, item in (
            ("featured_challenges", FeaturedChallenge),
            ("featured_projects", FeaturedProject),
            ("featured_testimonials", FeaturedTestimonial),
        ):
            kwargs[name] = [item(page=page) for page in kwargs.pop(name)]
        return super()._create(model_class, *args, **kwargs)


class StandardPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    intro = "Une page d'information."
    body = StreamFieldFactory(StoryBlockFactory)

    class Meta:
        model = StandardPage


# (field type, label, required, help text, choices): the contact form an editor would make.
CONTACT_FIELDS = (
    ("singleline", "Nom", True, "", ""),
    ("email", "Adresse e-mail", True, "Pour vous répondre, rien d’autre.", ""),
    ("singleline", "Organisation", False, "", ""),
    (
        "dropdown",
        "Sujet",
        True,
        "",
        "Une question\nUn partenariat\nJe peux aider un projet\nPresse\nAutre",
    ),
    ("multiline", "Message", True, "", ""),
    (
        "checkbox",
        "J’accepte la politique de confidentialité",
        True,
        "Votre message et vos coordonnées servent seulement à vous répondre.",
        "",
    ),
)


class ContactPageFactory(PortalPageFactory):
    """The contact page with the usual fields (`fields=` other (type, label, required, help
    text, choices) rows)."""

    title = "Contact"
    slug = "contact"
    intro = "Une question, une idée, l’envie d’aider un projet ? Écrivez à l’équipe."
    summary = intro
    help_topic = "Je peux aider un projet"
    thank_you_text = "Merci ! L’équipe vous répond rapidement."
    # The team is written to at the site settings' contact address (the one recipient).
    subject = ""
    show_in_menus = True
    fields = CONTACT_FIELDS

    class Meta:
        model = ContactPage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs["form_fields"] = [
            ContactFormField(
                field_type=field_type,
                label=label,
                required=required,
                help_text=help_text,
                choices=choices,
            )
            for field_type, label, required, help_text, choices in kwargs.pop("fields")
        ]
        return super()._create(model_class, *args, **kwargs)
