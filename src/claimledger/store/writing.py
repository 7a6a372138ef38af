"""Writing a ledger (SQLite or PostgreSQL): the write half of both stores.

Every write method is one transaction. A store gives ``engine``, ``location`` and the few
things its database does its own way: ``_insert_documents`` (PostgreSQL: other processes
may be storing the same documents at the same moment), ``_index_contents`` (SQLite's
full-text table of contents; PostgreSQL indexes the column itself) and ``_exclusive``
(linking reads, then writes: one linking transaction at a time).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, exists, select
from sqlalchemy.exc import DBAPIError

from claimledger.errors import StoreError
from claimledger.model import ClaimMention, Document, Problem, Verdict
from claimledger.store import rows, schema
from claimledger.store.base import BatchResult
from claimledger.store.dialect import insert_ignoring
from claimledger.store.linking import Known, Linking, dissolve, reset
from claimledger.store.read import chunks, present_ids


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Writing:
    engine: Engine
    location: str

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except DBAPIError as exc:
            raise StoreError(f"{self.location}: cannot write ({self._reason(exc)})") from None

    def _reason(self, exc: Exception) -> str:
        # Only the driver's first line: SQLAlchemy's own would quote the rows, text and all.
        return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]

    def _insert_documents(self, conn: Connection, values: list[dict]) -> set[str]:
        """Insert these document rows (none of them stored when the batch began), numbered
        in this order; return the ids inserted."""
        conn.execute(schema.documents.insert(), values)
        return {row["id"] for row in values}

    def _index_contents(self, conn: Connection, values: list[dict]) -> list[dict]:
        """The mention rows about to be inserted, as the full-text index needs them."""
        return values

    def _exclusive(self, conn: Connection) -> None:
        """Wait until no other linking (or replacement of mentions) is under way."""

    # -- documents and their mentions --------------------------------------------------

    def add_documents(self, docs: Sequence[Document], problems: Sequence[Problem] = (),
                      mentions: Sequence[ClaimMention] | None = None) -> BatchResult:
        unique: dict[str, Document] = {}
        for doc in docs:
            unique.setdefault(doc.id, doc)
        with self._transaction() as conn:
            present = present_ids(conn, unique)
            stamp = now()
            wanted = [rows.document_row(doc, stamp) for doc_id, doc in unique.items() if doc_id not in present]
            inserted = self._insert_documents(conn, wanted) if wanted else set()
            # Those another process stored after this batch looked are present too.
            present |= {row["id"] for row in wanted} - inserted
            if problems:
                conn.execute(insert_ignoring(conn, schema.problems),
                             sorted((rows.problem_row(p, stamp) for p in problems), key=lambda row: row["id"]))
            stored = 0
            if mentions is not None:
                # Documents already present keep the mentions they have: re-extraction is
                # replace_mentions. A mention of a document in neither set fails the batch.
                kept = [m for m in mentions if m.document_id not in present]
                stored = self._insert_mentions(conn, kept)
                _record_extractions(conn, sorted(inserted), kept, stamp)
        return BatchResult(new=len(inserted), already_present=len(docs) - len(inserted), mentions=stored)

    def replace_mentions(self, document_ids: Iterable[str], mentions: Sequence[ClaimMention]) -> int:
        ids = list(dict.fromkeys(document_ids))
        wanted = set(ids)
        if any(m.document_id not in wanted for m in mentions):
            raise ValueError("replace_mentions: a mention belongs to a document not being replaced")
        m, x = schema.mentions, schema.extractions
        with self._transaction() as conn:
            self._exclusive(conn)  # it dissolves groups a linking run may be reading
            old_sources: set[str] = set()
            old_groups: set[str] = set()
            for part in chunks(ids):
                old_sources.update(conn.execute(
                    select(m.c.source_id).where(m.c.document_id.in_(part)).distinct()).scalars())
                old_groups.update(conn.execute(select(m.c.group_id).where(
                    m.c.document_id.in_(part), m.c.group_id.is_not(None)).distinct()).scalars())
            # The groups these mentions were in may fall apart without them: unlinked, they
            # are linked again by the next linking run (with the new mentions).
            dissolve(conn, sorted(old_groups))
            k = schema.link_keys
            for part in chunks(ids):
                conn.execute(k.delete().where(k.c.mention_id.in_(select(m.c.id).where(m.c.document_id.in_(part)))))
                conn.execute(m.delete().where(m.c.document_id.in_(part)))
                conn.execute(x.delete().where(x.c.document_id.in_(part)))
            stored = self._insert_mentions(conn, mentions)
            _record_extractions(conn, ids, mentions, now())
            # Sources only the replaced mentions named are gone from the ledger.
            s = schema.sources
            for part in chunks(sorted(old_sources)):
                conn.execute(s.delete().where(s.c.id.in_(part), ~exists().where(m.c.source_id == s.c.id)))
        return stored

    def _insert_mentions(self, conn: Connection, mentions: Sequence[ClaimMention]) -> int:
        """Insert mentions (the same id twice is one mention) and the sources they name."""
        unique: dict[str, ClaimMention] = {}
        for mention in mentions:
            unique.setdefault(mention.id, mention)
        if not unique:
            return 0
        sources = {row["id"]: row for row in map(rows.source_row, unique.values())}
        conn.execute(insert_ignoring(conn, schema.sources), [sources[key] for key in sorted(sources)])
        conn.execute(schema.mentions.insert(), self._index_contents(conn, list(map(rows.mention_row, unique.values()))))
        return len(unique)

    # -- linking -----------------------------------------------------------------------

    @contextmanager
    def linking(self, known: Known | None = None) -> Iterator[Linking]:
        """One linking transaction (``link.ledger``): all of a batch's linking lands, or none.
        ``known``: mentions a linking run has already read (``Linking``)."""
        with self._transaction() as conn:
            self._exclusive(conn)
            yield Linking(conn, known)

    def reset_links(self) -> None:
        with self._transaction() as conn:
            self._exclusive(conn)
            reset(conn)

    # -- verdicts and runs -------------------------------------------------------------

    def add_verdict(self, group_id: str, mention_id: str, rating: str, note: str = "", evidence: str | None = None,
                    analyst: str = "") -> Verdict:
        created = now()
        values = {"group_id": group_id, "mention_id": mention_id, "rating": rating, "note": note,
                  "evidence": evidence, "analyst": analyst, "created_at": created}
        with self._transaction() as conn:
            new_id = conn.execute(schema.verdicts.insert().values(**values)).inserted_primary_key[0]
        return Verdict(id=new_id, **values)

    def start_run(self, command: str) -> int:
        with self._transaction() as conn:
            return conn.execute(schema.runs.insert().values(command=command, started_at=now())).inserted_primary_key[0]

    def finish_run(self, run_id: int, summary: dict) -> None:
        with self._transaction() as conn:
            conn.execute(schema.runs.update().where(schema.runs.c.id == run_id).values(
                finished_at=now(), summary=json.dumps(summary, ensure_ascii=False)))


def _record_extractions(conn: Connection, document_ids: Sequence[str], mentions: Sequence[ClaimMention],
                        stamp: str) -> None:
    if not document_ids:
        return
    per_doc = Counter(m.document_id for m in {m.id: m for m in mentions}.values())
    conn.execute(insert_ignoring(conn, schema.extractions), [
        {"document_id": doc_id, "mentions": per_doc.get(doc_id, 0), "extracted_at": stamp}
        for doc_id in document_ids])
