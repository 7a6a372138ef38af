"""``create_app``: the web app over one ledger (``claimledger serve`` runs it with uvicorn)."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Sequence
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse

from claimledger.config import load_key
from claimledger.engine.local import Extractor
from claimledger.link.registry import Registry
from claimledger.nlp.redact import Redactor
from claimledger.store import open_store
from claimledger.web import actions, downloads, pages
from claimledger.web.jobs import Jobs
from claimledger.web.security import HEADERS, Csrf, Guard
from claimledger.web.site import STATIC, Site, error_page, templates

MAX_UPLOAD = 50 * 1024 * 1024
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
log = logging.getLogger("claimledger.web")


def create_app(db: str, token: str | None = None, max_upload: int = MAX_UPLOAD, registry: Registry | None = None,
               *, hosts: Sequence[str] | None = None, create: bool = True,
               extractor: Extractor | None = None) -> FastAPI:
    """The web app over the ledger ``db``.

    ``token``: every request must carry it (``Authorization: Bearer``, or ``?token=`` once,
    which sets a cookie). ``max_upload``: the largest upload, in bytes. ``registry``: the
    source registry for trails, sources and uploads. ``hosts``: the only ``Host`` headers
    accepted (``claimledger serve`` gives the loopback names when it listens on loopback,
    so a page of another site cannot reach the ledger through a DNS name rebound to
    127.0.0.1). ``create``: make a new empty ledger when ``db`` does not exist.
    ``extractor``: what finds the claims of uploads, instead of claimledger's own (loaded
    when the first upload starts).
    """
    store = open_store(db, create=create)
    key = load_key()
    jobs = Jobs(store, registry, key) if extractor is None else Jobs(store, registry, key, lambda: extractor)
    state = Site(store=store, registry=registry, redactor=Redactor(key), csrf=Csrf(), jobs=jobs,
                 max_upload=max_upload, templates=templates())

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        state.jobs.close()
        store.close()

    app = FastAPI(title="claimledger", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.site = state
    app.include_router(pages.router)
    app.include_router(actions.router)
    app.include_router(downloads.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        message = {404: "There is no page at this address.", 405: "This address does not take that method."}
        page = error_page(request, exc.status_code, message.get(exc.status_code, "The request cannot be served."))
        if exc.headers:
            page.headers.update(exc.headers)
        return page

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        # FastAPI's own message quotes the input: name only the fields.
        fields = sorted({str(e["loc"][-1]) for e in exc.errors() if e.get("loc")})
        return error_page(request, 400, "Some fields of the request are missing or malformed: "
                                        f"{', '.join(fields) or 'the request'}.")

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        # Logged with the route and the error's type only: an address or a message can
        # quote what redaction hides (a search for a coordinate).
        route = getattr(request.scope.get("route"), "path", "?")
        log.error("%s %s failed: %s", request.method, route, type(exc).__name__)
        return HTMLResponse(_SERVER_ERROR, status_code=500, headers=HEADERS)

    app.add_middleware(Guard, token=token, secret=secrets.token_bytes(32), hosts=hosts)
    return app


_SERVER_ERROR = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Server error — claimledger</title>
<link rel="stylesheet" href="/static/style.css"></head>
<body><main id="main"><h1>Server error</h1>
<p>Something went wrong on the server while making this page. The server's log names the error;
<a href="/">the claims list</a> may still work.</p></main></body></html>
"""
