"""Analysts' verdicts on claim groups: recorded through here (by ``claimledger serve`` or
a notebook), never edited, exported as ClaimReview (``report.claimreview``).

claimledger itself never rates a claim: a group's status says who asserts and who
denies it; a verdict is a person's judgement, kept with who made it, when and on what
evidence. What an analyst types is redacted like document text before it is stored: a
note can hold coordinates as easily as a Telegram post.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from claimledger.errors import ClaimledgerError
from claimledger.model import RATINGS, UNRATED, Verdict
from claimledger.nlp.redact import Redactor
from claimledger.report.ledger import resolve
from claimledger.store import Store

MAX_NOTE = 10_000
MAX_FIELD = 2_000


class VerdictError(ClaimledgerError):
    """A verdict that cannot be recorded as given (unknown rating, bad evidence link)."""


def record(store: Store, redactor: Redactor, ident: str, rating: str, note: str = "", evidence: str = "",
           analyst: str = "") -> Verdict:
    """Record ``rating`` on the group ``ident`` names (a group id, mention id or claim id)."""
    rating = rating.strip()
    if rating not in RATINGS + UNRATED:
        raise VerdictError(f"unknown rating {rating!r}; ratings: {', '.join(RATINGS + UNRATED)}")
    if len(note) > MAX_NOTE or len(evidence) > MAX_FIELD or len(analyst) > MAX_FIELD:
        raise VerdictError(f"a note may have at most {MAX_NOTE:,} characters, a link or a name {MAX_FIELD:,}")
    evidence = evidence.strip()
    if evidence and urlsplit(evidence).scheme.lower() not in ("http", "https"):
        raise VerdictError("the evidence link must be an http:// or https:// address")
    group_id, members = resolve(store, ident)
    root = store.group(group_id)
    mention_id = root["root"] if root is not None else members[0][0].id
    return store.add_verdict(group_id, mention_id, rating, redactor.redact(note.strip())[0],
                             redactor.redact_url(evidence) if evidence else None,
                             redactor.redact(analyst.strip())[0])


def history(store: Store, group_id: str) -> list[Verdict]:
    """The verdicts on a group, oldest first: the last is the current one."""
    return store.verdicts(group_id)


def current(store: Store, group_id: str) -> Verdict | None:
    found = store.verdicts(group_id)
    return found[-1] if found else None


def rating_value(rating: str) -> int | None:
    """The rating's place on the scale, 1 (false) to 5 (true); None for "unproven"."""
    return RATINGS.index(rating) + 1 if rating in RATINGS else None
