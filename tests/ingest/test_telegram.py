"""The Telegram Desktop reader, on the dev exports and on exports with real-world quirks."""

from __future__ import annotations

import json
import tracemalloc
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.ingest import read_file
from claimledger.model import Note, Problem, RawDocument, Skip
from tests.helpers import DEV, channel_export, message, tdesktop_json, write


def read_all(path, **kw):
    out = list(read_file(path, str(path), **kw))
    docs = [o for o in out if isinstance(o, RawDocument)]
    problems = [o for o in out if isinstance(o, Problem)]
    skips = [o for o in out if isinstance(o, Skip)]
    notes = [o for o in out if isinstance(o, Note)]
    return docs, problems, skips, notes


def test_dev_channel_export_reads_every_text_message():
    # d1.json: one service message, five text posts, one photo without caption.
    docs, problems, skips, _ = read_all(DEV / "docs" / "d1.json")
    assert [d.message_id for d in docs] == [2, 3, 4, 5, 6]
    assert problems == []
    assert sorted(s.reason for s in skips) == ["media-only message", "service message"]
    by_id = {d.message_id: d for d in docs}
    assert all(d.channel == "Frontline Notes" for d in docs)
    # text given as a list mixing strings and a text_link entity
    assert by_id[3].text.startswith("Local outlet Pryvillia Today writes that the bridge is damaged")
    assert by_id[3].links == ("https://example.org/pryvillia",)
    assert by_id[4].forwarded_from == "Southern Dispatch"
    assert by_id[5].edited_at is not None and by_id[5].edited_at.isoformat() == "2026-02-02T13:07:00+00:00"
    assert by_id[6].reply_to == 5
    assert by_id[5].published_at.isoformat() == "2026-02-02T13:05:44+00:00"
    # a channel's own posts carry no separate author
    assert by_id[2].author is None


def test_discussion_group_keeps_reply_links_and_marks_commenters_private():
    docs, problems, _, _ = read_all(DEV / "docs" / "d2.json")
    assert problems == []
    by_id = {d.message_id: d for d in docs}
    # the automatic copy of the channel post: a public channel forwarding itself
    assert by_id[501].forwarded_from == "Frontline Notes" and not by_id[501].forwarded_from_private
    assert by_id[502].author == "user5551234" and by_id[502].author_private
    assert by_id[502].reply_to == 501 and by_id[503].reply_to == 502


def test_full_account_export_reads_every_chat(tmp_path):
    export = {
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 42, "first_name": "Me", "phone_number": "+380 44 555 0199"},
        "contacts": {"about": "", "list": [{"first_name": "A", "phone_number": "+380 67 123 4567"}]},
        "chats": {"about": "", "list": [
            channel_export([message(1, "First channel post about the bridge.")], name="Alpha", chat_id=11),
            channel_export([message(7, "A private conversation line.", from_="Petro", from_id="user777")],
                           name="Petro Private", chat_type="personal_chat", chat_id=777),
            channel_export([message(3, "Second channel post.", from_="Beta", from_id="channel12")], name="Beta",
                           chat_id=12),
        ]},
        "left_chats": {"about": "", "list": [
            channel_export([message(9, "A chat I left.", from_="Gamma", from_id="channel13")], name="Gamma",
                           chat_id=13)]},
    }
    path = write(tmp_path / "result.json", tdesktop_json(export))
    docs, problems, _, _ = read_all(path)
    assert problems == []
    assert [(d.channel, d.message_id) for d in docs] == [("Alpha", 1), ("Petro Private", 7), ("Beta", 3),
                                                         ("Gamma", 9)]
    private = docs[1]
    assert private.channel_private and private.origin_private and private.author_private
    # the same message id in two chats gives two origins
    assert len({d.origin for d in docs}) == 4


def test_older_export_without_text_entities(tmp_path):
    msg = message(5, ["Officials ", {"type": "bold", "text": "denied"}, " the report."])
    del msg["text_entities"]
    docs, problems, _, _ = read_all(write(tmp_path / "old.json", tdesktop_json(channel_export([msg]))))
    assert problems == [] and docs[0].text == "Officials denied the report."


def test_text_entities_used_when_text_is_missing(tmp_path):
    msg = message(5, "x")
    del msg["text"]
    msg["text_entities"] = [{"type": "plain", "text": "Only "}, {"type": "italic", "text": "entities"}]
    docs, _, _, _ = read_all(write(tmp_path / "e.json", tdesktop_json(channel_export([msg]))))
    assert docs[0].text == "Only entities"


