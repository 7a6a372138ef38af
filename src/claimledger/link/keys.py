"""What a mention says, as comparable keys, in any of our languages.

A mention becomes a set of weighted keys: normalised content words (English stems,
Russian and Ukrainian lemmas), concepts shared across languages (``lexicons/concepts.tsv``:
"мост" = "міст" = "bridge"), numbers, and names in a Latin skeleton (Іван Сокіл = Иван
Сокил = Ivan Sokil). Its *predicates* are the keys of what it says happens (the content's
main verb, or the event words in it): two mentions can only be one claim when they share
one. A state concept also carries a polarity: "destroyed" (+) and "still standing" (−) are
opposite claims about the same thing, which is how a denial joins the claim it denies.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from sys import intern

from claimledger.model import ClaimMention
from claimledger.nlp.redact import TOKEN_RE

# the classes of concepts that say what happens (keys "c:…"); the others are things ("o:…")
_SAID_HAPPENS = ("state", "event", "territory")
_POLAR = ("state", "territory")  # the classes whose words have a polarity (+ and - opposite)
WEIGHTS = {"c": 3.0, "o": 2.0, "n": 3.0, "b": 1.0, "e": 2.0, "w": 1.0}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)
_FIGURE = re.compile(r"\d[\d,.]*")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")  # "at 23:37": a time, not a figure that another claim could give
_NEGATIONS = {"not", "no", "never", "n't", "не", "ни", "нет", "ні", "немає"}
# what flies and is shot down: destroyed, and nothing else with it, it was intercepted
_AERIAL = frozenset({"o:object:drone", "o:object:missile"})


@dataclass(frozen=True, slots=True)
class Signature:
    keys: frozenset[str]  # "w:bridg", "c:state:structure", "o:object:bridge", "n:280", "b:300", "e:sokil"
    predicates: frozenset[str]  # the keys of what is said to happen
    polarity: int  # +1 / -1 on the first state concept found; 0 when none
    total: float = -1.0  # the keys' summed weight, computed once
    language: str = ""
    places: frozenset[str] = frozenset()  # the names it is about: its own, or its document's
    own_places: frozenset[str] = frozenset()  # the names in its own words: a specific mention has some
    # its keys by kind, computed once: ``similarity`` runs for every candidate pair
    things: frozenset[str] = field(default=frozenset(), compare=False, repr=False)  # "o:…"
    words: frozenset[str] = field(default=frozenset(), compare=False, repr=False)  # "w:…"
    numbers: frozenset[str] = field(default=frozenset(), compare=False, repr=False)  # "n:…", "b:…"
    place_codes: frozenset[str] = field(default=frozenset(), compare=False, repr=False)  # see place_codes
    names: frozenset[str] = field(default=frozenset(), compare=False, repr=False)  # "e:…"
    figures: frozenset[str] = field(default=frozenset(), compare=False, repr=False)  # "n:…" of 10 or more
    exact: frozenset[str] = field(default=frozenset(), compare=False, repr=False)  # "n:…"
    buckets: frozenset[str] = field(default=frozenset(), compare=False, repr=False)  # "b:…"
    # the buckets of its approximate figures ("up to 300": "b:300"), which any figure of
    # the bucket matches
    rough: frozenset[str] = frozenset()
    # Russian and Ukrainian words of a common root ("повестка" / "повістка", "законно"):
    # their consonants, by which words meet across these two languages (see ``cognate``)
    cognates: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    # its places are only its speaker's name, all its document names ("Глава администрации
    # Гребенюк утверждает, что погибли двое водителей"): they tie the speaker's claims in
    # two documents together, but say nowhere, so they keep it from no claim of a place
    only_speaker: bool = False

    def __post_init__(self) -> None:
        # Linking keeps tens of thousands of signatures in memory: an empty set is the
        # one empty set, and places the same set as own places when they are those.
        by_kind: dict[str, list[str]] = {}
        for k in self.keys:
            by_kind.setdefault(k[0], []).append(k)
        if self.total < 0:
            total = sum(WEIGHTS.get(kind, 1.0) * len(ks) for kind, ks in by_kind.items())
            object.__setattr__(self, "total", total)
        exact, buckets = by_kind.get("n", ()), by_kind.get("b", ())
        for name, found in (("things", by_kind.get("o", ())), ("words", by_kind.get("w", ())),
                            ("numbers", [*exact, *buckets]), ("names", by_kind.get("e", ())),
                            ("exact", exact), ("buckets", buckets),
                            ("figures", [k for k in exact if _figure(k) >= 10])):
            object.__setattr__(self, name, frozenset(found) if found else _NONE)
        if self.language in ("ru", "uk"):
            found = {c for k in self.words if k not in self.predicates and (c := cognate(k[2:]))}
            object.__setattr__(self, "cognates", frozenset(found) if found else _NONE)
        if self.places == self.own_places:
            object.__setattr__(self, "places", self.own_places)
        for name in ("predicates", "places", "own_places", "rough"):
            object.__setattr__(self, name, getattr(self, name) or _NONE)
        object.__setattr__(self, "place_codes", frozenset(c for n in self.places for c in place_codes(n)) or _NONE)


_NONE: frozenset[str] = frozenset()
# A Cyrillic acronym with a case ending in small letters: "МАКе", "ЦИКа", "КАБом".
_INFLECTED_ACRONYM = re.compile(r"([А-ЯЁІЇЄҐ]{2,})[а-яёіїєґ]{1,3}")


def inflected_acronym(word: str) -> str | None:
    """The acronym a word is with its case ending ("КАБом" -> "КАБ", "в МАКе" is МАК), or None."""
    found = _INFLECTED_ACRONYM.fullmatch(word)
    return found.group(1) if found else None


def key_weight(key: str) -> float:
    return WEIGHTS.get(key[0], 1.0)


# -- normalisation ---------------------------------------------------------------------


@cache
def _stemmer(language: str):
    import snowballstemmer

    return snowballstemmer.stemmer({"en": "english", "ru": "russian"}.get(language, "english"))


@lru_cache(maxsize=200_000)
def normal(word: str, language: str) -> str:
    """The form words are compared in: a lemma for Russian and Ukrainian (pymorphy3), a
    Snowball stem for English and anything else written in Latin letters."""
    word = word.lower().replace("ё", "е").replace("’", "'")
    if language in ("ru", "uk") and not word.isascii():
        from claimledger.extract.lexicon import morph

        return morph(language).parse(word)[0].normal_form.replace("ё", "е")
    return _stemmer("en").stemWord(word)


_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "'": "", "’": "",
})


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """A name reduced so that its Russian, Ukrainian and English spellings meet:
    transliterated, with the vowels and doubled letters that spellings disagree on folded.
    g and h are one letter: Ukrainian г is h in English and Russian г is g (Городок is
    Horodok, Гостомель Hostomel, Луганск Luhansk). A skeleton is its own skeleton, so names
    stored as skeletons by an older version meet new ones once reduced again."""
    latin = re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z ]", "", _latin(name)))
    return " ".join(w[:6] for w in latin.split())


def _latin(word: str) -> str:
    """A word in Latin letters, with the letters spellings disagree on folded (see
    ``skeleton``)."""
    latin = word.lower().translate(_LATIN)
    # (and q and x, which Cyrillic writes к and кс: Qatar is Катар, Alexander Александр)
    return latin.replace("kh", "h").replace("g", "h").replace("y", "i").replace("j", "i").replace("w", "v") \
        .replace("q", "k").replace("x", "ks")


@lru_cache(maxsize=200_000)
def cognate(lemma: str) -> str:
    """A Russian or Ukrainian lemma by its first five consonants, transliterated as in
    ``skeleton``: the two languages write many a word of one root with other vowels
    ("повестка" / "повістка", "криминальный" / "кримінальний", "микроавтобус" /
    "мікроавтобус") and the same consonants. "" for a word of fewer than three, too short to
    tell one word from another."""
    consonants = re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]|[aeiou]", "", _latin(lemma)))
    return consonants[:5] if len(consonants) >= 3 else ""


def _cognate_pair(a: Signature, b: Signature) -> bool:
    """Whether two mentions are one in Russian and one in Ukrainian: their words meet by
    ``cognate``."""
    return a.language != b.language and a.cognates is not _NONE and b.cognates is not _NONE


# -- lexicons ----------------------------------------------------------------------------


def lexicon_rows(name: str) -> list[list[str]]:
    """The rows of a file of ``link/lexicons``, split at tabs, without blank and comment lines."""
    text = resources.files("claimledger.link").joinpath(f"lexicons/{name}").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _word_list(name: str) -> frozenset[str]:
    """A lexicon of comma-separated words, for every language."""
    return frozenset(w.strip() for row in lexicon_rows(name) for w in row[0].split(",") if w.strip())


def _language_words(name: str, language: str) -> list[str]:
    """A lexicon's comma-separated words for one language (rows "language<TAB>words")."""
    for lang, words in lexicon_rows(name):
        if lang == language:
            return [w.strip() for w in words.split(",") if w.strip()]
    return []


