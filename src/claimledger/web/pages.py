"""The pages that read the ledger: claims, a claim group, sources, a source, a document.

Handlers are plain functions (FastAPI runs them in its thread pool); each reads what it
shows in a few queries whatever the ledger's size: the claims list is one page of groups
and one count.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from markupsafe import Markup
from starlette.responses import RedirectResponse, Response

from claimledger.model import RATINGS, UNRATED, ClaimMention, Document
from claimledger.report import ledger, verdicts
from claimledger.report.jsonl import claim_id
from claimledger.report.svg import timeline
from claimledger.web import provenance
from claimledger.web.marks import Span, marked
from claimledger.web.site import error_page, render, site

router = APIRouter()

PER_PAGE, MAX_PER_PAGE = 50, 200
SORTS = {"status": "contested first", "first_seen": "first seen", "newest": "latest seen", "mentions": "most mentions"}
SOURCE_MENTIONS = 200  # a source page lists at most this many of its mentions
SOURCE_GROUPS = 200  # and of the claim groups it speaks in
SOURCES_PER_PAGE = 100
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$")


class BadQuery(ValueError):
    """A query parameter that cannot be used; the message says which and what is valid."""


# -- the claims list -------------------------------------------------------------------------


@router.get("/", name="claims")
def claims_page(request: Request, status: str = "", source: str = "", language: str = "", since: str = "",
                until: str = "", q: str = "", sort: str = "status", page: str = "1", per_page: str = str(PER_PAGE)):
    s = site(request)
    form = {"status": status.strip(), "source": source.strip(), "language": language.strip(),
            "since": since.strip(), "until": until.strip(), "q": q.strip(), "sort": sort.strip() or "status",
            "per_page": per_page.strip()}
    try:
        filters = _filters(s, form)
        number = _integer(page, "page", 1)
        size = min(_integer(per_page, "per_page", 1), MAX_PER_PAGE)
        if form["sort"] not in SORTS:
            raise BadQuery(f"unknown sort {form['sort']!r}; sorts: {', '.join(SORTS)}")
    except BadQuery as exc:
        return error_page(request, 400, f"{exc}.")
    total = s.store.count_groups(**filters)
    rows = list(s.store.groups(**filters, limit=size, offset=(number - 1) * size, order=form["sort"]))
    pages = max(1, -(-total // size))
    kept = {k: v for k, v in form.items() if v and not (k == "sort" and v == "status")
            and not (k == "per_page" and v == str(PER_PAGE))}

    def link(n: int) -> str:
        return "/?" + urlencode({**kept, "page": n}) if n > 1 else ("/?" + urlencode(kept) if kept else "/")

    return render(request, "claims.html", {
        "form": form, "groups": rows, "total": total, "page": number, "pages": pages, "per_page": size,
        "first": (number - 1) * size + 1 if rows else 0, "last": (number - 1) * size + len(rows),
        "next": link(number + 1) if number < pages else None,
        "prev": link(min(number - 1, pages)) if number > 1 else None,
        "statuses": ledger.STATUSES, "sorts": SORTS,
        "filtered": any(form[k] for k in ("status", "source", "language", "since", "until", "q")),
    })


def _filters(s, form: dict) -> dict:
    """The store's filters from the list's query parameters."""
    status = form["status"] or None
    if status is not None and status not in ledger.STATUSES:
        raise BadQuery(f"unknown status {status!r}; statuses: {', '.join(ledger.STATUSES)}")
    language = form["language"].lower() or None
    if language is not None and not _LANGUAGE.match(language):
        raise BadQuery(f"{language!r} is not a language code (en, ru, uk …)")
    names = ledger.sources_named(s.store, form["source"], s.registry) if form["source"] else None
    return {"status": status, "language": language, "sources": names, "search": form["q"] or None,
            "since": _date(form["since"], "since") if form["since"] else None,
            "until": _date(form["until"], "until", through=True) if form["until"] else None}


def _date(value: str, name: str, through: bool = False) -> str:
    """An ISO date or date-time as the store compares them; ``through``: a date alone means
    up to the end of that day (``until`` is exclusive)."""
    try:
        if through and len(value) == 10:
            return (date.fromisoformat(value) + timedelta(days=1)).isoformat()
        return ledger.since_value(value)
    except ValueError:
        raise BadQuery(f"{name} must be a date such as 2026-02-01 (or 2026-02-01T12:00)") from None


def _integer(value: str, name: str, least: int) -> int:
    try:
        number = int(value)
    except ValueError:
        raise BadQuery(f"{name} must be a whole number") from None
    if number < least:
        raise BadQuery(f"{name} must be at least {least}")
    return number


# -- a claim group ---------------------------------------------------------------------------


@router.get("/groups/{ident}", name="group")
def group_page(request: Request, ident: str):
    s = site(request)
    try:
        gid, rows = ledger.resolve(s.store, ident)
    except ledger.UnknownId:
        return error_page(request, 404, "No claim group or claim mention has this id.")
    if gid != ident.strip() and s.store.group(gid) is not None:
        return RedirectResponse(f"/groups/{gid}", status_code=303)
    return group_response(request, ident, rows)


def group_response(request: Request, ident: str, rows, form: dict | None = None, error: str | None = None,
                   status_code: int = 200) -> Response:
    """The group page (also shown again, with ``error``, when a verdict is refused)."""
    s = site(request)
    trail = ledger.trail(s.store, ident, registry=s.registry)
    history = verdicts.history(s.store, trail["id"])
    by_claim = {claim_id(m): (m, doc) for m, doc, _ in rows}
    mentions = []
    for item in trail["mentions"]:
        m, doc = by_claim[item["claim_id"]]
        mentions.append({**item, "sentence": _sentence(m, doc), "document_url": doc.url,
                         "place": ledger.place(doc)})
    return render(request, "group.html", {
        "ident": ident.strip(), "t": trail, "mentions": mentions, "verdicts": list(reversed(history)),
        "current": history[-1] if history else None,
        # The chart is report.svg's markup: dates, counts and stance words it formats and
        # escapes itself; no text from documents goes in.
        "timeline": Markup(timeline([(i["published_at"], i["stance"]) for i in trail["mentions"]], svg_id="timeline")),
        "graph": provenance.graph(trail, rows), "ratings": RATINGS + UNRATED,
        "form": form or {"rating": "", "note": "", "evidence": "", "analyst": ""}, "error": error,
    }, status_code=status_code)


def _sentence(m: ClaimMention, doc: Document):
    """The mention's sentence with its source, cue and content marked."""
    spans = [Span(m.content_start, m.content_end, "content"), Span(m.source_start, m.source_end, "source"),
             Span(m.cue_start, m.cue_end, "cue")]
    return marked(doc.text, spans, m.sentence_start, m.sentence_end)


