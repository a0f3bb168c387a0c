"""The demo's illustrations, drawn with Pillow in the portal's identity.

The demo cannot use photographs: each picture is a scene drawn from two things it is
about, a *motif* (what the story is about: books for school, tools for a trade, a house
for housing...) standing in a sun disc, over a *landscape* (where it happens: the
slag heaps of the mining basin, the coast, the skyline of the metropolis...). Galleries
are variations of the same scene (time of day, composition). Every picture is
deterministic (the same key draws the same picture) and comes with its focal point, the
box around the motif, so that crops keep the subject, and with a description in French
and English for its alternative text.

Drawn at twice the size and reduced, which smooths the edges (Pillow does not
antialias shapes), in a few milliseconds per picture.
"""

import hashlib
import math

from PIL import Image, ImageDraw

BRAND = (0x5A, 0x1E, 0x6E)
BRAND_DARK = (0x3D, 0x12, 0x49)
ACCENT = (0xFF, 0xB3, 0x47)
SOFT = (0xF5, 0xF1, 0xF8)
SUNFLOWER = (0xF6, 0xC4, 0x45)
CORAL = (0xE4, 0x57, 0x2E)
TEAL = (0x0F, 0x6E, 0x6E)
SAND = (0xFA, 0xF3, 0xE8)
WHITE = (0xFF, 0xFF, 0xFF)

SCALE = 2


