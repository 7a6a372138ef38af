"""Reading claim groups from a ledger (SQLite or PostgreSQL): the export's groups,
``claims``, ``show`` and ``sources``. The read half of linking (``linking.py`` writes)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

from sqlalchemy import Connection, Engine, case, exists, func, select, text

from claimledger.model import ClaimMention, Document, Verdict
from claimledger.store import schema
from claimledger.store.base import GroupLink
from claimledger.store.dialect import driving_join, mention_match, temp_table
from claimledger.store.read import DOC_FIELDS, MENTION_FIELDS, chunks, row_document, row_mention

_d, _m, _g = schema.documents, schema.mentions, schema.groups
_LINK = [_m.c.group_id.label("l_group_id"), _g.c.status.label("l_status"), _m.c.group_stance.label("l_stance"),
         _m.c.origin.label("l_origin")]
_JSON = ("flags", "origins", "channels", "quantities", "affiliations", "languages")


def _link(row) -> GroupLink:
    return GroupLink(row.l_group_id, row.l_status, row.l_stance, row.l_origin)


def _mentions_with_documents():
    """Mentions with their document and their group's link, one row each."""
    return (select(*DOC_FIELDS, *MENTION_FIELDS, *_LINK)
            .select_from(_m.join(_d, _d.c.id == _m.c.document_id).outerjoin(_g, _g.c.id == _m.c.group_id)))


def group_dict(row) -> dict:
    out = dict(row._mapping)
    for key in _JSON:
        out[key] = json.loads(out.get(key) or "[]")
    return out


# Sort orders of claim groups; each ends with the id (added by the caller) so pages are stable.
GROUP_ORDERS = {
    "status": lambda: (case((_g.c.status == "contested", 0), else_=1), _g.c.first_seen.is_(None), _g.c.first_seen),
    "first_seen": lambda: (_g.c.first_seen.is_(None), _g.c.first_seen),
    "newest": lambda: (_g.c.last_seen.is_(None), _g.c.last_seen.desc()),
    "mentions": lambda: (_g.c.mentions.desc(),),
}


def _filtered(query, dialect, status, since, until, search, language, sources):
    """``query`` over groups with the filters applied; None when nothing can match."""
    if status:
        query = query.where(_g.c.status == status)
    if since:
        query = query.where(_g.c.first_seen >= since)
    if until:
        query = query.where(_g.c.first_seen < until)
    if language:
        query = query.where(exists().where(_m.c.group_id == _g.c.id, _m.c.language == language))
    if sources is not None:
        if not sources:
            return None
        # The groups these sources speak in, found through the mentions' source index:
        # testing each group for such a mention read the whole groups table.
        query = query.where(_g.c.id.in_(select(_m.c.group_id).where(_m.c.source.in_(list(sources)))))
    if search:
        match = mention_match(dialect, search)
        if match is None:
            return None
        query = query.where(exists().where(_m.c.group_id == _g.c.id, match))
    return query


