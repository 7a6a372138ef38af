"""The Dask executor: partitions read and extracted on a Dask cluster, stored here.

Inputs are split into partitions (``engine.partitions``: a file, or a range of a large
Telegram export's messages). Each partition is one task on the workers, a pure stage:
read it, prepare (normalise, redact, identify: the ``Preparer``), extract claim mentions
(one extractor loaded per worker process, kept for its later tasks), and return the
documents, mentions, problems, skips and notes. Nothing on a worker touches the ledger.

This process is the one writer (SQLite allows one; PostgreSQL gains nothing from more
for these inserts): each partition's result is stored, in reading order, in
transactions of at most ``batch_size`` documents, the way the local engine stores a
batch, while the workers go on with the partitions after it. The stored documents are
linked a linking batch at a time here too, while the workers extract; group and mention
ids are content hashes and linking does not depend on the order or batches mentions
arrived in, so the ledger is the one the local engine makes from the same inputs.

The workers need the redaction key: it travels inside the ``Preparer`` with each task.
On a local cluster that is a loopback connection; a remote scheduler should be reached
over TLS (``tls://``).

This is the only module that imports dask.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from types import FunctionType

from claimledger.config import load_key
from claimledger.engine import local
from claimledger.engine.partitions import DEFAULT_PARTITION_MESSAGES, Partition, plan
from claimledger.errors import ConfigError
from claimledger.ingest import MAX_TEXT, read_file
from claimledger.link import ledger as linking
from claimledger.link.registry import Registry
from claimledger.model import ClaimMention, Document, IngestReport, Note, Problem, RawDocument, Skip
from claimledger.nlp.prepare import Preparer
from claimledger.nlp.redact import Redactor
from claimledger.store import Store

DEFAULT_WORKERS = 2
# Partitions submitted ahead of the one being stored, per worker thread: one extracting
# and one waiting keeps each busy.
WINDOW_PER_THREAD = 2


@dataclass
class PartitionResult:
    """What a worker found in one partition, ready to store."""

    read: int = 0
    docs: list[Document] = field(default_factory=list)
    mentions: dict[str, list[ClaimMention]] = field(default_factory=dict)  # by document id
    broken: list[Document] = field(default_factory=list)  # extraction failed: stored without mentions
    problems: list[Problem] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


# One extractor per worker process, by factory: loading models takes seconds, a task
# should not pay for it again.
_extractors: dict[str, local.Extractor] = {}


def _worker_extractor(factory: Callable[[], local.Extractor]) -> local.Extractor:
    if not isinstance(factory, FunctionType) or "<" in factory.__qualname__:
        return factory()  # an object that travelled with the task: nothing to keep
    name = f"{factory.__module__}.{factory.__qualname__}"
    if name not in _extractors:
        from claimledger.engine.pool import limit_numeric_threads

        limit_numeric_threads()
        _extractors[name] = factory()
    return _extractors[name]


class Given:
    """An extractor factory that hands over an extractor object made elsewhere; it travels
    to the workers with each task, so it must pickle."""

    def __init__(self, extractor: local.Extractor):
        self.extractor = extractor

    def __call__(self) -> local.Extractor:
        return self.extractor


def read_partition(part: Partition, prepare: Preparer, tz: tzinfo = UTC, max_text: int = MAX_TEXT,
                   extractor_factory: Callable[[], local.Extractor] | None = local.load_extractor,
                   batch_size: int = local.DEFAULT_BATCH) -> PartitionResult:
    """The worker's stage: read, prepare and (with a factory) extract one partition."""
    result = PartitionResult()
    for item in read_file(part.path, part.display, tz, max_text, part.explicit, messages=part.messages):
        if isinstance(item, RawDocument):
            result.read += 1
            result.docs.append(prepare(item))
        elif isinstance(item, Skip):
            result.skipped[item.reason] = result.skipped.get(item.reason, 0) + 1
        elif isinstance(item, Problem):
            result.problems.append(local.redacted_problem(prepare.redactor, item))
        elif isinstance(item, Note):
            result.notes.append(local.redacted_note(prepare.redactor, item))
    if extractor_factory is not None and result.docs:
        extractor = _worker_extractor(extractor_factory)
        unique = list({doc.id: doc for doc in result.docs}.values())
        for start in range(0, len(unique), batch_size):
            found, broken = local.extract_isolated(extractor, unique[start:start + batch_size])
            result.mentions.update(found)
            result.broken += broken
    return result


