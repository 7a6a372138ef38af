"""Readers: files in, a stream of RawDocument (plus Skip, Problem and Note) out.

``read(paths)`` walks files and directories, sniffs each file's format and hands it to
its reader. Every reader streams or reads one bounded file; none stores anything.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, tzinfo
from pathlib import Path
from typing import IO

from claimledger.ingest.decode import decode_text
from claimledger.ingest.records import read_json_array, read_jsonl, record_document
from claimledger.ingest.sniff import HEAD_SIZE, Kind, sniff
from claimledger.ingest.telegram import PRESCAN_BYTES, private_senders, read_telegram
from claimledger.ingest.text import read_feed, read_html, read_text
from claimledger.model import Note, Problem, RawDocument, Skip

__all__ = ["MAX_TEXT", "Kind", "iter_files", "read", "read_file"]

# Longest text kept as one document: a Telegram post is at most 4,096 characters and a
# long article about 100,000; anything longer is a broken or hostile input.
MAX_TEXT = 200_000
# Whole-file formats (text, HTML, feeds, a single JSON record) are read into memory.
MAX_WHOLE_FILE = 64 * 1024 * 1024

Output = RawDocument | Skip | Problem | Note


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[Path, str, bool]]:
    """(file, display path, given explicitly) for each path; directories recurse in
    sorted order, skipping hidden entries."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        full = Path(root) / name
                        yield full, str(full), False
        else:
            yield path, str(given), True


def read(paths: Iterable[str | os.PathLike], tz: tzinfo = UTC, max_text: int = MAX_TEXT,
         on_bytes: Callable[[int], None] | None = None) -> Iterator[Output]:
    """Every document in ``paths``, with a Problem for each thing that could not be read."""
    for path, display, explicit in iter_files(paths):
        yield from read_file(path, display, tz, max_text, explicit, on_bytes)


def read_file(path: Path, display: str, tz: tzinfo = UTC, max_text: int = MAX_TEXT, explicit: bool = True,
              on_bytes: Callable[[int], None] | None = None,
              messages: tuple[int, int | None] | None = None) -> Iterator[Output]:
    """The documents of one file, its format sniffed from its first bytes.

    ``messages=(first, stop)``: of a Telegram export, only the messages at those positions
    (``read_telegram``); any other file is read whole by the range that starts at 0.
    """
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in the finally below, after the generator ends
    except FileNotFoundError:
        yield Problem(display, None, "no such file or directory")
        return
    except IsADirectoryError:
        yield Problem(display, None, "is a directory")
        return
    except OSError as exc:
        yield Problem(display, None, f"cannot be opened ({exc.strerror or 'error'})")
        return
    try:
        counted = _Counting(fh, on_bytes) if on_bytes else fh
        try:
            head = fh.read(HEAD_SIZE)
            fh.seek(0)
        except OSError as exc:
            yield Problem(display, None, f"cannot be read ({exc.strerror or 'error'})")
            return
        kind = sniff(head, path.suffix.lower())
        if messages is not None and messages[0] > 0 and kind != Kind.TELEGRAM:
            return
        if kind == Kind.EMPTY:
            yield Problem(display, None, "empty file")
        elif kind in (Kind.BINARY, Kind.UNKNOWN):
            what = "a binary file" if kind == Kind.BINARY else "an unknown format"
            if explicit:
                yield Problem(display, None, f"{what}, not a Telegram export, JSON Lines, JSON, text, Markdown, "
                                             "HTML or RSS/Atom; skipped")
            else:
                yield Skip(display, "not a document format")
        elif kind == Kind.TELEGRAM:
            senders = None
            if _size_of(fh) <= PRESCAN_BYTES:
                senders = private_senders(fh)  # (not counted: the progress bar counts one read)
                fh.seek(0)
            yield from read_telegram(counted, display, tz, max_text, messages, senders)
        elif kind == Kind.JSONL:
            yield from read_jsonl(counted, display, tz, max_text)
        elif kind == Kind.JSON_ARRAY:
            yield from read_json_array(counted, display, tz, max_text)
        else:
            yield from _read_whole(counted, kind, display, tz, max_text)
    finally:
        fh.close()


def _size_of(fh: IO[bytes]) -> int:
    """The size of an open file in bytes; a stream of unknown size counts as too large to read twice."""
    try:
        return os.fstat(fh.fileno()).st_size
    except (OSError, AttributeError, ValueError):
        return PRESCAN_BYTES + 1


def _read_whole(fh: IO[bytes], kind: str, display: str, tz: tzinfo, max_text: int) -> Iterator[Output]:
    data = fh.read(MAX_WHOLE_FILE + 1)
    if len(data) > MAX_WHOLE_FILE:
        yield Problem(display, None, f"over {MAX_WHOLE_FILE // 2**20} MB, too large for one article; skipped")
        return
    if kind == Kind.HTML:
        yield from read_html(data, display, tz, max_text)
    elif kind == Kind.FEED:
        yield from read_feed(data, display, tz, max_text)
    elif kind == Kind.JSON_RECORD:
        try:
            record = json.loads(data)
        except ValueError:
            fh.seek(0)
            yield from read_jsonl(fh, display, tz, max_text)
            return
        yield from record_document(record, display, None, "json", tz, max_text)
    else:
        text, problems = decode_text(data, display)
        yield from problems
        if text is not None:
            yield from read_text(text, display, kind, tz, max_text)


class _Counting:
    """A file wrapper that reports bytes read, for the progress bar."""

    def __init__(self, fh: IO[bytes], on_bytes: Callable[[int], None]):
        self._fh = fh
        self._on_bytes = on_bytes

    def read(self, size: int = -1) -> bytes:
        data = self._fh.read(size)
        self._on_bytes(len(data))
        return data

    def __iter__(self) -> Iterator[bytes]:
        for line in self._fh:
            self._on_bytes(len(line))
            yield line

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._fh.seek(offset, whence)

    def tell(self) -> int:
        return self._fh.tell()
