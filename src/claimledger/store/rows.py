"""Records to table rows and back, for every dialect: the one place that knows which
fields are stored as JSON text."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, fields

from claimledger.model import ClaimMention, Document, Entity, Problem, Quantity, source_id
from claimledger.store import schema

DOCUMENT_COLUMNS = [c.name for c in schema.documents.columns if c.name not in ("seq", "ingested_at")]
MENTION_COLUMNS = [f.name for f in fields(ClaimMention)]


def document_row(doc: Document, stamp: str) -> dict:
    row = {name: getattr(doc, name) for name in DOCUMENT_COLUMNS}
    row["links"] = json.dumps(list(doc.links), ensure_ascii=False)
    row["ingested_at"] = stamp
    return row


def document(row: Mapping) -> Document:
    values = {name: row[name] for name in DOCUMENT_COLUMNS}
    values["links"] = tuple(json.loads(values.get("links") or "[]"))
    return Document(**values)


def problem_row(problem: Problem, stamp: str) -> dict:
    key = hashlib.sha256(f"{problem.path}\x1f{problem.where}\x1f{problem.reason}".encode()).hexdigest()[:32]
    return {"id": key, "path": problem.path, "location": problem.where, "reason": problem.reason,
            "first_seen": stamp}


def mention_row(mention: ClaimMention) -> dict:
    row = {name: getattr(mention, name) for name in MENTION_COLUMNS}
    row["source_id"] = source_id(mention.source, mention.source_kind)
    row["hedges"] = json.dumps(list(mention.hedges), ensure_ascii=False)
    row["quantities"] = json.dumps([asdict(q) for q in mention.quantities], ensure_ascii=False)
    row["entities"] = json.dumps([asdict(e) for e in mention.entities], ensure_ascii=False)
    row["predicates"] = json.dumps(list(mention.predicates), ensure_ascii=False)
    row["context"] = json.dumps(list(mention.context), ensure_ascii=False)
    return row


def source_row(mention: ClaimMention) -> dict:
    return {"id": source_id(mention.source, mention.source_kind), "name": mention.source,
            "kind": mention.source_kind}


def mention(row: Mapping) -> ClaimMention:
    values = {name: row[name] for name in MENTION_COLUMNS}
    values["hedges"] = tuple(json.loads(values["hedges"]))
    values["quantities"] = tuple(Quantity(**q) for q in json.loads(values["quantities"]))
    values["entities"] = tuple(Entity(**e) for e in json.loads(values["entities"]))
    values["predicates"] = tuple(json.loads(values.get("predicates") or "[]"))
    values["context"] = tuple(json.loads(values.get("context") or "[]"))
    return ClaimMention(**values)
