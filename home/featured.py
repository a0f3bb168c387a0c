"""What the home page shows of the stories: the pages editors feature, in the visitor's
language, or the latest ones when none are chosen. Six queries, however much content."""

from django.db.models import CharField, Value
from wagtail.models import Page

from portal import images as portal_images
from portal import listing
from portal.models import SiteSettings
from stories import models

HOW_MANY = 3


def _featured_keys(home):
    """The translation keys of the featured pages, in editors' order, in one query."""

    def rows(relation, kind):
        # The saved rows (a preview's unsaved ones are in memory and cannot be unioned).
        return (
            relation.model.objects.filter(home=home)
            .order_by()
            .annotate(kind=Value(kind, output_field=CharField()))
            .values_list("kind", "sort_order", "page__translation_key")
        )

    union = rows(home.featured_challenges, "challenges").union(
        rows(home.featured_projects, "projects"),
        rows(home.featured_testimonials, "testimonials"),
        all=True,
    )
    keys = {"challenges": [], "projects": [], "testimonials": []}
    for kind, _order, key in sorted(union, key=lambda row: (row[0], row[1] or 0)):
        keys[kind].append(key)
    return keys


def _pick(queryset, keys):
    if keys:
        pages = {page.translation_key: page for page in queryset.filter(translation_key__in=keys)}
        return [pages[key] for key in keys if key in pages]
    return list(queryset.order_by("-first_published_at")[:HOW_MANY])


def home_sections(home, request):
    names = ("featured_challenges", "featured_projects", "featured_testimonials", "fundraising_url")
    return {
        **listing.lazy_dict(lambda: _home_sections(home, request), names),
        "stories_version": listing.cache_version(),
    }


def _home_sections(home, request):
    keys = _featured_keys(home)
    locale = home.locale_id
    challenges = _pick(
        listing.live(models.ChallengePage, locale).only(*listing.CARD_FIELDS),
        keys["challenges"],
    )
    projects = _pick(
        listing.live(models.ProjectPage, locale).only(*models.PROJECT_CARD_FIELDS),
        keys["projects"],
    )
    testimonials = _pick(
        listing.live(models.TestimonialPage, locale).only(*models.TESTIMONIAL_CARD_FIELDS),
        keys["testimonials"],
    )
    _attach_images(challenges + projects, testimonials)
    return {
        "featured_challenges": challenges,
        "featured_projects": projects,
        "featured_testimonials": testimonials,
        "fundraising_url": fundraising_url(home, request),
    }


def _attach_images(pages, testimonials):
    """All card images and their renditions in two queries."""
    ids = {page.image_id for page in pages} | {
        t.portrait_id for t in testimonials if t.portrait_consent
    }
    ids.discard(None)
    images = portal_images.images_with_renditions(
        ids, portal_images.CARD, portal_images.PORTRAIT_CARD
    )
    for page in pages:
        page.image = images.get(page.image_id)
    for testimonial in testimonials:
        testimonial.portrait = images.get(testimonial.portrait_id)


def fundraising_url(home, request):
    if home.fundraising_page_id:
        page = listing.localized(home.fundraising_page_id, Page, home.locale_id)
        if page is not None:
            return page.get_url(request)
    settings = SiteSettings.for_request(request)
    return settings.donation_url or f"mailto:{settings.contact_email}"