@cache
def region_words() -> frozenset[str]:
    """"область", "oblast", "region", "район": the word after a region's name."""
    return _word_list("regions.txt")


@cache
def circumstances(language: str) -> tuple[tuple[str, ...], ...]:
    """"after", "внаслідок", "в результате": the words before an event word that make it
    a circumstance."""
    return tuple(tuple(phrase.split()) for phrase in _language_words("circumstances.txt", language))


def _circumstance(words: list[str], pos: int, language: str) -> bool:
    """Whether the event word at ``pos`` follows a circumstance's preposition, with at most
    two words between ("after a massive attack")."""
    for phrase in circumstances(language):
        for start in range(max(0, pos - 2 - len(phrase)), pos - len(phrase) + 1):
            if tuple(words[start:start + len(phrase)]) == phrase:
                return True
    return False


@cache
def pointers(language: str) -> frozenset[str]:
    """"it", "там", "його": words that stand for something named before the claim."""
    return frozenset(_language_words("pointers.txt", language))


def points_back(content: str, language: str | None) -> bool:
    """Whether a claim's words stand for something named before it ("… driving over it")."""
    words = pointers(language or "en")
    return any(w.lower() in words for w in _WORD.findall(content))


@cache
def street_words() -> frozenset[str]:
    """"улица", "вулиці", "street": the words next to a street's name."""
    return _word_list("streets.txt")


