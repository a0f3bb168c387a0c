"""Territories, priority challenges, supported projects and youth testimonials.

Links between content are Orderable child models, not ManyToMany fields: wagtail-localize
copies child relations into translations (it skips ManyToMany fields). Links to pages are
synchronised, not translated, so they are resolved to the visitor's locale when rendered
(see portal.listing).
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField

from portal import images, listing
from portal.blocks import FiguresBlock, GalleryImageBlock, StoryBlock
from portal.models import PortalPage
from portal.pagination import paginate
from stories.contact import help_links

SUPPORT_KINDS = [("launch", _("Launch support")), ("spreading", _("Spreading support"))]
PROGRAMMES = [("call-and-care", "Call & Care"), ("fijem", "FIJeM")]
NEED_KINDS = [
    ("internship-hosts", _("Internship or immersion hosts")),
    ("co-funding", _("Co-funding")),
    ("mentors", _("Mentors")),
    ("job-offers", _("Job offers")),
    ("apprenticeships", _("Apprenticeships")),
    ("company-visits", _("Company visits")),
    ("premises", _("Premises")),
    ("volunteers", _("Volunteers")),
]

IMAGE = "wagtailimages.Image"


def alt_text_field():
    return models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, in this page's language (the image's own text otherwise)."
        ),
    )


def image_field(verbose_name, help_text=""):
    return models.ForeignKey(
        IMAGE,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


class Territory(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=120, help_text=_("Used in filter addresses, e.g. ?territory=littoral")
    )
    description = models.TextField(_("short description"), blank=True)
    founding = models.BooleanField(_("founding territory"), default=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("founding"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("description")]
    # The slug stays the same in every language, so a filter address is shareable.
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("territory")
        verbose_name_plural = _("territories")
        ordering = ["-founding", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_territory_slug_locale")
        ]

    def __str__(self):
        return self.name


class SpecificChildRouteMixin:
    """Index pages load their child's specific page in one query, not two, and hand
    themselves to it (as the `index` keyword of its serve(), through Wagtail's public
    RouteResult) so the child links to its index without reading it again. Pages further
    down (a programme's reports) are served as Wagtail routes them."""

    child_model = None

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        child = self.child_model.objects.child_of(self).filter(slug=path_components[0]).first()
        if child is None:
            raise Http404
        page, args, kwargs = child.route(request, path_components[1:])
        if page is not child:  # a page further down (a programme's report) has its own parent
            return RouteResult(page, args=args, kwargs=kwargs)
        return RouteResult(page, args=args, kwargs={**kwargs, "index": self})


class StoryIndexPage(SpecificChildRouteMixin, PortalPage):
    """The one index of challenges, projects or testimonials below the home page."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def listing(self, request):
        """The template variables of the list (read lazily: cached fragments skip them)."""
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request))
        return context


# Challenges -----------------------------------------------------------------------------


class ChallengeIndexPage(StoryIndexPage):
    subpage_types = ["stories.ChallengePage"]

    class Meta:
        verbose_name = _("challenge index")

    def listing(self, request):
        return {
            "challenges": listing.cards(ChallengePage, self.locale_id, child_of=self),
            "stories_version": listing.cache_version(),
        }


class ChallengePage(PortalPage):
    image = image_field(_("image"))
    image_alt_text = alt_text_field()
    story = StreamField(StoryBlock(), blank=True, verbose_name=_("story"))
    figures = StreamField(FiguresBlock(), blank=True, verbose_name=_("key figures"))

    content_panels = PortalPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("image_alt_text"),
        FieldPanel("story"),
        FieldPanel("figures"),
    ]
    promote_panels = [
        p for p in PortalPage.promote_panels if getattr(p, "field_name", "") != "summary"
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("story"),
        index.SearchField("figures"),
    ]
    parent_page_types = ["stories.ChallengeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        keys = ("projects", "all_projects_url")
        context.update(listing.lazy_dict(self._projects, keys))
        context["stories_version"] = listing.cache_version()
        return context

    def _projects(self):
        """The first projects answering the challenge; the rest are a link away (the
        project index filtered on it), so the page stays the same size at any scale."""
        projects = answering(project_cards(self.locale_id), [self.translation_key])
        projects = list(projects[: CHALLENGE_PROJECTS + 1])
        url = ""
        if len(projects) > CHALLENGE_PROJECTS:
            # A project's parent is the project index (parent_page_types): its URL without
            # a query, whatever the number of projects.
            index_url = projects[0].url.rstrip("/").rsplit("/", 1)[0] + "/"
            url = f"{index_url}?{urlencode({'challenge': self.slug})}"
        return {"projects": projects[:CHALLENGE_PROJECTS], "all_projects_url": url}


CHALLENGE_PROJECTS = 12


# Projects -------------------------------------------------------------------------------


class ProjectIndexPage(StoryIndexPage):
    subpage_types = ["stories.ProjectPage"]
    canonical_keeps_query = True  # filters and page number make distinct lists

    class Meta:
        verbose_name = _("project index")

    def listing(self, request):
        keys = ("projects", "territories", "challenges", "selected", "filtered", "extra_filters")
        return {
            **listing.lazy_dict(lambda: self._filtered_projects(request), keys),
            # The extra filters' values, for the key of the cached list (no query).
            "extra_filters_key": "|".join(
                str(request.GET.get(f.name, ""))[:80] for f in project_filters()
            ),
            "support_kinds": SUPPORT_KINDS,
            "stories_version": listing.cache_version(),
        }

    def _filtered_projects(self, request):
        territories = territory_options(self.locale_id)
        challenges = list(
            listing.live(ChallengePage, self.locale_id)
            .only("title", "slug", "translation_key")
            .order_by("path")
        )
        territory = listing.chosen(territories, request.GET.get("territory"))
        challenge = listing.chosen(challenges, request.GET.get("challenge"))
        support = request.GET.get("support")
        support = support if support in dict(SUPPORT_KINDS) else None

        projects = project_cards(self.locale_id).child_of(self)
        if territory:
            projects = in_territories(projects, [territory.translation_key])
        if challenge:
            projects = answering(projects, [challenge.translation_key])
        if support:
            projects = projects.filter(support=support)
        extra = []
        for project_filter in project_filters():
            options = project_filter.options(self.locale_id)
            option = listing.chosen(options, request.GET.get(project_filter.name))
            if option:
                projects = project_filter.apply(projects, option)
            extra.append(
                {
                    "filter": project_filter,
                    "options": options,
                    "selected": option.slug if option else "",
                }
            )
        return {
            "projects": paginate(request, projects.order_by("title"), listing.PER_PAGE),
            "territories": territories,
            "challenges": challenges,
            "selected": {
                "territory": territory.slug if territory else "",
                "challenge": challenge.slug if challenge else "",
                "support": support or "",
            },
            "extra_filters": extra,
            "filtered": bool(
                territory or challenge or support or any(f["selected"] for f in extra)
            ),
        }


class ProjectPage(PortalPage):
    organisation = models.CharField(_("organisation"), max_length=200)
    programme = models.CharField(_("programme"), max_length=20, choices=PROGRAMMES, blank=True)
    support = models.CharField(
        _("kind of support"), max_length=20, choices=SUPPORT_KINDS, blank=True
    )
    places = models.CharField(
        _("places"), max_length=250, blank=True, help_text=_("Towns and areas where it runs.")
    )
    people_reached = models.PositiveIntegerField(_("people reached"), null=True, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    image = image_field(_("image"), _("Shown at the top of the page and in listings."))
    image_alt_text = alt_text_field()
    story = StreamField(StoryBlock(), blank=True, verbose_name=_("story"))
    figures = StreamField(FiguresBlock(), blank=True, verbose_name=_("key figures"))
    gallery = StreamField([("image", GalleryImageBlock())], blank=True, verbose_name=_("gallery"))

    content_panels = PortalPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("programme"), FieldPanel("support")]),
        FieldPanel("places"),
        FieldRowPanel([FieldPanel("people_reached"), FieldPanel("start_date")]),
        InlinePanel("territory_links", heading=_("Territories"), label=_("territory"), min_num=1),
        InlinePanel("challenge_links", heading=_("Challenges"), label=_("challenge")),
        FieldPanel("image"),
        FieldPanel("image_alt_text"),
        FieldPanel("story"),
        FieldPanel("figures"),
        InlinePanel(
            "results",
            heading=_("Results that add up"),
            label=_("result"),
            help_text=_(
                "What the project counted, how many, when and according to whom: the impact "
                "page and the home page add these up."
            ),
        ),
        FieldPanel("gallery"),
        MultiFieldPanel([InlinePanel("needs", label=_("need"))], heading=_("Needs")),
    ]
    promote_panels = ChallengePage.promote_panels
    search_fields = PortalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("organisation", boost=2),
        index.SearchField("places"),
        index.SearchField("story"),
        index.SearchField("figures"),
        index.FilterField("support"),
        index.RelatedFields("needs", [index.SearchField("description")]),
    ]
    parent_page_types = ["stories.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def get_context(self, request, *args, index=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        keys = (
            "territories",
            "challenges",
            "testimonials",
            "neighbours",
            "needs",
            "met_needs",
            "results",
            "sections",
        )
        context.update(listing.lazy_dict(lambda: self._relations(request), keys))
        context["stories_version"] = listing.cache_version()
        # Served through the index, it came along; in a preview it is read when needed.
        context["index"] = index or listing.lazy(self.get_parent)
        return context

    def _needs(self):
        """The project's needs, and the translation keys of those met in any language: one
        query (in a preview, the editor's draft needs and one query for the met ones)."""
        needs = self.needs.all()
        if not isinstance(needs, models.QuerySet):
            needs = list(needs)
            return needs, met_need_keys([need.translation_key for need in needs])
        met_anywhere = ProjectNeed.objects.filter(
            translation_key=models.OuterRef("translation_key"), met_on__isnull=False
        )
        needs = list(needs.annotate(met_anywhere=models.Exists(met_anywhere)))
        return needs, {need.translation_key for need in needs if need.met_anywhere}

    def _relations(self, request):
        territories = [link.territory for link in self.territory_links.select_related("territory")]
        # Through the page's own relation: a subquery when published, the editor's draft
        # rows in a preview (a new page has no pk to filter on yet).
        challenge_keys = self.challenge_links.values_list("challenge__translation_key", flat=True)
        challenges = listing.cards(
            ChallengePage, self.locale_id, fields=("title", "url_path", "path", "summary")
        ).filter(translation_key__in=challenge_keys)
        testimonials = testimonial_cards(self.locale_id).filter(
            project__translation_key=self.translation_key
        )
        neighbours = []
        if territories:
            neighbours = in_territories(
                project_cards(self.locale_id).exclude(translation_key=self.translation_key),
                [territory.translation_key for territory in territories],
            ).order_by("title")[:3]
        return {
            "territories": territories,
            "challenges": challenges,
            "testimonials": testimonials,
            "neighbours": neighbours,
            **split_needs(self, *self._needs(), request),
            "results": list(self.results.all()),
            "sections": project_sections(self, request),
        }


class ProjectTerritory(TranslatableMixin, Orderable):
    """Translatable, so wagtail-localize points the translation at the translated territory."""

    page = ParentalKey(ProjectPage, related_name="territory_links", on_delete=models.CASCADE)
    territory = models.ForeignKey(
        Territory, verbose_name=_("territory"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("territory")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("territory")


class ProjectChallenge(TranslatableMixin, Orderable):
    """Points at the challenge in the source language: resolved to the locale when shown."""

    page = ParentalKey(ProjectPage, related_name="challenge_links", on_delete=models.CASCADE)
    challenge = models.ForeignKey(
        ChallengePage, verbose_name=_("challenge"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("challenge")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("challenge")


class ProjectNeed(TranslatableMixin, Orderable):
    page = ParentalKey(ProjectPage, related_name="needs", on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=30, choices=NEED_KINDS)
    description = models.TextField(_("description"))
    met_on = models.DateField(
        _("met on"),
        null=True,
        blank=True,
        help_text=_(
            "The day this need was met: it leaves the “How you can help” list and shows "
            "as met on the project, in every language."
        ),
    )

    panels = [FieldPanel("kind"), FieldPanel("description"), FieldPanel("met_on")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("need")
        verbose_name_plural = _("needs")

    def __str__(self):
        return self.get_kind_display()


# What a project counts: a small fixed vocabulary, so that figures add up. Only the first
# counts people reached (the impact page's headline); the others are totalled apart.
MEASURES = [
    ("young-people", _("Young people reached")),
    ("families", _("Families or households supported")),
    ("workshops", _("Workshops and sessions held")),
    ("contracts", _("Support contracts signed")),
    ("trained", _("People trained")),
    ("housed", _("Young people housed")),
    ("jobs", _("Young people into training or work")),
]
PEOPLE_REACHED = "young-people"


class ProjectFigure(TranslatableMixin, Orderable):
    """One counted result of a project. The number, the measure and the date are facts,
    shared by every translation (see portal.translation_sync); the detail and the source
    text are translated."""

    page = ParentalKey(ProjectPage, related_name="results", on_delete=models.CASCADE)
    measure = models.CharField(_("what was counted"), max_length=20, choices=MEASURES)
    value = models.PositiveIntegerField(_("how many"))
    year = models.PositiveSmallIntegerField(
        _("year"),
        help_text=_("The year the figure counts (the year of the date, if a date is given)."),
    )
    date = models.DateField(
        _("date"), null=True, blank=True, help_text=_("When it was counted, if known.")
    )
    detail = models.CharField(
        _("detail"),
        max_length=200,
        blank=True,
        help_text=_("What exactly was counted, in this page's language (optional)."),
    )
    source = models.CharField(
        _("source"),
        max_length=200,
        help_text=_("Who reported the figure, e.g. “FIJeM, year-1 review (June 2025)”."),
    )
    source_url = models.URLField(_("source address"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("measure"), FieldPanel("value")]),
        FieldRowPanel([FieldPanel("year"), FieldPanel("date")]),
        FieldPanel("detail"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("source_url")]),
    ]
    override_translatable_fields = [
        SynchronizedField("measure"),
        SynchronizedField("value"),
        SynchronizedField("year"),
        SynchronizedField("date"),
        SynchronizedField("source_url"),
    ]
    shares_facts = True  # numbers follow the original at once (portal.translation_sync)

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("result")
        verbose_name_plural = _("results")

    def clean(self):
        super().clean()
        if self.date and self.year and self.date.year != self.year:
            raise ValidationError({"year": _("The year must be the year of the date.")})

    def __str__(self):
        return f"{self.value} {self.get_measure_display()} ({self.year})"


# Testimonials ---------------------------------------------------------------------------


class TestimonialIndexPage(StoryIndexPage):
    subpage_types = ["stories.TestimonialPage"]
    canonical_keeps_query = True  # filters and page number make distinct lists

    class Meta:
        verbose_name = _("testimonial index")

    def listing(self, request):
        keys = ("testimonials", "territories", "selected", "filtered")
        return {
            **listing.lazy_dict(lambda: self._filtered_testimonials(request), keys),
            "stories_version": listing.cache_version(),
        }

    def _filtered_testimonials(self, request):
        territories = territory_options(self.locale_id)
        territory = listing.chosen(territories, request.GET.get("territory"))
        testimonials = testimonial_cards(self.locale_id).child_of(self)
        if territory:
            testimonials = testimonials.filter(territory__translation_key=territory.translation_key)
        return {
            "testimonials": paginate(request, testimonials, listing.PER_PAGE),
            "territories": territories,
            "selected": {"territory": territory.slug if territory else ""},
            "filtered": bool(territory),
        }


class TestimonialPage(PortalPage):
    first_name = models.CharField(_("first name"), max_length=60)
    age = models.PositiveSmallIntegerField(_("age"), null=True, blank=True)
    portrait = image_field(_("portrait"))
    portrait_alt_text = alt_text_field()
    portrait_consent = models.BooleanField(
        _("consent to show the portrait"),
        default=False,
        help_text=_("Without the person's consent (or a parent's), the portrait is never shown."),
    )
    quote = models.TextField(_("short quote"), max_length=400)
    story = StreamField(StoryBlock(), blank=True, verbose_name=_("story"))
    project = models.ForeignKey(
        ProjectPage,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="testimonials",
    )
    territory = models.ForeignKey(
        Territory,
        verbose_name=_("territory"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = PortalPage.content_panels + [
        FieldRowPanel([FieldPanel("first_name"), FieldPanel("age")]),
        MultiFieldPanel(
            [
                FieldPanel("portrait"),
                FieldPanel("portrait_alt_text"),
                FieldPanel("portrait_consent"),
            ],
            heading=_("Portrait"),
        ),
        FieldPanel("quote"),
        FieldPanel("summary"),
        FieldPanel("story"),
        FieldPanel("project"),
        FieldPanel("territory"),
    ]
    promote_panels = ChallengePage.promote_panels
    search_fields = PortalPage.search_fields + [
        index.SearchField("first_name", boost=2),
        index.SearchField("quote"),
        index.SearchField("summary"),
        index.SearchField("story"),
    ]
    parent_page_types = ["stories.TestimonialIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")

    @property
    def photo(self):
        """The portrait, only when its publication is consented to."""
        return self.portrait if self.portrait_consent else None

    @property
    def sharing_picture(self):
        return self.photo

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["project"] = listing.lazy(
            lambda: listing.localized(self.project_id, ProjectPage, self.locale_id)
        )
        context["stories_version"] = listing.cache_version()
        return context


ChallengeIndexPage.child_model = ChallengePage
ProjectIndexPage.child_model = ProjectPage
TestimonialIndexPage.child_model = TestimonialPage


# Cards and filters shared by the pages above and by the home page -----------------------

PROJECT_CARD_FIELDS = listing.CARD_FIELDS + ("organisation", "support", "places", "programme")
TESTIMONIAL_CARD_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "first_name",
    "age",
    "quote",
    "portrait_id",
    "portrait_consent",
)


def project_cards(locale_id):
    return listing.cards(ProjectPage, locale_id, fields=PROJECT_CARD_FIELDS)


def testimonial_cards(locale_id):
    queryset = listing.live(TestimonialPage, locale_id).only(*TESTIMONIAL_CARD_FIELDS)
    return images.with_renditions(queryset, "portrait", images.PORTRAIT_CARD).order_by("path")


def territory_options(locale_id):
    return list(
        Territory.objects.filter(locale_id=locale_id).only("name", "slug", "translation_key")
    )


def in_territories(projects, territory_keys):
    """Projects that run in one of these territories (by translation key)."""
    links = ProjectTerritory.objects.filter(territory__translation_key__in=territory_keys)
    return projects.filter(pk__in=links.values("page_id"))


def answering(projects, challenge_keys):
    """Projects that answer one of these challenges (by translation key)."""
    links = ProjectChallenge.objects.filter(challenge__translation_key__in=challenge_keys)
    return projects.filter(pk__in=links.values("page_id"))


def met_need_keys(translation_keys):
    """The needs met in any language (editors close a need on one translation): one query."""
    return set(
        ProjectNeed.objects.filter(translation_key__in=translation_keys, met_on__isnull=False)
        .values_list("translation_key", flat=True)
        .distinct()
    )


def open_needs(locale_id):
    """The needs still open, in one locale: none of their translations is met."""
    # NOT EXISTS (an anti-join), not NOT IN: PostgreSQL reads NOT IN row by row (0.3 s
    # a query at 4,000 needs).
    met = ProjectNeed.objects.filter(
        translation_key=OuterRef("translation_key"), met_on__isnull=False
    )
    return ProjectNeed.objects.filter(locale_id=locale_id).filter(~Exists(met))


def split_needs(project, needs, met, request):
    """A project's open needs with their "I can help" address, and its met needs (`met`: the
    translation keys of the needs met in any language)."""
    return {
        "needs": help_links(
            project, [n for n in needs if not n.met_on and n.translation_key not in met], request
        ),
        "met_needs": [n for n in needs if n.met_on or n.translation_key in met],
    }


# Sections that higher layers add to a project page (giving's "Supported by"). Through
# Wagtail's hooks, so stories imports none of them: each function registered under this
# name takes (project, request) and returns {"template": ..., **its context} or None.
PROJECT_SECTIONS_HOOK = "stories_project_sections"


def project_sections(project, request):
    sections = (hook(project, request) for hook in hooks.get_hooks(PROJECT_SECTIONS_HOOK))
    return [section for section in sections if section]


# Filters that higher layers add to the project index (community's "programme"), through
# Wagtail's hooks: each function registered under this name returns a ProjectFilter.
PROJECT_FILTERS_HOOK = "stories_project_filters"


@dataclass(frozen=True)
class ProjectFilter:
    name: str  # the query-string parameter
    label: str
    all_label: str
    # The choices in a locale (objects with `slug` and `title`), read in one query.
    options: Callable[[int], list]
    # (projects, the chosen option) -> the projects that match it.
    apply: Callable


def project_filters():
    return [hook() for hook in hooks.get_hooks(PROJECT_FILTERS_HOOK)]
