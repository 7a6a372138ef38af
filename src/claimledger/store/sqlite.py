"""The SQLite ledger: one file in WAL mode, full-text search with FTS5.

Writing lives here; reading queries are in ``sqlite_read.py`` (claim groups in
``sqlite_groups.py``), linking's transaction in ``sqlite_link.py`` and row conversions in
``rows.py``. Every write method is one transaction.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, create_engine, event, exists, func, select
from sqlalchemy.exc import DBAPIError

from claimledger.errors import StoreError
from claimledger.model import ClaimMention, Document, Problem, Verdict
from claimledger.store import rows, schema
from claimledger.store.base import BatchResult
from claimledger.store.migrations import migrate
from claimledger.store.sqlite_groups import GroupReading
from claimledger.store.sqlite_link import Linking, dissolve, reset
from claimledger.store.sqlite_read import Reading, chunks, fts_query, present_ids

__all__ = ["SQLiteStore", "fts_query"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore(Reading, GroupReading):
    """A ledger in one SQLite file."""

    def __init__(self, path: str, create: bool = True):
        self.location = path
        self._watch: sqlite3.Connection | None = None  # for version()
        self._watch_lock = threading.Lock()
        file = Path(path)
        if not create and not file.exists():
            raise StoreError(f"{path}: no ledger here (run 'claimledger ingest' first, or pass --db)")
        if file.exists() and file.is_dir():
            raise StoreError(f"{path}: is a directory, not a ledger file")
        if file.exists() and file.stat().st_size and not _is_sqlite(file):
            raise StoreError(f"{path}: not a SQLite database")
        self.engine = create_engine(f"sqlite:///{file}", future=True)
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        try:
            migrate(self.engine)
        except DBAPIError as exc:
            raise StoreError(f"{path}: cannot open the ledger ({_reason(exc)})") from None

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except DBAPIError as exc:
            # Only the driver's message: SQLAlchemy's own would quote the row, text and all.
            raise StoreError(f"{self.location}: cannot write ({_reason(exc)})") from None

    # -- documents and their mentions --------------------------------------------------

    def add_documents(self, docs: Sequence[Document], problems: Sequence[Problem] = (),
                      mentions: Sequence[ClaimMention] | None = None) -> BatchResult:
        unique: dict[str, Document] = {}
        for doc in docs:
            unique.setdefault(doc.id, doc)
        with self._transaction() as conn:
            present = present_ids(conn, unique)
            stamp = _now()
            new = [doc for doc_id, doc in unique.items() if doc_id not in present]
            if new:
                conn.execute(schema.documents.insert(), [rows.document_row(doc, stamp) for doc in new])
            if problems:
                conn.execute(schema.problems.insert().prefix_with("OR IGNORE"),
                             [rows.problem_row(p, stamp) for p in problems])
            stored = 0
            if mentions is not None:
                # Documents already present keep the mentions they have: re-extraction is
                # replace_mentions. A mention of a document in neither set fails the batch.
                kept = [m for m in mentions if m.document_id not in present]
                stored = _insert_mentions(conn, kept)
                _record_extractions(conn, [doc.id for doc in new], kept, stamp)
        return BatchResult(new=len(new), already_present=len(docs) - len(new), mentions=stored)

    def replace_mentions(self, document_ids: Iterable[str], mentions: Sequence[ClaimMention]) -> int:
        ids = list(dict.fromkeys(document_ids))
        wanted = set(ids)
        if any(m.document_id not in wanted for m in mentions):
            raise ValueError("replace_mentions: a mention belongs to a document not being replaced")
        m, x = schema.mentions, schema.extractions
        with self._transaction() as conn:
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
            stored = _insert_mentions(conn, mentions)
            _record_extractions(conn, ids, mentions, _now())
            # Sources only the replaced mentions named are gone from the ledger.
            s = schema.sources
            for part in chunks(sorted(old_sources)):
                conn.execute(s.delete().where(s.c.id.in_(part), ~exists().where(m.c.source_id == s.c.id)))
        return stored

    # -- linking -----------------------------------------------------------------------

    @contextmanager
    def linking(self) -> Iterator[Linking]:
        """One linking transaction (``link.ledger``): all of a batch's linking lands, or none."""
        with self._transaction() as conn:
            yield Linking(conn)

    def reset_links(self) -> None:
        with self._transaction() as conn:
            reset(conn)

    # -- runs --------------------------------------------------------------------------

    def add_verdict(self, group_id: str, mention_id: str, rating: str, note: str = "", evidence: str | None = None,
                    analyst: str = "") -> Verdict:
        created = _now()
        values = {"group_id": group_id, "mention_id": mention_id, "rating": rating, "note": note,
                  "evidence": evidence, "analyst": analyst, "created_at": created}
        with self._transaction() as conn:
            new_id = conn.execute(schema.verdicts.insert().values(**values)).inserted_primary_key[0]
        return Verdict(id=new_id, **values)

    def start_run(self, command: str) -> int:
        with self._transaction() as conn:
            return conn.execute(schema.runs.insert().values(command=command, started_at=_now())).inserted_primary_key[0]

    def finish_run(self, run_id: int, summary: dict) -> None:
        with self._transaction() as conn:
            conn.execute(schema.runs.update().where(schema.runs.c.id == run_id).values(
                finished_at=_now(), summary=json.dumps(summary, ensure_ascii=False)))

    def version(self) -> int:
        # SQLite's own change counter: PRAGMA data_version, on a connection that never
        # writes, changes whenever any other connection (this process or another) commits.
        with self._watch_lock:
            if self._watch is None:
                self._watch = sqlite3.connect(self.location, check_same_thread=False)
            return self._watch.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
        self.engine.dispose()


