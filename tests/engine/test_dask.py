"""The Dask engine against the local engine: the same inputs must give the same ledger.

A real local Dask cluster (two worker processes), claimledger's own extractor on the
workers, real SQLite ledgers, compared through the JSON Lines export and the stored
documents.
"""

from __future__ import annotations

import io
import json
import logging
import shutil
import sys
from pathlib import Path

import pytest

from claimledger.engine.local import ingest as local_ingest
from claimledger.engine.partitions import plan
from claimledger.errors import ConfigError
from claimledger.link import ledger, linker
from claimledger.report import jsonl
from claimledger.store import open_store
from tests.conftest import DEV_DOCS, ledger_key
from tests.helpers import FIXTURES

distributed = pytest.importorskip("distributed", reason="the Dask engine needs dask[distributed] (the test extra)")
dask_engine = pytest.importorskip("claimledger.engine.dask_engine")

RU_EXPORTS = sorted(FIXTURES.glob("ru-telegram-*.json"))
BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def scheduler():
    """One local cluster for the module: two processes, one thread each, no dashboard."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                       silence_logs=logging.CRITICAL)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def export(db: Path) -> list[dict]:
    store = open_store(str(db), create=False)
    try:
        out = io.BytesIO()
        jsonl.write(store, out)
    finally:
        store.close()
    return [json.loads(line) for line in out.getvalue().splitlines()]


def documents(db: Path) -> list[tuple]:
    store = open_store(str(db), create=False)
    try:
        return sorted((d.id, d.path, d.message_id, d.text, d.channel, d.published_at) for d in store.documents())
    finally:
        store.close()


def dask_ledger(paths, db: Path, scheduler: str | None, **options):
    store = open_store(str(db))
    try:
        return dask_engine.ingest(paths, store, scheduler=scheduler, key=ledger_key(), **options)
    finally:
        store.close()


def test_dev_set_through_dask_exports_what_the_local_engine_exports(dev_ledger, tmp_path, scheduler):
    report = dask_ledger([DEV_DOCS], tmp_path / "dask.db", scheduler)
    assert report.ok, [str(p) for p in report.failed]
    assert report.files == 6  # the dev set's six files
    local_records = export(dev_ledger)
    dask_records = export(tmp_path / "dask.db")
    # the dev set has claims in every language
    assert {r["document"]["language"] for r in local_records if r["source"]["kind"] != "author"} >= {"en", "ru", "uk"}
    assert dask_records == local_records
    assert any(r["status"] == "contested" for r in dask_records)  # the Pryvillia bridge group
    assert documents(tmp_path / "dask.db") == documents(dev_ledger)


def telegram_account_export(to: Path) -> int:
    """A Telegram Desktop full-account export (``chats.list``) with one public channel per
    ``ru-telegram-*.json`` scraper file, their posts as messages, plus a service message
    and a media-only post in each chat; returns the number of messages."""
    chats, total = [], 0
    for n, path in enumerate(RU_EXPORTS):
        posts = json.loads(path.read_text(encoding="utf-8"))
        messages = [{"id": 1, "type": "service", "date": "2024-11-01T08:00:00", "actor": posts[0]["channel"],
                     "action": "create_channel", "text": ""},
                    {"id": 2, "type": "message", "date": "2024-11-01T08:01:00", "photo": "(File not included.)",
                     "text": ""}]
        messages += [{"id": post["message_id"], "type": "message", "date": post["date"][:19],
                      "from": post["channel"], "from_id": f"channel{-post['sender_id']}", "text": post["text"]}
                     for post in posts]
        chats.append({"name": posts[0]["channel"], "type": "public_channel", "id": 100 + n, "messages": messages})
        total += len(messages)
    export = {"about": "Here is the data you requested.", "chats": {"about": "", "list": chats}}
    to.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    return total


def test_an_export_split_into_message_ranges_gives_the_local_engines_ledger(tmp_path, scheduler, extractor):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    messages = telegram_account_export(corpus / "result.json")
    shutil.copy(RU_EXPORTS[0], corpus / "posts.json")  # a scraper's JSON array: read whole by one task
    parts = plan([corpus], messages_per_partition=7)
    ranges = [p for p in parts if p.messages is not None]
    # The export is small enough to be counted exactly: 186 messages in ranges of 7 (27),
    # some starting inside one chat and ending in the next.
    assert messages == 186 and len(ranges) == 27
    assert [p.messages for p in ranges[:2]] == [(0, 7), (7, 14)] and ranges[-1].stop is None
    assert len(parts) == len(ranges) + 1

    local_store = open_store(str(tmp_path / "local.db"))
    try:
        expected = local_ingest([corpus], local_store, key=ledger_key(), extractor=extractor)
    finally:
        local_store.close()
    got = dask_ledger([corpus], tmp_path / "dask.db", scheduler, partition_messages=7)
    # 60 posts with text in each fixture: 180 from the export, 60 more from posts.json.
    assert got.read == expected.read == 240
    assert got.skipped == expected.skipped == {"service message": 3, "media-only message": 3}
    assert got.as_dict() == expected.as_dict()
    assert documents(tmp_path / "dask.db") == documents(tmp_path / "local.db")
    assert export(tmp_path / "dask.db") == export(tmp_path / "local.db")


def test_linking_while_the_workers_extract_gives_the_ledger_of_linking_at_the_end(tmp_path, scheduler, extractor):
    # 240 documents linked every 50 stored (partitions of 7 messages), against the local
    # engine, which links these all at once: the same groups, mention for mention
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    telegram_account_export(corpus / "result.json")
    shutil.copy(RU_EXPORTS[0], corpus / "posts.json")
    local_store = open_store(str(tmp_path / "local.db"))
    try:
        local_ingest([corpus], local_store, key=ledger_key(), extractor=extractor)
    finally:
        local_store.close()
    got = dask_ledger([corpus], tmp_path / "dask.db", scheduler, partition_messages=7, link_batch=50)
    assert got.ok and got.new == 240
    records = export(tmp_path / "dask.db")
    assert len({r["group_id"] for r in records}) < len(records)  # claims were grouped
    assert records == export(tmp_path / "local.db")


def test_with_crowded_keys_both_engines_link_the_same_batches(tmp_path, scheduler, extractor, monkeypatch):
    # A key that more than MAX_POSTINGS linked mentions have is no longer used to find
    # candidates, so the groups depend on what was linked before it crossed the line: at
    # 1M synthetic messages the Dask and local exports differed. Both engines now link the
    # documents in the order stored, whole batches only until the end. A cap of 5 makes
    # keys crowded in 400 synthetic messages (the benchmarks' generator).
    monkeypatch.setattr(linker, "MAX_POSTINGS", 5)
    monkeypatch.setattr(ledger, "MAX_POSTINGS", 5)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sys.path.insert(0, str(BENCH))
    try:
        from gen_telegram import main as generate
    finally:
        sys.path.remove(str(BENCH))
    export_file = corpus / "result.json"  # its sidecars (counts, planted values) beside it
    generate(["--messages", "400", "--content", "rich", "--seed", "2", "--out", str(export_file)])

    def local(db: Path, link_batch: int) -> list[dict]:
        store = open_store(str(db))
        try:
            local_ingest([export_file], store, key=ledger_key(), extractor=extractor, batch_size=20,
                         link_batch=link_batch)
        finally:
            store.close()
        return export(db)

    expected = local(tmp_path / "local.db", link_batch=40)
    got = dask_ledger([export_file], tmp_path / "dask.db", scheduler, partition_messages=7, link_batch=40)
    assert got.ok and got.new > 300
    assert export(tmp_path / "dask.db") == expected
    # the cap is what the batches matter for: linked all at once, other groups
    at_once = local(tmp_path / "at-once.db", link_batch=1_000)
    assert [r["claim_id"] for r in at_once] == [r["claim_id"] for r in expected]
    assert [r["group_id"] for r in at_once] != [r["group_id"] for r in expected]


def test_a_bad_file_is_reported_by_name_and_the_rest_goes_in(tmp_path, scheduler):
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(RU_EXPORTS[0], corpus / "good.json")
    # A Telegram export that breaks after its first message.
    broken = (b'{"name": "X", "type": "public_channel", "id": 1, "messages": [\n'
              b' {"id": 1, "type": "message", "date": "2024-01-01T10:00:00", '
              b'"text": "Shelling reported near the bridge."},\n {"id": 2, "type": ')
    (corpus / "broken.json").write_bytes(broken)
    report = dask_ledger([corpus], tmp_path / "dask.db", scheduler, extractor_factory=None)
    assert report.files == 2
    # Truncation is found at the end of the file: its length is the offset.
    assert [(p.path, p.where) for p in report.failed] == [(str(corpus / "broken.json"),
                                                           f"byte {len(broken):,}, after message 1")]
    assert "truncated" in report.failed[0].reason
    good = sum(1 for d in documents(tmp_path / "dask.db") if d[1].endswith("good.json"))
    assert good > 10
    assert report.new == good + 1  # and the broken file's first message


def test_cli_ingest_with_the_dask_engine_on_a_local_cluster(tmp_path, cli):
    # No --scheduler: the command starts (and stops) a local cluster of --workers processes.
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(RU_EXPORTS[1], corpus / "a.json")
    (corpus / "notes.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    db = tmp_path / "cli.db"
    result = cli("ingest", str(corpus), "--db", str(db), "--engine", "dask", "--workers", "1", "--json", "-q")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["files"] == 2 and summary["failed"] == []
    assert summary["skipped"].get("not a document format") == 1
    assert summary["new"] == len(documents(db)) > 10
    assert summary["mentions"] > 0  # the stand-in extractor, sent to the worker


def test_scheduler_without_dask_engine_is_a_usage_error(tmp_path, cli):
    result = cli("ingest", str(RU_EXPORTS[0]), "--db", str(tmp_path / "x.db"), "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2
    assert "--scheduler is for --engine dask" in result.stderr


def test_an_unreachable_scheduler_is_a_setup_error_naming_it(tmp_path):
    # Port 9 on loopback: nothing listens there.
    with pytest.raises(ConfigError, match=r"^cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9 "):
        dask_ledger([RU_EXPORTS[0]], tmp_path / "x.db", "tcp://127.0.0.1:9", timeout=2)
