"""Reading the ledger's claims as an analyst does: ``claims`` (the groups), ``trail`` (one
group's provenance in plain words: ``claimledger show``) and ``sources`` (per source).

Everything here reads what linking stored (groups, each mention's stance toward its
group and origin); a mention not linked yet is shown as a group of its own, assessed on
the spot. Text renderings (``trail_lines``) are here too, so the CLI and the web app say
the same thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from claimledger.assess import NAMED_KINDS, Member, assess, origin, source_key
from claimledger.errors import ClaimledgerError
from claimledger.link.keys import skeleton
from claimledger.link.ledger import linkable
from claimledger.link.linker import group_id
from claimledger.link.registry import Registry
from claimledger.model import ClaimMention, Document
from claimledger.report.jsonl import claim_id
from claimledger.store import GroupLink, Store

STATUSES = ("contested", "corroborated", "single-source")
_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
            10: "ten"}
FLAG_WORDS = {
    "anonymous_only": "no named source supports it: only anonymous or crowd sources, which never corroborate",
    "hedged_only": "every supporting mention is hedged (reportedly, allegedly, unconfirmed …)",
    "one_side_only": "all its independent origins share one affiliation in the source registry",
}


class UnknownId(ClaimledgerError):
    """No claim group or mention has this id."""


# -- claims ----------------------------------------------------------------------------------


def since_value(value: str) -> str:
    """An ISO date or date-time as the ledger compares dates (UTC, ISO 8601); ValueError
    when it is neither."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return date.fromisoformat(value).isoformat()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat()


def claims(store: Store, status: str | None = None, source: str | None = None, since: str | None = None,
           search: str | None = None, language: str | None = None, limit: int | None = None,
           registry: Registry | None = None) -> Iterator[dict]:
    """Claim groups, contested first, then by first seen. ``source`` is any of a source's
    names (any case or script, a surname alone, a registered alias); ``since`` keeps
    groups first seen on or after it; ``search`` is full-text over mention contents;
    ``language`` keeps groups with a mention in it."""
    if status is not None and status not in STATUSES:
        raise ClaimledgerError(f"unknown status {status!r}; valid statuses: {', '.join(STATUSES)}")
    names = sources_named(store, source, registry) if source else None
    yield from store.groups(status=status, since=since_value(since) if since else None, search=search,
                            language=language, sources=names, limit=limit)


def sources_named(store: Store, query: str, registry: Registry | None = None) -> list[str]:
    """The source names, as written in mentions, that ``query`` names: every word of it (in
    any script) is a word of theirs; or a person named by the surname alone has the
    query's last word ("Sokil" for "Іван Сокіл"); or both are names of one registered source."""
    entry = registry.find(query) if registry is not None else None
    wanted = skeleton(query).split()
    found = []
    for name, kind in store.source_names():
        words = skeleton(name).split()
        if ((wanted and all(w in words for w in wanted))
                or (kind == "person" and len(words) == 1 and wanted and words[0] == wanted[-1])
                or (entry is not None and registry.find(name) is entry)):
            found.append(name)
    return sorted(set(found))


# -- show: one group's provenance ------------------------------------------------------------


def resolve(store: Store, ident: str) -> tuple[str, list[tuple[ClaimMention, Document, GroupLink]]]:
    """The group an id names (a group id, or a mention's id or claim id) and its members."""
    ident = ident.strip()
    members = store.group_mentions(ident)
    if members:
        return ident, members
    for mention_id in dict.fromkeys((ident, ident[2:] if ident.startswith("c-") else ident)):
        found = store.mention_with_document(mention_id)
        if found is None:
            continue
        mention, _doc, link = found
        if link.group_id is not None:
            return link.group_id, store.group_mentions(link.group_id)
        return group_id(mention.id), [found]  # not linked yet: a group of its own, as the export has it
    raise UnknownId(f"no claim group or mention has the id {ident!r} "
                    "(group ids are listed by 'claimledger claims', mention ids by 'claimledger export')")


