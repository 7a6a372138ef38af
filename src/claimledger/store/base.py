"""The Store interface: what the pipeline, the CLI and the web app need from a ledger.

SQLite (``sqlite.py``) implements it now; PostgreSQL will implement the same methods.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from claimledger.model import Document, Problem


@dataclass(frozen=True, slots=True)
class BatchResult:
    new: int
    already_present: int


class Store(Protocol):
    """A ledger. Every write method is one transaction: all of it lands, or none."""

    location: str

    def add_documents(self, docs: Sequence[Document], problems: Sequence[Problem] = ()) -> BatchResult:
        """Store the documents not already present, and the problems not yet recorded."""

    def documents(self, search: str | None = None, channel: str | None = None,
                  limit: int | None = None, offset: int = 0) -> Iterator[Document]:
        """Documents by publication time; ``search`` is full-text, ``channel`` exact (any case)."""

    def count_documents(self) -> int: ...

    def stats(self) -> dict: ...

    def start_run(self, command: str) -> int: ...

    def finish_run(self, run_id: int, summary: dict) -> None: ...

    def close(self) -> None: ...
