"""StreamField blocks, defined once and used in every StreamField of the site.

Each block renders through its own template in templates/blocks/ and tells editors, in
their language, what it is: a label, a description and a preview value, shown by
Wagtail's block chooser (through templates/wagtailcore/shared/block_preview.html).

Text that translators translate is made of CharBlocks, TextBlocks and rich text, which
wagtail-localize extracts cell by cell (a table is lists of CharBlocks, not a
TypedTableBlock, whose cells it skips). Images use Wagtail's ImageBlock: its alt text is
translated with the rest, its "decorative" flag gives an empty alt.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock


def preview_image(alt_text):
    """An image of the library for a block's preview in the chooser (None if it is empty).

    The image's own alt text is replaced, as an ImageBlock does with the one typed in it."""
    image = get_image_model().objects.order_by("pk").first()
    if image is not None:
        image.contextual_alt_text = alt_text
        image.decorative = False
    return image


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        label = _("Heading")
        icon = "title"
        template = "blocks/heading.html"
        description = _("A heading that structures the story (read aloud by screen readers).")
        preview_value = {"text": "Prévenir le décrochage scolaire", "level": "h2"}


class StoryImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        label = _("Image")
        icon = "image"
        template = "blocks/image.html"
        description = _(
            "An image with its alternative text (or marked as decorative), caption and credit."
        )

    def get_preview_value(self):
        return self.normalize(
            {
                "image": preview_image("Des jeunes et leurs parrains autour d'une table"),
                "caption": "Atelier de découverte des métiers, Roubaix",
                "credit": "Hauts les jeunes",
            }
        )


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=160)

    class Meta:
        label = _("Quote")
        icon = "openquote"
        template = "blocks/quote.html"
        description = _("A quote with the name of who said it.")
        preview_value = {
            "quote": "Je me suis ouvert aux autres et je prends plus facilement la parole.",
            "attribution": "Yacine, 19 ans",
        }


KEY_FIGURE_PREVIEW = {
    "number": "2 873",
    "unit": "",
    "label": "personnes accompagnées",
    "source": "Call & Care, département du Nord",
}


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("Number"), max_length=20)
    unit = blocks.CharBlock(label=_("Unit"), required=False, max_length=30)
    label = blocks.CharBlock(label=_("Label"), max_length=160)
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=160)

    class Meta:
        label = _("Key figure")
        icon = "pick"
        # One list item: the templates that list figures put it in their <ul>.
        template = "blocks/key_figure.html"
        preview_template = "blocks/previews/key_figure.html"
        description = _("A number that counts, with its unit, what it counts and its source.")
        preview_value = KEY_FIGURE_PREVIEW


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1)

    class Meta:
        label = _("Key figures")
        icon = "order"
        template = "blocks/key_figures.html"
        description = _("A few key figures, each with its unit, label and source.")
        preview_value = {
            "title": "Call & Care",
            "figures": [
                KEY_FIGURE_PREVIEW,
                {"number": "42", "unit": "", "label": "entreprises engagées", "source": ""},
                {
                    "number": "1,302",
                    "unit": "M€",
                    "label": "de dons publics et privés",
                    "source": "",
                },
            ],
        }


class TableRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(blocks.CharBlock(label=_("Cell")), label=_("Cells"))

    class Meta:
        label = _("Row")
        icon = "list-ul"


class TableBlock(blocks.StructBlock):
    """The site's one table: a caption, column headings and rows of plain text cells.

    Made of lists of CharBlocks so that wagtail-localize offers the caption, every heading
    and every cell to translators. The first cell of a row heads its row."""

    caption = blocks.CharBlock(
        label=_("Caption"),
        max_length=300,
        help_text=_("What the table shows, read first by screen readers."),
    )
    headers = blocks.ListBlock(blocks.CharBlock(label=_("Heading")), label=_("Column headings"))
    rows = blocks.ListBlock(TableRowBlock(), label=_("Rows"))
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=160)

    class Meta:
        label = _("Table")
        icon = "table"
        template = "blocks/table.html"
        description = _(
            "A table of figures with a caption, column headings and an optional source; "
            "each cell is translated."
        )
        preview_value = {
            "caption": "Accroche-toi à ton avenir : jeunes rencontrés et accompagnés",
            "headers": ["Mission locale", "Jeunes rencontrés", "Contrats signés"],
            "rows": [
                {"cells": ["Ensemble des 9 missions locales", "202", "120"]},
                {"cells": ["Part des jeunes accompagnés", "", "59,41 %"]},
            ],
            "source": "FIJeM, bilan de l'année 1",
        }


class TimelineItemBlock(blocks.StructBlock):
    date = blocks.CharBlock(label=_("When"), max_length=60)
    title = blocks.CharBlock(label=_("What"), max_length=160)
    text = blocks.TextBlock(label=_("Details"), required=False)

    class Meta:
        label = _("Moment")


class TimelineBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(TimelineItemBlock(), label=_("Moments"), min_num=1)

    class Meta:
        label = _("Timeline")
        icon = "time"
        template = "blocks/timeline.html"
        description = _("Key moments in order.")
        preview_value = {
            "title": "Le premier cycle",
            "items": [
                {
                    "date": "21 mars 2024",
                    "title": "Lancement de Hauts les jeunes",
                    "text": "Les défis prioritaires sont définis ensemble.",
                },
                {"date": "Avril à juin 2024", "title": "Groupes de travail", "text": ""},
                {"date": "Novembre 2024", "title": "Premières subventions", "text": ""},
            ],
        }


class GalleryImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        label = _("Image")
        icon = "image"
        template = "blocks/gallery_image.html"
        preview_template = "blocks/previews/gallery_image.html"
        description = _("An image of the gallery, with its alternative text and caption.")

    def get_preview_value(self):
        return self.normalize(
            {"image": preview_image("Des jeunes sur un terrain de rugby"), "caption": ""}
        )


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    images = blocks.ListBlock(GalleryImageBlock(), label=_("Images"), min_num=1)

    class Meta:
        label = _("Gallery")
        icon = "image"
        template = "blocks/gallery.html"
        description = _("A set of images shown as a grid.")

    def get_preview_value(self):
        image = self.child_blocks["images"].child_block.get_preview_value()
        return self.normalize({"title": "En images", "images": [image, image, image]})


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": blocks.BlockValidationError(_("Choose a page or an address."))
                }
            )
        return value

    class Meta:
        label = _("Call to action")
        icon = "link"
        template = "blocks/call_to_action.html"
        description = _("An invitation to act, with a button to a page or an address.")
        preview_value = {
            "title": "Rejoignez la soirée de soutien",
            "text": "Une soirée ouverte à tous pour donner aux projets un élan durable.",
            "button_label": "Je m'inscris",
            "page": None,
            "url": "#",
        }


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site, a document or an address, with its label (a recap's
    reports and links). A page is shown in the visitor's language when translated."""

    label = blocks.CharBlock(label=_("Label"), max_length=160)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    document = DocumentChooserBlock(label=_("Or a document"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("page") or value.get("document") or value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": blocks.BlockValidationError(
                        _("Choose a page, a document or an address.")
                    )
                }
            )
        return value

    class Meta:
        label = _("Link")
        icon = "link"
        template = "blocks/link.html"
        description = _("A link to a page, a document (e.g. a report) or an address.")
        preview_value = {
            "label": "Le bilan de l'année 1 du FIJeM",
            "page": None,
            "document": None,
            "url": "#",
        }


class VideoLinkBlock(blocks.StructBlock):
    """A link to a video with a poster: no third-party player is embedded."""

    url = blocks.URLBlock(label=_("Video address"))
    title = blocks.CharBlock(label=_("Video title"), max_length=160)
    poster = ImageBlock(required=False, label=_("Poster image"))
    duration = blocks.CharBlock(label=_("Duration"), required=False, max_length=20)

    class Meta:
        label = _("Video link")
        icon = "media"
        template = "blocks/video_link.html"
        description = _("A link to a video hosted elsewhere, shown with a poster image.")

    def get_preview_value(self):
        return self.normalize(
            {
                "url": "#",
                "title": "Le bilan de la première année du FIJeM",
                "poster": preview_image("Salle de réunion pendant le bilan du FIJeM"),
                "duration": "3 min",
            }
        )


class StoryBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3"],
        template="blocks/paragraph.html",
        description=_("Formatted text: paragraphs, lists, links."),
        preview_value=(
            "<p>Hauts les jeunes réunit associations, entreprises et acteurs publics des "
            "Hauts-de-France autour de projets pour les jeunes de 13 à 30 ans.</p>"
        ),
        icon="pilcrow",
    )
    image = StoryImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    table = TableBlock()
    timeline = TimelineBlock()
    gallery = GalleryBlock()
    call_to_action = CallToActionBlock()
    video_link = VideoLinkBlock()


class FiguresBlock(blocks.StreamBlock):
    """The key figures of a challenge or a project: figures, and tables of figures."""

    figure = KeyFigureBlock()
    table = TableBlock()


SOCIAL_NETWORKS = [
    ("linkedin", "LinkedIn"),
    ("mastodon", "Mastodon"),
    ("bluesky", "Bluesky"),
    ("instagram", "Instagram"),
    ("facebook", "Facebook"),
    ("youtube", "YouTube"),
]


class SocialLinkValue(blocks.StructValue):
    def label(self):
        return dict(SOCIAL_NETWORKS).get(self["network"], self["network"])


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(choices=SOCIAL_NETWORKS, label=_("Network"))
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        label = _("Social network link")
        icon = "site"
        value_class = SocialLinkValue
        template = "blocks/social_link.html"
        preview_template = "blocks/previews/social_link.html"
        description = _("A link to the community's page on a social network, in the footer.")
        preview_value = {"network": "linkedin", "url": "#"}


# Menus (portal.models.Menu) -------------------------------------------------------------

MENU_LABEL_MAX = 60


class MenuPageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    label = blocks.CharBlock(
        label=_("Label"),
        required=False,
        max_length=MENU_LABEL_MAX,
        help_text=_("Leave empty to show the page's title."),
    )

    class Meta:
        label = _("Link to a page")
        icon = "doc-empty"
        description = _("A page of the site: its translation is shown in each language.")


class MenuExternalLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Address"))
    label = blocks.CharBlock(label=_("Label"), max_length=MENU_LABEL_MAX)

    class Meta:
        label = _("Link to another site")
        icon = "link-external"
        description = _("An address outside the site, with its label.")
