"""The image renditions the templates ask for, in one place.

Each constant is the filter spec of a `{% picture %}` or `{% image %}` tag, written as in the
template (tests/test_perf_renditions.py checks that every template's spec is listed here).
`manage.py generate_renditions` creates them at deploy for the images of live pages, so no
visitor waits for a rendition to be made.
"""

from collections import defaultdict
from fnmatch import fnmatchcase

from wagtail.images import get_image_model
from wagtail.images.models import Filter

CARD = "format-{avif,webp,jpeg} fill-{400x267,800x533}-c100"
HERO = "format-{avif,webp,jpeg} fill-{480x270,960x540,1440x810}-c80"
EVENT_CARD = "format-{webp,jpeg} fill-{400x267,800x533}"
EVENT_IMAGE = "format-{webp,jpeg} width-{400,800,1200}"
PORTRAIT_CARD = "format-{avif,webp,jpeg} fill-{400x400,800x800}-c100"
PORTRAIT = "format-{avif,webp,jpeg} fill-{320x320,640x640}-c100"
STORY_IMAGE = "format-{avif,webp,jpeg} width-{400,800,1200}"
GALLERY = "format-{avif,webp,jpeg} fill-{320x240,640x480}"
POSTER = "format-{avif,webp,jpeg} width-{400,800}"
SOCIAL = "fill-1200x630 format-jpeg"

# Where a page holds an image (a pattern of the reference index's model path: a field such
# as "image", or a StreamField path such as "story.gallery.images.item.image") and the specs
# the templates render it with. First match wins.
SPECS_BY_USE = (
    ("social_image", (SOCIAL,)),
    ("portrait", (PORTRAIT_CARD, PORTRAIT)),
    ("*gallery*", (GALLERY,)),
    ("*poster", (POSTER,)),
    # A page's own image: its cards (listings, home, search), its hero, an event's picture.
    ("image", (CARD, HERO, EVENT_CARD, EVENT_IMAGE)),
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


def attach_renditions(images, spec):
    """Give a listing's images the renditions of `spec`: one cache read for all of them,
    then one query for those the cache lacks (instead of a query per image), which then
    go to the cache for the next visitor."""
    images = [image for image in images if image is not None]
    if not images:
        return
    Rendition = get_image_model().get_rendition_model()
    filters = [Filter(expanded) for expanded in expand(spec)]
    wanted = {
        Rendition.construct_cache_key(image, f.get_cache_key(image), f.spec): (image, f)
        for image in images
        for f in filters
    }
    cached = Rendition.cache_backend.get_many(list(wanted))
    found = defaultdict(list)
    for key, rendition in cached.items():
        rendition.image = wanted[key][0]
        found[rendition.image.pk].append(rendition)
    missing = {image.pk for key, (image, _f) in wanted.items() if key not in cached}
    if missing:
        by_key = {
            (image.pk, f.spec, f.get_cache_key(image)): key for key, (image, f) in wanted.items()
        }
        rows = Rendition.objects.filter(
            image_id__in=missing, filter_spec__in=[f.spec for f in filters]
        )
        additions = {}
        for rendition in rows:
            key = by_key.get((rendition.image_id, rendition.filter_spec, rendition.focal_point_key))
            if key is not None and key not in cached:
                rendition.image = wanted[key][0]
                found[rendition.image_id].append(rendition)
                additions[key] = rendition
        Rendition.cache_backend.set_many(additions)
    for image in images:
        # Wagtail reads these first; a rendition missing from them is still made on demand.
        image.prefetched_renditions = found[image.pk]
