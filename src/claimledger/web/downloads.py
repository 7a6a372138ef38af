"""Downloads: the claims as JSON Lines and CSV, the verdicts as ClaimReview; and the HTML
report, shown in the browser or (``?download=1``) downloaded.

The exports are written by ``claimledger.report`` into a file object: here a spooled
temporary file (in memory up to a few megabytes, on disk past that), sent in chunks once
written, so an export of any size needs bounded memory.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from typing import IO

from fastapi import APIRouter, Request
from starlette.responses import Response, StreamingResponse

from claimledger.web.site import site

router = APIRouter()
_CHUNK = 64 * 1024
_IN_MEMORY = 4 * 1024 * 1024  # bytes an export may keep in memory before it goes to disk


def streamed(write: Callable[[IO[bytes]], object]) -> Iterator[bytes]:
    """The bytes ``write(fh)`` writes, as an iterator for a streaming response."""
    with tempfile.SpooledTemporaryFile(max_size=_IN_MEMORY) as fh:
        write(fh)
        fh.seek(0)
        while chunk := fh.read(_CHUNK):
            yield chunk


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
