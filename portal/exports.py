"""Admin exports (Wagtail's CSV and XLSX of a ModelViewSet's index) that a spreadsheet
opens safely and in the editor's language."""

import datetime
from decimal import Decimal

from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from wagtail.admin.views.generic import IndexView

# A text cell starting with one of these is a formula for Excel and LibreOffice.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV = IndexView.FORMAT_CSV
XLSX = IndexView.FORMAT_XLSX


def csv_text(value):
    """A CSV cell a spreadsheet shows as text, never runs (OWASP: CSV injection)."""
    return "'" + value if value.startswith(FORMULA_START) else value


def local_time(value):
    """A moment in the site's time zone (Paris), to the minute, as a spreadsheet shows it:
    never UTC with microseconds."""
    return timezone.localtime(value).replace(second=0, microsecond=0, tzinfo=None)


def csv_time(value):
    return f"{local_time(value):%Y-%m-%d %H:%M}"


def yes_no(value):
    return gettext("Yes") if value else gettext("No")


def csv_number(value):
    """A decimal written as the editor's language writes it (50,00 in French)."""
    return formats.number_format(value, decimal_pos=2)


class SafeExportIndexView(IndexView):
    """XLSX cells are typed (Wagtail writes text that looks like a formula as text); CSV
    has no types, hence csv_text. The CSV starts with a byte order mark, which Excel needs
    to read UTF-8, and its rows are written in the editor's language: times in Paris to the
    minute, yes or no rather than True or False, decimals with the language's separator
    (empty values stay empty, never "None"), and a choice by its label ("contacted"), never
    its stored value."""

    @property
    def custom_field_preprocess(self):
        fields = self.model._meta.fields
        return {field.name: readable(field.choices) for field in fields if field.choices}

    custom_value_preprocess = IndexView.custom_value_preprocess | {
        str: {CSV: csv_text},
        datetime.datetime: {CSV: csv_time, XLSX: local_time},
        bool: {CSV: yes_no, XLSX: yes_no},
        Decimal: {CSV: csv_number},
    }

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        rows = response.streaming_content
        # The rows are written after this view returns, outside the editor's language.
        language = translation.get_language()

        def with_bom_in_language():
            yield "\ufeff"
            with translation.override(language):
                yield from rows

        response.streaming_content = with_bom_in_language()
        return response


def readable(choices):
    """Export a choice field's label ("contacted"), never its stored value."""

    def label(value):
        return str(dict(choices).get(value, value))

    return {CSV: label, XLSX: label}
