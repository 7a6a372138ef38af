"""A claim group's provenance as a small layered graph, laid out for an inline SVG.

Left, the speakers (each origin, and each speaker that is no origin: anonymous, crowd, the
document's own voice); then the documents that carry their words; then the documents that
are Telegram forwards or discussion-group copies of another document of the group. Edges:
a document *cites* a source, a channel *posts* in its own voice, a forward comes *forwarded
from* its origin, and a forward or copy points back at the document it repeats. The
template (``group.html``) draws it; this module only decides what goes where, so every
label reaches the page through the template's escaping.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from claimledger.model import ClaimMention, Document
from claimledger.report.jsonl import claim_id
from claimledger.report.ledger import place
from claimledger.report.svg import COLOURS
from claimledger.store import GroupLink

MAX_NODES = 40  # per column: a group with hundreds of documents lists the rest in words
_COLUMN, _ROW, _TOP, _NODE_H, _LABEL = 250, 34, 24, 26, 30
EDGE_WORDS = {"cites": "cites", "posts": "posts in its own voice", "forwarded": "is forwarded from",
              "forward": "is a Telegram forward of", "copy": "is the discussion-group copy of"}
COLUMN_TITLES = ("Sources", "Documents", "Forwards and copies", "Forwards of forwards")


@dataclass
class Node:
    """A source or a document. ``name`` comes from the input (a source's name, a channel's,
    a file's); ``suffix`` and ``detail`` are ours (" #7", "official"), so the page can
    isolate the one from the other."""

    key: str
    name: str
    column: int
    colour: str
    suffix: str = ""
    detail: str = ""
    independent: bool = True
    href: str | None = None
    x: int = 0
    y: int = 0

    @property
    def label(self) -> str:
        """As drawn: cut to fit the box."""
        room = _LABEL - len(self.suffix)
        name = " ".join(self.name.split())
        return (name if len(name) <= room else name[:room - 1] + "…") + self.suffix

    @property
    def title(self) -> str:
        return f"{self.name}{self.suffix}" + (f" ({self.detail})" if self.detail else "")


@dataclass
class Edge:
    source: Node
    target: Node
    kind: str  # a key of EDGE_WORDS
    dashed: bool = False  # from a speaker that is not an independent origin
    d: str = ""  # the SVG path, once laid out

    @property
    def words(self) -> tuple[Node, str, Node]:
        """The edge as (node, verb, node): (Frontline Notes #2, "cites", Ministry of Defence)."""
        if self.kind == "posts":
            return self.source, f"{EDGE_WORDS[self.kind]} in", self.target
        return self.target, EDGE_WORDS[self.kind], self.source

    @property
    def sentence(self) -> str:
        """The edge in words: "Frontline Notes #2 cites Ministry of Defence"."""
        first, verb, second = self.words
        return f"{first.name}{first.suffix} {verb} {second.name}{second.suffix}"


@dataclass
class Graph:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    columns: list[tuple[int, str]] = field(default_factory=list)  # (x, title) of each column drawn
    hidden: int = 0  # nodes left out (more than MAX_NODES in a column)
    width: int = 0
    height: int = 0
    node_width: int = _COLUMN - 60
    node_height: int = _NODE_H


def graph(trail: dict, rows: list[tuple[ClaimMention, Document, GroupLink]]) -> Graph:
    """The provenance graph of a group: ``trail`` is ``report.ledger.trail``, ``rows`` its
    members as ``store.group_mentions`` gives them."""
    out = Graph()
    speakers: dict[str, Node] = {}
    speaker_of: dict[str, Node] = {}  # claim id -> who speaks in it
    sides: dict[str, set[str]] = {}
    for side in ("supporters", "deniers", "neutral"):
        for s in trail[side]:
            sides.setdefault(s["key"], set()).add(side)
            node = speakers.get(s["key"])
            if node is None:
                detail = s["kind"] + ("" if s["independent"] else ", not an independent origin")
                href = f"/source?{urlencode({'name': s['name']})}" if s["name"] else None
                node = speakers[s["key"]] = Node(f"s:{s['key']}", s["name"] or "the document's own voice", 0, "",
                                                 detail=detail, independent=s["independent"], href=href)
            for cid in s["mentions"]:
                speaker_of[cid] = node
    for key, node in speakers.items():
        found = sides[key]
        node.colour = (COLOURS["supports"] if found == {"supporters"} else COLOURS["denies"] if found == {"deniers"}
                       else COLOURS["neutral"])

    docs: dict[str, Document] = {}
    for _m, doc, _link in rows:
        docs.setdefault(doc.id, doc)
    original = {doc_id: _original(doc, list(docs.values())) for doc_id, doc in docs.items()}
    depth: dict[str, int] = {}
    for doc_id in docs:
        depth[doc_id] = _depth(doc_id, original, len(COLUMN_TITLES) - 2)
    doc_nodes = {}
    for doc_id, doc in docs.items():
        name, suffix = place(doc)
        doc_nodes[doc_id] = Node(f"d:{doc_id}", name, 1 + depth[doc_id], "#444444", suffix=suffix,
                                 href=f"/documents/{doc_id}")

    edges: dict[tuple[str, str, str], Edge] = {}
    for m, doc, _link in rows:
        speaker = speaker_of.get(claim_id(m))
        if speaker is None:
            continue
        kind = ("forwarded" if doc.forwarded_from else "posts") if m.source_kind == "author" else "cites"
        edges.setdefault((speaker.key, doc.id, kind),
                         Edge(speaker, doc_nodes[doc.id], kind, dashed=not speaker.independent))
    for doc_id, first in original.items():
        if first is not None:
            doc = docs[doc_id]
            kind = "copy" if doc.author and doc.author == doc.forwarded_from else "forward"
            edges.setdefault((first, doc_id, kind), Edge(doc_nodes[first], doc_nodes[doc_id], kind))

    # Order within columns so that edges cross little: speakers as the trail lists them
    # (supporters, deniers, neutral), documents after the first speaker that reaches them.
    order = {node.key: i for i, node in enumerate(speakers.values())}
    rank: dict[str, float] = {}
    for edge in edges.values():
        if edge.source.column == 0:
            rank[edge.target.key] = min(rank.get(edge.target.key, 1e9), order[edge.source.key])
    columns: dict[int, list[Node]] = {0: list(speakers.values())}
    for i, node in enumerate(doc_nodes.values()):
        columns.setdefault(node.column, []).append(node)
        rank.setdefault(node.key, 1e9 + i)
    for c in range(1, len(COLUMN_TITLES)):
        columns.get(c, []).sort(key=lambda n: rank[n.key])
    shown: set[str] = set()
    for c, nodes in sorted(columns.items()):
        for i, node in enumerate(nodes[:MAX_NODES]):
            node.x, node.y = c * _COLUMN + 4, _TOP + i * _ROW
            out.nodes.append(node)
            shown.add(node.key)
        out.hidden += max(0, len(nodes) - MAX_NODES)
    out.columns = [(c * _COLUMN + 4, COLUMN_TITLES[c]) for c in sorted(columns) if columns[c]]
    out.edges = [e for e in edges.values() if e.source.key in shown and e.target.key in shown]
    for e in out.edges:
        x1, y1 = e.source.x + out.node_width, e.source.y + out.node_height // 2
        x2, y2 = e.target.x, e.target.y + out.node_height // 2
        bend = max(20, (x2 - x1) // 2)
        e.d = f"M{x1},{y1} C{x1 + bend},{y1} {x2 - bend},{y2} {x2 - 6},{y2}"
    used = max(columns) + 1 if columns else 1
    out.width = used * _COLUMN
    out.height = _TOP + max((min(len(n), MAX_NODES) for n in columns.values()), default=1) * _ROW + 4
    return out


def _original(doc: Document, docs: list[Document]) -> str | None:
    """The id of the group's document that ``doc`` forwards or copies, if it is there: the
    earliest post of the channel it was forwarded from, the same text preferred."""
    if not doc.forwarded_from:
        return None
    same = [d for d in docs if d.id != doc.id and d.channel == doc.forwarded_from]
    pool = [d for d in same if d.text == doc.text] or same
    return min(pool, key=lambda d: (d.published_at or "~", d.id)).id if pool else None


def _depth(doc_id: str, original: dict[str, str | None], limit: int) -> int:
    depth, seen = 0, {doc_id}
    while (up := original.get(doc_id)) is not None and up not in seen and depth < limit:
        depth += 1
        seen.add(up)
        doc_id = up
    return depth
