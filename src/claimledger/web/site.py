"""What every page of one app shares: the ledger, the templates, the CSRF keys, the jobs.

``render`` fills a template (autoescaped: text from documents is never marked safe here)
and gives the browser its CSRF cookie; ``error_page`` is the one way an error reaches the
browser: a status and a sentence, never a traceback, never the raw input.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import jinja2
from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import HTMLResponse

from claimledger.link.registry import Registry
from claimledger.nlp.redact import Redactor
from claimledger.report.html import safe_url, show_controls
from claimledger.store import Store
from claimledger.web.jobs import Jobs
from claimledger.web.security import CSRF_FIELD, Csrf

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"


@dataclass
class Site:
    store: Store
    registry: Registry | None
    redactor: Redactor
    csrf: Csrf
    jobs: Jobs
    max_upload: int
    templates: Jinja2Templates
    memo: Memo = field(default_factory=lambda: Memo())


class Memo:
    """Answers that read the whole ledger (the sources' figures: 0.4-0.6 s on a
    100k-mention ledger), kept until the ledger changes (``Store.version``: a commit by
    any process, an ingest from the command line included)."""

    LIMIT = 256

    def __init__(self):
        self._lock = threading.Lock()
        self._version: int | None = None
        self._answers: dict = {}

    def get(self, store: Store, key: tuple, compute):
        version = store.version()
        with self._lock:
            if version != self._version:
                self._version, self._answers = version, {}
            if key in self._answers:
                return self._answers[key]
        answer = compute()
        with self._lock:
            if version == self._version and len(self._answers) < self.LIMIT:
                self._answers[key] = answer
        return answer


def site(request: Request) -> Site:
    return request.app.state.site


def when(value: str | None, seconds: bool = False) -> str:
    """An ISO date-time as people read it, in UTC: "2026-02-02 07:45"."""
    if not value:
        return "undated"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = safe_url
    env.filters["when"] = when
    # Sentences made of several pieces of input ("contested: denied by X and Y"), and SVG
    # text, cannot isolate each piece: their direction controls are shown as code points.
    env.filters["controls"] = show_controls
    env.globals["CSRF_FIELD"] = CSRF_FIELD
    return Jinja2Templates(env=env)


def render(request: Request, name: str, context: dict, status_code: int = 200) -> HTMLResponse:
    """The page ``name`` with ``context``, the CSRF token for its forms and the browser's
    CSRF cookie when it has none yet."""
    s = site(request)
    cookie, new = s.csrf.cookie(request)
    page = s.templates.TemplateResponse(request, name, {"csrf_token": s.csrf.token(cookie), **context},
                                        status_code=status_code)
    if new:
        s.csrf.set_cookie(page, cookie)
    return page


TITLES = {400: "Bad request", 401: "Access token needed", 403: "Forbidden", 404: "Not found",
          405: "Method not allowed", 413: "Upload too large", 500: "Server error"}


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """A page that says what went wrong in one sentence (escaped like any text)."""
    return render(request, "error.html", {"title": TITLES.get(status, "Error"), "status": status,
                                          "message": message}, status_code=status)