@cache
def generic_names() -> frozenset[str]:
    return frozenset(skeleton(row[0].strip()) for row in lexicon_rows("generic_names.txt"))


@cache
def stopwords(language: str) -> frozenset[str]:
    return frozenset(_language_words("stopwords.txt", language))


@cache
def concepts(language: str) -> dict[tuple[str, ...], tuple[str, str, int]]:
    """Normalised word sequences -> (concept, class, polarity)."""
    out: dict[tuple[str, ...], tuple[str, str, int]] = {}
    for concept, klass, polarity, lang, words in lexicon_rows("concepts.tsv"):
        if lang != language:
            continue
        sign = {"+": 1, "-": -1}.get(polarity, 0)
        for phrase in words.split(","):
            parts = tuple(normal(w, language) for w in _WORD.findall(phrase))
            if parts:
                out.setdefault(parts, (concept, klass, sign))
            if len(parts) == 1 and language in ("ru", "uk"):
                # and as written: the dictionary may take a word for another lemma out of
                # context ("горючее" alone is read as the adjective, "горючего" in a text as fuel)
                out.setdefault((phrase.strip().lower().replace("ё", "е"),), (concept, klass, sign))
    return out


@cache
def territorial() -> frozenset[str]:
    """The keys of states a place itself is in (class ``territory``: who controls it)."""
    return frozenset("c:" + concept for concept, klass, *_ in lexicon_rows("concepts.tsv") if klass == "territory")


@cache
def _longest_concept(language: str) -> int:
    return max((len(k) for k in concepts(language)), default=1)


# -- signatures ----------------------------------------------------------------------------


