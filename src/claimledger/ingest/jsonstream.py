"""Streaming JSON for large exports: a repair layer, a depth-limited item walker, recovery.

Telegram Desktop writes invalid JSON in two known ways (TRAPS.md): control characters as
``\\xHH`` escapes (tdesktop #27571) and custom-emoji ``document_id`` values without
quotes (#24961). ``RepairingStream`` fixes both on the fly, in bounded memory, and
replaces undecodable bytes instead of failing the whole file.

``walk`` turns ijson's event stream into the items of one or more arrays (a chat's
``messages``, a scraper's top-level list). It builds each item itself rather than with
``ijson.items`` because ``items`` memory grows with the square of nesting depth: here an
item nested deeper than ``MAX_DEPTH`` is refused and skipped in linear time.

When the JSON breaks in the middle of an array, ``walk`` reports where, then finds the
next item that still parses and resumes streaming from there, so one bad message does not
lose the rest of the export.
"""

from __future__ import annotations

import codecs
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

import ijson

MAX_DEPTH = 64
_READ_SIZE = 64 * 1024
_CARRY_LIMIT = 4096
# How far past the break recovery reads ahead to find the next good item.
_RECOVERY_WINDOW = 4 * 1024 * 1024

# \xHH inside a JSON string, not preceded by an escaped backslash: tdesktop's control chars.
_HEX_ESCAPE = re.compile(rb"(?<!\\)((?:\\\\)*)\\x([0-9A-Fa-f]{2})")
# "document_id": video_files/sticker.webm  (a bare value up to the end of the line)
_BARE_DOCUMENT_ID = re.compile(rb'("document_id"[ \t]*:[ \t]*)([^"\s\d\-\[{ntf][^\r\n]*?)([ \t]*,?[ \t]*\r?$)', re.M)

# Raw control bytes are invalid inside JSON strings; escaping them keeps the text.
_RAW_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_bad_offsets: list[int] = []


def _record_and_replace(exc: UnicodeDecodeError) -> tuple[str, int]:
    _bad_offsets.append(exc.start)
    return "\ufffd", exc.end


codecs.register_error("claimledger-record", _record_and_replace)


def _quote_document_id(match: re.Match[bytes]) -> bytes:
    value = match.group(2).rstrip()
    return match.group(1) + json.dumps(value.decode("utf-8", "replace")).encode() + match.group(3)


