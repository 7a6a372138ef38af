"""Claim extraction: ``Extractor().pipe(documents)`` -> the ClaimMentions of each document.

For each sentence (``nlp.sentences``): if a cue word or phrase from the language's
lexicon is present, the sentence is parsed (``nlp.parse``) and read for attributions
(``attribution``); each becomes a mention with its source resolved (``sources``), its
hedges, stance, quantities and entities. A sentence with no attribution becomes an
own-voice mention (kind ``author``) with a check-worthiness score. Only sentences with a
cue pay for parsing, which is what keeps ingest fast on real channels.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from claimledger.extract.attribution import (
    BYLINE,
    CLOSED_BY,
    OPENED_BY,
    OPENING,
    Attribution,
    attributions,
    closes_open_quotation,
    comment_on_it,
    dropped_subject,
    has_colon_attribution,
    read_byline,
)
from claimledger.extract.lexicon import LANGUAGES, Lexicon, lexicon
from claimledger.extract.quantities import quantities
from claimledger.extract.sources import SourceInfo, SourceResolver
from claimledger.model import ClaimMention, Document, Entity, Sentence
from claimledger.nlp.language import detect
from claimledger.nlp.parse import READS_SEVERAL_SENTENCES, Parsed, parse, parse_many, tokens_only
from claimledger.nlp.redact import TOKEN_RE
from claimledger.nlp.sentences import join_signed_quotations, split

__all__ = ["Extractor"]

_DOUBLED_PUNCT = re.compile(r"\s*([,;])(?:\s*[,;])+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LINK = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
# a link, or its tail after a split, or a handle ("Бутырский: @butyrskiy" says nothing)
_LINK_PART = re.compile(r"(?:https?:)?//\S+|www\.\S+|@\w+", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")
_EXCLUSIVE = {"uk": frozenset("іїєґІЇЄҐ"), "ru": frozenset("ыэъёЫЭЪЁ")}


@dataclass(slots=True)
class _Echo:
    """"В ВСУ это опровергают", "В МЧС эту информацию подтвердили": a source denying or
    confirming what was said before. A denial becomes the stance of its source's next claim
    in the document; when the source says nothing more there, either is a mention of its
    own with the words of the claim it points back at (``claim``)."""

    p: Parsed
    lex: Lexicon
    att: Attribution
    source: SourceInfo
    claim: ClaimMention | None = None


@dataclass(slots=True)
class _Plan:
    """One document's sentences, their languages, and the parses of those with a cue."""

    doc: Document
    sentences: list[Sentence]
    languages: list[str]
    parsed: dict[int, Parsed] = field(default_factory=dict)
    names: tuple[str, ...] = ()
    # Ukrainian words as typed with a typographic apostrophe, by how extraction reads them
    # ("з'ясував" -> "з’ясував"): what the mentions quote is given back as written
    typed: dict[str, str] = field(default_factory=dict)


