"""The giving demo: the giving page, the partners the sources name (with typographic marks
drawn here, never their real logos), the partners page and the "How you can help" page,
built from the YAML files beside this module after the stories (partners and gift examples
point at projects). See portal/demo for how a load creates only what is missing."""

import colorsys
import hashlib
import io
import textwrap
import unicodedata

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from giving import factories, models
from portal import demo
from portal.demo.facts import Facts, Paragraphs, Slug, Text, TranslatedSlug, one_of
from stories.models import PROGRAMMES, ProjectPage

# What the YAML files hold ------------------------------------------------------------------


class GivingFacts(Facts):
    slug: TranslatedSlug
    title: Text
    intro: Text
    why: Paragraphs
    individual_tax_text: Text
    company_tax_text: Text
    legal_references: Text
    pledge_title: Text
    pledge_intro: Text


class Example(Facts):
    amount: int
    project: Slug | None = None
    description: Text


class Giving(Facts):
    page: GivingFacts
    examples: list[Example] = []


class PartnersPageFacts(Facts):
    slug: TranslatedSlug
    title: Text
    intro: Text
    become_title: Text
    become_text: Text
    contact_topic: Text


class PartnerFacts(Facts):
    key: Slug
    kind: one_of(models.PartnerKind.choices)
    since: int | None = None
    programmes: list[one_of(PROGRAMMES)] = []
    projects: list[Slug] = []
    name: Text
    description: Text


class Partners(Facts):
    page: PartnersPageFacts
    partners: list[PartnerFacts]


class HelpFacts(Facts):
    slug: TranslatedSlug
    title: Text
    intro: Text


class Help(Facts):
    page: HelpFacts


FACTS = {"giving.yaml": Giving, "partners.yaml": Partners, "help.yaml": Help}


# Building ------------------------------------------------------------------------------------


def build(loader, facts):
    home = demo.site_root()
    projects = {page.slug: page for page in ProjectPage.objects.filter(locale=demo.locale("fr"))}
    build_giving(loader, home, facts["giving.yaml"], projects)
    page = facts["partners.yaml"].page
    build_page(
        loader, home, "partners.yaml", page, factories.PartnersPageFactory, PARTNERS_PAGE_FIELDS
    )
    for item in facts["partners.yaml"].partners:
        build_partner(loader, item, projects)
    build_page(loader, home, "help.yaml", facts["help.yaml"].page, factories.HelpPageFactory, ())


PARTNERS_PAGE_FIELDS = ("become_title", "become_text", "contact_topic")


def build_page(loader, home, file, page, factory, extra_fields):
    def fields(language):
        values = {name: getattr(page, name)[language] for name in extra_fields}
        intro = page.intro[language]
        return {"title": page.title[language], "intro": intro, "summary": intro, **values}

    return loader.page(
        f"giving/demo/{file}#page",
        page,
        home,
        page.slug.fr,
        create=lambda: factory(parent=home, slug=page.slug.fr, **fields("fr")),
        english=lambda _page: {**fields("en"), "slug": page.slug.en},
    )


GIVING_TEXTS = (
    "individual_tax_text",
    "company_tax_text",
    "legal_references",
    "pledge_title",
    "pledge_intro",
)


def build_giving(loader, home, facts, projects):
    page = facts.page

    def fields(language):
        intro = page.intro[language]
        why = demo.paragraph_blocks("giving/why", page.why[language])
        return {
            "title": page.title[language],
            "intro": intro,
            "summary": intro,
            "body": demo.stream(why),
            **{name: getattr(page, name)[language] for name in GIVING_TEXTS},
        }

    def create():
        examples = [
            (example.amount, projects.get(example.project), example.description.fr)
            for example in facts.examples
        ]
        return factories.GivingPageFactory(
            parent=home, slug=page.slug.fr, gift_examples=examples, **fields("fr")
        )

    def english(giving):
        # Each French example is paired with the facts of the same amount and text.
        described = {(e.amount, e.description.fr): e.description.en for e in facts.examples}
        examples = [
            models.GiftExample(
                translation_key=example.translation_key,
                amount=example.amount,
                project_id=example.project_id,
                description=described.get(
                    (example.amount, example.description), example.description
                ),
            )
            for example in giving.gift_examples.all()
        ]
        return {**fields("en"), "slug": page.slug.en, "gift_examples": examples}

    return loader.page(
        "giving/demo/giving.yaml#page", page, home, page.slug.fr, create=create, english=english
    )


def build_partner(loader, item, projects):
    fr = demo.locale("fr")
    return loader.snippet(
        f"giving/demo/partners.yaml#{item.key}",
        item,
        find=lambda: models.Partner.objects.filter(name=item.name.fr, locale=fr).first(),
        create=lambda: factories.PartnerFactory(
            name=item.name.fr,
            kind=item.kind,
            since=item.since,
            description=item.description.fr,
            logo=logo(item.key, item.name.fr),
            locale=fr,
            programmes=item.programmes,
            # A project an editor deleted is left out.
            projects=[projects[slug] for slug in item.projects if projects.get(slug)],
        ),
        english=lambda _partner: {"name": item.name.en, "description": item.description.en},
    )


def logo(key, name):
    """A typographic mark drawn for the demo: the name, set in white on a colour."""
    Image = get_image_model()
    title = f"Marque de démonstration : {name}"
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    digest = hashlib.sha256(key.encode()).digest()
    red, green, blue = colorsys.hls_to_rgb(digest[0] / 255, 0.32, 0.45)
    picture = PILImage.new("RGB", (480, 240), (int(red * 255), int(green * 255), int(blue * 255)))
    draw = ImageDraw.Draw(picture)
    font, name = mark_font(name)
    lines = textwrap.wrap(name, width=18)[:3]
    top = (240 - 52 * len(lines)) / 2
    for number, line in enumerate(lines):
        left = (480 - draw.textlength(line, font=font)) / 2
        draw.text((left, top + 52 * number), line, fill="white", font=font)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = Image(title=title, file=ImageFile(buffer, name=f"partner-{key}.png"), description=name)
    image.save()
    return image


def mark_font(name):
    """DejaVu Sans Bold (Debian's fonts-dejavu-core) for the marks; without it, Pillow's
    own font, which has no accents: the name is then written without them."""
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf", 38), name
    except OSError:
        folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        return ImageFont.load_default(size=40), folded


STEPS = [(25, build)]
