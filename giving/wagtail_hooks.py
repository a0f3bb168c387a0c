"""Admin of giving (pledges, partners) and the "Supported by" section of project pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from giving.models import Partner, PartnerKind, supporting
from giving.newsletter.admin import SubscriptionViewSet
from giving.pledges.admin import PledgeViewSet
from portal import listing
from stories.models import PROJECT_SECTIONS_HOOK


@hooks.register("register_admin_viewset")
def register_pledge_viewset():
    return PledgeViewSet()


@hooks.register("register_admin_viewset")
def register_newsletter_viewset():
    return SubscriptionViewSet()


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["name", "kind", "since"]
    list_filter = {"kind": ["exact"], "locale": ["exact"]}
    search_fields = ["name", "description"]
    list_export = ["name", "kind", "since", "url", "description"]


register_snippet(PartnerViewSet)


@hooks.register(PROJECT_SECTIONS_HOOK)
def supported_by(project, request):
    """The partners that support a project, read only when the section is rendered."""
    return {
        "template": "giving/includes/supported_by.html",
        "partners": listing.lazy(lambda: list(supporting(project))),
        "partner_kinds": PartnerKind,
    }
