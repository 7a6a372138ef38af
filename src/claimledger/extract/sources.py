"""What kind of source a span names, what to call it, and who "he" or "Sokil" is.

Kinds follow the export contract: ``person`` (a named individual, with or without a
title), ``official`` (a government body or its unnamed officials, a capital standing for
its government), ``organization``, ``media``, ``channel``, ``anonymous`` (an unnamed
individual or unnamed sources), ``crowd`` (users, residents). The head word decides
through the per-language lists; a person's name wins over a title ("Head of the district
administration Ivan Sokil" is a person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from claimledger.extract.attribution import is_acronym, quoted_tokens
from claimledger.extract.lexicon import (
    Lexicon,
    all_words,
    genitive_endings,
    grammemes,
    likeliest_readings,
    morph_known,
    one_in_nominative,
    parses,
    readings,
    surname_genitives,
)
from claimledger.link.keys import inflected_acronym
from claimledger.nlp.parse import PERSONAL_GRAMMEMES, Parsed, short_name_part

_DETERMINERS = all_words("determiner")
# the pronoun heads of an unnamed group ("those close to him", "те, кто …")
_GROUP_WORDS = all_words("group")
_GOVERNMENT_PLACES = {"LOC"}
_QUOTE_MARKS = set("«»“”„\"")
_WORDS_OF_PHRASE = ("по", "за", "словам", "словами")  # a phrase cue's words in a source span ("по его словам")
_COLLECTIVE = {"official", "organization", "media", "crowd", "anonymous"}
_BODIES = ("official", "organization", "media", "channel")  # kinds of an institution, not of people
# a body described by common nouns, then named: "depot's operator, Naftotrans"
_APPOSED_NAME = re.compile(r"[^\W\d_A-ZА-ЯЁІЇЄҐ][^,«»“”\"]*, ([A-ZА-ЯЁІЇЄҐ«“][^,]*)")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class SourceInfo:
    name: str
    kind: str
    gender: str = ""  # m, f, pl when known
    start: int | None = None
    end: int | None = None
    titled: bool = False  # one person known by title ("заступник міністра"): "he" may name him


def _proper(name: str, lex: Lexicon) -> bool:
    """Whether a source's name ends in a proper name ("Brightwater Aid", "фонд «Мости
    додому»"), not in a word for what it is ("distributor", "Pro-Russian hackers")."""
    words = name.split()
    if not words or words[-1][-1:] in "»”\"":
        return bool(words)
    run = len(words)
    while run > 0 and words[run - 1][:1].isupper():
        run -= 1
    # (not when a preposition precedes the capitals: "satellite images taken on Friday")
    return run < len(words) and (run == 0 or words[run - 1].lower() not in lex.words("name_preposition"))


