"""Redaction: every writing of a place, phone, e-mail or card is replaced by a keyed token.

The property tests render random points in each notation analysts meet in Telegram
posts and embed them in random Russian, Ukrainian and English text; the example tests
pin the exact strings from the design and the false positives that must stay.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import os
import pickle
import re

import mgrs
import phonenumbers
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openlocationcode import openlocationcode as olc

from claimledger.nlp.redact import TOKEN_RE, Redaction, Redactor, latlon_value

KEY = bytes(range(32))
R = Redactor(KEY)
LOCATION = re.compile(r"\[location#[0-9a-f]{8}\]")
PHONE = re.compile(r"\[phone#[0-9a-f]{8}\]")
_MGRS = mgrs.MGRS()

WORDS = (
    # Russian
    "по", "данным", "источника", "удар", "нанесён", "в", "районе", "сообщил", "корреспондент",
    "сегодня", "утром", "позиции", "противника", "координаты", "цели", "точка", "—", "«Рыбар»",
    # Ukrainian
    "за", "даними", "джерела", "удар", "завдано", "в", "районі", "повідомив", "сьогодні",
    "вранці", "позиції", "ворога", "координати", "ціль", "Запоріжжя",
    # English
    "according", "to", "the", "source", "strike", "was", "reported", "near", "coordinates",
    "location", "position", "of", "forces", "said", "officials", "#war", "@channel_name",
)  # fmt: skip

# The phone matcher is slow on its first calls; a module-level profile would leak into
# other test modules, so each property test carries these settings.
PROPERTY = settings(
    deadline=None,
    max_examples=int(os.environ.get("REDACT_EXAMPLES", "100")),
    suppress_health_check=[HealthCheck.too_slow],
)

words = st.lists(st.sampled_from(WORDS), min_size=0, max_size=8).map(" ".join)
lat_st = st.floats(min_value=-89.99, max_value=89.99, allow_nan=False)
lon_st = st.floats(min_value=-179.99, max_value=179.99, allow_nan=False)


def around(before: str, item: str, after: str, wrap: tuple[str, str] = ("", "")) -> str:
    return " ".join(p for p in (before, wrap[0] + item + wrap[1], after) if p)


wraps = st.sampled_from([("", ""), ("(", ")"), ("", "."), ("", ","), ("«", "»"), ("", ";"), ("\n", "\n")])


# --- renderings --------------------------------------------------------------------------


def _hemi(value: float, pos: str, neg: str) -> str:
    return pos if value >= 0 else neg


def _dms(value: float) -> tuple[int, int, str]:
    """Degrees, minutes and seconds to a tenth, by integer arithmetic so 60.0 never appears."""
    tenths = round(abs(value) * 36000)
    d, rest = divmod(tenths, 36000)
    m, st_ = divmod(rest, 600)
    return d, m, f"{st_ // 10:02d}.{st_ % 10}"


def _dms_int(value: float) -> tuple[int, int, int]:
    secs = round(abs(value) * 3600)
    d, rest = divmod(secs, 3600)
    m, s = divmod(rest, 60)
    return d, m, s


def _dm(value: float) -> tuple[int, str]:
    thousandths = round(abs(value) * 60000)
    d, rest = divmod(thousandths, 60000)
    return d, f"{rest // 1000:02d}.{rest % 1000:03d}"


def render_decimal(form: str, lat: float, lon: float) -> str:
    ns, ew = _hemi(lat, "N", "S"), _hemi(lon, "E", "W")
    a, o = abs(lat), abs(lon)
    ru_lat, ru_lon = _hemi(lat, "с.ш.", "ю.ш."), _hemi(lon, "в.д.", "з.д.")
    uk_lat, uk_lon = _hemi(lat, "пн.ш.", "пд.ш."), _hemi(lon, "сх.д.", "зх.д.")
    return {
        "comma_space": f"{lat:.4f}, {lon:.4f}",
        "space": f"{lat:.5f} {lon:.5f}",
        "comma": f"{lat:.6f},{lon:.6f}",
        "hemi_after": f"{a:.4f}{ns} {o:.4f}{ew}",
        "hemi_before": f"{ns}{a:.4f} {ew}{o:.4f}",
        "deg_hemi": f"{a:.4f}° {ns}, {o:.4f}° {ew}",
        "ru": f"{a:.4f} {ru_lat} {o:.4f} {ru_lon}",
        "uk": f"{a:.4f} {uk_lat} {o:.4f} {uk_lon}",
        "ru_comma_decimal": f"{a:.4f} {ru_lat} {o:.4f} {ru_lon}".replace(".", ",", 1).replace(
            f"{o:.4f}", f"{o:.4f}".replace(".", ",")
        ),
        "hemi_comma_decimal": f"{ns}{a:.4f} {ew}{o:.4f}".replace(".", ","),
        "short_hemi": f"{a:.2f}{ns} {o:.2f}{ew}",
        "short_deg": f"{lat:.1f}°, {lon:.1f}°",
        "label_ru": f"координаты: {lat:.2f}, {lon:.2f}",
        "label_uk": f"координати {lat:.3f} {lon:.2f}",
        "label_en": f"lat/lon {lat:.2f},{lon:.2f}",
        "label_axis": f"lat: {lat:.3f}, lon: {lon:.3f}",
        "label_axis_ru": f"широта {lat:.2f}, долгота {lon:.2f}",
    }[form]


DECIMAL_FORMS = (
    "comma_space", "space", "comma", "hemi_after", "hemi_before", "deg_hemi", "ru", "uk",
    "ru_comma_decimal", "hemi_comma_decimal", "short_hemi", "short_deg", "label_ru",
    "label_uk", "label_en", "label_axis", "label_axis_ru",
)  # fmt: skip


def render_dms(form: str, lat: float, lon: float) -> str:
    ns, ew = _hemi(lat, "N", "S"), _hemi(lon, "E", "W")
    (ld, lm, ls), (od, om, os_) = _dms(lat), _dms(lon)
    (ldi, lmi, lsi), (odi, omi, osi) = _dms_int(lat), _dms_int(lon)
    (dd, dmin), (ed, emin) = _dm(lat), _dm(lon)
    return {
        "dms": f"{ld}°{lm:02d}'{ls}\"{ns} {od}°{om:02d}'{os_}\"{ew}",
        "dms_primes": f"{ldi}° {lmi:02d}′ {lsi:02d}″ {ns}, {odi}° {omi:02d}′ {osi:02d}″ {ew}",
        "dms_before": f"{ns} {ldi}°{lmi:02d}'{lsi:02d}\" {ew} {odi}°{omi:02d}'{osi:02d}\"",
        "dms_quotes": f"{ld}°{lm:02d}'{ls}''{ns} {od}°{om:02d}'{os_}''{ew}",
        "dms_tight": f"{ld}°{lm}'{ls}\"{ns}{od}°{om}'{os_}\"{ew}",
        "dms_ru": f"{ld}°{lm:02d}'{ls}\" {_hemi(lat, 'с.ш.', 'ю.ш.')} "
        f"{od}°{om:02d}'{os_}\" {_hemi(lon, 'в.д.', 'з.д.')}",
        "dms_uk": f"{ldi}°{lmi:02d}′{lsi:02d}″ {_hemi(lat, 'пн.ш.', 'пд.ш.')}, "
        f"{odi}°{omi:02d}′{osi:02d}″ {_hemi(lon, 'сх.д.', 'зх.д.')}",
        "dm": f"{dd}°{dmin}'{ns} {ed}°{emin}'{ew}",
    }[form]


DMS_FORMS = ("dms", "dms_primes", "dms_before", "dms_quotes", "dms_tight", "dms_ru", "dms_uk", "dm")


def render_grid(form: str, lat: float, lon: float, precision: int) -> str:
    code = _MGRS.toMGRS(lat, lon, MGRSPrecision=precision)
    digits = 2 * precision
    head, square = code[: -digits - 2], code[-digits - 2 : -digits]
    east, north = code[-digits:-precision], code[-precision:]
    if form == "mgrs_spaced":
        return f"{head} {square} {east} {north}"
    if form == "mgrs_compact":
        return code.lstrip("0")
    full = _MGRS.toMGRS(lat, lon)
    zone, _, e, n = _MGRS.MGRSToUTM(full)
    band = full[2]
    if form == "utm":
        return f"{zone}{band} {int(e)} {int(n)}"
    return f"{zone}{band} {int(e)}mE {int(n)}mN"


GRID_FORMS = ("mgrs_spaced", "mgrs_compact", "utm", "utm_m")


def render_link(form: str, lat: float, lon: float) -> str:
    a, o = f"{lat:.6f}", f"{lon:.6f}"
    return {
        "google_at": f"https://www.google.com/maps/@{a},{o},15z",
        "google_bare": f"google.com/maps/@{lat:.5f},{lon:.5f},15z",
        "google_q": f"https://maps.google.com/?q={a},{o}",
        "google_q_bare": f"maps.google.com/?q={a},{o}",
        "google_place": f"https://www.google.com/maps/place/Zaporizhzhia/@{a},{o},17z/data=!3m1!4b1!4m6!3m5!1s0x0:0x0!8m2!3d{a}!4d{o}",
        "google_ll": f"https://www.google.com/maps?ll={a},{o}&z=14",
        "yandex_ll": f"https://yandex.ru/maps/?ll={o}%2C{a}&z=15",
        "yandex_ll_bare": f"yandex.ru/maps/?ll={o}%2C{a}&z=15",
        "yandex_pt": f"https://yandex.ua/maps/?pt={o},{a}&z=17&l=map",
        "yandex_whatshere": f"https://yandex.com/maps/?whatshere%5Bpoint%5D={o}%2C{a}&whatshere%5Bzoom%5D=17",
        "yandex_whatshere_raw": f"https://yandex.by/maps/?mode=whatshere&whatshere[point]={o},{a}&whatshere[zoom]=17",
        "osm_map": f"https://www.openstreetmap.org/#map=15/{a}/{o}",
        "osm_bare": f"openstreetmap.org/#map=15/{lat:.5f}/{lon:.5f}",
        "osm_marker": f"https://www.openstreetmap.org/?mlat={a}&mlon={o}#map=15/{a}/{o}",
        "apple_ll": f"https://maps.apple.com/?ll={a},{o}",
        "apple_q": f"https://maps.apple.com/?q={a},{o}",
        "apple_sll": f"https://maps.apple.com/?sll={a},{o}&z=10&t=s",
        "geo": f"geo:{a},{o}",
        "generic_lat_lon": f"https://example.org/track?id=7&lat={a}&lon={o}",
        "generic_lat_lng": f"https://tracker.example.net/p?lat={a}&lng={o}",
        "deepstate": f"https://deepstatemap.live/#12/{a}/{o}",
    }[form]


LINK_FORMS = (
    "google_at", "google_bare", "google_q", "google_q_bare", "google_place", "google_ll",
    "yandex_ll", "yandex_ll_bare", "yandex_pt", "yandex_whatshere", "yandex_whatshere_raw",
    "osm_map", "osm_bare", "osm_marker", "apple_ll", "apple_q", "apple_sll", "geo",
    "generic_lat_lon", "generic_lat_lng", "deepstate",
)  # fmt: skip


def assert_hidden(text: str, item: str, token_re: re.Pattern[str] = LOCATION) -> str:
    out, count = R.redact(text)
    assert item not in out
    # The surrounding words hold no digits, so any digit left is part of the item.
    assert not re.search(r"\d", TOKEN_RE.sub("", out)), out
    assert token_re.search(out), out
    assert count >= 1
    return out


# --- coordinates in every form ---------------------------------------------------------


@PROPERTY
@given(st.sampled_from(DECIMAL_FORMS), lat_st, lon_st, words, words, wraps)
def test_decimal_coordinates_never_survive(form, lat, lon, before, after, wrap):
    """Decimal pairs, bare, with hemisphere letters, ° or ru/uk labels, are redacted."""
    item = render_decimal(form, lat, lon)
    assume(not form.startswith("label") or re.search(r"[1-9]", item))  # "0.0, 0.0" is no place
    assert_hidden(around(before, item, after, wrap), item)


@PROPERTY
@given(st.sampled_from(DMS_FORMS), lat_st, lon_st, words, words, wraps)
def test_dms_coordinates_never_survive(form, lat, lon, before, after, wrap):
    """Degrees-minutes(-seconds) with ' " or ′ ″, hemisphere before or after, are redacted."""
    item = render_dms(form, lat, lon)
    assert_hidden(around(before, item, after, wrap), item)