class Extractor:
    """The extraction stage. Pure: no I/O; models load on first use."""

    def pipe(self, docs: Iterable[Document]) -> list[list[ClaimMention]]:
        """Mentions of each document. Sentences with a cue are parsed for the whole batch
        at once, per language: the parsers are several times faster on batches."""
        plans = [self._plan(doc) for doc in docs]
        wanted: dict[str, list[tuple[_Plan, int]]] = {}
        for plan in plans:
            for k, sentence in enumerate(plan.sentences):
                language = plan.languages[k]
                lex = lexicon(language)
                piece = plan.doc.text[sentence.start:sentence.end]
                if _has_verb_cue(piece, lex):
                    wanted.setdefault(language, []).append((plan, k))
                elif _has_cue(piece, lex) or has_colon_attribution(piece):
                    if language in ("ru", "uk"):
                        # "По данным X, Y", "Зеленский: …": read by word order, and the
                        # morphology has all they need; no dependency parse to pay for
                        plan.parsed[k] = tokens_only(plan.doc.text, sentence, language)
                    else:
                        wanted.setdefault(language, []).append((plan, k))
        for language, items in wanted.items():
            parses = parse_many([(plan.doc.text, plan.sentences[k]) for plan, k in items], language)
            for (plan, k), parsed in zip(items, parses, strict=True):
                plan.parsed[k] = parsed
        return [_as_typed(self._read(plan), plan.typed) for plan in plans]

    def extract(self, doc: Document) -> list[ClaimMention]:
        return self.pipe([doc])[0]

    def _plan(self, doc: Document) -> _Plan:
        typed = {m.group().replace("’", "'").replace("ʼ", "'"): m.group() for m in _TYPED_APOSTROPHE.finditer(doc.text)}
        if "'" in doc.text or typed:
            doc = replace(doc, text=_reading_text(doc.text))
        language = doc.language if doc.language in LANGUAGES else "en"
        sentences = split(doc.text, language)
        if language in READS_SEVERAL_SENTENCES:
            sentences = join_signed_quotations(doc.text, sentences)
        languages = [_sentence_language(doc.text[s.start:s.end], language) for s in sentences]
        return _Plan(doc, sentences, languages, names=document_names(doc, sentences), typed=typed)

    def _read(self, plan: _Plan) -> list[ClaimMention]:
        doc, sentences, parsed = plan.doc, plan.sentences, plan.parsed
        resolvers = {lang: SourceResolver(lexicon(lang)) for lang in set(plan.languages)}
        mentions: list[ClaimMention] = []
        echoes: dict[str, _Echo] = {}
        own_voice: dict[int, ClaimMention] = {}  # sentence index -> its own-voice mention
        previous_found: list[ClaimMention] = []  # the mentions of the sentence before
        # the attributed mentions of the last sentence that had any, and that sentence's index
        previous_attributed: list[ClaimMention] = []
        attributed_at = -1
        hedge_only: set[int] = set()  # sentences that only hedge the claims before them
        absorbed: set[int] = set()  # sentences that turned out to continue a quotation
        for k, sentence in enumerate(sentences):
            if k in absorbed:
                continue
            lang = plan.languages[k]
            lex = lexicon(lang)
            found: list[ClaimMention] = []
            resolver = resolvers[lang]
            resolver.begin_sentence(sentence.start)
            signed = self._byline(doc, sentences, k, lang, lex, resolver, echoes)
            if signed is not None:
                first, mention = signed
                for j in range(first, k):
                    if j in own_voice:
                        mentions.remove(own_voice.pop(j))
                mentions.append(mention)
                continue
            if k in parsed:
                atts = attributions(parsed[k], lex)
                if k > 0 and k - 1 not in parsed and any(resolver.points_back(parsed[k], a.source) for a in atts):
                    # "… Voevoda’s report … ‘…,’ he wrote": find who "he" is in the sentence before
                    # (or "the woman", "the analyst")
                    parsed[k - 1] = parse(doc.text, [sentences[k - 1]], lang)[0]
                    resolver.note_people(parsed[k - 1])
                for att in atts:
                    resolved = None
                    if att.extra.get("dropped"):
                        # "Говорит, всю ночь бахало" after "У меня мать в Ивняках, …": the one the
                        # sentence before named says it
                        if k == 0:
                            continue
                        if k - 1 not in parsed:
                            parsed[k - 1] = parse(doc.text, [sentences[k - 1]], lang)[0]
                        named = dropped_subject(parsed[k - 1], lex, parsed[k].tokens[att.cue_tokens[0]].gender)
                        resolved = resolver.resolve(parsed[k - 1], named, "nom") if named else None
                        if resolved is None:
                            continue
                    mention = self._mention(doc, parsed[k], lex, resolver, att, echoes,
                                            sentences[k - 1] if k else None, sentences[k + 1:], resolved)
                    if mention is None:
                        continue
                    for j in [j for j in own_voice if sentences[j].end > mention.content_start]:
                        mentions.remove(own_voice.pop(j))  # the quote was someone's, not the author's
                    mention = _continue_quotation(doc, mention, sentences, k, lex, parsed[k])
                    mention = _open_quotation(doc, mention, sentences, k)
                    mention = _speaker_turn(doc, mention, sentences, k)
                    # the sentences its words run on into are the speaker's, not the author's
                    absorbed.update(j for j in range(k + 1, len(sentences))
                                    if sentences[j].start < mention.content_end)
                    found.append(mention)
                resolver.note_people(parsed[k])
            echoed = [e for e in echoes.values() if sentence.start <= e.p.sentence.start < sentence.end]
            piece = doc.text[sentence.start:sentence.end]
            said_of = _hedges_of_the_claim_before(piece, lex) if not found and not echoed else []
            hedged_claims = previous_found
            if said_of and previous_attributed and all(m.source_kind == "author" for m in previous_found) and \
                    k - attributed_at <= 2 and _has_word_of(piece, lex, "claim_noun"):
                # "X said …. It gave no details. Wire could not verify either account.": the
                # accounts are what sources said, not the writer's sentence between
                hedged_claims = previous_attributed
            if said_of and _has_word_of(piece, lex, "both"):
                # "… could not verify either account", "Обе версии проверить не удалось": the
                # sides' claims so far, not only those of the sentence before
                hedged_claims = [m for m in mentions if m.source_kind != "author"]
            said_of = said_of if hedged_claims else []
            if said_of:
                # "… said X. The claim could not be independently verified.": the sentence
                # hedges the claims before it, and is no claim of the author's
                rehedged = []
                renewed: dict[int, ClaimMention] = {}  # id of a mention hedged -> its hedged self
                for m in hedged_claims:
                    at = next((n for n, x in enumerate(mentions) if x is m), None)
                    if at is None:
                        continue  # (taken back since: a quotation that turned out signed)
                    hedges = [*m.hedges, *(h for h in said_of if h.lower() not in {x.lower() for x in m.hedges})]
                    hedged = replace(m, hedges=tuple(hedges))
                    mentions[at] = hedged
                    for echo in echoes.values():
                        if echo.claim is m:
                            echo.claim = hedged
                    rehedged.append(hedged)
                    renewed[id(m)] = hedged
                previous_found = rehedged  # (a second such sentence hedges them too)
                previous_attributed = [renewed.get(id(m), m) for m in previous_attributed]
                hedge_only.add(k)
                continue
            if not found and not echoed and not (k in parsed and _has_denial_only(parsed[k], lex)):
                own = _own_voice(doc, sentence.start, sentence.end, lex, lang)
                if own:
                    found.append(own)
                    own_voice[k] = own
            for echo in echoed:
                if echo.claim is None:
                    # (past a sentence that only hedged the claim: "X утверждает Y. Эту информацию
                    # не удалось проверить. Власти назвали эти сообщения ложью.")
                    before = next((sentences[j] for j in range(k - 1, -1, -1) if j not in hedge_only), None)
                    echo.claim = _echoed_claim(doc, echo, [*mentions, *found], before)
            mentions.extend(found)
            previous_found = found
            if any(m.source_kind != "author" for m in found):
                previous_attributed, attributed_at = [m for m in found if m.source_kind != "author"], k
        mentions += [_echo_mention(doc, echo) for echo in echoes.values() if echo.claim is not None]
        return [replace(m, context=plan.names) for m in mentions]

    def _byline(self, doc: Document, sentences: list[Sentence], k: int, lang: str, lex: Lexicon,
                resolver: SourceResolver, echoes: dict[str, _Echo]) -> tuple[int, ClaimMention] | None:
        """A quotation that sentence ``k`` signs ("… our greatest shame.” ― Sonya Herridge"):
        (the quotation's first sentence, the mention), or None. The quotation's sentences
        are parsed as one. (One of them may quote someone in its turn: "During the debate
        Trump said …" stays Trump's, inside the signed quotation.)"""
        lo = sentences[k - 1].start if k else sentences[k].start
        found = BYLINE.search(doc.text, lo, sentences[k].end)
        if found is None or not found.group(2)[0].isupper() or _has_cue(found.group(2), lex):
            return None  # '«…», — сказал губернатор.' is an inverted cue, read as such
        quote_end = found.start(1)
        for first in range(k, max(-1, k - 1 - _QUOTED_SENTENCES), -1):
            opened = _opening_quote(doc.text, sentences, first)
            if opened is not None and opened < quote_end:
                break
        else:
            return None
        span = Sentence(opened, sentences[k].end, sentences[k].language)
        p = parse(doc.text, [span], lang)[0]
        att = read_byline(p)
        mention = self._mention(doc, p, lex, resolver, att, echoes, None) if att else None
        return (first, mention) if mention else None

    def _mention(self, doc: Document, p: Parsed, lex: Lexicon, resolver: SourceResolver, att: Attribution,
                 echoes: dict[str, _Echo], previous: Sentence | None,
                 following: list[Sentence] | tuple[Sentence, ...] = (),
                 resolved: SourceInfo | None = None) -> ClaimMention | None:
        """``resolved``: the source, when it was found outside the sentence."""
        source = resolved or resolver.resolve(p, att.source, _source_case(att, lex), _speaker_gender(p, att))
        if source is None:
            return None
        if att.extra.get("body") and source.kind in ("person", "crowd"):
            # a name set off after what it is, that is no person: "…, according to its
            # owner, Piraeus-based Aegean Meridian Shipping"
            source = resolver.retype(source, "organization")
        if att.extra.get("labelled") and previous is None:
            # "«Это провокация», — сказал X" opening the text: nothing before it to deny
            att = replace(att, content=att.extra["said"], denial_of_previous=False)
        if att.denial_of_previous or att.confirms_previous:
            echoes[source.name] = _Echo(p, lex, att, source)
            return None
        tokens = p.tokens
        if not att.content and att.extra.get("previous") and previous is not None:
            # "Об этом сообщил губернатор": what he reported is the sentence before
            if doc.text[previous.start:previous.end].rstrip().rstrip(_QUOTE_CHARS).endswith("?"):
                return None  # a question before it says what it is about, not what he said
            start, end = _sentence_words(doc, previous)
            label = _LINE_LABEL.match(doc.text, start, end)
            if label:
                start = label.end()  # "❗️Степногірськ: за попередніми даними, …": the post's place label
            return self._build(doc, p, lex, att, source, doc.text[start:end], start, end, echoes)
        if not att.content:
            announced = _announced(doc.text, p, att, following)
            if announced is not None:
                # "The governor added:" ending its sentence: the words are in the next
                a_start, a_end = announced
                return self._build(doc, p, lex, att, source, doc.text[a_start:a_end].strip(_QUOTE_CHARS),
                                   a_start, a_end, echoes)
            quoted = _quotation_ending(doc.text, previous)
            if quoted is None or not _bare_attribution(p, att):
                return None
            # '“How many times …?” ¶ Clinton said.': the quotation is the sentence before
            q_start, q_end = quoted
            return self._build(doc, p, lex, att, source, doc.text[q_start:q_end].strip(" \"'«»“”‘’"),
                               q_start, q_end, echoes)
        content = _join(p, att.content)
        if len(_WORD.findall(_LINK_PART.sub(" ", content))) < 1:
            return None  # nothing said but a link ("ESA анонсировало миссию https://…": its tail)
        if att.entry is not None and "clausal" in att.entry.tags and att.phrase != "as" and \
                att.content[0] > att.cue_tokens[1] and not _introduced(p, lex, att):
            # "передал мошенникам 85 000 000 рублей": handed over, not passed on; "жалуются
            # на отравление": what about, not what (words before the cue, "…, — передает X",
            # or "как передает X" are always said)
            return None
        c_start, c_end = tokens[att.content[0]].start, tokens[att.content[-1]].end
        opened = _quote_opened_before(doc.text, p.sentence.start, c_start, tokens[att.cue_tokens[0]].start, previous)
        if opened is not None:
            # a quotation that began in the sentence before: "‘A. B,’ he wrote"
            content = f"{doc.text[opened:previous.end].strip()} {content}"
            c_start = opened
        return self._build(doc, p, lex, att, source, content, c_start, c_end, echoes)

    def _build(self, doc: Document, p: Parsed, lex: Lexicon, att: Attribution, source: SourceInfo, content: str,
               c_start: int, c_end: int, echoes: dict[str, _Echo]) -> ClaimMention:
        tokens = p.tokens
        cue_start, cue_end = tokens[att.cue_tokens[0]].start, tokens[att.cue_tokens[1]].end
        hedges = _hedges(p, lex, att, content)
        stance = _stance(p, lex, att, content)
        # what X says next is what X meant ("X disputed those reports. «…», X said"); what X
        # adds is another claim, and the denial stands on its own ("X called the allegation
        # absurd, adding that …")
        adds = att.entry is not None and att.entry.lemma in lex.words("additive")
        echo = None if adds else echoes.pop(source.name, None)
        if stance == "supports" and echo is not None and echo.att.denial_of_previous:
            stance = "denies"  # "X disputed those reports. «…», X said."
        return ClaimMention(
            id=_mention_id(doc.id, c_start, c_end, cue_start),
            document_id=doc.id,
            sentence_start=p.sentence.start,
            sentence_end=p.sentence.end,
            source=source.name,
            source_kind=source.kind,
            cue=doc.text[cue_start:cue_end],
            content=content,
            content_start=c_start,
            content_end=c_end,
            language=lex.language,
            source_start=source.start,
            source_end=source.end,
            cue_start=cue_start,
            cue_end=cue_end,
            hedges=tuple(hedges),
            stance=stance,
            quantities=tuple(quantities(p, lex, c_start, c_end)),
            entities=tuple(_entities(p, c_start, c_end)),
            predicates=_predicates(p, att.content),
        )


