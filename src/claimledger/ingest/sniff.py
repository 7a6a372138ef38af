"""Which reader a file needs, decided from its first bytes (and, for plain text, its name).

Structured formats are recognised by content whatever their extension: a Telegram
export saved as ``chat.txt`` is still a Telegram export. Plain text is the fallback, so
it is accepted only under a text-like name; anything else is reported as unknown.
"""

from __future__ import annotations

import io
import json
import re

import ijson

HEAD_SIZE = 64 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".mdown", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"SQLite format 3\x00",
                 b"\x1f\x8b", b"OggS", b"RIFF", b"\x00\x00\x00", b"ID3", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf")
# Top-level keys of Telegram Desktop's single-chat and full-account exports.
TELEGRAM_KEYS = {"messages", "chats", "left_chats", "personal_information", "contacts", "frequent_contacts",
                 "profile_pictures", "about"}
_RECORD_KEYS = {"text", "message", "content", "body", "title", "maintext"}
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


class Kind:
    TELEGRAM = "telegram"
    JSONL = "jsonl"
    JSON_ARRAY = "json"
    JSON_RECORD = "json-record"
    HTML = "html"
    FEED = "feed"
    MARKDOWN = "markdown"
    TEXT = "text"
    EMPTY = "empty"
    BINARY = "binary"
    UNKNOWN = "unknown"


def sniff(head: bytes, suffix: str) -> str:
    """The Kind of a file from its first ``HEAD_SIZE`` bytes and its lower-cased suffix."""
    if not head.strip():
        return Kind.EMPTY
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "replace").encode("utf-8")
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body.startswith(_BINARY_MAGIC) or b"\x00" in head or len(_CONTROL.findall(head[:8192])) > 32:
        return Kind.BINARY
    first = body[:1]
    if first == b"{":
        return _sniff_object(body)
    if first == b"[":
        return Kind.JSON_ARRAY
    if first == b"<":
        return _sniff_markup(body)
    if suffix in MARKDOWN_SUFFIXES or body.startswith(b"---\n"):
        return Kind.MARKDOWN
    if suffix in TEXT_SUFFIXES:
        return Kind.TEXT
    return Kind.UNKNOWN


def _sniff_object(body: bytes) -> str:
    first_line, _, _rest = body.partition(b"\n")
    try:
        record = json.loads(first_line)
    except ValueError:
        record = None
    if isinstance(record, dict) and not TELEGRAM_KEYS & record.keys():
        return Kind.JSONL
    keys = _top_level_keys(body)
    if keys & TELEGRAM_KEYS or {"name", "type", "id"} <= keys:
        return Kind.TELEGRAM
    if keys & _RECORD_KEYS:
        return Kind.JSON_RECORD
    if isinstance(record, dict):
        return Kind.JSONL
    return Kind.TELEGRAM  # its reader says why it is not an export


def _top_level_keys(body: bytes) -> set[str]:
    keys: set[str] = set()
    depth = 0  # basic_parse, not parse: parse's prefixes cost memory in the square of depth
    try:
        for event, value in ijson.basic_parse(io.BytesIO(body), use_float=True):
            if event in ("start_map", "start_array"):
                depth += 1
            elif event in ("end_map", "end_array"):
                depth -= 1
            elif event == "map_key" and depth == 1:
                keys.add(value)
    except (ijson.JSONError, ValueError):
        pass  # the head is cut mid-file: the keys seen so far are enough
    return keys


def _sniff_markup(body: bytes) -> str:
    start = body[:4096].lower()
    # Skip an XML declaration, comments and doctype before the root element.
    root = re.search(rb"<(?![?!])([a-z][\w:.-]*)", start)
    name = root.group(1) if root else b""
    if name in (b"rss", b"feed", b"rdf:rdf"):
        return Kind.FEED
    if name in (b"html", b"head", b"body", b"article", b"div", b"p", b"main", b"meta", b"title") \
            or b"<!doctype html" in start:
        return Kind.HTML
    return Kind.UNKNOWN
