"""Giving, partners and the needs gathered from every project.

- `GivingPage`: why give, what a gift pays for (examples tied to projects), the French tax
  reduction explained by editors, the link to the payment provider (a site setting: the
  portal loads nothing from it) and, at `pledge/`, the pledge form of companies and
  foundations (giving/pledges/).
- `Partner` (snippet, translatable) and `PartnersPage`, grouped by kind; project pages show
  "Supported by" through the hook stories offers (wagtail_hooks.py).
- `HelpPage`: every open need across projects, filtered by kind and territory.

Links to pages (a gift's project, a partner's projects) are synchronised, not translated:
they are followed by translation key to the visitor's locale when shown.
"""

from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import urlencode

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from giving.newsletter.models import Subscription  # noqa: F401 - the app's models
from giving.pledges import views as pledge_views
from giving.pledges.models import Pledge  # noqa: F401 - the app's models live here too
from portal import chrome, images, listing
from portal.blocks import StoryBlock
from portal.models import PortalPage
from portal.pagination import paginate
from stories import contact as stories_contact
from stories.models import (
    NEED_KINDS,
    PROGRAMMES,
    ProjectPage,
    ProjectTerritory,
    open_needs,
    territory_options,
)

IMAGE = "wagtailimages.Image"
TAX_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


# Each page below is one of a site: a child of the home page (named, not imported).
HOME = ["home.HomePage"]


# Giving ---------------------------------------------------------------------------------