def signature(mention: ClaimMention, language: str | None = None) -> Signature:
    language = language or mention.language or "en"
    if language not in ("en", "ru", "uk"):
        language = "en"
    words = _WORD.findall(mention.content)
    norms = [normal(w, language) for w in words]
    stops = stopwords(language)
    keys: set[str] = set()
    concept_at: dict[int, tuple[str, str, int, int]] = {}  # position -> concept, class, polarity, length
    table = concepts(language)
    longest = _longest_concept(language)
    i = 0
    while i < len(norms):
        for size in range(min(longest, len(norms) - i), 0, -1):
            hit = table.get(tuple(norms[i:i + size]))
            if hit:
                concept_at[i] = (*hit, size)
                i += size - 1
                break
        i += 1
    polarity = 0
    event_keys: set[str] = set()
    lowered = [w.lower() for w in words]
    for pos, (concept, klass, sign, _size) in concept_at.items():
        key = ("c:" if klass in _SAID_HAPPENS else "w:~" if klass == "verb" else "o:") + concept
        keys.add(key)
        if klass in _SAID_HAPPENS and not _circumstance(lowered, pos, language):
            event_keys.add(key)
        if klass in _POLAR and sign and not polarity:
            negated = any(w in _NEGATIONS for w in lowered[max(0, pos - 2):pos])
            polarity = -sign if negated else sign
    regions = region_words()
    streets = street_words()
    for k, (word, norm) in enumerate(zip(words, norms, strict=True)):
        if word.lower() in stops or norm in stops or k in concept_at:
            continue
        if word[0].isdigit():
            continue
        if k + 1 < len(words) and words[k + 1].lower() in regions:
            continue  # "у Запорізькій області": the region, not the place of the event
        if word[:1].isupper() and ((k > 0 and words[k - 1].lower() in streets)
                                   or (k + 1 < len(words) and words[k + 1].lower() in streets)):
            continue  # "на вулиці Мельничук": a street's name, in every town
        if word[:1].isupper() and k > 0:
            # (an acronym with a case ending is the acronym: "КАБом")
            name = skeleton(inflected_acronym(word) or word)
            if name and name not in generic_names():
                keys.add("e:" + name)
        elif len(norm) > 2:
            keys.add("w:" + norm)
    rough: set[str] = set()
    for q in mention.quantities:
        if q.value:
            keys.add(f"n:{q.value:g}")
            keys.add(f"b:{_bucket(q.value)}")
            if q.approximator:
                rough.add(f"b:{_bucket(q.value)}")
    # a redaction token's hex digits ("[phone#44f21e86]") are no figure
    for raw in _FIGURE.findall(_CLOCK.sub(" ", TOKEN_RE.sub(" ", mention.content))):
        try:
            value = float(raw.replace(",", "")) if re.fullmatch(r"\d{1,3}(,\d{3})+", raw) else float(
                raw.replace(",", "."))
        except ValueError:
            continue
        if value >= 1 and not 1900 <= value <= 2100:  # a year is a date, not a figure
            keys.add(f"n:{value:g}")
            keys.add(f"b:{_bucket(value)}")
    predicates: set[str] = set()
    for lemma in mention.predicates:
        norm = normal(lemma, language) if language == "en" else lemma.replace("ё", "е")
        hit = table.get((norm,))
        if hit and hit[1] in _SAID_HAPPENS:
            predicates.add("c:" + hit[0])
        elif hit and hit[1] == "verb":
            # a common verb in any of the three languages: a word, not an event of the war
            predicates.add("w:~" + hit[0])
            keys.add("w:~" + hit[0])
        elif norm not in stops and len(norm) > 2:
            predicates.add("w:" + norm)
            keys.add("w:" + norm)
    # the event words of the content, but those of a circumstance ("after a massive
    # attack": when or why, not what happened)
    predicates |= event_keys
    things = {k for k in keys if k.startswith("o:")}
    if things & _MILITARY and "c:state:presence" not in predicates:
        # soldiers or weapons said not to be somewhere ("военных там не было", "there were no
        # soldiers in the building") deny a military presence; said to remain or be carried
        # there ("в больнице находились раненые военные", "the ship carried weapons") claim it
        if _says_absent(lowered, language):
            predicates.add("c:state:presence")
            keys.add("c:state:presence")
            polarity = -1
        elif predicates & _BEING_THERE:
            predicates.add("c:state:presence")
            keys.add("c:state:presence")
            polarity = polarity or 1
    if "c:state:structure" in predicates and things and things <= _AERIAL and polarity > 0:
        # "ПВО уничтожили 14 беспилотников", "уничтожены 14 БПЛА": a drone or missile
        # destroyed, and nothing else, is one shot down (not "a drone destroyed the depot")
        predicates = (predicates - {"c:state:structure"}) | {"c:event:intercept"}
        keys = (keys - {"c:state:structure"}) | {"c:event:intercept"}
        polarity = 0
    # the names of what it is about, not its source's ("the bridge is down, Sokil says")
    # (reduced again: a ledger's stored mentions may hold an older version's skeletons)
    context = frozenset(map(skeleton, mention.context)) - generic_names()
    speaker = {skeleton(w) for w in _WORD.findall(mention.source or "")}
    own = frozenset(k[2:] for k in keys if k.startswith("e:")) - speaker
    # Interned: the same keys recur in thousands of mentions that linking keeps in memory.
    return Signature(frozenset(map(intern, keys)), frozenset(map(intern, predicates)), polarity,
                     language=language, places=frozenset(map(intern, own or context)),
                     own_places=frozenset(map(intern, own)), rough=frozenset(map(intern, rough)),
                     only_speaker=not own and bool(context) and context <= speaker)


