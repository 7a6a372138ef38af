"""Redaction: find what must never be stored and put a keyed token in its place.

Precise locations (coordinates in any notation, MGRS/UTM grids, plus codes, map links),
phone numbers, e-mail addresses and bank cards become tokens such as
``[location#3f2a91c0]``: the first 8 hex digits of HMAC-SHA256 under the user's key
(``claimledger.config``) of ``kind:canonical``. The canonical value makes equivalent
writings share a token (``47.5521, 34.9917`` and ``47°33'07.6"N 34°59'30.1"E`` are both
``47.552,34.992``), so an analyst still sees that one place or number recurs.

Detection leans towards redacting: a missed coordinate is a leak, an extra token costs
a little reading. Most messages hold nothing to redact, so every detector sits behind a
cheap prefilter and ``find`` on a clean message costs a few regex scans.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import parse_qsl, unquote, urlsplit

import mgrs
import phonenumbers
from openlocationcode import openlocationcode as olc

KINDS = ("location", "phone", "email", "user", "card")

# A token already in the text is left alone, which makes redaction idempotent.
TOKEN_RE = re.compile(r"\[(?:location|phone|email|user|card)#[0-9a-f]{8}\]")


@dataclass(frozen=True, slots=True)
class Redaction:
    """One span of a text to replace: ``text[start:end]`` is ``kind``, hashed as ``canonical``."""

    start: int
    end: int
    kind: str
    canonical: str


def latlon_value(lat: float, lon: float) -> str:
    """The canonical value of a point, for callers that get coordinates as numbers.

    Three decimals (about 100 m) make the decimal, DMS and map-link writings of one
    place agree; ``+ 0.0`` folds ``-0.000`` into ``0.000``.
    """
    return f"{round(lat, 3) + 0.0:.3f},{round(lon, 3) + 0.0:.3f}"


class Redactor:
    """Find sensitive spans and replace them with stable keyed tokens.

    Holds only the key, so it pickles for the Dask engine; never repr()s the key.
    """

    __slots__ = ("_key",)

    def __init__(self, key: bytes):
        # A short or empty key would make tokens of small spaces (coordinates, phone
        # numbers) reversible by enumeration: refuse it rather than hash weakly.
        if not isinstance(key, bytes) or len(key) < 16:
            raise ValueError("the redaction key must be at least 16 bytes")
        self._key = key

    def __repr__(self) -> str:
        return "Redactor(key=<hidden>)"

    def token(self, kind: str, value: str) -> str:
        """``[kind#xxxxxxxx]`` for ``value``; the same key and value always give the same token."""
        if kind not in KINDS:
            raise ValueError(f"unknown redaction kind {kind!r}; expected one of {', '.join(KINDS)}")
        digest = hmac.new(self._key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
        return f"[{kind}#{digest[:8]}]"

    def find(self, text: str) -> list[Redaction]:
        """Spans to redact in ``text``: sorted, non-overlapping, each slicing back to the text."""
        return find(text)

    def redact(self, text: str) -> tuple[str, int]:
        """``text`` with every span found replaced by its token, and the number of spans."""
        spans = find(text)
        if not spans:
            return text, 0
        out: list[str] = []
        pos = 0
        for r in spans:
            out.append(text[pos : r.start])
            out.append(self.token(r.kind, r.canonical))
            pos = r.end
        out.append(text[pos:])
        return "".join(out), len(spans)

    def redact_url(self, url: str) -> str:
        """One location token for a map link with coordinates; otherwise ``url`` redacted."""
        found = _link(url.strip())
        if found is not None and found[0] == "location":
            return self.token(*found)
        return self.redact(url)[0]


# ---------------------------------------------------------------------------------------
# Coordinates written in text: decimal, degrees-minutes(-seconds), hemisphere letters,
# Russian/Ukrainian labels. One regex describes one component (latitude or longitude);
# the pair pattern is two components and a separator, validated in code.

_DEG = "[°º˚]"
_MIN = "['′’´]"
_SEC = "(?:''|′′|’’|[\"″”“])"
_CYR = "а-яёіїєґА-ЯЁІЇЄҐ"
_HEMI = (
    r"(?:(?<![A-Za-z])[NSEW](?![A-Za-z])"
    rf"|(?<![{_CYR}])(?i:(?:с|ю|пн|пд)\.?\s?ш|(?:в|з|сх|зх)\.?\s?д)(?:\.|(?![{_CYR}])))"
)
_AXIS = (
    rf"(?<![A-Za-z{_CYR}])(?i:lat(?:itude)?|lon(?:g|gitude)?|lng|широта|широти"
    rf"|долгота|довгота|довготи)(?![A-Za-z{_CYR}])\s*[:=]?"
)


def _component(p: str) -> str:
    return (
        rf"(?:(?P<{p}pre>{_HEMI}|{_AXIS})\s*)?"
        rf"(?P<{p}sign>[-+−]?)(?P<{p}deg>\d{{1,3}})"
        rf"(?:\s*{_DEG}\s*(?P<{p}min>\d{{1,2}}(?:[.,]\d+)?)\s*{_MIN}"
        rf"(?:\s*(?P<{p}sec>\d{{1,2}}(?:[.,]\d+)?)\s*{_SEC})?"
        rf"|(?:(?P<{p}dec>[.,])(?P<{p}frac>\d+))?(?:\s*(?P<{p}degsym>{_DEG}))?)"
        # A hemisphere after the number only when none came before it: otherwise
        # "N 47.55 E 34.99" would give the E to the latitude.
        rf"(?({p}pre)|(?:\s*(?P<{p}post>{_HEMI}))?)"
    )


# Scanning a whole text with this pattern costs a microsecond or two per character, so
# it is only tried just before an anchor (below), through a lazy prefix of bounded length.
_PAIR_BACK = 20
_PAIR = re.compile(
    # Not inside a bigger number ("1,500.1234", "v2.1234"); after "," only when that
    # follows something other than a digit (a pair already blanked out, in a list).
    rf"(?s:.{{0,{_PAIR_BACK}}}?)(?P<pair>(?<![\w.+\-−])(?<!\d,){_component('a')}"
    r"(?P<sep>\s*[,;/]\s*|\s+(?:и|і|та|and|&)\s+|\s*)"
    rf"{_component('b')}(?!\.?\d))"
)
# Every pair this module accepts starts with a number with a fraction or minutes, so
# the pattern only runs just before one of those anchors. Without a degree sign,
# hemisphere or label anywhere in the text, only "dd.ddd" can start a (bare) pair.
_ANCHOR = re.compile(r"\d(?:[.,]\d|\s*[°º˚]\s*\d)")
_BARE_ANCHOR = re.compile(r"\d\.\d{3}")
# (Split in pieces that each start with one character class: sre scans for those fast.)
_HEMI_AFTER_HINT = re.compile(r"\d\s?(?:[NSEW]|[сю]\.?\s?ш|п[нд]\.?\s?ш|[вз]\.?\s?д|[сз]х\.?\s?д)")
_HEMI_BEFORE_HINT = re.compile(r"[NSEW]\s?\d")
_LABEL_HINT = re.compile(  # on lower-cased text: stems of _AXIS and _CONTEXT words
    r"lat|lon|lng|gps|coord|locat|коорд|широт|долгот|довгот|локац|позиц"
    r"|местопол|місцезн"
)
_SIGNS = ("°", "º", "˚", "′", "″")


def _labelled(text: str) -> bool:
    return bool(
        any(c in text for c in _SIGNS)
        or _HEMI_AFTER_HINT.search(text)
        or _HEMI_BEFORE_HINT.search(text)
        or _LABEL_HINT.search(text.lower())
    )


# A label just before a pair says "this is a place" as clearly as a hemisphere letter.
_CONTEXT = re.compile(
    rf"(?i:coordinates?|coords?|координат[аиы]?|коорд|gps|lat\s*[/,&]\s*lo?ng?|latlo?ng"
    rf"|location|геолокаци[яи]|геолокаці[яї]|локаци[яи]|локаці[яї]|местоположени[ея]"
    rf"|місцезнаходженн[яі]|позици[яи]|позиці[яї])[\w{_CYR}]*"
    rf"(?:[^\w\n\0]+[\w{_CYR}]+){{0,3}}?[^\w\n\0]{{1,5}}$"
)
# A currency or unit after two bare numbers makes them prices or amounts.
_AMOUNT = re.compile(r"\s*(?:[$€₽₴%]|(?i:руб|грн|тыс|тис|млн|млрд|usd|eur|долл|евро|рубл))")


class _Comp(NamedTuple):
    """One half of a pair: its value in degrees and what the writing says about it."""

    value: float
    axis: str | None  # "lat" or "lon" when a hemisphere or label names it
    marked: bool  # a hemisphere, label, degree sign or minutes mark it as a coordinate
    precise: bool  # a fraction or minutes: more than a whole degree


def _hemisphere(label: str) -> tuple[str, int]:
    """(axis, sign) for a hemisphere letter, a Cyrillic label or an axis word."""
    s = label.lower().rstrip(":= ").replace(".", "").replace(" ", "")
    if s in ("n", "сш", "пнш"):
        return "lat", 1
    if s in ("s", "юш", "пдш"):
        return "lat", -1
    if s in ("e", "вд", "схд"):
        return "lon", 1
    if s in ("w", "зд", "зхд"):
        return "lon", -1
    if s.startswith(("lat", "широт")):
        return "lat", 0
    return "lon", 0


def _number(s: str) -> float:
    return float(s.replace(",", "."))


def _comp(m: re.Match[str], p: str) -> _Comp | None:
    hemi = m[p + "pre"] or m[p + "post"]
    axis, sign = _hemisphere(hemi) if hemi else (None, 0)
    value = float(m[p + "deg"])
    minutes, seconds, frac = m[p + "min"], m[p + "sec"], m[p + "frac"]
    if minutes:
        mv = _number(minutes)
        sv = _number(seconds) if seconds else 0.0
        # Minutes or seconds of 60 and more are sloppy writing ("05'60.0\"" after
        # rounding), not a reason to leave a coordinate in clear.
        value += mv / 60 + sv / 3600
    elif frac:
        value = float(f"{m[p + 'deg']}.{frac}")
    if m[p + "sign"] in ("-", "−") or sign < 0:
        value = -value
    return _Comp(value, axis, bool(hemi or m[p + "degsym"] or minutes), bool(frac or minutes))


def _pair_value(m: re.Match[str], text: str, since: int) -> str | None:
    a, b = _comp(m, "a"), _comp(m, "b")
    if a is None or b is None:
        return None
    sep = m["sep"]
    if not sep and text[m.start("sep") - 1].isdigit():
        return None  # "47.552134.9917" is a garbled number, not two
    if bool(m["amin"]) != bool(m["bmin"]):
        return None  # one decimal, one DMS: two halves of different things
    labelled = a.marked or b.marked
    start = m.start("pair")
    if not labelled:
        # The label must not reach back over an earlier pair, or a second pass over
        # the redacted text would read the label differently.
        labelled = _CONTEXT.search(text, max(since, start - 60), start) is not None
    if labelled:
        if not (a.precise and b.precise):
            return None  # "47° N" names a region, not a place
    else:
        # Bare numbers: only "dd.ddd, dd.ddd" is safe to call a place; "1,500" and
        # "3,26" are counts, "от 49.999 и 89.999 рублей" prices.
        if any(m[p + "dec"] != "." or len(m[p + "frac"]) < 3 for p in "ab"):
            return None
        if sep.strip().isalpha() or _AMOUNT.match(text, m.end()):
            return None
    unnamed = a.axis is None and b.axis is None
    if a.axis == "lon" or b.axis == "lat" or (unnamed and abs(a.value) > 90):
        a, b = b, a
    return _latlon(a.value, b.value)


def _latlon(lat: float, lon: float) -> str | None:
    if abs(lat) > 90 or abs(lon) > 180:
        return None
    return latlon_value(lat, lon)


def _coordinates(text: str) -> Iterator[tuple[int, int, str]]:
    done = 0  # end of the last pair found: anchors inside it are spent
    anchors = _ANCHOR if _labelled(text) else _BARE_ANCHOR
    for anchor in anchors.finditer(text):
        at = anchor.start()
        if at < done:
            continue
        first = at
        while first and text[first - 1].isdigit():
            first -= 1
        before = text[max(0, first - 2) : first]
        if before.endswith(".") or (before[:1].isdigit() and before.endswith(",")):
            continue  # the tail of "20.12.2024" or "1,500.25" starts nothing (see _PAIR)
        pos = max(done, at - _PAIR_BACK)
        while pos <= at and (m := _PAIR.match(text, pos)):
            if m.start("pair") > at:
                break
            value = _pair_value(m, text, done)
            if value is not None:
                yield m.start("pair"), m.end(), value
                done = m.end()
                break
            # A rejected parse may hide a valid one starting a little later.
            pos = m.start("pair") + 1


# ---------------------------------------------------------------------------------------
# Grid references. mgrs returns the south-west corner of the square at the precision
# written, so "37T DN 45678 12345" and "37TDN4567812345" agree.

_MGRS_LIB = mgrs.MGRS()
_ZONE = r"(?P<zone>60|[1-5]\d|0?[1-9])"
_BAND = r"(?P<band>[C-HJ-NP-X])"
_MGRS = re.compile(
    rf"(?<![\w.,]){_ZONE}\s?{_BAND}\s?(?P<sq>[A-HJ-NP-Z][A-HJ-NP-V])\s?"
    r"(?P<num>\d{1,5}\s\d{1,5}|\d{2,10})(?![\w+]|[.,]\d)"
)
_UTM = re.compile(
    rf"(?<![\w.,]){_ZONE}\s?{_BAND}\s+(?P<e>\d{{6}})(?:\s?m?E)?\s*[,;]?\s+"
    r"(?P<n>\d{4,7})(?:\s?m?N)?(?![\w+]|[.,]\d)"
)
_GRID_HINT = re.compile(r"\d\s?[C-HJ-NP-X](?:\s?[A-HJ-NP-Z][A-HJ-NP-V]\s?\d|\s+\d{6})")


def _grids(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _MGRS.finditer(text):
        num = m["num"]
        if " " in num:
            east, north = num.split()
            if len(east) != len(north):
                continue
        elif len(num) % 2:
            continue
        else:
            half = len(num) // 2
            east, north = num[:half], num[half:]
        grid = f"{int(m['zone']):02d}{m['band']}{m['sq']}{east}{north}"
        try:
            with warnings.catch_warnings():
                # A band letter that disagrees with the northing only warns; the
                # reference is a place either way.
                warnings.simplefilter("ignore", RuntimeWarning)
                lat, lon = _MGRS_LIB.toLatLon(grid)
        except Exception:  # mgrs.MGRSError; the class is not exported
            # mgrs refuses some squares its own toMGRS writes (northing 0 just south of
            # the equator): the reference is still a place, so its text is the value.
            yield m.start(), m.end(), grid
            continue
        if (value := _latlon(lat, lon)) is not None:
            yield m.start(), m.end(), value
    for m in _UTM.finditer(text):
        hemisphere = "N" if m["band"] >= "N" else "S"
        try:
            grid = _MGRS_LIB.UTMToMGRS(int(m["zone"]), hemisphere, float(m["e"]), float(m["n"]))
            lat, lon = _MGRS_LIB.toLatLon(grid)
        except Exception:
            continue
        if (value := _latlon(lat, lon)) is not None:
            yield m.start(), m.end(), value


# ---------------------------------------------------------------------------------------
# Open Location Codes ("plus codes").

_OLC = "23456789CFGHJMPQRVWX"
_PLUS_FULL = re.compile(rf"(?<![\w+])[{_OLC}]{{8}}\+[{_OLC}]{{2,7}}(?![\w+])")
_PLUS_SHORT = re.compile(rf"(?<![\w+])[{_OLC}]{{4}}\+[{_OLC}]{{2,3}}(?![\w+])")
_OLC_DIGITS = frozenset("23456789")


def _plus_codes(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _PLUS_FULL.finditer(text):
        code = m[0]
        if olc.isFull(code):
            area = olc.decode(code)
            value = _latlon(area.latitudeCenter, area.longitudeCenter)
            if value is not None:
                yield m.start(), m.end(), value
    for m in _PLUS_SHORT.finditer(text):
        code = m[0]
        if olc.isShort(code) and _looks_like_short_code(code, text, m.start(), m.end()):
            # Without its reference place a short code cannot be decoded; the code
            # itself is the value, so the same short code shares a token.
            yield m.start(), m.end(), code.upper()


def _looks_like_short_code(code: str, text: str, start: int, end: int) -> bool:
    # Real codes mix digits and letters; all-digit or all-letter "2345+67" is more
    # likely arithmetic, so it needs the usual setting: a place name after it, or a
    # line of its own.
    chars = set(code) - {"+"}
    if chars & _OLC_DIGITS and chars - _OLC_DIGITS:
        return True
    rest = text[end:].lstrip(" ,\t")
    if not rest or rest[0] == "\n" or rest[0].isupper():
        return True
    return start == 0 or text[start - 1] == "\n"


# ---------------------------------------------------------------------------------------
# Links. A map link with a point in it becomes one location token; a short map link
# (maps.app.goo.gl/…) hides its point behind a redirect we cannot follow offline, but
# it is a location all the same.

# Most links are found from their "://" (a case-insensitive scheme pattern costs ten
# times more); links typed without a scheme only matter on map hosts and for geo:/tel:,
# so that slower pattern runs only when _BARE_LINK_WORD finds one of their words.
_LINK_BODY = r"[^\s<>\"'«»\0]*"  # a NUL is a blanked-out token or span: a link ends there
_AFTER_SCHEME = re.compile("://" + _LINK_BODY)
_SCHEME_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{0,15}$")
_WWW = re.compile(r"(?<![\w.\-/])www\." + _LINK_BODY)
_BARE_LINK = re.compile(
    r"(?i)(?<![\w@.\-/])(?:geo:|tel:|wa\.me/|t\.me/\+|(?:[a-z0-9-]+\.)*goo\.gl/"
    r"|(?:[a-z0-9-]+\.)*(?:google|yandex|openstreetmap|osm|apple|2gis|bing|wikimapia"
    r"|deepstatemap|liveuamap)\.[a-z]{2,4}(?:\.[a-z]{2})?(?=[/?#]))" + _LINK_BODY
)
_BARE_LINK_WORD = re.compile(
    r"geo:|tel:|wa\.me/|t\.me/\+|goo\.gl|google|yandex|openstreetmap|osm\.|apple\.|2gis"
    r"|bing\.|wikimapia|deepstatemap|liveuamap"
)
_NUM = r"[-+−]?\d{1,3}(?:\.\d+)?"
_NUM_PAIR = re.compile(rf"(?<![\d.])({_NUM})\s*(?:,|;|~|/|\s)\s*({_NUM})(?![\d])")
_AT_PAIR = re.compile(rf"@({_NUM}),({_NUM})")
_GOOGLE_DATA = re.compile(rf"!3d({_NUM})!4d({_NUM})")
_GOOGLE_PATH = re.compile(rf"/(?:place|search|dir)/[^/]*?(?<![\d.])({_NUM}),[\s+]*({_NUM})(?![\d.])")
_ZOOM_LATLON = re.compile(rf"/?(?:map=)?\d{{1,2}}(?:\.\d+)?/({_NUM})/({_NUM})")
_SHORT_MAP = re.compile(
    r"(?i)^(?:maps\.app\.goo\.gl/|goo\.gl/maps/|go\.2gis\.com/|(?:[a-z]+\.)?yandex\.[a-z.]+/maps/-/)"
)
_PHONE_LINK = re.compile(r"(?i)^(?:tel:|(?:wa\.me|t\.me)/)(\+?[\d\s().\-]{7,20})/?$")
_PHONE_PARAM = re.compile(r"(?i)[?&#;](?:phone|tel|mobile|phone_?number|number|whatsapp)=([^&#]+)")
_SCHEME = re.compile(r"(?i)^(?:https?://)?(?:www\.)?")
_MAP_HOSTS = (
    "google.", "yandex.", "apple.com", "bing.", "openstreetmap.", "osm.org", "2gis.",
    "wikimapia.", "here.com", "mapy.cz", "liveuamap.", "deepstatemap.",
)  # fmt: skip

# Query parameters that hold a point, and whether the provider writes lon before lat.
_LATLON_PARAMS = frozenset({
    "q", "ll", "sll", "query", "center", "destination", "origin", "daddr", "saddr",
    "cbll", "viewpoint", "near", "loc", "cp", "point", "coords", "coordinates",
})  # fmt: skip
_YANDEX_LONLAT = frozenset({"ll", "sll", "pt", "whatshere[point]", "rtt"})
_LAT_KEYS = ("lat", "latitude", "mlat")
_LON_KEYS = ("lon", "lng", "long", "longitude", "mlon")


_OPENING = {")": "(", "]": "[", "}": "{"}


def _strip_trailing(url: str) -> str:
    while url and url[-1] in ".,;:!?)]}":
        last = url[-1]
        if last in _OPENING and url.count(_OPENING[last]) >= url.count(last):
            break  # a balanced bracket is part of the link (Wikipedia-style paths)
        url = url[:-1]
    return url


def _pair_in(value: str, lon_first: bool = False) -> str | None:
    value = unquote(value).replace("loc:", " ")
    m = _NUM_PAIR.search(value)
    if m and ("." in m[1] or "." in m[2]):
        a, b = float(m[1].replace("−", "-")), float(m[2].replace("−", "-"))
        return _latlon(b, a) if lon_first else _latlon(a, b)
    # A point written in degrees and minutes inside a query ("q=47°33'07.6\"N …").
    for _, _, found in _coordinates(value):
        return found
    return None


def _link(url: str) -> tuple[str, str] | None:
    """(kind, canonical) when the whole link is a location or a phone number."""
    low = url.lower()
    bare = _SCHEME.sub("", low)
    if phone := _PHONE_LINK.match(bare):
        number = _parse_phone(unquote(phone[1]))
        return ("phone", number) if number else None
    if _SHORT_MAP.match(bare):
        return "location", "link:" + bare
    if not _ANY_DIGIT.search(url):
        return None
    is_map = any(h in low for h in _MAP_HOSTS) or "maps" in low
    if not (is_map or "lat" in low or "#" in url or low.startswith("geo:")):
        return None  # the common case: an article link with an id in it
    if low.startswith("geo:"):
        body, _, query = url[4:].partition("?")
        body = body.split(";")[0]
        # "geo:0,0?q=…" means "no point here, search for q".
        if (found := _pair_in(body)) and body.strip("0.,-+ "):
            return "location", found
        for key, val in parse_qsl(query):
            if key == "q" and (found := _pair_in(val)):
                return "location", found
        return None
    try:
        parts = urlsplit(url if "://" in url[:12] else "http://" + url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    params = parse_qsl(parts.query, keep_blank_values=True)
    fragment = parts.fragment
    if "=" in fragment:
        params += parse_qsl(fragment.lstrip("/"), keep_blank_values=True)
    keys = {k.lower(): v for k, v in params}

    # Any site's lat=/lon= parameters count, not just the map providers'.
    lat = next((keys[k] for k in _LAT_KEYS if k in keys), None)
    lon = next((keys[k] for k in _LON_KEYS if k in keys), None)
    if lat and lon and ("." in lat or "." in lon):
        try:
            found = _latlon(float(lat), float(lon))
        except ValueError:
            found = None
        if found:
            return "location", found

    # Web maps (OpenStreetMap, DeepStateMap, Leaflet apps) keep the view in the
    # fragment as zoom/lat/lon.
    if (m := _ZOOM_LATLON.match(fragment)) and (found := _latlon(float(m[1]), float(m[2]))):
        return "location", found
    path = unquote(parts.path)
    # Provider parameters such as q= mean a point only on a map; elsewhere "q=15.1 2"
    # is a search.
    if not is_map:
        return None
    if "google." in host or host.startswith("maps.") or "apple.com" in host:
        for rx in (_GOOGLE_DATA, _AT_PAIR, _GOOGLE_PATH):
            if (m := rx.search(path)) and (found := _latlon(float(m[1]), float(m[2]))):
                return "location", found
    is_yandex = "yandex." in host
    for key, val in params:
        key = key.lower()
        if is_yandex and key in _YANDEX_LONLAT:
            found = _pair_in(val, lon_first=True)
        elif key in _LATLON_PARAMS or (is_yandex and key in ("text", "rtext")):
            found = _pair_in(val.replace("~", ","))
        elif key == "m" and "2gis." in host:
            found = _pair_in(val.split("/")[0], lon_first=True)
        else:
            continue
        if found:
            return "location", found
    if ("2gis." in host or "openstreetmap" in host) and (m := _NUM_PAIR.search(path)):
        # 2GIS writes /geo/lon,lat in the path.
        lon_first = "2gis." in host
        a, b = float(m[1]), float(m[2])
        if found := (_latlon(b, a) if lon_first else _latlon(a, b)):
            return "location", found
    if (m := _PLUS_FULL.search(unquote(_SCHEME.sub("", url)))) and olc.isFull(m[0]):
        area = olc.decode(m[0])
        return "location", latlon_value(area.latitudeCenter, area.longitudeCenter)
    return None


def _link_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    if "://" in text:
        for m in _AFTER_SCHEME.finditer(text):
            scheme = _SCHEME_BEFORE.search(text, max(0, m.start() - 16), m.start())
            spans.append((scheme.start() if scheme else m.start(), m.end()))
    more = []
    if "www." in text:
        more += [m.span() for m in _WWW.finditer(text)]
    # Only the text outside the links found so far can hold a link without a scheme
    # ("t.me/+" is in every Telegram invite link).
    rest, pos = [], 0
    for start, end in spans:
        rest.append(text[pos:start])
        pos = end
    rest.append(text[pos:])
    low = " ".join(rest).lower()
    if _BARE_LINK_WORD.search(low):
        more += [m.span() for m in _BARE_LINK.finditer(text)]
    for span in more:
        if not any(s <= span[0] < e for s, e in spans):
            spans.append(span)
    return sorted(spans)


def _links(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, str, str]]]:
    """All link spans (so phone search can skip them) and the links that are one token."""
    spans: list[tuple[int, int]] = []
    found: list[tuple[int, int, str, str]] = []
    for start, end in _link_spans(text):
        url = _strip_trailing(text[start:end])
        if len(url) < 5:
            continue
        end = start + len(url)
        spans.append((start, end))
        if (hit := _link(url)) is not None:
            found.append((start, end, *hit))
            continue
        # A phone number passed as a parameter ("?phone=%2B380…") is still a phone.
        for p in _PHONE_PARAM.finditer(url):
            if number := _parse_phone(unquote(p[1])):
                found.append((start + p.start(1), start + p.end(1), "phone", number))
    return spans, found


# ---------------------------------------------------------------------------------------
# Phone numbers, bank cards, e-mail.

# Seven or more digits, allowing the separators people put in phone numbers. Dates
# ("04.12.2024") and times do not pass, since "." and ":" are not separators here.
_DIGIT_RUN = re.compile(r"\d(?:[ \u00a0()\-]{0,3}\d){6,}")
# "1 500 000" is a count; "0 800 305 517" (a Ukrainian toll-free line) is not: no count opens with a 0
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:[ \u00a0]\d{3})+")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d(?: \d\d)?")
_REGIONS = ("UA", "RU")
# Company registration numbers in advertising notices ("ИНН 7717654810") are ten
# digits like a Russian phone number, and public.
_ID_LABEL = re.compile(r"(?i:инн|огрн|огрнип|кпп|єдрпоу|едрпоу|окпо|бик|erid)\W{0,3}$")

_CARD = re.compile(
    r"(?<![\w.,])(?:[2-6]\d{12,18}|[2-6]\d{3}(?:[ \u00a0-]\d{4}){2,3}(?:[ \u00a0-]\d{1,4})?"
    r"|3\d{3}[ \u00a0-]\d{6}[ \u00a0-]\d{4,5})(?!\w|[.,]\d)"
)

_EMAIL_DOMAIN = re.compile(r"@[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}(?![\w\-])")
_EMAIL_LOCAL = re.compile(r"(?<![\w.%+\-])[\w.%+\-]{0,63}\w$")


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _cards(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m[0])
        if 13 <= len(digits) <= 19 and _luhn(digits):
            yield m.start(), m.end(), digits


def _parse_phone(raw: str) -> str | None:
    """E.164 of one written number: valid for UA or RU, or possible when it has a "+"."""
    for region in _REGIONS:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return _e164(number)
        if raw.lstrip().startswith("+") and phonenumbers.is_possible_number(number):
            return _e164(number)
    return None


def _phones(text: str) -> Iterator[tuple[int, int, str]]:
    for run in _DIGIT_RUN.finditer(text):
        core = run[0]
        if (
            _THOUSANDS.fullmatch(core)
            or _ISO_DATE.fullmatch(core)
            or _ID_LABEL.search(text, max(0, run.start() - 8), run.start())
        ):
            continue
        start, end = run.span()
        while start > 0 and text[start - 1] in "+(" and run.start() - start < 2:
            start -= 1
        # Ukrainian and Russian national numbers have 9 and 10 significant digits, so
        # a shorter run ("128-4761₽", "555-0199") can only be a number with a "+".
        if text[start] != "+" and sum(map(str.isdigit, core)) < 9:
            continue
        yield from _phones_in(text, start, end)


def _phones_in(text: str, start: int, end: int, depth: int = 0) -> list[tuple[int, int, str]]:
    found = _match_phones(text, start, end)
    if not found:
        # The run may glue a number to its neighbours ("+380 44 555 0199 0.5", "2024
        # 044 555 0199"), which the matcher does not take apart.
        if sum(c.isdigit() for c in text[start:end]) > 10:
            return _phones_in_groups(text, start, end)
        return []
    if depth < 2:
        # What the matcher left of the run may hold another number ("+380 44 555 0199
        # 044 555 0199" yields only the first).
        rest, pos = [], start
        for s, e, _ in sorted(found):
            rest.append((pos, s))
            pos = e
        rest.append((pos, end))
        for lo, hi in rest:
            piece = text[lo:hi]
            if sum(c.isdigit() for c in piece) >= 7:
                lo += len(piece) - len(piece.lstrip(" -)"))
                found += _phones_in(text, lo, hi, depth + 1)
    return found


def _phones_in_groups(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Numbers made of whole space-separated groups of a run, longest first, left to right."""
    groups = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    found = []
    i = 0
    while i < len(groups):
        for j in range(min(len(groups), i + 6), i, -1):
            lo, hi = groups[i][0], groups[j - 1][1]
            digits = sum(c.isdigit() for c in text[lo:hi])
            if 7 <= digits <= 15 and (number := _parse_phone(text[lo:hi])):
                found.append((lo, hi, number))
                i = j
                break
        else:
            i += 1
    return found


def _match_phones(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    # PhoneNumberMatcher is slow pure Python, so it only sees the run and a character
    # either side (it rejects numbers glued to letters or currency signs).
    lo, hi = max(0, start - 1), min(len(text), end + 1)
    window = text[lo:hi]
    found: dict[tuple[int, int], str] = {}
    for region in _REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(window, region, leniency=_VALID):
            found.setdefault((lo + match.start, lo + match.end), _e164(match.number))
    if not found and "+" in window:
        # Written with a country code, a number the metadata does not know yet (a new
        # range, a small country) is still someone's phone: the length must only be
        # possible.
        for match in phonenumbers.PhoneNumberMatcher(window, None, leniency=_POSSIBLE):
            if match.raw_string.startswith("+"):
                found.setdefault((lo + match.start, lo + match.end), _e164(match.number))
    return [(*span, value) for span, value in found.items()]


_VALID = phonenumbers.Leniency.VALID
_POSSIBLE = phonenumbers.Leniency.POSSIBLE


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _emails(text: str) -> Iterator[tuple[int, int, str]]:
    # Searching from each "@" outwards: most "@" in Telegram text start a public
    # @username, which has no local part before it and is not redacted.
    for m in _EMAIL_DOMAIN.finditer(text):
        at = m.start()
        local = _EMAIL_LOCAL.search(text, max(0, at - 64), at)
        if local:
            yield local.start(), m.end(), text[local.start() : m.end()].lower()


# ---------------------------------------------------------------------------------------

# Among overlapping candidates the longest wins; on a tie, the more specific kind.
_RANK = {"link": 0, "grid": 1, "coord": 2, "plus": 3, "card": 4, "phone": 5, "email": 6}
_ANY_DIGIT = re.compile(r"\d")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    # NUL keeps offsets and is neither a digit nor a separator to any detector.
    parts, pos = [], 0
    for start, end in spans:
        parts.append(text[pos:start])
        parts.append("\0" * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def find(text: str) -> list[Redaction]:
    """Spans to redact in ``text`` (the key plays no part in finding them)."""
    if not text:
        return []
    scan = text
    if "#" in text and "[" in text:
        tokens = [m.span() for m in TOKEN_RE.finditer(text)]
        if tokens:
            scan = _blank(text, tokens)
    cands = _candidates(scan)
    if not cands:
        return []
    for _ in range(3):
        spans = _resolve(cands)
        # A first pass can hide a neighbour: "0.0, 91.0 N 0°00'00\" E 0°00'00\"" reads
        # the N as the end of an impossible pair. Looking again with what was found
        # blanked out makes sure the redacted text has nothing left to find.
        more = _candidates(_blank(scan, [(r.start, r.end) for r in spans]))
        if not more:
            return spans
        cands += more
    return _resolve(cands)


def _candidates(scan: str) -> list[tuple[int, int, int, str, str]]:
    cands: list[tuple[int, int, int, str, str]] = []

    def add(rank: str, kind: str, found: Iterator[tuple[int, int, str]]) -> None:
        for start, end, value in found:
            cands.append((start, end, _RANK[rank], kind, value))

    link_spans: list[tuple[int, int]] = []
    if "." in scan or ":" in scan:
        link_spans, links = _links(scan)
        for start, end, kind, value in links:
            cands.append((start, end, _RANK["link"], kind, value))
    if _ANY_DIGIT.search(scan):
        add("coord", "location", _coordinates(scan))
        if _GRID_HINT.search(scan):
            add("grid", "location", _grids(scan))
        # Digits inside ordinary links (article ids, message ids) are not phone numbers.
        plain = _blank(scan, link_spans) if link_spans else scan
        if _DIGIT_RUN.search(plain):
            add("card", "card", _cards(plain))
            add("phone", "phone", _phones(plain))
    if "+" in scan:
        add("plus", "location", _plus_codes(scan))
    if "@" in scan:
        add("email", "email", _emails(scan))
    return cands


def _resolve(cands: list[tuple[int, int, int, str, str]]) -> list[Redaction]:
    # Overlapping candidates merge into one span covering them all, named after the
    # best of them: dropping the loser could leave part of a value in the text.
    cands.sort(key=lambda c: (c[0], -c[1]))
    out: list[Redaction] = []
    group = [cands[0]]
    end = cands[0][1]
    for c in cands[1:]:
        if c[0] < end:
            group.append(c)
            end = max(end, c[1])
            continue
        out.append(_merge(group, end))
        group, end = [c], c[1]
    out.append(_merge(group, end))
    return out


def _merge(group: list[tuple[int, int, int, str, str]], end: int) -> Redaction:
    best = min(group, key=lambda c: (c[0] - c[1], c[2]))
    return Redaction(group[0][0], end, best[3], best[4])
