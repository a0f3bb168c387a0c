"""The home demo: the site tree (the home page, standard pages, contact page, site
settings), built first so that the other apps' sections hang under it, and, once they are
built, the stories and the fundraising evening the home page features (YAML beside this)."""

from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES
from wagtail.models import Page, Site

from events.models import EventPage
from home.factories import ContactPageFactory, HomePageFactory, StandardPageFactory
from home.models import (
    ContactFormField,
    FeaturedChallenge,
    FeaturedProject,
    FeaturedTestimonial,
    HomePage,
)
from portal import demo
from portal.demo.facts import (
    Facts,
    Figure,
    Paragraphs,
    Slug,
    String,
    Text,
    TranslatedList,
    TranslatedSlug,
    one_of,
)
from portal.factories import SiteFactory, SiteSettingsFactory, locales
from portal.models import Menu, SiteSettings
from stories.models import ChallengePage, ProjectPage, TestimonialPage


class Objectives(Facts):
    heading: Text
    items: TranslatedList


class Featured(Facts):
    challenges: list[Slug] = []
    projects: list[Slug] = []
    testimonials: list[Slug] = []
    fundraising_event: Slug


class Fundraising(Facts):
    title: Text
    text: Text
    button_label: Text


class Home(Facts):
    slug: TranslatedSlug
    title: Text
    hero_title: Text
    hero_intro: Text
    hero_image_alt_text: Text
    body: Paragraphs
    objectives: Objectives
    impact_figures: list[Figure]
    fundraising: Fundraising


class SiteFacts(Facts):
    name: String
    hostname: String
    contact_email: String
    footer_text: Text


class Section(Facts):
    heading: Text
    text: Paragraphs


class Standard(Facts):
    slug: TranslatedSlug
    in_menus: bool = False
    title: Text
    intro: Text
    sections: list[Section]


class Field(Facts):
    type: one_of(FORM_FIELD_CHOICES)
    required: bool = False
    label: Text
    help_text: Text | None = None
    choices: TranslatedList | None = None

    def values(self, language):
        return {
            "label": self.label[language],
            "help_text": self.help_text[language] if self.help_text else "",
            "choices": "\n".join(self.choices[language]) if self.choices else "",
        }

    def row(self, language):
        """(type, label, required, help text, choices), as ContactPageFactory takes them."""
        values = self.values(language)
        return (self.type, values["label"], self.required, values["help_text"], values["choices"])


class Contact(Facts):
    slug: Slug
    title: Text
    intro: Text
    help_topic: Text
    thank_you_text: Text
    fields: list[Field]


class HomeFile(Facts):
    home: Home
    featured: Featured


class SiteFile(Facts):
    site: SiteFacts


class PagesFile(Facts):
    pages: list[Standard]


class ContactFile(Facts):
    contact: Contact


class MenuLink(Facts):
    """A top-level page (its French slug) or another site's address, with a label."""

    page: Slug | None = None
    url: String | None = None
    label: Text | None = None


class Menus(Facts):
    main: list[MenuLink]
    footer: list[MenuLink]


class MenusFile(Facts):
    menus: Menus


# The site tree ------------------------------------------------------------------------------


FACTS = {
    "home.yaml": HomeFile,
    "site.yaml": SiteFile,
    "pages.yaml": PagesFile,
    "contact.yaml": ContactFile,
    "menus.yaml": MenusFile,
}


