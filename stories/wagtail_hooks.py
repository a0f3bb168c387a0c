"""Admin: territories are translatable snippets editors manage themselves."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from stories.models import Territory


class TerritoryViewSet(SnippetViewSet):
    model = Territory
    icon = "site"
    menu_label = _("Territories")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "slug", "founding", "locale"]
    list_filter = ["founding", "locale"]
    search_fields = ["name"]


register_snippet(TerritoryViewSet)