_MILITARY = frozenset({"o:object:soldier", "o:object:weapons"})
_BEING_THERE = frozenset({"c:event:remain", "w:~verb:carry"})


@cache
def _absence(language: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in _language_words("absence.txt", language))


def _says_absent(words: list[str], language: str) -> bool:
    """Whether lower-cased words say something is not there (``absence.txt``)."""
    for phrase in _absence(language):
        n = len(phrase)
        if any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1)):
            return True
    return False


def places_meet(a: Signature, b: Signature) -> bool:
    """Whether two mentions' places share a name. In one language a name is spelt one
    way. Across languages its vowels and endings differ (Pryvillia / Привольного,
    Zaporizhzhia / Запорожье, Myrnohrad / Мирноград) but its start and consonants hold:
    two names meet when they share a ``place_codes`` code."""
    if a.language == b.language:
        return not a.places.isdisjoint(b.places)
    return not a.place_codes.isdisjoint(b.place_codes)


def places_nested(a: Signature, b: Signature) -> bool:
    """Whether every name one mention's own words give is among the other's: "the power
    line between Kupiansk and Bryansk" is not "the power line between Bryansk and Lyman",
    though they share a name. (Across languages, names meet by ``place_codes``.)"""
    return _fewer_within(a, b, len(a.own_places), len(b.own_places), _names_among)


def _names_among(mine: Signature, other: Signature) -> bool:
    """Whether each of ``mine``'s own names is one of ``other``'s."""
    if mine.language == other.language:
        return mine.own_places <= other.own_places
    codes = frozenset(c for n in other.own_places for c in place_codes(n))
    return all(not codes.isdisjoint(place_codes(n)) for n in mine.own_places)


def _fewer_within(a: Signature, b: Signature, size_a: int, size_b: int, within) -> bool:
    """``within(fewer, other)`` for the one of the two that gives fewer (``size_``); when
    they give as many, each must be within the other, so that the answer is the same
    either way round (linking compares a new mention with stored ones, never back)."""
    if size_a != size_b:
        return within(a, b) if size_a < size_b else within(b, a)
    return within(a, b) and within(b, a)


