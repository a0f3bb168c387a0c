"""The community's news: dated articles, their index (filters by topic and territory) and
what the home page shows of them.

Links follow the stories' pattern: Orderable child models that wagtail-localize copies into
translations; links to pages are synchronised and resolved to the visitor's locale, in bulk,
through their translation key.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from community import charts, territory_map
from events.models import EventPage
from portal import listing
from portal.blocks import FiguresBlock, KeyFigureBlock, StoryBlock
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
        keys = list(
            dict.fromkeys(
                ArticleRelatedPage.objects.filter(page__translation_key=self.translation_key)
                .order_by("sort_order")
                .values_list("target__translation_key", flat=True)
            )
        )
        pages = {
            page.translation_key: page
            for page in Page.objects.live()
            .filter(locale_id=self.locale_id, translation_key__in=keys)
            .only("title", "url_path", "path", "depth", "locale_id", "translation_key")
        }
        return {"territories": territories, "related": [pages[k] for k in keys if k in pages]}


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
    subpage_types = []
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
            "news_index": NewsIndexPage.objects.live().filter(locale_id=self.locale_id).first(),
            "impact_page": ImpactPage.objects.live().filter(locale_id=self.locale_id).first(),
            "territory_slug": territory["slug"],
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
