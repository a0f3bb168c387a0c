"""The search form: words, and filters by type, territory, dates and section that stay in
the URL (a GET form, no JavaScript). A filter that is not valid is ignored and said so."""

from django import forms
from django.core.cache import cache
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from portal import chrome, inputs
from search.documents import KINDS
from search.index import Filters
from stories.models import territory_options

MAX_QUERY_LENGTH = 200


def page_options():
    """The active locale and its territories (the territory filter's choices), from the
    shared cache under the site chrome's version (bumped when a territory or a locale
    changes: search/signals.py), not two queries per search."""
    key = f"search:options:{translation.get_language()}:{chrome.version()}"
    found = cache.get(key)
    if found is None:
        locale = Locale.get_active()
        found = (locale, territory_options(locale.pk))
        cache.set(key, found, chrome.TIMEOUT)
    return found


class SearchForm(forms.Form):
    q = forms.CharField(label=_("What are you looking for?"), required=False, strip=True)
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types"))] + [(key, plural) for key, (_s, plural, _m) in KINDS.items()],
    )
    territory = forms.ChoiceField(label=_("Territory"), required=False)
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    section = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)

    def __init__(self, data, locale, territories=None):
        super().__init__(data)
        self.locale = locale
        if territories is None:
            territories = territory_options(locale.pk)
        self.territories = {t.slug: t for t in territories}
        self.fields["territory"].choices = [("", _("All territories"))] + [
            (slug, territory.name) for slug, territory in self.territories.items()
        ]
        self.is_valid()

    def clean_q(self):
        # Longer queries are cut, not refused: people paste whole sentences. Control
        # characters never reach the backend.
        return inputs.text(self.cleaned_data["q"], MAX_QUERY_LENGTH)

    def clean_section(self):
        section_id = self.cleaned_data["section"]
        if section_id is None:
            return None
        # A section of another language, unpublished or unknown is ignored, not an error.
        pages = Page.objects.live().public().filter(locale=self.locale)
        return pages.only("title", "path", "depth", "url_path").filter(pk=section_id).first()

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date cannot be before the start date."))
        return data

    # The fields' HTML is written here, not by Django's widget templates: the search page
    # is the most requested page, and its six widgets (two lists of options) cost more to
    # render with templates than the rest of the page.

    def _raw(self, name):
        value = self.data.get(name)
        return "" if value is None else str(value)

    def _control(self, name):
        """The HTML of one field's control, as Django's widget would write it (with the
        error's description when the value is not valid)."""
        field, raw = self.fields[name], self._raw(name)
        control_id = f"id_{name}"
        invalid = (
            format_html(' aria-invalid="true" aria-describedby="{}-error"', control_id)
            if name in self.errors
            else ""
        )
        if isinstance(field, forms.ChoiceField):
            options = format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                (
                    (value, mark_safe(" selected") if str(value) == raw else "", label)
                    for value, label in field.choices
                ),
            )
            return format_html(
                '<select name="{}" id="{}"{}>{}</select>', name, control_id, invalid, options
            )
        input_type = "date" if isinstance(field, forms.DateField) else "text"
        value = format_html(' value="{}"', raw) if raw else ""
        return format_html(
            '<input type="{}" name="{}"{}{} id="{}">', input_type, name, value, invalid, control_id
        )

    def query_control(self):
        raw = self._raw("q")
        value = format_html(' value="{}"', raw) if raw else ""
        return format_html(
            '<input type="search" name="q"{} maxlength="{}" aria-describedby="search-help" '
            'id="id_q">',
            value,
            MAX_QUERY_LENGTH,
        )

    def section_control(self):
        raw = self._raw("section")
        value = format_html(' value="{}"', raw) if raw else ""
        return format_html('<input type="hidden" name="section"{} id="id_section">', value)

    def filter_controls(self):
        """The filters (type, territory, dates): label, control id, HTML and errors."""
        return [
            {
                "label": self.fields[name].label,
                "id": f"id_{name}",
                "html": self._control(name),
                "errors": " ".join(self.errors.get(name, [])),
            }
            for name in ("type", "territory", "date_from", "date_to")
        ]

    @property
    def query_text(self):
        return self.cleaned_data.get("q", "")

    def filters(self):
        data = self.cleaned_data
        territory = self.territories.get(data.get("territory") or "")
        return Filters(
            kind=data.get("type") or "",
            territory=str(territory.translation_key) if territory else "",
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            section=data.get("section"),
        )

    @property
    def filtered(self):
        data = self.cleaned_data
        return any(data.get(name) for name in ("territory", "date_from", "date_to"))
