"""The Store interface: what the pipeline, the CLI and the web app need from a ledger.

SQLite (``sqlite.py``) implements it now; PostgreSQL will implement the same methods.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from claimledger.model import ClaimMention, Document, Problem


@dataclass(frozen=True, slots=True)
class BatchResult:
    new: int
    already_present: int
    mentions: int = 0


class Store(Protocol):
    """A ledger. Every write method is one transaction: all of it lands, or none."""

    location: str

    def add_documents(self, docs: Sequence[Document], problems: Sequence[Problem] = (),
                      mentions: Sequence[ClaimMention] | None = None) -> BatchResult:
        """Store the documents not already present, and the problems not yet recorded.

        ``mentions`` given (even empty) says the documents went through the extractor and
        these are all it found: the new documents are stored with them and recorded as
        extracted, in the same transaction. Mentions of documents already present are
        ignored (re-extraction is ``replace_mentions``); ``None`` stores the documents
        as not yet extracted.
        """

    def replace_mentions(self, document_ids: Iterable[str], mentions: Sequence[ClaimMention]) -> int:
        """Make ``mentions`` the only mentions of these (stored) documents; return how many."""

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are stored documents."""

    def documents(self, search: str | None = None, channel: str | None = None,
                  limit: int | None = None, offset: int = 0) -> Iterator[Document]:
        """Documents by publication time; ``search`` is full-text, ``channel`` exact (any case)."""

    def documents_without_mentions(self) -> Iterator[Document]:
        """Documents never through the extractor, in the order they were stored.

        A document the extractor found nothing in is not one of them."""

    def mentions(self, document_id: str | None = None, source: str | None = None, kind: str | None = None,
                 source_id: str | None = None, limit: int | None = None, offset: int = 0) -> Iterator[ClaimMention]:
        """Mentions in document order, then by position; ``source`` is the name as written."""

    def documents_with_mentions(self) -> Iterator[tuple[Document, list[ClaimMention]]]:
        """Each document that has mentions, with them, in the order documents were stored."""

    def count_documents(self) -> int: ...

    def stats(self) -> dict:
        """Counts: documents (by format, language, channel), mentions (by source kind),
        sources, documents not yet extracted, problems, redactions."""

    def start_run(self, command: str) -> int: ...

    def finish_run(self, run_id: int, summary: dict) -> None: ...

    def close(self) -> None: ...