@PROPERTY
@given(
    st.sampled_from(GRID_FORMS),
    st.floats(min_value=-79.5, max_value=83.5),
    lon_st,
    st.integers(min_value=1, max_value=5),
    words,
    words,
    wraps,
)
def test_grid_references_never_survive(form, lat, lon, precision, before, after, wrap):
    """MGRS (spaced or compact, 1-5 digit pairs) and UTM grid references are redacted."""
    assume(form.startswith("mgrs") or abs(lat) > 0.2)  # UTM northings near 0 have < 5 digits
    item = render_grid(form, lat, lon, precision)
    assert_hidden(around(before, item, after, wrap), item)


@PROPERTY
@given(lat_st, lon_st, st.sampled_from([10, 11]), words, words, wraps)
def test_full_plus_codes_never_survive(lat, lon, length, before, after, wrap):
    """A full plus code is decoded and redacted wherever it stands."""
    item = olc.encode(lat, lon, length)
    assert_hidden(around(before, item, after, wrap), item)


@PROPERTY
@given(lat_st, lon_st, st.sampled_from(["Запоріжжя", "Запорожье", "Zaporizhzhia", "Kyiv"]), words)
def test_short_plus_codes_before_a_place_never_survive(lat, lon, place, before):
    """A short plus code followed by a place name is redacted, the place name kept."""
    item = olc.encode(lat, lon)[4:]
    out = assert_hidden(around(before, f"{item} {place}", ""), item)
    assert place in out