def trail(store: Store, ident: str, registry: Registry | None = None) -> dict:
    """The provenance trail of a claim group, as data: the proposition, the status and the
    rule that gave it, the timeline, who supports and who denies, the origins and why
    mentions share one. ``trail_lines`` says it in words."""
    gid, rows = resolve(store, ident)
    row = store.group(gid)
    linked = row is not None
    if linked:
        stances = {m.id: link.stance or m.stance for m, _, link in rows}
        origins = {m.id: link.origin for m, _, link in rows}
        status, flags = row["status"], row["flags"]
        proposition = row["summary"]
        affiliations = row["affiliations"]
        quantities = row["quantities"]
        origin_names = row["origins"]
    else:  # not linked (yet, or on purpose): assessed on the spot, alone
        from claimledger.link.keys import signature

        result = assess([Member(m, d, signature(m).polarity) for m, d, _ in rows], registry=registry)
        stances, origins = result.stances, result.origins
        status, flags, proposition = result.status, result.flags, result.summary
        affiliations, quantities, origin_names = result.affiliations, result.quantities, result.origin_names

    mentions = []
    for m, doc, _link in rows:
        _key, origin_name = origin(Member(m, doc, 0), registry)
        mentions.append({
            "claim_id": claim_id(m),
            "published_at": doc.published_at,
            "where": where(doc),
            "document": {"id": doc.id, "path": doc.path, "channel": doc.channel, "message_id": doc.message_id,
                         "url": doc.url, "title": doc.title, "forwarded_from": doc.forwarded_from,
                         "reply_to": doc.reply_to, "language": doc.language},
            "source": m.source or None, "kind": m.source_kind,
            "affiliation": registry.affiliation(m.source) if registry is not None and m.source else None,
            "cue": m.cue, "content": m.content, "hedges": list(m.hedges), "stance": stances[m.id],
            "origin": origins.get(m.id), "origin_name": origin_name if origins.get(m.id) else None,
        })
    docs = {doc.id: doc for _, doc, _ in rows}
    by_claim = {item["claim_id"]: (m, docs[m.document_id]) for item, (m, _, _) in zip(mentions, rows, strict=True)}
    sides = {stance: _speakers([i for i in mentions if i["stance"] == stance], registry)
             for stance in ("supports", "denies", "neutral")}
    origin_groups = _origins(mentions, by_claim, rows)
    out = {
        "id": gid,
        "linked": linked,
        "status": status,
        "flags": list(flags),
        "proposition": proposition,
        "first_seen": min((i["published_at"] for i in mentions if i["published_at"]), default=None),
        "last_seen": max((i["published_at"] for i in mentions if i["published_at"]), default=None),
        "channels": sorted({d.channel for d in docs.values() if d.channel and not d.channel.startswith("[")}),
        "languages": sorted({i["document"]["language"] for i in mentions if i["document"]["language"]}),
        "quantities": list(quantities),
        "affiliations": list(affiliations),
        "independent_origins": list(origin_names),
        "supporters": sides["supports"],
        "deniers": sides["denies"],
        "neutral": sides["neutral"],
        "origins": origin_groups,
        "mentions": mentions,
    }
    out["rule"] = _rule(out)
    out["notes"] = _notes(out, rows)
    return out


def where(doc: Document) -> str:
    """Where a document was published, as a person finds it again: "Frontline Notes #2",
    "d3.txt"."""
    return "".join(place(doc))


def place(doc: Document) -> tuple[str, str]:
    """``where`` in two parts, the name from the input and our suffix: ("Frontline Notes",
    " #2"), ("d3.txt", ""); a page isolates the first (it may hold a direction override)."""
    name = doc.channel or Path(doc.path).name or doc.path
    return name, f" #{doc.message_id}" if doc.message_id is not None else ""


def _display(names: list[str]) -> str:
    """The name to show for several spellings of one source: the most used, then one in
    Latin letters, then the longest."""
    counts = Counter(names)
    return max(counts, key=lambda n: (counts[n], n.isascii(), len(n.split()), len(n), n))


def _speaker_key(item: dict, registry: Registry | None) -> str:
    """Which source a mention speaks for: its origin when it has one (spellings and a
    forward's channel together), else the source as written."""
    if item["origin"]:
        return item["origin"]
    if registry is not None and (entry := registry.find(item["source"])) is not None:
        return "registered:" + skeleton(entry.name)  # as assess.origin writes it
    name = item["source"] or ""
    if item["kind"] == "author":
        return "author:" + skeleton(name)
    if item["kind"] in NAMED_KINDS:
        return source_key(name, item["kind"])
    return f"{item['kind']}:{name.casefold()}"


