"""Blocks that only the stories app uses: key figures and a translatable data table."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.blocks import KeyFigureBlock


class TableRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(blocks.CharBlock(label=_("Cell")), label=_("Cells"))

    class Meta:
        icon = "list-ul"


class DataTableBlock(blocks.StructBlock):
    """A table made of plain lists, so wagtail-localize offers every cell for translation
    (it skips the cells of TypedTableBlock)."""

    caption = blocks.CharBlock(label=_("Caption"), max_length=300)
    headers = blocks.ListBlock(blocks.CharBlock(label=_("Heading")), label=_("Column headings"))
    rows = blocks.ListBlock(TableRowBlock(), label=_("Rows"))
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=160)

    class Meta:
        icon = "table"
        template = "stories/blocks/data_table.html"
        description = _("A table of figures with a caption and column headings.")


class FiguresBlock(blocks.StreamBlock):
    figure = KeyFigureBlock(label=_("Key figure"))
    table = DataTableBlock(label=_("Table"))
