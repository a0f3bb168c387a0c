"""The home page and the standard pages (about, legal notice, privacy, accessibility)."""

from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField, AbstractFormSubmission
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from community.models import ImpactPage, check_sources
from home import contact, featured
from portal import listing
from portal.blocks import KeyFigureBlock, StoryBlock
from portal.models import PortalPage, framed_by_admin
from stories import impact


class HomePage(PortalPage):
    hero_title = models.CharField(_("hero title"), max_length=160)
    hero_intro = models.TextField(_("hero introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt_text = models.CharField(
        _("hero picture's alternative text"),
        max_length=255,
        blank=True,
        help_text=_("What the picture shows, in this page's language (else its description)."),
    )
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))
    impact_figures = StreamField(
        [("figure", KeyFigureBlock())],
        blank=True,
        verbose_name=_("impact figures"),
        help_text=_(
            "The home page adds up the projects' results itself: type a figure here only "
            "if no project reports it, with its source."
        ),
    )
    fundraising_title = models.CharField(_("title"), max_length=160, blank=True)
    fundraising_text = models.TextField(_("text"), blank=True)
    fundraising_button_label = models.CharField(_("button label"), max_length=60, blank=True)
    fundraising_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The fundraising evening. Without one, the donation address is used."),
    )

    @property
    def sharing_title(self):
        """Shared, the home page says what the portal is, not "Home"."""
        return self.seo_title or self.hero_title or self.title

    content_panels = PortalPage.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_intro"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt_text"),
        FieldPanel("impact_figures"),
        InlinePanel(
            "featured_challenges",
            heading=_("Featured challenges"),
            label=_("featured challenge"),
            help_text=_("Without any, the latest challenges are shown."),
        ),
        InlinePanel(
            "featured_projects",
            heading=_("Featured projects"),
            label=_("featured project"),
            help_text=_("Without any, the latest projects are shown."),
        ),
        InlinePanel(
            "featured_testimonials",
            heading=_("Featured testimonials"),
            label=_("featured testimonial"),
            help_text=_("Without any, the latest testimonials are shown."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("fundraising_title"),
                FieldPanel("fundraising_text"),
                FieldPanel("fundraising_button_label"),
                FieldPanel("fundraising_page"),
            ],
            heading=_("Call to the fundraising evening"),
        ),
        FieldPanel("body"),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("hero_intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def clean(self):
        super().clean()
        check_sources(self.impact_figures, "impact_figures")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(featured.home_sections(self, request))
        # "Our impact": computed from the projects' results (stories.impact), not typed.
        context["impact"] = listing.lazy(lambda: impact.impact(self.locale_id))
        context["impact_url"] = url = listing.lazy(lambda: self._impact_url(request))
        context["impact_sources_url"] = listing.lazy(lambda: f"{url}#impact-sources" if url else "")
        return context

    def _impact_url(self, request):
        page = ImpactPage.objects.live().filter(locale_id=self.locale_id).first()
        return page.get_url(request) if page else ""


class FeaturedItem(Orderable):
    """A page an editor puts forward on the home page. Page links are not translated:
    the page is shown in the visitor's language (see home.featured)."""

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        abstract = True


class FeaturedChallenge(FeaturedItem):
    home = ParentalKey(HomePage, related_name="featured_challenges", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "stories.ChallengePage",
        verbose_name=_("challenge"),
        on_delete=models.CASCADE,
        related_name="+",
    )


class FeaturedProject(FeaturedItem):
    home = ParentalKey(HomePage, related_name="featured_projects", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "stories.ProjectPage", verbose_name=_("project"), on_delete=models.CASCADE, related_name="+"
    )


class FeaturedTestimonial(FeaturedItem):
    home = ParentalKey(HomePage, related_name="featured_testimonials", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "stories.TestimonialPage",
        verbose_name=_("testimonial"),
        on_delete=models.CASCADE,
        related_name="+",
    )


class StandardPage(PortalPage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = PortalPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")


# Contact ---------------------------------------------------------------------------------


class ContactFormField(TranslatableMixin, AbstractFormField):
    """A field of the contact form: its label, help text and choices are translated."""

    page = ParentalKey("ContactPage", related_name="form_fields", on_delete=models.CASCADE)

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")


class ContactPage(AbstractForm, PortalPage):
    """Wagtail's form builder: editors choose the fields. Submissions are stored before
    any email is queued (home/contact.py); "I can help" links add a project and a need.

    Messages of every language go to one inbox (ContactSubmission, "Messages" in the
    admin) and are sent to one address: the site settings' contact email."""

    intro = models.TextField(_("introduction"), blank=True)
    thank_you_text = models.TextField(
        _("thank-you text"), blank=True, help_text=_("Shown once the message is sent.")
    )
    help_topic = models.CharField(
        _("“I can help” topic"),
        max_length=255,
        blank=True,
        help_text=_(
            "The topic choice selected when a visitor comes from a project's “I can help” "
            "link (it must be one of the topic field's choices)."
        ),
    )

    subject = models.CharField(
        _("subject"),
        max_length=255,
        blank=True,
        help_text=_(
            "Subject of the email the team receives. It is sent to the contact email of the "
            "site settings (Settings > Site settings), for every language."
        ),
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("form_fields", heading=_("Form fields"), label=_("form field")),
        FieldPanel("help_topic"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel([FieldPanel("subject")], heading=_("Notification email")),
    ]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")

    def get_form_fields(self):
        # Read once per request: the form, the topic and the emails all use them.
        if getattr(self, "_form_fields", None) is None:
            self._form_fields = list(super().get_form_fields())
        return self._form_fields

    def get_submission_class(self):
        return ContactSubmission

    def get_form_class(self):
        return contact.ContactFormBuilder(self.get_form_fields()).get_form_class()

    def get_data_fields(self):
        return super().get_data_fields() + list(contact.CONTEXT_FIELDS.items())

    def process_form_submission(self, form):
        return contact.store_and_notify(self, form)

    def serve(self, request, *args, **kwargs):
        return contact.serve(self, request, *args, **kwargs)

    # The form builder's own preview modes ("landing") bypass PortalPage.serve_preview.
    @framed_by_admin
    def serve_preview(self, request, mode_name):
        return super().serve_preview(request, mode_name)


class ContactSubmission(AbstractFormSubmission):
    """A message sent through the contact form, in any language: the one inbox, with a
    status the team keeps up to date ("Messages" in the admin)."""

    class Status(models.TextChoices):
        NEW = "new", pgettext_lazy("message status", "new")
        HANDLED = "handled", pgettext_lazy("message status", "handled")
        SPAM = "spam", pgettext_lazy("message status", "spam")

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    # Copied from the form's data when stored, for the list, its search and its exports.
    sender = models.CharField(_("from"), max_length=254, blank=True)
    text = models.TextField(_("message"), blank=True)
    note = models.TextField(
        _("team note"), blank=True, max_length=2000, help_text=_("Who answered, and how.")
    )

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["-submit_time", "-pk"]
        # The inbox, newest first, whole or filtered by status.
        indexes = [
            models.Index(fields=["-submit_time", "-id"], name="contact_received"),
            models.Index(fields=["status", "-submit_time", "-id"], name="contact_status_received"),
        ]

    def __str__(self):
        return self.sender or str(self.pk)

    @property
    def language(self):
        return self.page.locale.get_display_name()

    @property
    def excerpt(self):
        return Truncator(self.text).chars(120)