class SourceResolver:
    """Resolves source spans within one document, remembering who spoke before."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.speakers: list[SourceInfo] = []
        self.people: list[tuple[int, SourceInfo]] = []  # (offset, person) for "he"/"she"
        # (offset, body) the subjects of English sentences that are bodies, for "it" when no
        # body spoke: "Russia's Defence Ministry made no mention of it. It said …"
        self.bodies: list[tuple[int, SourceInfo]] = []
        self.sentence_starts: list[int] = []  # where the sentences read so far begin

    def begin_sentence(self, start: int) -> None:
        self.sentence_starts.append(start)

    def _named_last(self, before: int, takes) -> tuple[int, SourceInfo] | None:
        """The (offset, source) named last before offset ``before`` that ``takes`` accepts."""
        return max((pair for pair in self.people if pair[0] < before and takes(pair[1])), default=None,
                   key=lambda pair: pair[0])

    def _last_speaker_of(self, before: int, feminine: frozenset[str], noun: str) -> SourceInfo | None:
        """The one who spoke last before ``before``, in its sentence or the one before, when a
        named person of the gender of ``noun`` (feminine when listed so)."""
        gender = "f" if noun in feminine else "m"
        last = self.speakers[-1] if self.speakers else None
        if last is None or last.start is None or last.start >= before or not self._recent(last.start, before, 2):
            # (or, when no one spoke there, the one person of that gender the sentence before
            # names in full: "Мешканка села Ніна Скиба виїхала ще у квітні. Жінка розповіла, що
            # …"; not one first name, which may be anyone's in any case: "с Ларой")
            named = {info.name: info for at, info in self.people if at < before and self._recent(at, before, 2)
                     and info.kind == "person" and info.gender == gender and " " in info.name}
            return next(iter(named.values())) if len(named) == 1 else None
        # (a named person: one known only as "a driver" is as unnamed as "the man")
        if last.kind != "person" or last.gender not in (gender, ""):
            return None
        return last

    def _named_body(self, before: int, kind: str, sentences: int) -> SourceInfo | None:
        """The body of ``kind`` named last before ``before``, when its name ends in a proper
        name and it spoke in the last ``sentences`` sentences ("the group", "фонд" for it)."""
        said_last = self._named_last(before, lambda info: info.kind == kind and _proper(info.name, self.lex))
        return said_last[1] if said_last is not None and self._recent(said_last[0], before, sentences) else None

    def _body_named_before(self, p: Parsed, before: int) -> SourceInfo | None:
        """The last capitalised word of the sentence before that names a body by itself, its
        own word or a compound of one ("крім Коордштабу"), as written."""
        begun = self._begun(before)
        if len(begun) < 2:
            return None
        for m in reversed(list(_WORD.finditer(p.text[begun[-2]:begun[-1]]))):
            word = m.group()
            kind = self.lex.kind_of_word(word.lower()) or self.lex.kind_of_word(self.lex.lemma(word))
            if word[:1].isupper() and m.start() > 0 and kind in _BODIES:
                return SourceInfo(word, kind, "")
        return None

    def _spoke_with_word(self, before: int, noun: str) -> SourceInfo | None:
        """The body that spoke last, in the four sentences up to ``before``, whose name has a
        word of the lemma ``noun``, or a compound word ending in it ("Коордштаб": штаб)."""
        lex = self.lex
        for said in reversed(self.speakers):
            if said.start is None or said.start >= before or not self._recent(said.start, before, 4):
                continue
            if said.kind in _BODIES and any(
                    lex.lemma(w) == noun or (len(w) > len(noun) + 2 and w.lower().endswith(noun))
                    for w in _WORD.findall(said.name)):
                return said
        return None

    def _named_with_noun(self, p: Parsed, before: int, noun: str, between: int = 0) -> SourceInfo | None:
        """The body named last, in the four sentences up to ``before``, by the noun ``noun``
        and a name in quotation marks right after it ("літак авіакомпанії «Ліндра Ейр»"),
        whether it spoke there or not; with ``between``, up to that many words in small
        letters between them, and named so ("Рух опору «Стрибог»"). (Read from the text: a
        sentence with no cue is never parsed.)"""
        text = self._last_sentences(p, before, 4)
        kind = self.lex.kind_of_word(noun) or "organization"
        for quoted in reversed(list(_QUOTED_NAME.finditer(text))):
            run = _WORDS_BEFORE[between].search(text, 0, quoted.start())
            words = run.group(1).split() if run else []
            # (the noun right before the name, or with up to ``between`` words in small
            # letters between them)
            for k in range(len(words) - 1, -1, -1):
                if self.lex.lemma(words[k]) == noun:
                    return SourceInfo(" ".join(words[k:]) + " " + quoted.group() if between else quoted.group(),
                                      kind, "")
                if not words[k].islower():
                    break
        return None

    def _named_with_description(self, p: Parsed, before: int, noun: str, kind: str) -> SourceInfo | None:
        """The name set off last, in the four sentences up to ``before``, by a description
        ending in ``noun`` ("Tidemark, an open-source research group,"; "Pereprava-Yug, the
        company that runs the ferry"; not "in Chelsea, the mayor said"), or given after it
        ("a group calling itself Severny Shkval"), as a body of ``kind``."""
        text = self._last_sentences(p, before, 4)
        described = _NAME_AND_DESCRIPTION + re.escape(noun) + _DESCRIPTION_END
        found = [(m.start(), m.group(1)) for m in re.finditer(described, text)]
        # (or the noun and the name it goes by: "A group calling itself Severny Shkval")
        found += [(m.start(), m.group(1)) for m in re.finditer(r"\b" + re.escape(noun) + _GOES_BY, text)]
        if not found:
            return None
        return SourceInfo(max(found)[1], kind, "")

    def _recent(self, at: int, before: int, sentences: int) -> bool:
        """Whether offset ``at`` is in the last ``sentences`` sentences begun by ``before``
        (its own included)."""
        begun = self._begun(before)
        return bool(begun) and at >= begun[max(0, len(begun) - sentences)]

    def _begun(self, before: int) -> list[int]:
        """The starts of the sentences begun by ``before``, its own last."""
        return [s for s in self.sentence_starts if s <= before]

    def _last_sentences(self, p: Parsed, before: int, sentences: int) -> str:
        """The text of the last ``sentences`` sentences begun by ``before``, up to it."""
        begun = self._begun(before)
        return p.text[begun[max(0, len(begun) - sentences)]:before] if begun else ""

    def retype(self, info: SourceInfo, kind: str) -> SourceInfo:
        """``info`` of another kind, as the words after it showed ("Vartovi, a human rights
        group, said"), remembered so: "the group" after it is that body."""
        retyped = replace(info, kind=kind)
        self.people = [(at, retyped if known is info else known) for at, known in self.people]
        self.speakers = [retyped if known is info else known for known in self.speakers]
        return retyped

    def _again(self, earlier: SourceInfo, start: int, end: int) -> SourceInfo:
        """An earlier source named again at ``start``-``end`` ("he", "it", "співрозмовник"):
        it speaks again, and goes on ("«…», — заявил он. Он также …")."""
        resolved = SourceInfo(earlier.name, earlier.kind, earlier.gender, start, end, earlier.titled)
        self.speakers.append(resolved)
        return resolved

    def is_pronoun(self, p: Parsed, idx: list[int]) -> bool:
        """Whether a span is only a pronoun ("he", "она"), a body's "it" too."""
        words = [p.tokens[i].text.lower() for i in idx]
        return bool(words) and all(w in self.lex.pronouns or w in self.lex.words("body_pronoun") for w in words)

    def points_back(self, p: Parsed, idx: list[int]) -> bool:
        """Whether a span may stand for someone the sentence before names: a pronoun, or one
        word for a person or a title ("Жінка розповіла", "Як зазначає аналітик")."""
        words = [p.tokens[i] for i in idx if p.tokens[i].pos != "PUNCT"]
        return self.is_pronoun(p, idx) or (len(words) == 1 and (
            words[0].lemma.lower() in self.lex.words("person_noun") or self.lex.is_title(words[0].lemma)))

    def note_people(self, p: Parsed) -> None:
        """Remember the people a sentence names, as antecedents for later pronouns, and the
        group that is its subject ("Депутаты Госдумы обратились в ФАС. По их мнению, …")."""
        self._note_group(p)
        self._note_one(p)
        self._note_body(p)
        self._note_titled_name(p)
        for first, stop, label in p.entities:
            if label != "PER":
                continue
            if first >= 2 and p.tokens[first - 1].text == "," and p.tokens[first - 2].ent == "PER" and any(
                    p.tokens[i].text in ("’s", "'s") for i in range(first, min(stop + 1, len(p.tokens)))):
                continue  # "Mykhailo Dovhan, Smereka Energo's chief executive,": whose he is, no one else
            if first >= 1 and p.tokens[first - 1].text in ("«", "“", "„") and \
                    any(p.tokens[j].text in ("»", "”", "“") for j in range(stop, min(stop + 2, len(p.tokens)))):
                continue  # a title in quotation marks ("розповіло «Степовому фронту»"), no person
            idx = [i for i in range(first, stop) if p.tokens[i].text[:1].isupper()
                   and p.tokens[i].text not in ("’s", "'s")]
            idx = idx[: next((n for n, i in enumerate(idx) if n and idx[n - 1] != i - 1), len(idx))]
            while len(idx) > 1 and self.lex.language in ("ru", "uk") and p.tokens[idx[0]].text.isascii() and \
                    not p.tokens[idx[-1]].text.isascii():
                idx = idx[1:]  # "рассказал SHOT Полупанов": an outlet in Latin letters the NER ran into his name
            if len(idx) >= 3 and p.tokens[idx[0]].case == "gen" and \
                    {"Name", "nomn"} <= grammemes(p.tokens[idx[1]].text, self.lex.language):
                # "РЭУ им. Плеханова Ольга Лебединская": whose name the body bears, then hers
                # (not "Кая Каллас", "Хан Дон Хун")
                idx = idx[1:]
            if idx and idx[0] > 0 and p.tokens[idx[0] - 1].text.lower() in self.lex.words("at_institution"):
                continue  # "рейс из Сочи в Анталию": a place the NER took for a woman, no one "в" whom
            if idx and p.tokens[idx[-1]].text.lower() in self.lex.words("company_word"):
                continue  # "Northern Donbas Railway": a company the NER took for a person
            if idx:
                name = p.span_text(idx[0], idx[-1])
                # (only a name no word of which can be in the nominative: not "Илон Маск",
                # "Яна Лантратова", whose first names the dictionary also reads as oblique)
                # (or one the parse reads in an oblique case throughout: "Марии Захаровой",
                # "сенатора Синтии Ламмис", whose first names may be plurals in the nominative)
                if self.lex.language in ("ru", "uk") and (all(
                        not any("nomn" in r for r in readings(p.tokens[i].text, self.lex.language)) for i in idx)
                        or (all(p.tokens[i].case in ("gen", "dat", "ins", "loc", "") for i in idx) and
                            p.tokens[idx[0]].case in ("gen", "dat", "ins", "loc"))):
                    # "Шольц поговорил с Путиным. … сказал он": the pronoun names Путин
                    name = _surname_nominative(name, self.lex.language) if len(idx) == 1 else \
                        _nominative(name, self.lex.language, all(p.tokens[i].case == "gen" for i in idx))
                # (with the title right before it, by which the news may go on: "Адвокат Михаил
                # Брусницын смог …. По словам защитника, …")
                title = idx[0] - 1 if idx[0] > 0 and self.lex.is_title(p.tokens[idx[0] - 1].lemma) else None
                info = SourceInfo(name, "person", _person_gender(p, idx)) if title is None else \
                    SourceInfo(name, "person", _person_gender(p, idx), p.tokens[title].start, p.tokens[idx[-1]].end,
                               titled=True)
                self.people.append((p.tokens[idx[0]].start, info))

    def _note_titled_name(self, p: Parsed) -> None:
        """In Russian and Ukrainian, a title in small letters and two capitalised words after
        it that no name was found in ("OSINT-аналітик Пер Вікберг проаналізував дані"): a
        person, whom "За його оцінкою" and "Як зазначає аналітик" after it stand for."""
        if self.lex.language not in ("ru", "uk"):
            return
        tokens = p.tokens
        for k in range(len(tokens) - 2):
            title, first, last = tokens[k], tokens[k + 1], tokens[k + 2]
            if not (title.text[:1].islower() or k == 0) or not self.lex.is_title(title.lemma) or any(
                    not t.text[:1].isupper() or t.text.isupper() or not t.text.isalpha() or t.text.isascii() or
                    t.ent in ("PER", "LOC") for t in (first, last)):
                continue
            # (a first name, or a surname the dictionary does not know: not "артиллеристов
            # Соединенного Королевства")
            if not (first.name or not morph_known(last.text, self.lex.language)):
                continue
            if any(start == first.start for start, _ in self.people):
                return
            info = SourceInfo(f"{first.text} {last.text}", "person", _person_gender(p, [k + 1, k + 2]),
                              title.start, last.end, titled=True)
            self.people.append((first.start, info))
            return

    def _note_body(self, p: Parsed) -> None:
        """The subject of an English sentence's main verb, when the lexicons know it for a
        body ("The brigade released a video", "Russia's Defence Ministry made no mention of
        the column"): what "it" after it stands for when no body spoke."""
        if not p.has_deps or self.lex.language != "en":
            return
        tokens = p.tokens
        for t in tokens:
            root = tokens[t.head] if 0 <= t.head < len(tokens) else t
            if t.dep in ("nsubj", "nsubjpass") and root.dep in ("ROOT", "root") and t.pos in ("NOUN", "PROPN"):
                # (its name set off after it: "The regional grid operator, Starokholmsk Grid
                # Company, did not mention drones")
                named = next((c for c in p.children(t.i) if tokens[c].dep == "appos" and tokens[c].pos == "PROPN"),
                             None)
                span = _phrase_of(p, named if named is not None else t.i)
                known = self.lex.kind_of_word(t.lemma.lower())
                if not span or not (known in ("official", "media") or any(tokens[i].ent == "ORG" for i in span) or (
                        known == "organization" and tokens[span[-1]].text[:1].isupper())):
                    return  # (a thing: "The report was published. It said …" names no one)
                info = self._classify(p, span)
                if info is not None and info.kind in _BODIES and info.kind != "channel":
                    self.bodies.append((tokens[span[0]].start, info))
                return

    def _note_one(self, p: Parsed) -> None:
        """The singular subject of a sentence's main verb that is a person, named or known by
        a title ("… обратил внимание сооснователь платформы Kick Биджан Техрани. Он заявил,
        …": a name the NER missed): what "он", "she" after it may stand for, of the gender
        its past-tense verb gives it."""
        if not p.has_deps or self.lex.language not in ("ru", "uk"):
            return  # (the English NER finds the people "he" stands for)
        tokens = p.tokens
        for t in tokens:
            root = tokens[t.head] if 0 <= t.head < len(tokens) else t
            if t.dep not in ("nsubj", "nsubjpass") or root.dep not in ("ROOT", "root") or t.gender == "pl":
                continue
            # a word for a person, not a name (the NER's people are noted as named, in full; a
            # capital inside a sentence is a name: "Губернатор Богомаз" paints no icons)
            if t.pos != "NOUN" or t.ent or t.name or (t.i > 0 and t.text[:1].isupper()) or not any(
                    {"anim", "sing"} <= r for r in readings(t.text, self.lex.language)):
                return
            span = [i for i in _phrase_of(p, t.i) if i >= t.i or tokens[i].pos != "ADV"]  # (not "лично")
            if any(tokens[i].ent == "PER" or tokens[i].name for i in span):
                return  # "блогер Михаил Литвин": noted by his name
            info = self._classify(p, span) if span else None
            if info is not None and info.kind != "person" and self._full_name(info).kind == "person":
                return  # "Богомаз назвал …" after "Александр Богомаз": noted by his name
            if any(start == tokens[span[0]].start for start, _ in self.people):
                return  # a speaker already, as he was read: "Кандидат в премьеры Грузии Кобахидзе заявил"
            if any(s.start == tokens[span[0]].start and s.kind == "person" for s in self.speakers):
                return  # one named before, as read: "Парламентарий также обвинил …" after "Олег Рубцов"
            if info is not None and (info.kind in ("person", "anonymous") or (info.kind == "official" and info.titled)):
                gender = info.gender if info.gender in ("m", "f") else root.gender if root.gender in ("m", "f") else ""
                noted = SourceInfo(info.name, info.kind, gender, titled=info.titled)
                self.people.append((tokens[span[0]].start, noted))
            return

    def _note_group(self, p: Parsed) -> None:
        """The plural subject of a sentence's main verb, when it names people or bodies the
        lexicons know (or, in Russian and Ukrainian, living beings): what "они", "их", "they"
        after it may stand for. Not a thing ("Цены выросли")."""
        if not p.has_deps:
            return
        tokens = p.tokens
        for t in tokens:
            root = tokens[t.head] if 0 <= t.head < len(tokens) else t
            if t.dep not in ("nsubj", "nsubjpass") or t.pos != "NOUN" or root.dep not in ("ROOT", "root") or \
                    t.gender != "pl":
                continue
            kind = self.lex.kind_of_word(t.lemma.lower()) or self.lex.kind_of_word(t.text.lower())
            beings = self.lex.language in ("ru", "uk") and any(
                {"anim", "plur"} <= r for r in readings(t.text, self.lex.language))
            if kind not in _COLLECTIVE and not beings:
                continue
            span = _phrase_of(p, t.i)
            info = self._classify(p, span) if span else None
            if info is not None and info.kind in _COLLECTIVE:
                self.people.append((tokens[span[0]].start, SourceInfo(info.name, info.kind, "pl")))
            return

    def resolve(self, p: Parsed, idx: list[int], case: str = "", speaker: str = "") -> SourceInfo | None:
        """The source a span names. ``case``: the case the cue puts its source in, "nom"
        for the subject of "заявила X", "gen" for "по словам X", "" when it says none;
        ``speaker``: the gender the cue verb gives its speaker ("f" for "заявила"), if any."""
        if not idx:
            return None
        tokens = p.tokens
        lex = self.lex
        if lex.language == "en":
            # a capitalised "The" right after a common noun inside a span opens a sentence the
            # text forgot to end ("… of the regional centers The S.E.C. said …"): the source
            # starts there (not "co-editor of Debating The Donald", "published by The Post")
            opens = next((n for n, i in enumerate(idx) if n and tokens[i].text == "The" and
                          tokens[i - 1].pos == "NOUN" and tokens[i - 1].text.islower()), None)
            if opens is not None:
                idx = idx[opens:]
        owner = None
        if len(idx) > 2 and tokens[idx[0]].text.lower() in lex.words("at_institution") and \
                tokens[idx[1]].text.lower() in lex.words("possessive"):
            # "Компанія відновила …, повідомили в її пресслужбі": the company's press service
            owner = _owner_before(p, lex, idx[0], lex.pronouns.get(tokens[idx[1]].text.lower(), ""))
            idx = [idx[0], *idx[2:]]
        words = [tokens[i].text.lower() for i in idx]
        start, end = tokens[idx[0]].start, tokens[idx[-1]].end
        pronouns = [w for w in words if w in lex.pronouns]
        if pronouns and all(w in lex.pronouns or w in _WORDS_OF_PHRASE for w in words):
            # ("по его данным" may point at an outlet or a body; "он сказал" at a person)
            oblique = all(tokens[i].case not in ("nom", "") for i in idx if tokens[i].text.lower() in lex.pronouns)
            after = idx[-1] + 1 + (idx[-1] + 1 < len(tokens) and tokens[idx[-1] + 1].text.lower() == "же")
            data = after < len(tokens) and tokens[after].text.lower() in lex.words("data_noun")  # ("По их же данным")
            found = self._in_sentence(p, idx, lex.pronouns[pronouns[0]]) or \
                self._speaker_going_on(p, idx, lex.pronouns[pronouns[0]]) or \
                self._antecedent(lex.pronouns[pronouns[0]], start, bodies=oblique, data=data)
            if found is None:
                # nobody to point back to (a quotation opens the text): keep the pronoun, so
                # the claim is not lost and an analyst sees who is still to be identified
                gender = lex.pronouns[pronouns[0]]
                return SourceInfo(p.span_text(idx[0], idx[-1]), "anonymous" if gender == "pl" else "person",
                                  gender, start, end)
            return self._again(found, start, end)
        if len(words) == 1 and words[0] in lex.words("quantifier"):
            # "users have shared stories, some citing bribes, others claiming …"
            found = self._in_sentence(p, idx, "pl")
            if found is None:
                return None
            return SourceInfo(found.name, found.kind, found.gender, start, end, found.titled)
        if len(words) == 3 and words[0] in lex.words("quantifier") and lex.pronouns.get(words[2]) == "pl":
            # "Місцеві мешканці публікують відео. Дехто з них пише, що …": a share of a crowd
            # named before is a crowd, as written
            found = self._in_sentence(p, idx, "pl") or self._antecedent("pl", start)
            if found is not None and found.kind == "crowd":
                return SourceInfo(p.span_text(idx[0], idx[-1]), "crowd", "pl", start, end)
        if len(words) == 1 and words[0] in lex.words("there"):
            # "Там також запевняють, що …", "Там чітко сказали: …": the body that spoke in the
            # sentence before, or one it named ("Не вірте нікому, крім Коордштабу.")
            # (before a quotation that runs over sentences to the cue: "У Коордштабі це назвали
            # брехнею. «… . …», — наголосили там.")
            begun = self._begun(start)
            quoted = len(begun) >= 3 and p.text[begun[-2]:begun[-1]].lstrip()[:1] in _OPENING_QUOTES and \
                not any(q in p.text[begun[-2]:begun[-1]] for q in _CLOSING_QUOTES)
            found = next((s for s in reversed(self.speakers) if s.kind in _BODIES and s.start is not None and
                          s.start < start and self._recent(s.start, start, 2 + quoted)), None) or \
                self._body_named_before(p, begun[-2] if quoted else start)
            return self._again(found, start, end) if found is not None else None
        if len(words) == 1 and words[0] in lex.words("body_pronoun"):
            # "The ministry said …. It denied that …": a body that spoke in the sentence before,
            # and last (not "it" of a thing: "The report was published. It said …")
            said_last = self._named_last(start, lambda info: True)
            # (or named again there: "…, the railway said in a statement. It said …")
            again = next((s for s in reversed(self.speakers) if s.start is not None and s.start < start), None)
            if again is not None and (said_last is None or again.start > said_last[0]):
                said_last = (again.start, again)
            begun = self._begun(start)
            if said_last is None or said_last[1].kind not in _BODIES or len(begun) < 2 or said_last[0] < begun[-2]:
                # (or the body the sentence before was about, when no one spoke since)
                named = max((pair for pair in self.bodies if pair[0] < start), default=None, key=lambda pair: pair[0])
                if named is None or len(begun) < 2 or named[0] < begun[-2] or (
                        said_last is not None and said_last[0] > named[0]):
                    return None
                said_last = named
            return self._again(said_last[1], start, end)
        if all(w in lex.nonsources for w in words):
            return None
        named = [i for i in idx if tokens[i].pos != "PUNCT" and tokens[i].text.lower() not in _WORDS_OF_PHRASE]
        # (or where its people are: "— заявили в ведомстве")
        # (nor a word that stresses it: "сама авіакомпанія")
        bare = [i for i in named if tokens[i].pos != "ADP" and tokens[i].text.lower() not in lex.words("emphatic")]
        if len(bare) == 1 and tokens[bare[0]].lemma.lower() in lex.words("body_noun"):
            # "…, сообщили в Минобороны России. По данным ведомства, …": the body of the word's
            # kind that spoke last, a state body for "ведомство", a body of any other kind for
            # "организация", "фонд" (a word that names no body of its own; kept as it is when
            # none spoke)
            # (a word of no kind of its own, "проект", stands for a body that is no state's: the
            # word also names a draft, "проект плана", which speaks for no one)
            kind_of_noun = lex.kind_of_word(tokens[bare[0]].lemma.lower()) or "organization"
            if kind_of_noun == "official":
                said_last = self._named_last(start, lambda info: info.kind == "official")
                body = said_last[1] if said_last is not None else None
            else:
                # (a body of another kind than the state's only when it spoke in the last few
                # sentences: the news names a company once, then goes on by "the company")
                body = self._named_body(start, kind_of_noun, 4)
            if body is None:
                # (or named with the noun in the last four sentences, without a word of its own:
                # "…авіакомпанії «Ліндра Ейр» …. Про це повідомила сама авіакомпанія")
                body = self._named_with_noun(p, start, tokens[bare[0]].lemma.lower())
            if body is not None:
                return self._again(body, start, end)
        elif len(bare) == 1 and lex.language in ("ru", "uk") and tokens[bare[0]].pos == "NOUN" and \
                tokens[bare[0]].text.islower() and \
                lex.kind_of_word(tokens[bare[0]].lemma.lower()) in (*_BODIES, None) and \
                not lex.is_title(tokens[bare[0]].lemma):  # (a person's title is read below: "президент")
            # a word of the name of a body that spoke in the last four sentences, or the end of
            # one of its words: "В министерстве также утверждают" after "Министерство обороны
            # России заявило", "— наголошують у штабі" after "Коордштаб:"; a word of no kind
            # too: "— говорится в сообщении дороги" after "Северо-Донбасской железной дороги"
            body = self._spoke_with_word(start, tokens[bare[0]].lemma.lower())
            if body is not None:
                return self._again(body, start, end)
        core = [i for i in bare if tokens[i].pos != "DET"]
        members = dict(pair.split(">") for pair in lex.words("member_of"))
        if len(core) == 1 and tokens[core[0]].lemma.lower() in members:
            # "Рух опору «Стрибог» узяв на себе відповідальність …. Партизани стверджують, що
            # …": the members of a body of the word's kind named in the last four sentences
            # speak for it
            body_word = members[tokens[core[0]].lemma.lower()]
            body = self._spoke_with_word(start, body_word) or self._named_with_noun(p, start, body_word, between=2)
            if body is not None:
                return self._again(body, start, end)
        if len(core) == 1 and tokens[core[0]].lemma.lower() in lex.words("person_noun"):
            # "Ірина Марчук розповіла, що …. За словами жінки, …": the one who spoke last, in
            # this sentence or the one before, when a person of the word's gender
            found = self._last_speaker_of(start, lex.words("person_noun_f"), tokens[core[0]].lemma.lower())
            if found is not None:
                return self._again(found, start, end)
        whose = len(named) == 4 and tokens[named[2]].text in ("'s", "’s") and tokens[named[3]].pos == "NOUN"
        if (len(named) == 2 or whose) and tokens[named[0]].text.lower() in lex.words("definite") and \
                tokens[named[1]].pos == "NOUN":
            # "Ukraine's military intelligence agency said …. The agency, known as HUR, said …":
            # the body that spoke last whose name has the noun, of its kind (not a news agency
            # of its own)
            noun = tokens[named[1]].text.lower()
            said_last = self._named_last(start, lambda info: info.kind in _BODIES and " " in info.name and
                                         noun in info.name.lower().split())
            # (named as the body when the noun is part of its proper name, "the agency" after
            # "Latvia's Civil Aviation Agency", or a place's, "Turkey's foreign ministry"; as
            # written after a description, "the group" after "a Ukrainian partisan group", as a
            # short name is)
            if said_last is not None and not whose and (
                    noun.capitalize() in said_last[1].name.split() or _PROPER_WHOSE.match(said_last[1].name)):
                return self._again(said_last[1], start, end)
            goes_by = re.search(_GOES_BY, said_last[1].name) if said_last is not None and not whose else None
            if goes_by:
                # ("A group calling itself Severny Shkval claimed …. The group said …")
                return self._again(replace(said_last[1], name=goes_by.group(1)), start, end)
            written = self._classify(p, idx, case, speaker) if said_last is not None and not whose else None
            if written is not None:
                return self._again(replace(said_last[1], name=written.name), start, end)
            # a word for a kind of body ("the group", "the charity", "the group's analysts") after
            # a body of that kind spoke, in this sentence or the two before: that body
            kind_of_noun = lex.kind_of_word(tokens[named[1]].lemma.lower())
            body = self._named_body(start, kind_of_noun, 3) if kind_of_noun in ("organization", "official") else None
            if body is None and not whose and kind_of_noun in _BODIES:
                # (or whose press service spoke: "Azov-Link's press service said …. …, the company said")
                body = next((SourceInfo(m.group(1), kind_of_noun, "") for said in reversed(self.speakers)
                             if said.start is not None and said.end is not None and said.start < start and
                             self._recent(said.start, start, 3) and
                             (m := _WHOSE_BODY.match(p.text[said.start:said.end + 40]))), None)
            if body is None and not whose and kind_of_noun in _BODIES:
                # or a name set off by a description with the noun in the last four sentences,
                # spoken or not: "Pereprava-Yug, the company that runs the ferry" for "the
                # company", "Tidemark, an open-source research group" for "the group"
                body = self._named_with_description(p, start, noun, kind_of_noun or "organization")
            if body is not None:
                return self._again(body, start, end)
        if named and tokens[named[0]].lemma.lower() in lex.words("interlocutor") and self.speakers and \
                self.speakers[-1].kind == "anonymous":
            # "…, повідомило джерело в СБУ. За словами співрозмовника, …": the unnamed source
            # who spoke last, not a second one (not "другой собеседник", "два собеседника")
            return self._again(self.speakers[-1], start, end)
        info = self._known_surname(p, idx) or self._classify(p, idx, case, speaker)
        if info is None:
            return None
        name, kind = info.name, info.kind
        # an institution by where its people are, the preposition in the span or right before
        # it (a crowd "в чате" is where): "В Кремле заявили", "…, але в Кремлі це спростували"
        at_institution = lex.words("at_institution")
        opens_at = words[0] in at_institution  # "В Кремле" in the span
        after_at = idx[0] > 0 and p.tokens[idx[0] - 1].text.lower() in at_institution  # "в" right before it
        named = [i for i in idx if p.tokens[i].pos != "PUNCT" and p.tokens[i].text.lower() not in at_institution]
        if kind == "person" and len(named) == 1 and (opens_at or after_at) and \
                any({"loct", "inan"} <= r for r in readings(p.tokens[named[0]].text, lex.language)):
            # a place where people said it, which the dictionary also reads as a name ("У
            # Києві заявили": not the man Кий; "у Харкові", "у Львові"): an official body, as
            # "В Киеве заявили"
            kind, name = "official", _nominative_phrase(p.tokens[named[0]].text, lex.language, "loct")
        where = None if kind not in _BODIES else idx[1:] if opens_at and len(idx) > 1 else idx if after_at else None
        if kind == "crowd" and len(idx) >= 2 and opens_at and \
                all(p.tokens[i].pos == "ADJ" for i in idx[1:-1]) and lex.kind_of_word(words[-1]) is None:
            where = idx[1:]  # the place of a crowd and nothing else: "В (местных) соцсетях пишут"
        if where is not None and _clean_name(p, idx) == name:
            # the Kremlin, one source with "Кремль заявил"; "У «Укренерго» повідомили": Укренерго
            rest = _clean_name(p, where)
            quoted = len(rest) > 2 and rest[0] in "«“" and rest[-1] in "»”" and _QUOTE_MARKS.isdisjoint(rest[1:-1])
            name = _nominative_phrase(rest[1:-1] if quoted else rest, lex.language, "loct")
            kind = lex.kind_of_word(name) or kind
        elif case == "gen" and kind != "person" and name in (p.span_text(idx[0], idx[-1]), _clean_name(p, idx)):
            # "по словам местных жителей" names местные жители, as "жители сообщили" does
            name = _nominative_phrase(name, lex.language)
            if name != info.name and " " in name:
                kind = lex.kind_of_word(name) or kind  # listed whole: "Повітряні сили"
        elif case in ("dat", "acc") and kind != "person":
            # "Как стало известно «Известиям»": Известия; "з посиланням на речника": речник
            name = _nominative_phrase(name, lex.language, "datv" if case == "dat" else "accs")
            kind = lex.kind_of_word(name) or kind
        if kind in _UNNAMED_GROUPS and (_anonymity_after(p, lex, idx) or _relative_anonymity(p, lex, idx)):
            kind = "anonymous"  # "Officials, who spoke on condition of anonymity, said"
        # (in Russian and Ukrainian a possessive names whose press service, above)
        whose = None if lex.language != "en" else next(
            (i for i in (idx[0] - 1, idx[0]) if i >= 0 and tokens[i].text.lower() in lex.words("possessive")), None)
        if whose is not None and kind in (*_BODIES, "anonymous", "crowd") and owner is None and \
                not lex.words("carrier") & {w.lower() for w in name.split()}:
            # "IAEA: its team at the site confirmed …": the body's own people, named by it
            body = _named_body_before(p, lex, whose)
            found = self._classify(p, body) if body is not None else None
            if found is not None and found.kind in _BODIES:
                name, kind = f"{p.span_text(body[0], body[-1])} {name}", found.kind
        if kind in _BODIES and (apposed := _APPOSED_NAME.fullmatch(name)):
            name = apposed.group(1)  # "depot's operator, Naftotrans": the body is Naftotrans
        if owner is not None and len(idx) == 2 and tokens[idx[1]].lemma.lower() in lex.words("speaks_for"):
            kind = lex.kind_of_word(tokens[owner[-1]].lemma.lower()) or kind
            name = f"{name} {_genitive_phrase([tokens[i].text for i in owner], lex.language, owner[0] == 0)}"
        info = SourceInfo(name, kind, info.gender, start, end, info.titled and kind == "official")
        named = self._only_person_before(p, idx, info, start, speaker)
        if named is not None:
            return self._again(named, start, end)
        self.speakers.append(info)
        self.people.append((start, info))
        return info

    def _in_sentence(self, p: Parsed, idx: list[int], gender: str) -> SourceInfo | None:
        """An earlier subject in the same sentence: "My cousin lives there, he says …"; without
        a parse, the last person named before it whose gender agrees ("Стефани Гришэм … не
        провела ни одного брифинга, по её словам, …")."""
        tokens = p.tokens
        if not p.has_deps:
            for first, stop, label in reversed(p.entities):
                idx_name = [i for i in range(first, stop) if tokens[i].text[:1].isupper()]
                if label != "PER" or stop > idx[0] or not idx_name:
                    continue
                found = _person_gender(p, idx_name)
                if gender and found and gender != found:
                    continue  # (a plural "их" for a plural, "его" for a man, "её" for a woman)
                return SourceInfo(p.span_text(idx_name[0], idx_name[-1]), "person", found,
                                  tokens[idx_name[0]].start, tokens[idx_name[-1]].end)
            return None
        quoted = quoted_tokens(p)
        for k in range(idx[0] - 1, -1, -1):
            t = tokens[k]
            if k in quoted:
                continue  # a word of a quotation: "“… until some of us could no longer stand,” he recalled"
            if t.dep not in ("nsubj", "nsubjpass", "nsubj:pass") or t.text.lower() in self.lex.pronouns or \
                    t.lemma.lower() in self.lex.words("relative") or t.text.lower() in self.lex.words("relative"):
                continue  # (nor "который": it stands for a noun before it, "парня, который бросил её")
            sub = [i for i in p.subtree(k) if i < idx[0]]
            info = self._classify(p, sub) if sub else None
            if info is None or (info.kind not in ("person", "anonymous", "crowd") and not (
                    # (or one official known by a title: "Официальный представитель ведомства
                    # указал, что …, он подчеркнул …")
                    info.kind == "official" and gender in ("m", "f") and self.lex.is_title(t.lemma.lower()))):
                continue
            plural = info.kind == "crowd" or t.gender == "pl"
            if (gender == "pl") != plural or (gender in ("m", "f") and info.gender in ("m", "f") and
                                              info.gender != gender):
                continue  # ("она" is not the man before her)
            return SourceInfo(info.name, info.kind, info.gender, tokens[sub[0]].start, tokens[sub[-1]].end)
        return None

    def _known_surname(self, p: Parsed, idx: list[int]) -> SourceInfo | None:
        """"Sokil" after "Ivan Sokil" is Ivan Sokil, whatever the tagger thinks of it."""
        words = [p.tokens[i] for i in idx if p.tokens[i].pos != "PUNCT"]
        if len(words) != 1 or not words[0].text[:1].isupper():
            return None
        found = self._full_name(SourceInfo(words[0].text, "person", words[0].gender))
        return found if found.name != words[0].text else None

    # -- kinds -------------------------------------------------------------------------

    def _classify(self, p: Parsed, idx: list[int], case: str = "", speaker: str = "") -> SourceInfo | None:
        info = self._classify_span(p, idx, case, speaker)
        if info is None:
            first = _first_conjunct(p, idx, _head(p, idx))
            if first != idx:
                # "RT and its defenders say": the kind of the first, the name of them all
                info = self._classify_span(p, first, case, speaker)
                text = _clean_name(p, idx)
                return SourceInfo(text, info.kind, "pl") if info and text else None
        return info

    def _classify_span(self, p: Parsed, idx: list[int], case: str = "", speaker: str = "") -> SourceInfo | None:
        lex = self.lex
        tokens = p.tokens
        head = _head(p, idx, case)
        titled = head is not None and lex.is_title(tokens[head].lemma)
        # a title's institution is not the speaker: "директор Центра … Александр Гинцбург"
        head_words = _head_words(p, idx, head, others=not titled)
        head_kind = None
        for w in head_words:
            head_kind = lex.kind_of_word(w)
            if head_kind:
                break
        if head_kind == "organization" and head is not None and lex.language in ("ru", "uk") and \
                w not in _head_words(p, idx, head, others=False) and \
                "anim" in grammemes(tokens[head].text, lex.language) and \
                (not any(tokens[i].text[:1].isupper() for i in idx if i > head) or
                 any(tokens[i].ent == "PER" or tokens[i].name for i in idx if i > head)):
            # "Ученики школы", "Сотрудники завода": unnamed people at an unnamed body, not the
            # body (but "Специалисты центра «Фобос»" speak for it); "Ведущий специалист
            # центра «Фобос» Михаил Леус" is the man named
            head_kind = None
        if head_kind == "official" and not titled and any(
                tokens[i].text.lower() in lex.words("international") and not any(
                    tokens[j].text.lower() in lex.words("accredited_to") for j in range(max(0, i - 2), i))
                for i in idx):
            # a body of an international organisation is no state's: "Управление верховного
            # комиссара ООН по делам беженцев", "the UN human rights office" (a state's envoy
            # to one is the state's: "Moscow's envoy to the UN", "постпред России при ООН")
            head_kind = "organization"
        if head_kind == "official" and head is not None and tokens[head].lemma.lower() in lex.words("speaks_for"):
            # who speaks for a body is of its kind: "представители компании" (organization),
            # "речник телеканалу" (media), "a spokesman for the company"; "представитель
            # Минобороны" stays an official
            head_kind = _represented_kind(p, lex, idx, head) or head_kind
        text = _clean_name(p, idx)
        if not text:
            return None
        whole = _whole_name(p, idx)
        if _only_a_quoted_name(p, lex, idx):
            # a name in quotation marks and nothing else ("«Зов народа» писал", "в «Дефризе»
            # говорят"): a body's or an outlet's name, not a person's
            gender = tokens[head].gender if head is not None else ""
            return SourceInfo(text, head_kind or lex.kind_of_word(whole) or "organization", gender)
        words = [tokens[i] for i in idx if tokens[i].pos != "PUNCT"]
        if text.startswith("@") and " " not in text:
            return SourceInfo(text, "channel", "")  # a handle: "@rybar: …"
        if len(words) == 1 and _mixed_script(words[0].text):
            # one word in Cyrillic and Latin letters: a brand's name ("ТьмаNet"), no person's
            return SourceInfo(text, head_kind or "organization", tokens[head].gender if head is not None else "")
        # (without its article or whose it is: "The General Staff", "Ukraine's General Staff")
        owned = [w.text.lower() for w in words]
        # (not inside a phrase after the head: "A source in Ukraine's General Staff" is a source)
        inner = next((n for n, w in enumerate(words) if w.pos == "ADP"), len(words))
        owned = owned[max((n + 1 for n, w in enumerate(owned) if (w in ("'s", "’s") and n < inner) or
                           (n == 0 and w == "the")), default=0):]
        for name in dict.fromkeys([whole, " ".join(owned)]):
            if (" " in name or (len(words) == 1 and words[0].text[:1].isupper())) and \
                    (listed := lex.kind_of_word(name)):
                # a name the lexicons list whole ("Українська правда", "Белый дом", "Kyiv"),
                # whatever its words look like to the dictionary or the NER ("Kyiv" tagged
                # PERSON, "General" a title before "Staff")
                return SourceInfo(text, _crowd_or_one(p, lex, idx, head, listed),  # "Очевидец рассказал"
                                  tokens[head].gender if head is not None else "")
        if len(words) == 1 and lex.language in ("ru", "uk") and _acronym_in_cyrillic(words[0].text) and \
                (not words[0].ent or (words[0].ent == "PER" and len(words[0].text) <= 4)):
            # an acronym no lexicon lists ("Согласно ЕГРЮЛ"): a body, never a person's name
            # (nor when the dictionary reads a short one as a name: "ФОМ" is not Фома's)
            return SourceInfo(text, "organization", tokens[head].gender if head is not None else "")
        latin = [w.text for w in words if w.text[:1].isalpha()]
        if lex.language in ("ru", "uk") and not titled and len(latin) >= 2 and all(
                w.isascii() and w[:1].isupper() for w in latin):
            # a name in Latin letters in a Russian or Ukrainian post, in no lexicon, as one word
            # below: an outlet or a company ("пишет Die Welt"); people are written in Cyrillic
            return SourceInfo(text, head_kind or "organization", tokens[head].gender if head is not None else "")
        person = _name_closing_title(p, lex, idx) or _person_name(p, idx, lex)
        # "one", "some", "those" … with more words: "one of Zelensky's aides", "those close to him"
        group_head = head is not None and len(idx) > 1 and \
            tokens[head].text.lower() in _GROUP_WORDS | lex.words("quantifier")
        group = lex.language == "en" and group_head
        if person and lex.language == "en" and (titled or head_kind or group) and _whose_only(p, idx):
            person = None  # "Zelensky's spokesman", "one of Mr. Obama's advisers": his, not he
        if group and not person:
            # an unnamed one or few known by whom they are among: "one of Zelensky's aides",
            # "some in the Kremlin"; a few of a crowd are the crowd ("several of the
            # residents"), one of it is one
            crowd = any(lex.kind_of_word(tokens[i].lemma.lower()) == "crowd" for i in idx if tokens[i].pos == "NOUN")
            return SourceInfo(_closed(p.span_text(idx[0], idx[-1])),
                              _crowd_or_one(p, lex, idx, head, "crowd") if crowd else "anonymous",
                              "" if tokens[head].text.lower() == "one" else "pl")
        if person and head is not None and person.split()[-1] == tokens[head].text and (
                lex.kind_of_word(tokens[head].text.lower()) in _BODIES or
                tokens[head].text.lower() in lex.words("company_word")):
            # the NER's PERSON on an institution's word or a company's: "Russian MoD claims",
            # "Northern Donbas Railway"
            person = None
        whose = lex.language in ("ru", "uk") and tokens[head].pos == "NOUN" and not (
            tokens[head].ent == "PER" or tokens[head].name or
            any(PERSONAL_GRAMMEMES & r for r in readings(tokens[head].text, lex.language)))
        if person and (titled or whose) and _dependent_name(p, lex, idx, head, speaker):
            person = None  # "пресс-секретарь Путина", "Защита Трампа": Putin's, Trump's, not them
        elif person is None and titled:
            person = _name_after_title(p, lex, idx, head)  # "Канцлер Германии Олаф Шольц": names no dictionary knows
            if person and any(tokens[i].lemma.lower() in lex.words("call_sign") for i in idx):
                person = None  # "офицер с позывным Чечен": known by a call sign, unnamed
        elif person is None and head is not None and tokens[head].pos == "PROPN" and lex.language == "en":
            # "Regional governor Oleh Kiper" (NER: ORG); "Ivanka Trump, the nominee's daughter"
            # (NER: nothing)
            person = _name_after_title_word(p, lex, idx) or _name_before_apposition(p, idx, head_kind == "anonymous")
        if person and head is not None and head_kind in ("anonymous", "crowd", "organization", "official") and (
                (_dependent_name(p, lex, idx, head, speaker) and (head_kind != "official" or lex.language == "en"))
                or (lex.language in ("ru", "uk") and person.isascii())
                or (tokens[head].gender == "pl" and " " not in person and min(idx) == head)):
            # "Родственники Марата", "Жена продюсера Петра Гаврилова": they speak, not he;
            # "аналитики Energy Aspects": a company's; one word after residents is where
            # they live, whatever its ending says ("Мешканці Чорноморська"); officials
            # too: "officials in Kyiv", "Представитель Positive Technologies" (but "по словам
            # депутата Яны Лантровой" is she)
            person = None
        gender = tokens[head].gender if head is not None else ""
        head_is_name = head is not None and (tokens[head].ent == "PER" or tokens[head].name)
        if head_kind in ("anonymous", "crowd") and not head_is_name and not person:
            # (a resident who is named is a person)
            return SourceInfo(text, _crowd_or_one(p, lex, idx, head, head_kind), gender)
        if (person and (titled or head_kind not in ("media", "organization", "channel"))) or (
                person and head is not None and tokens[head].ent == "PER"):
            if not _written_in_nominative(p, lex, idx, person, case, head):
                person = _nominative(person, self.lex.language, case == "gen")
            # (the gender of the name's words: "Уповноважений Верховної Ради … Мирослав" is no Рада)
            own = [i for i in idx if tokens[i].text in person.split()]
            return SourceInfo(person, "person", _person_gender(p, own) or _person_gender(p, idx) or gender)
        if head_kind:
            return SourceInfo(text, head_kind, gender)
        if head is not None and lex.is_title(tokens[head].lemma):
            staff = _institution_kind(p, lex, idx, head)
            # (not one of the rank and file: "Боєць 3-ї бригади" is an unnamed soldier, who
            # does not speak for the brigade)
            # (a compound by its last part: "разведчик-пулеметчик")
            if staff and (gender == "pl" or staff in ("official", "media", "channel")) and \
                    not {tokens[head].lemma.lower(), tokens[head].lemma.lower().rsplit("-", 1)[-1]} & \
                    lex.words("rank_and_file"):
                # people known by title at a named institution speak for it: "Journalists at
                # the Kyiv Independent", "Журналісти «Української правди»" (as "analysts at a
                # verification group"); one unnamed official or reporter too ("заступник
                # голови комітету Верховної Ради", "корреспондент «Известий»")
                return SourceInfo(text, staff, gender, titled=gender != "pl")
            # an unnamed person known by title: "a military blogger", "a senior officer"
            return SourceInfo(text, "anonymous", gender)
        ents = {tokens[i].ent for i in idx if tokens[i].ent}
        words = [tokens[i] for i in idx if tokens[i].pos not in ("PUNCT", "DET")]
        if len(words) == 1 and lex.language in ("ru", "uk") and words[0].text.isascii() and words[0].text[:1].isupper():
            # one word in Latin letters in a Russian or Ukrainian post, in no lexicon: a
            # company or a site ("Nvidia сообщила", "по данным Techcrunch"); people are
            # written in Cyrillic there
            return SourceInfo(text, "organization", gender)
        if len(words) == 1 and lex.language in ("ru", "uk") and words[0].pos == "PROPN" and not words[0].name:
            listed = _listed_inflected(words[0].text, lex)
            if listed:
                # a listed institution the dictionary does not know, inflected ("по данным
                # Росстата", "согласно сообщению Роскомнадзора"): its kind, in the nominative
                return SourceInfo(listed, lex.kind_of_word(listed), gender)
        if lex.language in ("ru", "uk") and head is not None and not head_is_name and (
                not ents or not (titled or tokens[head].ent or _official_words(p, lex, idx))):
            # by its head word, whatever places qualify it ("Школьницы из Подмосковья"); a
            # title or an official's word with a country is an official ("постпред РФ")
            kind = _by_dictionary(p, lex, idx, head)
            if kind:
                return SourceInfo(text, kind, gender)
        if 2 <= len(words) <= 3 and words[-1].text.lower() in lex.words("company_word"):
            return SourceInfo(text, "organization", gender)  # "Delta Grain Terminal", "Lindra Air"
        if 2 <= len(words) <= 3 and all(w.pos == "PROPN" and w.text[:1].isupper() and w.text[1:2].islower()
                                        for w in words) and not ents & _GOVERNMENT_PLACES:
            # two or three capitalised proper nouns without an institution's word: a
            # person, whatever a small NER model says ("Taras Hnatiuk" tagged ORG)
            return SourceInfo(text, "person", gender)
        if ents & _GOVERNMENT_PLACES and not ents - _GOVERNMENT_PLACES - {"NORP"}:
            return SourceInfo(text, "official", gender)  # "Moscow claims …"
        if "ORG" in ents:
            return SourceInfo(text, "organization", gender)
        capitalised = [i for i in idx if tokens[i].text[:1].isupper() and tokens[i].pos != "PUNCT"]
        if capitalised and len(capitalised) >= 2 and len(idx) <= 4 and all(
                tokens[i].pos in ("PROPN", "NOUN") for i in capitalised):
            return SourceInfo(text, "person" if all(tokens[i].pos == "PROPN" for i in capitalised)
                              else "organization", gender)
        if len(words) == 1 and words[0].text.isupper() and 2 <= len(words[0].text) <= 4:
            return SourceInfo(text, "organization", gender)  # an acronym: "RT", "NATO", "МЧС"
        names = [i for i in idx if tokens[i].pos == "PROPN" and tokens[i].pos != "PUNCT"]
        if names and len(names) == len([i for i in idx if tokens[i].pos != "PUNCT"]) and len(names) <= 3 \
                and not ents - {"PER"}:
            # "Sokil earlier told …": a surname the tagger missed ("по словам Зеленского": Зеленский)
            return SourceInfo(_nominative(text, lex.language, True) if case == "gen" else text, "person", gender)
        if (capitalised and idx[0] != 0) or (capitalised and len(capitalised) > 1):
            return SourceInfo(text, "organization", gender)
        if ents and ents <= {"NORP"} and head is not None and tokens[head].ent == "NORP":
            # "Republicans said", "Ukrainians say": a group of people by party or nation
            return SourceInfo(text, "crowd" if tokens[head].gender == "pl" else "organization", gender)
        if group_head:
            # an unnamed group known by whom it is close to: "those close to him", "some in the
            # party"; or one of it, of its gender ("одна из пассажирок" is "она" after)
            return SourceInfo(_closed(p.span_text(idx[0], idx[-1])), "anonymous",
                              tokens[head].gender if tokens[head].gender in ("m", "f") else "pl")
        if head is not None and tokens[head].pos == "NOUN" and (
                tokens[head].dep in ("nsubj", "nsubjpass", "") or _after_a_source_phrase(p, lex, idx)):
            # an unlisted common noun as the subject of a reporting verb: "the bank said",
            # "critics say", or after "according to": "according to investigators"; as the
            # object of "citing" ("citing bribes") it is not a source
            if lex.language == "en" and tokens[head].gender != "pl" and _one_by_trade(p, lex, idx, head):
                return SourceInfo(text, "anonymous", gender)  # "A crane operator told …"
            return SourceInfo(text, "crowd" if tokens[head].gender == "pl" else "organization", gender)
        if head is not None and tokens[head].pos == "NOUN" and not any(
                tokens[c].dep == "poss" for c in p.children(head)) and any(
                tokens[c].dep in ("relcl", "acl:relcl") and any(
                    tokens[s].text.lower() in lex.words("personal_relative") for s in p.children(c))
                for c in p.children(head)):
            # an unlisted common noun that "who" tells is a person: "an architect who said …"
            # (not someone's: "announced their support -- who cited …" is the parse's slip)
            return SourceInfo(text, "anonymous", gender)
        return None

    # -- coreference -------------------------------------------------------------------

    def _speaker_going_on(self, p: Parsed, idx: list[int], gender: str) -> SourceInfo | None:
        """"Он также сказал", "She also said", "По его словам": the last speaker of the
        pronoun's gender goes on, not a person named in what was said ("Трамп рассказал, что …
        со встречи с Байденом … Он также сказал, что …" is Трамп)."""
        after = idx[-1] + 1
        before = p.tokens[idx[0]].start
        words = after < len(p.tokens) and p.tokens[after].text.lower() in self.lex.words("words_noun")
        if after >= len(p.tokens) or (p.tokens[after].text.lower() not in self.lex.words("also") and not words):
            return None
        # ("За його словами" goes on with the one who spoke in the sentence before, not a man named
        # in what he said: "Микола Дереза розповів, що … поле Стецюка …. За його словами, …")
        return next((s for s in reversed(self.speakers) if s.start is not None and s.start < before and
                     s.kind in ("person", "official", "anonymous") and (not s.gender or s.gender == gender)
                     and (not words or (s.kind == "person" and self._recent(s.start, before, 2)))), None)

    def _antecedent(self, gender: str, before: int, bodies: bool = False, data: bool = False) -> SourceInfo | None:
        """The person or body a pronoun points back at. ``bodies``: an oblique pronoun, which
        may stand for a body too; ``data``: its data ("По ее данным"), which a body of no known
        gender may have too (not its words, "По её словам": a person's)."""
        earlier = sorted((pair for pair in self.people if pair[0] < before), key=lambda pair: pair[0])
        # (not a word inside another's span, noted on its own: "area" of "A commander fighting in
        # the area")
        spans = [(s.start, s.end) for _, s in earlier if s.start is not None and s.end is not None]
        earlier = [(at, s) for at, s in earlier if s.start is None or s.end is None or not any(
            a < s.start and s.end <= b for a, b in spans)]  # (a name opening its own apposition stays)
        for _, speaker in reversed(earlier):
            if gender == "pl":
                if speaker.kind in _COLLECTIVE or speaker.gender == "pl":
                    return speaker
                continue
            if speaker.kind != "person" and speaker.kind != "anonymous" and not speaker.titled:
                continue
            # ("його", "его" stand for a neuter noun too: "джерело", "источник издания")
            if speaker.gender and gender and speaker.gender != gender and not (gender == "m" and speaker.gender == "n"):
                continue
            return speaker
        if gender in ("m", "f"):
            # no person before: one official known by a title ("… — министр строительства РФ.
            # … сказал он"; a named person before him wins, whom the title may describe)
            for _, speaker in reversed(earlier):
                if speaker.kind == "official" and speaker.gender == gender and speaker.name[:1].isalpha() and \
                        self.lex.is_title(speaker.name.split()[0].lower()):
                    return speaker
        if bodies and gender in ("m", "f"):
            # no person before: the body that spoke last, of the pronoun's gender ("…, сообщил
            # портал Al-Youm. По его данным, …"; "его" stands for a neuter noun too: "издание")
            # (or of no gender known, a name in Latin letters: "…, пишет британская Financial
            # Times. По ее данным, …")
            for _, speaker in reversed(earlier):
                if speaker.kind in _BODIES and (speaker.gender == gender or (data and not speaker.gender) or
                                                (gender == "m" and speaker.gender == "n")):
                    return speaker
        return None

    def _only_person_before(self, p: Parsed, idx: list[int], info: SourceInfo, start: int,
                            speaker: str = "") -> SourceInfo | None:
        """In Russian and Ukrainian, a bare title in the singular ("— сообщил спикер", "Синоптик
        уточнил", "— наголосив очільник ОВА") stands for the one person who spoke before whom
        that title introduced: the news names someone once, then by what they are. None when
        the title has words the introduction had not ("синоптик из Твери"), no one or several
        were introduced so, or the cue says another gender ("судья уточнила" after a man)."""
        lex, tokens = self.lex, p.tokens
        words = [i for i in idx if tokens[i].pos != "PUNCT" and tokens[i].text.lower() not in lex.words("determiner")]
        # (an official's title too, "губернатор", "мэр", when it introduced the one who spoke: below)
        # (not in English, where the news and its annotators write "the president", "the mayor"
        # as they stand: PolNeAR)
        if lex.language not in ("ru", "uk") or info.kind not in ("anonymous", "organization", "official") or \
                not words or not lex.is_title(tokens[words[0]].lemma) or info.gender == "pl":
            return None
        # the same title introduced the person ("Синоптик Евгений Тишковец …. Синоптик уточнил"),
        # not another one who spoke of them ("Трамп заявил …. Журналист отметил"); and the
        # title's other words ("очільник ОВА" after "очільник Дніпропетровської ОВА Микола …")
        # (by five letters, or a short title's whole lemma: "мэра" after "Мэр")
        title = tokens[words[0]].text.lower()[:min(5, len(tokens[words[0]].lemma))]
        # (or another word for the same office: "омбудсман" after "Уповноважений … з прав людини")
        titles = {title} | {kin[:5] for group in lex.title_kin for kin in group if title in {k[:5] for k in group}}
        others = [tokens[i].text.lower()[:4] for i in words[1:]]
        written_title = " ".join(tokens[i].text.lower()[:5] for i in words)
        whole = next((group for group in lex.title_kin for kin in group
                      if " " in kin and " ".join(w[:5] for w in kin.split()) == written_title), None)
        if whole is not None:
            # a title of several words listed whole ("глава региона" is the губернатор): its
            # other words are the title's own, not the introduction's
            titles, others = {kin.split()[0][:5] for kin in whole}, []
        people: dict[str, SourceInfo] = {}
        # (who spoke, or was named with a title in the sentence before: "OSINT-аналітик Пер
        # Вікберг проаналізував дані. … Як зазначає аналітик, …")
        titled = [info for at, info in self.people if info.titled and self._recent(at, start, 3)]
        for said in [*self.speakers, *titled]:
            if said.kind != "person" or said.start is None or said.end is None:
                continue
            written = [w.lower() for w in _WORD.findall(p.text[said.start:said.end])]
            if any(w[:len(t)] == t for w in written for t in titles) and \
                    all(any(w[:4] == o for w in written) for o in others):
                people.setdefault(said.name, said)
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        if (speaker in ("m", "f") and person.gender in ("m", "f") and speaker != person.gender) or \
                person.name.isupper() or not person.name[:1].isupper():
            return None
        return person

    def _full_name(self, info: SourceInfo) -> SourceInfo:
        """"Sokil" after "Ivan Sokil" is Ivan Sokil; "Довгань" after "Оксана Довгань"."""
        parts = info.name.split()
        if len(parts) != 1:
            return info
        short = parts[0].lower()[:5]
        for speaker in [info for _, info in reversed(self.people)]:
            if speaker.kind == "person" and len(speaker.name.split()) > 1 and speaker.gender != "pl" and \
                    any(w.lower()[:5] == short for w in speaker.name.split()[1:]):  # (not "Уолтц и Рубио")
                return SourceInfo(speaker.name, "person", speaker.gender or info.gender, info.start, info.end)
        return info


# Case endings, longest first: what the name of an institution the dictionary does not
# know ("Росстат") gains after a preposition or a cue ("по данным Росстата").
_CASE_ENDINGS = ("ом", "ем", "ам", "ах", "а", "я", "у", "ю", "е", "і", "и", "ы")


# kinds a group of unnamed people gets by its head word, which its anonymity overrides
_UNNAMED_GROUPS = frozenset({"crowd", "official", "organization"})


def _anonymity_after(p: Parsed, lex: Lexicon, idx: list[int]) -> bool:
    """Whether a clause set off by commas right after the source says it is not named:
    "…, who asked to remain anonymous,", "…, speaking on condition of anonymity,", "…,
    которые пожелали остаться анонимными," (role ``anonymity`` of function_words.txt,
    stems), or a phrase between it and the cue, or one opening the sentence before it,
    says so."""
    tokens = p.tokens
    first = idx[0] - (idx[0] > 0 and tokens[idx[0] - 1].pos == "DET")
    if first > 1 and (tokens[first - 1].text == "," or (tokens[0].pos == "ADP" and not any(
            t.pos == "VERB" for t in tokens[:first]))) and lex.says_unnamed(t.text for t in tokens[:first]):
        # opening the sentence: "Speaking on condition of anonymity, an official said", "На
        # условиях анонимности чиновник рассказал"
        return True
    k = idx[-1] + 1
    if k < len(tokens) and tokens[k].pos == "ADP":
        # or a phrase right after it, before the cue: "Чиновники на условиях анонимности
        # рассказали", "Посадовці на умовах анонімності розповіли"
        cue = next((j for j in range(k + 1, min(k + 6, len(tokens))) if tokens[j].pos in ("VERB", "PUNCT")), None)
        return cue is not None and tokens[cue].pos == "VERB" and lex.says_unnamed(t.text for t in tokens[k:cue])
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    close = next((j for j in range(k + 2, min(k + 20, len(tokens))) if tokens[j].text == ","), None)
    if close is None:
        return False
    return lex.says_unnamed(t.text for t in tokens[k + 2:close])


def _owner_before(p: Parsed, lex: Lexicon, before: int, gender: str) -> list[int] | None:
    """The body a possessive pronoun before token ``before`` stands for: the last noun
    before it that a lexicon lists as a body, of the pronoun's gender and number, with the
    adjectives before it ("Обласна прокуратура"); None when there is none."""
    tokens = p.tokens
    for i in range(before - 1, -1, -1):
        t = tokens[i]
        if t.pos not in ("NOUN", "PROPN") or lex.kind_of_word(t.lemma.lower()) not in _BODIES:
            continue
        if gender and t.gender and t.gender != gender and not (gender == "m" and t.gender == "n"):
            return None
        first = i
        while first > 0 and tokens[first - 1].pos == "ADJ":
            first -= 1
        return list(range(first, i + 1))
    return None


def _named_body_before(p: Parsed, lex: Lexicon, before: int) -> list[int] | None:
    """The last body named by an acronym or a name the NER calls an organisation before
    token ``before`` ("IAEA", "the Red Cross"), as token indices; None when there is none."""
    tokens = p.tokens
    for i in range(before - 1, -1, -1):
        t = tokens[i]
        if t.pos == "PROPN" and (is_acronym(t) or t.ent == "ORG"):
            first = i
            while first > 0 and tokens[first - 1].pos == "PROPN" and tokens[first - 1].ent == t.ent:
                first -= 1
            return list(range(first, i + 1))
    return None


def _genitive_phrase(words: list[str], language: str, opens_sentence: bool) -> str:
    """A Russian or Ukrainian noun phrase in the nominative put in the genitive, its
    adjectives agreeing with its last word ("Обласна прокуратура" -> "обласної
    прокуратури": the capital of a sentence's first word is not kept); as written when the
    dictionary cannot read it so."""
    as_written = " ".join(words)
    if language not in ("ru", "uk"):
        return as_written
    head = next((r for r in parses(words[-1].lower(), language) if r.tag.POS == "NOUN" and "nomn" in r.tag), None)
    if head is None:
        return as_written
    # (the Ukrainian dictionary gives a singular noun no number)
    number = {head.tag.number} if head.tag.number else set()
    agree = {"gent", *number} | ({head.tag.gender} if head.tag.gender and head.tag.number != "plur" else set())
    adjectives = [next((r for r in parses(w.lower(), language) if r.tag.POS in ("ADJF", "PRTF")), None)
                  for w in words[:-1]]
    forms = [r.inflect(agree) if r is not None else None for r in adjectives] + [head.inflect({"gent", *number})]
    if any(f is None for f in forms):
        return as_written
    return " ".join(f.word[:1].upper() + f.word[1:] if w[:1].isupper() and (k or not opens_sentence) else f.word
                    for k, (w, f) in enumerate(zip(words, forms, strict=True)))


def _relative_anonymity(p: Parsed, lex: Lexicon, idx: list[int]) -> bool:
    """Whether a relative clause that is no aside (no commas) says the source is not named:
    "a local official who asked not to be named", within the span or right after it ("An
    official who spoke on condition of anonymity said")."""
    tokens = p.tokens
    relative = lex.words("relative")
    opens = next((i for i in idx[1:] if tokens[i].text.lower() in relative), None)
    if opens is None:
        k = idx[-1] + 1
        if k >= len(tokens) or tokens[k].text.lower() not in relative:
            return False
        opens = k
    clause = []
    for t in tokens[opens + 1:opens + 9]:
        if t.text in ",;:—–" or t.text in _QUOTE_MARKS:
            break
        clause.append(t.text)
    return lex.says_unnamed(clause)


def _lone_surname_nominative(word: str, language: str) -> str:
    """A surname alone in the genitive, in the nominative: the dictionary's surname reading
    ("Пескова" -> Песков, "Захаровой" -> Захарова), or the surname endings of the
    lexicon for one it does not know. So that "по словам Пескова" and "Песков заявил" are
    one source, not two that would corroborate each other."""
    from claimledger.extract.lexicon import surname_endings

    endings = surname_endings(language)
    for reading in parses(word, language):
        tag = reading.tag
        if tag.case != "gent" or tag.number == "plur":
            continue
        # a surname, or one that declines like an adjective ("Зеленського" -> Зеленський)
        if "Surn" in tag.grammemes or (tag.POS == "ADJF" and endings and reading.normal_form.endswith(endings)):
            form = reading.inflect({"nomn", tag.gender} if tag.gender else {"nomn"})
            if form is not None:
                return _cased_as(form.word, word)
    for gender in ("femn", "masc"):
        found = _surname_from_genitive(word, language, gender)
        if found:
            return found
    return word


def _surname_nominative(word: str, language: str) -> str:
    """A surname alone in any case, in the nominative ("Путиным" -> Путин), by the
    dictionary's surname reading; in the genitive, as ``_lone_surname_nominative``."""
    for reading in parses(word, language):
        tag = reading.tag
        if "Surn" in tag.grammemes and tag.number != "plur" and tag.case not in ("nomn", "gent"):
            form = reading.inflect({"nomn", tag.gender} if tag.gender else {"nomn"})
            if form is not None:
                return _cased_as(form.word, word)
    return _lone_surname_nominative(word, language)


def _surname_from_genitive(word: str, language: str, gender: str) -> str | None:
    """A surname the dictionary does not know, from the genitive to the nominative by the
    lexicon's endings ("Синєгубова" -> Синєгубов for a man), if one fits."""
    ending = next(((a, b) for a, b in surname_genitives(language, gender) if word.endswith(a)), None)
    return word[:-len(ending[0])] + ending[1] if ending else None


def _listed_inflected(word: str, lex: Lexicon) -> str | None:
    """The listed name ``word`` is an inflected form of ("Росстата" -> "Росстат"), if any."""
    for ending in _CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)]
            # (a feminine name too: "Укрзализныци" -> "Укрзализныця", "Укрзализницы" -> "Укрзализница")
            for name in (stem, stem + "ь", stem + "я", stem + "а"):
                if lex.kind_of_word(name):
                    return name
    return None


