"""Quantities with units and approximators in three languages."""

from __future__ import annotations

from claimledger.extract import Extractor
from claimledger.model import Document


def quantities(text, language):
    doc = Document(id="q", format="text", path="q.txt", text=text, language=language)
    return [(q.value, q.unit, q.approximator) for m in Extractor().extract(doc) for q in m.quantities]


def test_english():
    assert quantities("Officials said approximately 1,500 deserters and up to 300 residents were counted.", "en") == [
        (1500.0, "deserter", "approximately"), (300.0, "resident", "up to")]
    assert quantities("The mayor said traffic would be diverted for at least ten days.", "en") == [
        (10.0, "day", "at least")]


def test_russian():
    assert quantities("По словам губернатора, эвакуировали около 900 мужчин.", "ru") == [(900.0, "person", "около")]
    assert quantities("Минобороны заявило, что сбито 2,5 тыс. дронов.", "ru") == [(2500.0, "drone", None)]


def test_ukrainian():
    assert quantities("Як повідомила ОВА, збито 14 безпілотників.", "uk") == [(14.0, "drone", None)]
    assert quantities("За словами мешканців, близько 40 будинків пошкоджено.", "uk") == [(40.0, "building", "близько")]


def test_collective_numerals_count_people():
    assert quantities("По словам губернатора, погибли трое мужчин.", "ru") == [(3.0, "person", None)]
    assert quantities("Як повідомив мер, поранено семеро людей, серед них двоє дітей.", "uk") == [
        (7.0, "person", None), (2.0, "child", None)]


def test_years_and_times_are_not_quantities():
    assert quantities("The council said the school built in 2023 reopened at 09:30.", "en") == []


def test_a_redaction_token_is_no_quantity():
    # the token's hex digits are a hash of a phone number or place, not a figure
    assert quantities("Пункт незламності працює цілодобово, тел. [phone#44f21e86]", "uk") == []
    assert quantities("Residents said the drone fell at [location#3f2a91c0], 2 people were hurt.", "en") == [
        (2.0, "person", None)]
