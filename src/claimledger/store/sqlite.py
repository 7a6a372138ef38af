"""The SQLite ledger: one file in WAL mode, full-text search with FTS5."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.exc import DBAPIError

from claimledger.errors import StoreError
from claimledger.model import Document, Problem
from claimledger.store import schema
from claimledger.store.base import BatchResult
from claimledger.store.migrations import migrate

_COLUMNS = [c.name for c in schema.documents.columns if c.name not in ("seq", "ingested_at")]
_WORD = re.compile(r"\w+", re.UNICODE)
# IN (...) lists stay under SQLite's bound-parameter limit.
_CHUNK = 500


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore:
    """A ledger in one SQLite file."""

    def __init__(self, path: str, create: bool = True):
        self.location = path
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

    # -- writing ---------------------------------------------------------------------

    def add_documents(self, docs: Sequence[Document], problems: Sequence[Problem] = ()) -> BatchResult:
        unique: dict[str, Document] = {}
        for doc in docs:
            unique.setdefault(doc.id, doc)
        try:
            with self.engine.begin() as conn:
                present: set[str] = set()
                ids = list(unique)
                for i in range(0, len(ids), _CHUNK):
                    part = ids[i:i + _CHUNK]
                    present.update(conn.execute(
                        select(schema.documents.c.id).where(schema.documents.c.id.in_(part))).scalars())
                stamp = _now()
                rows = [_row(doc, stamp) for doc_id, doc in unique.items() if doc_id not in present]
                if rows:
                    conn.execute(schema.documents.insert(), rows)
                if problems:
                    conn.execute(schema.problems.insert().prefix_with("OR IGNORE"),
                                 [_problem_row(p, stamp) for p in problems])
        except DBAPIError as exc:
            # Only the driver's message: SQLAlchemy's own would quote the row, text and all.
            raise StoreError(f"{self.location}: cannot write ({_reason(exc)})") from None
        return BatchResult(new=len(rows), already_present=len(docs) - len(rows))

    def start_run(self, command: str) -> int:
        with self.engine.begin() as conn:
            return conn.execute(schema.runs.insert().values(command=command, started_at=_now())).inserted_primary_key[0]

    def finish_run(self, run_id: int, summary: dict) -> None:
        with self.engine.begin() as conn:
            conn.execute(schema.runs.update().where(schema.runs.c.id == run_id).values(
                finished_at=_now(), summary=json.dumps(summary, ensure_ascii=False)))

    # -- reading ---------------------------------------------------------------------

    def documents(self, search: str | None = None, channel: str | None = None,
                  limit: int | None = None, offset: int = 0) -> Iterator[Document]:
        d = schema.documents
        query = select(*[d.c[name] for name in _COLUMNS])
        if search:
            match = fts_query(search)
            if not match:
                return
            query = query.where(d.c.seq.in_(
                select(text("rowid")).select_from(text("documents_fts")).where(text("documents_fts MATCH :q"))
            )).params(q=match)
        if channel:
            query = query.where(func.lower(d.c.channel) == channel.lower())
        query = query.order_by(d.c.published_at.is_(None), d.c.published_at, d.c.seq).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield _document(row._mapping)

    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.documents)).scalar_one()

    def stats(self) -> dict:
        d = schema.documents
        with self.engine.connect() as conn:
            def counts(column) -> dict[str, int]:
                rows = conn.execute(select(column, func.count()).group_by(column).order_by(func.count().desc(), column))
                return {(key if key is not None else "unknown"): n for key, n in rows}

            first, last = conn.execute(select(func.min(d.c.published_at), func.max(d.c.published_at))).one()
            return {
                "documents": conn.execute(select(func.count()).select_from(d)).scalar_one(),
                "by_format": counts(d.c.format),
                "by_language": counts(d.c.language),
                "by_channel": counts(d.c.channel),
                "redactions": conn.execute(select(func.coalesce(func.sum(d.c.redactions), 0))).scalar_one(),
                "problems": conn.execute(select(func.count()).select_from(schema.problems)).scalar_one(),
                "first_published": first,
                "last_published": last,
            }

    def close(self) -> None:
        self.engine.dispose()


def fts_query(search: str) -> str:
    """An FTS5 query from what a person types: every word must appear, as a prefix, so
    inflected Russian and Ukrainian forms match ("мост" finds "моста")."""
    words = _WORD.findall(search)
    return " AND ".join(f'"{w}"*' for w in words)


def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
    # We issue BEGIN ourselves (see the "begin" listener) so that every batch and every
    # migration is a real transaction; pysqlite's implicit transactions skip DDL.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _is_sqlite(file: Path) -> bool:
    with open(file, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


def _row(doc: Document, stamp: str) -> dict:
    row = {name: getattr(doc, name) for name in _COLUMNS}
    row["links"] = json.dumps(list(doc.links), ensure_ascii=False)
    row["ingested_at"] = stamp
    return row


def _document(row) -> Document:
    values = dict(row)
    values["links"] = tuple(json.loads(values.get("links") or "[]"))
    return Document(**values)


def _problem_row(problem: Problem, stamp: str) -> dict:
    key = hashlib.sha256(f"{problem.path}\x1f{problem.where}\x1f{problem.reason}".encode()).hexdigest()[:32]
    return {"id": key, "path": problem.path, "location": problem.where, "reason": problem.reason,
            "first_seen": stamp}
