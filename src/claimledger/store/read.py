"""Reading a ledger (SQLite or PostgreSQL): every listing streams rows from one query.

``Reading`` is the read half of both stores (the write half is ``writing.py``); it needs
only ``self.engine``. What the dialects do differently is in ``dialect.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import Connection, Engine, Select, exists, func, select

from claimledger.model import ClaimMention, Document
from claimledger.store import rows, schema
from claimledger.store.dialect import POSTGRESQL, document_match

# IN (...) lists stay under SQLite's bound-parameter limit.
CHUNK = 500


def chunks(items: Sequence, size: int = CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def present_ids(conn: Connection, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are stored documents."""
    d = schema.documents
    found: set[str] = set()
    for part in chunks(list(ids)):
        found.update(conn.execute(select(d.c.id).where(d.c.id.in_(part))).scalars())
    return found


_d, _m, _x = schema.documents, schema.mentions, schema.extractions
# A document's and a mention's columns, labelled so that both fit in one row; shared by
# the other reading modules (groups, linking).
DOC_FIELDS = [_d.c[name].label(f"d_{name}") for name in rows.DOCUMENT_COLUMNS]
MENTION_FIELDS = [_m.c[name].label(f"m_{name}") for name in rows.MENTION_COLUMNS]
_MENTION_ORDER = (_d.c.seq, _m.c.sentence_start, _m.c.content_start, _m.c.id)


def _unprefix(row, prefix: str) -> dict:
    return {key[len(prefix):]: value for key, value in row._mapping.items() if key.startswith(prefix)}


def row_document(row) -> Document:
    """The document in a row selected with ``DOC_FIELDS``."""
    return rows.document(_unprefix(row, "d_"))


def row_mention(row) -> ClaimMention:
    """The mention in a row selected with ``MENTION_FIELDS``."""
    return rows.mention(_unprefix(row, "m_"))


class Reading:
    engine: Engine

    def _stream(self, query: Select) -> Iterator:
        with self.engine.connect() as conn:
            if conn.dialect.name == POSTGRESQL:
                # A server-side cursor: psycopg would otherwise fetch the whole listing first.
                conn = conn.execution_options(stream_results=True, yield_per=1000)
            yield from conn.execute(query)

    def documents(self, search: str | None = None, channel: str | None = None,
                  limit: int | None = None, offset: int = 0) -> Iterator[Document]:
        query = select(*DOC_FIELDS)
        if search:
            match = document_match(self.engine.dialect.name, search)
            if match is None:
                return
            query = query.where(match)
        if channel:
            query = query.where(func.lower(_d.c.channel) == channel.lower())
        query = query.order_by(_d.c.published_at.is_(None), _d.c.published_at, _d.c.seq).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        for row in self._stream(query):
            yield row_document(row)

    def document(self, document_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(*DOC_FIELDS).where(_d.c.id == document_id)).first()
        return row_document(row) if row is not None else None

    def documents_without_mentions(self) -> Iterator[Document]:
        query = select(*DOC_FIELDS).where(~exists().where(_x.c.document_id == _d.c.id)).order_by(_d.c.seq)
        for row in self._stream(query):
            yield row_document(row)

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        with self.engine.connect() as conn:
            return present_ids(conn, ids)

    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(_d)).scalar_one()

    def mentions(self, document_id: str | None = None, source: str | None = None, kind: str | None = None,
                 source_id: str | None = None, limit: int | None = None, offset: int = 0) -> Iterator[ClaimMention]:
        query = select(*MENTION_FIELDS).join(_d, _d.c.id == _m.c.document_id)
        for column, value in ((_m.c.document_id, document_id), (_m.c.source, source),
                              (_m.c.source_kind, kind), (_m.c.source_id, source_id)):
            if value is not None:
                query = query.where(column == value)
        query = query.order_by(*_MENTION_ORDER).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        for row in self._stream(query):
            yield row_mention(row)

    def documents_with_mentions(self) -> Iterator[tuple[Document, list[ClaimMention]]]:
        # One query, mentions in document order; one document's mentions in memory at a time.
        query = select(*DOC_FIELDS, *MENTION_FIELDS).join(_m, _m.c.document_id == _d.c.id).order_by(*_MENTION_ORDER)
        doc: Document | None = None
        found: list[ClaimMention] = []
        for row in self._stream(query):
            if doc is None or row.d_id != doc.id:
                if doc is not None:
                    yield doc, found
                doc, found = row_document(row), []
            found.append(row_mention(row))
        if doc is not None:
            yield doc, found

    def stats(self) -> dict:
        with self.engine.connect() as conn:
            def count(table) -> int:
                return conn.execute(select(func.count()).select_from(table)).scalar_one()

            def counts(column) -> dict[str, int]:
                result = conn.execute(select(column, func.count()).group_by(column)
                                      .order_by(func.count().desc(), column))
                return {(key if key is not None else "unknown"): n for key, n in result}

            first, last = conn.execute(select(func.min(_d.c.published_at), func.max(_d.c.published_at))).one()
            documents, extracted = count(_d), count(_x)
            return {
                "documents": documents,
                "by_format": counts(_d.c.format),
                "by_language": counts(_d.c.language),
                "by_channel": counts(_d.c.channel),
                "redactions": conn.execute(select(func.coalesce(func.sum(_d.c.redactions), 0))).scalar_one(),
                "problems": count(schema.problems),
                "first_published": first,
                "last_published": last,
                "mentions": count(_m),
                "mentions_by_kind": counts(_m.c.source_kind),
                "sources": count(schema.sources),
                "not_extracted": documents - extracted,
                "groups": count(schema.groups),
                "groups_by_status": counts(schema.groups.c.status),
                "not_linked": conn.execute(select(func.count()).select_from(_m).where(
                    _m.c.group_id.is_(None))).scalar_one(),
            }