def _echoed_claim(doc: Document, echo: _Echo, mentions: list[ClaimMention],
                  previous: Sentence | None) -> ClaimMention | None:
    """What the "это" of a denial or confirmation points at: the last claim of another
    source before its cue in its sentence,
    or, when the echo opens its sentence, of the sentence before ("X, но Microsoft
    отрицает это" denies X, said by someone or not, never the sentence before), or that
    sentence itself when it made no mention ("Серед загиблих є військові. Мер назвав це
    брехнею": too little for the author's claim, but what the mayor denies)."""
    tokens, att = echo.p.tokens, echo.att
    pointing = echo.lex.words("anaphoric")  # "Цю інформацію підтвердили в …" opens its sentence too
    opens = att.extra.get("opens") or sum(t.pos not in ("PUNCT", "CCONJ", "ADV") and t.text.lower() not in pointing
                                          for t in tokens[:min([*att.source, att.cue_tokens[0]])]) < 2
    since = previous.start if opens and previous is not None else echo.p.sentence.start
    cue_start = tokens[att.cue_tokens[0]].start
    # (not the speaker's own: "Песков сказал, что …, и назвал эти сообщения фейком" labels
    # reports of others)
    before = [m for m in mentions if since <= m.sentence_start and m.content_end <= cue_start
              and m.source != echo.source.name]
    if before:
        return before[-1]
    if not opens or previous is None or any(m.sentence_start == previous.start for m in mentions):
        return None
    start, end = _sentence_words(doc, previous)
    if start >= end or doc.text[previous.start:previous.end].rstrip().endswith("?"):
        return None
    lex = echo.lex
    figures = tuple(quantities(tokens_only(doc.text, previous, lex.language), lex, start, end))
    return _author_claim(doc, previous, start, end, lex.language, source="", figures=figures)


def _sentence_words(doc: Document, sentence: Sentence) -> tuple[int, int]:
    """Where a sentence's words begin and end, without the spaces around them and its full
    stop."""
    words = doc.text[sentence.start:sentence.end]
    return sentence.start + len(words) - len(words.lstrip()), sentence.start + len(words.rstrip().rstrip("."))


def _echo_mention(doc: Document, echo: _Echo) -> ClaimMention:
    """The mention of a denial or confirmation of what was said before ("В ВСУ это
    опровергают", "The regional police confirmed this") whose source says nothing more in
    the document: the claim's words, quantities, entities and predicates, with the echo's
    source, cue, hedges and stance (a label says which: "назвали пропагандой" denies,
    "назвали правильным решением" does not; "не подтвердили" is neutral)."""
    p, att, source, claim = echo.p, echo.att, echo.source, echo.claim
    cue_start, cue_end = p.tokens[att.cue_tokens[0]].start, p.tokens[att.cue_tokens[1]].end
    own_words = doc.text[p.sentence.start:p.sentence.end]
    return replace(claim, id=_mention_id(doc.id, claim.content_start, claim.content_end, cue_start),
                   sentence_start=p.sentence.start, sentence_end=p.sentence.end, source=source.name,
                   source_kind=source.kind, cue=doc.text[cue_start:cue_end], language=echo.lex.language,
                   source_start=source.start, source_end=source.end, cue_start=cue_start, cue_end=cue_end,
                   hedges=tuple(_hedges(p, echo.lex, att, "")), stance=_stance(p, echo.lex, att, own_words),
                   checkworthiness=None)