def test_hex_escape_quirk_is_repaired(tmp_path):
    # tdesktop #27571: control characters written as \xHH, which is not JSON.
    raw = tdesktop_json(channel_export([message(1, "beforeXXafter"), message(2, "next")]))
    raw = raw.replace("beforeXXafter", "before\\x01after", 1).replace(
        '"type": "plain",\n     "text": "before\\\\x01after"', '"type": "plain",\n     "text": "before\\x01after"')
    assert "\\x01" in raw
    docs, problems, _, _ = read_all(write(tmp_path / "hex.json", raw))
    assert problems == []
    assert [d.message_id for d in docs] == [1, 2]
    assert docs[0].text == "before\x01after"  # normalisation later turns the control into a space


def test_bare_document_id_quirk_is_repaired(tmp_path):
    # tdesktop #24961: custom emoji document_id written without quotes.
    msg = message(1, ["Hit confirmed ", {"type": "custom_emoji", "text": "🔥", "document_id": "PLACEHOLDER"}])
    raw = tdesktop_json(channel_export([msg, message(2, "after")]))
    raw = raw.replace('"PLACEHOLDER"', "video_files/sticker (2).webm")
    docs, problems, _, _ = read_all(write(tmp_path / "emoji.json", raw))
    assert problems == []
    assert [d.text for d in docs] == ["Hit confirmed 🔥", "after"]


def test_dates_are_read_in_the_given_zone(tmp_path):
    msg = message(1, "Post at local time.", date="2026-02-02T07:45:10")
    msg["date_unixtime"] = "1770011110"  # 05:45:10 UTC: the export was made at UTC+2
    path = write(tmp_path / "tz.json", tdesktop_json(channel_export([msg])))
    docs, _, _, notes = read_all(path, tz=ZoneInfo("Europe/Kyiv"))
    assert docs[0].published_at.isoformat() == "2026-02-02T05:45:10+00:00"
    assert notes == []
    docs, _, _, notes = read_all(path)  # read as UTC: the unix time disagrees, say so once
    assert docs[0].published_at.isoformat() == "2026-02-02T07:45:10+00:00"
    assert len(notes) == 1 and "UTC+02:00" in notes[0].text


def test_truncated_export_keeps_complete_messages(tmp_path):
    msgs = [message(i, f"Message number {i} about shelling near the river.") for i in range(1, 101)]
    raw = tdesktop_json(channel_export(msgs)).encode()
    cut = raw.index(b'"id": 60,')
    docs, problems, _, _ = read_all(write(tmp_path / "cut.json", raw[:cut + 20]))
    assert [d.message_id for d in docs] == list(range(1, 60))
    assert len(problems) == 1
    assert "truncated" in problems[0].reason and "after message 59" in problems[0].where
    assert f"byte {cut + 20:,}" in problems[0].where


def test_invalid_json_in_the_middle_loses_only_the_broken_message(tmp_path):
    # Enough messages that the break falls deep inside the file, far from any chunk edge.
    msgs = [message(i, f"Report {i}: " + "the convoy moved north " * 20) for i in range(1, 2001)]
    raw = tdesktop_json(channel_export(msgs))
    broken = raw.replace('"text": "Report 1000:', '"text": "Report 1000:" "broken', 1)
    docs, problems, _, _ = read_all(write(tmp_path / "mid.json", broken))
    ids = [d.message_id for d in docs]
    assert 1000 not in ids
    assert ids == [i for i in range(1, 2001) if i != 1000]
    assert len(problems) == 1 and problems[0].reason == "invalid JSON"
    offset = int(problems[0].where.split()[1].rstrip(",").replace(",", ""))
    at = broken.encode().index(b'" "broken')
    assert at - 200 <= offset <= at + 200  # the position is where the damage is


def test_too_deep_nesting_is_refused_without_blowing_up(tmp_path):
    msgs = [message(1, "before"), message(2, "deep"), message(3, "after")]
    raw = tdesktop_json(channel_export(msgs)).replace('"deep"', "[" * 5000 + "]" * 5000, 1)
    tracemalloc.start()
    docs, problems, _, _ = read_all(write(tmp_path / "deep.json", raw))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [d.message_id for d in docs] == [1, 3]
    assert problems[0].where == "message 2" and "deeper than 64" in problems[0].reason
    assert peak < 20 * 2**20


