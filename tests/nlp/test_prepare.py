"""The prepare stage: tokens agree across the ways one value reaches it."""

from __future__ import annotations

import hashlib

from claimledger.ingest import read_file
from claimledger.model import RawDocument
from claimledger.nlp.prepare import Preparer
from claimledger.nlp.redact import Redactor
from tests.conftest import TEST_KEY
from tests.helpers import channel_export, message, tdesktop_json, write


def prepared(path):
    prepare = Preparer(Redactor(hashlib.sha256(TEST_KEY.encode()).digest()))
    return [prepare(o) for o in read_file(path, str(path)) if isinstance(o, RawDocument)]


def test_a_user_mentioned_and_the_same_user_posting_share_a_token(tmp_path):
    msgs = [message(1, "I was there.", from_="Petro K.", from_id="user5551234"),
            message(2, ["Ask ", {"type": "mention_name", "text": "Petro K.", "user_id": 5551234}, " about it."],
                    from_="Olha", from_id="user7778899")]
    path = write(tmp_path / "g.json", tdesktop_json(channel_export(msgs, name="Chat", chat_type="public_supergroup")))
    first, second = prepared(path)
    assert first.author.startswith("[user#") and first.author in second.text
    assert "Petro" not in second.text and second.author != first.author


def test_a_phone_entity_gets_the_same_token_as_the_phone_in_text(tmp_path):
    msgs = [message(1, ["Hotline: ", {"type": "phone", "text": "+380 44 555 0199"}]),
            message(2, "Call +380445550199 now.")]
    first, second = prepared(write(tmp_path / "p.json", tdesktop_json(channel_export(msgs))))
    token = first.text.removeprefix("Hotline: ")
    assert token.startswith("[phone#") and token in second.text


def test_ids_are_stable_and_depend_on_origin_and_text(tmp_path):
    path = write(tmp_path / "a.json", tdesktop_json(channel_export([message(1, "Same."), message(2, "Same.")])))
    a1, a2 = prepared(path)
    b1, _ = prepared(path)
    assert a1.id == b1.id and a1.id != a2.id


def test_a_private_commenter_named_in_another_message_is_redacted(tmp_path):
    msgs = [message(1, "Це був дрон, я чув.", from_="Остап", from_id="user5550001"),
            message(2, "Остап, ти з якого міста такий розумний?", from_="Ірина Т.", from_id="user5550002",
                    reply_to_message_id=1),
            message(3, "Ірина Т. права, і Остап теж. Остапе, не сердься. Ганно, а ти що бачила?", from_="Гість",
                    from_id="user5550003"),
            message(4, "Бачила дим над складом.", from_="Ганна", from_id="user5550004")]
    path = write(tmp_path / "g.json", tdesktop_json(channel_export(msgs, name="Chat", chat_type="public_supergroup")))
    first, second, third, fourth = prepared(path)
    assert "Остап" not in second.text and second.text.startswith(first.author)
    assert "Ірина" not in third.text and "Остап" not in third.text and second.author in third.text
    assert third.text.count(first.author) == 2  # "Остап", and "Остапе" in the vocative
    # a name written before its owner's first message too: the export is read for names first
    assert "Ганн" not in third.text and fourth.author in third.text
    # every range of the export reads the names of the messages before it (the engines split it)
    later = [Preparer(Redactor(hashlib.sha256(TEST_KEY.encode()).digest()))(o)
             for o in read_file(path, str(path), messages=(2, None)) if isinstance(o, RawDocument)]
    assert [d.text for d in later] == [third.text, fourth.text]


def test_a_channel_s_own_name_and_public_names_stay(tmp_path):
    # a channel's posts have no private sender: a public person it names stays as written
    msgs = [message(1, "Денис Пушилін заявив, що обстріл тривав годину."),
            message(2, "Остапе, дякуємо за фото.")]
    path = write(tmp_path / "c.json", tdesktop_json(channel_export(msgs, name="Канал")))
    assert [d.text for d in prepared(path)] == ["Денис Пушилін заявив, що обстріл тривав годину.",
                                                 "Остапе, дякуємо за фото."]


def test_the_first_name_of_a_private_commenter_named_in_full(tmp_path):
    msgs = [message(1, "У сестри карта не проходить.", from_="Олена Гавриш", from_id="user5550011"),
            message(2, "Олено, передай їм, хай тримаються. Ірина теж писала. Олеже, дякую.", from_="Сергій Ткач",
                    from_id="user5550012"),
            message(3, "Звоніть Ірині, вона знає.", from_="Ірина Мороз", from_id="user5550013"),
            message(4, "Дякую всім.", from_="Олег Дорошенко", from_id="user5550014")]
    path = write(tmp_path / "g.json", tdesktop_json(channel_export(msgs, name="Chat", chat_type="public_supergroup")))
    first, second, third, _ = prepared(path)
    assert "Олен" not in second.text and second.text.startswith(first.author)
    assert "Ірин" not in second.text and third.author in second.text
    assert "Ірин" not in third.text  # (her own first name in another ending, in her own message)
    assert "Олеж" not in second.text  # (the vocative of Олег, who writes last)
    # guard: the first word of a nickname of three letters names no one else
    msgs = [message(1, "Дим над складом.", from_="Кот Учёный", from_id="user5550021"),
            message(2, "Кот Учёный прав, кот у соседей тоже сбежал.", from_="Гость", from_id="user5550022")]
    path = write(tmp_path / "h.json", tdesktop_json(channel_export(msgs, name="Chat", chat_type="public_supergroup")))
    first, second = prepared(path)
    assert second.text == f"{first.author} прав, кот у соседей тоже сбежал."


def test_a_forward_from_a_person_named_without_an_id_is_private(tmp_path):
    msgs = [message(1, "Горит за забором части.", forwarded_from="Ксюша Белова"),
            message(4, "Рвётся уже час.", forwarded_from="Алексей Ч."),
            message(5, "Дым над портом.", forwarded_from="Лиана Демченко"),
            message(2, "Срочно: обстрел.", forwarded_from="Новости Донбасса"),
            message(3, "Срочно: обстрел.", forwarded_from="Юрий Подоляка", forwarded_from_id="channel1000777")]
    first, fourth, fifth, second, third = prepared(write(tmp_path / "c.json", tdesktop_json(channel_export(
        msgs, name="Канал"))))
    assert all(d.forwarded_from.startswith("[user#") for d in (first, fourth, fifth))
    # guard: a channel's name stays, and a person's channel known by its id
    assert (second.forwarded_from, third.forwarded_from) == ("Новости Донбасса", "Юрий Подоляка")
