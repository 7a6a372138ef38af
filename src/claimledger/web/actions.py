"""The pages that write: an analyst's verdict on a claim group, and uploads to ingest.

Every POST carries the CSRF token of the page it came from (``security.Csrf``); without
it the answer is 403 and nothing is written.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter, Form, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.responses import JSONResponse, RedirectResponse

from claimledger.report import ledger, verdicts
from claimledger.web import jobs
from claimledger.web.pages import group_response
from claimledger.web.security import CSRF_FIELD
from claimledger.web.site import error_page, render, site

router = APIRouter()

MAX_FILES = 100
_FORM_SLACK = 64 * 1024  # multipart boundaries and the small fields, beyond the files themselves
CSRF_REFUSED = ("This form has expired or did not come from this server (its security token is missing or "
                "wrong). Reload the page and send it again.")


# -- verdicts --------------------------------------------------------------------------------


@router.post("/groups/{ident}/verdicts", name="add_verdict")
def add_verdict(request: Request, ident: str, rating: Annotated[str, Form()] = "", note: Annotated[str, Form()] = "",
                evidence: Annotated[str, Form()] = "", analyst: Annotated[str, Form()] = "",
                csrf_token: Annotated[str, Form()] = ""):
    s = site(request)
    if not s.csrf.valid(request, csrf_token):
        return error_page(request, 403, CSRF_REFUSED)
    try:
        _gid, rows = ledger.resolve(s.store, ident)
    except ledger.UnknownId:
        return error_page(request, 404, "No claim group or claim mention has this id.")
    try:
        verdicts.record(s.store, s.redactor, ident, rating, note, evidence, analyst)
    except verdicts.VerdictError as exc:
        # What the analyst typed is shown again to correct, redacted like everything shown.
        redact = s.redactor.redact
        form = {"rating": rating, "note": redact(note)[0], "evidence": redact(evidence)[0],
                "analyst": redact(analyst)[0]}
        return group_response(request, ident, rows, form=form, error=redact(str(exc))[0], status_code=400)
    return RedirectResponse(f"/groups/{ident.strip()}", status_code=303)


# -- uploads ---------------------------------------------------------------------------------


@router.get("/ingest", name="ingest")
def ingest_page(request: Request):
    return render(request, "ingest.html", {"limit": _size(site(request).max_upload), "error": None})


class _TooLarge(Exception):
    pass


async def _limited(stream, limit: int):
    """The request body, refused (``_TooLarge``) as soon as it passes ``limit`` bytes."""
    seen = 0
    async for chunk in stream:
        seen += len(chunk)
        if seen > limit:
            raise _TooLarge
        yield chunk


@router.post("/ingest", name="upload")
async def upload(request: Request):
    s = site(request)
    too_large = f"An upload may have at most {_size(s.max_upload)}; split the files into several uploads."
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return error_page(request, 400, "Send the files as a form upload (multipart/form-data).")
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > s.max_upload + _FORM_SLACK:
        return error_page(request, 413, too_large)
    parser = MultiPartParser(request.headers, _limited(request.stream(), s.max_upload + _FORM_SLACK),
                             max_files=MAX_FILES, max_fields=20)
    try:
        form = await parser.parse()
    except _TooLarge:
        return error_page(request, 413, too_large)
    except MultiPartException:
        return error_page(request, 400, f"The upload could not be read as a form (at most {MAX_FILES} files).")
    folder: Path | None = None
    try:
        token = form.get(CSRF_FIELD)
        if not s.csrf.valid(request, token if isinstance(token, str) else None):
            return error_page(request, 403, CSRF_REFUSED)
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
        if not files:
            return error_page(request, 400, "Choose at least one file to upload.")
        if sum(f.size or 0 for f in files) > s.max_upload:
            return error_page(request, 413, too_large)
        zone_name = form.get("tz")
        zone_name = zone_name.strip() if isinstance(zone_name, str) and zone_name.strip() else "UTC"
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            return error_page(request, 400, "The time zone is not one claimledger knows (try UTC, Europe/Kyiv, "
                                            "Europe/Moscow).")
        folder = Path(tempfile.mkdtemp(prefix="claimledger-upload-"))
        saved = [await run_in_threadpool(jobs.save, folder, i, f.filename, f.file) for i, f in enumerate(files)]
        job = s.jobs.submit(folder, saved, zone)
        folder = None  # the job owns it now and deletes it when done
    finally:
        await form.close()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)


@router.get("/ingest/jobs/{job_id}.json", name="job_json")
def job_json(request: Request, job_id: str):
    job = site(request).jobs.get(job_id)
    if job is None:
        return JSONResponse({"error": "no upload job has this id (jobs are forgotten when the server restarts)"},
                            status_code=404)
    return JSONResponse(job.as_dict())


@router.get("/ingest/jobs/{job_id}", name="job")
def job_page(request: Request, job_id: str):
    job = site(request).jobs.get(job_id)
    if job is None:
        return error_page(request, 404, "No upload job has this id (jobs are forgotten when the server restarts).")
    return render(request, "job.html", {"job": job})


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):,.0f} MB" if n % (1024 * 1024) == 0 else f"{n / (1024 * 1024):,.1f} MB"
    if n >= 1024:
        return f"{n / 1024:,.0f} KB"
    return f"{n:,} bytes"
