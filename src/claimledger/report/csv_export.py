"""The claims export as CSV (``claimledger export --format csv``): the JSON Lines export
(``report.jsonl``) flattened, one row per claim mention, for spreadsheets.

Nested fields are flattened with an underscore (``document.id`` → ``document_id``,
``source.name`` → ``source_name``); ``hedges`` is joined with "; " (hedges are words
and phrases from the lexicons, never holding a semicolon); ``quantities`` and
``entities`` are lists of objects and stay JSON. Rows stream from the ledger as the JSON
Lines export does: any size in constant memory.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return as a formula, and document text is untrusted: such text cells get a leading
apostrophe (``'=HYPERLINK(…)``), which spreadsheets hide and treat as "this is text".
Numbers are written as numbers and never need it.
"""

from __future__ import annotations

import csv
import io
import json
from typing import IO

from claimledger.report.jsonl import records
from claimledger.store import Store

FIELDS = ("claim_id", "group_id", "status", "document_id", "document_path", "document_message_id",
          "document_channel", "document_published_at", "document_language", "source_id", "source_name",
          "source_kind", "cue", "content", "sentence", "hedges", "stance", "quantities", "entities",
          "checkworthiness")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str | int | float:
    """A value as a CSV cell: None is empty; text that a spreadsheet would run as a formula
    gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def row(record: dict) -> dict:
    """One export object (``jsonl.claim_record``) as a CSV row of ``FIELDS``."""
    flat = {
        "claim_id": record["claim_id"],
        "group_id": record["group_id"],
        "status": record["status"],
        **{f"document_{key}": value for key, value in record["document"].items()},
        **{f"source_{key}": value for key, value in record["source"].items()},
        "cue": record["cue"],
        "content": record["content"],
        "sentence": record["sentence"],
        "hedges": "; ".join(record["hedges"]),
        "stance": record["stance"],
        "quantities": json.dumps(record["quantities"], ensure_ascii=False),
        "entities": json.dumps(record["entities"], ensure_ascii=False),
        "checkworthiness": record.get("checkworthiness"),
    }
    return {key: cell(flat.get(key)) for key in FIELDS}


def write(store: Store, fh: IO) -> int:
    """Write the CSV (a header, then a row per mention; UTF-8, CRLF line ends as RFC 4180
    has them) to ``fh``, a binary or a text stream; return the number of rows."""
    text = fh if isinstance(fh, io.TextIOBase) else io.TextIOWrapper(fh, encoding="utf-8", newline="")
    writer = csv.DictWriter(text, fieldnames=FIELDS)
    writer.writeheader()
    n = 0
    try:
        for record in records(store):
            writer.writerow(row(record))
            n += 1
    finally:
        text.flush()
        if text is not fh:
            text.detach()  # leave the caller's stream open
    return n
