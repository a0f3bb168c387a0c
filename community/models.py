"""The community's news: dated articles, their index (filters by topic and territory) and
what the home page shows of them.

Links follow the stories' pattern: Orderable child models that wagtail-localize copies into
translations; links to pages are synchronised and resolved to the visitor's locale, in bulk,
through their translation key.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from community import charts, territory_map
from community.calls import views as call_views
from community.calls.models import Application  # noqa: F401 - the app's models live here too
from events.models import EventPage
from portal import listing
from portal.blocks import FiguresBlock, KeyFigureBlock, QuoteBlock, StoryBlock
from portal.models import PortalPage
from portal.pagination import paginate
from stories import impact
from stories.models import (
    ProjectPage,
    ProjectTerritory,
    SpecificChildRouteMixin,
    Territory,
    in_territories,
    project_cards,
    territory_options,
    testimonial_cards,
)

TOPICS = [
    ("community", _("Community life")),
    ("programmes", _("Programmes and results")),
    ("public-policy", _("Public policy")),
    ("calls", _("Calls for projects")),
]
# The pages an article may point at (projects, challenges, events).
RELATED_PAGE_TYPES = ["stories.ProjectPage", "stories.ChallengePage", "events.EventPage"]
ARTICLE_CARD_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "translation_key",
    "summary",
    "date",
    "topic",
)
LATEST = 3


class NewsIndexPage(SpecificChildRouteMixin, PortalPage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["community.ArticlePage"]
    max_count_per_parent = 1
    canonical_keeps_query = True  # filters and page number make distinct lists

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        keys = ("articles", "territories", "selected", "filtered")
        context.update(listing.lazy_dict(lambda: self._filtered(request), keys))
        context["topics"] = TOPICS
        context["stories_version"] = listing.cache_version()
        return context

    def _filtered(self, request):
        territories = territory_options(self.locale_id)
        territory = listing.chosen(territories, request.GET.get("territory"))
        topic = request.GET.get("topic")
        topic = topic if topic in dict(TOPICS) else None
        articles = article_cards(self.locale_id).child_of(self)
        if territory:
            links = ArticleTerritory.objects.filter(
                territory__translation_key=territory.translation_key
            )
            articles = articles.filter(pk__in=links.values("page_id"))
        if topic:
            articles = articles.filter(topic=topic)
        return {
            "articles": paginate(request, articles, listing.PER_PAGE),
            "territories": territories,
            "selected": {"territory": territory.slug if territory else "", "topic": topic or ""},
            "filtered": bool(territory or topic),
        }


class ArticlePage(PortalPage):
    date = models.DateField(_("date"), help_text=_("The date the article is about or appeared."))
    topic = models.CharField(_("topic"), max_length=20, choices=TOPICS)
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = PortalPage.content_panels + [
        FieldPanel("date"),
        FieldPanel("topic"),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("territory_links", heading=_("Territories"), label=_("territory")),
        InlinePanel(
            "related_links",
            heading=_("Related projects, challenges and events"),
            label=_("related page"),
        ),
    ]
    promote_panels = [
        p for p in PortalPage.promote_panels if getattr(p, "field_name", "") != "summary"
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    override_translatable_fields = [SynchronizedField("date"), SynchronizedField("topic")]
    parent_page_types = ["community.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def get_context(self, request, *args, index=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.lazy_dict(self._relations, ("territories", "related")))
        context["index"] = index or listing.lazy(self.get_parent)
        return context

    def _relations(self):
        # The links of every translation of the article (one set of facts, whichever
        # translation holds the rows), shown in the visitor's locale: two queries.
        territory_keys = ArticleTerritory.objects.filter(
            page__translation_key=self.translation_key
        ).values("territory__translation_key")
        territories = list(
            Territory.objects.filter(locale_id=self.locale_id, translation_key__in=territory_keys)
        )
        rows = ArticleRelatedPage.objects.filter(page__translation_key=self.translation_key)
        # Each related page in the visitor's locale, in the editor's order (the first row
        # that names it, whichever translation holds the rows).
        order = rows.filter(target__translation_key=OuterRef("translation_key")).order_by(
            "sort_order"
        )
        related = (
            Page.objects.live()
            .filter(
                locale_id=self.locale_id,
                translation_key__in=rows.values("target__translation_key"),
            )
            .only("title", "url_path", "path", "depth", "locale_id", "translation_key")
            .annotate(order=Subquery(order.values("sort_order")[:1]))
            .order_by("order", "path")
        )
        return {"territories": territories, "related": list(related)}


class ArticleTerritory(TranslatableMixin, Orderable):
    """Translatable, so wagtail-localize points the translation at the translated territory."""

    page = ParentalKey(ArticlePage, related_name="territory_links", on_delete=models.CASCADE)
    territory = models.ForeignKey(
        Territory, verbose_name=_("territory"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("territory")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("territory")


class ArticleRelatedPage(TranslatableMixin, Orderable):
    """Points at the page in the source language: resolved to the locale when shown."""

    page = ParentalKey(ArticlePage, related_name="related_links", on_delete=models.CASCADE)
    target = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("target", RELATED_PAGE_TYPES)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("related page")


NewsIndexPage.child_model = ArticlePage


# Programmes -------------------------------------------------------------------------------


class ProgrammeIndexPage(SpecificChildRouteMixin, PortalPage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["community.ProgrammePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = listing.lazy(
            lambda: list(listing.cards(ProgrammePage, self.locale_id, child_of=self))
        )
        context["stories_version"] = listing.cache_version()
        return context


class ProgrammePage(PortalPage):
    """A programme (Call & Care, FIJeM): its facts and the projects editors attach to it."""

    funder = models.CharField(_("funded by"), max_length=200, blank=True)
    call_title = models.CharField(_("call for projects"), max_length=250, blank=True)
    launched = models.DateField(_("launched on"), null=True, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))
    figures = StreamField(FiguresBlock(), blank=True, verbose_name=_("key figures"))

    content_panels = PortalPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("funder"),
        FieldPanel("call_title"),
        FieldPanel("launched"),
        FieldPanel("figures"),
        FieldPanel("body"),
        InlinePanel("project_links", heading=_("Projects"), label=_("project")),
    ]
    promote_panels = ArticlePage.promote_panels
    search_fields = PortalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("call_title"),
        index.SearchField("body"),
    ]
    override_translatable_fields = [SynchronizedField("launched")]
    parent_page_types = ["community.ProgrammeIndexPage"]
    subpage_types = ["community.ReportPage", "community.CallForProjectsPage"]
    canonical_keeps_query = True  # the territory filter and page number make distinct lists

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def get_context(self, request, *args, index=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        keys = ("projects", "territories", "selected", "filtered")
        context.update(listing.lazy_dict(lambda: self._projects(request), keys))
        context["index"] = index or listing.lazy(self.get_parent)
        context["stories_version"] = listing.cache_version()
        context["reports"] = listing.lazy(lambda: list(report_cards(self.locale_id, self)))
        context["calls"] = listing.lazy(lambda: list(call_cards(self.locale_id, self)))
        context["today"] = timezone.localdate()
        return context

    def _projects(self, request):
        territories = territory_options(self.locale_id)
        territory = listing.chosen(territories, request.GET.get("territory"))
        # Through the page's own relation (a subquery), resolved to the visitor's locale.
        keys = self.project_links.values_list("project__translation_key", flat=True)
        projects = project_cards(self.locale_id).filter(translation_key__in=keys)
        if territory:
            projects = in_territories(projects, [territory.translation_key])
        return {
            "projects": paginate(request, projects.order_by("title"), listing.PER_PAGE),
            "territories": territories,
            "selected": {"territory": territory.slug if territory else ""},
            "filtered": bool(territory),
        }


class ProgrammeProject(TranslatableMixin, Orderable):
    """Points at the project in the source language: resolved to the locale when shown."""

    page = ParentalKey(ProgrammePage, related_name="project_links", on_delete=models.CASCADE)
    project = models.ForeignKey(
        ProjectPage, verbose_name=_("project"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("project")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("project")


ProgrammeIndexPage.child_model = ProgrammePage


# Reports ---------------------------------------------------------------------------------

RICH_TEXT = ["bold", "italic", "link", "document-link", "ul", "ol"]


class QuotesBlock(blocks.StreamBlock):
    quote = QuoteBlock()

    class Meta:
        max_num = 12


class ReportPage(PortalPage):
    """A programme's report for one year: its summary, key figures, one section per action
    (linking the project page), quotes and the report itself as a downloadable document.
    A child of its programme's page."""

    year = models.PositiveSmallIntegerField(
        _("year"), help_text=_("The year the report covers (its first year for a school year).")
    )
    period = models.CharField(
        _("period"), max_length=60, blank=True, help_text=_("As shown, e.g. 2024-2025.")
    )
    published = models.DateField(_("presented on"), null=True, blank=True)
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("presented at the event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The event page then links to this report."),
    )
    figures = StreamField(FiguresBlock(), blank=True, verbose_name=_("key figures"))
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))
    quotes = StreamField(QuotesBlock(), blank=True, verbose_name=_("quotes"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("report to download"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A PDF of the whole report."),
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("period"), FieldPanel("published")]),
        PageChooserPanel("event", "events.EventPage"),
        FieldPanel("document"),
        FieldPanel("figures"),
        FieldPanel("body"),
        InlinePanel("actions", heading=_("Actions"), label=_("action")),
        FieldPanel("quotes"),
    ]
    promote_panels = ArticlePage.promote_panels
    search_fields = PortalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("year"),
    ]
    override_translatable_fields = [
        SynchronizedField("year"),
        SynchronizedField("published"),
        SynchronizedField("event"),
    ]
    parent_page_types = ["community.ProgrammePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programme"] = listing.lazy(self.get_parent)
        context["report_actions"] = listing.lazy(self.action_sections)
        context["download"] = listing.lazy(lambda: self.document)
        return context

    def action_sections(self):
        """The actions with their project page in the visitor's locale: two queries."""
        actions = list(self.actions.all())
        ids = [action.project_id for action in actions if action.project_id]
        keys = dict(ProjectPage.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
        projects = {
            page.translation_key: page
            for page in listing.live(ProjectPage, self.locale_id)
            .filter(translation_key__in=keys.values())
            .only("title", "url_path", "path", "depth", "locale_id", "translation_key")
        }
        for action in actions:
            action.project_here = projects.get(keys.get(action.project_id))
        return actions


class ReportAction(TranslatableMixin, Orderable):
    """One action of the report: what was done and its results, linked to its project."""

    page = ParentalKey(ReportPage, related_name="actions", on_delete=models.CASCADE)
    title = models.CharField(_("action"), max_length=200)
    project = models.ForeignKey(
        ProjectPage,
        verbose_name=_("project page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    carriers = models.CharField(_("carried by"), max_length=250, blank=True)
    text = models.TextField(_("what was done"), blank=True)
    results = models.TextField(
        _("results"), blank=True, help_text=_("One result per line, with its figure.")
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("project"),
        FieldPanel("carriers"),
        FieldPanel("text"),
        FieldPanel("results"),
    ]
    override_translatable_fields = [SynchronizedField("project")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def result_lines(self):
        return [line.strip() for line in self.results.splitlines() if line.strip()]


# Calls for projects ----------------------------------------------------------------------


class FaqBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT)

    class Meta:
        label = _("Question and answer")
        icon = "help"
        template = "community/blocks/faq.html"


class FaqsBlock(blocks.StreamBlock):
    question = FaqBlock()


class CallForProjectsPage(RoutablePageMixin, PortalPage):
    """A call for projects of a programme: who can apply, criteria, calendar, documents, a
    FAQ and how to apply, with its application form at `apply/` (community/calls/)."""

    opens_on = models.DateField(_("applications open on"))
    closes_on = models.DateField(
        _("applications close on"), help_text=_("The last day to apply (midnight, Paris time).")
    )
    eligibility = RichTextField(_("who can apply"), features=RICH_TEXT)
    criteria = RichTextField(_("criteria"), features=RICH_TEXT)
    how_to_apply = RichTextField(_("how to apply"), features=RICH_TEXT, blank=True)
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("more about the call"))
    faq = StreamField(FaqsBlock(), blank=True, verbose_name=_("FAQ"))
    thank_you = models.TextField(
        _("thank-you text"), blank=True, help_text=_("Shown once an application is sent.")
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
        FieldPanel("eligibility"),
        FieldPanel("criteria"),
        InlinePanel("steps", heading=_("Calendar"), label=_("date")),
        InlinePanel("documents", heading=_("Documents to download"), label=_("document")),
        FieldPanel("how_to_apply"),
        FieldPanel("body"),
        FieldPanel("faq"),
        FieldPanel("thank_you"),
    ]
    promote_panels = ArticlePage.promote_panels
    search_fields = PortalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("eligibility"),
        index.SearchField("criteria"),
        index.SearchField("faq"),
        index.FilterField("closes_on"),
    ]
    override_translatable_fields = [SynchronizedField("opens_on"), SynchronizedField("closes_on")]
    parent_page_types = ["community.ProgrammePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("call for projects")
        verbose_name_plural = _("calls for projects")

    def clean(self):
        super().clean()
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("The call cannot close before it opens.")})

    def state(self, today=None):
        """ "upcoming", "open" or "closed", on the day in Paris."""
        today = today or timezone.localdate()
        if today < self.opens_on:
            return "upcoming"
        return "open" if today <= self.closes_on else "closed"

    @property
    def is_open(self):
        return self.state() == "open"

    @property
    def apply_url(self):
        return self.url + self.reverse_subpage("apply")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programme"] = listing.lazy(self.get_parent)
        context["calendar"] = listing.lazy(self.calendar)
        context["downloads"] = listing.lazy(lambda: list(self.documents.select_related("document")))
        return context

    def calendar(self):
        """The dates in order, with their event in the visitor's locale: two queries."""
        steps = list(self.steps.all())
        ids = [step.event_id for step in steps if step.event_id]
        keys = dict(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
        events = {
            page.translation_key: page
            for page in Page.objects.live()
            .filter(locale_id=self.locale_id, translation_key__in=keys.values())
            .only("title", "url_path", "path", "depth", "locale_id", "translation_key")
        }
        for step in steps:
            step.event_here = events.get(keys.get(step.event_id))
        return sorted(steps, key=lambda step: step.date)

    @path("apply/", name="apply")
    def apply(self, request):
        return call_views.serve(self, request)


class CallStep(TranslatableMixin, Orderable):
    page = ParentalKey(CallForProjectsPage, related_name="steps", on_delete=models.CASCADE)
    date = models.DateField(_("date"))
    label = models.CharField(_("what happens"), max_length=200)
    event = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("date"),
        FieldPanel("label"),
        PageChooserPanel("event", "events.EventPage"),
    ]
    override_translatable_fields = [SynchronizedField("date"), SynchronizedField("event")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("date")
        verbose_name_plural = _("calendar")


class CallDocument(TranslatableMixin, Orderable):
    page = ParentalKey(CallForProjectsPage, related_name="documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("The document's own title if empty.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]
    override_translatable_fields = [SynchronizedField("document")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


REPORT_CARD_FIELDS = listing.CARD_FIELDS[:-1] + ("year", "period")
CALL_CARD_FIELDS = listing.CARD_FIELDS[:-1] + ("opens_on", "closes_on")


def report_cards(locale_id, programme=None):
    """Live reports in one locale, newest year first (of one programme if given)."""
    reports = listing.live(ReportPage, locale_id).only(*REPORT_CARD_FIELDS)
    if programme is not None:
        reports = reports.child_of(programme)
    return reports.order_by("-year", "-pk")


def call_cards(locale_id, programme=None):
    """Live calls in one locale, the latest closing first (of one programme if given)."""
    calls = listing.live(CallForProjectsPage, locale_id).only(*CALL_CARD_FIELDS)
    if programme is not None:
        calls = calls.child_of(programme)
    return calls.order_by("-closes_on", "-pk")


def open_calls(locale_id, today=None):
    """The calls open or about to open, closing soonest first."""
    today = today or timezone.localdate()
    return call_cards(locale_id).filter(closes_on__gte=today).order_by("closes_on", "pk")


def reports_of_event(event):
    """The live reports presented at an event, in the event's locale."""
    keys = Page.objects.filter(translation_key=event.translation_key).values("pk")
    return list(report_cards(event.locale_id).filter(event_id__in=keys))


def article_cards(locale_id):
    """Live articles in one locale, newest first: the fields a card shows."""
    return listing.live(ArticlePage, locale_id).only(*ARTICLE_CARD_FIELDS).order_by("-date", "-pk")


def latest_articles(locale_id):
    return list(article_cards(locale_id)[:LATEST])


# Impact and territories ---------------------------------------------------------------------


class HandTypedFiguresBlock(blocks.StreamBlock):
    figure = KeyFigureBlock()


def check_sources(figures, field_name):
    """A hand-typed figure says where it comes from."""
    if any(not block.value.get("source") for block in figures or []):
        raise ValidationError(
            {field_name: _("Each hand-typed figure needs its source (who counted it, when).")}
        )


class ImpactPage(PortalPage):
    """The projects' results added up (stories.impact): totals, by territory, by challenge,
    per year, each figure linked to the project it comes from."""

    intro = models.TextField(_("introduction"), blank=True)
    hand_typed_figures = StreamField(
        HandTypedFiguresBlock(),
        blank=True,
        verbose_name=_("hand-typed figures"),
        help_text=_(
            "Figures no project reports (a programme's, a study's): each one shows its source."
        ),
    )
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = PortalPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hand_typed_figures"),
        FieldPanel("body"),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    canonical_keeps_query = True  # the page number of the sources makes distinct lists

    class Meta:
        verbose_name = _("impact page")

    def clean(self):
        super().clean()
        check_sources(self.hand_typed_figures, "hand_typed_figures")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        keys = ("impact", "charts", "territory_urls", "contributions")
        context.update(listing.lazy_dict(lambda: self._impact(request), keys))
        context["stories_version"] = listing.cache_version()
        return context

    def _impact(self, request):
        totals = impact.impact(self.locale_id)
        urls = territory_urls(self.locale_id)
        for row in totals.by_territory:
            row.url = urls.get(row.key, "")
        return {
            "impact": totals,
            "charts": charts.impact_charts(totals),
            "territory_urls": urls,
            "contributions": paginate(request, totals.contributions, CONTRIBUTIONS_PER_PAGE),
        }


CONTRIBUTIONS_PER_PAGE = 20


class TerritoryIndexPage(SpecificChildRouteMixin, PortalPage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["community.TerritoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("territory index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["map"] = listing.lazy(
            lambda: territory_map.territory_map(self.locale_id, territory_urls(self.locale_id))
        )
        context["stories_version"] = listing.cache_version()
        return context


class TerritoryPage(PortalPage):
    """A territory (a `Territory` of the stories): what is at stake there, its projects,
    testimonials, events, news and figures, and where it lies on the map."""

    territory = models.ForeignKey(
        Territory, verbose_name=_("territory"), on_delete=models.PROTECT, related_name="+"
    )
    stakes = StreamField(StoryBlock(), blank=True, verbose_name=_("what is at stake"))

    content_panels = PortalPage.content_panels + [
        FieldPanel("territory"),
        FieldPanel("summary"),
        FieldPanel("stakes"),
    ]
    promote_panels = ArticlePage.promote_panels
    search_fields = PortalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("stakes"),
    ]
    parent_page_types = ["community.TerritoryIndexPage"]
    subpage_types = []
    canonical_keeps_query = True  # the page number of the projects makes distinct lists

    class Meta:
        verbose_name = _("territory page")
        verbose_name_plural = _("territory pages")

    def get_context(self, request, *args, index=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        keys = (
            "projects",
            "testimonials",
            "events",
            "articles",
            "impact",
            "map",
            "news_index",
            "impact_page",
            "territory_slug",
        )
        context.update(listing.lazy_dict(lambda: self._sections(request), keys))
        context["index"] = index or listing.lazy(self.get_parent)
        context["stories_version"] = listing.cache_version()
        return context

    def _sections(self, request):
        territory = Territory.objects.filter(pk=self.territory_id).values("translation_key", "slug")
        territory = territory.get()
        key = territory["translation_key"]
        projects = in_territories(project_cards(self.locale_id), [key])
        project_keys = ProjectTerritory.objects.filter(territory__translation_key=key).values(
            "page__translation_key"
        )
        testimonials = testimonial_cards(self.locale_id).filter(
            Q(territory__translation_key=key) | Q(project__translation_key__in=project_keys)
        )[:TERRITORY_LATEST]
        events = list(
            EventPage.objects.visible()
            .filter(locale_id=self.locale_id, territory__translation_key=key)
            .upcoming()
            .for_listing()[:TERRITORY_LATEST]
        )
        return {
            "projects": paginate(request, projects.order_by("title"), listing.PER_PAGE),
            "testimonials": list(testimonials),
            "events": events,
            "articles": articles_about(self.locale_id, [key])[:TERRITORY_LATEST],
            "impact": impact.impact(self.locale_id, key),
            "map": territory_map.territory_map(
                self.locale_id, territory_urls(self.locale_id), current=key
            ),
            "territory_slug": territory["slug"],
            **self._links_onward(),
        }

    def _links_onward(self):
        """The news and impact pages of this language, in one query (plain pages: only
        their addresses are shown)."""
        found = {}
        pages = Page.objects.live().filter(locale_id=self.locale_id).order_by("path")
        for page in pages.type(NewsIndexPage, ImpactPage):
            found.setdefault(page.content_type_id, page)
        return {
            "news_index": found.get(ContentType.objects.get_for_model(NewsIndexPage).pk),
            "impact_page": found.get(ContentType.objects.get_for_model(ImpactPage).pk),
        }


TERRITORY_LATEST = 3
TerritoryIndexPage.child_model = TerritoryPage


def articles_about(locale_id, territory_keys=(), page_keys=()):
    """The latest articles (newest first) about these territories or these pages."""
    links = Q()
    if territory_keys:
        links |= Q(
            translation_key__in=ArticleTerritory.objects.filter(
                territory__translation_key__in=territory_keys
            ).values("page__translation_key")
        )
    if page_keys:
        links |= Q(
            translation_key__in=ArticleRelatedPage.objects.filter(
                target__translation_key__in=page_keys
            ).values("page__translation_key")
        )
    return article_cards(locale_id).filter(links)


def territory_urls(locale_id):
    """The address of each territory's page, by the territory's translation key: one query."""
    pages = listing.live(TerritoryPage, locale_id).only(
        "url_path", "path", "depth", "locale_id", "territory_id"
    )
    pages = pages.annotate(territory_key=models.F("territory__translation_key"))
    return {page.territory_key: page.get_url() for page in pages}
