"""Text with spans highlighted: a window of a document's text, escaped, with ``<mark>``
elements around the spans (a mention's source, cue and content; a document's mentions).

Spans are offsets into the document's text. They may be missing, empty, reach outside the
window, nest or overlap: overlapping spans are cut where they cross, so the marks always
nest (``<mark class="content">a <mark class="cue">b</mark></mark><mark class="cue">c</mark>``)
and every piece of text is escaped exactly once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int | None
    end: int | None
    cls: str
    attrs: dict[str, str] = field(default_factory=dict)


def marked(text: str, spans: Iterable[Span], start: int = 0, end: int | None = None) -> Markup:
    """``text[start:end]`` as HTML, each span that overlaps it in a ``<mark>``."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    inside = []
    for order, span in enumerate(spans):
        if span.start is None or span.end is None:
            continue
        a, b = max(span.start, start), min(span.end, end)
        if a < b:
            inside.append((a, b, order, span))
    # Outer spans first: earlier start, then longer; the order given breaks ties.
    inside.sort(key=lambda item: (item[0], -item[1], item[2]))
    cuts = sorted({start, end, *(a for a, _, _, _ in inside), *(b for _, b, _, _ in inside)})
    out: list[str] = []
    open_: list[tuple] = []  # the marks open now, outermost first
    for a, b in pairwise(cuts):
        wanted = [item for item in inside if item[0] <= a and item[1] >= b]
        keep = 0
        while keep < min(len(open_), len(wanted)) and open_[keep] is wanted[keep]:
            keep += 1
        out.append("</mark>" * (len(open_) - keep))
        for item in wanted[keep:]:
            out.append(_open(item[3]))
        open_ = wanted
        out.append(str(escape(text[a:b])))
    out.append("</mark>" * len(open_))
    return Markup("".join(out))


def _open(span: Span) -> str:
    attrs = "".join(f' {name}="{escape(value)}"' for name, value in span.attrs.items())
    return f'<mark class="{escape(span.cls)}"{attrs}>'
