"""The ledger as one self-contained HTML file (``claimledger report``) for editors.

``contents`` gathers what a report shows (the Markdown report, ``report.markdown``, shows
the same); ``render`` fills the template ``templates/report.html.j2``. The file has its
style inline, no script and no external asset, so it works offline and as an e-mail
attachment; a Content-Security-Policy in it forbids scripts even if some text got through.

Everything from documents is untrusted (channel names, authors, text, links): Jinja2
escapes every value, document text sits in ``<bdi>`` so a right-to-left override cannot
reorder the page around it, and a link is a link only when it is http or https.

What goes in, for a ledger of any size: every contested and corroborated group in full (at
most ``limit_groups`` of each, the most mentioned first, the rest counted), then the
single-source groups repeated by two mentions or more — the one-mention groups are listed
too when the whole section fits, and only counted otherwise. A 100k-mention ledger has
tens of thousands of one-mention groups; in full they would make a file of tens of
megabytes that no editor reads and no mail server takes, and ``claimledger claims`` and
the web app list them all.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from claimledger.errors import ClaimledgerError
from claimledger.link.registry import Registry
from claimledger.report import ledger, svg, verdicts
from claimledger.report.jsonl import group_and_status
from claimledger.store import Store

DEFAULT_LIMIT = 200  # groups in full per status
MAX_MENTIONS = 50  # mentions listed per group (the timeline counts them all)
MAX_SOURCES = 300  # rows of the sources table
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)
# Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): shown as their
# code points, so "<U+202E>gnp.exe" cannot pass for "exe.png" and cannot reverse the words after it.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def safe_url(url: str | None) -> str | None:
    """``url`` (trimmed) when it is an http or https address with a host, else None: a
    ``javascript:``, ``data:`` or any other link from a document is shown as text, never
    followed. The one test of the report, the exports and the web app."""
    if not url:
        return None
    url = url.strip()
    if not _WEB_URL.fullmatch(url):
        return None
    try:
        return url if urlsplit(url).netloc else None
    except ValueError:  # a malformed host ("http://[::1")
        return None


def show_controls(text: str) -> str:
    """``text`` with each text-direction control character written as its code point
    ("[U+202E]"): visible, and without effect on the text around it."""
    return _BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def contents(store: Store, registry: Registry | None = None, status: str | None = None,
             limit_groups: int | None = None) -> dict:
    """What a report says, as data: the summary figures, the ledger's timeline, the
    sections by status (each group's provenance trail with its current verdict) and the
    sources. ``status`` keeps one section; ``limit_groups`` caps each (default 200).
    ``timeline`` is {(hour or None, stance): mentions} over the whole ledger."""
    if status is not None and status not in ledger.STATUSES:
        raise ClaimledgerError(f"unknown status {status!r}; valid statuses: {', '.join(ledger.STATUSES)}")
    limit = DEFAULT_LIMIT if limit_groups is None else max(0, limit_groups)
    figures = store.stats()
    source_total, top_sources = ledger.sources_page(store, registry, limit=MAX_SOURCES)
    return {
        "title": "claimledger report",
        "ledger": Path(store.location).name,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "summary": {
            "documents": figures["documents"],
            "mentions": figures["mentions"],
            "sources": source_total,
            "groups": figures["groups"],
            "by_status": {s: figures["groups_by_status"].get(s, 0) for s in ledger.STATUSES},
            "not_linked": figures["not_linked"],
            "not_extracted": figures["not_extracted"],
            "verdicts": len(store.verdicts()),
            "first_published": figures["first_published"],
            "last_published": figures["last_published"],
        },
        "timeline": _ledger_counts(store),
        "sections": [_section(store, s, limit, registry) for s in ledger.STATUSES if status in (None, s)],
        "sources": top_sources,
        "sources_more": max(0, source_total - MAX_SOURCES),
        "status_filter": status,
    }


def render(store: Store, registry: Registry | None = None, status: str | None = None,
           limit_groups: int | None = None) -> str:
    """The report as one HTML document (a string)."""
    return _environment().get_template("report.html.j2").render(
        r=contents(store, registry, status, limit_groups), max_mentions=MAX_MENTIONS)


def _section(store: Store, status: str, limit: int, registry: Registry | None) -> dict:
    total = store.count_groups(status=status)
    rows = []
    whole = status != "single-source" or total <= limit
    for row in store.groups(status=status, order="mentions", limit=limit):
        if not whole and row["mentions"] < 2:
            break
        rows.append(row)
    groups = [_group(store, row["id"], registry) for row in rows]
    more = total - len(groups)
    if not more:
        note = ""
    elif not groups:
        note = f"{more:,} {status} groups are not shown here"
    elif whole or len(groups) == limit:
        note = f"{more:,} more {status} groups with fewer mentions are not shown here"
    else:
        note = f"{more:,} more {status} groups, each with a single mention, are not shown here"
    return {"status": status, "total": total, "groups": groups, "more": more, "more_note": note}


def _group(store: Store, group_id: str, registry: Registry | None) -> dict:
    trail = ledger.trail(store, group_id, registry)
    history = verdicts.history(store, group_id)
    hedges = Counter(h for m in trail["mentions"] for h in m["hedges"])
    trail["hedge_counts"] = sorted(hedges.items(), key=lambda kv: (-kv[1], kv[0]))
    trail["verdict"] = history[-1] if history else None
    trail["earlier_verdicts"] = len(history) - 1 if history else 0
    return trail


def _ledger_counts(store: Store) -> Counter:
    """Every mention of the ledger by its document's hour and its stance toward its group,
    {(hour, stance): n}, counted as the ledger streams past: the memory is that of the
    hours, not of the mentions."""
    counts: Counter = Counter()
    for doc, mentions in store.documents_with_groups():
        hour = f"{doc.published_at[:13]}:00:00+00:00" if doc.published_at else None  # stored in UTC
        for mention, link in mentions:
            counts[(hour, group_and_status(mention, link)[2])] += 1
    return counts


def _group_svg(group: dict) -> Markup:
    return Markup(svg.timeline([(m["published_at"], m["stance"]) for m in group["mentions"]], width=560, height=100,
                               svg_id=f"timeline-{group['id']}"))


def _ledger_svg(counts: Counter) -> Markup:
    return Markup(svg.timeline_counts(counts, width=900, height=140, svg_id="ledger-timeline"))


def _untrusted(value) -> Markup:
    """Text from a document, escaped and isolated from the page's text direction."""
    if value is None or value == "":
        return Markup("")
    return Markup("<bdi>") + escape(show_controls(str(value))) + Markup("</bdi>")


def _when(value: str | None) -> str:
    return value[:16].replace("T", " ") if value else "undated"


@cache
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("claimledger.report", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(u=_untrusted, safe_url=safe_url, when=_when, num=lambda n: f"{n:,}", group_svg=_group_svg,
                       ledger_svg=_ledger_svg)
    return env
