"""Ledger storage: ``open_store(location)`` returns a Store (SQLite by default)."""

from __future__ import annotations

import os

from claimledger.store.base import BatchResult, GroupLink, Store

DEFAULT_DB = "claimledger.db"

__all__ = ["DEFAULT_DB", "BatchResult", "GroupLink", "Store", "default_location", "open_store"]


def default_location() -> str:
    """``$CLAIMLEDGER_DB`` or ``./claimledger.db``."""
    return os.environ.get("CLAIMLEDGER_DB") or DEFAULT_DB


def open_store(location: str | os.PathLike | None = None, create: bool = True) -> Store:
    """Open (and migrate) the ledger at ``location``: a file path for SQLite."""
    from claimledger.store.sqlite import SQLiteStore

    return SQLiteStore(os.fspath(location or default_location()), create=create)