@lru_cache(maxsize=200_000)
def place_codes(name: str) -> tuple[str, ...]:
    """Codes under which a name skeleton meets its spellings in other languages: its first
    four letters with its first three consonants, and its first five letters (so that
    Huliaipole and Хулинополь stay apart); a name too short for these, itself (short
    names meet only in full). The same name has the same codes: linking files mentions
    under them, so each code is a row of the index per predicate."""
    codes = []
    if len(name) >= 4:
        consonants = _consonants(name)
        if len(consonants) >= 3:
            codes.append(f"{name[:4]}/{consonants[:3]}")
        if len(name) >= 5:
            codes.append(name[:5])
    return tuple(codes) or ("=" + name,)


def _consonants(name: str) -> str:
    """The first letter and the consonants after it, with g and h as one (Ukrainian г is
    h in English: Энергодар "energo", Enerhodar "enerho")."""
    return name[0] + re.sub(r"[aeiou ]", "", name[1:]).replace("g", "h")


def distinctive(a: Signature, b: Signature) -> bool:
    """Whether two mentions share what tells one claim from another days apart: the same
    figure of 10 or more, or two names. (Words do not: "for the second time this week"
    and "were damaged" are said of every town's power line; ``far_keys`` finds these.)"""
    return shares_figure(a, b) or len(a.names & b.names) >= 2


def _telling(a: Signature, b: Signature, said: frozenset[str]) -> bool:
    """Whether the keys two mentions share besides what happens (``said``) tell one claim
    from another: what is ``distinctive``, or two words. (Figures and names are never what
    happens.)"""
    return distinctive(a, b) or len((a.words & b.words) - said) >= 2


def figures_agree(a: Signature, b: Signature) -> bool:
    """Whether two mentions that give figures can be giving the same. Each figure of 10 or
    more of the one that gives fewer must meet one of the other's: the same figure, or one
    that rounds alike when either is approximate ("up to 300", "около 300" and 280). So "60
    drones shot down" is "60 of 440", and "60 of 118" is not; two exact figures that only
    round alike (173 and 210 drones) are two claims. Without such figures, they must share
    a number, or an approximate one."""
    if a.figures and b.figures:
        return _fewer_within(a, b, len(a.figures), len(b.figures), _figures_meet)
    return (not a.exact.isdisjoint(b.exact) or not a.rough.isdisjoint(b.buckets)
            or not b.rough.isdisjoint(a.buckets))


def _figures_meet(mine: Signature, other: Signature) -> bool:
    return mine.figures <= other.exact or all(_figure_meets(key, mine, other) for key in mine.figures)


def _figure_meets(key: str, mine: Signature, other: Signature) -> bool:
    if key in other.exact:
        return True
    bucket = _bucket_of(key)
    return bucket in other.rough or (bucket in mine.rough and bucket in other.buckets)


@lru_cache(maxsize=100_000)
def _bucket_of(key: str) -> str:
    """The bucket key of a figure key: "n:280" -> "b:300"."""
    return intern(f"b:{_bucket(_figure(key))}")


def shares_figure(a: Signature, b: Signature) -> bool:
    """Whether two mentions give the same exact figure of 10 or more ("280 evacuated")."""
    return not a.figures.isdisjoint(b.figures)


def _figure(key: str) -> float:
    try:
        return float(key[2:])
    except ValueError:
        return 0.0


def _bucket(value: float) -> str:
    """One significant figure: 280 and "up to 300" land in the same bucket."""
    if value <= 0:
        return "0"
    magnitude = 10 ** math.floor(math.log10(value))
    return f"{round(value / magnitude) * magnitude:g}"


