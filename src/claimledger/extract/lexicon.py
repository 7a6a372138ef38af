"""Per-language lexicons, loaded from ``lexicons/<lang>/*.txt`` (format: lexicons/README.md).

Cue verbs are listed by lemma; every inflected form is generated at load time (pymorphy3
for Russian and Ukrainian, regular English inflection plus the irregular forms the file
lists), so a sentence can be screened for cues by looking its words up in one dict before
anything is parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

LANGUAGES = ("en", "ru", "uk")
# What a cue's tags say (lexicons/README.md): it hedges, denies, takes no side, voices a
# belief, reports evidence, names something ("called it a lie"), accuses ("accusing X of Y").
TAGS = ("hedge", "denial", "neutral", "weak", "evidence", "names", "accuse", "confirms", "animate", "clausal", "makes",
        "topical", "carries", "negated")
SOURCE_KIND_FILES = ("anonymous", "crowd", "media", "channel", "official", "organization")


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    tags: frozenset[str] = frozenset()

    @property
    def hedge(self) -> bool:
        return "hedge" in self.tags

    @property
    def denial(self) -> bool:
        return "denial" in self.tags

    @property
    def neutral(self) -> bool:
        return "neutral" in self.tags

    @property
    def weak(self) -> bool:
        return "weak" in self.tags

    @property
    def labels(self) -> bool:
        """"called it a lie", "accusing X of disinformation": the cue characterises."""
        return bool({"names", "accuse"} & self.tags)


@dataclass(slots=True)
class Lexicon:
    language: str
    cues: dict[str, Cue] = field(default_factory=dict)  # lemma -> cue
    forms: dict[str, str] = field(default_factory=dict)  # lower-case word form -> lemma
    phrases: dict[str, str] = field(default_factory=dict)  # lower-case phrase -> type (prep, as)
    hedges: tuple[str, ...] = ()
    approximators: tuple[str, ...] = ()
    kinds: dict[str, frozenset[str]] = field(default_factory=dict)  # source kind -> head words
    titles: frozenset[str] = frozenset()
    # words for one office (title_kin.txt): "омбудсман" is the "уповноважений з прав людини"
    title_kin: tuple[frozenset[str], ...] = ()
    pronouns: dict[str, str] = field(default_factory=dict)  # pronoun -> m / f / pl
    nonsources: frozenset[str] = frozenset()
    units: dict[str, str] = field(default_factory=dict)
    denials: frozenset[str] = frozenset()  # words in a content that make it a denial
    numbers: dict[str, float] = field(default_factory=dict)  # number words -> value
    labels: frozenset[str] = frozenset()  # "Breaking:", "Фото:": a line label, not a source
    function_words: dict[str, frozenset[str]] = field(default_factory=dict)  # role -> words
    _by_first: dict[str, list[tuple[list[str], str]]] | None = None
    _hedge_re: re.Pattern[str] | None = None
    _hedge_lemmas: frozenset[str] | None = None
    _hedge_stem_re: re.Pattern[str] | None = None
    _approx_re: re.Pattern[str] | None = None

    def cue_for(self, word: str, lemma: str | None = None) -> Cue | None:
        """The cue a word (or its lemma) is, if any."""
        found = self.cues.get((lemma or "").lower()) if lemma else None
        if found:
            return found
        base = self.forms.get(word.lower())
        return self.cues.get(base) if base else None

    def phrases_by_first_word(self) -> dict[str, list[tuple[list[str], str]]]:
        """Phrase cues indexed by their first word, longest first."""
        if self._by_first is None:
            index: dict[str, list[tuple[list[str], str]]] = {}
            for phrase, kind in sorted(self.phrases.items(), key=lambda kv: -len(kv[0].split())):
                parts = phrase.split()
                index.setdefault(parts[0], []).append((parts, kind))
            self._by_first = index
        return self._by_first

    def hedges_in(self, text: str) -> list[str]:
        """Hedge words and phrases in ``text``, in order, as written there. In Russian and
        Ukrainian a listed adjective or participle counts in any form ("неподтверждённый":
        "по неподтверждённой информации")."""
        if self._hedge_re is None:
            self._hedge_re = _alternation(self.hedges)
        if not self.hedges:
            return []
        matches = list(self._hedge_re.finditer(text))
        found = [(m.start(), m.group(0)) for m in matches]
        adjectives = self.inflected_hedges()
        if adjectives and self._hedge_stem_re.search(text):
            # (only words that begin as one of them does are looked up: the dictionary is slow)
            found += [(m.start(), m.group(0)) for m in self._hedge_stem_re.finditer(text)
                      if not any(h.start() <= m.start() < h.end() for h in matches)
                      and self.lemma(m.group(0)) in adjectives]
            found.sort()
        return [h for _, h in found]

    def inflected_hedges(self) -> frozenset[str]:
        """The lemmas of the one-word hedges that are adjectives or participles (ru, uk)."""
        if self._hedge_lemmas is None:
            slavic = self.language in ("ru", "uk")
            self._hedge_lemmas = frozenset(
                self.lemma(h) for h in self.hedges
                if slavic and " " not in h and {"ADJF", "PRTF"} & parses(h, self.language)[0].tag.grammemes)
            # the words that begin as one of them does
            stems = sorted({re.escape(a[:4]).replace("е", "[её]") for a in self._hedge_lemmas})
            self._hedge_stem_re = re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(stems)})[^\W\d_]*") if stems else None
        return self._hedge_lemmas

    def lemma(self, word: str) -> str:
        """A word's dictionary form (Russian, Ukrainian; "ё" read as "е"), or the word in
        lower case."""
        w = word.lower().replace("ё", "е")
        return parses(w, self.language)[0].normal_form.replace("ё", "е") if self.language in ("ru", "uk") else w

    def says_unnamed(self, words: Iterable[str]) -> bool:
        """Whether words set off beside a source say it is not named ("who asked to remain
        anonymous", "побажавши залишитися анонімними"): a word beginning with a stem of the
        role ``anonymity``, or its phrase."""
        text = " " + " ".join(w.lower() for w in words)
        return any(f" {stem}" in text for stem in self.words("anonymity"))

    def has_denial_word(self, words: set[str]) -> bool:
        """Whether words of a content mark it as a denial (denials.txt), in any form in
        Russian and Ukrainian ("абсурдными": абсурдный)."""
        return bool(words & self.denials) or any(self.lemma(w) in self.denials for w in words)

    def approximator_before(self, text: str) -> str | None:
        """The approximator ending ``text`` ("about " before a number), if any."""
        if self._approx_re is None:
            self._approx_re = re.compile(r"(?i)(?<![\w-])(" + "|".join(
                re.escape(a) for a in sorted(self.approximators, key=len, reverse=True)) + r")\s*$")
        found = self._approx_re.search(text) if self.approximators else None
        return found.group(1) if found else None

    def words(self, role: str) -> frozenset[str]:
        """Function words by role (function_words.txt): mark, relative, quantifier, …"""
        return self.function_words.get(role, frozenset())

    def is_title(self, word: str) -> bool:
        """Whether a lemma is a title ("губернатор"), or a compound ending in one
        ("IT-аналитик", "экс-министр")."""
        w = word.lower()
        return w in self.titles or self._compound_tail(w) in self.titles

    def kind_of_word(self, word: str) -> str | None:
        """The source kind a head word names ("sources" -> anonymous), if any."""
        w = word.lower()
        for kind in SOURCE_KIND_FILES:
            if w in self.kinds.get(kind, ()):
                return kind
        if self.language != "en" and w.isascii() and any(c.isalpha() for c in w):
            # an English name in a Russian or Ukrainian post ("South China Morning Post")
            # reads by the English lexicon
            return lexicon("en").kind_of_word(w)
        tail = self._compound_tail(w)
        return self.kind_of_word(tail) if tail else None

    def _compound_tail(self, word: str) -> str | None:
        """The lemma of a Russian or Ukrainian compound's last part, which names what it is
        ("Telegram-каналы": 'канал', "экс-президент": 'президент', a title written with a
        prefix of rank: "замначальника": 'начальник'); None for other words."""
        if self.language not in ("ru", "uk") or " " in word:
            return None
        if "-" not in word:
            prefix = next((p for p in self.words("title_prefix") if word.startswith(p) and len(word) > len(p) + 3),
                          None)
            if prefix:
                return parses(word[len(prefix):], self.language)[0].normal_form
            if len(word) >= 7 and not morph_known(word, self.language):
                # a compound name the dictionary does not know, ending in a body's word
                # (role ``body_tail``): "Коордштаб" is a штаб, "облпрокуратура" a прокуратура
                tail = next((word[k:] for k in range(3, len(word) - 3) if word[k:] in self.words("body_tail")), None)
                return parses(tail, self.language)[0].normal_form if tail else None
            return None
        tail = word.rsplit("-", 1)[1]
        return parses(tail, self.language)[0].normal_form if tail else None


def _alternation(items: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for listed words and phrases, as whole words; " … " in a phrase stands
    for up to three words ("проверить … не удалось": "Проверить эти данные не удалось")."""
    body = "|".join(r"(?:\s+\S+){0,3}\s+".join(re.escape(part) for part in i.split(" … "))
                    for i in sorted(items, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w-])(?:{body})(?![\w-])")


def _lines(language: str, name: str) -> list[list[str]]:
    path = resources.files("claimledger.extract").joinpath(f"lexicons/{language}/{name}.txt")
    if not path.is_file():
        return []
    rows = []
    for line in path.read_text("utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line)
    return [r.split("\t") if "\t" in r else [r] for r in rows]


@cache
def lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` (en, ru, uk); other languages get English's."""
    if language not in LANGUAGES:
        language = "en"
    lex = Lexicon(language)
    for (line, *_rest) in _lines(language, "cues"):
        head, _, irregular = line.partition(":")
        lemma, *tags = head.split()
        tags += [w for w in irregular.replace(",", " ").split() if w in TAGS]
        irregular = " ".join(w for w in irregular.replace(",", " ").split() if w not in tags)
        cue = Cue(lemma, frozenset(tags))
        lex.cues[lemma] = cue
        forms = _english_forms(lemma, irregular) if language == "en" else _slavic_forms(lemma, language)
        for form in forms:
            lex.forms.setdefault(form, lemma)
    lex.phrases = {row[0].lower(): (row[1] if len(row) > 1 else "prep") for row in _lines(language, "phrases")}
    lex.hedges = tuple(row[0].lower() for row in _lines(language, "hedges"))
    lex.approximators = tuple(row[0].lower() for row in _lines(language, "approximators"))
    lex.kinds = {kind: frozenset(row[0].lower() for row in _lines(language, kind)) for kind in SOURCE_KIND_FILES}
    lex.titles = frozenset(row[0].lower() for row in _lines(language, "titles"))
    lex.title_kin = tuple(frozenset(w.strip().lower() for w in row[0].split(",") if w.strip())
                          for row in _lines(language, "title_kin"))
    lex.pronouns = {row[0].lower(): row[1] for row in _lines(language, "pronouns") if len(row) > 1}
    lex.nonsources = frozenset(row[0].lower() for row in _lines(language, "nonsources"))
    lex.units = {row[0].lower(): row[1] for row in _lines(language, "units") if len(row) > 1}
    lex.denials = frozenset(row[0].lower() for row in _lines(language, "denials"))
    lex.numbers = {row[0].lower(): float(row[1]) for row in _lines(language, "numbers") if len(row) > 1}
    lex.labels = frozenset(row[0].lower() for row in _lines(language, "labels"))
    lex.function_words = {row[0]: frozenset(w.strip().lower() for w in row[1].split(",") if w.strip())
                          for row in _lines(language, "function_words") if len(row) > 1}
    return lex


def _english_forms(lemma: str, irregular: str) -> set[str]:
    forms = {lemma}
    forms.update(f.strip() for f in irregular.replace(",", " ").split() if f.strip())
    if lemma.endswith("e"):
        forms.update({lemma + "s", lemma + "d", lemma[:-1] + "ing"})
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"})
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.update({lemma + "es", lemma + "ed", lemma + "ing"})
    else:
        forms.update({lemma + "s", lemma + "ed", lemma + "ing"})
        if re.fullmatch(r".*[^aeiou][aeiou][bdgmnprt]", lemma) and len(lemma) <= 4:
            # short stressed stems double the consonant: plan -> planned
            forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return forms


@lru_cache(maxsize=2)
def morph(language: str):
    """pymorphy3's analyser for ``ru`` or ``uk`` (dictionaries ship as pip packages)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


@lru_cache(maxsize=50_000)
def parses(word: str, language: str) -> tuple:
    """The dictionary's readings of a Russian or Ukrainian word, likeliest first (its
    guesses for a word it does not know), read once a word."""
    return tuple(morph(language).parse(word))


@lru_cache(maxsize=50_000)
def readings(word: str, language: str) -> tuple[frozenset[str], ...]:
    """The grammemes of every reading the dictionary gives a Russian or Ukrainian word."""
    return tuple(frozenset(p.tag.grammemes) for p in parses(word, language))


def one_in_nominative(word: str, language: str, gender: str | None = None) -> bool:
    """Whether the dictionary can read a Russian or Ukrainian word as one thing or person in
    the nominative (of ``gender``, "femn" or "masc", when given). The Ukrainian dictionary
    leaves out "sing": a reading without "plur" is singular."""
    return any("nomn" in r and "plur" not in r and (gender is None or gender in r) for r in readings(word, language))


def grammemes(word: str, language: str) -> frozenset[str]:
    """The grammemes of the dictionary's first reading of a Russian or Ukrainian word
    (its guess for a word it does not know): "anim"/"inan", "Orgn", cases, number."""
    return readings(word, language)[0]


def likeliest_readings(word: str, language: str) -> tuple[frozenset[str], ...]:
    """The grammemes of the readings the dictionary scores highest (in Russian usually one,
    by corpus frequency; the Ukrainian dictionary scores every reading alike)."""
    found = parses(word, language)
    best = max((p.score for p in found), default=0)
    return tuple(r for p, r in zip(found, readings(word, language), strict=True) if p.score >= best - 1e-9)


@lru_cache(maxsize=50_000)
def morph_known(word: str, language: str) -> bool:
    """Whether the dictionary knows a word (rather than guessing from its ending)."""
    return morph(language).word_is_known(word.lower())


def _slavic_forms(lemma: str, language: str) -> set[str]:
    analyser = morph(language)
    parses = analyser.parse(lemma)
    chosen = next((p for p in parses if p.normal_form == lemma and "INFN" in p.tag.grammemes),
                  parses[0] if parses else None)
    forms = {lemma}
    if chosen is not None:
        # finite forms, gerunds and the infinitive; participles ("заявленная цель") describe
        # things and are not attributions, and an imperative asks ("заяви" is also the
        # plural of "заява", a statement)
        forms.update(f.word for f in chosen.lexeme if not {"PRTF", "PRTS", "impr"} & set(f.tag.grammemes))
    if language == "uk":
        forms |= _ukrainian_gerunds(forms, analyser)
    return {f.replace("ё", "е") for f in forms} | forms


# How a Ukrainian gerund is made: from the masculine past ("заявив" -> "заявивши") and from
# the third person plural present ("повідомляють" -> "повідомляючи").
_UKRAINIAN_GERUND_ENDINGS = (("в", "вши"), ("ють", "ючи"), ("ять", "ячи"), ("уть", "учи"), ("ать", "ачи"))


def _ukrainian_gerunds(forms: set[str], analyser) -> set[str]:
    """The gerunds of a Ukrainian verb ("заявивши", "наголошуючи"), which the dictionary
    knows as words of their own but leaves out of the verb's forms; only those it knows."""
    made = {form[: len(form) - len(ending)] + gerund for form in forms
            for ending, gerund in _UKRAINIAN_GERUND_ENDINGS if form.endswith(ending)}
    return {g for g in made if analyser.word_is_known(g) and any("GRND" in p.tag for p in analyser.parse(g))}


@cache
def first_names(language: str) -> frozenset[str]:
    """First names (lemmas) the language's dictionary does not mark as names
    (``first_names.txt``)."""
    return frozenset(row[0].lower() for row in _lines(language, "first_names"))


def is_first_name(reading, language: str) -> bool:
    """Whether a pymorphy3 reading is of a first name: marked so by the dictionary, or
    listed in ``first_names.txt`` ("Володимир")."""
    return "Name" in reading.tag.grammemes or reading.normal_form in first_names(language)


@cache
def surname_endings(language: str) -> tuple[str, ...]:
    """Endings of surnames that decline like adjectives ("-ський", "-ский")."""
    return tuple(lexicon(language).words("surname_ending"))


def surname_genitives(language: str, gender: str) -> tuple[tuple[str, str], ...]:
    """How a surname the dictionary does not know ends in the genitive, and in the
    nominative, for a man ("Синєгубова" -> "Синєгубов": the role ``surname_genitive``) or a
    woman ("Синєгубової" -> "Синєгубова": ``surname_genitive_f``)."""
    return genitive_endings(language, "surname_genitive_f" if gender == "femn" else "surname_genitive")


def genitive_endings(language: str, role: str) -> tuple[tuple[str, str], ...]:
    """The genitive and nominative ending pairs a role of ``function_words.txt`` lists
    (``овой>ова``), the longest genitive first."""
    pairs = (w.split(">") for w in lexicon(language).words(role))
    return tuple(sorted(((a, b) for a, b in pairs), key=lambda pair: -len(pair[0])))


def all_words(role: str) -> frozenset[str]:
    """A role's function words in every language: for steps that see tokens of any."""
    return frozenset().union(*(lexicon(language).words(role) for language in LANGUAGES))
