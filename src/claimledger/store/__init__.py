"""Ledger storage: ``open_store(location)`` returns a Store (SQLite by default, PostgreSQL
for a ``postgresql://`` URL)."""

from __future__ import annotations

import os

from claimledger.store.base import BatchResult, GroupLink, Store

DEFAULT_DB = "claimledger.db"

__all__ = ["DEFAULT_DB", "BatchResult", "GroupLink", "Store", "default_location", "open_store"]


def default_location() -> str:
    """``$CLAIMLEDGER_DB`` (a path or a PostgreSQL URL) or ``./claimledger.db``."""
    return os.environ.get("CLAIMLEDGER_DB") or DEFAULT_DB


def open_store(location: str | os.PathLike | None = None, create: bool = True) -> Store:
    """Open (and migrate) the ledger at ``location``: a ``postgresql://`` URL (also written
    ``postgresql+psycopg://`` or ``postgres://``) for PostgreSQL, else a SQLite file path."""
    where = os.fspath(location or default_location())
    from claimledger.store.postgres import PostgresStore, is_postgres_url

    if is_postgres_url(where):
        return PostgresStore(where, create=create)
    from claimledger.store.sqlite import SQLiteStore

    return SQLiteStore(where, create=create)