@PROPERTY
@given(st.sampled_from(LINK_FORMS), lat_st, lon_st, words, words, wraps)
def test_map_links_become_one_token(form, lat, lon, before, after, wrap):
    """Every provider's map link with a point in it becomes exactly one location token."""
    item = render_link(form, lat, lon)
    out = assert_hidden(around(before, item, after, wrap), item)
    assert len(LOCATION.findall(out)) == 1


def _grid_point() -> st.SearchStrategy[tuple[float, float]]:
    # Points 0.0002 above a 0.001 grid line: every notation rounds to the same canonical.
    lat = st.integers(0, 89_998).map(lambda k: k / 1000 + 0.0002)
    lon = st.integers(0, 179_998).map(lambda k: k / 1000 + 0.0002)
    signs = st.sampled_from([1, -1])
    return st.tuples(lat, signs, lon, signs).map(lambda t: (t[0] * t[1], t[2] * t[3]))


@PROPERTY
@given(_grid_point(), st.sampled_from(DMS_FORMS))
def test_decimal_and_dms_of_one_point_share_a_token(point, form):
    """47.5522, 34.9922 and its DMS writing give one token: analysts see the repeat."""
    lat, lon = point
    decimal = R.redact(f"{lat:.4f}, {lon:.4f}")[0]
    assert decimal == R.token("location", latlon_value(lat, lon))
    assert R.redact(render_dms(form, lat, lon))[0] == decimal


