"""Admin exports (Wagtail's CSV and XLSX of a ModelViewSet's index) that a spreadsheet
opens safely and in the editor's language."""

from django.utils import translation
from wagtail.admin.views.generic import IndexView

# A text cell starting with one of these is a formula for Excel and LibreOffice.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV = IndexView.FORMAT_CSV
XLSX = IndexView.FORMAT_XLSX


def csv_text(value):
    """A CSV cell a spreadsheet shows as text, never runs (OWASP: CSV injection)."""
    return "'" + value if value.startswith(FORMULA_START) else value


class SafeExportIndexView(IndexView):
    """XLSX cells are typed (Wagtail writes text that looks like a formula as text); CSV
    has no types, hence csv_text. The CSV starts with a byte order mark, which Excel needs
    to read UTF-8, and its rows are written in the editor's language."""

    custom_value_preprocess = IndexView.custom_value_preprocess | {str: {CSV: csv_text}}

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