class GivingPage(RoutablePageMixin, PortalPage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(
        StoryBlock(),
        blank=True,
        verbose_name=_("why give"),
        help_text=_("Why a gift matters: stories, figures, quotes."),
    )
    individual_rate = models.PositiveSmallIntegerField(
        _("tax reduction for individuals (%)"),
        default=66,
        help_text=_("Used to show what each example of gift really costs a donor."),
    )
    individual_tax_text = RichTextField(
        _("tax reduction for individuals"), features=TAX_TEXT_FEATURES, blank=True
    )
    company_rate = models.PositiveSmallIntegerField(
        _("tax reduction for companies (%)"), default=60
    )
    company_tax_text = RichTextField(
        _("tax reduction for companies (mécénat)"), features=TAX_TEXT_FEATURES, blank=True
    )
    legal_references = RichTextField(
        _("legal references"),
        features=TAX_TEXT_FEATURES,
        blank=True,
        help_text=_("The articles of law the explanations above rely on."),
    )
    pledge_title = models.CharField(_("title"), max_length=160, blank=True)
    pledge_intro = models.TextField(
        _("text"),
        blank=True,
        help_text=_("Shown above the pledge form and on the giving page, where it leads."),
    )
    pledge_thank_you = models.TextField(
        _("thank-you text"), blank=True, help_text=_("Shown once a pledge is sent.")
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("gift_examples", label=_("What a gift pays for")),
        MultiFieldPanel(
            [
                FieldPanel("individual_rate"),
                FieldPanel("individual_tax_text"),
                FieldPanel("company_rate"),
                FieldPanel("company_tax_text"),
                FieldPanel("legal_references"),
            ],
            heading=_("Tax reduction"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("pledge_title"),
                FieldPanel("pledge_intro"),
                FieldPanel("pledge_thank_you"),
            ],
            heading=_("Pledges of companies and foundations"),
        ),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("individual_tax_text"),
        index.SearchField("company_tax_text"),
    ]
    override_translatable_fields = [
        SynchronizedField("individual_rate"),
        SynchronizedField("company_rate"),
    ]
    subpage_types = []
    parent_page_types = HOME
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("giving page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["examples"] = listing.lazy(lambda: self.examples())
        return context

    def examples(self):
        """The gift examples with what they cost after the tax reduction, and their project
        in this page's language: two queries."""
        examples = list(self.gift_examples.all())
        project_ids = [example.project_id for example in examples if example.project_id]
        keys = dict(
            ProjectPage.objects.filter(pk__in=project_ids).values_list("pk", "translation_key")
        )
        projects = {
            page.translation_key: page
            for page in listing.live(ProjectPage, self.locale_id)
            .filter(translation_key__in=keys.values())
            .only("title", "url_path", "path", "translation_key", "locale_id")
        }
        for example in examples:
            example.project_here = projects.get(keys.get(example.project_id))
            example.net_cost = net_cost(example.amount, self.individual_rate)
        return examples

    @path("pledge/", name="pledge")
    def pledge(self, request):
        return pledge_views.serve(self, request)


def net_cost(amount, rate):
    """What a gift costs after a tax reduction of `rate` percent, to the euro."""
    if amount is None:
        return None
    cost = Decimal(amount) * (100 - Decimal(rate)) / 100
    return cost.quantize(Decimal("1"), rounding=ROUND_HALF_UP)


class GiftExample(TranslatableMixin, Orderable):
    page = ParentalKey(GivingPage, related_name="gift_examples", on_delete=models.CASCADE)
    amount = models.PositiveIntegerField(_("amount (euros)"))
    description = models.CharField(
        _("what it pays for"),
        max_length=250,
        help_text=_("E.g. a week of remobilisation course for one pupil."),
    )
    project = models.ForeignKey(
        ProjectPage,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("amount"), FieldPanel("project")]),
        FieldPanel("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("example of gift")
        verbose_name_plural = _("examples of gifts")


# Partners -------------------------------------------------------------------------------


class PartnerKind(models.TextChoices):
    PUBLIC_BODY = "public-body", _("Public bodies")
    FOUNDATION = "foundation", _("Foundations")
    COMPANY = "company", _("Companies")
    ASSOCIATION = "association", _("Associations")
    UNIVERSITY = "university", _("Universities and schools")


class Partner(TranslatableMixin, index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices)
    logo = models.ForeignKey(
        IMAGE,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Its own logo, with the partner's permission. The name is its text."),
    )
    url = models.URLField(_("website"), blank=True)
    description = models.TextField(_("short description"), max_length=400, blank=True)
    since = models.PositiveSmallIntegerField(_("partner since (year)"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("since")]),
        FieldPanel("logo"),
        FieldPanel("url"),
        FieldPanel("description"),
        InlinePanel("programmes", label=_("Programmes it supports")),
        InlinePanel("projects", label=_("Projects it supports")),
    ]
    search_fields = [index.SearchField("name", boost=2), index.SearchField("description")]
    override_translatable_fields = [
        SynchronizedField("kind"),
        SynchronizedField("since"),
        SynchronizedField("url"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PartnerProgramme(TranslatableMixin, Orderable):
    partner = ParentalKey(Partner, related_name="programmes", on_delete=models.CASCADE)
    programme = models.CharField(_("programme"), max_length=20, choices=PROGRAMMES)

    panels = [FieldPanel("programme")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("programme")


class PartnerProject(TranslatableMixin, Orderable):
    """Points at the project in any language: resolved to the visitor's when shown."""

    partner = ParentalKey(Partner, related_name="projects", on_delete=models.CASCADE)
    project = models.ForeignKey(
        ProjectPage, verbose_name=_("project"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("project")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("project")


def partner_cards(locale_id):
    """The partners of one language with their logo's renditions: two queries."""
    partners = Partner.objects.filter(locale_id=locale_id).order_by("name")
    return images.with_renditions(partners, "logo", images.LOGO)


def supporting(project):
    """The partners that support a project (linked in any language), in its language."""
    links = PartnerProject.objects.filter(project__translation_key=project.translation_key)
    return partner_cards(project.locale_id).filter(
        translation_key__in=links.values("partner__translation_key")
    )


def by_kind(partners):
    """[(kind label, [partners])] in the order of PartnerKind, kinds without partners left out."""
    groups = {kind: [] for kind in PartnerKind.values}
    for partner in partners:
        groups[partner.kind].append(partner)
    return [(PartnerKind(kind), found) for kind, found in groups.items() if found]


class PartnersPage(PortalPage):
    intro = models.TextField(_("introduction"), blank=True)
    become_title = models.CharField(_("title"), max_length=160, blank=True)
    become_text = models.TextField(_("text"), blank=True)
    contact_topic = models.CharField(
        _("contact form topic"),
        max_length=255,
        blank=True,
        help_text=_(
            "The topic selected on the contact form opened by “Become a partner” (one of "
            "the topic field's choices, in this page's language)."
        ),
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("become_title"), FieldPanel("become_text"), FieldPanel("contact_topic")],
            heading=_("Become a partner"),
        ),
    ]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    subpage_types = []
    parent_page_types = HOME
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partners page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["groups"] = listing.lazy(lambda: by_kind(partner_cards(self.locale_id)))
        context["become_url"] = listing.lazy(lambda: become_partner_url(self, request))
        context["stories_version"] = listing.cache_version()
        return context


def become_partner_url(page, request):
    """The contact form of the page's language with the partnership topic chosen."""
    contact = stories_contact.contact_page(page.locale_id)
    if contact is None:
        return ""
    url = contact.get_url(request)
    return f"{url}?{urlencode({'topic': page.contact_topic})}" if page.contact_topic else url


# Needs, gathered ------------------------------------------------------------------------


class HelpPage(PortalPage):
    """ "How you can help": every open need of every live, public project."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    subpage_types = []
    parent_page_types = HOME
    max_count_per_parent = 1
    canonical_keeps_query = True  # filters and page number make distinct lists

    class Meta:
        verbose_name = _("“How you can help” page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        keys = ("needs", "territories", "selected", "filtered")
        context.update(listing.lazy_dict(lambda: self.gathered(request), keys))
        context["need_kinds"] = NEED_KINDS
        return context

    def gathered(self, request):
        territories = territory_options(self.locale_id)
        territory = listing.chosen(territories, request.GET.get("territory"))
        kind = request.GET.get("kind")
        kind = kind if kind in dict(NEED_KINDS) else None
        projects = chrome.public(listing.live(ProjectPage, self.locale_id))
        if territory:
            links = ProjectTerritory.objects.filter(
                territory__translation_key=territory.translation_key
            )
            projects = projects.filter(pk__in=links.values("page_id"))
        needs = (
            open_needs(self.locale_id)
            .filter(page__in=projects)
            .select_related("page")
            .only(
                "kind",
                "description",
                "translation_key",
                "page__title",
                "page__slug",
                "page__url_path",
                "page__path",
                "page__locale_id",
                "page__organisation",
            )
            .order_by("page__title", "sort_order")
        )
        if kind:
            needs = needs.filter(kind=kind)
        needs = paginate(request, needs, listing.PER_PAGE * 2)
        needs.object_list = stories_contact.help_links_for(
            list(needs.object_list), self.locale_id, request
        )
        return {
            "needs": needs,
            "territories": territories,
            "selected": {"territory": territory.slug if territory else "", "kind": kind or ""},
            "filtered": bool(territory or kind),
        }
