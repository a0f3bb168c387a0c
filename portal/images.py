"""The image renditions the templates ask for, in one place.

Each constant is the filter spec of a `{% picture %}` or `{% image %}` tag, written as in the
template (tests/test_perf_renditions.py checks that every template's spec is listed here).
`manage.py generate_renditions` creates them at deploy for the images of live pages, so no
visitor waits for a rendition to be made.

Renditions are read through Wagtail's public API only: listings prefetch them with their
images (`with_renditions`, `images_with_renditions`: Wagtail's `prefetch_renditions` and
documented `Prefetch` of `renditions`); a single image's `{% picture %}` asks
`Image.get_renditions()`, which reads Wagtail's rendition cache, then the database.
"""

from fnmatch import fnmatchcase

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model
from wagtail.images.models import Filter

CARD = "format-{avif,webp,jpeg} fill-{400x267,800x533}-c100"
HERO = "format-{avif,webp,jpeg} fill-{480x270,960x540,1440x810}-c80"
EVENT_CARD = "format-{webp,jpeg} fill-{400x267,800x533}"
PORTRAIT_CARD = "format-{avif,webp,jpeg} fill-{400x400,800x800}-c100"
PORTRAIT = "format-{avif,webp,jpeg} fill-{320x320,640x640}-c100"
STORY_IMAGE = "format-{avif,webp,jpeg} width-{400,800,1200}"
GALLERY = "format-{avif,webp,jpeg} fill-{320x240,640x480}"
POSTER = "format-{avif,webp,jpeg} width-{400,800}"
SOCIAL = "fill-1200x630 format-jpeg"
# The picture in an event's schema.org data (events/schema.py): search engines want 16:9.
EVENT_SCHEMA = "fill-1200x675 format-jpeg"
# Shown at most 5 rem (80 px) high: a logo twice as wide as high fills the 160 px.
LOGO = "format-{webp,png} max-{160x80,320x160}"

# Where a page holds an image (a pattern of the reference index's model path: a field such
# as "image", or a StreamField path such as "story.gallery.images.item.image") and the specs
# the templates render it with. First match wins.
SPECS_BY_USE = (
    ("social_image", (SOCIAL,)),
    ("portrait", (PORTRAIT_CARD, PORTRAIT)),
    ("logo", (LOGO,)),
    ("*gallery*", (GALLERY,)),
    ("*poster", (POSTER,)),
    ("hero_image", (HERO,)),
    # A page's own image: its cards (listings, home, search), its hero (events included).
    ("image", (CARD, HERO, EVENT_CARD, EVENT_SCHEMA)),
    ("*image", (STORY_IMAGE,)),
)
TEMPLATE_SPECS = tuple(dict.fromkeys(spec for _, specs in SPECS_BY_USE for spec in specs))


def expand(spec):
    """'format-{webp,jpeg} width-{400,800}' -> ['format-webp|width-400', ...], as the tags do."""
    return Filter.expand_spec(spec.split())


def specs_for(model_path):
    """The template specs for an image held at this model path (every spec if unknown)."""
    for pattern, specs in SPECS_BY_USE:
        if fnmatchcase(model_path, pattern):
            return specs
    return TEMPLATE_SPECS


def filter_specs(*specs):
    """The single filter specs of template specs, as renditions are stored."""
    return [single for spec in specs for single in expand(spec)]


def with_renditions(queryset, field, *specs):
    """A listing's pages with their image (joined) and the image's renditions for the
    template specs it is shown with, in one more query whatever the number of pages:
    Wagtail's documented prefetch of renditions. A rendition that does not exist yet is
    made when the template asks for it."""
    Rendition = get_image_model().get_rendition_model()
    renditions = Rendition.objects.filter(filter_spec__in=filter_specs(*specs))
    return queryset.select_related(field).prefetch_related(
        Prefetch(f"{field}__renditions", queryset=renditions)
    )


def images_with_renditions(ids, *specs):
    """{id: image} with the renditions of these template specs: two queries."""
    if not ids:
        return {}
    images = get_image_model().objects.prefetch_renditions(*filter_specs(*specs))
    return images.in_bulk(ids)


def stream_images(value):
    """The images held anywhere in a StreamField value (blocks, structs, lists)."""
    from wagtail.blocks import StreamValue, StructValue
    from wagtail.blocks.list_block import ListValue
    from wagtail.images.models import AbstractImage

    if isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from stream_images(child.value)
    elif isinstance(value, StructValue | dict):
        for item in value.values():
            yield from stream_images(item)
    elif isinstance(value, ListValue | list | tuple):
        for item in value:
            yield from stream_images(item)


def prefetch_renditions(images):
    """The renditions of the template specs for these images (a page's hero and the images
    of its stream fields), in one query: each `{% picture %}` then finds its renditions
    without a query of its own, even with the rendition cache empty."""
    images = [
        image
        for image in images
        if "renditions" not in getattr(image, "_prefetched_objects_cache", {})
    ]
    if images:
        Rendition = get_image_model().get_rendition_model()  # noqa: N806
        renditions = Rendition.objects.filter(filter_spec__in=filter_specs(*TEMPLATE_SPECS))
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))
