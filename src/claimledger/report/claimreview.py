"""Analysts' verdicts as schema.org ClaimReview JSON-LD (``claimledger export --format
claimreview``, the web app's ``/export/claimreview.jsonld``).

One ClaimReview per claim group an analyst rated, with the group's current verdict (the
latest): ClaimReview publishes a judgement, and the ledger keeps the audit trail of the
earlier ones (``report.verdicts.history``, the group page of the web app). Groups nobody
rated are not in it: claimledger itself never rates a claim.

    {"@context": "https://schema.org", "@graph": [{"@type": "ClaimReview", ...}, ...]}

Field by field in ``docs/reports.md``. Everything in it is already redacted (documents,
and what analysts type, before they are stored).
"""

from __future__ import annotations

import io
import json
from typing import IO

from claimledger.assess import NAMED_KINDS
from claimledger.link.registry import Registry
from claimledger.report import ledger, verdicts
from claimledger.report.html import safe_url
from claimledger.store import Store

MAX_APPEARANCES = 100  # documents listed per claim; a viral claim can have thousands


def claim_reviews(store: Store, registry: Registry | None = None, url_base: str | None = None) -> list[dict]:
    """A ClaimReview for each group with a verdict, oldest rated group first. ``url_base``
    (the web app's address, e.g. "http://127.0.0.1:8000") gives each review a ``url``: its
    group page."""
    groups: dict[str, None] = {}
    for verdict in store.verdicts():
        groups[_current_group(store, verdict)] = None
    out = []
    for group_id in groups:
        history = verdicts.history(store, group_id)
        if history:
            out.append(review(ledger.trail(store, group_id, registry), history[-1], url_base))
    return out


def write(store: Store, fh: IO, registry: Registry | None = None, url_base: str | None = None) -> int:
    """Write the JSON-LD document (UTF-8) to ``fh``, binary or text; return the number of
    ClaimReviews."""
    reviews = claim_reviews(store, registry, url_base)
    data = json.dumps({"@context": "https://schema.org", "@graph": reviews}, ensure_ascii=False, indent=1) + "\n"
    fh.write(data if isinstance(fh, io.TextIOBase) else data.encode("utf-8"))
    return len(reviews)


def review(trail: dict, verdict, url_base: str | None = None) -> dict:
    """The ClaimReview of one group (``ledger.trail``) and its current verdict."""
    value = verdicts.rating_value(verdict.rating)
    rating = {"@type": "Rating", "bestRating": 5, "worstRating": 1, "alternateName": verdict.rating}
    if value is not None:  # "unproven" has a name and no place on the scale
        rating["ratingValue"] = value
    claim: dict = {"@type": "Claim"}
    author = _author(trail)
    if author:
        claim["author"] = author
    if trail["first_seen"]:
        claim["datePublished"] = trail["first_seen"]
    appearances = _appearances(trail["mentions"])
    if appearances:
        claim["appearance"] = appearances
        claim["firstAppearance"] = appearances[0]
    out: dict = {
        "@type": "ClaimReview",
        "identifier": trail["id"],
        "claimReviewed": trail["proposition"],
        "itemReviewed": claim,
        "reviewRating": rating,
        "datePublished": verdict.created_at,
    }
    if verdict.analyst:
        out["author"] = {"@type": "Person", "name": verdict.analyst}
    if verdict.note:
        out["reviewBody"] = verdict.note
    if safe_url(verdict.evidence):
        out["citation"] = {"@type": "CreativeWork", "url": verdict.evidence}
    if url_base:
        out["url"] = f"{url_base.rstrip('/')}/groups/{trail['id']}"
    return out


def _current_group(store: Store, verdict) -> str:
    """The group a verdict's mention is in now (relinking can rename groups), else the
    group it was recorded on."""
    found = store.mention_with_document(verdict.mention_id)
    if found is not None and found[2].group_id:
        return found[2].group_id
    return verdict.group_id


def _author(trail: dict) -> dict | None:
    """The first named source that asserts the claim: an anonymous or crowd source, or a
    channel's own voice without a name, is no author."""
    for speaker in trail["supporters"]:
        if speaker["name"] and speaker["kind"] in NAMED_KINDS | {"author"}:
            kind = "Person" if speaker["kind"] == "person" else "Organization"
            return {"@type": kind, "name": speaker["name"]}
    return None


def _appearances(mentions: list[dict]) -> list[dict]:
    """The documents the claim appears in, by publication time, each once: a CreativeWork
    with its http(s) url when it has one, its name (channel and message, or file) always."""
    seen: dict[str, dict] = {}
    for m in sorted(mentions, key=lambda m: (m["published_at"] is None, m["published_at"] or "")):
        doc = m["document"]
        if doc["id"] in seen:
            continue
        work: dict = {"@type": "CreativeWork", "name": doc["title"] or m["where"]}
        if safe_url(doc["url"]):
            work["url"] = doc["url"]
        if m["published_at"]:
            work["datePublished"] = m["published_at"]
        if doc["channel"] and not doc["channel"].startswith("["):
            work["publisher"] = {"@type": "Organization", "name": doc["channel"]}
        seen[doc["id"]] = work
        if len(seen) == MAX_APPEARANCES:
            break
    return list(seen.values())
