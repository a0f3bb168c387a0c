"""Storytelling blocks, defined once and used in every story body.

Each block renders through its own template in templates/blocks/ and carries a
description and a preview value so editors see what they are choosing.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        description = _("A heading that structures the story (read aloud by screen readers).")
        preview_value = {"text": "Nos défis", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        description = _("An image with alternative text, caption and credit.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = _("A quote with the name of who said it.")
        preview_value = {
            "quote": "J'ai appris à parler devant les autres.",
            "attribution": "Yacine, 19 ans",
        }


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("Number"), max_length=20)
    unit = blocks.CharBlock(label=_("Unit"), required=False, max_length=30)
    label = blocks.CharBlock(label=_("Label"), max_length=160)
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=160)

    class Meta:
        icon = "pick"


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1)

    class Meta:
        icon = "order"
        template = "blocks/key_figures.html"
        description = _("A few key figures, each with its unit, label and source.")
        preview_value = {
            "title": "Call & Care",
            "figures": [
                {"number": "2 873", "unit": "", "label": "personnes accompagnées", "source": ""},
                {"number": "42", "unit": "", "label": "entreprises engagées", "source": ""},
            ],
        }


class FiguresTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Caption"), max_length=250)
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(label=_("Text"))),
            ("number", blocks.CharBlock(label=_("Number"))),
        ],
        label=_("Table"),
    )
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=160)

    class Meta:
        icon = "table"
        template = "blocks/figures_table.html"
        description = _("A table of figures with a caption and column headings.")


class TimelineItemBlock(blocks.StructBlock):
    date = blocks.CharBlock(label=_("When"), max_length=60)
    title = blocks.CharBlock(label=_("What"), max_length=160)
    text = blocks.TextBlock(label=_("Details"), required=False)


class TimelineBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(TimelineItemBlock(), label=_("Moments"), min_num=1)

    class Meta:
        icon = "time"
        template = "blocks/timeline.html"
        description = _("Key moments in order.")


class GalleryImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(label=_("Alternative text"), max_length=250)
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    images = blocks.ListBlock(GalleryImageBlock(), label=_("Images"), min_num=1)

    class Meta:
        icon = "image"
        template = "blocks/gallery.html"
        description = _("A set of images shown as a grid.")


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
        icon = "link"
        template = "blocks/call_to_action.html"
        description = _("An invitation to act, with a button to a page or an address.")


class VideoLinkBlock(blocks.StructBlock):
    """A link to a video with a poster: no third-party player is embedded."""

    url = blocks.URLBlock(label=_("Video address"))
    title = blocks.CharBlock(label=_("Video title"), max_length=160)
    poster = ImageChooserBlock(label=_("Poster image"), required=False)
    poster_alt_text = blocks.CharBlock(label=_("Poster alternative text"), required=False)
    duration = blocks.CharBlock(label=_("Duration"), required=False, max_length=20)

    class Meta:
        icon = "media"
        template = "blocks/video_link.html"
        description = _("A link to a video hosted elsewhere, shown with a poster image.")


class StoryBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3"],
        template="blocks/paragraph.html",
        description=_("Formatted text."),
        icon="pilcrow",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    figures_table = FiguresTableBlock()
    timeline = TimelineBlock()
    gallery = GalleryBlock()
    call_to_action = CallToActionBlock()
    video_link = VideoLinkBlock()

    class Meta:
        block_counts = {}