@PROPERTY
@given(_grid_point(), st.sampled_from((*LINK_FORMS, "ru", "uk", "hemi_before")))
def test_links_and_labels_of_one_point_share_a_token(point, form):
    """A map link and a labelled pair name the same point as the bare decimal pair."""
    lat, lon = point
    expected = R.token("location", latlon_value(lat, lon))
    item = render_link(form, lat, lon) if form in LINK_FORMS else render_decimal(form, lat, lon)
    assert R.redact(item)[0] == expected


@PROPERTY
@given(st.floats(min_value=-79.5, max_value=83.5), lon_st, st.integers(1, 5))
def test_mgrs_spaced_and_compact_share_a_token(lat, lon, precision):
    """ "37T DN 45678 12345" and "37TDN4567812345" are the same square."""
    spaced = render_grid("mgrs_spaced", lat, lon, precision)
    compact = render_grid("mgrs_compact", lat, lon, precision)
    assert R.redact(spaced)[0] == R.redact(compact)[0]


def test_the_design_examples_are_redacted():
    """The exact strings the design names are each replaced by one token."""
    for text, pattern in [
        ("47.5521, 34.9917", LOCATION),
        ("37T DN 45678 12345", LOCATION),
        ("47°33'07.6\"N 34°59'30.1\"E", LOCATION),
        ("+380 44 555 0199", PHONE),
    ]:
        out, count = R.redact(f"Точка: {text} — дивись.")
        assert (1, f"Точка: {R.redact(text)[0]} — дивись.") == (count, out)
        assert pattern.fullmatch(R.redact(text)[0])