def similarity(a: Signature, b: Signature) -> float:
    """Weighted overlap of the two key sets, relative to the smaller: a short mention that
    says all of what a long one says is the same claim."""
    # Runs for every candidate pair (millions in a large ledger): tests that build no set
    # come first.
    if a.predicates.isdisjoint(b.predicates):
        return 0.0
    if a.places and b.places and not places_meet(a, b) and not (a.only_speaker or b.only_speaker):
        # no name in common: another place or other people ("a bridge destroyed" in
        # Kherson, not in Kharkiv)
        return 0.0
    things_a, things_b = a.things, b.things
    if things_a and things_b and things_a.isdisjoint(things_b):
        return 0.0  # a school is not a depot
    if a.numbers and b.numbers and not figures_agree(a, b):
        return 0.0  # 280 and 1,500 evacuated are two claims; 280 and "up to 300" one
    # Things the concept lexicon does not know are words. In one language, two mentions
    # that share neither a thing nor another word are about two things ("нефтебазу" and
    # "дамбу" shelled in the same town); across languages words cannot meet, so without a
    # thing in common only the same figure says they are one claim.
    said = a.predicates | b.predicates
    # a place is what a territorial state is about ("taken control of Lypove" is "об
    # освобождении Липового": the town is no mere location there), so it is enough in common
    # (no set is built here: this runs for every candidate pair)
    held = any(k in a.predicates and k in b.predicates for k in territorial()) and places_meet(a, b)
    cognates = _cognate_pair(a, b)
    other_a = things_a | (a.words - said)
    if other_a and not held:
        other_b = things_b | (b.words - said)
        if other_b and other_a.isdisjoint(other_b) and (a.language == b.language or not shares_figure(a, b)) \
                and not (cognates and not a.cognates.isdisjoint(b.cognates)):
            return 0.0
    shared = a.keys & b.keys
    # the same kind of event, and more in common about what or whom: a thing, a figure,
    # two names or two words. One name alone (the town: a town sees many strikes a week)
    # or one common word ("system", "people") is not enough: such links are what chain
    # unrelated claims into one group. (A thing is never a predicate: both share one.)
    # (Russian and Ukrainian words of one root meet as words do in one language)
    kin = len(a.cognates & b.cognates) if cognates else 0
    if things_a.isdisjoint(things_b) and not _telling(a, b, said) and kin < 2 and not held:
        return 0.0
    weight = sum(key_weight(k) for k in shared) + kin * WEIGHTS["w"]
    return weight / min(a.total, b.total)


def index_keys(sig: Signature) -> frozenset[str]:
    """The keys a mention is filed under, to be found as a candidate: a predicate paired
    with one of its places ("c:event:strike|@kharkiv"), or, for what a mention without
    places can share with it, with what it is about (a name, a thing, a rounded figure),
    marked "+" (it has places) or "-" (it has none). Two mentions that share none of these
    cannot be one claim (see ``similarity``: two mentions with places must share one), and
    the postings stay short: a mention in Kharkiv is compared with what is said of Kharkiv,
    not with every drone shot down in the country."""
    if sig.only_speaker:
        return _place_keys(sig) | _about_keys(sig, "-")  # (found as a mention without places too)
    if sig.places:
        return _place_keys(sig) | _about_keys(sig, "+")
    return _about_keys(sig, "-")


def lookup_keys(sig: Signature) -> frozenset[str]:
    """The keys a mention's candidates are filed under (``index_keys``): with places, the
    same places, and the mentions without places that share what it is about; without
    places, whatever shares what it is about."""
    if sig.places and not sig.only_speaker:
        return _place_keys(sig) | _about_keys(sig, "-")
    return _place_keys(sig) | _about_keys(sig, "+-")


def far_keys(sig: Signature) -> frozenset[str]:
    """The keys under which a mention meets those of other news cycles, which must share
    something ``distinctive`` with it: a predicate paired with one of its figures of 10 or
    more ("c:event:shoot|n:173"), or with two of its names ("c:event:strike|e:kharkiv&e:saltivka")."""
    names = sorted(sig.names)
    about = [*sig.figures, *(f"{x}&{y}" for i, x in enumerate(names) for y in names[i + 1:])]
    return frozenset(f"{p}|{a}" for p in sig.predicates for a in about)


def _place_keys(sig: Signature) -> frozenset[str]:
    return frozenset(f"{p}|@{c}" for p in sig.predicates for c in sig.place_codes)


def _about_keys(sig: Signature, marks: str) -> frozenset[str]:
    about = [k for k in sig.keys if k[0] in "eob" and k not in sig.predicates]
    return frozenset(f"{p}|{a}|{mark}" for p in sig.predicates for a in about for mark in marks)