def ingest(
    paths: Iterable[str | os.PathLike],
    store: Store,
    scheduler: str | None = None,
    workers: int = DEFAULT_WORKERS,
    tz: tzinfo = UTC,
    batch_size: int = local.DEFAULT_BATCH,
    max_text: int = MAX_TEXT,
    progress: local.Progress | None = None,
    key: bytes | None = None,
    extractor_factory: Callable[[], local.Extractor] | None = local.load_extractor,
    registry: Registry | None = None,
    link: bool = True,
    partition_messages: int = DEFAULT_PARTITION_MESSAGES,
    timeout: float = 30,
    link_batch: int = linking.DEFAULT_BATCH,
) -> IngestReport:
    """Read every file under ``paths`` into ``store`` on a Dask cluster; return what happened.

    ``scheduler`` is a scheduler's address (``tcp://host:8786``); without one a local
    cluster of ``workers`` processes is started for this run and stopped after it. With
    an ``extractor_factory`` (a picklable callable; None: store documents only) the
    workers extract claim mentions, and (unless ``link`` is false) they are linked into
    claim groups as they are stored, while the workers extract the rest. The same inputs
    give the same ledger and the same report as ``engine.local.ingest`` (but for the count
    of groups made or updated, summed over the linking batches). ``timeout``: seconds to
    wait for the scheduler; ``link_batch``: documents per linking transaction.
    """
    progress = progress or local.Progress()
    prepare = Preparer(Redactor(key if key is not None else load_key()))
    run_id = store.start_run("ingest")
    noted: set[int] = set()  # files whose time-zone note was given
    with _connect(scheduler, workers, timeout) as client:
        # Several partitions a worker thread: an export alone keeps them all busy, and
        # one that finishes late leaves the others idle for a shorter tail.
        threads = sum(client.nthreads().values()) or workers
        parts = plan(paths, partition_messages, min_partitions=4 * threads)
        report = IngestReport(files=len({part.file for part in parts}))
        progress.start(sum(part.size for part in parts))
        # The workers run ahead of this process by a window of partitions, not the whole
        # input: results wait in the workers' memory until stored, and this process also
        # links (below), so an unbounded lead would hold most of a large corpus there.
        ahead = WINDOW_PER_THREAD * threads
        futures: list = []

        def submit_next() -> None:
            if len(futures) < len(parts):
                futures.append(client.submit(read_partition, parts[len(futures)], prepare=prepare, tz=tz,
                                             max_text=max_text, extractor_factory=extractor_factory,
                                             batch_size=batch_size, pure=False))

        for _ in range(ahead):
            submit_next()
        # Stored documents are linked a linking batch at a time while the workers extract
        # the partitions after them, as the local engine does: linking everything at the end
        # left the cluster idle for as long as extraction took (at 1M messages, an hour of
        # one core). Both engines link whole batches in the order stored, and what is left
        # at the end (link.ledger), so the groups are the same.
        linking_on = extractor_factory is not None and link
        memory = linking.Memory()
        unlinked = 0
        try:
            # Stored in reading order, as the local engine stores them: the ledger keeps the
            # order documents were stored in (the export lists them so). The workers run
            # ahead; a result that is ready early waits on its worker, not here.
            for n, part in enumerate(parts):
                future = futures[n]
                result: PartitionResult = future.result()
                future.release()
                futures[n] = None
                submit_next()
                failed = _store(store, result, report, batch_size, extracted=extractor_factory is not None,
                                memory=memory if linking_on else None)
                for problem in result.problems + failed:
                    report.failed.append(problem)
                    progress.problem(problem)
                # Each range of a split export may see its dates' offset: one note a file.
                for note in result.notes[:1] if part.messages else result.notes:
                    if part.messages is None or part.file not in noted:
                        noted.add(part.file)
                        report.notes.append(note)
                        progress.note(note)
                progress.advance(part.size)
                unlinked += len(result.docs)
                if linking_on and unlinked >= link_batch:
                    report.groups += linking.link(store, registry, batch_size=link_batch, memory=memory,
                                                  whole_batches=True).groups
                    unlinked = 0
        except BaseException:
            client.cancel([future for future in futures if future is not None])
            raise
    if linking_on:
        report.groups += linking.link(store, registry, batch_size=link_batch, memory=memory).groups
    store.finish_run(run_id, report.as_dict())
    return report