def test_decimal_and_dms_example_share_a_token():
    """The design's own example: decimal and DMS of the same place give the same token."""
    assert R.redact("47.5521, 34.9917")[0] == R.redact("47°33'07.6\"N 34°59'30.1\"E")[0]


@pytest.mark.parametrize(
    "text",
    [
        "-33.8688, 151.2093",
        "47.5521 с.ш. 34.9917 в.д.",
        "33.8688 ю.ш. 151.2093 в.д.",
        "47,5521 пн.ш. 34,9917 сх.д.",
        "47.5521° N, 34.9917° E",
        "N 47°33'07\" E 34°59'30\"",
        "47°33.127'N 34°59.502'E",
        "37U CQ 123 456",
        "37T 456789 5267890",
        "37T 456789mE 5267890mN",
        "8GVPHX2R+RM",
        "geo:47.55,34.99",
        "https://maps.app.goo.gl/AbCdEf12345",
    ],
)
def test_more_location_examples(text):
    """Each example from the list of forms analysts meet becomes exactly one location token."""
    assert LOCATION.fullmatch(R.redact(text)[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("47.5521,34.9917,47.6000,35.0000", "{a},{b}"),
        ("точки: 47.5521,34.9917; 47.6000,35.0000", "точки: {a}; {b}"),
        ("@47.5521,34.9917,15z", "@{a},15z"),
        ("47.5521, 34.9917, 100 м", "{a}, 100 м"),
    ],
)
def test_pairs_in_lists(text, expected):
    """Points in a comma-separated list, or followed by a zoom or altitude, are each found."""
    a, b = R.token("location", "47.552,34.992"), R.token("location", "47.600,35.000")
    assert expected.format(a=a, b=b) == R.redact(text)[0]


def test_short_plus_code_standing_alone():
    """A short plus code on a line of its own is redacted even without a place name."""
    assert R.redact("Точка:\n2X2V+QM\nдалі")[0].splitlines()[1] == R.token("location", "2X2V+QM")


# --- phones, e-mail, cards ---------------------------------------------------------------

