"""The claims export: one JSON object per claim mention, one mention a line.

The fields are a contract (``shared/eval/README.md``): the scorer and other tools read
them. Rows stream from the ledger one document at a time, so an export of any size runs
in bounded memory. Everything exported is already redacted: documents are redacted
before they are stored, and mentions are views into their text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from claimledger.link.linker import group_id as root_group_id
from claimledger.model import ClaimMention, Document, source_id
from claimledger.store import GroupLink, Store

FORMATS = ("jsonl", "csv", "claimreview")  # what `claimledger export --format` writes: csv_export, claimreview


def claim_id(mention: ClaimMention) -> str:
    return mention.id if mention.id.startswith("c-") else f"c-{mention.id}"


def group_and_status(mention: ClaimMention, link: GroupLink | None = None) -> tuple[str, str, str]:
    """The group a mention belongs to, the group's status and the mention's stance toward it.

    A linked mention has the group, status and stance linking stored. A mention not linked
    (yet, or on purpose: own-voice commentary) is a group of its own, the group linking
    would give it alone: its only source, its own stance.
    """
    if link is not None and link.group_id is not None and link.status is not None:
        return link.group_id, link.status, link.stance or mention.stance
    gid = link.group_id if link is not None and link.group_id else root_group_id(mention.id)
    return gid, "single-source", (link.stance if link is not None and link.stance else mention.stance)


def claim_record(doc: Document, mention: ClaimMention, link: GroupLink | None = None) -> dict:
    """The export object of one mention, field for field as in the contract."""
    group_id, status, stance = group_and_status(mention, link)
    record = {
        "claim_id": claim_id(mention),
        "group_id": group_id,
        "status": status,
        "document": {
            "id": doc.id,
            "path": doc.path,
            "message_id": doc.message_id,
            "channel": doc.channel,
            "published_at": doc.published_at,
            "language": doc.language,
        },
        "source": {
            "id": source_id(mention.source, mention.source_kind),
            "name": mention.source or None,  # an own-voice mention of an unknown outlet has no name
            "kind": mention.source_kind,
        },
        "cue": mention.cue,
        "content": mention.content,
        "sentence": doc.text[mention.sentence_start:mention.sentence_end],
        "hedges": list(mention.hedges),
        "stance": stance,
        "quantities": [{"text": q.text, "value": q.value, "unit": q.unit, "approximator": q.approximator}
                       for q in mention.quantities],
        "entities": [{"text": e.text, "label": e.label, "normal": e.normal} for e in mention.entities],
    }
    if mention.source_kind == "author":
        record["checkworthiness"] = mention.checkworthiness
    return record


def records(store: Store) -> Iterator[dict]:
    """Every mention in the ledger as its export object, in the order documents were stored."""
    for doc, mentions in store.documents_with_groups():
        for mention, link in mentions:
            yield claim_record(doc, mention, link)


def write(store: Store, out: BinaryIO) -> int:
    """Write the export to ``out`` (UTF-8, one object a line); return the number of lines."""
    n = 0
    for record in records(store):
        out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        n += 1
    return n
