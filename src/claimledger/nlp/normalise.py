"""Text normalisation applied to everything a reader yields, before redaction.

JSON parsers accept lone surrogates (``"\\ud83d"`` without its pair), which SQLite then
refuses, failing a whole batch; a NUL is stored but truncates ``length()``; other C0
control characters come from tdesktop's ``\\xHH`` quirk. NFC keeps "й" written as
"и" + combining breve equal to the precomposed letter, so search and ids agree.
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls except tab and newline, DEL, C1 controls, and lone surrogates.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029]")


def clean_text(text: str) -> str:
    """Return ``text`` safe to store: NFC, ``\\n`` newlines, no controls or lone surrogates."""
    if _SURROGATE.search(text):
        # A valid pair arrives from JSON already combined into one code point, so any
        # surrogate left here is unpaired.
        text = _SURROGATE.sub("\ufffd", text)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub(" ", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def clean_optional(value: str | None) -> str | None:
    """``clean_text`` for optional metadata; empty strings become None."""
    if value is None:
        return None
    value = clean_text(value).strip()
    return value or None
