"""Inline SVG charts for the report and the web app: a timeline of a group's mentions.

Pure functions, no store access: they take dates and stances and return an ``<svg>``
string to paste into a page. No text from documents goes in; the only text drawn is what
this module formats itself (dates, counts, the stance words), escaped all the same.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from html import escape

STANCES = ("supports", "denies", "neutral")
# Blue / vermilion / grey: told apart by people with the common colour-vision deficiencies.
COLOURS = {"supports": "#1f6fb4", "denies": "#d55e00", "neutral": "#9a9a9a"}
_LEFT, _RIGHT, _TOP, _BOTTOM = 30, 8, 16, 18
_MIN_SLOT = 4  # pixels per bar at least: a longer span is drawn by week, then by month


def timeline(points: Iterable[tuple[str | None, str]], width: int = 640, height: int = 120, *,
             svg_id: str | None = None) -> str:
    """A stacked bar chart of mentions per hour (when they span under two days), day, week
    or month, coloured by stance; ``points`` are (ISO date-time or None, stance). Each bar
    has a ``<title>`` with its date and counts; undated mentions (or unreadable dates) are
    counted in a note."""
    return timeline_counts(Counter(points), width, height, svg_id=svg_id)


def timeline_counts(counts: Mapping[tuple[str | None, str], int], width: int = 640, height: int = 120, *,
                    svg_id: str | None = None) -> str:
    """``timeline`` of points already counted: {(ISO date-time or None, stance): n}. A whole
    ledger's mentions, counted per hour as they stream, are drawn in little memory."""
    dated: list[tuple[datetime, str, int]] = []
    undated = 0
    for (when, stance), n in counts.items():
        moment = _moment(when)
        if moment is None:
            undated += n
        elif n > 0:
            dated.append((moment, stance if stance in STANCES else "neutral", n))
    width, height = max(int(width), 160), max(int(height), 60)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg"{_id(svg_id)} class="timeline" role="img" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" '
             f'font-size="10">']
    total = sum(n for _, _, n in dated) + undated
    parts.append(f"<title>{_e(_summary(dated, undated))}</title>")
    if not dated:
        parts.append(f'<text x="{width / 2:.0f}" y="{height / 2:.0f}" text-anchor="middle" fill="#555">'
                     f'{_e("no dated mentions" if total else "no mentions")}'
                     f'{_e(f" ({undated} undated)") if undated else ""}</text></svg>')
        return "".join(parts)

    unit, buckets = _buckets(dated, width - _LEFT - _RIGHT)
    bars: dict[datetime, Counter] = {b: Counter() for b in buckets}
    for moment, stance, n in dated:
        bars[_floor(moment, unit)][stance] += n
    tallest = max(sum(c.values()) for c in bars.values())
    left = max(_LEFT, 6 * len(str(tallest)) + 8)  # room for the scale's largest number
    plot_w, plot_h = width - left - _RIGHT, height - _TOP - _BOTTOM
    slot = plot_w / len(buckets)
    bar = max(1.0, slot * 0.8)
    base = _TOP + plot_h

    # axes: the baseline, and the count scale at the left
    parts.append(f'<line x1="{left}" y1="{base}" x2="{width - _RIGHT}" y2="{base}" stroke="#777"/>')
    parts.append(f'<text x="{left - 4}" y="{_TOP + 8}" text-anchor="end" fill="#555">{tallest}</text>')
    parts.append(f'<text x="{left - 4}" y="{base}" text-anchor="end" fill="#555">0</text>')
    for i, bucket in enumerate(buckets):
        c = bars[bucket]
        n = sum(c.values())
        if not n:
            continue
        x = left + i * slot + (slot - bar) / 2
        detail = ", ".join(f"{c[s]} {s}" for s in STANCES if c[s])
        parts.append(f'<g class="bar"><title>{_e(_label(bucket, unit, long=True))}: {n} mention'
                     f'{"s" if n != 1 else ""} ({_e(detail)})</title>')
        y = float(base)
        for stance in STANCES:
            if not c[stance]:
                continue
            h = c[stance] / tallest * plot_h
            y -= h
            parts.append(f'<rect class="{stance}" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{COLOURS[stance]}"/>')
        parts.append("</g>")
    # date labels: the first and last bucket, and the middle one when there is room
    marks = [0, len(buckets) - 1]
    if len(buckets) > 2 and plot_w >= 300:
        marks.insert(1, len(buckets) // 2)
    for i in dict.fromkeys(marks):
        if len(buckets) == 1 or 0 < i < len(buckets) - 1:
            x, anchor = left + (i + 0.5) * slot, "middle"
        elif i == 0:
            x, anchor = float(left), "start"
        else:
            x, anchor = float(width - _RIGHT), "end"
        parts.append(f'<text x="{x:.1f}" y="{height - 5}" text-anchor="{anchor}" fill="#333">'
                     f'{_e(_label(buckets[i], unit))}</text>')
    # legend and the undated note, along the top
    x = left
    for stance in STANCES:
        parts.append(f'<rect x="{x}" y="3" width="8" height="8" fill="{COLOURS[stance]}"/>'
                     f'<text x="{x + 11}" y="11" fill="#333">{stance}</text>')
        x += 11 + 6 * len(stance) + 10
    note = f"per {unit}" + (f"; {undated} undated not shown" if undated else "")
    parts.append(f'<text x="{width - _RIGHT}" y="11" text-anchor="end" fill="#555">{_e(note)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _id(svg_id: str | None) -> str:
    return f' id="{escape(svg_id, quote=True)}"' if svg_id else ""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _moment(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _summary(dated: list[tuple[datetime, str, int]], undated: int) -> str:
    by_stance: Counter = Counter()
    for _, stance, n in dated:
        by_stance[stance] += n
    n = sum(by_stance.values()) + undated
    text = f"{n} mention{'s' if n != 1 else ''}"
    detail = [f"{by_stance[s]} {s}" for s in STANCES if by_stance[s]]
    if undated:
        detail.append(f"{undated} undated")
    return text + (f" ({', '.join(detail)})" if detail else "")


def _floor(moment: datetime, unit: str) -> datetime:
    if unit == "hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if unit == "day":
        return day
    if unit == "week":
        return day - timedelta(days=day.weekday())  # weeks start on Monday (ISO 8601)
    return day.replace(day=1)


def _next(bucket: datetime, unit: str) -> datetime:
    if unit == "hour":
        return bucket + timedelta(hours=1)
    if unit == "day":
        return bucket + timedelta(days=1)
    if unit == "week":
        return bucket + timedelta(days=7)
    return bucket.replace(year=bucket.year + bucket.month // 12, month=bucket.month % 12 + 1)


def _buckets(dated: list[tuple[datetime, str, int]], plot_w: int) -> tuple[str, list[datetime]]:
    """The time unit and every bucket from the first mention's to the last's (empty ones
    too: the axis is time). Hours under two days; days, then weeks, then months, the
    first that leaves each bar ``_MIN_SLOT`` pixels."""
    first = min(m for m, _, _ in dated)
    last = max(m for m, _, _ in dated)
    units = ("hour", "day", "week", "month") if last - first < timedelta(days=2) else ("day", "week", "month")
    room = max(1, plot_w // _MIN_SLOT)
    for unit in units:
        span = _span(first, last, unit)
        if span <= room or unit == "month":
            out, bucket, end = [], _floor(first, unit), _floor(last, unit)
            while bucket <= end:
                out.append(bucket)
                bucket = _next(bucket, unit)
            return unit, out
    raise AssertionError("unreachable: months always fit")


def _span(first: datetime, last: datetime, unit: str) -> int:
    a, b = _floor(first, unit), _floor(last, unit)
    if unit == "hour":
        return int((b - a).total_seconds() // 3600) + 1
    if unit == "day":
        return (b - a).days + 1
    if unit == "week":
        return (b - a).days // 7 + 1
    return (b.year - a.year) * 12 + b.month - a.month + 1


def _label(bucket: datetime, unit: str, long: bool = False) -> str:
    if unit == "hour":
        return bucket.strftime("%Y-%m-%d %H:00" if long else "%m-%d %H:00") + (" UTC" if long else "")
    if unit == "day":
        return bucket.strftime("%Y-%m-%d")
    if unit == "week":
        return ("week of " if long else "") + bucket.strftime("%Y-%m-%d")
    return bucket.strftime("%Y-%m")