def _speakers(items: list[dict], registry: Registry | None) -> list[dict]:
    """Who takes this side: one entry per source (its spellings together; a forwarded post
    speaks for the channel it was forwarded from), in order of first appearance."""
    out: dict[str, dict] = {}
    for item in items:
        kind = "channel" if item["kind"] == "author" and item["origin"] else item["kind"]
        entry = out.setdefault(_speaker_key(item, registry),
                               {"names": [], "kind": kind, "mentions": [], "independent": False})
        entry["names"].append((item["origin_name"] if item["origin"] else item["source"]) or "")
        entry["mentions"].append(item["claim_id"])
        entry["independent"] |= bool(item["origin"])
    result = []
    for key, entry in out.items():
        registered = registry.find(entry["names"][0]) if registry is not None else None
        name = registered.name if registered is not None else _display(entry["names"])
        result.append({
            "name": name or None,
            "kind": entry["kind"],
            "key": key,
            "affiliation": registered.affiliation if registered is not None else None,
            "also_written": sorted(set(entry["names"]) - {name, ""}),
            "independent": entry["independent"],
            "mentions": entry["mentions"],
        })
    return result


def _origins(mentions: list[dict], by_claim: dict, rows) -> list[dict]:
    """Each origin of the group with its mentions, and why mentions share it."""
    groups: dict[str, list[dict]] = {}
    for item in mentions:
        if item["origin"]:
            groups.setdefault(item["origin"], []).append(item)
    docs = [doc for _, doc, _ in rows]
    out = []
    for key, items in groups.items():
        names = [i["origin_name"] for i in items if i["origin_name"]]
        out.append({
            "key": key,
            "name": _display(names) if names else key.split(":", 1)[-1],
            "stances": sorted({i["stance"] for i in items}),
            "mentions": [i["claim_id"] for i in items],
            "why": _why(items, by_claim, docs) if len(items) > 1 else [],
        })
    return out


def _copy_of(doc: Document, docs: list[Document]) -> Document | None:
    """The document of the group that ``doc`` forwards or copies, if it is there."""
    if not doc.forwarded_from:
        return None
    same = [d for d in docs if d.id != doc.id and d.channel == doc.forwarded_from]
    exact = [d for d in same if d.text == doc.text]
    pool = exact or same
    return min(pool, key=lambda d: (d.published_at or "~", d.id)) if pool else None


def _why(items: list[dict], by_claim: dict, docs: list[Document]) -> list[str]:
    """Plain-words reasons why these mentions count as one origin."""
    reasons: list[str] = []
    attributed, own = [], []
    for item in items:
        m, doc = by_claim[item["claim_id"]]
        (own if m.source_kind == "author" else attributed).append(item)
        if doc.forwarded_from and not doc.forwarded_from.startswith("["):
            original = _copy_of(doc, docs)
            group_copy = doc.author == doc.forwarded_from  # the channel itself posted it into its group
            if original is not None:
                what = "the discussion-group copy of" if group_copy else "a Telegram forward of"
                reasons.append(f"{item['where']} is {what} {where(original)}")
            elif group_copy:
                reasons.append(f"{item['where']} is the discussion-group copy of a {doc.forwarded_from} post")
            elif m.source_kind == "author":
                reasons.append(f"{item['where']} is a Telegram forward of {doc.forwarded_from}: its origin is "
                               f"{doc.forwarded_from}, not the channel that repeated it")
            else:
                reasons.append(f"{item['where']} is a Telegram forward of {doc.forwarded_from}")
    if len(attributed) > 1:
        places = _join([i["where"] for i in attributed])
        names = sorted({i["source"] for i in attributed if i["source"]})
        name = _display([i["origin_name"] for i in attributed if i["origin_name"]] or names)
        reason = f"{places} all cite {name}" if len(attributed) > 2 else f"{places} both cite {name}"
        spellings = [n for n in names if n != name]
        if spellings:
            reason += f" (also written {_join(spellings)}: one source)"
        reasons.append(reason)
    plain_own = [i for i in own if not by_claim[i["claim_id"]][1].forwarded_from]
    if len(plain_own) > 1:
        reasons.append(f"{_join([i['where'] for i in plain_own])} are posts of one channel, {plain_own[0]['source']}")
    return reasons


