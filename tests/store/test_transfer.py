"""``claimledger migrate``: a ledger copied to the other backend and back exports, searches
and keeps its verdicts exactly as the original; a destination with anything in it is refused."""

from __future__ import annotations

import json

from claimledger.model import Document
from claimledger.store import open_store
from tests.conftest import copy_ledger
from tests.store.sql import run_sql
from tests.store.test_postgres import export_lines


def _verdicts(location: str) -> list:
    store = open_store(location, create=False)
    try:
        return store.verdicts()
    finally:
        store.close()


def test_a_ledger_copied_there_and_back_is_the_same_ledger(cli, dev_ledger, db, tmp_path):
    original = str(copy_ledger(dev_ledger, tmp_path / "original.db"))
    store = open_store(original)
    contested = next(store.groups(status="contested"))
    store.add_verdict(contested["id"], contested["root"], "mostly-false", "two denials", None, "Ana")
    searched = [g["id"] for g in store.groups(search="мост")]
    store.close()
    assert searched

    there = cli("migrate", original, db, "--json")
    assert there.exit_code == 0, there.output
    copied = json.loads(there.stdout)
    assert copied["documents"] == run_sql(original, "SELECT count(*) FROM documents")[0][0] > 0
    assert copied["verdicts"] == 1 and copied["mentions"] > 0 and copied["groups"] > 0
    back = str(tmp_path / "back.db")
    assert cli("migrate", db, back).exit_code == 0

    assert export_lines(db) == export_lines(original)
    assert export_lines(back) == export_lines(original)
    assert _verdicts(db) == _verdicts(back) == _verdicts(original)
    for location in (db, back):
        store = open_store(location)
        assert [g["id"] for g in store.groups(search="мост")] == searched  # the target's own full-text index
        # numbering goes on after the copied rows
        assert store.add_verdict(contested["id"], contested["root"], "false").id == 2
        assert store.add_documents([Document(id="n" * 32, format="text", path="new.txt", text="New.")]).new == 1
        store.close()


def test_a_destination_with_anything_in_it_is_refused(cli, dev_ledger, db):
    store = open_store(db)
    store.start_run("ingest")
    store.close()
    result = cli("migrate", str(dev_ledger), db)
    assert result.exit_code == 2
    assert "the destination is not empty (runs)" in result.stderr
    assert "Traceback" not in result.output
    assert run_sql(db, "SELECT count(*) FROM documents") == [(0,)]