_QUOTE_CHARS = " \"'«»“”‘’„"
# a post's label: emoji, then one or two capitalised words and a colon, before words of its own
_LINE_LABEL = re.compile(r"[^\w«\"“„]*[A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:\s[A-ZА-ЯЁІЇЄҐ][\w'’-]*)?:\s+(?=\S+\s+\S+\s+\S)")
_QUOTED_SENTENCES = 10  # how far a quotation across sentences may go on
_CLOSING = "’”»\""


def _unopened_close(between: str) -> int | None:
    """The first closing mark in ``between`` that closes no quotation opened in it (a
    quotation inside another closes first: «… „немає транспорту“», — розповіла X)."""
    opened: list[str] = []
    for i, c in enumerate(between):
        if c in _CLOSING and not _apostrophe(between, i):
            if opened and c in CLOSED_BY.get(opened[-1], ""):
                opened.pop()
                continue
            return i
        if c in OPENING and c != '"':
            opened.append(c)
    return None


def _quote_opened_before(text: str, sentence_start: int, content_start: int, cue_start: int,
                         previous: Sentence | None) -> int | None:
    """Where a quotation that ends before the cue was opened before its sentence, just after
    the opening mark ('"A. B," X said', «A. B, — сказал он. — C»); None when it opens in this
    sentence, or when the content follows its cue (words reported inside a longer quotation:
    «… Он заявил, что A. …»)."""
    if previous is None or cue_start < content_start or any(
            c in OPENING for c in text[sentence_start:content_start]):
        return None
    between = text[content_start:cue_start]
    close = _unopened_close(between)
    after = between[close:] if close is not None else between.rstrip()[-1:]
    if not after or after[0] not in _CLOSING + "—–":
        return None
    mark = after[0]
    openers = OPENED_BY.get(mark, "«“„‘")  # after a dash: any
    closers = mark if mark in _CLOSING else "»”"  # (a quotation inside may close with ’)
    for i in range(sentence_start - 1, max(-1, sentence_start - 1500), -1):
        c = text[i]
        if c == '"' == mark:
            # a straight mark opens before a word and closes after one
            return i + 1 if i == 0 or text[i - 1].isspace() or text[i - 1] in "([" else None
        if c in openers:
            return i + 1
        if c in closers and not _apostrophe(text, i):
            return None  # a quotation closed before this one: not where it opened
    return None


def _apostrophe(text: str, i: int) -> bool:
    """Whether the ’ at ``i`` is an apostrophe (between letters: "isn’t"), not a quote mark."""
    return text[i] == "’" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _quotation_ending(text: str, previous: Sentence | None) -> tuple[int, int] | None:
    """The quotation that makes up the whole previous sentence, if it is one."""
    if previous is None:
        return None
    prev = text[previous.start:previous.end].strip()
    if len(prev) > 2 and prev[0] in OPENING and prev[-1] in _CLOSING:
        return previous.start, previous.end
    return None


def _announced(text: str, p: Parsed, att: Attribution, following) -> tuple[int, int] | None:
    """Where the words announced by a cue and a colon that end their sentence are ("He
    said:", "The governor added:" before a block quotation): a quotation that opens the next
    sentence, to where it closes; otherwise the sentences up to the end of the paragraph
    (a few at most)."""
    cue_end = p.tokens[att.cue_tokens[1]].end
    if not following or text[cue_end:p.sentence.end].strip() != ":":
        return None
    first = text[following[0].start:following[0].end]
    if not first.strip():
        return None
    start = following[0].start + len(first) - len(first.lstrip())
    if text[start] in OPENING:
        found = _closing(text, following, 0, start)
        return (start, found[1] + 1) if found else None
    return start, _paragraph_end(text, following, 0)


def _paragraph_end(text: str, sentences, k: int) -> int:
    """Where the paragraph that sentence ``k`` is in ends, a few sentences on at most."""
    end = sentences[k].end
    for before, s in pairwise(sentences[k:k + _QUOTED_SENTENCES]):
        if "\n" in text[before.end:s.start]:
            break
        end = s.end
    return end


def _introduced(p: Parsed, lex: Lexicon, att: Attribution) -> bool:
    """Whether the words after a cue open with "что", "що", "that", a colon, a dash or a
    quotation mark: what a cue with a second sense that takes a thing needs to say something."""
    between = p.tokens[att.cue_tokens[1] + 1:att.content[0] + 1]
    return any(t.text.lower() in lex.words("mark") or t.text in _QUOTE_CHARS + ":—–" for t in between)


def _bare_attribution(p: Parsed, att: Attribution) -> bool:
    """"Clinton said." / "he added on Monday.": nothing but the source, the cue and adverbs."""
    used = set(att.source) | set(range(att.cue_tokens[0], att.cue_tokens[1] + 1))
    rest = [t for t in p.tokens if t.i not in used and t.pos not in ("PUNCT",)]
    return len(rest) <= 3 and all(t.pos in ("ADV", "ADP", "NOUN", "PROPN", "NUM", "DET") for t in rest)


# a closing quotation mark, a comma and a dash: a quotation signed after it ('…", - говорится')
_SIGNED_AFTER_QUOTE = re.compile("[\"»”'][ \t]*,?[ \t]*[-—–][ \t]*(?=\\w)")


def _continue_quotation(doc: Document, mention: ClaimMention, sentences: list[Sentence], k: int, lex: Lexicon,
                        p: Parsed) -> ClaimMention:
    """'“A,” Caddell said. “B.”': B is more of the same quotation, as news writing has it
    (a quote that opens a sentence with no cue of its own continues the last speaker).
    Also after a speaker's title or a time and place ("said Rep. X, head of the caucus",
    "said in an interview on Monday"), not after an attribution that goes on with another
    action ("…, speaking on condition of anonymity", "…, clapping"): what follows that is
    no longer plainly the same turn. Only into sentences that open a quote and have no cue."""
    if mention.cue_end is None or mention.content_end > mention.cue_start:
        return mention  # the content is not a quotation before the cue
    if _goes_on(p, lex, mention.cue_start, mention.cue_end):
        return mention
    j = k + 1
    text = doc.text[sentences[j].start:sentences[j].end] if j < len(sentences) else ""
    if not text.strip() or text.lstrip()[0] not in OPENING:
        return mention
    found = _closing(doc.text, sentences, j, sentences[j].start + len(text) - len(text.lstrip()))
    if found is None:
        return mention
    last, close = found
    if _has_cue(doc.text[close:sentences[last].end], lex):
        return mention  # '“…,” he added.': a new attribution, not more of this one
    paragraph = doc.text[close:doc.text.find("\n", close) if "\n" in doc.text[close:] else len(doc.text)]
    signed = _SIGNED_AFTER_QUOTE.search(paragraph)
    if signed and _has_cue(paragraph[signed.end():], lex):
        # '"… ЗРПК "Панцирь", одна – достигла цели", - говорится в сообщении': a quotation
        # with quotation marks inside closes later, with a cue of its own
        return mention
    pieces = [*(doc.text[sentences[i].start:sentences[i].end] for i in range(j, last)),
              doc.text[sentences[last].start:close]]
    content = " ".join([mention.content, *(piece.strip().strip(_QUOTE_CHARS) for piece in pieces)])
    return replace(mention, content=content, content_end=close)


