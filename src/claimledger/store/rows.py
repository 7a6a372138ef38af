"""Records to table rows and back, for every dialect: the one place that knows which
fields are stored as JSON text."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import fields

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


_QUANTITY_FIELDS = [f.name for f in fields(Quantity)]
_ENTITY_FIELDS = [f.name for f in fields(Entity)]
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def mention_row(mention: ClaimMention) -> dict:
    # Called for every mention stored, in the one writing process: plain getattr rather
    # than dataclasses.asdict, whose deep copies were a tenth of storing a batch.
    row = {name: getattr(mention, name) for name in MENTION_COLUMNS}
    row["source_id"] = source_id(mention.source, mention.source_kind)
    row["hedges"] = _to_json(list(mention.hedges))
    row["quantities"] = _to_json([{f: getattr(q, f) for f in _QUANTITY_FIELDS} for q in mention.quantities])
    row["entities"] = _to_json([{f: getattr(e, f) for f in _ENTITY_FIELDS} for e in mention.entities])
    row["predicates"] = _to_json(list(mention.predicates))
    row["context"] = _to_json(list(mention.context))
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