def build_site(loader, facts):
    locales()
    site = facts["site.yaml"].site
    pages = facts["pages.yaml"].pages
    contact = facts["contact.yaml"].contact
    facts = facts["home.yaml"].home
    home = loader.ensure(
        "home/demo/home.yaml#home (fr)",
        facts,
        find=lambda: HomePage.objects.filter(locale__language_code="fr", depth=2).first(),
        create=lambda: HomePageFactory(
            slug=facts.slug.fr, hero_image=hero_picture(facts), **home_fields(facts, "fr")
        ),
    )
    if home is None:
        return  # an editor deleted the home page, and the site with it: said above
    loader.ensure(
        "home/demo/site.yaml#site",
        site,
        # A default site serving anything but Wagtail's "Welcome" page is the editors'.
        find=lambda: (
            Site.objects.filter(is_default_site=True)
            .exclude(root_page__content_type=ContentType.objects.get_for_model(Page))
            .first()
        ),
        # Wagtail's "Welcome" page goes (see SiteFactory).
        create=lambda: SiteFactory(root_page=home, hostname=site.hostname, site_name=site.name),
    )
    # Translated once Wagtail's "Welcome" page is gone, so that its slug is free.
    loader.translation(
        "home/demo/home.yaml#home",
        facts,
        home,
        lambda _page: {**home_fields(facts, "en"), "slug": facts.slug.en},
    )
    loader.ensure(
        "home/demo/site.yaml#settings",
        site,
        find=lambda: SiteSettings.objects.exclude(footer_text_fr="").first(),
        create=lambda: SiteSettingsFactory(
            contact_email=site.contact_email,
            footer_text_fr=site.footer_text.fr,
            footer_text_en=site.footer_text.en,
        ),
    )
    for page in pages:
        build_standard_page(loader, home, page)
    build_contact_page(loader, home, contact)


def hero_picture(facts):
    """The home page's picture: young people's paths (steps climbing to a star) over the
    region's landscape."""
    return demo.illustration(
        "home-hero",
        "Accueil : des marches vers une étoile dans les Hauts-de-France",
        facts.hero_image_alt_text.fr,
        motif="steps",
        landscape="region",
    )


def home_fields(facts, language):
    objectives = "".join(f"<li>{escape(item)}</li>" for item in facts.objectives.items[language])
    body = [
        {
            "type": "paragraph",
            "id": demo.block_id("home", "intro"),
            "value": demo.paragraphs_html(facts.body[language]),
        },
        {
            "type": "heading",
            "id": demo.block_id("home", "objectives-heading"),
            "value": {"text": facts.objectives.heading[language], "level": "h2"},
        },
        {
            "type": "paragraph",
            "id": demo.block_id("home", "objectives"),
            "value": f"<ul>{objectives}</ul>",
        },
    ]
    call = facts.fundraising
    return {
        "title": facts.title[language],
        "hero_title": facts.hero_title[language],
        "hero_intro": facts.hero_intro[language],
        "hero_image_alt_text": facts.hero_image_alt_text[language],
        "summary": facts.hero_intro[language],
        "body": demo.stream(body),
        "impact_figures": demo.stream(
            demo.figure_blocks("home/impact", facts.impact_figures, language)
        ),
        "fundraising_title": call.title[language],
        "fundraising_text": call.text[language],
        "fundraising_button_label": call.button_label[language],
    }


def build_standard_page(loader, home, facts):
    def fields(language):
        blocks = []
        for number, section in enumerate(facts.sections):
            key = f"{facts.slug.fr}/{number}"
            heading = {"text": section.heading[language], "level": "h2"}
            blocks += [
                {"type": "heading", "id": demo.block_id(key, "heading"), "value": heading},
                {
                    "type": "paragraph",
                    "id": demo.block_id(key, "text"),
                    "value": demo.paragraphs_html(section.text[language]),
                },
            ]
        intro = facts.intro[language]
        return {
            "title": facts.title[language],
            "intro": intro,
            "summary": intro,
            "body": demo.stream(blocks),
        }

    loader.page(
        f"home/demo/pages.yaml#{facts.slug.fr}",
        facts,
        home,
        facts.slug.fr,
        create=lambda: StandardPageFactory(
            parent=home, slug=facts.slug.fr, show_in_menus=facts.in_menus, **fields("fr")
        ),
        english=lambda _page: {**fields("en"), "slug": facts.slug.en},
    )