def _store(store: Store, result: PartitionResult, report: IngestReport, batch_size: int,
           extracted: bool, memory: linking.Memory | None = None) -> list[Problem]:
    """One partition's result, in transactions of at most ``batch_size`` documents; the
    problems of documents the extractor failed on. ``memory``: linking's, told what was
    stored (as the local engine does), so that linking need not read it back."""
    report.read += result.read
    for reason, n in result.skipped.items():
        report.skipped[reason] = report.skipped.get(reason, 0) + n
    # The workers extract every document; one already in the ledger is not new, whether
    # or not its extraction failed, and keeps the mentions it has (as in the local engine).
    present = store.existing_ids(doc.id for doc in result.broken) if result.broken else set()
    broken = [doc for doc in result.broken if doc.id not in present]
    failed = [local.extraction_problem(doc) for doc in broken]
    skip = {doc.id for doc in broken}
    docs = [doc for doc in result.docs if doc.id not in skip]
    pending_problems = result.problems + failed
    for start in range(0, max(len(docs), 1), batch_size):
        batch = docs[start:start + batch_size]
        if not batch and not pending_problems:
            break
        mentions = None
        if extracted:
            mentions = [m for doc in {d.id: d for d in batch}.values() for m in result.mentions.get(doc.id, ())]
        stored = store.add_documents(batch, pending_problems, mentions)
        if memory is not None and mentions is not None and not stored.already_present:
            memory.remember(batch, mentions)
        pending_problems = []
        report.new += stored.new
        report.already_present += stored.already_present
        report.mentions += stored.mentions
    if broken:
        # Stored as not yet extracted: `claimledger extract` tries them again.
        report.new += store.add_documents(broken).new
    return failed


class _connect:
    """A client of the scheduler at ``address``, or of a local cluster started for it."""

    def __init__(self, address: str | None, workers: int, timeout: float):
        self.address = address
        self.timeout = timeout
        self.workers = workers
        self.cluster = None
        self.client = None

    def __enter__(self):
        try:
            import dask.config
            from distributed import Client, LocalCluster
        except ImportError:
            raise ConfigError("the Dask engine needs dask.distributed: pip install 'claimledger[dask]'") from None
        if self.address is None:
            # Processes, one thread each: extraction holds the GIL. On loopback (the default
            # host), without the dashboard; the scheduler's own HTTP endpoints (health,
            # metrics) cannot be turned off, so they take a free port, not 8787.
            # The workers' statistical profiler samples the running task's stack every 10 ms:
            # extraction's deep Python stacks make that a cost, for a dashboard nobody sees.
            with dask.config.set({"distributed.worker.profile.enabled": False,
                                  "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None,
                                            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                            silence_logs=logging.CRITICAL)
            self.client = Client(self.cluster)
            self.client.wait_for_workers(self.workers)  # all of them count in the partitioning
        else:
            try:
                self.client = Client(self.address, timeout=self.timeout)
            except (OSError, TimeoutError, ValueError) as exc:
                raise ConfigError(f"cannot reach the Dask scheduler at {self.address} ({type(exc).__name__})"
                                  ) from None
        return self.client

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
