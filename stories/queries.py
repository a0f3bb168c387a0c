"""How story pages are read: a fixed number of queries whatever the amount of content.

Page links (project -> challenge, testimonial -> project, featured pages) are synchronised
by wagtail-localize, so they may point at the French page: they are followed through the
translation key, in bulk, to the page in the visitor's locale.
"""

from django.utils.functional import SimpleLazyObject

from portal import images
from portal.pagination import paginate
from stories import models

PER_PAGE = 12
CARD_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "translation_key",
    "summary",
    "image_id",
)


def lazy(function):
    """Evaluated only when a template renders it: cached fragments skip the query."""
    return SimpleLazyObject(function)


def lazy_dict(function, keys):
    """Template variables read from one lazily computed dict."""
    values = SimpleLazyObject(function)
    return {key: lazy(lambda key=key: values[key]) for key in keys}


def cache_version():
    from portal import chrome

    return chrome.version()


def live(model, locale_id):
    return model.objects.live().filter(locale_id=locale_id)


def cards(model, locale_id, child_of=None, fields=CARD_FIELDS):
    queryset = live(model, locale_id).only(*fields)
    if child_of is not None:
        queryset = queryset.child_of(child_of)
    if "image_id" in fields:
        queryset = images.with_renditions(queryset, "image", images.CARD)
    return queryset.order_by("path")


def localized(page_id, model, locale_id):
    """The page in the given locale (or None), from the id of any of its translations."""
    if page_id is None:
        return None
    keys = model.objects.filter(pk=page_id).values("translation_key")
    return live(model, locale_id).filter(translation_key__in=keys).first()


def _chosen(options, value):
    return next((option for option in options if option.slug == value), None)


# Projects -------------------------------------------------------------------------------

PROJECT_CARD_FIELDS = CARD_FIELDS + ("organisation", "support", "places", "programme")


def project_cards(locale_id):
    return cards(models.ProjectPage, locale_id, fields=PROJECT_CARD_FIELDS)


def project_listing(index, request):
    keys = ("projects", "territories", "challenges", "selected", "filtered")
    return {
        **lazy_dict(lambda: _project_listing(index, request), keys),
        "support_kinds": models.SUPPORT_KINDS,
        "stories_version": cache_version(),
    }


def _project_listing(index, request):
    territories = list(
        models.Territory.objects.filter(locale_id=index.locale_id).only(
            "name", "slug", "translation_key"
        )
    )
    challenges = list(
        live(models.ChallengePage, index.locale_id)
        .only("title", "slug", "translation_key")
        .order_by("path")
    )
    territory = _chosen(territories, request.GET.get("territory"))
    challenge = _chosen(challenges, request.GET.get("challenge"))
    support = request.GET.get("support")
    support = support if support in dict(models.SUPPORT_KINDS) else None

    projects = project_cards(index.locale_id).child_of(index)
    if territory:
        projects = projects.filter(
            pk__in=models.ProjectTerritory.objects.filter(
                territory__translation_key=territory.translation_key
            ).values("page_id")
        )
    if challenge:
        projects = projects.filter(
            pk__in=models.ProjectChallenge.objects.filter(
                challenge__translation_key=challenge.translation_key
            ).values("page_id")
        )
    if support:
        projects = projects.filter(support=support)
    return {
        "projects": paginate(request, projects.order_by("title"), PER_PAGE),
        "territories": territories,
        "challenges": challenges,
        "selected": {
            "territory": territory.slug if territory else "",
            "challenge": challenge.slug if challenge else "",
            "support": support or "",
        },
        "filtered": bool(territory or challenge or support),
    }


def project_relations(project, request):
    keys = ("territories", "challenges", "testimonials", "neighbours", "needs")
    return {
        **lazy_dict(lambda: _project_relations(project, request), keys),
        "stories_version": cache_version(),
    }


def _project_relations(project, request):
    from stories.contact import help_links

    territory_links = list(project.territory_links.select_related("territory"))
    territories = [link.territory for link in territory_links]
    # Through the page's own relation: a subquery when published, the editor's draft
    # rows in a preview (a new page has no pk to filter on yet).
    challenge_keys = project.challenge_links.values_list("challenge__translation_key", flat=True)
    challenges = cards(
        models.ChallengePage, project.locale_id, fields=("title", "url_path", "path", "summary")
    ).filter(translation_key__in=challenge_keys)
    testimonials = testimonial_cards(project.locale_id).filter(
        project__translation_key=project.translation_key
    )
    neighbours = (
        project_cards(project.locale_id)
        .exclude(translation_key=project.translation_key)
        .filter(
            pk__in=models.ProjectTerritory.objects.filter(
                territory__translation_key__in=[t.translation_key for t in territories]
            ).values("page_id")
        )
        .order_by("title")[:3]
        if territories
        else []
    )
    needs = list(project.needs.all())
    return {
        "territories": territories,
        "challenges": challenges,
        "testimonials": testimonials,
        "neighbours": neighbours,
        "needs": help_links(project, needs, request),
    }


def projects_of_challenge(challenge):
    return project_cards(challenge.locale_id).filter(
        pk__in=models.ProjectChallenge.objects.filter(
            challenge__translation_key=challenge.translation_key
        ).values("page_id")
    )


# Testimonials ---------------------------------------------------------------------------

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


def testimonial_cards(locale_id):
    queryset = live(models.TestimonialPage, locale_id).only(*TESTIMONIAL_CARD_FIELDS)
    return images.with_renditions(queryset, "portrait", images.PORTRAIT_CARD).order_by("path")


def testimonial_listing(index, request):
    keys = ("testimonials", "territories", "selected", "filtered")
    return {
        **lazy_dict(lambda: _testimonial_listing(index, request), keys),
        "stories_version": cache_version(),
    }


def _testimonial_listing(index, request):
    territories = list(
        models.Territory.objects.filter(locale_id=index.locale_id).only(
            "name", "slug", "translation_key"
        )
    )
    territory = _chosen(territories, request.GET.get("territory"))
    testimonials = testimonial_cards(index.locale_id).child_of(index)
    if territory:
        testimonials = testimonials.filter(territory__translation_key=territory.translation_key)
    return {
        "testimonials": paginate(request, testimonials, PER_PAGE),
        "territories": territories,
        "selected": {"territory": territory.slug if territory else ""},
        "filtered": bool(territory),
    }