def _open_quotation(doc: Document, mention: ClaimMention, sentences: list[Sentence], k: int) -> ClaimMention:
    """'Trump said: "I am honored. We fought the battle."': a quotation that opens after
    the cue (first, or resumed after it: '"A," he said, "and B. C."') and does not close in
    its sentence goes on to where it closes, a few sentences on at most; those sentences
    are the speaker's, not the author's."""
    sentence = sentences[k]
    if mention.cue_end is None:
        return mention
    if mention.content_start < mention.cue_end < mention.content_end:
        # resumed after the cue: '"A," Mr. Obama said, "and B. C. D."'
        after = doc.text[mention.cue_end:mention.content_end]
        opened = next((mention.cue_end + i for i, c in enumerate(after) if c in OPENING), None)
    else:
        before = doc.text[sentence.start:mention.content_start].rstrip()
        if mention.content_start < mention.cue_end or not before or before[-1] not in OPENING:
            return mention
        opened = sentence.start + len(before) - 1
    if opened is None:
        return mention
    found = _closing(doc.text, sentences, k, opened)
    if found is not None and found[0] > k:
        end = found[1]
        return replace(mention, content=mention.content + doc.text[mention.content_end:end].rstrip(), content_end=end)
    return mention  # closed in its sentence, or never: not sure where it ends


def _speaker_turn(doc: Document, mention: ClaimMention, sentences: list[Sentence], k: int) -> ClaimMention:
    """'PENCE: Well, look, … . But this is America. …': in a transcript, a speaker named in
    capitals before a colon says the whole paragraph (a few sentences at most). The name
    as written: "PENCE" resolves to the Mike Pence named earlier."""
    written = mention.source if mention.source_start is None else doc.text[mention.source_start:mention.source_end]
    name = [c for c in written if c.isalpha()]
    # (English transcripts: a Russian or Ukrainian post headed "ДСНС:" or "МЧС:" is a body's
    # announcement, whose next sentences are mostly the channel's own)
    if mention.cue != ":" or len(name) < 2 or not all(c.isupper() for c in name) or mention.language != "en":
        return mention
    if k + 1 < len(sentences) and sentences[k + 1].start < mention.content_end:
        return mention  # its words already run on (a quotation)
    end = _paragraph_end(doc.text, sentences, k)
    if end <= sentences[k].end:
        return mention  # a paragraph of one sentence
    rest = doc.text[mention.content_end:end].rstrip().rstrip(_QUOTE_CHARS)
    return replace(mention, content=mention.content + rest, content_end=mention.content_end + len(rest))


_DOUBLED_APOSTROPHE = re.compile(r"''(?=(\w)?)")


# A quotation typed with straight single marks: opening before a word (not inside one),
# closing after a non-space (an apostrophe between letters inside it stays one: "don't"),
# with a space inside (not a single word 'n'), within one paragraph.
_SINGLE_QUOTED = re.compile(r"(?<![\w'])'(?=\w)((?:[^'\n]|(?<=\w)'(?=\w)){2,600}?[^\s'])'(?![\w'])")


_CYRILLIC_APOSTROPHE = re.compile(r"(?<=[а-яіїєґА-ЯІЇЄҐ])[’ʼ](?=[а-яіїєґА-ЯІЇЄҐ])")
_TYPED_APOSTROPHE = re.compile(r"[а-яіїєґА-ЯІЇЄҐ]+(?:[’ʼ][а-яіїєґА-ЯІЇЄҐ]+)+")
_READ_APOSTROPHE = re.compile(r"[а-яіїєґА-ЯІЇЄҐ]+(?:'[а-яіїєґА-ЯІЇЄҐ]+)+")


def _as_typed(mentions: list[ClaimMention], typed: dict[str, str]) -> list[ClaimMention]:
    """The mentions with the words extraction read with a plain apostrophe as the text has
    them ("з’ясував")."""
    if not typed:
        return mentions

    def back(text: str | None) -> str | None:
        return _READ_APOSTROPHE.sub(lambda m: typed.get(m.group(), m.group()), text) if text and "'" in text else text

    return [replace(m, content=back(m.content), source=back(m.source), cue=back(m.cue),
                    hedges=tuple(back(h) for h in m.hedges),
                    quantities=tuple(replace(q, text=back(q.text)) for q in m.quantities),
                    entities=tuple(replace(e, text=back(e.text), normal=back(e.normal)) for e in m.entities))
            for m in mentions]


def _reading_text(text: str) -> str:
    """The text as extraction reads it: a doubled apostrophe, which some newsrooms typeset
    for a double quotation mark (''That makes me smart,'' he said), is one, opening before
    a word and closing after; a quotation in straight single marks ('We hold,' he said) is
    one in typographic marks. Of the same length, so offsets still index the stored text."""
    if "''" in text:
        text = _DOUBLED_APOSTROPHE.sub(lambda m: ' "' if m.group(1) else '" ', text)
    # an apostrophe inside a Ukrainian word, typeset as a closing mark or a modifier letter
    # ("з’ясував", "Кам’янка"), is the one the dictionaries and lexicons know, not a quotation's
    text = _CYRILLIC_APOSTROPHE.sub("'", text)
    if "'" not in text:
        return text
    return _SINGLE_QUOTED.sub(lambda m: f"‘{m.group(1)}’" if _primary_single(text, m) else m.group(), text)


