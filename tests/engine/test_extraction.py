"""Ingest with claim extraction and the `extract` command: new documents only, each batch
with its mentions, nothing twice, re-extraction replaces, an extractor bug costs one
document."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.engine import local
from claimledger.store import open_store
from tests.helpers import DEV, FailingExtractor, RuleExtractor, channel_export, message, tdesktop_json, write


class CountingExtractor(RuleExtractor):
    """The stand-in, remembering which documents it was given."""

    def __init__(self, **kw):
        super().__init__(**kw)
        self.seen: list[str] = []

    def pipe(self, docs):
        self.seen += [d.id for d in docs]
        return super().pipe(docs)


def mention_ids(db) -> list[str]:
    conn = sqlite3.connect(db)
    ids = [row[0] for row in conn.execute("SELECT id FROM mentions ORDER BY id")]
    conn.close()
    return ids


def test_ingest_extracts_new_documents_only_and_reingest_adds_no_mention(db):
    store = open_store(db)
    extractor = CountingExtractor()
    first = local.ingest([DEV / "docs"], store, extractor=extractor, batch_size=4)
    assert first.mentions > 0 and first.mentions == store.stats()["mentions"]
    assert sorted(extractor.seen) == sorted(d.id for d in store.documents())  # each document once
    extractor.seen.clear()
    again = local.ingest([DEV / "docs"], store, extractor=extractor, batch_size=4)
    assert (again.new, again.mentions, extractor.seen) == (0, 0, [])
    assert store.stats()["mentions"] == first.mentions
    assert store.stats()["not_extracted"] == 0
    store.close()


def test_cli_ingest_reports_mentions_and_reingest_adds_none(cli, db):
    first = json.loads(cli("ingest", str(DEV / "docs"), "--db", str(db), "--json").stdout)
    ids = mention_ids(db)
    assert first["mentions"] == len(ids) > 0
    second = json.loads(cli("ingest", str(DEV / "docs"), "--db", str(db), "--json").stdout)
    assert second["mentions"] == 0 and mention_ids(db) == ids
    human = cli("ingest", str(DEV / "docs" / "d3.txt"), "--db", str(db.with_name("other.db")))
    assert "claim mentions" in human.stdout


def test_no_extract_then_extract_gives_what_ingest_would_have(cli, db, tmp_path):
    result = cli("ingest", str(DEV / "docs"), "--db", str(db), "--no-extract", "--json")
    assert json.loads(result.stdout)["mentions"] == 0 and mention_ids(db) == []
    assert "13 documents not yet extracted" in cli("stats", "--db", str(db)).stdout
    extracted = cli("extract", "--db", str(db), "--batch-size", "5", "--json")
    assert extracted.exit_code == 0
    summary = json.loads(extracted.stdout)
    assert summary["documents"] == 13 and summary["mentions"] == len(mention_ids(db))
    direct = tmp_path / "direct.db"
    cli("ingest", str(DEV / "docs"), "--db", str(direct))
    assert mention_ids(db) == mention_ids(direct)
    # nothing left to extract, including documents in which nothing was found
    assert json.loads(cli("extract", "--db", str(db), "--json").stdout)["documents"] == 0


def test_extract_all_replaces_rather_than_duplicates(cli, db):
    cli("ingest", str(DEV / "docs"), "--db", str(db))
    before = mention_ids(db)
    fewer = RuleExtractor(own_voice=False)
    result = cli("extract", "--all", "--db", str(db), "--json", extractor=fewer)
    assert result.exit_code == 0 and json.loads(result.stdout)["documents"] == 13
    store = open_store(db)
    expected = sorted(m.id for ms in fewer.pipe(list(store.documents())) for m in ms)
    kinds = store.stats()["mentions_by_kind"]
    store.close()
    assert mention_ids(db) == expected and 0 < len(expected) < len(before)
    assert "author" not in kinds
    # and once more: the same set, not twice the set
    cli("extract", "--all", "--db", str(db), extractor=fewer)
    assert mention_ids(db) == expected


def test_an_extractor_bug_costs_one_document_not_the_batch(cli, db, tmp_path):
    msgs = [message(i, f"Radio Step said that {i} bridges are closed.") for i in range(1, 7)]
    msgs[2] = message(3, "Radio Step said that TRIP bridges are closed.")
    path = write(tmp_path / "result.json", tdesktop_json(channel_export(msgs)))
    result = cli("ingest", str(path), "--db", str(db), "--json", extractor=FailingExtractor("TRIP"))
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["new"] == 6 and summary["mentions"] == 5
    assert summary["failed"] == [f"{path} (message 3): claim extraction failed; the document is stored without "
                                 "mentions (run 'claimledger extract' to try again)"]
    assert "claim extraction failed" in result.stderr
    store = open_store(db)
    assert [d.message_id for d in store.documents_without_mentions()] == [3]
    store.close()
    retried = cli("extract", "--db", str(db), "--json")
    assert json.loads(retried.stdout) == {"documents": 1, "mentions": 1, "groups": 1, "failed": []}


def test_extract_on_a_v1_ledger_and_usage_errors(cli, db, tmp_path):
    missing = cli("extract", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 2 and "no ledger here" in missing.stderr
    assert "--all" in cli("extract", "--help").stdout


def _default_extractor_available() -> bool:
    try:
        from claimledger.extract import Extractor  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _default_extractor_available(), reason="claimledger.extract.Extractor not written yet")
def test_ingest_uses_claimledgers_own_extractor_by_default(db):
    result = CliRunner().invoke(main, ["ingest", str(DEV / "docs"), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["mentions"] == len(mention_ids(db))


@pytest.mark.skipif(_default_extractor_available(), reason="claimledger.extract.Extractor exists")
def test_without_an_extractor_ingest_says_so_and_no_extract_still_works(db):
    result = CliRunner().invoke(main, ["ingest", str(DEV / "docs"), "--db", str(db)])
    assert result.exit_code == 2 and "--no-extract" in result.stderr
    assert CliRunner().invoke(main, ["ingest", str(DEV / "docs"), "--db", str(db), "--no-extract"]).exit_code == 0


@pytest.mark.slow
def test_workers_give_the_ledger_of_one_process_and_overlap_reading(tmp_path):
    # Three real channels (180 posts) in batches of 64: each batch is extracted by two
    # worker processes while the next is read; the ledger is that of extracting here.
    from claimledger.engine.pool import ParallelExtractor
    from claimledger.extract import Extractor
    from tests.helpers import FIXTURES

    files = sorted(FIXTURES.glob("ru-telegram-*.json"))

    def ledger(extractor, name):
        store = open_store(tmp_path / name)
        report = local.ingest(files, store, batch_size=64, extractor=extractor, key=b"k" * 32)
        mentions = sorted((m.id, m.document_id, m.source, m.cue, m.content)
                          for m in store.mentions())
        documents = sorted(d.id for d in store.documents())
        store.close()
        return report, documents, mentions

    with ParallelExtractor(2) as parallel:
        report, documents, mentions = ledger(parallel, "workers.db")
    report_here, documents_here, mentions_here = ledger(Extractor(), "here.db")
    assert report.ok and report.new == report_here.new == len(documents) > 150
    assert documents == documents_here
    assert mentions == mentions_here and len(mentions) > 100
