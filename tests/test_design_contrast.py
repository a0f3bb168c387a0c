"""Colour pairs of the design tokens (portal.css), light and dark: AAA (7:1) for body text,
AA (4.5:1) for other text, 3:1 for focus rings and large figures (WCAG 2.2 contrast)."""

import re
from pathlib import Path

import pytest

CSS = (Path(__file__).resolve().parents[1] / "portal/static/css/portal.css").read_text()


def tokens(block):
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})\b", block))


def scheme_tokens():
    light = tokens(CSS[CSS.index(":root {") : CSS.index("@media (prefers-color-scheme: dark)")])
    dark_block = CSS[CSS.index("@media (prefers-color-scheme: dark)") :]
    dark = {**light, **tokens(dark_block[: dark_block.index("\n}\n")])}
    return {"light": light, "dark": dark}


def luminance(colour):
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(one, other):
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# (foreground, background, minimum): the pairs the stylesheet uses.
PAIRS = [
    ("ink", "paper", 7),  # body text
    ("ink", "surface", 7),  # cards
    ("ink", "soft", 7),  # asides, key figures, filters
    ("muted", "paper", 7),  # leads and meta text are body text too
    ("muted", "soft", 4.5),
    ("link", "paper", 7),
    ("link", "soft", 4.5),
    ("heading", "paper", 7),
    ("figure", "soft", 4.5),
    ("figure", "paper", 4.5),
    ("focus", "paper", 3),
    ("border", "paper", 1.2),
    ("on-brand", "brand", 7),
    ("on-brand", "brand-dark", 7),
    ("on-accent", "accent", 7),
    ("accent", "brand", 3),  # focus ring and underline in the header
    ("accent", "brand-dark", 3),
    ("danger", "paper", 4.5),
    ("success", "paper", 4.5),
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("foreground", "background", "minimum"), PAIRS)
def test_colour_pair_contrast(scheme, foreground, background, minimum):
    colours = scheme_tokens()[scheme]
    measured = ratio(colours[foreground], colours[background])
    assert measured >= minimum, f"{scheme}: {foreground} on {background} is {measured:.2f}:1"


def test_the_dark_scheme_changes_the_surfaces():
    light, dark = scheme_tokens()["light"], scheme_tokens()["dark"]
    assert dark["paper"] != light["paper"] and luminance(dark["paper"]) < 0.05
