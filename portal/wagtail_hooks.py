"""Admin for the email outbox: editors see what was sent, what waits, what failed, and resend."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem as AdminMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import DraftStateMixin, TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal import explorer, outbox, translation_status, translation_sync
from portal.models import Menu, OutboundEmail


class OutboxPermissionPolicy(ModelPermissionPolicy):
    """Emails come from the portal itself: editors may fix and resend them, not write new ones."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(OutboundEmail, OutboxPermissionPolicy(OutboundEmail))


class OutboxIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            buttons.append(
                MenuItem(_("Resend"), url=_resend_url(instance), icon_name="mail", priority=15)
            )
        return buttons


class OutboxInspectView(InspectView):
    def get_header_buttons(self):
        buttons = super().get_header_buttons()
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            buttons.append(
                HeaderButton(_("Resend"), url=_resend_url(self.object), icon_name="mail")
            )
        return buttons


class ResendView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation, POST queues the email again."""

    template_name = "portal/admin/resend_email.html"
    page_title = _("Resend email")
    header_icon = "mail"

    def dispatch(self, request, pk):
        if not OutboxPermissionPolicy(OutboundEmail).user_has_permission(request.user, "change"):
            raise PermissionDenied
        self.object = get_object_or_404(OutboundEmail, pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.object.subject

    def get_context_data(self, **kwargs):
        return super().get_context_data(object=self.object, index_url=_index_url(), **kwargs)

    def post(self, request, pk):
        outbox.resend(self.object)
        messages.success(
            request, _("The email to %(to)s was queued again.") % {"to": self.object.to}
        )
        return redirect(_index_url())


def _index_url():
    return reverse("outbound_email:index")


def _resend_url(instance):
    return reverse("outbound_email:resend", args=[instance.pk])


class OutboxViewSet(ModelViewSet):
    model = OutboundEmail
    name = "outbound_email"
    icon = "mail"
    menu_label = _("Outgoing emails")
    add_to_settings_menu = True
    index_view_class = OutboxIndexView
    inspect_view_class = OutboxInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["subject", "to", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status"]
    search_fields = ["to", "subject"]
    # Editors may only correct the addresses before resending.
    form_fields = ["to", "reply_to"]
    inspect_view_fields = [
        "to",
        "reply_to",
        "subject",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "next_attempt_at",
        "sent_at",
        "language",
        "related_label",
        "related_url",
        "text_body",
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("resend/<int:pk>/", ResendView.as_view(), name="resend"),
        ]


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return OutboxViewSet()


# Translations out of date (portal/translation_status.py) ------------------------------


class StaleTranslationsView(WagtailAdminTemplateMixin, TemplateView):
    """Report: every translation whose source changed since it was last saved."""

    template_name = "portal/admin/stale_translations.html"
    page_title = _("Translations to update")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtail_localize.submit_translation"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        rows = translation_status.rows(translation_status.stale_translations()[:200])
        return super().get_context_data(rows=rows, **kwargs)


class StaleTranslationsPanel(Component):
    """Dashboard: the first translations to update, with a link to the report."""

    name = "stale_translations"
    template_name = "portal/admin/stale_translations_panel.html"
    order = 160
    shown = 8

    def get_context_data(self, parent_context):
        stale = translation_status.stale_translations()
        return {
            "rows": translation_status.rows(stale[: self.shown]),
            "count": stale.count(),
            "report_url": reverse("stale_translations"),
        }


@hooks.register("register_admin_urls")
def register_stale_translations_url():
    return [
        path(
            "reports/stale-translations/",
            StaleTranslationsView.as_view(),
            name="stale_translations",
        )
    ]


class StaleTranslationsMenuItem(AdminMenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_reports_menu_item")
def register_stale_translations_menu_item():
    return StaleTranslationsMenuItem(
        _("Translations to update"),
        reverse("stale_translations"),
        name="stale-translations",
        icon_name="site",
        order=9010,
    )


@hooks.register("construct_homepage_panels")
def add_stale_translations_panel(request, panels):
    if request.user.has_perm("wagtail_localize.submit_translation"):
        panels.append(StaleTranslationsPanel())


@hooks.register("after_edit_snippet")
def share_snippet_facts(request, instance):
    # Translatable snippets without drafts (territories) are never published: their
    # facts are shared when the original is saved (no snippet here has drafts).
    if isinstance(instance, TranslatableMixin) and not isinstance(instance, DraftStateMixin):
        translation_sync.sync_snippet_translations(instance)


# Menus (portal.models.Menu, rendered by portal/chrome.py) -----------------------------


class MenuViewSet(SnippetViewSet):
    model = Menu
    icon = "list-ul"
    menu_label = _("Menus")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["slot", "locale"]
    list_filter = ["slot"]
    copy_view_enabled = False


register_snippet(MenuViewSet)


# The explorer's rows: wagtail-localize's buttons from annotations, no query per row.
explorer.install()
