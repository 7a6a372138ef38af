"""Sentence splitting that knows Telegram's habits and each language's abbreviations.

razdel does the splitting inside a paragraph: it handles quotes («», “”, „“), initials
and Russian abbreviations, at ~80k sentences/s. Around it:
- Telegram posts break lines instead of ending sentences, so a line break ends a
  sentence, unless the line was merely wrapped (no final punctuation, and the next line
  starts in lower case, with no blank line between);
- a split after an abbreviation from ``abbreviations/<lang>.txt`` ("Gov.", "Sept.",
  "вул.") is undone;
- a model's name ending in a capital ("Iskander-M.") ends a sentence razdel took for an
  initial's, and so does an abbreviation razdel knows that is also a word, after a figure
  and before a capital ("909 тел. В ведомстве …": tagged "word" in the abbreviations file);
- in Russian and Ukrainian, a short line ending in a colon and a quotation opening the next
  paragraph are one sentence: a post's heading names who speaks ("Глава района X:\n\n«…»");
- an emoji after a word and before a capital ends a sentence ("… боєприпаси 🤡 Я …");
- leading bullets and emoji are left outside the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from itertools import pairwise

from razdel import sentenize

from claimledger.model import Sentence

_LINE = re.compile(r"[^\n]+")
_ENDS_SENTENCE = re.compile(r"[.!?…:;»“”\"')\]]\s*$")
_STARTS_LOWER = re.compile(r"\s*[a-zа-яёіїєґ]")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
# Bullets, emoji and decoration before the first letter, digit or quote of a sentence (or
# the "@" of a handle: "@rybar: …" names the channel).
_LEAD = re.compile(r"[^\w«“„\"'‘(\[@]*", re.UNICODE)
_LAST_WORD = re.compile(r"([\w.\-]+)\.\s*$", re.UNICODE)
# a wire story's dateline opening a paragraph ("KYIV (Reuters) — ", "MOSCOW, Oct. 11 (AP) - ",
# "ODESA, Ukraine, Nov 26 (Wire) — ", "FLINT, Mich., Oct. 4 (UPI) — "):
# where and by whom, no part of the sentence (whose subject it is not)
_DATELINE = re.compile(r"[A-ZА-ЯЁІЇЄҐ]{3,}(?:[ -][A-ZА-ЯЁІЇЄҐ]{2,})*(?:, [A-Z][a-z]+\.?(?: [A-Z][a-z]+)?(?=, [A-Z]))?"
                       r"(?:, [A-Z][a-z]{2,}\.? \d{1,2})?"
                       r"(?: \([^()\n]{1,40}\))? ?[—–-]{1,2} (?=[A-ZА-ЯЁІЇЄҐ\"“«])")
# and a Russian agency's ("МОСКВА, 14 ноя — РИА Новости. ", "КИЕВ, 5 июня. /ТАСС/. ")
_AGENCY_DATELINE = re.compile(r"[A-ZА-ЯЁІЇЄҐ]{3,}(?:[ -][A-ZА-ЯЁІЇЄҐ]{2,})*, \d{1,2} [а-яёіїєґa-z]{3,}\.?(?: \d{4})?"
                              r"(?: ?[—–-] ?[^.\n]{2,40}\.| ?/[^/\n]{2,20}/\.?) +(?=\S)")
# and a live blog's time stamp opening an entry ("09:35 — ", "14.20 GMT - "): when, no part
# of the sentence (the parser takes the clock for a clause of its own and loses the subject)
_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?: ?(?:[AaPp]\.?[Mm]\.?|GMT|UTC|EET|EEST|MSK|CET))? ?[—–-]{1,2} (?=\S)")
# razdel keeps '… who we are.” “How many times …' together: a closed quotation ending a
# sentence followed by a new one opening is a boundary.
_QUOTE_BOUNDARY = re.compile(r"(?<=[.!?…][”»\"’])\s+(?=[“«„\"‘][^\W\d_])")


@cache
def abbreviations(language: str | None) -> frozenset[str]:
    return frozenset(word for word, _ in _abbreviation_lines(language))


@cache
def unit_abbreviations(language: str | None) -> frozenset[str]:
    """Abbreviations of units after a figure ("млрд", "тыс"): before a capital the period
    ends the sentence too ("… на $10 млрд. Netflix снимет …")."""
    return frozenset(word for word, tag in _abbreviation_lines(language) if tag == "unit")


@cache
def word_abbreviations(language: str | None) -> frozenset[str]:
    """Abbreviations razdel keeps a sentence going after that are also words ("тел." for
    телефон, and "тел" the genitive plural of тело): after a figure and before a capital
    the period ends the sentence ("… получила 909 тел. В ведомстве …")."""
    return frozenset(word for word, tag in _abbreviation_lines(language) if tag == "word")


def _abbreviation_lines(language: str | None) -> list[tuple[str, str]]:
    if language not in ("en", "ru", "uk"):
        return []
    text = resources.files("claimledger.nlp").joinpath(f"abbreviations/{language}.txt").read_text("utf-8")
    lines = [line.split() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [(parts[0], parts[1] if len(parts) > 1 else "") for parts in lines]


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of lines that belong together: a blank line always ends
    one, a single line break unless the line was merely wrapped."""
    start = end = None
    for line in _LINE.finditer(text):
        if not line.group().strip():
            continue
        if start is not None and (_BLANK_LINE.search(text, end, line.start()) or _ENDS_SENTENCE.search(text[start:end])
                                  or not _STARTS_LOWER.match(line.group())):
            yield start, end
            start = None
        if start is None:
            start = line.start()
        end = line.end()
    if start is not None:
        yield start, end


