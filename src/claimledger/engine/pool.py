"""Extraction on several cores: the same ``pipe`` as ``claimledger.extract.Extractor``,
split over worker processes.

Reading, redaction and the store stay in the calling process (one writer, as in
datasette); only extraction, which is where the time goes, is spread. Workers are
started with "spawn" — fork and the progress bar's thread do not mix — on the first
batch large enough to be worth it, and each loads its own models once.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from claimledger.model import ClaimMention, Document

# Below this many documents a batch is extracted here: starting workers (a few seconds
# of model loading each) would cost more than it saves.
MIN_PARALLEL_BATCH = 64

_worker_extractor = None


NUMERIC_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def limit_numeric_threads(force: bool = False) -> None:
    """One thread of numerical work per process, unless the user said otherwise.

    OpenBLAS spins its threads while it waits: with its default threads `ingest --workers
    1` of the synthetic export ran at 59 messages/s instead of 228 (bench/bench_extract.py),
    and two workers with two threads each on two cores ran three times slower than one
    process alone. It only takes effect before the models' libraries (numpy) are imported.
    """
    for name in NUMERIC_THREAD_VARIABLES:
        if force:
            os.environ[name] = "1"
        else:
            os.environ.setdefault(name, "1")


def _start_worker() -> None:
    global _worker_extractor
    limit_numeric_threads(force=True)
    from claimledger.extract import Extractor

    _worker_extractor = Extractor()


def _work(docs: list[Document]) -> list[list[ClaimMention]]:
    return _worker_extractor.pipe(docs)


def default_workers() -> int:
    """One worker per core, at most four: past that the single writer is the limit."""
    return max(1, min(4, os.cpu_count() or 1))


class _Pending:
    """A batch being extracted: its result in order, when ready."""

    def __init__(self, done: list[list[ClaimMention]] | None = None, futures: list | None = None):
        self._done = done
        self._futures = futures or []

    def result(self) -> list[list[ClaimMention]]:
        if self._done is None:
            self._done = [mentions for future in self._futures for mentions in future.result()]
        return self._done


class ParallelExtractor:
    """``pipe(docs)`` over ``workers`` processes; ``close()`` (or ``with``) stops them."""

    def __init__(self, workers: int | None = None):
        self.workers = workers or default_workers()
        self._pool: ProcessPoolExecutor | None = None
        self._local = None

    def pipe(self, docs: list[Document]) -> list[list[ClaimMention]]:
        return self.submit(docs).result()

    def submit(self, docs: list[Document]) -> _Pending:
        """Start ``pipe(docs)`` in the workers; ``.result()`` waits for it. Small batches
        are extracted here, at once."""
        docs = list(docs)
        if self.workers <= 1 or len(docs) < MIN_PARALLEL_BATCH:
            return _Pending(done=self._here().pipe(docs))
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_start_worker)
        size = -(-len(docs) // (self.workers * 4))  # several chunks a worker: even load
        return _Pending(futures=[self._pool.submit(_work, docs[i:i + size]) for i in range(0, len(docs), size)])

    def _here(self):
        if self._local is None:
            from claimledger.extract import Extractor

            self._local = Extractor()
        return self._local

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> ParallelExtractor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