PHONES = [
    ("+380 44 555 0199", "+380445550199"),
    ("+380445550199", "+380445550199"),
    ("044 555 0199", "+380445550199"),
    ("+7 (999) 123-45-67", "+79991234567"),
    ("8 (999) 123-45-67", "+79991234567"),
    ("+1-202-555-0143", "+12025550143"),
    ("8 (800) 555-35-35", "+78005553535"),
    ("(050) 123 45 67", "+380501234567"),
    ("+44 20 7946 0958", "+442079460958"),
    ("0 800 305 517", "+380800305517"),  # a Ukrainian toll-free line in groups of three, no count
]


@pytest.mark.parametrize(("written", "e164"), PHONES)
def test_phone_formats(written, e164):
    """International and UA/RU national formats are found and canonicalised to E.164."""
    text = f"Телефон для связи: {written}, звоните."
    out, count = R.redact(text)
    assert (1, f"Телефон для связи: {R.token('phone', e164)}, звоните.") == (count, out)


@PROPERTY
@given(
    st.sampled_from(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]),
    st.integers(1_000_000, 9_999_999),
    st.sampled_from(["+380 {op} {a} {b} {c}", "+380{op}{a}{b}{c}", "0{op} {a}-{b}-{c}", "(0{op}) {a} {b} {c}"]),
    words,
    words,
)
def test_ukrainian_mobiles_never_survive(op, rest, fmt, before, after):
    """Random Ukrainian mobile numbers in four layouts all become the same phone token."""
    digits = str(rest)
    item = fmt.format(op=op, a=digits[:3], b=digits[3:5], c=digits[5:])
    out = assert_hidden(around(before, item, after), item, PHONE)
    assert R.token("phone", f"+380{op}{digits}") in out


@PROPERTY
@given(
    st.integers(900_000_0000, 999_999_9999),
    st.sampled_from(["+7 {a} {b}-{c}-{d}", "8 ({a}) {b}-{c}-{d}"]),
    words,
)
def test_russian_mobiles_never_survive(number, fmt, before):
    """Russian mobile numbers with +7 are redacted; with the trunk 8, when the range exists.

    National formats need a number the metadata calls valid: "8 (930) 038-00-00" in an
    unassigned range is more likely some other figure than a phone.
    """
    d = str(number)
    if fmt.startswith("8"):
        assume(phonenumbers.is_valid_number(phonenumbers.parse(f"+7{d}")))
    item = fmt.format(a=d[:3], b=d[3:6], c=d[6:8], d=d[8:])
    out = assert_hidden(around(before, item, "звоните"), item, PHONE)
    assert R.token("phone", f"+7{d}") in out


emails = st.tuples(
    st.from_regex(r"[a-z][a-z0-9._+-]{0,15}[a-z0-9]", fullmatch=True),
    st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]", fullmatch=True),
    st.sampled_from(["com", "ru", "ua", "org", "com.ua", "info"]),
).map(lambda t: f"{t[0]}@{t[1]}.{t[2]}")


@PROPERTY
@given(emails, words, words, wraps)
def test_emails_never_survive(email, before, after, wrap):
    """E-mail addresses are redacted; case does not change the token."""
    assume(".." not in email)
    out, _ = R.redact(around(before, email, after, wrap))
    assert email not in out and "@" + email.split("@")[1] not in out
    assert R.token("email", email) in out
    assert R.redact(email.upper())[0] == R.token("email", email)


