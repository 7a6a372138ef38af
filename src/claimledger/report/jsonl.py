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

from claimledger.model import ClaimMention, Document, source_id
from claimledger.store import Store

FORMATS = ("jsonl",)  # csv and claimreview come later


def claim_id(mention: ClaimMention) -> str:
    return mention.id if mention.id.startswith("c-") else f"c-{mention.id}"


def group_and_status(mention: ClaimMention) -> tuple[str, str]:
    """The group a mention belongs to and the group's status.

    Until linking exists every mention is its own group and its own only source. Linking
    (issue 4) replaces this with the groups and statuses it stores.
    """
    return "g-" + claim_id(mention)[2:], "single-source"


def claim_record(doc: Document, mention: ClaimMention) -> dict:
    """The export object of one mention, field for field as in the contract."""
    group_id, status = group_and_status(mention)
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
        "stance": mention.stance,
        "quantities": [{"text": q.text, "value": q.value, "unit": q.unit, "approximator": q.approximator}
                       for q in mention.quantities],
        "entities": [{"text": e.text, "label": e.label, "normal": e.normal} for e in mention.entities],
    }
    if mention.source_kind == "author":
        record["checkworthiness"] = mention.checkworthiness
    return record


def records(store: Store) -> Iterator[dict]:
    """Every mention in the ledger as its export object, in the order documents were stored."""
    for doc, mentions in store.documents_with_mentions():
        for mention in mentions:
            yield claim_record(doc, mention)


def write(store: Store, out: BinaryIO) -> int:
    """Write the export to ``out`` (UTF-8, one object a line); return the number of lines."""
    n = 0
    for record in records(store):
        out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        n += 1
    return n