def _official_words(p: Parsed, lex: Lexicon, idx: list[int]) -> bool:
    """Whether a word of the span is an official's ("Официальные лица США")."""
    return any(lex.kind_of_word(p.tokens[i].lemma) == "official" or lex.kind_of_word(p.tokens[i].text.lower())
               == "official" for i in idx)


def _by_dictionary(p: Parsed, lex: Lexicon, idx: list[int], head: int) -> str | None:
    """The kind of a Russian or Ukrainian source that no lexicon knows, by the dictionary.

    - A one-word subject with a capital inside the sentence that the dictionary can only
      read in an oblique case is a surname it misreads ("заявил Пушков": 'пушок' in the
      genitive plural; "добавил Руге").
    - A common noun for a living being, or an adjective standing alone for one, is an
      unnamed person ("Продавец рассказал", "Пострадавший утверждает") or, in the
      plural, a crowd ("Фермеры жалуются", "Раненые рассказали").
    - The dictionary's organisations ("Роскомнадзор", "Газпром") are organisations.
    """
    t = p.tokens[head]
    # an adjective or participle the dictionary knows standing for a person: "Пострадавший",
    # "Раненые" (not "Данные", which is also data, nor any adjective left alone by a misparse)
    substantive = t.pos == "ADJ" and not any(p.tokens[i].pos in ("NOUN", "PROPN") for i in idx) and \
        _stands_for_a_person(t.text, lex.language)
    if (t.pos != "NOUN" and not substantive) or t.text.isupper():
        return None
    tags = grammemes(t.text, lex.language)
    capital = t.text[:1].isupper()
    opens = all(p.tokens[i].pos in ("PUNCT", "SYM", "X") for i in range(idx[0]))
    words = [i for i in idx if p.tokens[i].pos not in ("PUNCT", "DET")]
    if words == [head] and capital and not opens and t.dep == "nsubj" and t.case not in ("nom", "acc", ""):
        return "person"
    if "Orgn" in tags:
        return "organization"
    # (a subject whose first reading is a thing but may be people: "Физики раскрыли", not physics)
    beings = t.dep == "nsubj" and "anim" not in tags and any(
        {"anim", "nomn", "plur"} <= r for r in readings(t.text, lex.language))
    if ("anim" in tags or substantive or beings) and (not capital or opens) and t.case not in ("dat", "ins"):
        # (an addressee is no source: "пишите шеф-редактору")
        return "crowd" if "plur" in tags or beings else "anonymous"
    return None