def split(text: str, language: str | None = None) -> list[Sentence]:
    """Sentences of ``text`` as offsets into it (so ``text[s.start:s.end]`` is the sentence)."""
    abbrevs, units = abbreviations(language), unit_abbreviations(language)
    out: list[Sentence] = []
    for p_start, p_end in paragraphs(text):
        pieces: list[list[int]] = []
        for piece in sentenize(text[p_start:p_end]):
            start, stop = p_start + piece.start, p_start + piece.stop
            before = text[pieces[-1][0]:pieces[-1][1]] if pieces else ""
            if pieces and _after_abbreviation(before, abbrevs) and not (
                    _after_abbreviation(before, units) and text[start:stop].lstrip()[:1].isupper()):
                pieces[-1][1] = stop
            else:
                pieces.append([start, stop])
        pieces = [part for piece in pieces for part in _split_quotes(text, *piece)]
        pieces = [part for piece in pieces for part in _split_after_emoji(text, *piece)]
        pieces = [part for piece in pieces for part in _split_after_word_abbreviations(text, *piece, language)]
        pieces = [part for piece in pieces for part in _split_after_model_names(text, *piece)]
        dateline = _DATELINE.match(text, p_start, p_end) or _AGENCY_DATELINE.match(text, p_start, p_end) or \
            _TIME_STAMP.match(text, p_start, p_end)
        if dateline:
            pieces = [[max(start, dateline.end()), stop] for start, stop in pieces if stop > dateline.end()]
        for start, stop in pieces:
            start = _LEAD.match(text, start, stop).end()
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            if start < stop:
                out.append(Sentence(start, stop, language))
    return _join_headed_quotations(text, out, language)


# a short line that ends with a colon, and a quotation opening the next paragraph: who
# speaks, and what ("Военный комиссар … Олег Бурмистров:\n\n«Ни одного случая …»")
_HEADING = re.compile(r"[^\n:]{2,120}:\s*$")
_OPENS_QUOTATION = re.compile(r"\s*[«“„\"]")


def _join_headed_quotations(text: str, sentences: list[Sentence], language: str | None) -> list[Sentence]:
    if language not in ("ru", "uk"):
        return sentences  # (a Telegram post's bold heading; English transcripts head their quotations otherwise)
    out: list[Sentence] = []
    for sentence in sentences:
        if out and _HEADING.fullmatch(text, out[-1].start, out[-1].end) and \
                len(text[out[-1].start:out[-1].end].split()) <= 12 and \
                _OPENS_QUOTATION.match(text, sentence.start) and "\n" in text[out[-1].end:sentence.start]:
            out[-1] = Sentence(out[-1].start, sentence.end, language)
        else:
            out.append(sentence)
    return out


# A model's name ending in a capital letter and a full stop ("Iskander-M.", "Су-34М.") ends a
# sentence when a capital or an opening quotation mark follows: razdel takes the letter for an
# initial ("M. Smith"), which stands alone.
_MODEL_NAME_END = re.compile(r"\w+-\w*[A-ZА-ЯЁІЇЄҐ](\.)\s+(?=[\"«“„]?[A-ZА-ЯЁІЇЄҐ])")


def _split_after_model_names(text: str, start: int, stop: int) -> list[list[int]]:
    return _pieces(text, start, stop, [m.end(1) for m in _MODEL_NAME_END.finditer(text, start, stop)])


def _split_after_word_abbreviations(text: str, start: int, stop: int, language: str | None) -> list[list[int]]:
    words = word_abbreviations(language)
    if not words:
        return [[start, stop]]
    return _pieces(text, start, stop, [m.end(2) for m in _FIGURE_WORD_END.finditer(text, start, stop)
                                       if m.group(1).lower() in words])


