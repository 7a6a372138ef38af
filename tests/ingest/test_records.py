"""JSON Lines and JSON arrays from scrapers: field names, real corpus posts, bad lines."""

from __future__ import annotations

import json

from claimledger.ingest import read_file
from claimledger.model import Problem, RawDocument
from tests.helpers import FIXTURES, write


def read_all(path):
    out = list(read_file(path, str(path)))
    return [o for o in out if isinstance(o, RawDocument)], [o for o in out if isinstance(o, Problem)]


def test_real_scraper_arrays_ingest_every_post():
    # Real Telethon scraper output (CC BY 4.0 corpus): every post, with channel, id and date.
    for path in sorted(FIXTURES.glob("ru-telegram-*.json")):
        records = json.loads(path.read_text(encoding="utf-8"))
        docs, problems = read_all(path)
        assert problems == []
        assert [d.message_id for d in docs] == [r["message_id"] for r in records]
        assert {d.channel for d in docs} == {records[0]["channel"]}
        assert docs[0].published_at.isoformat() == records[0]["date"]
        assert all(d.format == "json" for d in docs)


def test_scraper_markdown_is_reduced_to_text_and_links():
    docs, _ = read_all(FIXTURES / "ru-telegram-1001747110091.json")
    linked = [d for d in docs if d.links]
    assert linked, "the Moscow channel writes [word](url) links"
    assert all("](" not in d.text and "**" not in d.text for d in docs)


def test_jsonl_telethon_and_article_fields(tmp_path):
    lines = [
        {"message_id": 11, "sender_id": -1001234567890, "channel": "Southern Dispatch",
         "date": "2026-02-02T10:30:00+00:00", "text": "Up to 300 residents were evacuated, officials said.",
         "fwd_from": {"from_name": "Frontline Notes"}, "reply_to": {"reply_to_msg_id": 9}},
        {"id": "12", "chat_title": "Southern Dispatch", "timestamp": 1770028200, "message": "Second post."},
        {"title": "Bridge damaged", "url": "https://herald.example/bridge", "outlet": "Pryvillia Herald",
         "published": "Mon, 02 Feb 2026 09:00:00 +0200", "author": "Olena Marchuk",
         "content": "The bridge is damaged but standing, the district head said."},
    ]
    path = write(tmp_path / "scraped.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n")
    docs, problems = read_all(path)
    assert problems == []
    first, second, article = docs
    assert (first.channel, first.message_id, first.forwarded_from, first.reply_to) == (
        "Southern Dispatch", 11, "Frontline Notes", 9)
    assert (second.message_id, second.published_at.isoformat()) == (12, "2026-02-02T10:30:00+00:00")
    assert article.message_id is None and article.channel == "Pryvillia Herald"
    assert article.url == "https://herald.example/bridge" and article.author == "Olena Marchuk"
    assert article.published_at.isoformat() == "2026-02-02T07:00:00+00:00"
    assert first.format == "jsonl"


def test_private_sender_is_flagged_not_named(tmp_path):
    path = write(tmp_path / "dm.jsonl", json.dumps({"message_id": 1, "sender_id": 5551234, "text": "hello"}) + "\n")
    docs, _ = read_all(path)
    assert docs[0].author == "user5551234" and docs[0].author_private
    assert docs[0].channel is None and docs[0].origin_private


def test_bad_lines_are_reported_by_number_and_the_rest_read(tmp_path):
    good = json.dumps({"message_id": 1, "channel": "C", "text": "one"})
    third = json.dumps({"message_id": 3, "channel": "C", "text": "three"})
    raw = (good + "\n" + '{"message_id": 2, "text": "tw\n' + third + "\n").encode()
    raw += b'{"message_id": 4, "channel": "C", "text": "f\xffour"}\n'
    docs, problems = read_all(write(tmp_path / "bad.jsonl", raw))
    assert [d.message_id for d in docs] == [1, 3, 4]
    # line 2 breaks at its raw newline (column 30); line 4 keeps its text with U+FFFD
    assert [(p.where, p.reason) for p in problems] == [
        ("line 2, column 30", "not valid JSON; line skipped"),
        ("line 4", "undecodable bytes (not UTF-8), replaced with U+FFFD")]
    assert docs[2].text == "f\ufffdour"


def test_json_array_recovers_after_a_broken_record(tmp_path):
    records = [{"message_id": i, "channel": "C", "text": f"post {i} " + "x" * 300} for i in range(1, 501)]
    raw = json.dumps(records, indent=2).replace('"post 250 ', '"post 250 " oops "', 1)
    docs, problems = read_all(write(tmp_path / "arr.json", raw))
    assert [d.message_id for d in docs] == [i for i in range(1, 501) if i != 250]
    assert len(problems) == 1 and problems[0].where.startswith("byte ")