def _primary_single(text: str, m: re.Match) -> bool:
    """Whether straight single marks are a paragraph's quotation marks: around more than one
    word, in a paragraph with no double marks (where they are quotations inside quotations:
    "…, he said, 'Our approach hasn't worked,'" Mitchell recalled)."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    paragraph = text[start:end if end >= 0 else len(text)]
    return " " in m.group(1) and not any(mark in paragraph for mark in '"“”«»')


def _opening_quote(text: str, sentences: list[Sentence], j: int) -> int | None:
    """Where the quotation that sentence ``j`` opens with begins: its first character, or
    the mark just before it (the splitter leaves a mark it takes for closing, "”Fear. …",
    between sentences)."""
    start = sentences[j].start
    if text[start] in OPENING:
        return start
    gap_start = sentences[j - 1].end if j else 0
    gap = text[gap_start:start].rstrip()
    return gap_start + len(gap) - 1 if gap and gap[-1] in OPENING + "”" else None


def _closing(text: str, sentences, k: int, opened: int) -> tuple[int, int] | None:
    """Where the quotation whose opening mark is at ``opened`` (in or just before sentence
    ``k``) closes: (the sentence, the offset of the closing mark), a few sentences on at
    most. A ’ between letters is an apostrophe. A typographic quotation with no mark of its
    own to close it may close with a straight one (“…" : text pasted between editors)."""
    marks = CLOSED_BY.get(text[opened], _CLOSING)
    for closing in (marks, '"'):
        for j in range(k, min(k + 1 + _QUOTED_SENTENCES, len(sentences))):
            for i in range(max(sentences[j].start, opened + 1), sentences[j].end):
                if text[i] in closing and not _apostrophe(text, i) and not _reopens_paragraph(text, i):
                    return j, i
        if '"' in marks:
            break
    return None


def _reopens_paragraph(text: str, i: int) -> bool:
    """A straight quotation mark that opens a paragraph: a quotation that runs over
    several paragraphs opens each of them and closes only the last."""
    line = text.rfind("\n", 0, i)
    return text[i] in "\"'" and line >= 0 and not text[line + 1:i].strip()


def _goes_on(p: Parsed, lex: Lexicon, cue_start: int, cue_end: int) -> bool:
    """Whether the attribution goes on with another action: a verb after the cue that
    depends on the cue as an adverbial clause or a second predicate ("…, speaking on
    condition of anonymity"). Without a parse (Ukrainian), a verb after the cue's comma."""
    cue = {t.i for t in p.tokens if cue_start <= t.start < cue_end}
    after = [t for t in p.tokens if t.start >= cue_end]
    if p.has_deps:
        # (a verb joined with "and" after a relative clause about the speaker, with no subject
        # of its own, goes on with that clause: "said X, who helmed …, and has backed …")
        relative = next((t.i for t in after if t.dep in ("relcl", "acl:relcl")), None)
        return any(t.pos == "VERB" and t.dep in ("advcl", "conj") and t.head in cue and not _circumstance(p, lex, t)
                   and not (t.dep == "conj" and relative is not None and relative < t.i and not any(
                       p.tokens[k].dep in ("nsubj", "nsubjpass") for k in p.children(t.i)))
                   for t in after)
    return any(t.pos == "VERB" and any(u.text == "," for u in after if u.i < t.i) for t in after)


def _circumstance(p: Parsed, lex: Lexicon, verb) -> bool:
    """An adverbial clause that says when the speaker spoke, not what else they did: it has
    a subject of its own or opens with a time word ("said after Pagliano failed to show
    up", "said after meeting Putin"; not "said, emphasizing why …")."""
    kids = [p.tokens[k] for k in p.children(verb.i)]
    return verb.dep == "advcl" and any(
        k.dep in ("nsubj", "nsubjpass") or (k.dep == "mark" and k.text.lower() in lex.words("time_mark"))
        for k in kids)


_NAME = re.compile(r"[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]{2,}")


def document_names(doc: Document, sentences: list[Sentence]) -> tuple[str, ...]:
    """Skeletons of the capitalised words a document uses inside its sentences (not the
    first word of each, which is capitalised anyway), and of its title: the places and
    people the document is about, for linking."""
    from claimledger.link.keys import skeleton

    found: set[str] = set()
    for s in sentences:
        text = doc.text[s.start:s.end]
        first = _WORD.match(text.lstrip(_QUOTE_CHARS + "-—–•*#"))
        for m in _NAME.finditer(text):
            if first is None or m.start() > first.end() + (len(text) - len(text.lstrip(_QUOTE_CHARS + "-—–•*#"))):
                found.add(skeleton(m.group()))
    for word in _NAME.findall(doc.title or ""):
        found.add(skeleton(word))
    return tuple(sorted(found - {""}))


def _sentence_language(sentence: str, document_language: str) -> str:
    """A post may mix languages: a sentence in the other script gets its own."""
    cyrillic, latin = len(_CYRILLIC.findall(sentence)), len(_LATIN.findall(sentence))
    if document_language in ("ru", "uk") and latin > 3 * max(cyrillic, 1) and latin > 12:
        return "en"
    if document_language == "en" and cyrillic > 3 * max(latin, 1) and cyrillic > 12:
        found = detect(sentence)
        return found if found in LANGUAGES else "ru"
    if document_language in ("ru", "uk") and cyrillic > 12:
        # only letters the other language alone has switch a sentence: cheap, and a short
        # sentence without them is too little evidence to overrule the whole document
        other = "uk" if document_language == "ru" else "ru"
        letters = set(sentence)
        if letters & _EXCLUSIVE[other] and not letters & _EXCLUSIVE[document_language]:
            return other
    return document_language


def _has_cue(sentence: str, lex: Lexicon) -> bool:
    lower = sentence.lower()
    words = _WORD.findall(lower)
    if any(w in lex.forms or w in lex.words("reported_speech") for w in words):
        return True  # (or a particle of reported speech: "…, мол, …")
    return _phrase_screen(lex.language).search(lower) is not None


@lru_cache(maxsize=8)
def _phrase_screen(language: str) -> re.Pattern[str]:
    """The cue phrases of a language as whole words ("per" is not in "improper")."""
    # ("as"/"как" alone waits for its verb; "put it" is one)
    found = sorted(((p, kind) for p, kind in lexicon(language).phrases.items() if kind != "as" or " " in p),
                   key=lambda pk: len(pk[0]), reverse=True)
    # (a preposition's phrase may hold a word after the preposition: "за попередніми даними
    # слідства", see attribution._phrase_cues; or two: "По их же данным")
    patterns = [re.escape(p).replace(r"\ ", r"\s+(?:[^\W\d_]+\s+){0,2}", 1) if kind == "prep" else re.escape(p)
                for p, kind in found]
    # (letters and digits bound a word; an underscore of Markdown, "__По словам", does not)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(patterns) + r")(?![^\W_])")


def _has_verb_cue(sentence: str, lex: Lexicon) -> bool:
    return any(w in lex.forms for w in _WORD.findall(sentence.lower()))


def _source_case(att: Attribution, lex: Lexicon) -> str:
    """The case the cue puts its source in: the subject of a verb (or of "как сообщил")
    is in the nominative, "по словам X" takes the genitive, "как стало известно X" the
    dative (role ``dative_cue``), "со ссылкой на X" the accusative (role
    ``accusative_cue``); "" for a colon and the like."""
    if att.phrase == "prep":
        cue = att.cue.lower()
        return "dat" if cue in lex.words("dative_cue") else "acc" if cue in lex.words("accusative_cue") else "gen"
    return "nom" if att.entry is not None else ""


def _speaker_gender(p: Parsed, att: Attribution) -> str:
    """The gender a cue verb in the past tense gives its speaker ("заявила": "f"), or ""."""
    if att.entry is None or p.sentence.language not in ("ru", "uk"):
        return ""
    cue = p.tokens[att.cue_tokens[0]]
    return cue.gender if cue.pos == "VERB" and cue.gender in ("m", "f") else ""


def _has_denial_only(p: Parsed, lex: Lexicon) -> bool:
    """A sentence whose cue denies or labels what was said before ("Moscow dismissed these
    reports", "В Кремле эти заявления назвали фейком") is stance, not the author's claim."""
    cues = [lex.cue_for(t.text, t.lemma) for t in p.tokens]
    if any(cue is not None and cue.denial for cue in cues):
        return True
    # a label that denies: "назвали фейком", "called it disinformation"
    return any(cue is not None and cue.labels for cue in cues) and any(
        t.lemma.lower() in lex.denials or t.text.lower() in lex.denials for t in p.tokens)


def _join(p: Parsed, idx: list[int]) -> str:
    """The text of possibly non-contiguous tokens: contiguous runs sliced from the
    document, runs joined by a space."""
    runs: list[list[int]] = []
    for i in idx:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    text = " ".join(p.span_text(r[0], r[-1]) for r in runs)
    # a parenthetical taken out leaves its commas behind: "The strikes, , targeted"
    text = _DOUBLED_PUNCT.sub(r"\1", text)
    core = text.strip(" \"'«»“”‘’")
    # (but a quotation it opens and closes at its end stays closed: "знищили «склад пального»")
    tail = text.rstrip()[text.find(core) + len(core):] if core else ""
    for mark in tail:
        if not closes_open_quotation(core, mark):
            break
        # (without the punctuation set inside it before the cue: '“smart as hell,” he wrote')
        core = core.rstrip(",;:.") + mark
    return core


def _hedges(p: Parsed, lex: Lexicon, att: Attribution, content: str) -> list[str]:
    found: list[str] = []
    if att.entry is not None and att.entry.hedge:
        found.append(p.span_text(*att.cue_tokens))
    # the words right around the cue ("reportedly said", "allegedly told")
    first, last = att.cue_tokens
    near = p.text[p.tokens[max(0, first - 2)].start:p.tokens[min(len(p.tokens) - 1, last + 2)].end]
    found += lex.hedges_in(near)
    between = range(last + 1, att.content[0]) if att.content else range(0)
    if between and not any(p.tokens[i].text.lower() in lex.words("declarative_mark") for i in between[1:-1]):
        # and an aside between the cue and its words ("said, without providing evidence, that …";
        # not the claim before it, of "said that A and that B")
        found += lex.hedges_in(p.text[p.tokens[last + 1].start:p.tokens[att.content[0] - 1].end])
    found += lex.hedges_in(content)
    found += lex.hedges_in(_said_of_it(p, lex, att))
    # and the words in small letters that qualify the source: "Unverified reports on social
    # media suggest …", "неподтверждённые данные"
    found += lex.hedges_in(" ".join(p.tokens[i].text for i in att.source if p.tokens[i].text.islower() or i == 0))
    seen: list[str] = []
    for h in found:
        if h.lower() not in (s.lower() for s in seen):
            seen.append(h)
    return seen


def _has_word_of(sentence: str, lex: Lexicon, role: str) -> bool:
    """Whether a sentence has a word of a role of ``function_words.txt``: a word for a claim
    (``claim_noun``: "the account", "ці заяви"), or for the sides' claims at once (``both``:
    "either account", "обе версии")."""
    return any(w in lex.words(role) for w in _WORD.findall(sentence.lower()))


def _hedges_of_the_claim_before(sentence: str, lex: Lexicon) -> list[str]:
    """The hedges of a sentence that only speaks of the claim before it: it opens with a
    word pointing back ("The claim could not be independently verified.", "Ці дані
    неможливо перевірити незалежно.", "This has not been confirmed.") and has a hedge, or
    a hedge is most of it ("Официального подтверждения пока нет.")."""
    words = _WORD.findall(sentence.lower())
    if not 1 <= len(words) <= 12:
        return []  # (a long sentence says more than that)
    # (after an adverb too: "Официально эта информация не подтверждена"; not "Предположительно,
    # это X", which says X)
    opening = words[1:] if len(words) > 2 and words[0].endswith(("о", "но", "ly")) and \
        words[1] in lex.words("determiner") and words[2] in lex.words("anaphoric") else words
    pointing = opening[0] in lex.words("anaphoric") or (
        opening[0] in lex.words("determiner") and len(opening) > 1 and opening[1] in lex.words("anaphoric"))
    found = lex.hedges_in(sentence)
    # or a hedge with at most three words besides: "Официального подтверждения пока нет.",
    # "There is no official confirmation yet." (not "Footage purportedly showing secondary
    # detonations could not be independently verified.": a claim of its own)
    hedged = sum(len(_WORD.findall(h)) for h in found)
    alone = found and len(words) - hedged <= 3 and hedged * 2 >= len(words)  # (not "Предположительно, это X.")
    return found if pointing or alone else []


def _said_of_it(p: Parsed, lex: Lexicon, att: Attribution) -> str:
    """The end of the sentence after the attribution when it speaks of the claim: "…, a
    claim that could not be independently verified", "…, which has not been confirmed"
    (its hedges are the claim's)."""
    tokens = p.tokens
    last = max([*att.content, *att.source, att.cue_tokens[1]])
    k = last + 1
    if k + 1 >= len(tokens) or tokens[k].text not in (",", "—", "–", ";"):
        return ""  # (";": "… took part; those figures are unconfirmed")
    if comment_on_it(p, lex, k):
        return p.text[tokens[k + 1].start:tokens[-1].end]  # "…, однако эти данные невозможно проверить"
    first = tokens[k + 1]
    pointing = first.text.lower() in lex.words("relative") or (
        first.text.lower() in lex.words("determiner") and k + 2 < len(tokens)
        and tokens[k + 2].lemma.lower() in lex.words("anaphoric"))
    return p.text[first.start:tokens[-1].end] if pointing else ""


def _stance(p: Parsed, lex: Lexicon, att: Attribution, content: str) -> str:
    entry = att.entry
    if (entry is not None and entry.denial) or att.extra.get("labelled") or att.extra.get("denies"):
        # ("«Це фейк», — заявили в ОВА": its words called it false; "назвали вбросом: …")
        return "denies"
    words = {w.lower() for w in _WORD.findall(content)}
    if entry is not None and entry.labels and lex.has_denial_word(words):
        return "denies"
    label = [t.text.lower() for t in p.tokens[att.cue_tokens[1] + 1:att.cue_tokens[1] + 3] if t.pos != "PUNCT"]
    if entry is not None and entry.labels and att.content and att.content[-1] < att.cue_tokens[0] and \
            lex.has_denial_word(set(label)):
        return "denies"  # what was said before the cue, called false right after it: "X в Минобороны назвали фейком"
    if entry is not None and entry.weak and att.content and att.content[0] == att.cue_tokens[1] + 1 and \
            len(att.content) <= 8 and lex.has_denial_word(words):
        # a belief with its object and a label, no clause: "Кремль считает эти обвинения
        # абсурдными" (not "считают, что Россия распространяет фейки")
        return "denies"
    if not (entry is not None and entry.neutral) and _calls_it_false(p, lex, att.content):
        return "denies"
    if entry is not None and entry.neutral:
        return "neutral"
    first, _ = att.cue_tokens
    before = {t.text.lower() for t in p.tokens[max(0, first - 3):first]}
    if before & lex.words("negation") and entry is not None and "confirms" in entry.tags:
        return "neutral"
    return "supports"


def _calls_it_false(p: Parsed, lex: Lexicon, content: list[int]) -> bool:
    """Whether short words say only that something is false or staged: a word of role
    ``false_label`` at their end or after a dash, not the object of a verb ("the video had
    been staged", "Видео с якобы расстрелом — постановка", "це не випадковість, а
    постановка"; not "не распознаёт ложь", "распространяют фейки")."""
    tokens = p.tokens
    words = [i for i in content if tokens[i].pos != "PUNCT"]
    if not words or len(words) > 12:
        return False
    labels = lex.words("false_label")
    for n, i in enumerate(words):
        t = tokens[i]
        if t.text.lower() not in labels and (lex.language == "en" or t.lemma.lower() not in labels):
            continue
        before = tokens[i - 1] if i else None
        if (n >= len(words) - 2 or (before is not None and before.text in ("—", "–", "-"))) and \
                not (before is not None and before.pos == "VERB"):
            return True
    return False


_PREDICATE_POS = ("VERB", "AUX", "ADJ")


def _predicates(p: Parsed, content: list[int]) -> tuple[str, ...]:
    """Lemmas of the content's main predicates: the roots of the content's dependency
    tree and the clauses coordinated with them ("damaged but still standing"). Without a
    parse, every verb and participle of the content."""
    tokens = p.tokens
    inside = set(content)
    if p.has_deps:
        roots = [i for i in content if tokens[i].head not in inside or tokens[i].head == i]
        heads = roots + [k for r in roots for k in p.children(r) if k in inside and tokens[k].dep == "conj"]
        words = [tokens[i] for i in heads if tokens[i].pos in _PREDICATE_POS]
        # a copula's predicate is its complement: "the bridge is still there"
        words += [tokens[k] for i in heads if tokens[i].pos == "AUX"
                  for k in p.children(i) if k in inside and tokens[k].dep in ("acomp", "attr", "advmod", "xcomp")]
    else:
        words = [tokens[i] for i in content if tokens[i].pos in ("VERB", "ADJ") and tokens[i].case in ("", "nom")]
    seen: list[str] = []
    for t in words:
        if t.lemma not in seen:
            seen.append(t.lemma)
    return tuple(seen)


def _entities(p: Parsed, start: int, end: int) -> list[Entity]:
    out = []
    for first, stop, label in p.entities:
        t0, t1 = p.tokens[first], p.tokens[stop - 1]
        if start <= t0.start and t1.end <= end and label in ("PER", "ORG", "LOC", "DATE", "NORP"):
            out.append(Entity(p.text[t0.start:t1.end], label, None, t0.start, t1.end))
    return out


def _mention_id(doc_id: str, start: int, end: int, cue_start: int | None) -> str:
    return "c-" + hashlib.sha256(f"{doc_id}:{start}:{end}:{cue_start}".encode()).hexdigest()[:20]


# -- own voice ---------------------------------------------------------------------------

_PAST_EN = re.compile(r"\b(?:was|were|had|has|have|been|\w+ed)\b", re.I)
_PAST_SLAVIC = re.compile(r"\b\w+(?:л|ла|ло|ли|лся|лась|лись|лося)\b", re.I)
_DIGIT = re.compile(r"\d")


def _own_voice(doc: Document, start: int, end: int, lex: Lexicon, language: str) -> ClaimMention | None:
    text = doc.text[start:end]
    words = _WORD.findall(_LINK.sub(" ", text))  # a link's parts are no words of a claim
    if len(words) < 4:
        return None
    score = checkworthiness(text, words, language, lex)
    if score < 0.3:
        return None
    figures: tuple = ()
    if _DIGIT.search(text) or {w.lower() for w in words} & lex.numbers.keys():
        # "up to 300 residents were evacuated": a figure to set beside what others say
        figures = tuple(quantities(tokens_only(doc.text, Sentence(start, end, language), language), lex, start, end))
    return _author_claim(doc, Sentence(start, end, language), start, end, language, doc.channel or doc.author or "",
                         figures, tuple(lex.hedges_in(text)), score)


def _author_claim(doc: Document, sentence: Sentence, start: int, end: int, language: str, source: str,
                  figures: tuple = (), hedges: tuple[str, ...] = (), score: float | None = None) -> ClaimMention:
    """A claim in the document's own voice: the words ``start``..``end`` of ``sentence``."""
    return ClaimMention(id=_mention_id(doc.id, start, end, None), document_id=doc.id, sentence_start=sentence.start,
                        sentence_end=sentence.end, source=source, source_kind="author", cue="",
                        content=doc.text[start:end], content_start=start, content_end=end, language=language,
                        hedges=hedges, quantities=figures, checkworthiness=score)


def checkworthiness(text: str, words: list[str], language: str, lex: Lexicon | None = None) -> float:
    """How much a sentence in the document's own voice reads like a checkable claim (1)
    rather than commentary (0): numbers, names, events in the past tense count for it;
    first and second person, questions and calls to action count against it."""
    score = 0.2
    lowered = {w.lower() for w in words}
    if _DIGIT.search(TOKEN_RE.sub(" ", text)) or (lex is not None and lowered & lex.numbers.keys()):
        score += 0.3
    if any(w[:1].isupper() for w in words[1:]):
        score += 0.2
    past = _PAST_EN if language == "en" else _PAST_SLAVIC
    if past.search(text):
        score += 0.2
    if lex is not None and lowered & lex.words("person12"):
        score -= 0.3
    if text.rstrip().endswith("?"):
        score -= 0.4
    if lex is not None and any(w in text.lower() for w in lex.words("call_to_action")):
        score -= 0.4
    return round(max(0.0, min(1.0, score)), 2)
