"""Numbers with their unit and approximator: "approximately 1,500 deserters", "около 900
мужчин", "14 безпілотників", "up to 300 residents", "ten days".

Digits are read with their thousands separators (1,500 / 1 500 / 1.500) and multipliers
(тыс., млн, thousand); number words come from ``numbers.txt``. The unit is the next word
when ``units.txt`` knows its lemma; the approximator is whatever ``approximators.txt`` finds
just before the number. Approximators are not hedges: "about 300" is a measurement, not
doubt about who said it.
"""

from __future__ import annotations

import re

from claimledger.extract.lexicon import Lexicon
from claimledger.model import Quantity
from claimledger.nlp.parse import Parsed

# Not after "#": the hex digits of a redaction token ("[phone#44f21e86]") are no figure.
_NUMBER = re.compile(r"(?<![\w.,#])\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?![\d])|(?<![\w.,#])\d+(?:[.,]\d+)?(?![\d])")
_MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3,
                "тис": 1e3, "тисяч": 1e3, "тисячі": 1e3, "млн": 1e6, "млрд": 1e9, "миллиона": 1e6, "мільйона": 1e6}
# A year, a time or a date is not a quantity of anything.
_NOT_QUANTITY = re.compile(r"^(?:19|20)\d\d$")


def quantities(p: Parsed, lex: Lexicon, start: int, end: int) -> list[Quantity]:
    """Quantities whose number lies in text[start:end] (a content span)."""
    text = p.text
    out: list[Quantity] = []
    by_start = {t.start: t for t in p.tokens}
    following = {t.start: p.tokens[t.i + 1] if t.i + 1 < len(p.tokens) else None for t in p.tokens}
    for m in _NUMBER.finditer(text, start, end):
        raw = m.group(0)
        if _NOT_QUANTITY.match(raw) or _is_time_or_date(text, m.start(), m.end()):
            continue
        value = _value(raw)
        q_end = m.end()
        unit = None
        nxt = _token_after(p, m.end())
        if nxt is not None and nxt.text.lower().rstrip(".") in _MULTIPLIERS:
            value = value * _MULTIPLIERS[nxt.text.lower().rstrip(".")] if value is not None else None
            q_end = nxt.end
            nxt = _token_after(p, nxt.end)
            if nxt is not None and nxt.text == ".":  # "2,5 тыс. дронов"
                nxt = _token_after(p, nxt.end)
        if nxt is not None:
            unit = lex.units.get(nxt.lemma.lower()) or lex.units.get(nxt.text.lower())
            if unit:
                q_end = nxt.end
        approx = lex.approximator_before(text[max(start, m.start() - 30):m.start()])
        q_start = m.start() - (len(approx) + 1 if approx else 0)
        out.append(Quantity(text[q_start:q_end].strip(), value, unit, approx, q_start, q_end))
    # number words: "ten days", "два дома"
    for t in p.tokens:
        if not (start <= t.start < end) or (t.start in by_start and _NUMBER.fullmatch(t.text)):
            continue
        value = lex.numbers.get(t.lemma.lower()) or lex.numbers.get(t.text.lower())
        if value is None or t.pos not in ("NUM", "ADJ", "NOUN", "X", ""):
            continue
        nxt = following.get(t.start)
        unit = (lex.units.get(nxt.lemma.lower()) or lex.units.get(nxt.text.lower())) if nxt else None
        if unit is None:
            continue
        approx = lex.approximator_before(text[max(start, t.start - 30):t.start])
        q_start = t.start - (len(approx) + 1 if approx else 0)
        out.append(Quantity(text[q_start:nxt.end].strip(), value, unit, approx, q_start, nxt.end))
    return sorted(out, key=lambda q: q.start)


def _value(raw: str) -> float | None:
    digits = re.sub(r"[ \u00a0\u202f]", "", raw)
    # "1,500" groups thousands; "3,26" is a decimal comma
    grouped = re.fullmatch(r"\d{1,3}(?:,\d{3})+", digits)
    digits = digits.replace(",", "") if grouped else digits.replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def _token_after(p: Parsed, offset: int):
    for t in p.tokens:
        if t.start >= offset:
            return t
    return None


def _is_time_or_date(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1:start], text[end:end + 1]
    return before in (":", "/") or after in (":", "/") or (after == "." and text[end + 1:end + 2].isdigit())