def _insert_mentions(conn: Connection, mentions: Sequence[ClaimMention]) -> int:
    """Insert mentions (the same id twice is one mention) and the sources they name."""
    unique: dict[str, ClaimMention] = {}
    for mention in mentions:
        unique.setdefault(mention.id, mention)
    if not unique:
        return 0
    sources = {row["id"]: row for row in map(rows.source_row, unique.values())}
    conn.execute(schema.sources.insert().prefix_with("OR IGNORE"), list(sources.values()))
    # Each mention's content goes into the full-text index under a row number given here
    # (one writer at a time: SQLite's lock, so numbers cannot collide); deleting a mention
    # removes its row by trigger (migrations, version 3).
    last = conn.execute(select(func.max(schema.mentions.c.fts_rowid))).scalar() or 0
    values = [rows.mention_row(m) | {"fts_rowid": last + n} for n, m in enumerate(unique.values(), start=1)]
    conn.execute(schema.mentions.insert(), values)
    conn.exec_driver_sql("INSERT INTO mentions_fts(rowid, content) VALUES (?, ?)",
                         [(row["fts_rowid"], row["content"]) for row in values])
    return len(unique)


def _record_extractions(conn: Connection, document_ids: Sequence[str], mentions: Sequence[ClaimMention],
                        stamp: str) -> None:
    if not document_ids:
        return
    per_doc = Counter(m.document_id for m in {m.id: m for m in mentions}.values())
    conn.execute(schema.extractions.insert(), [
        {"document_id": doc_id, "mentions": per_doc.get(doc_id, 0), "extracted_at": stamp}
        for doc_id in document_ids])


def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
    # We issue BEGIN ourselves (see the "begin" listener) so that every batch and every
    # migration is a real transaction; pysqlite's implicit transactions skip DDL.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Mention ids are hashes, so each index grows at random places: with the 2 MB default
    # cache, inserting a batch of mentions re-read pages from disk (real corpus ingest: 40%
    # of the main process went to inserting mentions).
    cursor.execute("PRAGMA cache_size=-65536")  # KiB: 64 MB
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _is_sqlite(file: Path) -> bool:
    with open(file, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]
