"""JSON Lines and JSON arrays of messages or articles, as scrapers write them.

Field names accepted (first present wins; see docs/formats.md):

    text        text, message, raw_text, content, body, maintext, full_text, description
    title       title, headline
    message id  message_id, id, msg_id
    channel     channel, channel_title, channel_name, chat, chat_title, chat_name,
                outlet, source, site_name, sitename, publisher, domain
    date        date, published_at, published, pubDate, timestamp, datetime, created_at, time
    url         url, link, permalink
    author      author, byline, post_author, signature
    sender      sender_id, from_id   (Telegram ids: -100… is a channel; a positive id is
                                      a person and is redacted)
    forwarded   forwarded_from, fwd_from (a string, or Telethon's {"from_name", "from_id"})
    reply       reply_to_msg_id, reply_to_message_id, reply_to ({"reply_to_msg_id"} too)

A record with a message id or a sender is a message; otherwise an article.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, tzinfo
from typing import IO, Any

from claimledger.ingest.dates import parse_date
from claimledger.ingest.jsonstream import Broken, Item, TooDeep, repair, walk
from claimledger.ingest.markup import looks_like_markdown, markdown_text, telegram_text
from claimledger.model import Problem, RawDocument, Skip

TEXT_FIELDS = ("text", "message", "raw_text", "content", "body", "maintext", "full_text", "description")
TITLE_FIELDS = ("title", "headline")
ID_FIELDS = ("message_id", "id", "msg_id")
CHANNEL_FIELDS = ("channel", "channel_title", "channel_name", "chat", "chat_title", "chat_name",
                  "outlet", "source", "site_name", "sitename", "publisher", "domain")
DATE_FIELDS = ("date", "published_at", "published", "pubDate", "timestamp", "datetime", "created_at", "time")
URL_FIELDS = ("url", "link", "permalink")
AUTHOR_FIELDS = ("author", "byline", "post_author", "signature")
SENDER_FIELDS = ("sender_id", "from_id")
FORWARD_FIELDS = ("forwarded_from", "fwd_from")
REPLY_FIELDS = ("reply_to_msg_id", "reply_to_message_id", "reply_to")


def read_jsonl(fh: IO[bytes], path: str, tz: tzinfo = UTC, max_text: int = 200_000
               ) -> Iterator[RawDocument | Skip | Problem]:
    """One record per line; a bad line is reported by number and the rest still read."""
    for number, line in enumerate(fh, 1):
        if not line.strip():
            continue
        bad: list[int] = []
        fixed = repair(line, 0, bad)
        try:
            record = json.loads(fixed)
        except (json.JSONDecodeError, RecursionError) as exc:
            col = f", column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
            yield Problem(path, f"line {number}{col}", "not valid JSON; line skipped")
            continue
        except ValueError:
            yield Problem(path, f"line {number}", "a number too long to read; line skipped")
            continue
        if bad:
            yield Problem(path, f"line {number}", "undecodable bytes (not UTF-8), replaced with U+FFFD")
        yield from record_document(record, path, f"line {number}", "jsonl", tz, max_text)


def read_json_array(fh: IO[bytes], path: str, tz: tzinfo = UTC, max_text: int = 200_000
                    ) -> Iterator[RawDocument | Skip | Problem]:
    """A top-level JSON array of records, streamed."""
    for event in walk(fh, frozenset({"item"})):
        if isinstance(event, Item):
            yield from record_document(event.value, path, f"item {event.index + 1}", "json", tz, max_text)
        elif isinstance(event, TooDeep):
            yield Problem(path, f"item {event.index + 1}", "nested deeper than 64 levels; skipped")
        elif isinstance(event, Broken):
            yield Problem(path, f"byte {event.offset:,}", event.reason)


def record_document(record: Any, path: str, where: str, fmt: str, tz: tzinfo, max_text: int
                    ) -> Iterator[RawDocument | Skip | Problem]:
    """Turn one scraper record into a RawDocument."""
    if not isinstance(record, dict):
        yield Problem(path, where, "not a JSON object; skipped")
        return
    if not any(name in record for name in TEXT_FIELDS + TITLE_FIELDS):
        yield Problem(path, where, "a JSON object without a text field (text, message, content, body, title …); "
                                   "not a message or an article")
        return
    raw_text = _first(record, TEXT_FIELDS)
    text, links, private_spans = telegram_text(raw_text)
    if text and looks_like_markdown(text):
        text, md_links = markdown_text(text)
        links += md_links
    title = _string(_first(record, TITLE_FIELDS))
    if not text.strip() and not title:
        yield Skip(path, "record without text")
        return
    if len(text) > max_text:
        yield Problem(path, where, f"text of {len(text):,} characters is over the limit of {max_text:,}; skipped")
        return
    message_id = _first(record, ID_FIELDS)
    if isinstance(message_id, str) and message_id.isdigit():
        message_id = int(message_id)
    sender = _first(record, SENDER_FIELDS)
    is_message = isinstance(message_id, int) or sender is not None
    try:
        published = parse_date(_first(record, DATE_FIELDS), tz)
    except ValueError:
        yield Problem(path, where, "unreadable date; stored without a date")
        published = None
    channel = _string(_first(record, CHANNEL_FIELDS))
    sender_key, sender_private = _sender(sender)
    url = _string(_first(record, URL_FIELDS))
    author = _string(_first(record, AUTHOR_FIELDS))
    author_private = False
    if author is None and sender_private:
        author, author_private = sender_key, True
    forwarded, forwarded_private = _forward(_first(record, FORWARD_FIELDS))
    reply_to = _reply(_first(record, REPLY_FIELDS))
    origin_private = False
    if is_message and isinstance(message_id, int):
        # a channel's numeric id outlives renames; a private sender's id is tokenised later
        where_from = sender_key if sender_key and not sender_private else channel
        origin_private = where_from is None and sender_private
        origin = f"message:{where_from or sender_key}:{message_id}"
    elif url:
        origin = f"url:{url}"
    else:
        origin = "record"
    yield RawDocument(
        format=fmt,
        path=path,
        origin=origin,
        origin_private=origin_private,
        text=text if text.strip() else (title or ""),
        title=title,
        channel=channel or (None if sender_private else sender_key),
        channel_private=False,
        message_id=message_id if is_message and isinstance(message_id, int) else None,
        url=url,
        published_at=published,
        author=author,
        author_private=author_private,
        forwarded_from=forwarded,
        forwarded_from_private=forwarded_private,
        reply_to=reply_to,
        links=links,
        private_spans=private_spans,
    )


def _first(record: dict, names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value is not None and value != "":
            return value
    return None


def _string(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):  # {"name": ...} / {"title": ...} objects some scrapers write
        return _string(value.get("name") or value.get("title"))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _sender(sender: Any) -> tuple[str | None, bool]:
    """(a key for the sender, whether it is a private person). Telegram's bot API and
    Telethon write channels as -100…, basic groups as negative, users as positive ids."""
    if sender is None:
        return None, False
    if isinstance(sender, dict):  # Telethon PeerUser / PeerChannel as dicts
        if "user_id" in sender:
            return f"user{sender['user_id']}", True
        ident = sender.get("channel_id") or sender.get("chat_id")
        return (f"channel{ident}" if ident is not None else None), False
    text = str(sender).strip()
    if text.startswith("user"):
        return text, True
    if text.startswith(("channel", "chat")):
        return text, False
    try:
        number = int(text)
    except ValueError:
        return text, True  # a name: assume a person
    return (f"user{number}", True) if number > 0 else (text, False)


def _forward(value: Any) -> tuple[str | None, bool]:
    if value is None:
        return None, False
    if isinstance(value, dict):
        ident = value.get("from_id")
        key, private = _sender(ident) if ident is not None else (None, False)
        name = _string(value.get("from_name") or value.get("channel") or value.get("title"))
        if private:
            return key, True
        return name or key, False
    return _string(value), False


def _reply(value: Any) -> int | None:
    if isinstance(value, dict):
        value = value.get("reply_to_msg_id") or value.get("reply_to_message_id")
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None
