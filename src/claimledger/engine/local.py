"""The local executor: read, prepare and store in batches, in one process.

Each batch is one transaction, so a crash loses at most the batch in flight and a
re-run adds exactly what is missing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import UTC, tzinfo

from claimledger.config import load_key
from claimledger.ingest import MAX_TEXT, iter_files, read_file
from claimledger.model import Document, IngestReport, Note, Problem, RawDocument, Skip
from claimledger.nlp.prepare import Preparer
from claimledger.nlp.redact import Redactor
from claimledger.store import Store

DEFAULT_BATCH = 500


class Progress:
    """Callbacks for a progress display; the default does nothing."""

    def start(self, total_bytes: int) -> None: ...

    def advance(self, nbytes: int) -> None: ...

    def problem(self, problem: Problem) -> None: ...

    def note(self, note: str) -> None: ...


def ingest(
    paths: Iterable[str | os.PathLike],
    store: Store,
    tz: tzinfo = UTC,
    batch_size: int = DEFAULT_BATCH,
    max_text: int = MAX_TEXT,
    progress: Progress | None = None,
    key: bytes | None = None,
    on_batch: Callable[[list[Document]], None] | None = None,
) -> IngestReport:
    """Read every file under ``paths`` into ``store``; return what happened."""
    progress = progress or Progress()
    redactor = Redactor(key if key is not None else load_key())
    prepare = Preparer(redactor)
    report = IngestReport()
    files = list(iter_files(paths))
    progress.start(sum(_size(path) for path, _, _ in files))
    run_id = store.start_run("ingest")
    batch: list[Document] = []
    batch_problems: list[Problem] = []

    def flush() -> None:
        if batch or batch_problems:
            result = store.add_documents(batch, batch_problems)
            report.new += result.new
            report.already_present += result.already_present
            if on_batch:
                on_batch(list(batch))
            batch.clear()
            batch_problems.clear()

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
                # Paths and reasons are ours, but a file name can hold anything: redact.
                safe = Problem(redactor.redact(item.path)[0], item.where, redactor.redact(item.reason)[0])
                report.failed.append(safe)
                batch_problems.append(safe)
                progress.problem(safe)
            elif isinstance(item, Note):
                note = f"{redactor.redact(item.path)[0]}: {item.text}"
                report.notes.append(note)
                progress.note(note)
    flush()
    store.finish_run(run_id, report.as_dict())
    return report


def _size(path) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
