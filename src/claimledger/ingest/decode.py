"""Bytes to text for whole-file formats (plain text, Markdown), saying what was guessed.

UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are. A file that is
mostly UTF-8 with a few bad bytes keeps its text, with U+FFFD in their place and an
error naming the first bad byte. A file in a legacy encoding (windows-1251, KOI8-R, …)
is read in the encoding charset-normalizer finds, with a note.
"""

from __future__ import annotations

from claimledger.model import Note, Problem

# More bad sequences than this share of the bytes means "not UTF-8", not "damaged UTF-8".
_DAMAGED_SHARE = 0.01


def decode_text(data: bytes, path: str) -> tuple[str | None, list[Problem | Note]]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as first:
        bad = _count_bad(data)
        if bad <= max(1, len(data) * _DAMAGED_SHARE):
            return data.decode("utf-8", "replace"), [
                Problem(path, f"byte {first.start:,}", f"{bad} undecodable byte sequence(s), replaced with U+FFFD")]
        guessed = _guess(data)
        if guessed:
            encoding, text = guessed
            return text, [Note(path, f"not UTF-8; read as {encoding}")]
        return None, [Problem(path, f"byte {first.start:,}", "undecodable bytes: not UTF-8 text")]


def _count_bad(data: bytes) -> int:
    count = 0
    start = 0
    while True:
        try:
            data[start:].decode("utf-8")
            return count
        except UnicodeDecodeError as exc:
            count += 1
            start += exc.end
            if count > 10_000:
                return count


def _guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return None
    try:
        return best.encoding, data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
