"""The local executor: read, prepare, extract and store in batches, in one process.

Each batch is one transaction (documents with their claim mentions), so a crash loses at
most the batch in flight and a re-run adds exactly what is missing. After each batch, its
mentions are linked into the ledger's claim groups (``link.ledger``, a transaction of its
own: mentions a crash left unlinked are linked by the next run).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from itertools import islice
from typing import Protocol

from claimledger.config import load_key
from claimledger.errors import ConfigError
from claimledger.ingest import MAX_TEXT, iter_files, read_file
from claimledger.link import ledger as linking
from claimledger.link.registry import Registry
from claimledger.model import ClaimMention, Document, ExtractReport, IngestReport, Note, Problem, RawDocument, Skip
from claimledger.nlp.prepare import Preparer
from claimledger.nlp.redact import Redactor
from claimledger.store import Store

DEFAULT_BATCH = 500
IN_FLIGHT = 2  # batches being extracted while earlier ones are stored and linked


class Extractor(Protocol):
    """What ingest needs from claim extraction (``claimledger.extract.Extractor``)."""

    def pipe(self, docs: list[Document]) -> list[list[ClaimMention]]:
        """The mentions of each document: one list per document, in the same order."""


def load_extractor() -> Extractor:
    """The default extractor, imported only when wanted: it loads lexicons and models."""
    try:
        from claimledger.extract import Extractor as Default
    except ImportError as exc:
        missing = f" ({exc.name} is missing)" if exc.name else ""
        raise ConfigError(f"claim extraction is not available in this installation{missing}; "
                          "run with --no-extract to store documents only") from None
    return Default()


class Progress:
    """Callbacks for a progress display; the default does nothing.

    The unit is bytes read for ``ingest`` and documents for ``extract``."""

    def start(self, total: int) -> None: ...

    def advance(self, n: int) -> None: ...

    def problem(self, problem: Problem) -> None: ...

    def note(self, note: str) -> None: ...


@dataclass
class _Batch:
    """Documents read together, stored in one transaction."""

    docs: list[Document]
    problems: list[Problem]
    fresh: list[Document] = field(default_factory=list)  # those not in the ledger: extracted
    handle: object = None  # the extraction under way (``_submit``), if any


def ingest(
    paths: Iterable[str | os.PathLike],
    store: Store,
    tz: tzinfo = UTC,
    batch_size: int = DEFAULT_BATCH,
    max_text: int = MAX_TEXT,
    progress: Progress | None = None,
    key: bytes | None = None,
    on_batch: Callable[[list[Document]], None] | None = None,
    extractor: Extractor | None = None,
    registry: Registry | None = None,
    link: bool = True,
    link_batch: int = linking.DEFAULT_BATCH,
) -> IngestReport:
    """Read every file under ``paths`` into ``store``; return what happened.

    With an ``extractor``, each batch's new documents (not those already in the ledger)
    go through it and are stored with their claim mentions in the same transaction, and
    (unless ``link`` is false) the mentions are then linked into claim groups, with the
    source ``registry`` if there is one, ``link_batch`` documents per linking transaction.
    """
    progress = progress or Progress()
    redactor = Redactor(key if key is not None else load_key())
    prepare = Preparer(redactor)
    report = IngestReport()
    files = list(iter_files(paths))
    progress.start(sum(_size(path) for path, _, _ in files))
    run_id = store.start_run("ingest")
    batch: list[Document] = []
    batch_problems: list[Problem] = []

    def failed(problem: Problem) -> None:
        report.failed.append(problem)
        batch_problems.append(problem)
        progress.problem(problem)

    # Extraction runs in the workers while this process reads the next batches and stores
    # and links those extracted: ``pending`` are the batches being extracted, oldest first,
    # each stored (and linked) once ``IN_FLIGHT`` newer ones are full. More than one keeps
    # the workers busy while a batch is linked.
    pending: list[_Batch] = []
    # what linking has read, kept from batch to batch: each batch's candidates are mostly
    # the batch before's (an ingest only adds documents: see link.ledger.Memory)
    memory = linking.Memory()

    def flush() -> None:
        if not (batch or batch_problems):
            return
        docs, problems = list(batch), list(batch_problems)
        batch.clear()
        batch_problems.clear()
        if extractor is None:
            _store(_Batch(docs, problems))
            return
        waiting = {doc.id for extracting in pending for doc in extracting.fresh}
        present = store.existing_ids(doc.id for doc in docs)
        fresh = list({doc.id: doc for doc in docs if doc.id not in present and doc.id not in waiting}.values())
        handle = _submit(extractor, fresh)
        while len(pending) >= IN_FLIGHT:
            _store(pending.pop(0))
        pending.append(_Batch(docs, problems, fresh, handle))

    # Stored batches are linked ``link_batch`` documents at a time (whole batches only:
    # see link.ledger), and what is left at the end.
    unlinked = 0  # documents stored since the last linking

    def link_now(last: bool = False) -> None:
        nonlocal unlinked
        report.groups += linking.link(store, registry, batch_size=link_batch, memory=memory,
                                      whole_batches=not last).groups
        unlinked = 0

    def _store(ready: _Batch) -> None:
        nonlocal unlinked
        docs, problems, fresh = ready.docs, ready.problems, ready.fresh
        if extractor is None:
            result = store.add_documents(docs, problems)
        else:
            found, broken = _collect(extractor, fresh, ready.handle)
            for doc in broken:
                problem = extraction_problem(doc)
                report.failed.append(problem)
                problems.append(problem)
                progress.problem(problem)
            skip = {doc.id for doc in broken}
            mentions = [m for doc in fresh for m in found.get(doc.id, ())]
            result = store.add_documents([doc for doc in docs if doc.id not in skip], problems, mentions)
            if broken:
                # Stored as not yet extracted: `claimledger extract` tries them again.
                report.new += store.add_documents(broken).new
            report.mentions += result.mentions
            if link:
                memory.remember((doc for doc in fresh if doc.id not in skip), mentions)
                unlinked += len(fresh)
                if unlinked >= link_batch:
                    link_now()
        report.new += result.new
        report.already_present += result.already_present
        if on_batch:
            on_batch(docs)

    for path, display, explicit in files:
        report.files += 1
        for item in read_file(path, display, tz, max_text, explicit, progress.advance):
            if isinstance(item, RawDocument):
                report.read += 1
                batch.append(prepare(item))
                if len(batch) >= batch_size:
                    flush()
            elif isinstance(item, Skip):
                report.skip(item.reason)
            elif isinstance(item, Problem):
                failed(redacted_problem(redactor, item))
            elif isinstance(item, Note):
                note = redacted_note(redactor, item)
                report.notes.append(note)
                progress.note(note)
    flush()
    while pending:
        _store(pending.pop(0))
    if link and extractor is not None:
        link_now(last=True)
    store.finish_run(run_id, report.as_dict())
    return report


def extract(store: Store, extractor: Extractor, everything: bool = False, batch_size: int = DEFAULT_BATCH,
            progress: Progress | None = None, registry: Registry | None = None, link: bool = True) -> ExtractReport:
    """Extract claim mentions for stored documents never extracted, or with ``everything``
    for all documents, replacing what they had. One transaction per batch, each followed
    (unless ``link`` is false) by linking: replaced mentions leave their groups, which are
    linked again with the new mentions."""
    progress = progress or Progress()
    report = ExtractReport()
    figures = store.stats()
    progress.start(figures["documents"] if everything else figures["not_extracted"])
    run_id = store.start_run("extract")
    docs = store.documents() if everything else store.documents_without_mentions()
    for batch in _batches(docs, batch_size):
        found, broken = extract_isolated(extractor, batch)
        for doc in broken:
            problem = extraction_problem(doc)
            report.failed.append(problem)
            progress.problem(problem)
        done = [doc.id for doc in batch if doc.id in found]
        report.mentions += store.replace_mentions(done, [m for doc_id in done for m in found[doc_id]])
        report.documents += len(done)
        if link:
            report.groups += linking.link(store, registry).groups
        progress.advance(len(batch))
    store.finish_run(run_id, report.as_dict())
    return report


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_isolated(extractor: Extractor,
                     docs: Sequence[Document]) -> tuple[dict[str, list[ClaimMention]], list[Document]]:
    """Mentions by document id, and the documents the extractor failed on.

    A failing batch is retried one document at a time, so one document that trips the
    extractor costs only its own mentions, never the batch or the run.
    """
    if not docs:
        return {}, []
    try:
        return _checked(docs, extractor.pipe(list(docs))), []
    except Exception:  # the extractor's bug, not the input's: isolate it and go on
        if len(docs) == 1:
            return {}, list(docs)
    found: dict[str, list[ClaimMention]] = {}
    broken: list[Document] = []
    for doc in docs:
        one, bad = extract_isolated(extractor, [doc])
        found.update(one)
        broken += bad
    return found, broken


def _submit(extractor: Extractor, docs: Sequence[Document]):
    """Start extracting ``docs``: in the workers when the extractor has them (``submit``),
    else here and now. ``_collect`` takes the result."""
    if docs and hasattr(extractor, "submit"):
        try:
            return extractor.submit(list(docs))
        except Exception:  # the pool's trouble: extract here instead
            return None
    return None


def _collect(extractor: Extractor, docs: Sequence[Document], handle) -> tuple[dict[str, list[ClaimMention]],
                                                                             list[Document]]:
    if handle is not None:
        try:
            return _checked(docs, handle.result()), []
        except Exception:  # as in _extract: isolate the document that fails
            pass
    return extract_isolated(extractor, docs)


def _checked(docs: Sequence[Document], results: list[list[ClaimMention]]) -> dict[str, list[ClaimMention]]:
    if len(results) != len(docs):
        raise ValueError(f"extractor returned {len(results)} results for {len(docs)} documents")
    for doc, mentions in zip(docs, results, strict=True):
        if any(m.document_id != doc.id for m in mentions):
            raise ValueError("extractor returned a mention of another document")
    return {doc.id: list(mentions) for doc, mentions in zip(docs, results, strict=True)}


def redacted_problem(redactor: Redactor, problem: Problem) -> Problem:
    """A reader's problem as it may be shown and stored: paths and reasons are ours, but a
    file name can hold anything."""
    return Problem(redactor.redact(problem.path)[0], problem.where, redactor.redact(problem.reason)[0])


def redacted_note(redactor: Redactor, note: Note) -> str:
    return f"{redactor.redact(note.path)[0]}: {note.text}"


def extraction_problem(doc: Document) -> Problem:
    # The exception's text is not quoted: it may hold a piece of the document.
    where = f"message {doc.message_id}" if doc.message_id is not None else None
    return Problem(doc.path, where, "claim extraction failed; the document is stored without mentions "
                                    "(run 'claimledger extract' to try again)")


def _size(path) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
