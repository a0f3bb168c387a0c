"""The map of Hauts-de-France on territory pages: an inline SVG the portal draws itself
(no tiles, no third party), each territory a link, and the list of territories beside it.

The shapes are hand-drawn schematic polygons (not geodata), keyed by the territory's slug:
a territory editors add without a shape here is still in the list.
"""

from stories.impact import projects_by_territory
from stories.models import Territory

VIEWBOX = "0 0 420 460"
# The region's outline, roughly: the coast to the west, Belgium to the north-east.
REGION = (
    "150,10 235,35 300,85 335,135 372,160 395,230 372,320 330,420 220,442 110,420 60,360 "
    "40,262 62,200 70,122 100,42"
)
# slug: (points, label x, label y, short label for the map; the list gives the full name)
SHAPES = {
    "littoral": ("100,42 150,10 192,26 178,72 122,98 86,132 70,122 82,70", 128, 60, ""),
    "metropole-lilloise": ("222,54 276,60 292,96 266,122 230,112 218,82", 256, 92, "Lille"),
    "bassin-minier": ("150,118 226,120 236,142 214,162 166,162 140,142", 186, 145, ""),
    "douaisis": ("236,142 266,136 272,162 246,176 214,162", 248, 160, "Douai"),
    "valenciennois-denain": ("272,134 314,128 324,160 292,176 272,162", 298, 155, "Valenc."),
    "cambresis": ("246,176 292,176 298,212 250,218", 272, 200, "Cambrai"),
    "sambre-avesnois-thierache": (
        "324,160 366,170 388,230 352,262 302,236 298,212 292,176",
        342,
        222,
        "Sambre-Avesnois",
    ),
}


def territory_map(locale_id, urls, current=None):
    """The territories of one locale, with their page's address (`urls`, by translation
    key), their shape if they have one, and their number of projects."""
    counts = projects_by_territory()
    territories = Territory.objects.filter(locale_id=locale_id).only(
        "name", "slug", "translation_key", "founding"
    )
    items = []
    for territory in territories:
        points, x, y, short = SHAPES.get(territory.slug, (None, 0, 0, ""))
        items.append(
            {
                "name": territory.name,
                "slug": territory.slug,
                "founding": territory.founding,
                "url": urls.get(territory.translation_key, ""),
                "points": points,
                "label_x": x,
                "label_y": y,
                "short": short or territory.name,
                "projects": counts.get(territory.translation_key, 0),
                "current": territory.translation_key == current,
            }
        )
    return {"viewbox": VIEWBOX, "region": REGION, "territories": items}
