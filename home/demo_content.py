"""Demo content of the home app: the site tree, the home page, the standard pages and
the site settings. Runs first: the other apps hang their sections under this home."""

import json

from wagtail.models import Page, Site

from home import demo_data as data
from home.models import ContactFormField, ContactPage, HomePage, StandardPage
from portal import demo
from portal.models import SiteSettings

ORDER = 0
MENU_PAGES = {"a-propos"}


def home_body(lang):
    blocks = [
        {
            "type": "paragraph",
            "id": demo.block_id("home", "intro"),
            "value": demo.paragraphs_html(data.HOME["body"][lang]),
        },
        {
            "type": "heading",
            "id": demo.block_id("home", "objectives-heading"),
            "value": {"text": {"fr": "Nos objectifs", "en": "Our objectives"}[lang], "level": "h2"},
        },
        {
            "type": "paragraph",
            "id": demo.block_id("home", "objectives"),
            "value": "<ul>"
            + "".join(f"<li>{item}</li>" for item in data.HOME["objectives"][lang])
            + "</ul>",
        },
    ]
    return json.dumps(blocks)


def sections_body(key, sections, lang):
    blocks = []
    for index, section in enumerate(sections):
        blocks.append(
            {
                "type": "heading",
                "id": demo.block_id(key, index, "heading"),
                "value": {"text": section["heading"][lang], "level": "h2"},
            }
        )
        blocks.append(
            {
                "type": "paragraph",
                "id": demo.block_id(key, index, "text"),
                "value": demo.paragraphs_html(section["paragraphs"][lang]),
            }
        )
    return json.dumps(blocks)


def home_fields(lang):
    return {
        "title": {"fr": "Accueil", "en": "Home"}[lang],
        "hero_title": data.HOME["hero_title"][lang],
        "hero_intro": data.HOME["hero_intro"][lang],
        "summary": data.HOME["hero_intro"][lang],
        "body": home_body(lang),
    }


def ensure_home(log):
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale__language_code="fr", depth=2).first()
    if home is None:
        home = HomePage(slug="accueil", **home_fields("fr"))
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        old_root = site.root_page if site.pk else None
        site.hostname, site.port, site.site_name = "localhost", 80, "Hauts les jeunes"
        site.root_page = home
        site.save()
        # Wagtail's placeholder "Welcome" page is not part of the portal.
        if old_root and old_root.pk != home.pk and old_root.specific_class != HomePage:
            old_root.delete()
        log("Home page created.")
    demo.translate(home, {**home_fields("en"), "slug": "home"})
    return home


def ensure_standard_pages(home, log):
    for page_data in data.STANDARD_PAGES:
        slug = page_data["slug"]["fr"]
        page = demo.child_by_slug(home, slug)

        def fields(lang, page_data=page_data, slug=slug):
            return {
                "title": page_data["title"][lang],
                "intro": page_data["intro"][lang],
                "summary": page_data["intro"][lang],
                "body": sections_body(slug, page_data["sections"], lang),
            }

        if page is None:
            page = demo.add_child_page(
                home, StandardPage(slug=slug, show_in_menus=slug in MENU_PAGES, **fields("fr"))
            )
            log(f"Page created: {page.title}")
        demo.translate(page, {**fields("en"), "slug": page_data["slug"]["en"]})


def ensure_site_settings():
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    if not settings.footer_text_fr:
        settings.contact_email = data.SITE["contact_email"]
        settings.footer_text_fr = data.SITE["footer_text"]["fr"]
        settings.footer_text_en = data.SITE["footer_text"]["en"]
        settings.save()


def load(log):
    demo.ensure_locales()
    home = ensure_home(log)
    ensure_standard_pages(home, log)
    ensure_site_settings()
    ensure_contact_page(home, log)


# Contact page: (field type, required, {lang: (label, help text, choices)}).
CONTACT_FIELDS = [
    ("singleline", True, {"fr": ("Nom", "", ""), "en": ("Name", "", "")}),
    (
        "email",
        True,
        {
            "fr": ("Adresse e-mail", "Pour vous répondre, rien d’autre.", ""),
            "en": ("Email address", "To answer you, nothing else.", ""),
        },
    ),
    ("singleline", False, {"fr": ("Organisation", "", ""), "en": ("Organisation", "", "")}),
    (
        "dropdown",
        True,
        {
            "fr": (
                "Sujet",
                "",
                "Une question\nUn partenariat\nJe peux aider un projet\nPresse\nAutre",
            ),
            "en": ("Topic", "", "A question\nA partnership\nI can help a project\nPress\nOther"),
        },
    ),
    ("multiline", True, {"fr": ("Message", "", ""), "en": ("Message", "", "")}),
    (
        "checkbox",
        True,
        {
            "fr": (
                "J’accepte la politique de confidentialité",
                "Votre message et vos coordonnées servent seulement à vous répondre.",
                "",
            ),
            "en": (
                "I accept the privacy notice",
                "Your message and contact details are used only to answer you.",
                "",
            ),
        },
    ),
]
CONTACT_PAGE = {
    "title": {"fr": "Contact", "en": "Contact"},
    "intro": {
        "fr": "Une question, une idée, l’envie d’aider un projet ? Écrivez à l’équipe.",
        "en": "A question, an idea, a wish to help a project? Write to the team.",
    },
    "help_topic": {"fr": "Je peux aider un projet", "en": "I can help a project"},
    "thank_you_text": {
        "fr": "Merci ! L’équipe vous répond rapidement. Un accusé de réception vous est envoyé.",
        "en": "Thank you! The team will answer soon. An acknowledgement is on its way.",
    },
}


def ensure_contact_page(home, log):
    def fields(lang):
        values = {name: CONTACT_PAGE[name][lang] for name in CONTACT_PAGE}
        return {**values, "summary": values["intro"]}

    page = demo.child_by_slug(home, "contact")
    if page is None:
        page = ContactPage(slug="contact", show_in_menus=True, **fields("fr"))
        for field_type, required, texts in CONTACT_FIELDS:
            label, help_text, choices = texts["fr"]
            page.form_fields.add(
                ContactFormField(
                    label=label,
                    help_text=help_text,
                    choices=choices,
                    field_type=field_type,
                    required=required,
                )
            )
        page = demo.add_child_page(home, page)
        log(f"Page created: {page.title}")
    english = []
    for field, (_type, _required, texts) in zip(
        page.form_fields.all(), CONTACT_FIELDS, strict=True
    ):
        label, help_text, choices = texts["en"]
        english.append(
            ContactFormField(
                pk=field.pk,
                translation_key=field.translation_key,
                locale_id=field.locale_id,
                clean_name=field.clean_name,
                label=label,
                help_text=help_text,
                choices=choices,
                field_type=field.field_type,
                required=field.required,
                sort_order=field.sort_order,
            )
        )
    demo.translate(page, {**fields("en"), "slug": "contact", "form_fields": english})