def _join(words: list[str]) -> str:
    words = list(dict.fromkeys(words))
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _named(speaker: dict) -> str:
    name = speaker["name"] or "the document's own voice"
    if speaker["kind"] in ("anonymous", "crowd"):
        return f'"{name}" ({speaker["kind"]})'
    return name


def _rule(t: dict) -> str:
    """The status and the rule that gave it, in one sentence."""
    if t["status"] == "contested":
        # named deniers first: "contested: denied by Ivan Sokil". In the passive, since a
        # source's name does not say whether it takes "denies" or "deny" ("Ukrainian officials")
        deniers = [_named(s) for s in sorted(t["deniers"], key=lambda s: not s["independent"])]
        return f"contested: denied by {_join(deniers)}"
    origins = t["independent_origins"]
    if t["status"] == "corroborated":
        n = _NUMBERS.get(len(origins), str(len(origins)))
        if "one_side_only" in t["flags"] and t["affiliations"]:
            return (f"corroborated, one side only: {n} independent origins, {_join(origins)}, "
                    f"all {t['affiliations'][0]}")
        return f"corroborated: {n} independent origins, {_join(origins)}"
    if origins:
        return f"single-source: one independent origin, {origins[0]}; no other named source supports it"
    if t["supporters"]:
        return ("single-source: no named source supports it; anonymous and crowd sources never count as "
                "independent corroboration")
    return "single-source: no mention supports it"


def _notes(t: dict, rows) -> list[str]:
    notes = []
    if t["status"] == "contested" and t["independent_origins"]:
        n = len(t["independent_origins"])
        notes.append(f"asserted by {_join(t['independent_origins'])} "
                     f"({_NUMBERS.get(n, str(n))} independent origin{'s' if n > 1 else ''})")
    unnamed = [_named(s) for s in t["supporters"] if s["kind"] in ("anonymous", "crowd")]
    if unnamed:
        notes.append(f"not counted as independent: {_join(unnamed)}; anonymous and crowd sources never corroborate")
    for flag in t["flags"]:
        words = FLAG_WORDS.get(flag, flag)
        if flag == "one_side_only" and t["affiliations"]:
            words += f" ({t['affiliations'][0]})"
        notes.append(f"flag {flag}: {words}")
    if t["quantities"]:
        notes.append(f"the figures given disagree: {_join(t['quantities'])}")
    if not t["linked"]:
        m = rows[0][0]
        notes.append("not linked: own-voice commentary is not compared with other claims" if not linkable(m)
                     else "not linked yet: run 'claimledger link'")
    return notes