def _stands_for_a_person(word: str, language: str) -> bool:
    tags = readings(word, language)
    if any("NOUN" in r and "inan" in r for r in tags):
        return False
    return any("Subx" in r or "PRTF" in r or ("NOUN" in r and "anim" in r) for r in tags)


def _mixed_script(word: str) -> bool:
    """Whether a word holds both Latin and Cyrillic letters, not as two words joined by a
    hyphen ("HR-специалисты" are people)."""
    return "-" not in word and any("a" <= c.lower() <= "z" for c in word) and \
        any("\u0400" <= c <= "\u04ff" for c in word)


def _acronym_in_cyrillic(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and not word.isascii() and word.isalpha()


def _head(p: Parsed, idx: list[int], case: str = "") -> int | None:
    """The head word of a source span: the parse's, or by word order the first noun in the
    nominative (in ``case`` when the cue puts the source in one: "по данным источника РБК"
    is the source, not РБК)."""
    tokens = p.tokens
    inside = set(idx)
    if p.has_deps:
        roots = [i for i in idx if tokens[i].head not in inside or tokens[i].head == i]
        if roots:
            # a span the parser split ("24 | -летний студент"): its noun heads it
            return next((i for i in roots if tokens[i].pos in ("NOUN", "PROPN", "PRON")), roots[0])
    # word order: the first noun in the nominative (or any noun), or "one" of a group, before
    # a preposition inside the span (after it is where: "джерел у СБУ" are sources)
    before = []
    for i in idx:
        # (or an adjective that stands for a person: "Знайома з Ковилового")
        if tokens[i].pos == "ADP" and before and (any(tokens[j].pos in ("NOUN", "PROPN", "PRON") for j in before) or (
                tokens[before[0]].pos == "ADJ" and tokens[before[0]].case == "nom" and len(before) == 1)):
            break
        before.append(i)
    language = p.sentence.language
    for span in (before, idx):
        for i in span:
            if case == "gen" and language in ("ru", "uk"):
                # (the dictionary's first reading is no help: "министра" may be its accusative)
                if tokens[i].pos in ("NOUN", "PROPN") and any("gent" in r for r in readings(tokens[i].text, language)):
                    return i
            elif (tokens[i].pos in ("NOUN", "PROPN") or tokens[i].lemma == "один") and tokens[i].case in ("", "nom"):
                return i
        nouns = [i for i in span if tokens[i].pos in ("NOUN", "PROPN", "PRON")]
        if nouns:
            return nouns[0]
        if span is before and len(before) == 1 and len(idx) > 1:
            return before[0]
    return idx[-1] if idx else None


def _first_conjunct(p: Parsed, idx: list[int], head: int | None) -> list[int]:
    """The span without what is coordinated to its head ("RT" of "RT and its defenders")."""
    if not p.has_deps or head is None:
        return idx
    dropped: set[int] = set()
    for k in p.children(head):
        if p.tokens[k].dep in ("conj", "cc", "preconj") and k > head:
            dropped.update(p.subtree(k))
    if not dropped:
        return idx
    kept = [i for i in idx if i not in dropped]
    while kept and p.tokens[kept[-1]].pos == "PUNCT":
        kept.pop()
    return kept if kept else idx


def _represented_kind(p: Parsed, lex: Lexicon, idx: list[int], head: int) -> str | None:
    """The kind of the body a representative's title names right after it, by its first
    word a lexicon lists ("представители компании": organization), up to a preposition."""
    for i in idx:
        if i <= head:
            continue
        t = p.tokens[i]
        if t.pos == "ADP" and t.text.lower() not in lex.words("staff_of"):
            return None
        kind = lex.kind_of_word(t.lemma.lower()) or lex.kind_of_word(t.text.lower())
        if kind in _BODIES:
            return kind
    return None


def _institution_kind(p: Parsed, lex: Lexicon, idx: list[int], head: int) -> str | None:
    """The kind of the named institution after a title in a span ("at the Kyiv
    Independent", "«Української правди»"), by the lexicons, or organization for a name in
    quotation marks; None when the span names none the lexicons know."""
    after = [i for i in idx if i > head]
    # up to a preposition that links no staff: "журналисты из зала суда" are in the court, not
    # of it; "заступник голови комітету Верховної Ради з питань …" is the committee's
    cut = next((n for n, i in enumerate(after) if p.tokens[i].pos == "ADP" and
                p.tokens[i].text.lower() not in lex.words("staff_of")), len(after))
    after = after[:cut]
    words = [i for i in after if p.tokens[i].pos not in ("ADP", "DET", "PUNCT")]
    if not words:
        return None
    quoted = _in_guillemets(p, idx)
    common = [p.tokens[i].lemma.lower() for i in words if not p.tokens[i].text[:1].isupper() and i not in quoted]
    # the whole name, and what ends it ("комітету Верховної Ради": Верховна Рада; "Совета
    # безопасности РФ": РФ)
    tails = [_whole_name(p, after[n:]) for n in range(len(after)) if after[n] in words]
    names = [name for tail in tails for name in (tail, _nominative_phrase(tail, lex.language).lower())]
    # (an organization's common noun names no one the staff speak for: "сотрудники местной
    # больницы", "workers at a plant" are unnamed people; "сотрудники полиции" speak for it)
    kinds = [lex.kind_of_word(w) for w in (*names, *common)]
    kind = next((k for k in kinds if k in _BODIES), None)
    if kind == "organization" and all(p.tokens[i].text[:1].islower() and i not in quoted for i in words):
        return None
    if kind:
        return kind
    if any(p.tokens[i].ent == "LOC" and p.tokens[i].text[:1].isupper() for i in words if i not in quoted):
        return "official"  # a state's: "Зампредседателя Совета безопасности РФ", "дипломаты США"
    # a name no lexicon lists, in quotation marks (the small English NER takes "Kharkiv" for
    # an organisation: "Journalists in Kharkiv" are where they are)
    return "organization" if all(i in quoted for i in words) else None


def _whole_name(p: Parsed, idx: list[int]) -> str:
    """A span's words in small letters, without its quotation marks: «РИА Новости» is
    "риа новости" to the lexicons."""
    return " ".join(p.tokens[i].text.lower() for i in idx if p.tokens[i].text not in _QUOTE_MARKS)


def _head_words(p: Parsed, idx: list[int], head: int | None, others: bool = True) -> list[str]:
    """The head's text and lemma, then two-word phrases around it ("news agency"), then
    (with ``others``) the other nouns of the span before a preposition ("analysts at a group")."""
    tokens = p.tokens
    # the whole name first: "The Washington Post", whose parsed head may be "The"
    whole = _whole_name(p, idx)
    out: list[str] = [whole] if 1 < len(whole.split()) <= 4 else []
    if head is not None:
        t = tokens[head]
        out += [t.text.lower(), t.lemma.lower()]
        if head > idx[0]:
            out.insert(0, f"{tokens[head - 1].text.lower()} {t.text.lower()}")
        if head + 1 <= idx[-1]:
            out.insert(0, f"{t.text.lower()} {tokens[head + 1].text.lower()}")
            if head + 2 <= idx[-1] and t.lemma.lower() != t.text.lower():
                # (a head in any case before the words of its kind: "Агентства гражданской авиации")
                out.insert(0, f"{t.lemma.lower()} {tokens[head + 1].text.lower()} {tokens[head + 2].text.lower()}")
            if head + 2 <= idx[-1]:
                out.insert(0, f"{t.text.lower()} {tokens[head + 1].text.lower()} {tokens[head + 2].text.lower()}")
    for i in idx if others else ():
        if tokens[i].pos == "ADP" and i != idx[0]:
            break
        if tokens[i].pos in ("NOUN", "PROPN") and i != head:
            out += [tokens[i].text.lower(), tokens[i].lemma.lower()]
    return out


def _only_a_quoted_name(p: Parsed, lex: Lexicon, idx: list[int]) -> bool:
    """Whether the span's words (after "в", "у") are one name in quotation marks, the marks
    inside the span or around it."""
    tokens = p.tokens
    words = [i for i in idx if tokens[i].pos != "PUNCT" and tokens[i].text.lower() not in lex.words("at_institution")]
    if not words:
        return False
    first, last = words[0], words[-1]
    return first > 0 and last + 1 < len(tokens) and tokens[first - 1].text in ("«", "“", '"') and \
        tokens[last + 1].text in ("»", "”", '"') and not _QUOTE_MARKS & {tokens[i].text for i in range(first, last + 1)}


def _in_guillemets(p: Parsed, idx: list[int]) -> set[int]:
    """The tokens of the span between « and » (or “ and ”)."""
    out: set[int] = set()
    inside = False
    for i in idx:
        text = p.tokens[i].text
        if text in ("«", "“"):
            inside = True
        elif text in ("»", "”"):
            inside = False
        elif inside:
            out.add(i)
    return out


def _person_name(p: Parsed, idx: list[int], lex: Lexicon) -> str | None:
    """A person's name inside the span: an entity (PER) run, widened over adjacent
    capitalised name tokens ("Іван" tagged a name, "Сокіл" a noun; in English a first name
    the NER left out before the surname: "governor Alexei Smirnov")."""
    tokens = p.tokens
    inside = set(idx)
    runs: list[list[int]] = []
    titled = _in_guillemets(p, idx)
    # (two names the entity reader told apart: "при президенте Джо Байдене Джейк Салливан")
    starts = {first for first, _, label in p.entities if label == "PER" and first - 1 in inside and
              tokens[first - 1].ent == "PER"} if lex.language in ("ru", "uk") else set()
    for i in idx:
        t = tokens[i]
        if i in titled:
            continue  # «Української правди»: an outlet's or a company's name, never a person's
        named = t.ent == "PER" or t.name
        capital_after = runs and runs[-1][-1] == i - 1 and t.text[:1].isupper() and t.pos in ("NOUN", "PROPN", "X")
        if named or capital_after:
            # an oblique name before a nominative one is someone else: "(Центра имени)
            # Гамалеи Александр Гинцбург" (the other way round, the dictionary's case of an
            # indeclinable surname means nothing: "Артем Лысенко"); the parser's joining the
            # words into one name overrules a first name the dictionary knows only as a
            # man's in the genitive ("Кая Каллас")
            agree = not (t.case == "nom" and tokens[i - 1].case not in ("", "nom")) or (
                t.dep == "flat:name" and runs and t.head in runs[-1]) or _can_be_in(p, i, tokens[i - 1].case) \
                or _indeclinable(p, i) or _her_indeclinable_surname(p, i)
            if runs and runs[-1][-1] == i - 1 and agree and i not in starts:
                runs[-1].append(i)
            else:
                runs.append([i])
    runs = [r for r in runs if all(j in inside for j in r)]
    if not runs:
        return None
    runs = [_holder(p, r) for r in runs]
    # the longest; of two as long, the one the dictionary knows as a name ("Пресс-секретарь
    # Кремля Песков": the NER's widening took in "Кремля" as well), then the one not in an
    # oblique case when the other is ("Пресс-секретарь Путина Песков": Putin's, Peskov; "при
    # президенте Джо Байдене Джейк Салливан")
    best = max(runs, key=lambda r: (len(r), any(tokens[j].name for j in r), tokens[r[-1]].case in ("", "nom")
                                    and not _never_nominative(p, r[-1])))
    while len(best) > 1 and tokens[best[-1]].text.lower() in ("'s", "’s"):
        best = best[:-1]  # (the NER's PERSON takes in the possessive: "Ivana Brandt's")
    if not any(tokens[j].text[:1].isupper() for j in best):
        return None
    first = best[0]
    if lex.language == "en" and len(best) == 1 and first - 1 in inside and _first_name_before(p, lex, first):
        first -= 1
    return p.span_text(first, best[-1])


def _first_name_before(p: Parsed, lex: Lexicon, k: int) -> bool:
    """Whether the word before a surname standing alone is a first name the NER left out: a
    capitalised proper noun after a word in small letters, no title or listed word
    ("governor Alexei Smirnov"; not "Rival Hillary Clinton", "Speaker Paul Ryan", "Dr.")."""
    tokens = p.tokens
    t = tokens[k - 1]
    return (k < 2 or not tokens[k - 2].text[:1].isupper()) and t.pos == "PROPN" and t.ent in ("", "PER") and \
        t.text[:1].isupper() and not t.text.isupper() and not lex.is_title(t.text.rstrip(".")) and \
        not lex.is_title(t.lemma) and not lex.kind_of_word(t.text.lower())


_CASE_GRAMMEMES = {"gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt", "loc": "loct"}


def _her_indeclinable_surname(p: Parsed, i: int) -> bool:
    """A surname that declines for a man and not for a woman, after her first name
    ("депутата Светланы Бессараб")."""
    language = p.sentence.language
    return language in ("ru", "uk") and i > 0 and p.tokens[i - 1].gender == "f" and p.tokens[i - 1].name and \
        any({"Fixd", "femn", "Surn"} <= r for r in readings(p.tokens[i].text, language))


def _crowd_or_one(p: Parsed, lex: Lexicon, idx: list[int], head: int | None, kind: str) -> str:
    """A crowd's word for one person is an unnamed individual, ``anonymous`` ("One resident
    said", "Очевидец рассказал"); any other kind stays."""
    return "anonymous" if kind == "crowd" and head is not None and _one_person(p, lex, idx, head) else kind


def _one_by_trade(p: Parsed, lex: Lexicon, idx: list[int], head: int) -> bool:
    """Whether an unlisted English noun after "a"/"an" names someone by what they do, by the
    suffix of an agent ("A crane operator", "a welder at the plant", "a machinist"): one
    unnamed person, where "the bank" or "a company" is a body."""
    word = p.tokens[head].text.lower()
    return p.tokens[idx[0]].text.lower() in ("a", "an") and len(word) > 5 and \
        word.endswith(tuple(lex.words("agent_suffix")))


def _one_person(p: Parsed, lex: Lexicon, idx: list[int], head: int) -> bool:
    """Whether a crowd's word stands for one person: singular, not a share of many ("44%
    жителей", "каждый пятый опрошенный"), and in Russian and Ukrainian a living being
    ("житель", not the crowd's place "чат", "соцсеть")."""
    t = p.tokens[head]
    many = lex.words("quantifier") | lex.words("share")
    if t.gender == "pl" or any((p.tokens[i].pos == "NUM" and lex.numbers.get(p.tokens[i].lemma.lower()) != 1) or
                               p.tokens[i].text == "%" or p.tokens[i].text.lower() in many for i in idx):
        return False
    if lex.language == "en":
        return True  # (the tagger marks the plural: "people", "users")
    found = readings(t.text, lex.language)
    return bool(found) and all("plur" not in r and "anim" in r for r in found if "NOUN" in r or "ADJF" in r)


def _holder(p: Parsed, run: list[int]) -> list[int]:
    """A name has one surname: of two in one run, the first is whose title it is ("пресс-
    секретаря Путина (Дмитрия) Пескова", in one case with the holder's name), the rest the
    holder's ("Зеленский Владимир Александрович" has one)."""
    language = p.sentence.language
    if language not in ("ru", "uk") or len(run) < 2:
        return run
    surnames = [n for n, i in enumerate(run) if _surname_only(p.tokens[i].text, language)]
    return run[surnames[0] + 1:] if len(surnames) >= 2 else run


def _surname_only(word: str, language: str) -> bool:
    """A word the dictionary reads as a surname and never as a first name or patronymic."""
    found = readings(word, language)
    return any("Surn" in r for r in found) and not any({"Name", "Patr"} & r for r in found)


def _can_be_in(p: Parsed, i: int, case: str) -> bool:
    """Whether the dictionary has a reading of token ``i`` in ``case`` ("Алексея Смирнова":
    "Смирнова" is first a woman in the nominative, but also a man in the genitive)."""
    grammeme = _CASE_GRAMMEMES.get(case, "nomn" if case == "nom" else None)
    language = p.sentence.language
    return grammeme is not None and language in ("ru", "uk") and p.tokens[i].text[:1].isupper() and any(
        grammeme in r and "plur" not in r and "Fixd" not in r and ("Surn" in r or "Name" in r or "Patr" in r)
        for r in readings(p.tokens[i].text, language))  # (an indeclinable name agrees with any case)


def _indeclinable(p: Parsed, i: int) -> bool:
    """A name the dictionary reads as indeclinable only ("Каллас"): its case says nothing
    (without a parser, "Кая Каллас" is one name, not a genitive and a nominative)."""
    found = readings(p.tokens[i].text, p.sentence.language) if p.sentence.language in ("ru", "uk") else []
    return bool(found) and all("Fixd" in r for r in found)


def _name_after_title(p: Parsed, lex: Lexicon, idx: list[int], head: int) -> str | None:
    """The name closing a titled span: two or three capitalised proper nouns, or in Russian
    and Ukrainian a surname the dictionary reads as none of its common words."""
    tokens = p.tokens
    commas = [i for i in idx if i > head and tokens[i].text == ","]
    apposed = [i for i in idx if commas and i > commas[-1] and tokens[i].pos != "PUNCT"]
    if 2 <= len(apposed) <= 3 and tokens[apposed[0] - 1].text == "," and all(
            tokens[i].pos == "PROPN" and tokens[i].text[:1].isupper() and not tokens[i].text.isupper()
            and tokens[i].ent != "LOC" for i in apposed) and apposed == list(range(apposed[0], apposed[-1] + 1)):
        # "the mayor of Kharkiv, Ihor Terekhov": a name set apart by commas, whatever a
        # small NER model calls it
        return p.span_text(apposed[0], apposed[-1])
    run = _name_run(p, idx, head)
    if any(tokens[i].ent == "ORG" for i in run) and (run[0] != head + 1 or p.sentence.language != "en"):
        # a name the small English NER model calls ORG counts right after the title
        # ("Regional governor Oleh Kiper"), not after an organisation ("head of Naftogaz X Y")
        run = run[next((n for n in range(len(run) - 1, -1, -1) if tokens[run[n]].ent == "ORG"), -1) + 1:]
    if 2 <= len(run) <= 3:
        return p.span_text(run[0], run[-1])
    language = p.sentence.language
    caps: list[int] = []
    for i in reversed(idx):
        t = tokens[i]
        syllable = caps and len(t.text) <= 3 and t.text[1:].islower() and (short_name_part(t) or (
            t.pos == "PRON" and t.text.lower() not in lex.pronouns))
        if i <= head or len(caps) == 3 or (t.pos not in ("NOUN", "PROPN") and not syllable) or \
                not t.text[:1].isupper() or t.text.isupper() or t.text.isascii() or t.ent in ("LOC", "ORG"):
            break  # (a syllable of an East Asian name goes with the rest: "Чо Гук", "Ли Чжэ Мён")
        caps.insert(0, i)
    if caps and len(run) <= 1 and language in ("ru", "uk"):
        # a surname after a title: "премьер Кобахидзе", "Канцлер ФРГ Шольц", "Президент
        # Южной Кореи Юн Сок Ёль"; not a place or an organisation, not a word the
        # dictionary knows otherwise, not whose it is ("команды Лободы", "«Медиазоны»")
        last = tokens[caps[-1]]
        tags = readings(last.text, language)
        known = morph_known(last.text, language)
        # (a word the dictionary does not know that ends like a surname in the nominative is
        # one, whatever its guess: "Министр финансов Силуанов", not Силуан's; "Голова МЗС
        # Сибіга"; role surname_nominative)
        surname = not known and last.text.lower().endswith(tuple(lex.words("surname_nominative")))
        # (a word for a person, capitalised after a title, is a surname: "Посол Украины
        # Мельник", "Губернатор Богомаз", the miller and the icon painter to the dictionary)
        person_word = bool(tags) and all("anim" in r and "NOUN" in r for r in tags)
        # (after a first name, any capitalised word is the surname: "Эмманюэль Макрон", a
        # diacritic to the dictionary; a first name it does not know is one too)
        first_name = len(caps) >= 2 and (any("Name" in r for r in readings(tokens[caps[0]].text, language)) or (
            not morph_known(tokens[caps[0]].text, language) and not tokens[caps[0]].ent))
        if not any({"Geox", "Orgn"} & r for r in tags) and \
                (not known or person_word or first_name or any("Surn" in r for r in tags)) and \
                (surname or not _never_nominative(p, caps[-1])) and \
                tokens[caps[0] - 1].text not in ("«", "“", "„", '"') and not _BRAND.match(last.text):
            return p.span_text(caps[0], caps[-1])
    return None


# A body's name opening with a proper name's possessive: "Turkey's foreign ministry".
_PROPER_WHOSE = re.compile(r"[A-Z][\w-]*['’]s\s")

# The name of up to four words in a body's possessive: "Azov-Link's press service".
_WHOSE_BODY = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})['’]s ")
# the name a body goes by, after a noun for it ("a group calling itself Severny Shkval")
_GOES_BY = r"\s+(?:calling itself|called|known as|named)\s+([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3})"
# a capitalised name, a comma and a description with an article ending in a noun ("Tidemark,
# an open-source research group"; "Pereprava-Yug, the company that runs the ferry"); the
# description's noun goes between these two, and a clause or a stop follows it
_DESCRIPTION_END = r"\b(?=\s*(?:[,.;]|that\b|which\b|who\b|with\b|based\b|active\b|in\b|at\b|from\b))"
_NAME_AND_DESCRIPTION = (r"\b([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3})(?: \([^()\n]{1,40}\))?,\s+(?:a|an|the)\s+"
                         r"(?:[\w'’-]+\s+){0,4}?")
_OPENING_QUOTES = ("«", "“", "„", '"')
_CLOSING_QUOTES = ("»", "”")
# A noun and a name in quotation marks right after it: "авіакомпанії «Ліндра Ейр»".
_QUOTED_NAME = re.compile(r"«[^«»\n]{1,60}»|“[^“”\n]{1,60}”")
# the one to three words right before a name in quotation marks
_WORDS_BEFORE = [re.compile(rf"((?:[\w'’-]+[ \t]+){{1,{n + 1}}})$") for n in range(3)]

# A company's name with a letter or acronym before a hyphen ("Т-Банк", "X-Холдинг"), not a surname.
_BRAND = re.compile(r"[A-ZА-ЯЁІЇЄҐ]{1,3}-")


def _name_run(p: Parsed, idx: list[int], after: int) -> list[int]:
    """The capitalised proper nouns ending the span, after token ``after``: not a place nor
    an acronym ("(Глава) МИД Грузии"); a short syllable read as a particle is a name's ("Ли
    Чжэ Мён")."""
    tokens = p.tokens
    run: list[int] = []
    for i in reversed(idx):
        t = tokens[i]
        if i <= after or (t.pos != "PROPN" and not short_name_part(t)) or not t.text[:1].isupper() or \
                t.text.isupper() or t.ent == "LOC":
            break
        run.insert(0, i)
    return run


def _name_closing_title(p: Parsed, lex: Lexicon, idx: list[int]) -> str | None:
    """English: two or three capitalised proper nouns ending the span right after a title in
    lower case, whatever the NER calls them or the words before the title: "Lindra Air
    spokeswoman Marta Zeltiņa" (the company a PERSON to it, she a place)."""
    tokens = p.tokens
    if lex.language != "en":
        return None
    run: list[int] = []
    for i in reversed(idx):
        t = tokens[i]
        if t.pos != "PROPN" or not t.text[:1].isupper() or t.text.isupper() or len(run) == 3:
            break
        run.insert(0, i)
    if not 2 <= len(run) <= 3 or run[0] == idx[0]:
        return None
    title = tokens[run[0] - 1]
    return p.span_text(run[0], run[-1]) if title.text.islower() and lex.is_title(title.lemma) else None


def _name_after_title_word(p: Parsed, lex: Lexicon, idx: list[int]) -> str | None:
    """One to three capitalised proper nouns ending the span right after a title word,
    whatever a small NER model calls them: "Regional governor Oleh Kiper" (ORG to it)."""
    tokens = p.tokens
    # (a capitalised title in a headline is no part of the name: "Kharkiv Mayor Ihor Terekhov")
    title = next((i for i in reversed(idx) if tokens[i].text[:1].isupper() and lex.is_title(tokens[i].lemma)),
                 idx[0] - 1)
    run = _name_run(p, idx, title)
    # (one word too, right after the title: "Military blogger Rybar")
    if not 1 <= len(run) <= 3 or run[0] == idx[0] or not lex.is_title(tokens[run[0] - 1].lemma):
        return None
    return p.span_text(run[0], run[-1])


def _dependent_name(p: Parsed, lex: Lexicon, idx: list[int], head: int, speaker: str = "") -> bool:
    """Whether the names in the span after its head are in the genitive, naming whose
    title it is ("пресс-секретарь Путина", "речник Зеленського"), not who holds it. A
    woman's surname in the nominative reads like a man's in the genitive: after a verb of
    a woman (``speaker`` "f") it is hers ("главный специалист метеобюро Позднякова
    заявила")."""
    names = [i for i in idx if i > head and (p.tokens[i].ent == "PER" or p.tokens[i].name)]
    if speaker == "f" and names and all(one_in_nominative(p.tokens[i].text, lex.language, "femn") for i in names) and \
            any(p.tokens[i].pos in ("NOUN", "PROPN") for i in idx if head < i < names[0]) and \
            lex.kind_of_word(p.tokens[head].lemma) not in ("anonymous", "crowd"):
        # (a title with its own complement before the name; not a relative: "Жена продюсера
        # Петра Гаврилова" is his wife, "Пресс-секретарь Голубева" his press secretary)
        return False
    if p.sentence.language == "en":
        before = [i for i in idx if i < head and (p.tokens[i].ent == "PER" or p.tokens[i].name)]
        if before and not names and p.has_deps and lex.kind_of_word(p.tokens[head].lemma.lower()) in _BODIES and \
                all(p.tokens[i].dep in ("compound", "nmod", "amod", "npadvmod") for i in before):
            return True  # "the Kherson regional administration": a place (a PERSON to the NER) naming the body
        # a name after a preposition is where or whose: "officials in Kyiv" (a PERSON to the
        # small NER model), "a spokesman for Zelensky"
        return bool(names) and all(_under_preposition(p, i, head) for i in names)
    if p.tokens[head].case == "gen" and (len(names) >= 2 or (
            len(names) == 1 and names[0] in (head + 1, idx[-1]) and not p.tokens[names[0]].text.isupper() and
            lex.is_title(p.tokens[head].lemma.lower()) and
            p.tokens[head].lemma.lower() not in lex.words("relational_title"))):
        # the title in the genitive too ("по словам губернатора Вячеслава Гладкова"): a
        # first name and surname after it are who holds it, and so is a surname after a post,
        # right after it or ending the span ("по словам депутата Филатовой", "спикера Палаты
        # представителей Джонсона"), not after a title one holds for someone
        # ("по словам пресс-секретаря Путина") nor after a body ("администрации Чехова")
        return False
    if names and lex.kind_of_word(p.tokens[head].lemma) in ("anonymous", "crowd") and \
            all(_can_be_in(p, i, "gen") for i in names) and any(_never_nominative(p, i) for i in names):
        # one word of the name that is never in the nominative puts the rest in its case:
        # "Семья … Олега Парастаева" is his family, whatever "Парастаева" may be for a woman
        # (a press service speaks for whom it names: "пресс-служба губернатора Андрея Смирнова")
        return True
    if names and all((p.tokens[i].case == "gen" and _singular_case(p, i) == "gen") or _never_nominative(p, i)
                     for i in names):
        return True
    # an indeclinable first name takes the case of a surname after it that is never in the
    # nominative: "Администрация президента США Джо Байдена" is his administration (not a
    # title and a name the parser guessed the case of: "Министр … Италии Антонио Таяни")
    declined = [i for i in names if _never_nominative(p, i) and _can_be_in(p, i, "gen")]
    return bool(declined) and all(i in declined or _indeclinable(p, i) for i in names)


def _phrase_of(p: Parsed, k: int) -> list[int]:
    """The words of the noun phrase headed by token ``k`` around it, up to a comma or a
    verb of a clause inside it ("Жители Суджи(, бежавшие из …)"), a name in quotation
    marks whole ("Священники на телеканале «Спас»")."""
    tokens = p.tokens
    tree = set(p.subtree(k))

    def inside(i: int) -> bool:
        # (nor the relative pronoun opening a clause inside it: "analysts at X who reviewed …")
        return i in tree and tokens[i].pos != "VERB" and (tokens[i].pos != "PUNCT" or tokens[i].text in _QUOTE_MARKS) \
            and not (i > k and tokens[i].pos == "PRON" and tokens[i].dep in ("nsubj", "nsubjpass") and
                     i + 1 < len(tokens) and tokens[i + 1].pos in ("VERB", "AUX"))

    start = end = k
    while inside(start - 1):
        start -= 1
    while inside(end + 1):
        end += 1
    if sum((tokens[i].text == "«") - (tokens[i].text == "»") for i in range(start, end + 1)) > 0:
        end = next((i for i in range(end + 1, min(end + 6, len(tokens))) if tokens[i].text == "»"), end)
    return list(range(start, end + 1))


def _after_a_source_phrase(p: Parsed, lex: Lexicon, idx: list[int]) -> bool:
    """Whether an English span follows a phrase cue that only a source follows ("according
    to", "in the words of"; not "citing", "quoting", which may take a reason: "citing
    bribes"), and names one or more of something ("the pilot", "investigators"; not a
    measure: "according to body mass index")."""
    tokens = p.tokens
    if lex.language != "en" or any(set(tokens[i].text) & set('<>="/:') for i in idx) or not (
            tokens[idx[-1]].gender == "pl" or any(tokens[i].text.lower() in lex.words("determiner") for i in idx)):
        return False  # (nor markup: 'according to <a href="javascript:…">')
    before = " ".join(t.text.lower() for t in tokens[max(0, idx[0] - 4):idx[0]])
    return any(kind == "prep" and phrase not in lex.words("citing") | lex.words("measure_preposition") and
               phrase != "quoting" and
               (before == phrase or before.endswith(" " + phrase)) for phrase, kind in lex.phrases.items())


def _name_before_apposition(p: Parsed, idx: list[int], of_a_person: bool) -> str | None:
    """Two or three capitalised proper nouns that open a span and a comma after them: a
    person's name before what is said of him ("Ivanka Trump, the nominee's eldest
    daughter"), whatever the NER missed; or took for a body's, when the words after the
    comma are a person's ("daughter")."""
    tokens = p.tokens
    comma = next((i for i in idx if tokens[i].text == ","), None)
    if comma is None or not 2 <= comma - idx[0] <= 3:
        return None
    lead = [tokens[i] for i in range(idx[0], comma)]
    if all(t.pos == "PROPN" and t.text[:1].isupper() and t.text[1:2].islower() and (
            t.ent in ("", "PER") or (t.ent == "ORG" and of_a_person)) for t in lead):
        return p.span_text(idx[0], comma - 1)
    return None


def _whose_only(p: Parsed, idx: list[int]) -> bool:
    """Whether every name in an English span ends with "'s" and a noun of the span follows
    it: the name is whose the speaker is ("Vladimir Putin's press secretary", "one of
    Obama's advisers"), not the speaker."""
    tokens = p.tokens
    names = [i for i in idx if (tokens[i].ent == "PER" or tokens[i].name) and tokens[i].text[:1].isupper()]
    if not names:
        return False
    for i in names:
        end = i
        while end + 1 in idx and end + 1 in names:
            end += 1
        if end + 2 > idx[-1] or tokens[end + 1].text.lower() not in ("'s", "’s", "'", "’") or \
                not any(tokens[k].pos == "NOUN" for k in idx if k > end + 1):
            return False
    return True


def _under_preposition(p: Parsed, i: int, head: int) -> bool:
    """Whether a token hangs (itself or as part of a compound name) on a preposition that
    hangs on the span's head."""
    tokens = p.tokens
    while tokens[i].dep == "compound" and tokens[i].head != i:
        i = tokens[i].head
    up = tokens[i].head
    return tokens[i].dep == "pobj" and 0 <= up < len(tokens) and tokens[up].dep == "prep" and tokens[up].head == head


def _singular_case(p: Parsed, i: int) -> str:
    """The case of a name by the dictionary's first reading of one person ("Борисов" is
    first the genitive plural of "Борис", but one man is in the nominative)."""
    language = p.sentence.language
    if language not in ("ru", "uk"):
        return p.tokens[i].case
    one = next((r for r in readings(p.tokens[i].text, language) if "plur" not in r), None)
    if one is None:
        return p.tokens[i].case
    return next((short for short, long in _CASE_GRAMMEMES.items() if long in one), "nom" if "nomn" in one else "")


def _never_nominative(p: Parsed, i: int) -> bool:
    """A Russian or Ukrainian name the dictionary cannot read as one person in the
    nominative ("Отец Алины": 'Алины' is first a plural)."""
    language = p.sentence.language
    return language in ("ru", "uk") and not one_in_nominative(p.tokens[i].text, language)


def _person_gender(p: Parsed, idx: list[int]) -> str:
    for i in idx:
        t = p.tokens[i]
        if (t.ent == "PER" or t.name) and t.gender in ("m", "f"):
            return t.gender
    return ""


def _clean_name(p: Parsed, idx: list[int]) -> str:
    tokens = p.tokens
    idx = list(idx)
    while idx and (tokens[idx[0]].text.lower() in _DETERMINERS or (tokens[idx[0]].pos == "PUNCT" and
                                                                    tokens[idx[0]].text != "@")):
        idx = idx[1:]
    while idx and tokens[idx[-1]].pos == "PUNCT":
        idx = idx[:-1]
    if not idx:
        return ""
    return _closed(p.span_text(idx[0], idx[-1]))


def _closed(text: str) -> str:
    """A name with the quotation marks or bracket it opens closed: газета «Ведомости»,
    "(HUR)", один из «гостей»."""
    for opening, closing in (("«", "»"), ("“", "”"), ("(", ")")):
        if text.count(opening) > text.count(closing):
            text += closing
    return text


def _written_in_nominative(p: Parsed, lex: Lexicon, idx: list[int], name: str, case: str, head: int | None) -> bool:
    """Whether a Russian or Ukrainian name in a source span is written in the nominative
    already. A name after "по словам" or "в" is not. After a title it agrees with the
    title ("глава евродипломатии Кая Каллас", "пресс-служба губернатора Андрея
    Воробьева"). The parser's subject is. Otherwise the dictionary's likeliest readings of
    its first word say (the Ukrainian dictionary gives all its readings one score: "Юлія"
    is as likely a woman in the nominative as "Юлій" in the genitive)."""
    if lex.language not in ("ru", "uk"):
        return True
    tokens = p.tokens
    if case == "gen" or tokens[idx[0]].text.lower() in lex.words("at_institution"):
        return False  # "за словами речниці Юлії Юрченко", "в пресс-службе Андрея Воробьева"
    at = next((i for i in idx if p.text.startswith(name, tokens[i].start)), None)
    if at is None:
        return False
    titles = [i for i in idx if i < at and lex.is_title(tokens[i].lemma)]
    if titles and tokens[titles[-1]].case and not (titles[-1] == at - 1 and not _can_be_in(p, at, tokens[at - 1].case)):
        # (right after its title, a name that cannot take the title's case is whose title
        # it is: "Представитель Агаты Муцениеце")
        return tokens[titles[-1]].case == "nom"
    if head is not None and tokens[head].dep == "nsubj":
        return True
    return any("nomn" in r and "plur" not in r and (PERSONAL_GRAMMEMES & r)
               for r in likeliest_readings(tokens[at].text, lex.language))


@lru_cache(maxsize=50_000)
def _nominative_phrase(text: str, language: str, case: str = "gent") -> str:
    """A Russian or Ukrainian noun phrase in the genitive (or ``case``: "loct" for "в
    Кремле") put in the nominative, its words up to the head noun, the adjectives
    agreeing with it ("официального представителя Минобороны" -> "официальный
    представитель Минобороны"); as written when the dictionary cannot read it so."""
    if language not in ("ru", "uk"):
        return text
    words = text.split(" ")
    if any(_acronym_in_cyrillic(w) for w in words[:1]):
        return text  # an acronym does not decline ("по данным ВЦИОМ" is ВЦИОМ, not "ВЦИОМЫ")
    inflected = inflected_acronym(text)
    if inflected:
        return inflected  # one that takes an ending all the same: "в МАКе" is МАК, not a poppy
    if len(words) > 1 and _acronym_in_cyrillic(words[-1]):
        # adjectives before an acronym that does not decline: "в Запорожской ОВА" is the
        # Запорожская ОВА (their own gender is the acronym's)
        forms = []
        for word in words[:-1]:
            adjectives = [r for r in parses(word.lower(), language) if r.tag.POS in ("ADJF", "PRTF") and case in r.tag]
            # (only when the ending says the gender: "египетском МИД" may be either)
            form = adjectives[0].inflect({"nomn"}) if len({(r.tag.gender, r.tag.number) for r in adjectives}) == 1 \
                else None
            if form is None:
                break
            forms.append(form.word[:1].upper() + form.word[1:] if word[:1].isupper() else form.word)
        else:
            return " ".join([*forms, words[-1]])
    readings_of = []
    for word in words:  # up to a preposition ("ученых из США"): the words of the head
        found = parses(word.lower(), language)
        if any(r.tag.POS in ("PREP", "CONJ") for r in found):
            break
        # (a second locative is one too: "в аэропорту")
        readings_of.append([r for r in found if (case in r.tag or (case == "loct" and "loc2" in r.tag.grammemes))
                            and r.tag.POS in ("NOUN", "ADJF", "PRTF")])
    # the head: the first word that is only a noun ("місцевих" is also "the locals'")
    nouns = [k for k, found in enumerate(readings_of) if any(r.tag.POS == "NOUN" for r in found)]
    head = next((k for k in nouns if not any(r.tag.POS in ("ADJF", "PRTF") for r in readings_of[k])),
                nouns[0] if nouns else None)
    if head is None or not all(readings_of[:head + 1]):
        return text
    if case not in ("loct", "gent") and all(any("nomn" in r.tag for r in parses(w.lower(), language))
                                            for w in words[:head + 1]):
        # it may be in the nominative already ("з посиланням на джерела в уряді": an
        # accusative that reads so); after "в" it is not, though "Кремлі" reads as a plural
        # too, nor after "за словами", though "голови" does ("за словами голови ОВА")
        return text
    noun_readings = [r for r in readings_of[head] if r.tag.POS == "NOUN"]
    if case == "loct":
        # where something is said is a place or a body: "у Києві" is Kyiv, not the man Кий
        noun_readings.sort(key=lambda r: "anim" in r.tag)
    if head:
        # of the gender its adjectives have ("у міській раді": рада, not the man's "рад")
        agreeing = [r for r in noun_readings if any(
            ({r.tag.gender, r.tag.number} - {None}) & set(a.tag.grammemes) for a in readings_of[0])]
        noun_readings = agreeing or noun_readings
    noun = noun_readings[0]
    # (the Ukrainian dictionary leaves out "sing": a gender without "plur" is singular)
    agree = {"plur"} if noun.tag.number == "plur" else {noun.tag.gender} - {None}
    out = []
    for found in readings_of[:head]:
        # (a participle too: "управляющую компанию" -> управляющая компания)
        adjective = next((r for r in found if r.tag.POS in ("ADJF", "PRTF") and agree <= r.tag.grammemes), None)
        form = adjective.inflect({"nomn"}) if adjective else None
        if form is None:
            return text
        out.append(form.word)
    form = noun.inflect({"nomn"})
    if form is None:
        return text
    out.append(form.word)
    return " ".join([*map(_cased_as, out, words), *words[head + 1:]])


def _cased_as(form: str, original: str) -> str:
    """A dictionary form (lower case) written in the case of the word it replaces; of a
    word with a hyphen only the last part changes ("телеграм-каналов" -> "телеграм-каналы",
    not "телеграмы-каналы")."""
    if "-" in original and "-" in form:
        form = original.rsplit("-", 1)[0].lower() + "-" + form.rsplit("-", 1)[1]
    if form == original.lower():
        return original  # unchanged: keep it as written ("МИД")
    if original.isupper():
        return form.upper()
    return form[:1].upper() + form[1:] if original[:1].isupper() else form


# A word ending in a consonant and "а": a man's name in the genitive ("Алмасадама").
_CONSONANT_THEN_A = re.compile(r"[бвгджзклмнпрстфхцчшщ]а$", re.IGNORECASE)


def _nominative(name: str, language: str, genitive: bool = False) -> str:
    """A Russian or Ukrainian name in the nominative: "по словам Дмитрия Пескова" names
    Дмитрий Песков. The first name decides: when its dictionary reading is singular and
    not nominative, every word the dictionary knows as a name, patronymic or surname (or
    that declines like one: "Зеленського") is put in the nominative, agreeing in gender;
    unknown words ("Бжания") stay as written."""
    if language not in ("ru", "uk"):
        return name
    from claimledger.extract.lexicon import is_first_name, morph, surname_endings

    analyser = morph(language)
    endings = surname_endings(language)

    def first_name(p) -> bool:
        return is_first_name(p, language)

    def declines_like_surname(p) -> bool:
        return bool(endings) and p.tag.POS == "ADJF" and p.normal_form.endswith(endings)

    def name_like(p) -> bool:
        return bool({"Surn", "Patr"} & set(p.tag.grammemes)) or first_name(p) or declines_like_surname(p)

    words = name.split()
    # the first word the dictionary knows as a first name (not "Совфеда", whose guessed
    # reading as a masculine name would put "Валентина" in the genitive)
    first = next(([p for p in analyser.parse(w) if first_name(p) and p.tag.number != "plur"]
                  for w in words if analyser.word_is_known(w.lower())
                  and any(first_name(p) for p in analyser.parse(w))), [])
    if genitive:
        # "за словами Юлії": of the likeliest readings (the Ukrainian dictionary scores
        # them all alike) the genitive, not "Юлій" in the locative
        first = sorted(first, key=lambda p: (-p.score, p.tag.case != "gent"))
    if not first and genitive and len(words) == 1:
        return _lone_surname_nominative(name, language)  # "по словам Пескова": Песков
    if not first and genitive and len(words) == 2 and not any(analyser.word_is_known(w.lower()) for w in words):
        # a first name and surname the dictionary knows neither of: a man's surname's
        # genitive ending says his first name's too ("министра Алмасадама Саткалиева" ->
        # Алмасадам Саткалиев); a woman's first name it cannot tell, and it is left
        surname = _surname_from_genitive(words[1], language, "masc")
        if surname and _CONSONANT_THEN_A.search(words[0]):
            return f"{words[0][:-1]} {surname}"
        # a woman's: her surname's ending, and her first name's where it tells one reading
        # ("Алии Саткалиевой" -> Алия Саткалиева; role ``first_name_genitive_f``)
        surname = _surname_from_genitive(words[1], language, "femn")
        ending = next(((a, b) for a, b in genitive_endings(language, "first_name_genitive_f")
                       if words[0].endswith(a) and len(words[0]) > len(a) + 1), None)
        if surname and ending:
            return f"{words[0][:-len(ending[0])]}{ending[1]} {surname}"
    if not first or first[0].tag.case == "nomn":
        return name  # "Игорь Ланской", or no first name to go by
    gender, case = first[0].tag.gender, first[0].tag.case
    first_at = next(k for k, w in enumerate(words) if any(first_name(p) for p in analyser.parse(w)))
    out = []
    for k, word in enumerate(words):
        known = analyser.word_is_known(word.lower())

        def declines(p, after_first=k > first_at, known=known) -> bool:
            # a word the dictionary does not know is guessed at: only its adjective ending
            # counts; after the first name, a surname that is also a common word declines
            # like it ("Дмитра Лиходія": 'лиходій', "Юлии Навальной")
            if not known:
                return declines_like_surname(p)
            return name_like(p) or (after_first and p.tag.POS in ("NOUN", "ADJF") and p.tag.number != "plur")

        parses = [p for p in analyser.parse(word) if declines(p)
                  and p.tag.case == case and p.tag.gender in (gender, None)]
        form = parses[0].inflect({"nomn"}) if parses else None
        if form is None and k > first_at and gender in ("masc", "femn") and case in ("gent", "accs") and \
                word[:1].isupper():
            # a surname the dictionary only guesses at, or knows only as a common word that
            # does not agree: "Олега Синєгубова", "Олени Синєгубової", "Романа Пестова"
            nominative = _surname_from_genitive(word, language, gender)
            if nominative:
                out.append(nominative)
                continue
        out.append(form.word.capitalize() if form else word)
    return " ".join(out)
