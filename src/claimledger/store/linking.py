"""Linking in a ledger (SQLite or PostgreSQL): what ``link.ledger`` reads and writes, on
one connection.

A ``Linking`` session is one transaction (``Store.linking()``): a batch of mentions
is linked, its groups merged and re-assessed, or nothing is. Unlinked mentions are those
whose ``group_id`` is NULL, so a run that dies half-way is repaired by the next one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, MutableMapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, select

from claimledger.model import ClaimMention, Document
from claimledger.store import rows, schema
from claimledger.store.dialect import insert_ignoring_rows
from claimledger.store.read import MENTION_FIELDS, chunks, row_mention

_d, _m, _g, _k = schema.documents, schema.mentions, schema.groups, schema.link_keys
# A document as linking needs it: where and when, not its text.
_DOC = [_d.c[name] for name in rows.DOCUMENT_COLUMNS if name != "text"]
# Mentions by id, read and filled by a session: a run's batches meet the same candidates
# and group members again, and decoding a stored mention costs more than reading its row.
Known = MutableMapping[str, ClaimMention]


@dataclass(frozen=True, slots=True)
class Linked:
    """A stored mention with its group: ``group_id`` None when not linked, ``root`` None
    when its group has no row (a mention that is not linked on purpose has a group of its
    own and no row)."""

    mention: ClaimMention
    group_id: str | None
    root: str | None
    follows: tuple[float, str] | None = None  # (score, mention id) a vague mention follows
    group_stance: str | None = None  # as last assessed (``members`` reads it)
    origin: str | None = None


class Linking:
    """One linking transaction on a ledger. ``known``: mentions already decoded (by id),
    which the reads below use and fill; a linking run keeps it across its batches."""

    def __init__(self, conn: Connection, known: Known | None = None):
        self.conn = conn
        self.known: Known = {} if known is None else known

    # -- reading -------------------------------------------------------------------------

    def unlinked_documents(self) -> list[str]:
        """Every document with a mention not linked yet, in the order stored: linking takes
        them in that order, so that the same documents stored in the same order are linked
        in the same batches whichever engine stored them (``link.ledger``: a key too common
        to use depends on what was linked before it). Served by the index on ``group_id``."""
        unlinked = select(_m.c.document_id).where(_m.c.group_id.is_(None))
        query = select(_d.c.id).where(_d.c.id.in_(unlinked)).order_by(_d.c.seq)
        return list(self.conn.execute(query).scalars())

    def _mention(self, row) -> ClaimMention:
        """The mention of a row selected with ``MENTION_FIELDS``: known, or decoded."""
        mention = self.known.get(row.m_id)
        if mention is None:
            mention = self.known[row.m_id] = row_mention(row)
        return mention

    def _linked(self, query) -> list[Linked]:
        return [Linked(self._mention(row), row.group_id, row.root, _follows(row)) for row in self.conn.execute(query)]

    def _select(self):
        return (select(*MENTION_FIELDS, _m.c.group_id.label("group_id"), _g.c.root.label("root"),
                       _m.c.follows.label("follows"), _m.c.follow_score.label("follow_score"))
                .select_from(_m.outerjoin(_g, _g.c.id == _m.c.group_id)))

    def mentions_of(self, document_ids: Sequence[str]) -> list[Linked]:
        """Every mention of these documents, linked or not, in document order."""
        out: list[Linked] = []
        for part in chunks(list(document_ids)):
            out += self._linked(self._select().where(_m.c.document_id.in_(part))
                                .order_by(_m.c.document_id, _m.c.sentence_start, _m.c.id))
        return out

    def keys_with_prefixes(self, prefixes: Iterable[str]) -> set[str]:
        """The stored keys that start with any of these prefixes (each ends in "@")."""
        out: set[str] = set()
        for prefix in sorted(prefixes):
            # every key "prefix…" sorts between "prefix" and the prefix with its "@" raised to "A"
            query = select(_k.c.key).where(_k.c.key >= prefix, _k.c.key < prefix[:-1] + "A").distinct()
            out.update(self.conn.execute(query).scalars())
        return out

    def candidates(self, keys: Iterable[str], limit: int) -> tuple[list[Linked], set[str]]:
        """Linked mentions with any of these index keys (link.linker.posted_keys), each
        once, but those only found under a key more than ``limit`` mentions have; and those
        crowded keys. The postings first (a key's are one news cycle's or period's: a range
        of the index), then the candidates' links, then the rows of those not ``known``: a
        batch's candidates are mostly the batch before's."""
        postings: dict[str, list[str]] = {}
        for part in chunks(sorted(set(keys))):
            for key, mention_id in self.conn.execute(select(_k.c.key, _k.c.mention_id).where(_k.c.key.in_(part))):
                postings.setdefault(key, []).append(mention_id)
        crowded = {key for key, ids in postings.items() if len(ids) > limit}
        wanted = sorted({mid for key, ids in postings.items() if key not in crowded for mid in ids})
        links: dict[str, object] = {}
        for part in chunks(wanted):
            query = (select(_m.c.id, _m.c.group_id, _g.c.root, _m.c.follows, _m.c.follow_score)
                     .select_from(_m.outerjoin(_g, _g.c.id == _m.c.group_id))
                     .where(_m.c.id.in_(part), _m.c.group_id.is_not(None)))
            for row in self.conn.execute(query):
                links[row.id] = row
        # held here: filling ``known`` below may make it forget some of them
        found = {mid: self.known.get(mid) for mid in links}
        for part in chunks([mid for mid, mention in found.items() if mention is None]):
            for row in self.conn.execute(select(*MENTION_FIELDS).where(_m.c.id.in_(part))):
                found[row.m_id] = self._mention(row)
        return [Linked(found[mid], row.group_id, row.root, _follows(row)) for mid, row in links.items()], crowded

    def followers(self, mention_ids: Iterable[str], besides: set[str] | frozenset[str] = frozenset()) -> set[str]:
        """The mentions that follow these, and those that follow them, and so on; not
        through ``besides`` (mentions that now follow another mention than the ledger says:
        their followers go with them)."""
        found: set[str] = set()
        frontier = set(mention_ids)
        while frontier:
            step: set[str] = set()
            for part in chunks(sorted(frontier)):
                step.update(self.conn.execute(select(_m.c.id).where(_m.c.follows.in_(part))).scalars())
            step -= besides
            frontier = step - found
            found |= step
        return found

    def members(self, group_ids: Sequence[str]) -> dict[str, list[Linked]]:
        """The mentions of each group, by id, with their stance, origin and what they follow
        as stored."""
        out: dict[str, list[Linked]] = {gid: [] for gid in group_ids}
        for part in chunks(sorted(set(group_ids))):
            query = (select(*MENTION_FIELDS, _m.c.group_id.label("group_id"), _m.c.group_stance.label("stance"),
                            _m.c.origin.label("origin"), _m.c.follows.label("follows"),
                            _m.c.follow_score.label("follow_score")).where(_m.c.group_id.in_(part)).order_by(_m.c.id))
            for row in self.conn.execute(query):
                out[row.group_id].append(Linked(self._mention(row), row.group_id, root=None, follows=_follows(row),
                                                group_stance=row.stance, origin=row.origin))
        return out

    def roots(self, group_ids: Iterable[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for part in chunks(sorted(set(group_ids))):
            query = select(_g.c.id, _g.c.root).where(_g.c.id.in_(part))
            out.update((gid, root) for gid, root in self.conn.execute(query))
        return out

    def messages(self, pairs: Iterable[tuple[str, str]]) -> list[str]:
        """The ids of the documents that are these messages, (channel, message id as text);
        served by the index on channel and message id."""
        by_channel: dict[str, set[int]] = {}
        for channel, message_id in pairs:
            by_channel.setdefault(channel, set()).add(int(message_id))
        out: list[str] = []
        for channel, ids in sorted(by_channel.items()):
            for part in chunks(sorted(ids)):
                query = select(_d.c.id).where(_d.c.channel == channel, _d.c.message_id.in_(part))
                out += self.conn.execute(query).scalars()
        return sorted(out)

    def documents(self, ids: Iterable[str]) -> dict[str, Document]:
        """These documents without their text (linking needs where and when)."""
        out: dict[str, Document] = {}
        for part in chunks(sorted(set(ids))):
            for row in self.conn.execute(select(*_DOC).where(_d.c.id.in_(part))):
                doc = rows.document({"text": "", **row._mapping})
                out[doc.id] = doc
        return out

    # -- writing -------------------------------------------------------------------------

    def merge(self, old_ids: Sequence[str], new_id: str) -> None:
        """Groups ``old_ids`` are now part of ``new_id``: their members move, their rows go."""
        for part in chunks(list(old_ids)):
            self.conn.execute(_m.update().where(_m.c.group_id.in_(part)).values(group_id=new_id))
            self.conn.execute(_g.delete().where(_g.c.id.in_(part)))

    def assign(self, assignments: Sequence[dict]) -> None:
        """``{"id", "group_id", "group_stance", "origin", "follows", "follow_score"}`` for each
        mention (the last two: what a vague mention follows, or None)."""
        self._update(assignments, ("group_id", "group_stance", "origin", "follows", "follow_score"))

    def follow(self, values: Sequence[dict]) -> None:
        """``{"id", "group_id", "follows", "follow_score"}``: a stored vague mention now
        follows another mention, in that one's group."""
        self._update(values, ("group_id", "follows", "follow_score"))

    def _update(self, values: Sequence[dict], columns: Sequence[str]) -> None:
        """Set ``columns`` of each mention in ``values`` (dicts with its "id"), in one statement."""
        if values:
            self.conn.execute(_m.update().where(_m.c.id == bindparam("b_id")).values(
                {column: bindparam(f"b_{column}") for column in columns}),
                [{"b_id": v["id"], **{f"b_{column}": v.get(column) for column in columns}} for v in values])

    def move(self, mention_ids: Iterable[str], group_id: str) -> None:
        """These mentions are now in ``group_id`` (a vague mention that follows another, and
        its own followers)."""
        for part in chunks(sorted(set(mention_ids))):
            self.conn.execute(_m.update().where(_m.c.id.in_(part)).values(group_id=group_id))

    def drop_empty(self, group_ids: Iterable[str]) -> set[str]:
        """Delete the rows of these groups that have no member left; return their ids."""
        gone = set()
        for gid in sorted(set(group_ids)):
            if self.conn.execute(select(_m.c.id).where(_m.c.group_id == gid).limit(1)).first() is None:
                self.conn.execute(_g.delete().where(_g.c.id == gid))
                gone.add(gid)
        return gone

    def assess_members(self, assessments: Sequence[dict]) -> None:
        """``{"id", "group_stance", "origin"}`` for each member of a re-assessed group."""
        self._update(assessments, ("group_stance", "origin"))

    def add_keys(self, pairs: Iterable[tuple[str, str]]) -> None:
        """File mentions under index keys: (key, mention id) pairs."""
        filed = list(pairs)
        if filed:
            insert_ignoring_rows(self.conn, _k, ("key", "mention_id"), filed)

    def save_groups(self, rows: Sequence[dict]) -> None:
        rows = [{key: json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value
                 for key, value in row.items()} for row in rows]
        for part in chunks([row["id"] for row in rows]):
            self.conn.execute(_g.delete().where(_g.c.id.in_(part)))
        if rows:
            self.conn.execute(_g.insert(), rows)


def _follows(row) -> tuple[float, str] | None:
    """(score, mention id) a stored vague mention follows, from its row."""
    return (row.follow_score or 0.0, row.follows) if row.follows else None


def dissolve(conn: Connection, group_ids: Sequence[str]) -> None:
    """Undo the linking of these groups: their members are unlinked (the next linking run
    links them again) and their keys and rows are gone. Used before mentions are replaced,
    since a group that loses a member may fall apart."""
    for part in chunks(list(group_ids)):
        members = select(_m.c.id).where(_m.c.group_id.in_(part))
        conn.execute(_k.delete().where(_k.c.mention_id.in_(members)))
        conn.execute(_m.update().where(_m.c.group_id.in_(part)).values(group_id=None, group_stance=None,
                                                                        origin=None, follows=None,
                                                                        follow_score=None))
        conn.execute(_g.delete().where(_g.c.id.in_(part)))


def reset(conn: Connection) -> None:
    """Unlink everything (``link --all``)."""
    conn.execute(_k.delete())
    conn.execute(_g.delete())
    conn.execute(_m.update().values(group_id=None, group_stance=None, origin=None, follows=None, follow_score=None))
