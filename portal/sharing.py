"""The picture a page shows when it is shared (Open Graph, Twitter cards).

An editor's sharing image (`PortalPage.social_image`) wins, cropped to 1,200 × 630
around its focal point. Without one, the portal draws
a card of 1,200 × 630 in the identity: the page's title, its picture (its own image if it
has one: `PortalPage.sharing_picture`) and the portal's name. The card is drawn on the
first request for it and kept in the default storage (local disk or object storage), one
file per page and publication: the page's head only writes an address that holds the
page's id and the time it was last published (no query, no drawing in the page's own
request), and a new publication gives a new address, so the card can be cached for a year.
"""

import io
import logging
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

from portal import images

logger = logging.getLogger(__name__)

WIDTH, HEIGHT = 1200, 630
CONTENT_TYPE = "image/jpeg"
FOLDER = "sharing"
SITE_NAME = "Hauts les jeunes"
# Bumped when the drawing changes, so that every card is drawn again.
DESIGN = "1"
# The picture's part of the card, on the right, cropped around its focal point.
PICTURE_WIDTH = 520
PICTURE_SPEC = f"fill-{PICTURE_WIDTH}x{HEIGHT}-c75|format-jpeg"

BRAND = (0x5A, 0x1E, 0x6E)
BRAND_DARK = (0x3D, 0x12, 0x49)
ACCENT = (0xFF, 0xB3, 0x47)
SUNFLOWER = (0xF6, 0xC4, 0x45)
CORAL = (0xE4, 0x57, 0x2E)
TEAL = (0x0F, 0x6E, 0x6E)
WHITE = (0xFF, 0xFF, 0xFF)

# Debian's DejaVu (fonts-dejavu-core) covers French; Pillow's own font is the fallback.
FONT_FILES = {
    "bold": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "regular": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
}


def font(weight, size):
    path = FONT_FILES[weight]
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


# Addresses (no query: the page's head calls these) -------------------------------------


def version(page):
    """The card's version: the page's last publication, and the drawing's design."""
    published = page.last_published_at or page.first_published_at
    stamp = int(published.timestamp()) if published else 0
    return f"{stamp}-{DESIGN}"


def image_path(page):
    return reverse("sharing-image", kwargs={"page_id": page.pk, "version": version(page)})


def site_image_path(language):
    return reverse("sharing-site-image", kwargs={"language": language, "version": DESIGN})


def storage_name(key, version):
    return f"{FOLDER}/{key}/{version}.jpg"


# Drawing ----------------------------------------------------------------------------------


