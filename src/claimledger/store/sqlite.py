"""The SQLite ledger: one file in WAL mode, full-text search with FTS5.

What is SQLite's own lives here: opening the file, its connection settings, the FTS5 table
of mention contents, ``version()``. Writing is ``writing.py``, reading ``read.py`` (claim
groups ``groups.py``), linking's transaction ``linking.py``, row conversions ``rows.py``.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy import Connection, create_engine, event, func, select
from sqlalchemy.exc import DBAPIError

from claimledger.errors import StoreError
from claimledger.store import schema
from claimledger.store.dialect import fts_query
from claimledger.store.groups import GroupReading
from claimledger.store.migrations import migrate
from claimledger.store.read import Reading
from claimledger.store.writing import Writing

__all__ = ["SQLiteStore", "fts_query"]


class SQLiteStore(Writing, Reading, GroupReading):
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
            raise StoreError(f"{path}: cannot open the ledger ({self._reason(exc)})") from None

    def _index_contents(self, conn: Connection, values: list[dict]) -> list[dict]:
        # Each mention's content goes into the full-text index under a row number given here
        # (one writer at a time: SQLite's lock, so numbers cannot collide); deleting a mention
        # removes its row by trigger (migrations, version 3).
        last = conn.execute(select(func.max(schema.mentions.c.fts_rowid))).scalar() or 0
        values = [row | {"fts_rowid": last + n} for n, row in enumerate(values, start=1)]
        conn.exec_driver_sql("INSERT INTO mentions_fts(rowid, content) VALUES (?, ?)",
                             [(row["fts_rowid"], row["content"]) for row in values])
        return values

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