def test_huge_integer_does_not_crash(tmp_path):
    raw = tdesktop_json(channel_export([message(1, "a"), message(2, "b"), message(3, "c")]))
    raw = raw.replace('"date_unixtime": "1772359200",\n   "from": "Test Channel",\n   "from_id": "channel1000001",\n'
                      '   "text": "b"', '"date_unixtime": ' + "9" * 5000 + ',\n   "text": "b"', 1)
    assert "9" * 5000 in raw
    docs, problems, _, _ = read_all(write(tmp_path / "bigint.json", raw))
    assert {1, 3} <= {d.message_id for d in docs}
    assert all("Traceback" not in p.reason for p in problems)


def test_one_megabyte_message_is_refused_by_id(tmp_path):
    msgs = [message(1, "short"), message(2, "x" * 1_048_576), message(3, "also short")]
    docs, problems, _, _ = read_all(write(tmp_path / "big.json", tdesktop_json(channel_export(msgs))))
    assert [d.message_id for d in docs] == [1, 3]
    assert problems[0].where == "message 2" and "1,048,576 characters" in problems[0].reason


def test_not_a_telegram_export(tmp_path):
    path = write(tmp_path / "config.json", json.dumps({"settings": {"theme": "dark"}, "version": 3}, indent=2))
    docs, problems, _, _ = read_all(path)
    assert docs == [] and "not a Telegram Desktop export" in problems[0].reason


def test_memory_does_not_grow_with_the_export(tmp_path):
    def peak_for(n: int) -> int:
        msgs = [message(i, f"Сообщение {i}: по данным источника, колонна прошла мост. " * 5) for i in range(n)]
        path = write(tmp_path / f"m{n}.json", tdesktop_json(channel_export(msgs)))
        tracemalloc.start()
        count = sum(1 for o in read_file(path, "m.json") if isinstance(o, RawDocument))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert count == n
        return peak

    small, large = peak_for(2_000), peak_for(16_000)
    # 8x the messages; streaming keeps the peak within the same few megabytes.
    assert large < small * 1.5 + 2**20


_texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80).filter(str.strip)
_parts = st.lists(st.one_of(_texts, st.builds(lambda t, k: {"type": k, "text": t}, _texts,
                                                 st.sampled_from(["bold", "italic", "hashtag", "code"]))),
                  min_size=1, max_size=5)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(contents=st.lists(st.one_of(_texts, _parts), min_size=1, max_size=30), data=st.data())
def test_property_every_message_round_trips_and_truncation_keeps_the_prefix(tmp_path, contents, data):
    msgs = [message(i + 1, c) for i, c in enumerate(contents)]
    raw = tdesktop_json(channel_export(msgs)).encode()
    path = write(tmp_path / "p.json", raw)
    docs, problems, _, _ = read_all(path)
    expected = ["".join(p if isinstance(p, str) else p["text"] for p in c) if isinstance(c, list) else c
                for c in contents]
    assert problems == [] and [d.text for d in docs] == expected
    # cut anywhere: every message that ended before the cut is still read
    cut = data.draw(st.integers(min_value=1, max_value=len(raw) - 1))
    write(path, raw[:cut])
    docs, problems, _, _ = read_all(path)
    ends = [raw.index(b"\n  }", raw.index(f'"id": {m["id"]},'.encode())) for m in msgs]
    complete = sum(1 for end in ends if end + 4 <= cut)
    assert len(docs) >= complete
    assert [d.text for d in docs] == expected[:len(docs)]


def test_repeated_hour_at_the_clock_change_uses_date_unixtime(tmp_path):
    # 2023-10-29 03:30 happened twice in Kyiv; date_unixtime says it was the second time (+02:00).
    msg = message(1, "Night post.", date="2023-10-29T03:30:00")
    msg["date_unixtime"] = "1698543000"  # 01:30 UTC
    path = write(tmp_path / "dst.json", tdesktop_json(channel_export([msg])))
    docs, _, _, notes = read_all(path, tz=ZoneInfo("Europe/Kyiv"))
    assert docs[0].published_at.isoformat() == "2023-10-29T01:30:00+00:00"
    assert notes == []
