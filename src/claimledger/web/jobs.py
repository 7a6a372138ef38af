"""Uploaded files through ingest, one job at a time, in a background thread.

An upload is saved to a temporary directory (``save``) and queued (``Jobs.submit``); one
worker thread runs ``engine.local.ingest`` on each job in turn, with the app's store, its
source registry and the extractor (loaded once, when the first job starts), and deletes
the files afterwards. A job's progress (bytes read of the total, documents, claim
mentions, problems as the CLI prints them) is read by the job page while it runs. Jobs
live in memory: a restart forgets them (not what they stored).
"""

from __future__ import annotations

import os
import queue
import re
import secrets
import shutil
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from claimledger.engine import local
from claimledger.errors import ClaimledgerError
from claimledger.link.registry import Registry
from claimledger.model import ClaimMention, Document, Problem
from claimledger.store import Store

STATES = ("queued", "running", "done", "failed")
KEEP = 200  # finished jobs remembered for their pages
_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


def safe_name(name: str | None) -> str:
    """An uploaded file's name as it may be written to disk and shown: its last path part
    only, no control or path characters, no leading dot, at most 100 characters."""
    name = unicodedata.normalize("NFC", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE.sub("_", name).strip(" ._")
    if len(name) > 100:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:100 - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else name[:100]
    return name or "upload"


class Upload(os.PathLike):
    """An uploaded file: read from its temporary path, named by the name it was uploaded with.

    Ingest shows a file given explicitly (problems, and the documents' ``path``) as
    ``str()`` of what it was given (``ingest.iter_files``), so documents and messages name
    ``result.json``, not the server's temporary directory."""

    def __init__(self, path: Path, name: str):
        self.path = path
        self.name = name

    def __fspath__(self) -> str:
        return str(self.path)

    def __str__(self) -> str:
        return self.name


@dataclass
class Job:
    id: str
    files: list[str]
    tz: str = "UTC"
    state: str = "queued"
    total: int = 0  # bytes to read
    read: int = 0  # bytes read
    documents: int = 0  # documents read and stored (new or already present)
    mentions: int = 0  # claim mentions found in the new documents
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    summary: dict | None = None  # IngestReport.as_dict() when done
    error: str | None = None  # why it failed, when it could not run at all
    created_at: str = field(default_factory=lambda: _now())
    finished_at: str | None = None

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed")

    def as_dict(self) -> dict:
        return {"id": self.id, "state": self.state, "files": list(self.files), "tz": self.tz, "total": self.total,
                "read": self.read, "documents": self.documents, "mentions": self.mentions,
                "problems": list(self.problems), "notes": list(self.notes),
                "summary": dict(self.summary) if self.summary else None, "error": self.error,
                "created_at": self.created_at, "finished_at": self.finished_at}


@dataclass
class _Work:
    job: Job
    folder: Path
    uploads: list[Upload]
    zone: tzinfo


class _JobProgress(local.Progress):
    def __init__(self, job: Job):
        self.job = job

    def start(self, total: int) -> None:
        self.job.total = total

    def advance(self, n: int) -> None:
        self.job.read += n

    def problem(self, problem: Problem) -> None:
        self.job.problems.append(str(problem))  # ingest has redacted its path and reason

    def note(self, note: str) -> None:
        self.job.notes.append(note)


class _Counting:
    """The extractor, counting the claim mentions it finds for the job page."""

    def __init__(self, inner: local.Extractor, job: Job):
        self.inner = inner
        self.job = job

    def pipe(self, docs: list[Document]) -> list[list[ClaimMention]]:
        found = self.inner.pipe(docs)
        self.job.mentions += sum(len(m) for m in found)
        return found


class Jobs:
    """The upload queue of one app: ``submit`` a saved upload, ``get`` a job by id."""

    def __init__(self, store: Store, registry: Registry | None, key: bytes,
                 load_extractor: Callable[[], local.Extractor] = local.load_extractor):
        self.store = store
        self.registry = registry
        self.key = key
        self._load_extractor = load_extractor
        self._extractor: local.Extractor | None = None
        self._queue: queue.Queue[_Work | None] = queue.Queue()
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, folder: Path, uploads: list[Upload], zone: tzinfo) -> Job:
        job = Job(secrets.token_hex(8), [u.name for u in uploads], tz=str(zone))
        with self._lock:
            self._jobs[job.id] = job
            self._forget_old()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="claimledger-ingest", daemon=True)
                self._thread.start()
        self._queue.put(_Work(job, folder, uploads, zone))
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def close(self, timeout: float = 10) -> None:
        """Stop the worker after the job it is running (queued jobs are dropped)."""
        while True:
            try:
                work = self._queue.get_nowait()
            except queue.Empty:
                break
            if work is not None:
                shutil.rmtree(work.folder, ignore_errors=True)
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout)

    def _forget_old(self) -> None:
        finished = [j for j in self._jobs.values() if j.finished]
        for job in finished[:max(0, len(finished) - KEEP)]:
            del self._jobs[job.id]

    def _run(self) -> None:
        while (work := self._queue.get()) is not None:
            try:
                self._ingest(work)
            finally:
                shutil.rmtree(work.folder, ignore_errors=True)

    def _ingest(self, work: _Work) -> None:
        job = work.job
        job.state = "running"
        try:
            if self._extractor is None:
                self._extractor = self._load_extractor()
            report = local.ingest(work.uploads, self.store, tz=work.zone, progress=_JobProgress(job), key=self.key,
                                  extractor=_Counting(self._extractor, job), registry=self.registry,
                                  on_batch=lambda docs: setattr(job, "documents", job.documents + len(docs)))
        except ClaimledgerError as exc:
            job.error, job.state = str(exc), "failed"
        except Exception as exc:  # a bug, not the input: say so without quoting anything
            job.error, job.state = f"the ingest stopped on an internal error ({type(exc).__name__})", "failed"
        else:
            job.summary, job.mentions, job.state = report.as_dict(), report.mentions, "done"
        finally:
            job.finished_at = _now()


def save(folder: Path, index: int, name: str, source) -> Upload:
    """Copy an uploaded file (a binary file object) into ``folder``, under its safe name."""
    name = safe_name(name)
    target = folder / str(index) / name
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "xb") as out:
        shutil.copyfileobj(source, out, 1 << 20)
    return Upload(target, name)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