def wrap(draw, text, face, width):
    """The text's lines, each at most `width` pixels wide (a word too long stays whole)."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if not line or draw.textlength(candidate, font=face) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def fit_title(draw, title, width, max_lines=4):
    """(font, lines): the largest size at which the title fits in `max_lines` lines."""
    for size in (68, 60, 54, 48, 42):
        face = font("bold", size)
        lines = wrap(draw, title, face, width)
        if len(lines) <= max_lines:
            return face, lines
    lines = lines[:max_lines]
    last = lines[-1]
    while last and draw.textlength(f"{last}…", font=face) > width:
        last = last[:-1]
    lines[-1] = f"{last.rstrip()}…"
    return face, lines


def draw_card(title, picture=None, tagline=""):
    """A JPEG card of WIDTH × HEIGHT: the title on the brand's purple, the picture on the
    right (or the identity's discs when there is none), the portal's name above."""
    card = Image.new("RGB", (WIDTH, HEIGHT), BRAND)
    draw = ImageDraw.Draw(card)
    if picture is not None:
        picture = picture.convert("RGB")
        if picture.size != (PICTURE_WIDTH, HEIGHT):
            picture = picture.resize((PICTURE_WIDTH, HEIGHT))
        card.paste(picture, (WIDTH - PICTURE_WIDTH, 0))
        draw.rectangle((WIDTH - PICTURE_WIDTH - 12, 0, WIDTH - PICTURE_WIDTH, HEIGHT), ACCENT)
        text_width = WIDTH - PICTURE_WIDTH - 12 - 2 * 64
    else:
        for cx, cy, r, colour in (
            (1130, 90, 230, BRAND_DARK),
            (1060, 560, 170, TEAL),
            (1180, 380, 120, CORAL),
            (960, 330, 70, SUNFLOWER),
        ):
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
        text_width = 780
    left = 64
    draw.rectangle((0, 0, 14, HEIGHT), ACCENT)
    draw.text((left, 56), SITE_NAME, font=font("bold", 34), fill=ACCENT)
    face, lines = fit_title(draw, title, text_width)
    size = face.size
    line_height = round(size * 1.18)
    top = (HEIGHT - line_height * len(lines)) // 2 + 20
    for number, line in enumerate(lines):
        draw.text((left, top + number * line_height), line, font=face, fill=WHITE)
    draw.rectangle((left, top - 28, left + 96, top - 20), SUNFLOWER)
    if tagline:
        small = font("regular", 26)
        for number, line in enumerate(wrap(draw, tagline, small, text_width)[:2]):
            draw.text((left, HEIGHT - 96 + number * 34), line, font=small, fill=WHITE)
    buffer = io.BytesIO()
    card.save(buffer, format="JPEG", quality=88, optimize=True)
    return buffer.getvalue()


def cropped(image, spec):
    """The image cropped by a Wagtail filter spec (around its focal point), or None."""
    try:
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as file:
            picture = Image.open(file)
            picture.load()
    except (OSError, ValueError) as error:  # a missing or unreadable file: no picture
        logger.warning("Sharing picture drawn without image %s: %s", image.pk, error)
        return None
    return picture


def picture_of(page):
    """The page's picture, cropped for the card around its focal point, or None."""
    image = getattr(page, "sharing_picture", None)
    return cropped(image, PICTURE_SPEC) if image is not None else None


def editors_image(image):
    """The editor's sharing image at WIDTH × HEIGHT exactly (a smaller one is enlarged, so
    that the size the head announces is true), or None if its file cannot be read."""
    # The rendition the deploy makes for sharing images (portal/images.py).
    picture = cropped(image, images.filter_specs(images.SOCIAL)[0])
    if picture is None:
        return None
    picture = picture.convert("RGB")
    if picture.size != (WIDTH, HEIGHT):
        picture = picture.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=88, optimize=True)
    return buffer.getvalue()


# Stored once per version ----------------------------------------------------------------


def stored(key, version, draw):
    """The card's bytes: read from the default storage, or drawn by `draw()` and stored
    (the key's older versions are deleted)."""
    name = storage_name(key, version)
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as file:
            return file.read()
    data = draw()
    saved = default_storage.save(name, ContentFile(data))
    if saved != name:  # drawn at the same time by another request: keep the first
        default_storage.delete(saved)
    _delete_older(key, keep=f"{version}.jpg")
    return data


def _delete_older(key, keep):
    folder = f"{FOLDER}/{key}"
    try:
        _dirs, files = default_storage.listdir(folder)
    except (NotImplementedError, OSError):
        return
    for name in files:
        if name != keep:
            default_storage.delete(f"{folder}/{name}")


def page_card(page):
    """The sharing picture of a page (see `stored`): the editor's sharing image if it has
    one, else the card drawn with its title and picture."""
    title = getattr(page, "sharing_title", "") or page.seo_title or page.title

    def draw():
        social_image = page.social_image if getattr(page, "social_image_id", None) else None
        chosen = editors_image(social_image) if social_image else None
        return chosen or draw_card(title, picture_of(page))

    return stored(page.pk, version(page), draw)


def site_card(language):
    """The card of the pages that are not Wagtail pages (search), in one language."""
    tagline = _("Projects for young people in Hauts-de-France: challenges, stories, events.")
    return stored(
        f"site-{language}",
        DESIGN,
        lambda: draw_card(_("Together for the young people of Hauts-de-France"), None, tagline),
    )