def _luhn_complete(body: str) -> str:
    for check in "0123456789":
        digits = body + check
        total = sum(
            (d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 else d for i, d in enumerate(int(c) for c in reversed(digits))
        )
        if total % 10 == 0:
            return digits
    raise AssertionError


@PROPERTY
@given(st.from_regex(r"4[0-9]{14}", fullmatch=True), st.sampled_from([" ", "-", ""]), words)
def test_card_numbers_never_survive(body, sep, before):
    """Luhn-valid card numbers, grouped or not, become card tokens."""
    number = _luhn_complete(body)
    item = sep.join(number[i : i + 4] for i in range(0, 16, 4))
    out = assert_hidden(around(before, item, "карта"), item, re.compile(r"\[card#[0-9a-f]{8}\]"))
    assert R.token("card", number) in out


def test_card_number_failing_luhn_is_left():
    """Sixteen digits that fail the Luhn check are not a card (nor a phone)."""
    assert R.redact("номер 4441 1144 1234 5679 заявки") == ("номер 4441 1144 1234 5679 заявки", 0)


# --- what must stay ----------------------------------------------------------------------

FALSE_POSITIVES = [
    "2024-12-04",
    "04.12.2024",
    "06:45",
    "в 2024 году",
    "1,500 deserters",
    "280",
    "3,26 миллиарда",
    "версия 4.1.1",
    "цены 999-5999₽",
    "распродажа 11.11",
    "рост на 12.5%",
    "счёт 3:1",
    "https://ria.ru/20241204/ukraina-1987234561.html",
    "https://t.me/rian_ru/12345",
    "https://www.google.com/maps/place/Kyiv",
    "#война",
    "@channel_names",
    "@rian_ru",
    "1 500 000 человек",
    "2024-12-04 06:45",
    "04.12.2024 в 06:45 по Киеву",
    "47°",
    "47° N",
    "с 12.500 до 13.200 рублей",
    "от 49.999 и 89.999 рублей",
    "ИНН 7717654810",
    "https://example.com/search?q=15.1 2",
    "Су-34 и Ка-52",
    "1.5 2.5",
    "0.5, 0.25",
    "счёт 1:0, 2:1, 3:1",
    "+5 °C, ветер 3-5 м/с",
    "с 8:00 до 20:00",
    "t.me/+AbCdEfGh123",
]


@pytest.mark.parametrize("item", FALSE_POSITIVES)
def test_false_positives_stay(item):
    """Dates, times, counts, prices, versions, scores and ordinary links are not redacted."""
    text = f"Сообщается: {item} — по данным канала"
    assert (text, 0) == R.redact(text)


# --- structure ---------------------------------------------------------------------------

pieces = st.one_of(
    st.sampled_from(WORDS),
    st.builds(render_decimal, st.sampled_from(DECIMAL_FORMS[:10]), lat_st, lon_st),
    st.builds(render_dms, st.sampled_from(DMS_FORMS), lat_st, lon_st),
    st.builds(render_link, st.sampled_from(LINK_FORMS), lat_st, lon_st),
    st.sampled_from([*(p for p, _ in PHONES), "ivan.petrov@example.com", "37T DN 45678 12345", "8GVPHX2R+RM"]),
    st.sampled_from(FALSE_POSITIVES),
)
texts = st.lists(pieces, max_size=12).map(" ".join)


@PROPERTY
@given(texts)
def test_find_spans_slice_back_and_redact_agrees(text):
    """Spans are sorted, disjoint and slice the text; redact() replaces exactly those spans."""
    spans = R.find(text)
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    rebuilt, pos = [], 0
    for r in spans:
        assert isinstance(r, Redaction) and 0 <= r.start < r.end <= len(text)
        assert text[r.start : r.end].strip() == text[r.start : r.end]
        rebuilt += [text[pos : r.start], R.token(r.kind, r.canonical)]
        pos = r.end
    rebuilt.append(text[pos:])
    assert ("".join(rebuilt), len(spans)) == R.redact(text)


@PROPERTY
@given(texts)
def test_redaction_is_idempotent(text):
    """Redacting redacted text changes nothing: tokens are never taken for data."""
    once, _ = R.redact(text)
    assert (once, 0) == R.redact(once)


@PROPERTY
@given(st.text(max_size=200))
def test_arbitrary_text_does_not_crash(text):
    """Any string, including odd Unicode and unbalanced brackets, redacts without error."""
    _, count = R.redact(text)
    assert count == len(R.find(text))


# --- tokens and urls ---------------------------------------------------------------------


def test_token_is_keyed_hmac_prefix():
    """A token is the first 8 hex digits of HMAC-SHA256(key, "kind:value")."""
    digest = hmac.new(KEY, b"location:47.552,34.992", hashlib.sha256).hexdigest()
    assert f"[location#{digest[:8]}]" == R.token("location", "47.552,34.992")


def test_tokens_depend_on_the_key():
    """Another key gives other tokens, so a ledger does not reveal values to a stranger's key."""
    assert Redactor(b"x" * 32).token("phone", "+380445550199") != R.token("phone", "+380445550199")


def test_unknown_kind_and_weak_key_are_refused():
    """A typo in a kind, or an empty key, is an error rather than a silent weak token."""
    with pytest.raises(ValueError, match="location, phone"):
        R.token("place", "x")
    with pytest.raises(ValueError):
        Redactor(b"")


def test_redactor_pickles_and_hides_its_key():
    """The stage pickles for the Dask engine; its repr never shows the key."""
    clone = pickle.loads(pickle.dumps(R))
    assert clone.token("email", "a@b.c") == R.token("email", "a@b.c")
    assert KEY.hex() not in repr(R) and repr(KEY) not in repr(R)


def test_redact_url():
    """A map link becomes one token; an ordinary link stays; a phone parameter is hidden."""
    assert R.token("location", "47.550,34.990") == R.redact_url("https://maps.apple.com/?ll=47.55,34.99")
    ordinary = "https://ria.ru/20241204/a-1.html"
    assert ordinary == R.redact_url(ordinary)
    assert "https://x.example/c?phone=" + R.token("phone", "+380445550199") == R.redact_url(
        "https://x.example/c?phone=%2B380445550199"
    )
    assert R.token("phone", "+79991234567") == R.redact_url("tel:+79991234567")


# --- a token cannot be reversed without the key --------------------------------------------


def _unkeyed_guesses(kind: str, value: str) -> list[str]:
    out = []
    for message in (value, f"{kind}:{value}"):
        data = message.encode()
        out += [hashlib.new(name, data).hexdigest() for name in ("sha256", "md5", "sha1")]
    return out


def _coordinate_candidates() -> list[str]:
    steps = range(-50, 51)  # the 0.001° grid within ±0.05° of the true point
    return [latlon_value(47.552 + i / 1000, 34.992 + j / 1000) for i in steps for j in steps]


def _phone_candidates() -> list[str]:
    return [f"+38044555{n:04d}" for n in range(10_000)]


@pytest.mark.parametrize(
    ("kind", "value", "candidates"),
    [
        ("location", "47.552,34.992", _coordinate_candidates),
        ("phone", "+380445550199", _phone_candidates),
    ],
)
def test_token_cannot_be_reversed_without_the_key(kind, value, candidates):
    """Enumerating the nearby space with unkeyed hashes, or HMAC under an empty key or the
    token's own text, never reproduces the token; with the key the same search finds it."""
    token = R.token(kind, value)
    hex8 = token[-9:-1]
    space = candidates()
    assert value in space
    for guess in space:
        tries = _unkeyed_guesses(kind, guess)
        for key in (b"", token.encode(), hex8.encode()):
            for message in (guess, f"{kind}:{guess}"):
                tries.append(hmac.new(key, message.encode(), hashlib.sha256).hexdigest())
        assert all(not t.startswith(hex8) for t in tries), guess
    # The same enumeration with the key does succeed: the test is able to fail.
    found = [g for g in space if R.token(kind, g) == token]
    assert [value] == found


def test_sloppy_minutes_and_seconds_are_still_redacted():
    # Rounding writes 59.96" as 60.0"; such a point is still a point.
    for text in ("Точка: 50°05'60.0\"N 36°38'21.7\"E", "at 48°60'00\"N 37°12'60\"E now"):
        out, count = R.redact(text)
        assert count == 1 and "°" not in out and "[location#" in out