def build_contact_page(loader, home, facts):
    def fields(language):
        names = ("title", "intro", "help_topic", "thank_you_text")
        values = {name: getattr(facts, name)[language] for name in names}
        return {**values, "summary": values["intro"]}

    def create():
        form = [field.row("fr") for field in facts.fields]
        return ContactPageFactory(parent=home, slug=facts.slug, fields=form, **fields("fr"))

    def english(page):
        # Each French field is paired with the facts of the same French label; a field an
        # editor added keeps its French text for translators to fill in.
        by_label = {field.label.fr: field.values("en") for field in facts.fields}
        form_fields = [
            ContactFormField(
                pk=field.pk,
                translation_key=field.translation_key,
                locale_id=field.locale_id,
                clean_name=field.clean_name,
                field_type=field.field_type,
                required=field.required,
                sort_order=field.sort_order,
                **by_label.get(
                    field.label,
                    {"label": field.label, "help_text": field.help_text, "choices": field.choices},
                ),
            )
            for field in page.form_fields.all()
        ]
        return {**fields("en"), "slug": facts.slug, "form_fields": form_fields}

    loader.page(
        f"home/demo/contact.yaml#{facts.slug}",
        facts,
        home,
        facts.slug,
        create=create,
        english=english,
    )


# What the home page features, once the stories and events exist ------------------------------


def feature(loader, facts):
    featured = facts["home.yaml"].featured
    homes = {home.locale.language_code: home for home in HomePage.objects.filter(depth=2)}
    if "fr" not in homes:
        return  # said when the home page was left alone
    loader.ensure(
        "home/demo/home.yaml#featured",
        featured,
        # Something featured already: an editor chose it, or the demo did before records.
        find=lambda: homes["fr"] if chosen(homes["fr"]) else None,
        create=lambda: add_features(homes, featured),
    )


def chosen(home):
    relations = (home.featured_challenges, home.featured_projects, home.featured_testimonials)
    return home.fundraising_page_id or any(relation.exists() for relation in relations)


def add_features(homes, featured):
    def french(model, slugs):
        pages = {page.slug: page for page in model.objects.filter(slug__in=slugs, locale=fr)}
        return [pages[slug] for slug in slugs if slug in pages]

    fr = homes["fr"].locale
    challenges = french(ChallengePage, featured.challenges)
    projects = french(ProjectPage, featured.projects)
    testimonials = french(TestimonialPage, featured.testimonials)
    evening = EventPage.objects.filter(slug=featured.fundraising_event, locale=fr).first()
    for home in homes.values():
        # The home page shows featured pages in its own language (home.featured).
        home.featured_challenges = [FeaturedChallenge(page=page) for page in challenges]
        home.featured_projects = [FeaturedProject(page=page) for page in projects]
        home.featured_testimonials = [FeaturedTestimonial(page=page) for page in testimonials]
        home.fundraising_page = evening and evening.get_translation_or_none(home.locale)
        home.save_revision().publish()
    return homes["fr"]


# The menus, once every section exists ----------------------------------------------------


def build_menus(loader, facts):
    menus = facts["menus.yaml"].menus
    home = HomePage.objects.filter(locale__language_code="fr", depth=2).first()
    if home is None:
        return  # said when the home page was left alone
    for slot in (Menu.Slot.MAIN, Menu.Slot.FOOTER):
        links = getattr(menus, slot)

        def items(language, links=links, slot=slot):
            blocks = []
            for number, link in enumerate(links):
                label = link.label[language] if link.label else ""
                block_id = demo.block_id("menus", slot, number)
                if link.page:
                    page = home.get_children().filter(slug=link.page).first()
                    if page is None:
                        continue  # a section an editor deleted
                    value = {"page": page.pk, "label": label}
                    blocks.append({"type": "page", "id": block_id, "value": value})
                elif link.url:
                    value = {"url": link.url, "label": label}
                    blocks.append({"type": "external", "id": block_id, "value": value})
            return demo.stream(blocks)

        loader.snippet(
            f"home/demo/menus.yaml#{slot}",
            menus,
            find=lambda slot=slot: Menu.objects.filter(slot=slot, locale=home.locale).first(),
            create=lambda slot=slot, items=items: Menu.objects.create(
                slot=slot, locale=home.locale, items=items("fr")
            ),
            # Page links follow their pages into English (wagtail-localize).
            english=lambda _menu, items=items: {"items": items("en")},
        )


STEPS = [(0, build_site), (30, feature), (40, build_menus)]
