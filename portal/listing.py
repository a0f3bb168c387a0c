"""How listings read pages: a fixed number of queries whatever the amount of content.

Page links (project -> challenge, testimonial -> project, featured pages) are synchronised
by wagtail-localize, so they may point at the French page: they are followed through the
translation key, in bulk, to the page in the visitor's locale.
"""

from django.utils.functional import SimpleLazyObject

from portal import chrome, images

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
    """The version under which listing fragments are cached (bumped by every publish)."""
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


def chosen(options, value):
    """The option whose slug is `value` (a filter from the query string), or None."""
    return next((option for option in options if option.slug == value), None)
