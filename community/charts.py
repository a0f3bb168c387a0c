"""Bar charts drawn on the server: inline SVG (role="img", a title and a description) with
the table of their values beside them. No script, no style attribute: classes only."""

from django.utils.formats import number_format
from django.utils.translation import gettext as _

WIDTH = 640
BAR_AREA = 480
ROW_HEIGHT = 48
BAR_HEIGHT = 18
PADDING = 8


def bar_chart(chart_id, title, rows, line_label, value_label, projects=True):
    """`rows`: (label, value, url, projects). The geometry is computed here, in whole units."""
    rows = list(rows)
    largest = max((row[1] for row in rows), default=0)
    bars = []
    for number, (label, value, url, count) in enumerate(rows):
        top = PADDING + number * ROW_HEIGHT
        width = round(value * BAR_AREA / largest) if largest else 0
        if value and width < 2:
            width = 2
        bars.append(
            {
                "label": label,
                "value": value,
                "url": url,
                "projects": count,
                "label_y": top + 14,
                "bar_y": top + 20,
                "width": width,
                "value_x": width + 8,
                "value_y": top + 20 + BAR_HEIGHT - 4,
            }
        )
    if rows:
        top_label, top_value = max(rows, key=lambda row: row[1])[:2]
        description = _(
            "Horizontal bars, one for each of %(count)s lines; the longest is %(label)s "
            "(%(value)s). The table that follows gives every value."
        ) % {"count": len(rows), "label": top_label, "value": number_format(top_value)}
    else:
        description = _("No figure yet.")
    return {
        "id": chart_id,
        "title": title,
        "description": description,
        "line_label": line_label,
        "value_label": value_label,
        "projects": projects,
        "bars": bars,
        "width": WIDTH,
        "height": PADDING * 2 + max(len(rows), 1) * ROW_HEIGHT,
        "bar_height": BAR_HEIGHT,
    }


def rows_of(breakdown):
    return [(row.label, row.people, row.url, row.projects) for row in breakdown]


def impact_charts(totals, territories=True):
    people = _("Young people reached")
    charts = []
    if territories:
        charts.append(
            bar_chart(
                "impact-by-territory",
                _("Young people reached, by territory"),
                rows_of(totals.by_territory),
                _("Territory"),
                people,
            )
        )
    charts.append(
        bar_chart(
            "impact-by-challenge",
            _("Young people reached, by challenge"),
            rows_of(totals.by_challenge),
            _("Challenge"),
            people,
        )
    )
    charts.append(
        bar_chart(
            "impact-by-year",
            _("Young people reached, per year"),
            rows_of(totals.by_year),
            _("Year"),
            people,
        )
    )
    return charts
