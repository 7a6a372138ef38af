"""The ledger on each backend (SQLite, PostgreSQL): migrations, transactions, idempotence,
search, round trips."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.errors import SchemaError, StoreError
from claimledger.model import Document, Problem
from claimledger.nlp.prepare import document_id
from claimledger.store import open_store
from claimledger.store.migrations import CURRENT
from tests.store.sql import run_sql


def doc(text: str, channel: str = "Frontline Notes", message_id: int | None = 1, **kw) -> Document:
    return Document(id=document_id(f"telegram:1:{message_id}", text), format="telegram", path="result.json",
                    text=text, channel=channel, message_id=message_id, **kw)


@pytest.mark.sqlite_only("journal mode is SQLite's")
def test_new_ledger_is_wal(db):
    open_store(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_new_ledger_is_at_current_schema(db):
    open_store(db).close()
    assert run_sql(db, "SELECT value FROM meta WHERE key='schema_version'") == [(str(CURRENT),)]


def test_newer_schema_is_refused(db):
    open_store(db).close()
    run_sql(db, "UPDATE meta SET value='999' WHERE key='schema_version'")
    with pytest.raises(SchemaError, match="schema version 999"):
        open_store(db)


def test_reopening_keeps_data_and_does_not_migrate_again(db):
    store = open_store(db)
    store.add_documents([doc("one")])
    store.close()
    store = open_store(db)
    assert store.count_documents() == 1
    store.close()


def test_same_document_twice_is_stored_once(db):
    store = open_store(db)
    first = store.add_documents([doc("one"), doc("one"), doc("two", message_id=2)])
    again = store.add_documents([doc("one"), doc("three", message_id=3)])
    assert (first.new, first.already_present) == (2, 1)
    assert (again.new, again.already_present) == (1, 1)
    assert store.count_documents() == 3
    store.close()


def test_a_failing_batch_leaves_nothing_behind(db):
    store = open_store(db)
    broken = Document(id="x" * 32, format="telegram", path="p", text=None)  # text is NOT NULL
    with pytest.raises(StoreError):
        store.add_documents([doc("kept?"), broken], [Problem("p", "line 1", "bad")])
    assert store.count_documents() == 0
    assert store.stats()["problems"] == 0
    store.close()


def test_full_text_search_folds_case_and_matches_prefixes(db):
    store = open_store(db)
    store.add_documents([doc("Мост у Привольного полностью разрушен.", message_id=1),
                         doc("Міст пошкоджений, але не зруйнований.", message_id=2),
                         doc("The bridge remains closed to traffic.", message_id=3, channel="Other")])
    assert [d.message_id for d in store.documents(search="МОСТ")] == [1]
    assert [d.message_id for d in store.documents(search="зруйн")] == [2]
    assert [d.message_id for d in store.documents(search="bridge closed")] == [3]
    assert [d.message_id for d in store.documents(search="bridge", channel="frontline notes")] == []
    assert list(store.documents(search='"*) OR (')) == []  # FTS syntax in user text is not an error
    store.close()


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=200)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(items=st.lists(st.tuples(_text, st.one_of(st.none(), _text), st.integers(0, 2**40),
                                st.lists(_text, max_size=3)), min_size=1, max_size=10, unique_by=lambda t: t[2]))
def test_property_documents_round_trip(new_ledger, items):
    store = open_store(new_ledger())
    docs = [doc(text, channel=channel, message_id=mid, links=tuple(links), language="en",
                published_at="2026-02-02T00:00:00+00:00") for text, channel, mid, links in items]
    store.add_documents(docs)
    assert sorted(store.documents(), key=lambda d: d.id) == sorted(set(docs), key=lambda d: d.id)
    store.close()
