"""The records that flow through claimledger, as plain frozen dataclasses.

A reader turns a file into ``RawDocument`` items (text not yet redacted); ``nlp.prepare``
normalises and redacts one into a ``Document``, the only form that is ever stored,
exported or shown. ``Problem`` and ``Skip`` report what a reader could not or would not
turn into a document, so nothing is dropped silently.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One message or article as a reader found it: not redacted, never stored.

    ``origin`` identifies where it came from independently of its text (chat id and
    message id, a URL, a file name); with the redacted text it makes the document id.
    Fields ending in ``_private`` say that the value names a private account and must
    be replaced by a token before anything is stored.
    """

    format: str
    path: str
    origin: str
    text: str
    origin_private: bool = False
    title: str | None = None
    channel: str | None = None
    channel_private: bool = False
    message_id: int | None = None
    url: str | None = None
    published_at: datetime | None = None
    edited_at: datetime | None = None
    author: str | None = None
    author_private: bool = False
    forwarded_from: str | None = None
    forwarded_from_private: bool = False
    # a forward named with no account id: private when the name is a person's ("Ксюша Белова")
    forwarded_from_unverified: bool = False
    reply_to: int | None = None
    links: tuple[str, ...] = ()
    # Telegram entity spans (start, end, kind, value) that name private data outright:
    # mention_name (a user id), phone, email, bank card. Offsets index into ``text``.
    private_spans: tuple[tuple[int, int, str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """A stored document: redacted text plus where and when it was published.

    ``id`` is a content hash of origin and redacted text, so re-reading the same input
    gives the same id on any machine with the same redaction key.
    """

    id: str
    format: str
    path: str
    text: str
    language: str | None = None
    title: str | None = None
    channel: str | None = None
    message_id: int | None = None
    url: str | None = None
    published_at: str | None = None  # ISO 8601 in UTC
    edited_at: str | None = None
    author: str | None = None
    forwarded_from: str | None = None
    reply_to: int | None = None
    links: tuple[str, ...] = ()
    redactions: int = 0


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document: a view into its text, with the sentence's language."""

    start: int
    end: int
    language: str | None = None


def _by_position(record) -> tuple:
    """``__reduce__`` for the records workers send back in bulk: rebuilt by calling the
    class with the field values in order. The default for frozen, slotted dataclasses looks
    up the fields again for every object; unpickling the mentions of a batch in the one
    writing process took twice as long that way."""
    return type(record), tuple(getattr(record, name) for name in record.__dataclass_fields__)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit and approximator: "approximately 1,500 deserters"."""

    text: str
    value: float | None
    unit: str | None = None
    approximator: str | None = None  # "about", "up to", "около", "близько" …; not a hedge
    start: int = 0
    end: int = 0

    __reduce__ = _by_position


@dataclass(frozen=True, slots=True)
class Entity:
    """A named person, organisation, place or a date, with its normal (nominative) form."""

    text: str
    label: str  # PER, ORG, LOC, DATE
    normal: str | None = None
    start: int = 0
    end: int = 0

    __reduce__ = _by_position


SOURCE_KINDS = ("person", "official", "organization", "media", "channel", "anonymous", "crowd", "author")
STANCES = ("supports", "denies", "neutral")
_SPACE = re.compile(r"\s+")


def source_id(name: str | None, kind: str) -> str:
    """A source's id: ``s-`` and a hash of its normalised name and kind.

    Normalising folds only what never tells two sources apart (Unicode form, case, ё/е,
    runs of spaces), so "The Ministry" and "the  ministry" are one source. Aliases across
    scripts (Іван Сокіл = Ivan Sokil) are the linker's business, not the id's.
    """
    normal = unicodedata.normalize("NFKC", name or "").casefold().replace("ё", "е")
    normal = _SPACE.sub(" ", normal).strip()
    return "s-" + hashlib.sha256(f"{kind}\x1f{normal}".encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class ClaimMention:
    """One source asserting one proposition in one sentence of one document.

    Offsets index the document's text. ``content`` is the proposition without cue and
    source; it may leave out a parenthetical inside its span ("The strikes, reported by
    the ministry, targeted …"), so it is kept as text beside its span.
    """

    id: str
    document_id: str
    sentence_start: int
    sentence_end: int
    source: str
    source_kind: str
    cue: str
    content: str
    content_start: int
    content_end: int
    language: str | None = None
    source_start: int | None = None  # None when the source is the document's own voice
    source_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    hedges: tuple[str, ...] = ()
    stance: str = "supports"
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[Entity, ...] = ()
    checkworthiness: float | None = None  # for own-voice mentions: claim (1) vs commentary (0)
    # lemmas of the content's main predicate(s) ("destroy", "разрушить"), from the parse:
    # linking compares what is said to happen, not only which words occur
    predicates: tuple[str, ...] = ()
    # the names the whole document mentions (capitalised words, as link.keys skeletons):
    # "the bridge was destroyed" in a post about Pryvillia is about Pryvillia's bridge
    context: tuple[str, ...] = ()

    __reduce__ = _by_position


# An analyst's rating of a claim group, worst to best; "unproven" is outside the scale.
# ClaimReview (report.claimreview) publishes the position on the scale as ratingValue.
RATINGS = ("false", "mostly-false", "mixed", "mostly-true", "true")
UNRATED = ("unproven",)


@dataclass(frozen=True, slots=True)
class Verdict:
    """An analyst's verdict on a claim group: recorded, never edited (a new verdict on the
    same group supersedes it; the old ones stay as the audit trail). The note and the
    evidence link are redacted before they are stored, as document text is."""

    id: int
    group_id: str  # the group when the verdict was recorded
    mention_id: str  # its root mention then: finds the group again if relinking renames it
    rating: str  # RATINGS or UNRATED
    note: str
    evidence: str | None  # a URL
    analyst: str
    created_at: str  # ISO 8601, UTC


@dataclass(frozen=True, slots=True)
class Problem:
    """Input that could not be read as it should be, with where it happened.

    ``where`` is a position a person can find again: "message 17", "line 5",
    "byte 1,234". ``reason`` never quotes the input (it could hold what we redact).
    """

    path: str
    where: str | None
    reason: str

    def __str__(self) -> str:
        at = f" ({self.where})" if self.where else ""
        return f"{self.path}{at}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Skip:
    """Input left out on purpose (a service message, a media-only post)."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Note:
    """Something the user should know about an input that is not an error."""

    path: str
    text: str


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did, for the closing summary and for scripts."""

    read: int = 0
    new: int = 0
    already_present: int = 0
    mentions: int = 0  # claim mentions extracted from the new documents
    groups: int = 0  # claim groups made or updated by linking them
    skipped: dict[str, int] = field(default_factory=dict)
    failed: list[Problem] = field(default_factory=list)
    files: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def as_dict(self) -> dict:
        return {
            "files": self.files,
            "read": self.read,
            "new": self.new,
            "already_present": self.already_present,
            "mentions": self.mentions,
            "groups": self.groups,
            "skipped": dict(sorted(self.skipped.items())),
            "failed": [str(p) for p in self.failed],
            "notes": list(self.notes),
        }


@dataclass(slots=True)
class ExtractReport:
    """What one ``extract`` run did: documents through the extractor, mentions stored."""

    documents: int = 0
    mentions: int = 0
    groups: int = 0  # claim groups made or updated by linking the new mentions
    failed: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def as_dict(self) -> dict:
        return {"documents": self.documents, "mentions": self.mentions, "groups": self.groups,
                "failed": [str(p) for p in self.failed]}


@dataclass(slots=True)
class LinkReport:
    """What one linking run did: mentions linked, groups written, groups merged into others."""

    documents: int = 0
    mentions: int = 0
    groups: int = 0
    merged: int = 0

    def as_dict(self) -> dict:
        return {"documents": self.documents, "mentions": self.mentions, "groups": self.groups,
                "merged": self.merged}