def repair(data: bytes, base: int = 0, bad_bytes: list[int] | None = None) -> bytes:
    """Repair one piece of an export: invalid UTF-8, ``\\xHH`` escapes, bare document ids.

    ``base`` is the piece's offset in the file; offsets of undecodable bytes are appended
    to ``bad_bytes`` so the caller can say where they were.
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        _bad_offsets.clear()
        text = data.decode("utf-8", "claimledger-record")
        if bad_bytes is not None:
            bad_bytes.extend(base + o for o in _bad_offsets)
        data = text.encode("utf-8", "surrogatepass")
    if _RAW_CONTROL.search(data):
        data = _RAW_CONTROL.sub(lambda m: b"\\u%04x" % m.group()[0], data)
    if b"\\x" in data:
        data = _HEX_ESCAPE.sub(rb"\1\\u00\2", data)
    if b'"document_id"' in data:
        data = _BARE_DOCUMENT_ID.sub(_quote_document_id, data)
    return data


class RepairingStream:
    """A binary reader that yields repaired JSON bytes and counts original bytes consumed.

    Pieces are cut at a line break near the end of each read (or, for a line longer than
    4 KB, at a plain ASCII byte), so a repair pattern or a UTF-8 sequence is never split.
    """

    def __init__(self, raw: IO[bytes], start: int = 0, header: bytes = b""):
        self._raw = raw
        self._carry = b""
        self._pending = header
        self.offset = start  # original offset of the first byte not yet handed out
        self.chunk_start = start  # original offset where the last piece handed out began
        self.eof = False
        self.bad_bytes: list[int] = []

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson probes with read(0) to learn bytes from str
            return b""
        if self._pending:
            out, self._pending = self._pending, b""
            return out
        while True:
            data = self._raw.read(_READ_SIZE)
            if not data:
                self.eof = True
                piece, self._carry = self._carry, b""
            else:
                buf = self._carry + data
                cut = _safe_cut(buf)
                piece, self._carry = buf[:cut], buf[cut:]
            if piece or self.eof:
                self.chunk_start = self.offset
                self.offset += len(piece)
                return repair(piece, self.chunk_start, self.bad_bytes) if piece else b""


def _safe_cut(buf: bytes) -> int:
    """An index where ``buf`` can be split without splitting a repair or a character."""
    nl = buf.rfind(b"\n", max(0, len(buf) - _CARRY_LIMIT))
    if nl != -1:
        return nl + 1
    cut = max(0, len(buf) - 16)
    # Back off continuation bytes, lead bytes and backslashes: none may end a piece.
    while cut > 0 and (buf[cut - 1] >= 0x80 or buf[cut - 1] == 0x5C):
        cut -= 1
    return cut


@dataclass(frozen=True, slots=True)
class Item:
    """A complete value found at one of the watched array prefixes."""

    prefix: str
    value: Any
    index: int


@dataclass(frozen=True, slots=True)
class Scalar:
    """A scalar at a watched prefix (a chat's name, type or id)."""

    prefix: str
    value: Any


@dataclass(frozen=True, slots=True)
class Start:
    """A new object begins at a watched prefix (a new chat in a full-account export)."""

    prefix: str


@dataclass(frozen=True, slots=True)
class Broken:
    """The JSON broke; ``offset`` is a byte offset in the file, ``after`` the last good item."""

    reason: str
    offset: int
    after: Any
    prefix: str | None
    truncated: bool


@dataclass(frozen=True, slots=True)
class TooDeep:
    """An item nested deeper than MAX_DEPTH was skipped."""

    prefix: str
    index: int
    ident: Any


Event = Item | Scalar | Start | Broken | TooDeep


def walk(
    raw: IO[bytes],
    item_prefixes: frozenset[str],
    scalar_prefixes: frozenset[str] = frozenset(),
    start_prefixes: frozenset[str] = frozenset(),
    max_depth: int = MAX_DEPTH,
) -> Iterator[Event]:
    """Stream the items of the arrays at ``item_prefixes`` (ijson prefixes such as
    ``messages.item``), plus scalars and object starts at the other watched prefixes.

    ``raw`` must be seekable: after a break, reading resumes at the next item that parses.
    Undecodable bytes are reported as ``Broken`` events once streaming ends.
    """
    state = _WalkState()
    stream = RepairingStream(raw)
    while True:
        try:
            yield from _walk_events(stream, item_prefixes, scalar_prefixes, start_prefixes, max_depth, state)
            state.bad_bytes.extend(stream.bad_bytes)
            break
        except ijson.JSONError as exc:
            state.bad_bytes.extend(stream.bad_bytes)
            message = str(exc)
            if stream.eof and "premature EOF" in message:
                yield Broken("the file ends before the JSON is complete (truncated)", stream.offset,
                             state.last_good, state.prefix, True)
                break
            if stream.eof and "trailing garbage" in message:
                yield Broken("unexpected data after the end of the JSON", stream.chunk_start,
                             state.last_good, None, False)
                break
            if state.prefix is None:
                # Broken outside any array we stream: nothing to resume into.
                yield Broken("invalid JSON", stream.chunk_start, state.last_good, None, False)
                break
            resumed = yield from _recover(raw, stream, state)
            if resumed is None:
                break
            stream = resumed
    for offset in state.bad_bytes:
        yield Broken("undecodable bytes (not UTF-8), replaced with U+FFFD", offset, None, None, False)


class _WalkState:
    """What survives a break: counters per array, the last good item and where it ended."""

    def __init__(self) -> None:
        self.counters: dict[str, int] = {}
        self.last_good: Any = None
        self.last_good_chunk = 0  # file offset of the piece in which the last good item ended
        self.prefix: str | None = None  # the array being streamed when the break came
        self.bad_bytes: list[int] = []

    def next_index(self, prefix: str) -> int:
        index = self.counters.get(prefix, 0)
        self.counters[prefix] = index + 1
        return index


def _walk_events(stream, item_prefixes, scalar_prefixes, start_prefixes, max_depth, state: _WalkState):
    # ijson.parse computes a prefix string for every event, which costs memory in the
    # square of nesting depth; basic_parse does not, so prefixes are tracked here, and
    # only outside items, where the structure is shallow.
    # Inside an item, ``depth`` counts every open container and ``stack`` holds those
    # being built, at most max_depth: deeper content is counted, not built.
    frames: list[list] = []  # [container prefix, is_map, current key] outside items
    stack: list[Any] = []
    keys: list[Any] = []
    building: str | None = None
    depth = 0
    too_deep = False
    for event, value in ijson.basic_parse(stream, use_float=True):
        if building is None:
            if event == "map_key":
                frames[-1][2] = value
                continue
            if event == "end_map" or event == "end_array":
                closed = frames.pop()[0]
                if closed + ".item" in item_prefixes or (closed == "" and "item" in item_prefixes):
                    state.prefix = None
                continue
            if frames:
                parent, is_map, key = frames[-1]
                child = key if is_map else "item"
                prefix = f"{parent}.{child}" if parent else child
            else:
                prefix = ""
            if prefix in item_prefixes:
                state.prefix = prefix
                if event == "start_map" or event == "start_array":
                    building, depth, too_deep = prefix, 1, False
                    stack = [{} if event == "start_map" else []]
                    keys = [None]
                else:
                    state.last_good, state.last_good_chunk = value, stream.chunk_start
                    yield Item(prefix, value, state.next_index(prefix))
            elif event == "start_map" or event == "start_array":
                if event == "start_map" and prefix in start_prefixes:
                    state.prefix = None
                    yield Start(prefix)
                frames.append([prefix, event == "start_map", None])
            elif prefix in scalar_prefixes:
                yield Scalar(prefix, value)
            continue
        held = len(stack)
        if event == "map_key":
            if depth == held:
                keys[-1] = value
        elif event == "start_map" or event == "start_array":
            depth += 1
            if depth > max_depth:
                too_deep = True
            elif depth == held + 1:
                container: Any = {} if event == "start_map" else []
                _attach(stack[-1], keys[-1], container)
                stack.append(container)
                keys.append(None)
        elif event == "end_map" or event == "end_array":
            if depth == held:
                item = stack.pop()
                keys.pop()
            depth -= 1
            if depth == 0:
                index = state.next_index(building)
                if too_deep:
                    ident = item.get("id", item.get("message_id")) if isinstance(item, dict) else None
                    yield TooDeep(building, index, ident)
                else:
                    state.last_good, state.last_good_chunk = item, stream.chunk_start
                    yield Item(building, item, index)
                building = None
        elif depth == held:
            _attach(stack[-1], keys[-1], value)


def _attach(container: Any, key: Any, value: Any) -> None:
    if isinstance(container, dict):
        container[key] = value
    else:
        container.append(value)


def _header_for(prefix: str) -> bytes:
    """The opening brackets that put a fresh parser back inside the array at ``prefix``:
    ``chats.list.item.messages.item`` -> ``{"chats":{"list":[{"messages":[``."""
    parts = prefix.split(".")
    out = ["[" if parts[0] == "item" else "{"]
    for part, after in itertools.pairwise(parts):
        if part != "item":
            out.append(json.dumps(part) + ":")
        out.append("[" if after == "item" else "{")
    return "".join(out).encode()


_DECODER = json.JSONDecoder(strict=False)
_SEPARATORS = re.compile(r"[\s,]*")


def _item_start(last_good: Any) -> re.Pattern[str]:
    """Where the next item of this array begins: ``{`` and the first key items start with."""
    if isinstance(last_good, dict) and last_good:
        return re.compile(r"\{\s*" + re.escape(json.dumps(next(iter(last_good)))) + r"\s*:")
    return re.compile(r"(?<=[\[,])\s*\{")


def _recover(raw: IO[bytes], stream: RepairingStream, state: _WalkState):
    """After a break inside an array: report it, yield the items that still parse around
    it, and return a stream positioned at the next item (None when nothing is left).

    The window starts where the last good item ended (items completed before the break in
    the same piece were never yielded by ijson) and reaches past the broken piece.
    """
    prefix = state.prefix
    window_start = state.last_good_chunk if state.last_good is not None else stream.chunk_start
    raw.seek(window_start)
    want = stream.offset - window_start + _RECOVERY_WINDOW
    data = raw.read(want)
    at_eof = len(data) < want
    text = repair(data).decode("utf-8", "replace")
    broken_end = stream.offset  # the break lies before this file offset

    def file_offset(pos: int) -> int:
        return window_start + len(text[:pos].encode("utf-8"))

    start_pattern = _item_start(state.last_good)
    pos = _after_last_good(text, state.last_good, start_pattern)
    reported = False
    while True:
        pos = _SEPARATORS.match(text, pos).end()
        if pos >= len(text):
            if not reported:
                yield Broken("invalid JSON", file_offset(pos), state.last_good, prefix, at_eof)
            return None
        if text[pos] == "]" or (file_offset(pos) >= broken_end and not reported and text[pos] == "{"):
            break  # past the break without an error here: the normal parse takes over
        try:
            value, end = _DECODER.raw_decode(text, pos)
            if not isinstance(value, dict):
                raise ValueError("not an item")
        except ValueError as exc:
            err_pos = max(getattr(exc, "pos", pos) or pos, pos)
            if not at_eof and err_pos >= len(text) - 1:
                yield Broken("invalid JSON (an item too long to recover)", file_offset(pos), state.last_good,
                             prefix, False)
                return None
            if not reported:
                yield Broken("invalid JSON", file_offset(err_pos), state.last_good, prefix, False)
                reported = True
            found = start_pattern.search(text, err_pos if err_pos > pos else pos + 1)
            if found is None:
                return None
            pos = found.start() if text[found.start()] == "{" else text.index("{", found.start())
            continue
        state.last_good = value
        yield Item(prefix, value, state.next_index(prefix))
        pos = _SEPARATORS.match(text, end).end()
        if reported:
            break
    resume_at = file_offset(pos)
    raw.seek(resume_at)
    return RepairingStream(raw, start=resume_at, header=_header_for(prefix))


def _after_last_good(text: str, last_good: Any, start_pattern: re.Pattern[str]) -> int:
    """The position just after the last item already yielded, or of the first item start."""
    if isinstance(last_good, dict) and last_good:
        key = next(iter(last_good))
        marker = re.compile(r"\{\s*" + re.escape(json.dumps(key)) + r"\s*:\s*"
                            + re.escape(json.dumps(last_good[key], ensure_ascii=False)) + r"\s*[,}]")
        found = marker.search(text)
        if found:
            try:
                return _DECODER.raw_decode(text, found.start())[1]
            except ValueError:
                pass
    found = start_pattern.search(text)
    return found.start() if found else 0