class GroupReading:
    """Needs ``self.engine`` and ``Reading._stream``."""

    engine: Engine

    def documents_with_groups(self) -> Iterator[tuple[Document, list[tuple[ClaimMention, GroupLink]]]]:
        query = (select(*DOC_FIELDS, *MENTION_FIELDS, *_LINK)
                 .select_from(_d.join(_m, _m.c.document_id == _d.c.id).outerjoin(_g, _g.c.id == _m.c.group_id))
                 .order_by(_d.c.seq, _m.c.sentence_start, _m.c.content_start, _m.c.id))
        doc: Document | None = None
        found: list[tuple[ClaimMention, GroupLink]] = []
        for row in self._stream(query):
            if doc is None or row.d_id != doc.id:
                if doc is not None:
                    yield doc, found
                doc, found = row_document(row), []
            found.append((row_mention(row), _link(row)))
        if doc is not None:
            yield doc, found

    def groups(self, status: str | None = None, since: str | None = None, search: str | None = None,
               language: str | None = None, sources: Sequence[str] | None = None,
               limit: int | None = None, offset: int = 0, order: str = "status",
               until: str | None = None) -> Iterator[dict]:
        query = _filtered(select(_g), self.engine.dialect.name, status, since, until, search, language, sources)
        if query is None:
            return
        query = query.order_by(*GROUP_ORDERS[order](), _g.c.id)
        if limit is not None:
            query = query.limit(limit)
        if offset:
            query = query.offset(offset)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield group_dict(row)

    def count_groups(self, status: str | None = None, since: str | None = None, search: str | None = None,
                     language: str | None = None, sources: Sequence[str] | None = None,
                     until: str | None = None) -> int:
        query = _filtered(select(func.count()).select_from(_g), self.engine.dialect.name, status, since, until, search,
                          language, sources)
        if query is None:
            return 0
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()

    def group(self, group_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(_g).where(_g.c.id == group_id)).first()
        return group_dict(row) if row is not None else None

    def group_mentions(self, group_id: str) -> list[tuple[ClaimMention, Document, GroupLink]]:
        query = (_mentions_with_documents().where(_m.c.group_id == group_id)
                 .order_by(_d.c.published_at.is_(None), _d.c.published_at, _d.c.seq, _m.c.sentence_start, _m.c.id))
        with self.engine.connect() as conn:
            return [(row_mention(row), row_document(row), _link(row))
                    for row in conn.execute(query)]

    def mention_with_document(self, mention_id: str) -> tuple[ClaimMention, Document, GroupLink] | None:
        query = _mentions_with_documents().where(_m.c.id == mention_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        return row_mention(row), row_document(row), _link(row)

    def source_counts(self) -> Iterator[tuple[str, str, int]]:
        query = (select(_m.c.source, _m.c.source_kind, func.count()).group_by(_m.c.source, _m.c.source_kind)
                 .order_by(_m.c.source, _m.c.source_kind))
        with self.engine.connect() as conn:
            yield from ((name, kind, n) for name, kind, n in conn.execute(query))

    def source_names(self) -> Iterator[tuple[str, str]]:
        query = select(_m.c.source, _m.c.source_kind).distinct().order_by(_m.c.source, _m.c.source_kind)
        with self.engine.connect() as conn:
            yield from ((name, kind) for name, kind in conn.execute(query))

    def source_figures(self, keys: dict[tuple[str, str], str]) -> Iterator[dict]:
        """Figures per source, where ``keys`` maps each (name as written, kind) to the source
        it is (several spellings may be one source): mentions, first and last seen, and how
        many groups it supports (of them corroborated, contested) and denies, each group
        counted once however many of its spellings speak in it."""
        with self.engine.connect() as conn:
            yield from _source_figures(conn, keys)

    def verdicts(self, group_id: str | None = None) -> list[Verdict]:
        v = schema.verdicts
        query = select(v).order_by(v.c.id)
        if group_id is not None:
            # Recorded on this group, or on a group its members belonged to before relinking.
            members = select(_m.c.id).where(_m.c.group_id == group_id)
            query = query.where((v.c.group_id == group_id) | v.c.mention_id.in_(members))
        with self.engine.connect() as conn:
            return [Verdict(**row._mapping) for row in conn.execute(query)]


def _source_figures(conn: Connection, keys: dict[tuple[str, str], str]) -> Iterator[dict]:
    # A temporary table on this connection only: the keys are ours (registry, spellings
    # across scripts), the counting is the database's, in bounded memory. Starting from the
    # keys (SQLite: CROSS JOIN), a page of sources reads their mentions only, not all of them.
    keys_table = temp_table(conn, "source_keys")
    figures = text(f"""
        SELECT k.key AS key, count(*) AS mentions, min(d.published_at) AS first_seen,
               max(d.published_at) AS last_seen,
               count(DISTINCT CASE WHEN m.group_stance = 'supports' THEN g.id END) AS supports,
               count(DISTINCT CASE WHEN m.group_stance = 'supports' AND g.status = 'corroborated'
                                   THEN g.id END) AS corroborated,
               count(DISTINCT CASE WHEN m.group_stance = 'supports' AND g.status = 'contested'
                                   THEN g.id END) AS contested,
               count(DISTINCT CASE WHEN m.group_stance = 'denies' THEN g.id END) AS denies
        FROM {keys_table} k
        {driving_join(conn)} mentions m ON m.source = k.name AND m.source_kind = k.kind
        JOIN documents d ON d.id = m.document_id
        LEFT JOIN groups g ON g.id = m.group_id
        GROUP BY k.key ORDER BY k.key""")
    conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS source_keys (name TEXT, kind TEXT, key TEXT, "
                      "PRIMARY KEY (name, kind))"))
    conn.execute(text(f"DELETE FROM {keys_table}"))
    values = [{"name": name, "kind": kind, "key": key} for (name, kind), key in keys.items()]
    for part in chunks(values):
        conn.execute(text(f"INSERT INTO {keys_table} VALUES (:name, :kind, :key)"), list(part))
    try:
        for row in conn.execute(figures):
            yield dict(row._mapping)
    finally:
        conn.execute(text(f"DROP TABLE {keys_table}"))
        conn.commit()


__all__ = ["GROUP_ORDERS", "GroupReading", "group_dict"]
