"""The report as Markdown (``claimledger report --format md``): what the HTML report says
(``report.html.contents``), for a wiki, a ticket or a chat.

Text from documents is untrusted here too. ``text`` writes it so that no Markdown reader
makes anything of it but text: line breaks become spaces (no block can start), HTML's
``<``, ``>`` and ``&`` become entities (no tag, no autolink), and every character that
makes emphasis, code, links, images, tables, headings or strikethrough is escaped with a
backslash. The only links are the report's own, to http(s) addresses. A reader with GFM's
autolink extension may still turn a bare ``https://…`` in a text into a link: that is
an http(s) link, as the HTML report allows.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from urllib.parse import quote

from claimledger.link.registry import Registry
from claimledger.report.html import MAX_MENTIONS, contents, safe_url, show_controls
from claimledger.report.svg import STANCES
from claimledger.store import Store

# Emphasis, code, links and images (their brackets), tables, strikethrough, ATX headings:
# with "[" and "]" escaped, "(" and "!" cannot make a link or an image.
_INLINE = re.compile(r"([\\`*_\[\]#|~])")
_LINE_START = re.compile(r"^([-+=>]|\d+[.)])")
_STATUS_WORDS = {"contested": "Contested", "corroborated": "Corroborated", "single-source": "Single-source"}
_STATUS_EXPLAIN = {
    "contested": "At least one mention denies or disputes the claim.",
    "corroborated": "Not denied, and two or more independent origins support it (anonymous and crowd sources "
                    "never count).",
    "single-source": "Neither denied nor corroborated: one independent origin at most.",
}


def text(value) -> str:
    """``value`` as Markdown that reads as exactly this text, on one line."""
    if value is None:
        return ""
    flat = " ".join(show_controls(str(value)).split())
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    flat = _INLINE.sub(r"\\\1", flat)
    # A line may start with it (in a list item, a heading): no list, quote or setext underline.
    match = _LINE_START.match(flat)
    if match:
        flat = flat[:match.end() - 1] + "\\" + flat[match.end() - 1:]
    return flat


def link(label: str, url: str | None) -> str:
    """``[label](url)`` when ``url`` is http(s), else the label as text."""
    target = safe_url(url)
    if target is None:
        return text(label)
    # Percent-encode what would end or break a link destination; keep what a URL means.
    return f"[{text(label)}]({quote(target, safe=':/?#[]@!$&*+,;=%~-._' + chr(39))})"


def render(store: Store, registry: Registry | None = None, status: str | None = None,
           limit_groups: int | None = None) -> str:
    """The report as one Markdown document (a string)."""
    r = contents(store, registry, status, limit_groups)
    out: list[str] = [f"# {r['title']}", ""]
    only = f", {r['status_filter']} claims only" if r["status_filter"] else ""
    ledger_name = " ".join(r["ledger"].replace("`", "").split())  # in a code span: shown as written
    out += [f"Ledger `{ledger_name}`, generated {r['generated_at']}{only}. claimledger records "
            "who asserts each claim, on whose word, how it is hedged, who corroborates and who denies it; it never "
            "rates a claim. Verdicts shown are analysts' own. Coordinates, phone numbers, e-mail addresses and "
            "private accounts were redacted before anything was stored.", ""]
    out += _summary(r)
    for section in r["sections"]:
        out += _section(section)
    out += _sources(r)
    return "\n".join(out).rstrip("\n") + "\n"


def _summary(r: dict) -> list[str]:
    s = r["summary"]
    heads = ["documents", "claim mentions", "sources", "claim groups", *s["by_status"], "analysts' verdicts"]
    values = [s["documents"], s["mentions"], s["sources"], s["groups"], *s["by_status"].values(), s["verdicts"]]
    out = ["## Summary", "", "| " + " | ".join(heads) + " |", "|" + "---:|" * len(heads),
           "| " + " | ".join(f"{v:,}" for v in values) + " |", ""]
    notes = []
    if s["first_published"]:
        notes.append(f"Published {_when(s['first_published'])} … {_when(s['last_published'])} (UTC).")
    if s["not_linked"]:
        notes.append(f"{s['not_linked']:,} claim mentions are not linked into groups yet (run `claimledger link`).")
    if s["not_extracted"]:
        notes.append(f"{s['not_extracted']:,} documents are not extracted yet (run `claimledger extract`).")
    if notes:
        out += [" ".join(notes), ""]
    by_day = _by_day(r["timeline"])
    if by_day:
        out += ["Mentions per day, by stance toward their claim group:", ""]
        out += [f"- {day}: {detail}" for day, detail in by_day] + [""]
    return out


def _section(section: dict) -> list[str]:
    status = section["status"]
    out = [f"## {_STATUS_WORDS[status]} claims ({section['total']:,})", "", _STATUS_EXPLAIN[status], ""]
    for g in section["groups"]:
        out += _group(g)
    if section["more"]:
        out += [f"_{section['more_note']}: `claimledger claims --status {status}` or the web app lists them all._",
                ""]
    if not section["total"]:
        out += ["None.", ""]
    return out


def _group(g: dict) -> list[str]:
    n = len(g["mentions"])
    seen = (f"first seen {_when(g['first_seen'])}" + (f", last seen {_when(g['last_seen'])}"
                                                      if g["last_seen"] and g["last_seen"] != g["first_seen"] else "")
            if g["first_seen"] else "undated")
    meta = [f"**{g['status']}**" + "".join(f" `{flag}`" for flag in g["flags"]), f"{n:,} mention{'s' * (n != 1)}",
            seen]
    if g["languages"]:
        meta.append(", ".join(text(lang) for lang in g["languages"]))
    if g["channels"]:
        meta.append("through " + ", ".join(text(c) for c in g["channels"]))
    meta.append(f"`{g['id']}`")
    out = [f"### {text(g['proposition'])}", "", " · ".join(meta), "", f"**{text(g['rule'])}.**", ""]
    if g["notes"]:
        out += [f"- {text(note)}" for note in g["notes"]] + [""]
    if g["verdict"]:
        v = g["verdict"]
        line = f"> **Analyst's verdict: {text(v.rating)}**" + (f" by {text(v.analyst)}" if v.analyst else "")
        line += f", {_when(v.created_at)} UTC"
        if g["earlier_verdicts"]:
            line += f" ({g['earlier_verdicts']} earlier verdict{'s' * (g['earlier_verdicts'] != 1)} in the ledger)"
        out += [line]
        if v.note:
            out += [">", f"> {text(v.note)}"]
        if v.evidence:
            out += [">", f"> Evidence: {link(v.evidence, v.evidence)}"]
        out += [""]
    days = _by_day(Counter((m["published_at"], m["stance"]) for m in g["mentions"]))
    if days:
        out += ["Timeline: " + "; ".join(f"{day}: {detail}" for day, detail in days), ""]
    for title, side in (("Who asserts it", "supporters"), ("Who denies it", "deniers"), ("Neutral", "neutral")):
        if side == "neutral" and not g[side]:
            continue
        out += [f"#### {title} ({len(g[side])})", ""]
        out += [f"- {_speaker(sp, side)}" for sp in g[side]] or ["nobody"]
        out += [""]
    if g["hedge_counts"]:
        out += ["Hedged: " + ", ".join(f"{text(h)} ({k})" for h, k in g["hedge_counts"]), ""]
    out += [f"#### Origins ({len(g['origins'])}): a forward, a copy or a citation counts once, for its origin", ""]
    for o in g["origins"]:
        k = len(o["mentions"])
        out.append(f"- {text(o['name'])}: {k} mention{'s' * (k != 1)} ({', '.join(o['stances'])})")
        out += [f"  - one origin: {text(reason)}" for reason in o["why"]]
    if not g["origins"]:
        out.append("no named origin")
    out += ["", f"#### Mentions ({n:,})", "", "| published (UTC) | where | source | cue | stance | what it says |",
            "|---|---|---|---|---|---|"]
    for m in g["mentions"][:MAX_MENTIONS]:
        where = link(m["where"], m["document"]["url"])
        if m["document"]["forwarded_from"]:
            where += f" (forwarded from {text(m['document']['forwarded_from'])})"
        if m["document"]["reply_to"] is not None:
            where += f" (a reply to \\#{m['document']['reply_to']})"
        if m["kind"] == "author":
            source = f"{text(m['source'] or 'the document')} (own voice)"
        else:
            source = f"{text(m['source'] or '')} ({m['kind']}" + (f", {text(m['affiliation'])}"
                                                                  if m["affiliation"] else "") + ")"
        says = text(m["content"]) + (f" (hedged: {', '.join(text(h) for h in m['hedges'])})" if m["hedges"] else "")
        out.append(f"| {_when(m['published_at'])} | {where} | {source} | {text(m['cue'])} | {m['stance']} | {says} |")
    out.append("")
    if n > MAX_MENTIONS:
        out += [f"… and {n - MAX_MENTIONS:,} more mentions: `claimledger show {g['id']}` lists them all.", ""]
    return out


def _speaker(sp: dict, side: str) -> str:
    k = len(sp["mentions"])
    line = f"{text(sp['name'] or 'the document’s own voice')} ({sp['kind']}"
    line += (f", {text(sp['affiliation'])}" if sp["affiliation"] else "") + f"): {k} mention{'s' * (k != 1)}"
    if sp["also_written"]:
        line += "; also written " + ", ".join(text(name) for name in sp["also_written"])
    if side == "supporters" and not sp["independent"]:
        line += " — not an independent origin"
    return line


def _sources(r: dict) -> list[str]:
    out = [f"## Sources ({r['summary']['sources']:,})", "",
           "Spellings of one source are counted together. “Supports” counts the claim groups a source supports (of "
           "them corroborated and contested); “denies” the groups it denies.", "",
           "| source | kind | mentions | supports | of them corroborated | of them contested | denies | seen (UTC) |",
           "|---|---|---:|---:|---:|---:|---:|---|"]
    for src in r["sources"]:
        name = text(src["name"] or "(own voice, outlet unknown)")
        if src["also_written"]:
            name += " (also " + ", ".join(text(n) for n in src["also_written"]) + ")"
        kind = src["kind"] + (f", {text(src['affiliation'])}" if src["affiliation"] else "")
        seen = ""
        if src["first_seen"]:
            first, last = src["first_seen"][:10], (src["last_seen"] or src["first_seen"])[:10]
            seen = first if first == last else f"{first} … {last}"
        out.append(f"| {name} | {kind} | {src['mentions']:,} | {src['supports']:,} | {src['corroborated']:,} | "
                   f"{src['contested']:,} | {src['denies']:,} | {seen} |")
    out.append("")
    if r["sources_more"]:
        out += [f"{r['sources_more']:,} more sources with fewer mentions: `claimledger sources` lists them all.", ""]
    return out


def _when(value: str | None) -> str:
    return value[:16].replace("T", " ") if value else "undated"


def _by_day(counts: Counter) -> list[tuple[str, str]]:
    """Mentions per day (per month past 62 days), "2026-02-02", "4 (3 supports, 1 denies)";
    undated ones last."""
    days: dict[str, Counter] = {}
    undated = 0
    for (when, stance), n in counts.items():
        day = _day(when)
        if day is None:
            undated += n
        else:
            days.setdefault(day, Counter())[stance] += n
    if len(days) > 62:
        months: dict[str, Counter] = {}
        for day, c in days.items():
            months.setdefault(day[:7], Counter()).update(c)
        days = months
    out = []
    for day in sorted(days):
        c = days[day]
        detail = ", ".join(f"{c[s]} {s}" for s in STANCES if c[s])
        out.append((day, f"{sum(c.values()):,} ({detail})"))
    if undated and out:
        out.append(("undated", f"{undated:,}"))
    return out


def _day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d")
