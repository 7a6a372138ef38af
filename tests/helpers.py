"""Writers for test inputs shaped like the real thing (Telegram Desktop exports above all), and
a stand-in claim extractor."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from claimledger.model import ClaimMention, Document, Entity, Quantity, Sentence
from claimledger.nlp.sentences import split

FIXTURES = Path(__file__).parent / "fixtures"
DEV = FIXTURES / "dev"


def tdesktop_json(obj) -> str:
    """JSON the way Telegram Desktop writes it: one-space indent, non-ASCII kept."""
    return json.dumps(obj, ensure_ascii=False, indent=1)


def channel_export(messages: list[dict], name: str = "Test Channel", chat_type: str = "public_channel",
                   chat_id: int = 1000001) -> dict:
    return {"name": name, "type": chat_type, "id": chat_id, "messages": messages}


def message(mid: int, text, date: str = "2026-03-01T10:00:00", **extra) -> dict:
    """A text message with text_entities as tdesktop writes them (a plain text -> one entity)."""
    msg = {"id": mid, "type": "message", "date": date, "date_unixtime": "1772359200",
           "from": extra.pop("from_", "Test Channel"), "from_id": extra.pop("from_id", "channel1000001"), "text": text}
    if isinstance(text, str):
        msg["text_entities"] = [{"type": "plain", "text": text}] if text else []
    else:
        msg["text_entities"] = [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in text]
    msg.update(extra)
    return msg


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


class RuleExtractor:
    """A stand-in for claimledger.extract.Extractor: real ClaimMention objects by a few
    English rules ("X said that Y", "According to X, Y"), and an own-voice mention for an
    unattributed sentence with a number. Not one of our components: it only feeds the
    plumbing (store, export, evaluation) something shaped like the real thing."""

    CUES = ("said", "says", "reports", "reported", "writes", "wrote", "told", "disputed")
    HEDGES = ("allegedly", "reportedly", "purportedly", "claims", "unconfirmed")

    def __init__(self, own_voice: bool = True, cues: tuple[str, ...] = CUES):
        self.own_voice = own_voice
        cue = "|".join(cues)
        self._said = re.compile(rf"^(?P<source>(?:[\w’'-]+ ){{0,5}}?[\w’'-]+) (?P<cue>{cue})\b(?: \w+(?=,))?,? "
                                rf"(?:that )?(?P<content>.+?)[.!?\"”]*$")
        self._according = re.compile(r"^(?P<cue>According to) (?P<source>[^,]+), (?P<content>.+?)[.!?]*$")

    def pipe(self, docs: list[Document]) -> list[list[ClaimMention]]:
        return [self._mentions(doc) for doc in docs]

    def _mentions(self, doc: Document) -> list[ClaimMention]:
        out = []
        for sentence in split(doc.text, doc.language):
            text = doc.text[sentence.start:sentence.end]
            found = self._according.match(text) or self._said.match(text)
            if found:
                out.append(self._attributed(doc, sentence, found))
            elif self.own_voice and re.search(r"\d", text):
                out.append(self._mention(doc, sentence, doc.channel or "", "author", "", sentence.start,
                                         sentence.end, checkworthiness=0.75))
        return out

    def _attributed(self, doc: Document, sentence: Sentence, found: re.Match) -> ClaimMention:
        source = found["source"]
        low = source.lower()
        if "sources" in low or "cousin" in low:
            kind = "anonymous"
        elif any(w in low for w in ("users", "residents", "people")):
            kind = "crowd"
        elif "ministry" in low or "police" in low:
            kind = "official"
        elif len(source.split()) == 2 and source.istitle():
            kind = "person"
        else:
            kind = "media"
        start = sentence.start + found.start("content")
        return self._mention(doc, sentence, source, kind, found["cue"], start, sentence.start + found.end("content"),
                             source_span=(sentence.start + found.start("source"), sentence.start + found.end("source")),
                             stance="denies" if found["cue"] == "disputed" else "supports")

    def _mention(self, doc, sentence, source, kind, cue, start, end, source_span=(None, None), stance="supports",
                 checkworthiness=None) -> ClaimMention:
        content = doc.text[start:end]
        sentence_text = doc.text[sentence.start:sentence.end]
        numbers = re.finditer(r"(?:(?P<approx>about|up to|approximately) )?(?P<n>\d[\d,]*) (?P<unit>[a-z]+)", content)
        quantities = tuple(Quantity(q.group(), float(q["n"].replace(",", "")), q["unit"], q["approx"],
                                    start + q.start(), start + q.end()) for q in numbers)
        entities = ()
        if source_span[0] is not None and source[:1].isupper():
            entities = (Entity(source, "PER" if kind == "person" else "ORG", source, *source_span),)
        mention_id = hashlib.sha256(f"{doc.id}:{start}:{end}:{cue}".encode()).hexdigest()[:24]
        return ClaimMention(
            id=mention_id, document_id=doc.id, sentence_start=sentence.start, sentence_end=sentence.end,
            source=source, source_kind=kind, cue=cue, content=content, content_start=start, content_end=end,
            language=doc.language, source_start=source_span[0], source_end=source_span[1],
            hedges=tuple(h for h in self.HEDGES if h in sentence_text.lower()), stance=stance,
            quantities=quantities, entities=entities, checkworthiness=checkworthiness)


class FailingExtractor(RuleExtractor):
    """The stand-in, raising on any document whose text holds ``marker`` (an extractor bug)."""

    def __init__(self, marker: str):
        super().__init__()
        self.marker = marker

    def pipe(self, docs: list[Document]) -> list[list[ClaimMention]]:
        if any(self.marker in doc.text for doc in docs):
            raise RuntimeError("extractor bug")
        return super().pipe(docs)


class CachedExtractor:
    """claimledger's own extractor, remembering each document's mentions: tests that ingest
    the same documents many times (in halves, in other orders) pay for extraction once."""

    def __init__(self, inner=None):
        if inner is None:
            from claimledger.extract import Extractor

            inner = Extractor()
        self.inner = inner
        self.cache: dict[str, list[ClaimMention]] = {}

    def pipe(self, docs: list[Document]) -> list[list[ClaimMention]]:
        todo = [d for d in docs if d.id not in self.cache]
        if todo:
            for doc, found in zip(todo, self.inner.pipe(todo), strict=True):
                self.cache[doc.id] = list(found)
        return [list(self.cache[d.id]) for d in docs]