def mix(a, b, t):
    """The colour t of the way from a to b."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


# Skies: the time of day of each variation (background, sun disc, far hills).
SKIES = (
    (SAND, ACCENT, mix(TEAL, SAND, 0.55)),
    (SOFT, SUNFLOWER, mix(BRAND, SOFT, 0.55)),
    (mix(ACCENT, SAND, 0.55), CORAL, mix(CORAL, SAND, 0.45)),
    (mix(TEAL, SAND, 0.78), SUNFLOWER, mix(TEAL, SAND, 0.4)),
)

MOTIFS = {
    "books": {
        "fr": "une pile de livres et une toque de diplômé",
        "en": "a stack of books and a graduation cap",
    },
    "tools": {
        "fr": "une clé et un engrenage, les outils d’un métier",
        "en": "a spanner and a gear, the tools of a trade",
    },
    "house": {"fr": "une maison à la porte ouverte", "en": "a house with an open door"},
    "meal": {
        "fr": "un bol fumant, du pain et une pomme",
        "en": "a steaming bowl, bread and an apple",
    },
    "hands": {
        "fr": "trois personnes qui se tiennent la main autour d’un cœur",
        "en": "three people holding hands around a heart",
    },
    "bicycle": {"fr": "un vélo sur un chemin", "en": "a bicycle on a path"},
    "family": {
        "fr": "un parent et un enfant main dans la main",
        "en": "a parent and a child hand in hand",
    },
    "steps": {"fr": "un escalier qui monte vers une étoile", "en": "steps climbing towards a star"},
    "rugby": {"fr": "un ballon de rugby", "en": "a rugby ball"},
    "football": {
        "fr": "un ballon de football devant un but",
        "en": "a football in front of a goal",
    },
    "palette": {
        "fr": "une palette de peintre et un pinceau",
        "en": "a painter’s palette and a brush",
    },
    "star": {"fr": "une étoile qui s’élance", "en": "a star taking off"},
    "heart": {"fr": "un grand cœur", "en": "a large heart"},
    "speech": {"fr": "deux bulles de dialogue", "en": "two speech bubbles"},
}

LANDSCAPES = {
    "bocage": {
        "fr": "le bocage, ses collines et ses arbres",
        "en": "the hedged farmland, its hills and trees",
    },
    "terrils": {
        "fr": "les terrils, un chevalement et des corons",
        "en": "slag heaps, a pit headframe and miners’ houses",
    },
    "coast": {
        "fr": "la côte, ses dunes, la mer et un phare",
        "en": "the coast, its dunes, the sea and a lighthouse",
    },
    "skyline": {
        "fr": "les toits et le beffroi d’une grande ville",
        "en": "the roofs and belfry of a city",
    },
    "fields": {"fr": "des champs et un moulin", "en": "fields and a windmill"},
    "belfry": {"fr": "un beffroi au bord d’un canal", "en": "a belfry beside a canal"},
    "industry": {
        "fr": "des cheminées d’usine au bord de l’eau",
        "en": "factory chimneys by the water",
    },
    "region": {
        "fr": "un paysage des Hauts-de-France, champs, terril et beffroi",
        "en": "a Hauts-de-France landscape, fields, a slag heap and a belfry",
    },
}


def describe(motif, landscape, language):
    """What a scene shows, in one language, for its alternative text."""
    what = MOTIFS.get(motif, MOTIFS["steps"])[language]
    where = LANDSCAPES.get(landscape, LANDSCAPES["region"])[language]
    joiner = {"fr": "devant", "en": "in front of"}[language]
    return f"{what} {joiner} {where}"


def describe_portrait(landscape, language):
    where = LANDSCAPES.get(landscape, LANDSCAPES["region"])[language]
    return {
        "fr": f"silhouette dessinée, en buste, devant {where}",
        "en": f"drawn head-and-shoulders figure in front of {where}",
    }[language]


class Canvas:
    """A drawing at SCALE times its final size; coordinates in final pixels."""

    def __init__(self, width, height, background):
        self.width, self.height = width, height
        self.image = Image.new("RGB", (width * SCALE, height * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    def _xy(self, points):
        return [(x * SCALE, y * SCALE) for x, y in points]

    def polygon(self, points, fill):
        self.draw.polygon(self._xy(points), fill=fill)

    def rect(self, x0, y0, x1, y1, fill, radius=0):
        box = (x0 * SCALE, y0 * SCALE, x1 * SCALE, y1 * SCALE)
        if radius:
            self.draw.rounded_rectangle(box, radius=radius * SCALE, fill=fill)
        else:
            self.draw.rectangle(box, fill=fill)

    def circle(self, cx, cy, r, fill=None, outline=None, width=0):
        box = ((cx - r) * SCALE, (cy - r) * SCALE, (cx + r) * SCALE, (cy + r) * SCALE)
        self.draw.ellipse(box, fill=fill, outline=outline, width=round(width * SCALE))

    def ellipse(self, x0, y0, x1, y1, fill):
        self.draw.ellipse((x0 * SCALE, y0 * SCALE, x1 * SCALE, y1 * SCALE), fill=fill)

    def line(self, points, fill, width):
        self.draw.line(self._xy(points), fill=fill, width=round(width * SCALE), joint="curve")
        for x, y in (points[0], points[-1]):
            self.circle(x, y, width / 2, fill=fill)

    def arc(self, cx, cy, r, start, end, fill, width):
        box = ((cx - r) * SCALE, (cy - r) * SCALE, (cx + r) * SCALE, (cy + r) * SCALE)
        self.draw.arc(box, start, end, fill=fill, width=round(width * SCALE))

    def pieslice(self, cx, cy, r, start, end, fill):
        box = ((cx - r) * SCALE, (cy - r) * SCALE, (cx + r) * SCALE, (cy + r) * SCALE)
        self.draw.pieslice(box, start, end, fill=fill)

    def result(self):
        return self.image.reduce(SCALE)


def wave(width, base, amplitude, periods, phase, steps=48):
    """The top edge of a band of hills, closed down to the bottom of the picture."""
    points = [
        (width * i / steps, base - amplitude * math.sin(phase + periods * math.tau * i / steps))
        for i in range(steps + 1)
    ]
    return points


def band(canvas, top_edge, fill):
    canvas.polygon([*top_edge, (canvas.width, canvas.height), (0, canvas.height)], fill)


# Landscapes: each draws in the lower part of the picture, from `horizon` down. ---------


def house_row(canvas, x0, x1, ground, size, colours):
    x, n = x0, 0
    while x < x1:
        w = size * (1.0 + 0.25 * (n % 3))
        colour = colours[n % len(colours)]
        canvas.rect(x, ground - size * 0.8, x + w, ground + 2, colour)
        canvas.polygon(
            [
                (x - 2, ground - size * 0.8),
                (x + w / 2, ground - size * 1.3),
                (x + w + 2, ground - size * 0.8),
            ],
            mix(colour, BRAND_DARK, 0.4),
        )
        canvas.rect(x + w * 0.3, ground - size * 0.55, x + w * 0.5, ground - size * 0.3, SUNFLOWER)
        x += w + size * 0.15
        n += 1


def belfry(canvas, cx, ground, h, colour):
    w = h * 0.22
    canvas.rect(cx - w / 2, ground - h, cx + w / 2, ground, colour)
    canvas.rect(cx - w * 0.7, ground - h * 0.72, cx + w * 0.7, ground - h * 0.64, colour)
    canvas.polygon(
        [(cx - w * 0.55, ground - h), (cx, ground - h * 1.45), (cx + w * 0.55, ground - h)], colour
    )
    for dx in (-w * 0.5, w * 0.5):
        canvas.polygon(
            [
                (cx + dx - w * 0.15, ground - h),
                (cx + dx, ground - h * 1.18),
                (cx + dx + w * 0.15, ground - h),
            ],
            colour,
        )
    canvas.circle(cx, ground - h * 0.82, w * 0.22, fill=SAND)
    canvas.rect(
        cx - w * 0.18, ground - h * 0.3, cx + w * 0.18, ground, mix(colour, BRAND_DARK, 0.5)
    )


def tree(canvas, x, ground, size, colour):
    canvas.rect(x - size * 0.08, ground - size * 0.9, x + size * 0.08, ground, BRAND_DARK)
    canvas.circle(x, ground - size, size * 0.55, fill=colour)


def landscape_bocage(canvas, horizon, sky, rng):
    w, h = canvas.width, canvas.height
    band(canvas, wave(w, horizon, h * 0.04, 1.3, rng[0]), sky[2])
    band(canvas, wave(w, horizon + h * 0.08, h * 0.05, 1.1, rng[1] + 1), mix(TEAL, SAND, 0.25))
    for i in range(7):
        x = w * (0.05 + 0.14 * i) + rng[2] * 20
        tree(
            canvas,
            x,
            horizon + h * 0.1 - (i % 2) * h * 0.02,
            h * 0.07,
            mix(TEAL, BRAND_DARK, 0.2 + 0.1 * (i % 3)),
        )
    band(canvas, wave(w, horizon + h * 0.2, h * 0.03, 0.8, rng[3]), TEAL)
    for i in range(9):
        y = horizon + h * 0.22 + i * h * 0.035
        canvas.line([(0, y + h * 0.04), (w, y)], mix(TEAL, SUNFLOWER, 0.25), max(2, h * 0.006))


def landscape_terrils(canvas, horizon, sky, rng):
    w, h = canvas.width, canvas.height
    band(canvas, wave(w, horizon, h * 0.015, 1, rng[0]), sky[2])
    for cx, height, width in ((0.18, 0.28, 0.26), (0.55, 0.22, 0.22), (0.86, 0.3, 0.24)):
        cx = w * cx + rng[1] * 15
        top = horizon - h * height + h * 0.12
        canvas.polygon(
            [
                (cx - w * width, horizon + h * 0.12),
                (cx - w * 0.02, top),
                (cx + w * 0.02, top),
                (cx + w * width, horizon + h * 0.12),
            ],
            BRAND_DARK,
        )
        canvas.polygon(
            [
                (cx - w * 0.05, top + h * 0.06),
                (cx - w * 0.02, top),
                (cx + w * 0.02, top),
                (cx + w * 0.05, top + h * 0.06),
            ],
            mix(BRAND_DARK, TEAL, 0.5),
        )
    # The pit headframe (chevalement): legs, struts, wheel.
    x, ground, fh = w * 0.38, horizon + h * 0.13, h * 0.3
    frame = mix(CORAL, BRAND_DARK, 0.35)
    canvas.line([(x - fh * 0.25, ground), (x, ground - fh)], frame, h * 0.012)
    canvas.line([(x + fh * 0.25, ground), (x, ground - fh)], frame, h * 0.012)
    canvas.line([(x + fh * 0.25, ground), (x + fh * 0.55, ground - fh * 0.45)], frame, h * 0.01)
    canvas.line(
        [(x - fh * 0.16, ground - fh * 0.35), (x + fh * 0.16, ground - fh * 0.35)], frame, h * 0.008
    )
    canvas.circle(x, ground - fh, fh * 0.12, outline=frame, width=h * 0.012)
    band(canvas, wave(w, horizon + h * 0.13, 0, 1, 0, steps=2), mix(BRAND_DARK, SAND, 0.35))
    house_row(canvas, 0, w, horizon + h * 0.25, h * 0.07, (CORAL, mix(CORAL, BRAND, 0.3)))
    band(canvas, wave(w, horizon + h * 0.25, 0, 1, 0, steps=2), mix(BRAND_DARK, TEAL, 0.3))


def landscape_coast(canvas, horizon, sky, rng):
    w, h = canvas.width, canvas.height
    canvas.rect(0, horizon, w, h, mix(TEAL, SAND, 0.35))
    for i in range(5):
        y = horizon + h * 0.02 + i * h * 0.035
        canvas.line(
            wave(w, y, h * 0.006, 9, rng[0] + i, steps=60), mix(TEAL, WHITE, 0.55), h * 0.004
        )
    # Lighthouse on the right, on its rock.
    x, ground, lh = w * 0.8, horizon + h * 0.14, h * 0.38
    canvas.ellipse(x - lh * 0.35, ground - lh * 0.06, x + lh * 0.4, ground + lh * 0.12, BRAND_DARK)
    canvas.polygon(
        [
            (x - lh * 0.1, ground),
            (x - lh * 0.06, ground - lh),
            (x + lh * 0.06, ground - lh),
            (x + lh * 0.1, ground),
        ],
        WHITE,
    )
    for k in range(3):
        y0 = ground - lh * (0.2 + 0.3 * k)
        canvas.polygon(
            [
                (x - lh * (0.095 - 0.012 * k), y0),
                (x - lh * (0.09 - 0.012 * k), y0 - lh * 0.12),
                (x + lh * (0.09 - 0.012 * k), y0 - lh * 0.12),
                (x + lh * (0.095 - 0.012 * k), y0),
            ],
            CORAL,
        )
    canvas.rect(x - lh * 0.08, ground - lh * 1.12, x + lh * 0.08, ground - lh, SUNFLOWER)
    canvas.polygon(
        [
            (x - lh * 0.1, ground - lh * 1.12),
            (x, ground - lh * 1.24),
            (x + lh * 0.1, ground - lh * 1.12),
        ],
        BRAND_DARK,
    )
    # Dunes in the foreground, with marram grass.
    band(canvas, wave(w, horizon + h * 0.26, h * 0.05, 0.9, rng[1]), mix(SUNFLOWER, SAND, 0.45))
    band(canvas, wave(w, horizon + h * 0.34, h * 0.03, 1.4, rng[2] + 2), mix(SUNFLOWER, CORAL, 0.2))
    for i in range(14):
        gx = w * (0.03 + 0.07 * i)
        gy = horizon + h * 0.33 - h * 0.03 * math.sin(rng[2] + 2 + 1.4 * math.tau * gx / w)
        for d in (-1, 0, 1):
            canvas.line([(gx, gy), (gx + d * h * 0.02, gy - h * 0.05)], TEAL, h * 0.004)


def landscape_skyline(canvas, horizon, sky, rng):
    w, h = canvas.width, canvas.height
    far = sky[2]
    x, n = 0.0, 0
    while x < w:
        bw = w * (0.05 + 0.03 * ((n * 7 + round(rng[0] * 3)) % 4))
        bh = h * (0.1 + 0.05 * ((n * 5 + round(rng[1] * 3)) % 5))
        canvas.rect(x, horizon + h * 0.12 - bh, x + bw, h, far)
        x += bw
        n += 1
    belfry(canvas, w * 0.3, horizon + h * 0.16, h * 0.32, BRAND)
    x, n = 0.0, 0
    near = (BRAND_DARK, mix(BRAND, TEAL, 0.5), TEAL)
    while x < w:
        bw = w * (0.07 + 0.02 * (n % 3))
        bh = h * (0.1 + 0.035 * ((n * 3) % 4))
        top = horizon + h * 0.3 - bh
        colour = near[n % 3]
        canvas.rect(x, top, x + bw - 3, h, colour)
        for row in range(3):
            for col in range(2):
                wx = x + bw * (0.2 + 0.4 * col)
                wy = top + bh * (0.15 + 0.25 * row)
                lit = SUNFLOWER if (n + row + col) % 3 else mix(colour, SAND, 0.4)
                canvas.rect(wx, wy, wx + bw * 0.18, wy + bh * 0.12, lit)
        x += bw
        n += 1


def windmill(canvas, x, ground, size, angle):
    canvas.polygon(
        [
            (x - size * 0.18, ground),
            (x - size * 0.1, ground - size),
            (x + size * 0.1, ground - size),
            (x + size * 0.18, ground),
        ],
        SAND,
    )
    canvas.polygon(
        [
            (x - size * 0.14, ground - size),
            (x, ground - size * 1.2),
            (x + size * 0.14, ground - size),
        ],
        CORAL,
    )
    hub = (x, ground - size * 1.05)
    for k in range(4):
        a = angle + k * math.pi / 2
        end = (hub[0] + size * 0.8 * math.cos(a), hub[1] + size * 0.8 * math.sin(a))
        canvas.line([hub, end], BRAND_DARK, size * 0.05)
        side = (end[0] - size * 0.18 * math.sin(a), end[1] + size * 0.18 * math.cos(a))
        mid = (
            hub[0] + size * 0.3 * math.cos(a) - size * 0.18 * math.sin(a),
            hub[1] + size * 0.3 * math.sin(a) + size * 0.18 * math.cos(a),
        )
        canvas.polygon(
            [
                (hub[0] + size * 0.3 * math.cos(a), hub[1] + size * 0.3 * math.sin(a)),
                end,
                side,
                mid,
            ],
            mix(SAND, BRAND, 0.2),
        )
    canvas.circle(*hub, size * 0.07, fill=BRAND_DARK)


def landscape_fields(canvas, horizon, sky, rng):
    w, h = canvas.width, canvas.height
    band(canvas, wave(w, horizon, h * 0.01, 1, rng[0]), sky[2])
    colours = (SUNFLOWER, mix(TEAL, SAND, 0.35), ACCENT, mix(SUNFLOWER, TEAL, 0.35))
    depth = h - horizon
    for i in range(4):
        y0 = horizon + depth * (0.05 + 0.24 * i) ** 1.1
        canvas.polygon(
            [(0, y0), (w, y0 - h * 0.03), (w, h), (0, h)], colours[(i + round(rng[1] * 3)) % 4]
        )
        for k in range(12):
            x = w * (k / 12)
            canvas.line(
                [(x, y0 + h * 0.01), (x - w * 0.05 * (i + 1), h)],
                mix(colours[(i + round(rng[1] * 3)) % 4], BRAND_DARK, 0.12),
                h * 0.003,
            )
    windmill(canvas, w * 0.78, horizon + h * 0.06, h * 0.2, rng[2])
    belfry(canvas, w * 0.12, horizon + h * 0.02, h * 0.14, mix(BRAND, sky[2], 0.3))


def landscape_belfry(canvas, horizon, sky, rng):
    w, h = canvas.width, canvas.height
    house_row(
        canvas, 0, w, horizon + h * 0.16, h * 0.08, (mix(BRAND, SAND, 0.35), mix(CORAL, SAND, 0.3))
    )
    belfry(canvas, w * 0.7, horizon + h * 0.16, h * 0.42, BRAND_DARK)
    canvas.rect(0, horizon + h * 0.16, w, horizon + h * 0.2, mix(BRAND_DARK, SAND, 0.4))
    canvas.rect(0, horizon + h * 0.2, w, h, mix(TEAL, SAND, 0.2))
    for i in range(4):
        y = horizon + h * (0.24 + 0.05 * i)
        canvas.line(
            wave(w, y, h * 0.004, 6, rng[0] + i, steps=40), mix(TEAL, WHITE, 0.5), h * 0.004
        )
    # A barge on the canal.
    bx, by = w * (0.15 + 0.1 * rng[1]), horizon + h * 0.27
    canvas.polygon(
        [
            (bx, by),
            (bx + w * 0.2, by),
            (bx + w * 0.18, by + h * 0.04),
            (bx + w * 0.02, by + h * 0.04),
        ],
        CORAL,
    )
    canvas.rect(bx + w * 0.14, by - h * 0.04, bx + w * 0.18, by, SAND)


def landscape_industry(canvas, horizon, sky, rng):
    w, h = canvas.width, canvas.height
    band(canvas, wave(w, horizon + h * 0.02, h * 0.02, 1, rng[0]), sky[2])
    for k, (x, ch) in enumerate(((0.12, 0.36), (0.2, 0.3), (0.62, 0.4), (0.7, 0.28))):
        x = w * x
        top = horizon + h * 0.14 - h * ch
        canvas.polygon(
            [
                (x - w * 0.02, horizon + h * 0.14),
                (x - w * 0.012, top),
                (x + w * 0.012, top),
                (x + w * 0.02, horizon + h * 0.14),
            ],
            BRAND_DARK,
        )
        canvas.rect(x - w * 0.014, top + h * 0.02, x + w * 0.014, top + h * 0.035, CORAL)
        for s in range(3):
            canvas.circle(
                x + w * 0.02 * s + w * 0.01,
                top - h * 0.04 - h * 0.045 * s,
                h * (0.02 + 0.01 * s),
                fill=mix(SOFT, sky[0], 0.4 + 0.15 * (k % 2)),
            )
    canvas.rect(w * 0.05, horizon + h * 0.04, w * 0.32, horizon + h * 0.15, BRAND)
    canvas.rect(w * 0.5, horizon + h * 0.06, w * 0.85, horizon + h * 0.15, mix(BRAND, TEAL, 0.5))
    for k in range(6):
        x = w * (0.52 + 0.055 * k)
        canvas.polygon(
            [
                (x, horizon + h * 0.06),
                (x + w * 0.027, horizon + h * 0.02),
                (x + w * 0.055, horizon + h * 0.06),
            ],
            mix(BRAND, TEAL, 0.5),
        )
    # The gantry crane on the wharf.
    gx = w * 0.9
    canvas.line([(gx, horizon + h * 0.15), (gx, horizon - h * 0.1)], CORAL, h * 0.012)
    canvas.line(
        [(gx - w * 0.12, horizon - h * 0.1), (gx + w * 0.05, horizon - h * 0.1)], CORAL, h * 0.012
    )
    canvas.line(
        [(gx - w * 0.1, horizon - h * 0.1), (gx - w * 0.1, horizon + h * 0.02)],
        BRAND_DARK,
        h * 0.004,
    )
    canvas.rect(0, horizon + h * 0.15, w, h, mix(TEAL, BRAND_DARK, 0.2))
    for i in range(5):
        y = horizon + h * (0.2 + 0.05 * i)
        canvas.line(wave(w, y, h * 0.005, 7, rng[1] + i, steps=40), mix(TEAL, SAND, 0.5), h * 0.004)


def landscape_region(canvas, horizon, sky, rng):
    w, h = canvas.width, canvas.height
    band(canvas, wave(w, horizon, h * 0.02, 1, rng[0]), sky[2])
    cx = w * 0.82
    canvas.polygon(
        [
            (cx - w * 0.2, horizon + h * 0.1),
            (cx - w * 0.02, horizon - h * 0.12),
            (cx + w * 0.02, horizon - h * 0.12),
            (cx + w * 0.2, horizon + h * 0.1),
        ],
        BRAND_DARK,
    )
    belfry(canvas, w * 0.16, horizon + h * 0.1, h * 0.26, BRAND)
    band(canvas, wave(w, horizon + h * 0.1, h * 0.02, 0.7, rng[1]), mix(TEAL, SAND, 0.3))
    band(canvas, wave(w, horizon + h * 0.2, h * 0.03, 0.5, rng[2]), SUNFLOWER)
    band(canvas, wave(w, horizon + h * 0.3, h * 0.02, 0.9, rng[3]), TEAL)


LANDSCAPE_PAINTERS = {
    "bocage": landscape_bocage,
    "terrils": landscape_terrils,
    "coast": landscape_coast,
    "skyline": landscape_skyline,
    "fields": landscape_fields,
    "belfry": landscape_belfry,
    "industry": landscape_industry,
    "region": landscape_region,
}


# Motifs: each draws centred on (cx, cy), about `s` pixels across. --------------------


def motif_books(c, cx, cy, s):
    colours = (CORAL, TEAL, BRAND, SUNFLOWER)
    for k in range(4):
        w = s * (0.9 - 0.06 * k)
        y = cy + s * 0.35 - k * s * 0.16
        off = s * 0.04 * (1 if k % 2 else -1)
        c.rect(cx - w / 2 + off, y - s * 0.14, cx + w / 2 + off, y, colours[k], radius=s * 0.02)
        c.rect(
            cx - w / 2 + off + s * 0.04, y - s * 0.1, cx + w / 2 + off - s * 0.1, y - s * 0.07, SAND
        )
    top = cy + s * 0.35 - 3 * s * 0.16 - s * 0.14
    c.polygon(
        [
            (cx - s * 0.42, top - s * 0.12),
            (cx, top - s * 0.28),
            (cx + s * 0.42, top - s * 0.12),
            (cx, top + s * 0.04),
        ],
        BRAND_DARK,
    )
    c.rect(cx - s * 0.2, top - s * 0.1, cx + s * 0.2, top + s * 0.02, BRAND_DARK)
    c.line([(cx + s * 0.3, top - s * 0.13), (cx + s * 0.34, top + s * 0.08)], ACCENT, s * 0.025)
    c.circle(cx + s * 0.34, top + s * 0.1, s * 0.035, fill=ACCENT)


def gear(c, cx, cy, r, colour, hole):
    teeth = 8
    points = []
    for i in range(teeth * 4):
        a = math.tau * i / (teeth * 4)
        radius = r * (1.22 if (i % 4) in (1, 2) else 1.0)
        points.append((cx + radius * math.cos(a), cy + radius * math.sin(a)))
    c.polygon(points, colour)
    c.circle(cx, cy, r * 0.45, fill=hole)


def motif_tools(c, cx, cy, s):
    gear(c, cx + s * 0.18, cy - s * 0.12, s * 0.3, TEAL, SAND)
    # A spanner across, its open jaw at the top left.
    a = math.radians(-40)
    x0, y0 = cx - s * 0.4, cy - s * 0.35
    x1, y1 = cx + s * 0.3, cy + s * 0.42
    c.line([(x0, y0), (x1, y1)], BRAND_DARK, s * 0.12)
    c.circle(x0, y0, s * 0.14, fill=BRAND_DARK)
    c.pieslice(x0, y0, s * 0.09, math.degrees(a) + 180 - 30, math.degrees(a) + 180 + 30, SAND)
    c.circle(x0 - s * 0.03, y0 - s * 0.03, s * 0.06, fill=SAND)
    c.circle(x1, y1, s * 0.1, fill=BRAND_DARK)
    c.circle(x1, y1, s * 0.045, fill=ACCENT)


def motif_house(c, cx, cy, s):
    c.rect(cx - s * 0.36, cy - s * 0.1, cx + s * 0.36, cy + s * 0.45, SAND)
    c.polygon(
        [(cx - s * 0.5, cy - s * 0.06), (cx, cy - s * 0.5), (cx + s * 0.5, cy - s * 0.06)], CORAL
    )
    c.rect(cx + s * 0.2, cy - s * 0.42, cx + s * 0.3, cy - s * 0.22, BRAND_DARK)
    c.rect(cx - s * 0.1, cy + s * 0.12, cx + s * 0.1, cy + s * 0.45, BRAND)
    c.polygon(
        [
            (cx - s * 0.1, cy + s * 0.12),
            (cx - s * 0.22, cy + s * 0.17),
            (cx - s * 0.22, cy + s * 0.5),
            (cx - s * 0.1, cy + s * 0.45),
        ],
        mix(BRAND, SAND, 0.4),
    )
    c.rect(cx - s * 0.3, cy + s * 0.02, cx - s * 0.16, cy + s * 0.16, SUNFLOWER)
    c.rect(cx + s * 0.16, cy + s * 0.02, cx + s * 0.3, cy + s * 0.16, SUNFLOWER)
    c.circle(cx, cy - s * 0.2, s * 0.07, fill=SUNFLOWER)


def motif_meal(c, cx, cy, s):
    steam = mix(BRAND, SAND, 0.3)
    for dx in (-0.12, 0, 0.12):  # three wisps of steam, each two half-circles
        x = cx + s * dx
        c.arc(x + s * 0.05, cy - s * 0.3, s * 0.08, 90, 270, steam, s * 0.025)
        c.arc(x - s * 0.05, cy - s * 0.46, s * 0.08, 270, 450, steam, s * 0.025)
    c.pieslice(cx, cy - s * 0.05, s * 0.42, 0, 180, TEAL)
    c.rect(
        cx - s * 0.44,
        cy - s * 0.09,
        cx + s * 0.44,
        cy - s * 0.01,
        mix(TEAL, BRAND_DARK, 0.3),
        radius=s * 0.03,
    )
    c.rect(
        cx - s * 0.14,
        cy + s * 0.34,
        cx + s * 0.14,
        cy + s * 0.4,
        mix(TEAL, BRAND_DARK, 0.3),
        radius=s * 0.02,
    )
    c.ellipse(cx - s * 0.62, cy + s * 0.15, cx - s * 0.3, cy + s * 0.42, ACCENT)
    for k in range(3):
        x = cx - s * (0.54 - 0.08 * k)
        c.line(
            [(x, cy + s * 0.22), (x + s * 0.04, cy + s * 0.3)],
            mix(ACCENT, BRAND_DARK, 0.4),
            s * 0.02,
        )
    c.circle(cx + s * 0.46, cy + s * 0.3, s * 0.14, fill=CORAL)
    c.line([(cx + s * 0.46, cy + s * 0.17), (cx + s * 0.49, cy + s * 0.09)], BRAND_DARK, s * 0.025)
    c.ellipse(cx + s * 0.5, cy + s * 0.08, cx + s * 0.62, cy + s * 0.14, TEAL)


def person(c, x, ground, h, colour):
    c.circle(x, ground - h * 0.86, h * 0.13, fill=colour)
    c.rect(x - h * 0.17, ground - h * 0.68, x + h * 0.17, ground - h * 0.18, colour, radius=h * 0.1)
    c.rect(x - h * 0.13, ground - h * 0.3, x - h * 0.02, ground, colour, radius=h * 0.05)
    c.rect(x + h * 0.02, ground - h * 0.3, x + h * 0.13, ground, colour, radius=h * 0.05)


def heart(c, cx, cy, r, colour):
    c.circle(cx - r * 0.5, cy - r * 0.2, r * 0.55, fill=colour)
    c.circle(cx + r * 0.5, cy - r * 0.2, r * 0.55, fill=colour)
    c.polygon(
        [
            (cx - r * 1.03, cy - r * 0.05),
            (cx, cy + r * 1.0),
            (cx + r * 1.03, cy - r * 0.05),
            (cx, cy - r * 0.3),
        ],
        colour,
    )


def motif_hands(c, cx, cy, s):
    ground = cy + s * 0.5
    h = s * 0.7
    colours = (BRAND, TEAL, CORAL)
    xs = (cx - s * 0.42, cx, cx + s * 0.42)
    for x, colour in zip(xs, colours, strict=True):
        person(c, x, ground, h, colour)
    for a, b in ((xs[0], xs[1]), (xs[1], xs[2])):
        c.line(
            [
                (a + h * 0.12, ground - h * 0.55),
                ((a + b) / 2, ground - h * 0.42),
                (b - h * 0.12, ground - h * 0.55),
            ],
            BRAND_DARK,
            h * 0.06,
        )
    heart(c, cx, cy - s * 0.42, s * 0.13, CORAL)


def motif_bicycle(c, cx, cy, s):
    r = s * 0.24
    back, front = (cx - s * 0.33, cy + s * 0.2), (cx + s * 0.33, cy + s * 0.2)
    for x, y in (back, front):
        c.circle(x, y, r, outline=BRAND_DARK, width=s * 0.05)
        c.circle(x, y, s * 0.03, fill=BRAND_DARK)
    pedal = (cx - s * 0.02, cy + s * 0.2)
    seat = (cx - s * 0.12, cy - s * 0.18)
    bar = (cx + s * 0.24, cy - s * 0.22)
    frame = CORAL
    for a, b in (
        (back, pedal),
        (pedal, seat),
        (seat, back),
        (seat, (cx + s * 0.2, cy - s * 0.12)),
        ((cx + s * 0.2, cy - s * 0.12), pedal),
        (bar, front),
    ):
        c.line([a, b], frame, s * 0.045)
    c.rect(
        seat[0] - s * 0.09,
        seat[1] - s * 0.04,
        seat[0] + s * 0.07,
        seat[1] + s * 0.01,
        BRAND_DARK,
        radius=s * 0.02,
    )
    c.line([bar, (bar[0] - s * 0.1, bar[1] - s * 0.04)], BRAND_DARK, s * 0.04)
    c.circle(pedal[0], pedal[1], s * 0.06, fill=TEAL)


def motif_family(c, cx, cy, s):
    ground = cy + s * 0.5
    person(c, cx - s * 0.2, ground, s * 0.95, BRAND)
    person(c, cx + s * 0.26, ground, s * 0.58, TEAL)
    c.line(
        [
            (cx - s * 0.06, ground - s * 0.48),
            (cx + s * 0.06, ground - s * 0.3),
            (cx + s * 0.16, ground - s * 0.3),
        ],
        BRAND_DARK,
        s * 0.05,
    )
    heart(c, cx + s * 0.3, cy - s * 0.32, s * 0.1, CORAL)


def star(c, cx, cy, r, colour):
    points = []
    for i in range(10):
        a = -math.pi / 2 + math.pi * i / 5
        radius = r if i % 2 == 0 else r * 0.45
        points.append((cx + radius * math.cos(a), cy + radius * math.sin(a)))
    c.polygon(points, colour)


def motif_steps(c, cx, cy, s):
    colours = (TEAL, mix(TEAL, BRAND, 0.5), BRAND, BRAND_DARK)
    for k in range(4):
        x0 = cx - s * 0.5 + k * s * 0.22
        c.rect(x0, cy + s * 0.45 - (k + 1) * s * 0.18, x0 + s * 0.22, cy + s * 0.45, colours[k])
    star(c, cx + s * 0.34, cy - s * 0.38, s * 0.16, CORAL)
    person(c, cx - s * 0.17, cy + s * 0.45 - 2 * s * 0.18, s * 0.36, CORAL)


def motif_football(c, cx, cy, s):
    c.line(
        [
            (cx - s * 0.5, cy + s * 0.45),
            (cx - s * 0.5, cy - s * 0.3),
            (cx + s * 0.5, cy - s * 0.3),
            (cx + s * 0.5, cy + s * 0.45),
        ],
        SAND,
        s * 0.05,
    )
    for k in range(1, 6):
        x = cx - s * 0.5 + k * s / 6
        c.line([(x, cy - s * 0.3), (x, cy + s * 0.45)], mix(SAND, BRAND, 0.2), s * 0.012)
    for k in range(1, 4):
        y = cy - s * 0.3 + k * s * 0.19
        c.line([(cx - s * 0.5, y), (cx + s * 0.5, y)], mix(SAND, BRAND, 0.2), s * 0.012)
    r = s * 0.24
    bx, by = cx + s * 0.08, cy + s * 0.3
    c.circle(bx, by, r, fill=WHITE, outline=BRAND_DARK, width=s * 0.025)
    pentagon = [
        (
            bx + r * 0.42 * math.cos(-math.pi / 2 + math.tau * k / 5),
            by + r * 0.42 * math.sin(-math.pi / 2 + math.tau * k / 5),
        )
        for k in range(5)
    ]
    c.polygon(pentagon, BRAND_DARK)
    for x, y in pentagon:
        c.line([(x, y), (bx + (x - bx) * 2.2, by + (y - by) * 2.2)], BRAND_DARK, s * 0.02)


def motif_rugby(c, cx, cy, s):
    c.ellipse(cx - s * 0.48, cy - s * 0.3, cx + s * 0.48, cy + s * 0.3, CORAL)
    c.arc(cx, cy - s * 0.55, s * 0.5, 55, 125, SAND, s * 0.03)
    c.arc(cx, cy + s * 0.55, s * 0.5, 235, 305, SAND, s * 0.03)
    c.line([(cx - s * 0.16, cy), (cx + s * 0.16, cy)], SAND, s * 0.03)
    for k in range(-2, 3):
        x = cx + k * s * 0.07
        c.line([(x, cy - s * 0.05), (x, cy + s * 0.05)], SAND, s * 0.025)
    c.line([(cx - s * 0.2, cy + s * 0.46), (cx + s * 0.2, cy + s * 0.46)], TEAL, s * 0.04)


def motif_palette(c, cx, cy, s):
    c.ellipse(cx - s * 0.5, cy - s * 0.36, cx + s * 0.5, cy + s * 0.36, SAND)
    c.circle(cx + s * 0.22, cy + s * 0.14, s * 0.08, fill=SOFT)
    for (dx, dy), colour in zip(
        ((-0.3, -0.06), (-0.12, -0.2), (0.1, -0.22), (0.28, -0.08), (-0.22, 0.16)),
        (CORAL, SUNFLOWER, TEAL, BRAND, ACCENT),
        strict=True,
    ):
        c.circle(cx + s * dx, cy + s * dy, s * 0.075, fill=colour)
    c.line([(cx + s * 0.05, cy + s * 0.5), (cx + s * 0.45, cy - s * 0.45)], BRAND_DARK, s * 0.04)
    c.polygon(
        [
            (cx + s * 0.42, cy - s * 0.42),
            (cx + s * 0.5, cy - s * 0.6),
            (cx + s * 0.48, cy - s * 0.38),
        ],
        CORAL,
    )


def motif_star(c, cx, cy, s):
    star(c, cx + s * 0.1, cy - s * 0.1, s * 0.36, CORAL)
    for k, colour in enumerate((SUNFLOWER, TEAL, BRAND)):
        y = cy + s * (0.12 + 0.12 * k)
        c.line([(cx - s * 0.5, y + s * 0.15), (cx - s * 0.12, y - s * 0.02)], colour, s * 0.045)


def motif_heart(c, cx, cy, s):
    heart(c, cx, cy, s * 0.4, CORAL)
    heart(c, cx - s * 0.12, cy - s * 0.12, s * 0.12, mix(CORAL, SAND, 0.5))


def motif_speech(c, cx, cy, s):
    c.rect(cx - s * 0.5, cy - s * 0.4, cx + s * 0.12, cy, TEAL, radius=s * 0.1)
    c.polygon(
        [
            (cx - s * 0.35, cy - s * 0.02),
            (cx - s * 0.4, cy + s * 0.14),
            (cx - s * 0.2, cy - s * 0.02),
        ],
        TEAL,
    )
    c.rect(cx - s * 0.1, cy - s * 0.05, cx + s * 0.5, cy + s * 0.33, BRAND, radius=s * 0.1)
    c.polygon(
        [
            (cx + s * 0.25, cy + s * 0.31),
            (cx + s * 0.38, cy + s * 0.47),
            (cx + s * 0.38, cy + s * 0.31),
        ],
        BRAND,
    )
    for k in range(3):
        c.circle(cx - s * 0.32 + k * s * 0.13, cy - s * 0.2, s * 0.035, fill=SAND)
        c.circle(cx + s * 0.07 + k * s * 0.13, cy + s * 0.14, s * 0.035, fill=SAND)


MOTIF_PAINTERS = {
    "books": motif_books,
    "tools": motif_tools,
    "house": motif_house,
    "meal": motif_meal,
    "hands": motif_hands,
    "bicycle": motif_bicycle,
    "family": motif_family,
    "steps": motif_steps,
    "rugby": motif_rugby,
    "football": motif_football,
    "palette": motif_palette,
    "star": motif_star,
    "heart": motif_heart,
    "speech": motif_speech,
}


def _numbers(key):
    """Four numbers in [0, 1) drawn from the key: the small variations of a scene."""
    digest = hashlib.sha256(key.encode()).digest()
    return [digest[i] / 256 for i in range(4)]


def clamped(box, width, height):
    """The box (x, y, w, h), in whole pixels, inside the picture."""
    x, y, w, h = box
    x0, y0 = max(0, round(x)), max(0, round(y))
    x1, y1 = min(width, round(x + w)), min(height, round(y + h))
    return x0, y0, x1 - x0, y1 - y0


def scene(width, height, motif, landscape, variant=0, key=""):
    """(picture, focal box (x, y, w, h)): the motif in its sun disc over the landscape."""
    rng = _numbers(f"{key}/{variant}")
    sky = SKIES[variant % len(SKIES)]
    canvas = Canvas(width, height, sky[0])
    # Compositions: the disc in the middle, on the left third, on the right third.
    horizon = height * (0.58 + 0.04 * (variant % 2))
    across = (0.5, 0.33, 0.67)[variant % 3]
    size = min(width, height) * (0.42 - 0.04 * (variant % 2))
    cx, cy = width * across, horizon - size * 0.42
    # Light rays behind the disc, then the disc.
    for k in range(12):
        a = math.tau * k / 12 + rng[0]
        canvas.polygon(
            [
                (cx, cy),
                (cx + size * 1.6 * math.cos(a - 0.08), cy + size * 1.6 * math.sin(a - 0.08)),
                (cx + size * 1.6 * math.cos(a + 0.08), cy + size * 1.6 * math.sin(a + 0.08)),
            ],
            mix(sky[0], sky[1], 0.25),
        )
    canvas.circle(cx, cy, size * 0.62, fill=sky[1])
    LANDSCAPE_PAINTERS.get(landscape, landscape_region)(canvas, horizon, sky, rng)
    # The disc's front half over the landscape, so the motif stands clear.
    canvas.circle(cx, cy, size * 0.56, fill=mix(sky[1], SAND, 0.55))
    MOTIF_PAINTERS.get(motif, motif_steps)(canvas, cx, cy, size * 0.8)
    # The focal box: the disc and its motif, with the landscape's skyline on either side,
    # so that a card's close crop still says where the story happens.
    half = size * 0.62
    top, bottom = cy - half, horizon + height * 0.12
    box = (cx - 1.5 * half, top, 3 * half, bottom - top)
    return canvas.result(), clamped(box, width, height)


def portrait(width, height, landscape, key=""):
    """(picture, focal box): a drawn head-and-shoulders figure, no face, before a landscape."""
    rng = _numbers(key)
    variant = int(rng[0] * len(SKIES))
    sky = SKIES[variant]
    canvas = Canvas(width, height, sky[0])
    canvas.circle(width * 0.5, height * 0.42, height * 0.36, fill=sky[1])
    LANDSCAPE_PAINTERS.get(landscape, landscape_region)(canvas, height * 0.62, sky, rng)
    clothes = (BRAND, TEAL, CORAL, mix(BRAND, TEAL, 0.5))[int(rng[1] * 4)]
    hair = (BRAND_DARK, mix(CORAL, BRAND_DARK, 0.5), mix(SUNFLOWER, BRAND_DARK, 0.4))[
        int(rng[2] * 3)
    ]
    face = mix(SAND, ACCENT, 0.2 + rng[3] * 0.5)
    cx, head_y, r = width * 0.5, height * 0.4, height * 0.15
    canvas.ellipse(cx - width * 0.32, height * 0.66, cx + width * 0.32, height * 1.3, clothes)
    canvas.rect(
        cx - r * 0.35, head_y + r * 0.7, cx + r * 0.35, height * 0.7, mix(face, BRAND_DARK, 0.12)
    )
    style = int(rng[0] * 97) % 3
    if style == 0:  # long hair behind
        canvas.rect(
            cx - r * 1.15, head_y - r * 0.6, cx + r * 1.15, head_y + r * 1.5, hair, radius=r * 0.6
        )
    canvas.circle(cx, head_y, r, fill=face)
    if style == 1:  # short curls
        for k in range(7):
            a = math.pi + math.pi * k / 6
            canvas.circle(
                cx + r * 0.85 * math.cos(a), head_y + r * 0.85 * math.sin(a), r * 0.32, fill=hair
            )
    else:
        canvas.pieslice(cx, head_y - r * 0.05, r * 1.06, 180, 360, hair)
    canvas.ellipse(
        cx - width * 0.12, height * 0.68, cx + width * 0.12, height * 0.76, mix(clothes, SAND, 0.35)
    )
    focal = (cx - r * 1.6, head_y - r * 1.6, r * 3.2, r * 3.2 + height * 0.12)
    return canvas.result(), clamped(focal, width, height)