# -- sources ---------------------------------------------------------------------------------


@router.get("/sources", name="sources")
def sources_page(request: Request, page: str = "1"):
    s = site(request)
    try:
        number = _integer(page, "page", 1)
    except BadQuery as exc:
        return error_page(request, 400, f"{exc}.")
    offset = (number - 1) * SOURCES_PER_PAGE
    total, shown = s.memo.get(s.store, ("sources", offset), lambda: ledger.sources_page(
        s.store, s.registry, limit=SOURCES_PER_PAGE, offset=offset))
    pages = max(1, -(-total // SOURCES_PER_PAGE))
    return render(request, "sources.html", {
        "sources": shown, "total": total, "page": number, "pages": pages,
        "next": f"/sources?page={number + 1}" if number < pages else None,
        "prev": (f"/sources?page={min(number - 1, pages)}" if number > 2 else "/sources") if number > 1 else None,
    })


@router.get("/source", name="source")
def source_page(request: Request, name: str = ""):
    s = site(request)
    name = name.strip()
    if not name:
        return error_page(request, 400, "Say which source: /source?name= and one of its names.")
    names = ledger.sources_named(s.store, name, s.registry)
    if not names:
        return error_page(request, 404, "No source of the ledger has this name.")
    figures = [f for f in ledger.sources_page(s.store, s.registry, named=names)[1]
               if f["name"] == name or name in f["also_written"]]
    groups = list(s.store.groups(sources=names, limit=SOURCE_GROUPS))
    groups_total = s.store.count_groups(sources=names) if len(groups) == SOURCE_GROUPS else len(groups)
    mentions: list[ClaimMention] = []
    for written in names:
        mentions += s.store.mentions(source=written, limit=SOURCE_MENTIONS + 1 - len(mentions))
        if len(mentions) > SOURCE_MENTIONS:
            break
    return render(request, "source.html", {
        "name": name, "names": names, "figures": figures, "groups": groups, "groups_total": groups_total,
        "mentions": mentions[:SOURCE_MENTIONS],
        "more": len(mentions) > SOURCE_MENTIONS, "limit": SOURCE_MENTIONS, "claim_id": claim_id,
    })


# -- a document ------------------------------------------------------------------------------


@router.get("/documents/{document_id}", name="document")
def document_page(request: Request, document_id: str):
    s = site(request)
    doc = s.store.document(document_id)
    if doc is None:
        return error_page(request, 404, "No document has this id.")
    mentions = list(s.store.mentions(document_id=document_id))
    spans = [Span(m.content_start, m.content_end, "mention",
                  {"data-claim-id": claim_id(m), "title": f"{m.source or 'own voice'} ({m.source_kind})"})
             for m in mentions]
    return render(request, "document.html", {
        "doc": doc, "where": ledger.where(doc), "place": ledger.place(doc),
        "text": marked(doc.text, spans), "mentions": mentions,
        "claim_id": claim_id,
    })
