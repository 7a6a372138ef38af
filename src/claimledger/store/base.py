"""The Store interface: what the pipeline, the CLI and the web app need from a ledger.

SQLite (``sqlite.py``) and PostgreSQL (``postgres.py``) implement it, sharing their
reading (``read.py``, ``groups.py``), writing (``writing.py``) and linking (``linking.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from claimledger.model import ClaimMention, Document, Problem, Verdict


@dataclass(frozen=True, slots=True)
class BatchResult:
    new: int
    already_present: int
    mentions: int = 0


@dataclass(frozen=True, slots=True)
class GroupLink:
    """A mention's place in its claim group: None values when it is not linked yet."""

    group_id: str | None
    status: str | None  # the group's status; None for a mention linked on its own (no group row)
    stance: str | None  # toward the group
    origin: str | None  # origin key (assess.origin)


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

    def document(self, document_id: str) -> Document | None:
        """The stored document with this id, if there is one."""

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

    def linking(self, known=None) -> AbstractContextManager:
        """One linking transaction: a session with what ``link.ledger`` reads and writes
        (``store.linking.Linking``); ``known``: mentions by id a linking run has already read."""

    def reset_links(self) -> None:
        """Unlink every mention: groups, keys and stances go (``link --all``)."""

    def documents_with_groups(self) -> Iterator[tuple[Document, list[tuple[ClaimMention, GroupLink]]]]:
        """Like ``documents_with_mentions``, each mention with its group, status and stance."""

    def groups(self, status: str | None = None, since: str | None = None, search: str | None = None,
               language: str | None = None, sources: Sequence[str] | None = None,
               limit: int | None = None, offset: int = 0, order: str = "status",
               until: str | None = None) -> Iterator[dict]:
        """Claim groups (rows of ``groups``, JSON decoded), in ``order`` (a key of
        ``GROUP_ORDERS``: "status" is contested first, then by first seen). ``sources`` are
        source names as written in mentions (any of them); ``since``/``until`` bound the
        first seen (ISO, UTC; until is exclusive)."""

    def count_groups(self, status: str | None = None, since: str | None = None, search: str | None = None,
                     language: str | None = None, sources: Sequence[str] | None = None,
                     until: str | None = None) -> int:
        """How many groups ``groups`` would give with these filters and no limit."""

    def group(self, group_id: str) -> dict | None: ...

    def group_mentions(self, group_id: str) -> list[tuple[ClaimMention, Document, GroupLink]]:
        """A group's members with their documents, by publication time."""

    def source_counts(self) -> Iterator[tuple[str, str, int]]:
        """(name, kind, mentions) of every source named in a mention."""

    def source_names(self) -> Iterator[tuple[str, str]]:
        """(name, kind) of every source named in a mention."""

    def mention_with_document(self, mention_id: str) -> tuple[ClaimMention, Document, GroupLink] | None: ...

    def source_figures(self, keys: dict[tuple[str, str], str]) -> Iterator[dict]:
        """Per source (``keys``: (name as written, kind) -> source key): mentions, first and
        last seen, groups supported (corroborated, contested) and denied."""

    def add_verdict(self, group_id: str, mention_id: str, rating: str, note: str = "", evidence: str | None = None,
                    analyst: str = "") -> Verdict:
        """Record an analyst's verdict (already redacted: ``report.verdicts.record``)."""

    def verdicts(self, group_id: str | None = None) -> list[Verdict]:
        """Verdicts, oldest first: all, or those on ``group_id`` (or recorded on a mention
        that is now in it)."""

    def start_run(self, command: str) -> int: ...

    def finish_run(self, run_id: int, summary: dict) -> None: ...

    def version(self) -> int:
        """A number that changes whenever anything is committed to the ledger, by this
        process or another: what a cache of figures checks before it answers."""

    def close(self) -> None: ...
