"""The stage that makes a RawDocument safe to keep: normalise, redact, identify, hash.

This is the only way a Document is made. It runs before anything is stored, so no
coordinate, phone number, e-mail address or private account reaches the ledger.
"""

from __future__ import annotations

import hashlib

from claimledger.ingest.dates import iso
from claimledger.model import Document, RawDocument
from claimledger.nlp.language import detect
from claimledger.nlp.normalise import clean_optional, clean_text
from claimledger.nlp.parse import is_person_name
from claimledger.nlp.redact import Redactor


class Preparer:
    """``Preparer(redactor)(raw) -> Document``. Pure and picklable: no I/O, no state."""

    def __init__(self, redactor: Redactor):
        self.redactor = redactor
        self._paths: dict[str, str | None] = {}  # one file yields many documents

    def __call__(self, raw: RawDocument) -> Document:
        redactor = self.redactor
        text = _replace_private_spans(raw.text, raw.private_spans, redactor)
        text, count = redactor.redact(clean_text(text).strip())
        origin = redactor.token("user", raw.origin) if raw.origin_private else raw.origin
        return Document(
            id=document_id(origin, text),
            format=raw.format,
            path=self._path(raw.path),
            text=text,
            language=detect(text),
            title=self._safe(raw.title),
            channel=self._account(raw.channel, raw.channel_private),
            message_id=raw.message_id,
            url=redactor.redact_url(raw.url) if raw.url else None,
            published_at=iso(raw.published_at),
            edited_at=iso(raw.edited_at),
            author=self._account(raw.author, raw.author_private),
            forwarded_from=self._account(raw.forwarded_from, raw.forwarded_from_private or (
                raw.forwarded_from_unverified and is_person_name(raw.forwarded_from))),
            reply_to=raw.reply_to,
            links=tuple(redactor.redact_url(link) for link in raw.links),
            redactions=count,
        )

    def _path(self, path: str) -> str | None:
        if path not in self._paths:
            if len(self._paths) > 1024:
                self._paths.clear()
            self._paths[path] = self._safe(path)
        return self._paths[path]

    def _safe(self, value: str | None) -> str | None:
        value = clean_optional(value)
        return self.redactor.redact(value)[0] if value else None

    def _account(self, value: str | None, private: bool) -> str | None:
        value = clean_optional(value)
        if value is None:
            return None
        return self.redactor.token("user", value) if private else self.redactor.redact(value)[0]


def document_id(origin: str, text: str) -> str:
    """Content address: the same origin and redacted text give the same id anywhere."""
    return hashlib.sha256(f"{origin}\x1f{text}".encode()).hexdigest()[:32]


def _replace_private_spans(text: str, spans, redactor: Redactor) -> str:
    """Replace what Telegram itself marked as a user, phone, e-mail or card.

    Entity offsets index the reader's text, so this runs before normalising shifts them.
    A phone or e-mail goes through the text redactor first, so it gets the same token as
    the same number written elsewhere (tokens hash canonical values: E.164, lower case).
    """
    for start, end, kind, value in sorted(spans, reverse=True):
        token = None
        if kind != "user":
            redacted, count = redactor.redact(value)
            token = redacted if count else None
        if token is None:
            token = redactor.token(kind, value.lower() if kind == "email" else value)
        text = text[:start] + token + text[end:]
    return text
