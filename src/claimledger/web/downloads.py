"""Downloads: the claims as JSON Lines and CSV, the verdicts as ClaimReview; and the HTML
report, shown in the browser or (``?download=1``) downloaded.

The exports are written by ``claimledger.report`` into a file object; here that file
object is a pipe to the response, filled by a writer thread a few chunks ahead of the
network, so an export of any size is streamed in bounded memory. If the browser goes
away, the writer stops at its next write.
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Callable, Iterator

from fastapi import APIRouter, Request
from starlette.responses import Response, StreamingResponse

from claimledger.web.site import site

router = APIRouter()

_CHUNK = 64 * 1024
_AHEAD = 8  # chunks the writer may be ahead of the network
_END = object()


class _Closed(Exception):
    """The response was abandoned: the writer stops."""


class _Pipe(io.RawIOBase):
    """A write-only binary stream whose chunks go to a queue (an exporter may wrap it in
    ``io.TextIOWrapper``; text written to it directly is encoded as UTF-8)."""

    def __init__(self, chunks: queue.Queue, stop: threading.Event):
        super().__init__()
        self._chunks = chunks
        self._stop = stop
        self._buffer = bytearray()

    def write(self, data) -> int:
        self._buffer += data.encode("utf-8") if isinstance(data, str) else bytes(data)
        if len(self._buffer) >= _CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self._buffer:
            self._put(bytes(self._buffer))
            self._buffer.clear()

    def writable(self) -> bool:
        return True

    def close(self) -> None:
        # What was written is flushed by ``streamed``; closing (or collecting) an
        # abandoned pipe drops the rest instead of waiting for a reader that has gone.
        self._buffer.clear()
        super().close()

    def _put(self, item) -> None:
        while True:
            if self._stop.is_set():
                raise _Closed
            try:
                self._chunks.put(item, timeout=0.5)
                return
            except queue.Full:
                continue


def streamed(write: Callable[[_Pipe], object]) -> Iterator[bytes]:
    """The bytes ``write(fh)`` writes, as an iterator for a streaming response."""
    chunks: queue.Queue = queue.Queue(maxsize=_AHEAD)
    stop = threading.Event()
    pipe = _Pipe(chunks, stop)

    def run() -> None:
        try:
            write(pipe)
            pipe.flush()
        except _Closed:
            return
        except BaseException as exc:  # handed to the response, which stops there
            try:
                pipe._put(exc)
            except _Closed:
                return
        try:
            pipe._put(_END)
        except _Closed:
            return

    writer = threading.Thread(target=run, name="claimledger-export", daemon=True)
    writer.start()
    try:
        while (item := chunks.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()


def _attachment(body: Iterator[bytes], filename: str, media_type: str) -> StreamingResponse:
    return StreamingResponse(body, media_type=media_type,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/export/claims.jsonl", name="export_jsonl")
def export_jsonl(request: Request):
    from claimledger.report import jsonl

    store = site(request).store
    return _attachment(streamed(lambda fh: jsonl.write(store, fh)), "claims.jsonl", "application/x-ndjson")


@router.get("/export/claims.csv", name="export_csv")
def export_csv(request: Request):
    from claimledger.report import csv_export

    store = site(request).store
    return _attachment(streamed(lambda fh: csv_export.write(store, fh)), "claims.csv", "text/csv; charset=utf-8")


@router.get("/export/claimreview.jsonld", name="export_claimreview")
def export_claimreview(request: Request):
    from claimledger.report import claimreview

    s = site(request)
    base = str(request.base_url)  # each review's url: the group's page on this server
    return _attachment(streamed(lambda fh: claimreview.write(s.store, fh, registry=s.registry, url_base=base)),
                       "claimreview.jsonld", "application/ld+json")


@router.get("/report.html", name="report")
def report(request: Request, download: str = ""):
    """The HTML report, shown in the browser (saved, it is the self-contained file to
    send); ``?download=1`` downloads it."""
    from claimledger.report import html

    s = site(request)
    page = html.render(s.store, registry=s.registry)
    # The report is one self-contained file: its own inline styles, no script at all.
    headers = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                                          "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"}
    if download:
        headers["Content-Disposition"] = 'attachment; filename="claimledger-report.html"'
    return Response(page, media_type="text/html; charset=utf-8", headers=headers)
