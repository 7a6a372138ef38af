"""Formats are recognised by content, not by extension."""

from __future__ import annotations

import json

import pytest

from claimledger.ingest.sniff import Kind, sniff
from tests.helpers import DEV


@pytest.mark.parametrize(("head", "suffix", "kind"), [
    ((DEV / "docs" / "d1.json").read_bytes(), ".txt", Kind.TELEGRAM),  # an export under a wrong name
    (json.dumps({"chats": {"list": []}}).encode(), ".json", Kind.TELEGRAM),
    (b'{"message_id": 1, "text": "a"}\n{"message_id": 2, "text": "b"}\n', ".json", Kind.JSONL),
    (b'[{"message_id": 1}]', ".jsonl", Kind.JSON_ARRAY),
    (b'{\n  "title": "One article",\n  "text": "Body"\n}', ".json", Kind.JSON_RECORD),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", ".txt", Kind.HTML),
    (b'<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0"><channel></channel></rss>', ".html", Kind.FEED),
    (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', "", Kind.FEED),
    (b'<?xml version="1.0"?><svg></svg>', ".xml", Kind.UNKNOWN),
    (b"---\ntitle: x\n---\nBody", ".txt", Kind.MARKDOWN),
    (b"Plain article text.", ".txt", Kind.TEXT),
    (b"a,b,c\n1,2,3\n", ".csv", Kind.UNKNOWN),
    (b"", ".json", Kind.EMPTY),
    (b"  \n\t ", ".txt", Kind.EMPTY),
    (b"\x89PNG\r\n\x1a\n\x00\x00", ".json", Kind.BINARY),
    (b"SQLite format 3\x00", ".txt", Kind.BINARY),
    (bytes(range(256)) * 4, ".txt", Kind.BINARY),
    ("\ufeffUTF-16 text".encode("utf-16"), ".txt", Kind.TEXT),
])
def test_sniff(head, suffix, kind):
    assert sniff(head, suffix) == kind