def trail_lines(t: dict) -> list[str]:
    """The trail in plain words, a line at a time."""
    lines = [f"Claim group {t['id']}: {t['status']}" + (f" ({', '.join(t['flags'])})" if t["flags"] else ""),
             f"  {t['proposition']}", "", f"Status — {t['rule']}."]
    lines += [f"  {note[0].upper()}{note[1:]}." for note in t["notes"]]
    seen = _span(t["first_seen"], t["last_seen"])
    spread = f" through {_join(t['channels'])}" if t["channels"] else ""
    languages = f"; in {', '.join(t['languages'])}" if t["languages"] else ""
    n = len(t["mentions"])
    lines += ["", f"Seen {seen}{spread}{languages}.", "", f"Timeline ({n} mention{'s' if n != 1 else ''}):"]
    for i in t["mentions"]:
        when = (i["published_at"] or "")[:16].replace("T", " ") or "undated"
        speaker = i["source"] or "own voice"
        if i["kind"] == "author":
            speaker = f"{i['source']} (own voice)" if i["source"] else "the document's own voice"
        else:
            speaker += f" ({i['kind']}" + (f", {i['affiliation']}" if i["affiliation"] else "") + ")"
        cue = f", {i['cue']!r}" if i["cue"] else ""
        extra = []
        if i["document"]["reply_to"] is not None:
            extra.append(f"a reply to #{i['document']['reply_to']}")
        if i["document"]["forwarded_from"]:
            extra.append(f"forwarded from {i['document']['forwarded_from']}")
        if i["hedges"]:
            extra.append("hedged: " + ", ".join(i["hedges"]))
        extra_text = f" [{'; '.join(extra)}]" if extra else ""
        lines.append(f"  {when:16}  {i['where']}  {speaker}{cue}: {i['stance']}{extra_text}")
        lines.append(f"      {i['content']}")
    for title, side in (("Supports", "supporters"), ("Denies", "deniers"), ("Neutral", "neutral")):
        if not t[side]:
            continue
        lines += ["", f"{title}:"]
        for s in t[side]:
            also = f"; also written {_join(s['also_written'])}" if s["also_written"] else ""
            affiliation = f", {s['affiliation']}" if s["affiliation"] else ""
            counted = "" if s["independent"] or side != "supporters" else " — not an independent origin"
            n = len(s["mentions"])
            name = s["name"] or "the document's own voice"
            lines.append(f"  {name} ({s['kind']}{affiliation}): {n} mention{'s' if n > 1 else ''}"
                         f"{also}{counted}")
    shared = [o for o in t["origins"] if len(o["mentions"]) > 1]
    lines += ["", f"Origins ({len(t['origins'])}): a forward, a copy or a citation counts once, for its origin."]
    by_claim = {i["claim_id"]: i for i in t["mentions"]}
    for o in t["origins"]:
        places = _join([by_claim[c]["where"] for c in o["mentions"]])
        n = len(o["mentions"])
        lines.append(f"  {o['name']}: {n} mention{'s' if n > 1 else ''} ({places}); {', '.join(o['stances'])}")
        for reason in o["why"]:
            lines.append(f"      one origin: {reason}")
    if not shared and t["origins"]:
        lines.append("  No two mentions share an origin.")
    return lines


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return "undated"
    a, b = first[:16].replace("T", " "), (last or first)[:16].replace("T", " ")
    return a if a == b else f"{a} … {b}"


# -- sources -------------------------------------------------------------------------------


def sources(store: Store, registry: Registry | None = None) -> list[dict]:
    """Per source (its spellings together; a registered source under its registered name):
    kind, affiliation, mentions, groups supported (of them corroborated and contested) and
    denied, first and last seen. Most mentions first."""
    return sources_page(store, registry)[1]


def sources_page(store: Store, registry: Registry | None = None, limit: int | None = None, offset: int = 0,
                 named: Sequence[str] | None = None) -> tuple[int, list[dict]]:
    """How many sources there are, and ``sources`` from ``offset`` (at most ``limit``);
    with ``named``, only the sources with one of these names as written.

    Sources are counted and ordered first (one grouped count of mentions); the figures,
    which read every mention of a source, are worked out for the page only: the sources list
    of a 100k-mention ledger has some 17,000 sources and shows a hundred."""
    spellings: dict[str, list[tuple[str, str]]] = {}
    counts: Counter[str] = Counter()
    wanted = set(named) if named is not None else None
    for name, kind, n in store.source_counts():
        if wanted is not None and name not in wanted:
            continue
        key = _speaker_key({"origin": None, "kind": kind, "source": name}, registry)
        spellings.setdefault(key, []).append((name, kind))
        counts[key] += n
    entries = {key: registry.find(written[0][0]) if registry is not None else None
               for key, written in spellings.items()}
    shown = {key: entries[key].name if entries[key] is not None else _display([n for n, _ in written])
             for key, written in spellings.items()}
    order = sorted(spellings, key=lambda key: (-counts[key], (shown[key] or "").casefold(), key))
    page = order[offset:offset + limit if limit is not None else None]
    figures = {row["key"]: row for row in store.source_figures(
        {spelling: key for key in page for spelling in spellings[key]})}
    out = []
    for key in page:
        written, entry, name, row = spellings[key], entries[key], shown[key], figures[key]
        kind = (entry.kind if entry is not None and entry.kind else
                Counter(k for _, k in written).most_common(1)[0][0])
        out.append({
            "name": name or None,
            "kind": kind,
            "affiliation": entry.affiliation if entry is not None else None,
            "also_written": sorted({n for n, _ in written} - {name, ""}),
            "mentions": row["mentions"],
            "supports": row["supports"],
            "corroborated": row["corroborated"],
            "contested": row["contested"],
            "denies": row["denies"],
            "first_seen": row["first_seen"],
            "last_seen": row["last_seen"],
        })
    return len(order), out
