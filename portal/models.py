"""Site-wide models: the settings editors change and the base every public page shares."""

from csp.constants import SELF
from csp.decorators import csp_replace
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal import chrome, images
from portal.blocks import MenuExternalLinkBlock, MenuPageLinkBlock, SocialLinkBlock


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    contact_email = models.EmailField(
        _("contact email"),
        default="contact@hautslesjeunes.org",
        help_text=_(
            "Shown in the footer. The contact form's messages, in every language, are sent "
            "to this address (and kept in Messages)."
        ),
    )
    donation_url = models.URLField(_("donation page address"), blank=True)
    footer_text_fr = models.TextField(_("footer text (French)"), blank=True)
    footer_text_en = models.TextField(_("footer text (English)"), blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, verbose_name=_("social links")
    )
    # The legal notice's facts (French law: publisher, director of publication, host),
    # shown on the chosen page in each language. `check --deploy` warns while one is empty.
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The details below are shown on this page, in every language."),
    )
    publisher_address_fr = models.TextField(
        _("publisher's address (French)"),
        blank=True,
        max_length=500,
        help_text=_("Registered address and, where applicable, registration number."),
    )
    publisher_address_en = models.TextField(
        _("publisher's address (English)"), blank=True, max_length=500
    )
    publication_director_fr = models.CharField(
        _("director of publication (French)"),
        blank=True,
        max_length=200,
        help_text=_("Name and role."),
    )
    publication_director_en = models.CharField(
        _("director of publication (English)"), blank=True, max_length=200
    )
    host_fr = models.TextField(
        _("host (French)"),
        blank=True,
        max_length=500,
        help_text=_("Name, address and telephone number of the hosting provider."),
    )
    host_en = models.TextField(_("host (English)"), blank=True, max_length=500)

    LEGAL_FIELDS = ("publisher_address", "publication_director", "host")

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("donation_url"),
        MultiFieldPanel(
            [FieldPanel("footer_text_fr"), FieldPanel("footer_text_en")], heading=_("Footer")
        ),
        FieldPanel("social_links"),
        MultiFieldPanel(
            [
                PageChooserPanel("legal_notice_page"),
                FieldPanel("publisher_address_fr"),
                FieldPanel("publisher_address_en"),
                FieldPanel("publication_director_fr"),
                FieldPanel("publication_director_en"),
                FieldPanel("host_fr"),
                FieldPanel("host_en"),
            ],
            heading=_("Legal notice"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def _translated(self, name):
        language = (get_language() or "fr")[:2]
        return getattr(self, f"{name}_{language}", "") or getattr(self, f"{name}_fr")

    @property
    def footer_text(self):
        return self._translated("footer_text")

    @property
    def publisher_address(self):
        return self._translated("publisher_address")

    @property
    def publication_director(self):
        return self._translated("publication_director")

    @property
    def host(self):
        return self._translated("host")

    def missing_legal_details(self):
        """The names of the legal fields still empty, in either language."""
        return [
            f"{name}_{language}"
            for name in self.LEGAL_FIELDS
            for language in ("fr", "en")
            if not getattr(self, f"{name}_{language}").strip()
        ]


# Previews are shown in the admin's preview panel, a frame of the admin's own origin;
# published pages keep `frame-ancestors 'none'` (settings.CONTENT_SECURITY_POLICY).
def framed_by_admin(serve_preview):
    return xframe_options_sameorigin(csp_replace({"frame-ancestors": [SELF]})(serve_preview))


class PortalPage(Page):
    """Base of every public page: a sharing image and a listing summary."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown in listings, search results and link previews."),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social networks."),
    )

    promote_panels = Page.promote_panels + [FieldPanel("summary"), FieldPanel("social_image")]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @property
    def sharing_title(self):
        """The title networks show (og:title) and the sharing card draws."""
        return self.seo_title or self.title

    @property
    def sharing_picture(self):
        """The picture drawn on the page's sharing card (portal/sharing.py): its image."""
        return getattr(self, "image", None)

    # Stream fields whose images the page shows: their renditions come in one query.
    IMAGE_STREAMS = ("story", "body", "stakes", "gallery", "recap_gallery")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        found = [getattr(self, name, None) for name in ("image", "hero_image")]
        for name in self.IMAGE_STREAMS:
            found.extend(images.stream_images(getattr(self, name, None)))
        images.prefetch_renditions([image for image in found if isinstance(image, AbstractImage)])
        return context

    def get_view_restrictions(self):
        """Wagtail's check before serving a page, without its two queries for a page under
        no restriction (the restricted subtrees are kept with the site chrome)."""
        if self.alias_of_id is None and not chrome.is_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @framed_by_admin
    def serve_preview(self, request, mode_name):
        return super().serve_preview(request, mode_name)


# --- Menus (portal/chrome.py renders them) ------------------------------------------


class Menu(TranslatableMixin, models.Model):
    """The main menu or the footer menu of one language: labels, pages and other sites.

    Translated with wagtail-localize ("Translate" in the snippets' list): labels are
    translated, each page link follows to the page's translation. A language without its
    menu falls back to the pages ticked "show in menus" (main) and the other top-level
    pages (footer)."""

    class Slot(models.TextChoices):
        MAIN = "main", _("main menu")
        FOOTER = "footer", _("footer menu")

    # The header's menu wraps on a phone; beyond a dozen links nobody reads it.
    MAX_ITEMS = {Slot.MAIN: 12, Slot.FOOTER: 12}

    slot = models.CharField(_("menu"), max_length=10, choices=Slot.choices)
    items = StreamField(
        [("page", MenuPageLinkBlock()), ("external", MenuExternalLinkBlock())],
        blank=True,
        max_num=max(MAX_ITEMS.values()),
        verbose_name=_("links"),
        help_text=_("At most 12 links. A page link follows the page into each language."),
    )

    panels = [FieldPanel("slot"), FieldPanel("items")]
    translatable_fields = [SynchronizedField("slot"), TranslatableField("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("menu")
        verbose_name_plural = _("menus")
        ordering = ["slot", "locale_id"]
        constraints = [
            models.UniqueConstraint(fields=["slot", "locale"], name="portal_menu_one_per_locale")
        ]

    def __str__(self):
        return f"{self.get_slot_display()} ({self.locale.language_code})"

    def clean(self):
        super().clean()
        limit = self.MAX_ITEMS.get(self.slot)
        if limit is not None and len(self.items) > limit:
            raise ValidationError(
                {"items": _("This menu holds at most %(limit)d links.") % {"limit": limit}}
            )
        others = Menu.objects.filter(slot=self.slot, locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(
                {"slot": _("This language already has this menu: edit it instead.")}
            )


# --- Email outbox (portal/outbox.py) -------------------------------------------------


class OutboundEmail(models.Model):
    """One email the portal owes someone: stored before sending, retried until it goes."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    to = models.CharField(_("recipients"), max_length=1000, help_text=_("Comma-separated."))
    reply_to = models.CharField(_("reply to"), max_length=1000, blank=True)
    subject = models.CharField(_("subject"), max_length=255)
    text_body = models.TextField(_("text"), blank=True)
    html_body = models.TextField(_("HTML"), blank=True)
    # [{"filename": ..., "content": <base64>, "mimetype": ...}]
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    # An email owed before it is written: {"composer": "<dotted path>", "args": [...]}.
    # The outbox calls the composer once, stores subject and bodies, and clears this.
    recipe = models.JSONField(_("recipe"), null=True, blank=True, editable=False)
    language = models.CharField(_("language"), max_length=10, blank=True)
    related_label = models.CharField(_("about"), max_length=255, blank=True)
    related_url = models.CharField(_("about (address)"), max_length=500, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.subject} → {self.to}"

    @property
    def recipients(self):
        return [address.strip() for address in self.to.split(",") if address.strip()]


# --- The demo's record (portal/demo/loader.py) ----------------------------------------


class DemoRecord(models.Model):
    """Something the demo created, so that loading it again neither re-creates what an
    editor deleted nor changes what exists, and can say when its facts have moved on."""

    key = models.CharField(_("key"), max_length=255, unique=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    facts_hash = models.CharField(_("facts fingerprint"), max_length=64)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("demo record")
        verbose_name_plural = _("demo records")
        ordering = ["pk"]

    def __str__(self):
        return self.key