# a word after a figure, its period, then a capital: the end of a sentence where the word is
# also an abbreviation razdel knows ("909 тел. В …")
_FIGURE_WORD_END = re.compile(r"\d\s+(\w+)(\.)\s+(?=[«“\"„]?[A-ZА-ЯЁІЇЄҐ])")


# Telegram posts end a sentence with an emoji and no full stop ("… детонували боєприпаси 🤡
# Я в Гирловому …"): an emoji after a word and before a capital is a boundary.
_EMOJI = "\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF"
_EMOJI_BOUNDARY = re.compile(rf"(?<=\w)\s*[{_EMOJI}][{_EMOJI}\uFE0F\u200D]*(?=\s+[«\"“„]?[A-ZА-ЯЁІЇЄҐ])")


def _split_after_emoji(text: str, start: int, stop: int) -> list[list[int]]:
    return _pieces(text, start, stop, [m.end() for m in _EMOJI_BOUNDARY.finditer(text, start, stop)])


def _split_quotes(text: str, start: int, stop: int) -> list[list[int]]:
    return _pieces(text, start, stop, [m.end() for m in _QUOTE_BOUNDARY.finditer(text, start, stop)])


def _pieces(text: str, start: int, stop: int, cuts: list[int]) -> list[list[int]]:
    """The non-blank pieces of text[start:stop] between the offsets ``cuts``."""
    bounds = [start, *cuts, stop]
    return [[a, b] for a, b in pairwise(bounds) if text[a:b].strip()]


# Quotation marks by pairs, opening mark first: «…», “…”, „…“ and „…”, ‘…’, "…".
QUOTE_PAIRS = ("«»", "“”", "„“", "„”", "‘’", '""')
# The marks that open a quotation a sentence may run across, and the marks that may close
# each: a typographic one may close with a straight one (text pasted between editors); not
# ‘…’, whose closing mark is an apostrophe as often.
_CLOSES = {o: "".join(c for o2, c in QUOTE_PAIRS if o2 == o) + ('"' if o in "“„" else "")
           for o, _ in QUOTE_PAIRS if o != "‘"}
# After a closing mark, what shows the sentence goes on: a comma or dash, and a word.
_GOES_ON = re.compile(r"\s*[,—–-]*\s*[—–-]?\s*[^\W\d_]", re.UNICODE)
_QUOTED_SENTENCES = 4  # at most this many sentences of one quotation are joined


def join_signed_quotations(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Join the sentences of a quotation that its own sentence goes on after: '“A. B,” said
    X.' and '«А. Б», — заявил X.' become one sentence, so a parser that reads several
    sentences at once sees who said both; a quotation that ends with its sentence ('“A. B.”
    C.') stays split. Sentences of different paragraphs are never joined."""
    out: list[Sentence] = []
    k = 0
    while k < len(sentences):
        first = sentences[k]
        opener = _open_at_end(text, first.start, first.end)
        joined = None
        if opener is not None:
            for j in range(k + 1, min(len(sentences), k + _QUOTED_SENTENCES)):
                if "\n" in text[sentences[j - 1].end:sentences[j].start]:
                    break
                close = _first_close(text, sentences[j].start, sentences[j].end, opener)
                if close is None:
                    continue
                before = text[close - 1] if close > sentences[j].start else ""
                if before in ",—–" or (before not in ".!?…" and _GOES_ON.match(text, close + 1, sentences[j].end) and
                                       text[close + 1:close + 2] in ",—–- "):
                    joined = j
                break
        if joined is None:
            out.append(first)
            k += 1
        else:
            out.append(Sentence(first.start, sentences[joined].end, first.language))
            k = joined + 1
    return out


def _open_at_end(text: str, start: int, stop: int) -> str | None:
    """The opening mark of a quotation still open at the end of ``text[start:stop]``."""
    stack: list[str] = []
    for i in range(start, stop):
        c = text[i]
        if stack and c in _CLOSES[stack[-1]] and not (c == '"' and (i == start or text[i - 1].isspace())):
            stack.pop()
        elif c in _CLOSES and (c != '"' or i == start or not text[i - 1].isalnum()):
            stack.append(c)
    return stack[0] if stack else None


def _first_close(text: str, start: int, stop: int, opener: str) -> int | None:
    """Where the quotation opened with ``opener`` closes in ``text[start:stop]``, if it does
    before another opens."""
    for i in range(start, stop):
        c = text[i]
        if c in _CLOSES[opener] and not (c == '"' and (i == start or text[i - 1].isspace())):
            return i
        if c in _CLOSES and c != '"':
            return None
    return None


def _after_abbreviation(sentence: str, abbrevs: frozenset[str]) -> bool:
    found = _LAST_WORD.search(sentence)
    return bool(found) and found.group(1).lower() in abbrevs
