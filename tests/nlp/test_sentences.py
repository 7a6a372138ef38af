"""Sentence splitting: abbreviations, quotations, Telegram's line-broken posts; offsets
always slice back to the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.nlp.sentences import join_signed_quotations, split


def texts(text, language="en"):
    return [text[s.start:s.end] for s in split(text, language)]


def test_abbreviations_do_not_end_sentences():
    assert texts("Gov. Ann Lee spoke on Sept. 11 in Kyiv. Mr. Park left.") == [
        "Gov. Ann Lee spoke on Sept. 11 in Kyiv.", "Mr. Park left."]
    assert texts("Пожар на ул. Ленина потушили. Пострадавших нет.", "ru") == [
        "Пожар на ул. Ленина потушили.", "Пострадавших нет."]


def test_telegram_lines_emoji_and_no_final_period():
    post = "⚡️Взрывы в Харькове\n🔸 Повреждены два дома\nПодробности позже"
    assert texts(post, "ru") == ["Взрывы в Харькове", "Повреждены два дома", "Подробности позже"]


def test_wrapped_lines_are_joined():
    text = "The council said the road\nwould reopen on Monday. Traffic is diverted."
    assert texts(text) == ["The council said the road\nwould reopen on Monday.", "Traffic is diverted."]


def test_a_blank_line_always_ends_a_sentence():
    # a headline without a final period, a blank line, then its link: two sentences, even
    # though the link starts in lower case (as a wrapped line would)
    text = "Учёные нашли новый вид лягушек в Андах\n\nhttps://example.org/frogs\n \r\nещё строка"
    assert texts(text, "ru") == ["Учёные нашли новый вид лягушек в Андах", "https://example.org/frogs", "ещё строка"]


def test_consecutive_quotes_split():
    text = "“The bridge stands. It will be repaired,” he said. “We need time.” “Water is back.”"
    assert texts(text) == ["“The bridge stands.", "It will be repaired,” he said.", "“We need time.”",
                           "“Water is back.”"]


def joined(text, language="en"):
    return [text[s.start:s.end] for s in join_signed_quotations(text, split(text, language))]


def test_a_quotation_its_sentence_goes_on_after_is_joined_up():
    # a quotation that its sentence goes on after ("…,” he said) is one sentence with it;
    # one that ends with its sentence is not joined to what follows
    text = "“The bridge stands. It will be repaired,” he said. “We need time.” “Water is back.”"
    assert joined(text) == ["“The bridge stands. It will be repaired,” he said.", "“We need time.”",
                            "“Water is back.”"]
    assert joined("“It is over. We won.” The crowd cheered.") == ["“It is over.", "We won.”", "The crowd cheered."]


@pytest.mark.parametrize("text, language", [
    ('"The dam holds. Water is rising," said Petra Novak, a local engineer.', "en"),
    ("“Ситуация тяжёлая. Мы держим позиции”, — заявил командир роты.", "ru"),
    ("«Ситуація складна. Ми тримаємо позиції», — заявив командир роти.", "uk"),
    ("„Ситуація складна. Ми тримаємо позиції“, — сказав волонтер.", "uk"),
])
def test_a_quotation_signed_after_its_sentences_is_joined_into_one(text, language):
    assert joined(text, language) == [text]


def test_a_quotation_is_not_joined_beyond_a_few_sentences_nor_across_lines():
    assert len(joined("“One. Two. Three. Four. Five,” he said.")) > 1
    assert joined("“The road is closed.\nDetour via the bridge,” the police said.") == [
        "“The road is closed.", "Detour via the bridge,” the police said."]


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=400), st.sampled_from(["en", "ru", "uk"]))
def test_property_offsets_slice_back_in_order(text, language):
    sentences = split(text, language)
    last = 0
    for s in sentences:
        assert last <= s.start < s.end <= len(text)
        assert text[s.start:s.end].strip() == text[s.start:s.end]
        last = s.end


def test_a_unit_after_a_figure_ends_a_sentence_before_a_capital():
    text = "Ущерб составил $10 млрд. Netflix снимет по этой истории сериал. Штраф — 5 млн. рублей."
    assert [text[s.start:s.end] for s in split(text, "ru")] == [
        "Ущерб составил $10 млрд.", "Netflix снимет по этой истории сериал.", "Штраф — 5 млн. рублей."]


def test_a_wire_dateline_is_no_part_of_the_sentence():
    # "KYIV (Reuters) —" says where and by whom; the sentence's subject comes after it
    assert texts("KYIV (Wire) — The ministry said on Sunday it had opened an investigation.") == [
        "The ministry said on Sunday it had opened an investigation."]
    assert texts("MOSCOW, Oct. 11 (AP) - The Kremlin said talks were over. It added more.") == [
        "The Kremlin said talks were over.", "It added more."]
    # guard: an acronym set off by dashes is the subject ("NATO - a military alliance - said")
    assert texts("NATO - a military alliance - said it would respond.") == [
        "NATO - a military alliance - said it would respond."]


def test_a_russian_agency_dateline_is_no_part_of_the_sentence():
    assert texts("МОСКВА, 14 ноя — РИА Новости. Станция обесточена, сообщила директор.", "ru") == [
        "Станция обесточена, сообщила директор."]
    assert texts("КИЕВ, 5 июня. /ТАСС/. Кремль заявил, что переговоров не будет.", "ru") == [
        "Кремль заявил, что переговоров не будет."]


def test_a_live_blog_time_stamp_is_no_part_of_its_sentence():
    text = ("09:35 — Russian news agency Zarya claimed that the depot held shells.\n\n"
            "14.20 GMT - The mayor said two died.")
    assert [text[s.start:s.end] for s in split(text, "en")] == [
        "Russian news agency Zarya claimed that the depot held shells.", "The mayor said two died."]
