"""The scan report's timeline: approaches per month as stacked bars, in inline SVG built from
escaped pieces (no script, no external resource)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup

from countersight.scan.evidence_html import month_label, plural

BANDS = ("high", "medium", "low")
BAND_LABEL = {"high": "High", "medium": "Medium", "low": "Low"}
BAND_COLOUR = {"high": "#b3261e", "medium": "#d98e04", "low": "#8fc79b"}

# --------------------------------------------------------------------------------------------
# The timeline chart (inline SVG)
# --------------------------------------------------------------------------------------------


def _nice_step(maximum: int, ticks: int = 5) -> int:
    """A round tick step (1, 2, 5, 10, 20, 50, …) giving at most ``ticks`` intervals."""
    if maximum <= ticks:
        return 1
    magnitude = int(10 ** math.floor(math.log10(maximum / ticks)))
    for factor in (1, 2, 5, 10):
        step = factor * magnitude
        if math.ceil(maximum / step) <= ticks:
            return step
    return 10 * magnitude


def labelled_months(keys: Sequence[str], most: int = 12) -> set[int]:
    """Indices of the months to label: all when few, else every Nth, aligned to the calendar."""
    if len(keys) <= most:
        return set(range(len(keys)))
    for step in (2, 3, 6, 12, 24, 36, 60, 120, 240, 600, 1200):
        chosen = set()
        for index, key in enumerate(keys):
            year, month = int(key[:4]), int(key[5:7])
            if step < 12:
                if (month - 1) % step == 0:
                    chosen.add(index)
            elif month == 1 and year % (step // 12) == 0:
                chosen.add(index)
        if len(chosen) <= most:
            return chosen or {0}
    return {0}


def _n(value: float) -> str:
    """A coordinate with at most two decimals and no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def timeline_svg(per_month: Sequence[tuple[str, dict[str, int]]]) -> Markup:
    """Approaches per month as stacked bars (high at the bottom), with axes, title and legend."""
    width, height = 960, 320
    left, right, top, bottom = 52, 16, 48, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    n = len(per_month)
    totals = [sum(counts.values()) for _, counts in per_month]
    peak = max(totals, default=0)
    step = _nice_step(max(peak, 1))
    y_max = max(step * math.ceil(max(peak, 1) / step), 1)
    slot = plot_w / max(n, 1)
    bar_w = min(max(slot * 0.72, 1.0), 56.0)
    total = sum(totals)
    busiest = max(range(n), key=lambda i: totals[i]) if n else 0
    desc = f"{plural(total, 'dated approach', 'dated approaches')} over {plural(n, 'month')}" + (
        f"; the busiest month is {month_label(per_month[busiest][0])} with {totals[busiest]:,}."
        if n
        else "."
    )
    out: list[str] = []
    add = out.append
    add(
        Markup(
            '<svg class="chart" viewBox="0 0 %s %s" '
            'role="img" aria-labelledby="chart-title chart-desc" '
            'font-family="system-ui, sans-serif" font-size="12">'
        )
        % (width, height)
    )
    add(Markup('<title id="chart-title">Approaches per month, by band</title>'))
    add(Markup('<desc id="chart-desc">%s</desc>') % desc)
    add(
        Markup(
            "<defs>"
            '<pattern id="hatch-medium" width="6" height="6" patternUnits="userSpaceOnUse" '
            'patternTransform="rotate(45)">'
            '<rect width="6" height="6" fill="%s"/>'
            '<rect width="2" height="6" fill="#ffffff" fill-opacity="0.45"/>'
            "</pattern>"
            "</defs>"
        )
        % BAND_COLOUR["medium"]
    )
    fills = {
        "high": BAND_COLOUR["high"],
        "medium": "url(#hatch-medium)",
        "low": BAND_COLOUR["low"],
    }
    add(
        Markup('<text x="%s" y="20" font-size="15" font-weight="600" fill="#1f2328">%s</text>')
        % (left, "Approaches per month, by band")
    )
    # Legend, top right: swatch and word for each band.
    x = width - right - 250
    for band in BANDS:
        add(
            Markup(
                '<rect x="%s" y="10" width="14" height="14" fill="%s" stroke="#555" '
                'stroke-width="0.5"/><text x="%s" y="21" fill="#1f2328">%s</text>'
            )
            % (_n(x), fills[band], _n(x + 19), BAND_LABEL[band])
        )
        x += 84
    # Horizontal grid lines and y-axis labels.
    for value in range(0, y_max + 1, step):
        y = top + plot_h - plot_h * value / y_max
        add(
            Markup(
                '<line x1="%s" x2="%s" y1="%s" y2="%s" stroke="%s" stroke-width="1"/>'
                '<text x="%s" y="%s" text-anchor="end" fill="#57606a">%s</text>'
            )
            % (
                left,
                left + plot_w,
                _n(y),
                _n(y),
                "#57606a" if value == 0 else "#d0d7de",
                left - 6,
                _n(y + 4),
                f"{value:,}",
            )
        )
    add(
        Markup(
            '<text transform="translate(14 %s) rotate(-90)" text-anchor="middle" '
            'fill="#57606a">approaches</text>'
        )
        % _n(top + plot_h / 2)
    )
    labelled = labelled_months([key for key, _ in per_month])
    for index, (key, counts) in enumerate(per_month):
        centre = left + slot * (index + 0.5)
        label = month_label(key)
        parts = ", ".join(f"{counts[b]:,} {b}" for b in BANDS)
        add(Markup('<g class="month" data-month="%s"><title>%s: %s</title>') % (key, label, parts))
        y = top + plot_h
        for band in BANDS:
            count = counts[band]
            if not count:
                continue
            h = plot_h * count / y_max
            y -= h
            add(
                Markup('<rect class="bar-%s" x="%s" y="%s" width="%s" height="%s" fill="%s"/>')
                % (band, _n(centre - bar_w / 2), _n(y), _n(bar_w), _n(h), fills[band])
            )
        add(Markup("</g>"))
        if index in labelled:
            add(
                Markup(
                    '<line x1="%s" x2="%s" y1="%s" y2="%s" stroke="#57606a"/>'
                    '<text x="%s" y="%s" text-anchor="middle" fill="#57606a">%s</text>'
                )
                % (
                    _n(centre),
                    _n(centre),
                    top + plot_h,
                    top + plot_h + 4,
                    _n(centre),
                    top + plot_h + 18,
                    label,
                )
            )
    add(Markup("</svg>"))
    return Markup("").join(out)
