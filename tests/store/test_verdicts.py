"""Analysts' verdicts and the paged claims list in the ledger (each backend): verdicts are
append-only and redacted, follow their group through relinking, survive the v4 -> v5
migration; groups page, count and sort consistently with their filters."""

from __future__ import annotations

import sqlite3

import pytest

from claimledger.config import load_key
from claimledger.engine import local
from claimledger.link import ledger as linking
from claimledger.nlp.redact import Redactor
from claimledger.report import verdicts
from claimledger.report.verdicts import VerdictError
from claimledger.store import migrations, open_store
from tests.helpers import DEV, RuleExtractor
from tests.store.sql import run_sql


@pytest.fixture
def store(db):
    store = open_store(db)
    local.ingest([DEV / "docs"], store, extractor=RuleExtractor())
    yield store
    store.close()


def _redactor() -> Redactor:
    return Redactor(load_key())


def test_verdicts_are_kept_in_order_and_the_latest_is_current(store):
    group = next(store.groups())["id"]
    first = verdicts.record(store, _redactor(), group, "mostly-false", "first look", "https://example.org/a", "Ana")
    second = verdicts.record(store, _redactor(), group, "false", "", "", "Bo")
    assert [v.id for v in verdicts.history(store, group)] == [first.id, second.id]
    assert verdicts.current(store, group).rating == "false"
    assert second.evidence is None and first.evidence == "https://example.org/a"
    other = next(g["id"] for g in store.groups() if g["id"] != group)
    assert verdicts.current(store, other) is None


def test_a_verdict_is_redacted_before_it_is_stored(store, db):
    group = next(store.groups())["id"]
    verdicts.record(store, _redactor(), group, "mixed", "seen at 47.5521, 34.9917, call +380 67 123 4567",
                    "https://www.google.com/maps?q=47.5521,34.9917", "ana@example.org")
    stored = " ".join(str(v) for v in run_sql(db, "SELECT * FROM verdicts")[0])
    for raw in ("47.5521", "34.9917", "123 4567", "ana@example.org"):
        assert raw not in stored
    assert "[location#" in stored and "[phone#" in stored and "[email#" in stored


@pytest.mark.parametrize("rating, evidence", [("very false", ""), ("false", "javascript:alert(1)"),
                                              ("false", "data:text/html,x"), ("true", "ftp://example.org/f")])
def test_a_bad_rating_or_evidence_link_is_refused_and_nothing_is_stored(store, rating, evidence):
    group = next(store.groups())["id"]
    with pytest.raises(VerdictError):
        verdicts.record(store, _redactor(), group, rating, "", evidence)
    assert store.verdicts() == []


def test_a_verdict_recorded_by_mention_id_finds_its_group_again_after_relinking(store):
    group = next(g for g in store.groups() if g["mentions"] > 1)
    verdicts.record(store, _redactor(), group["id"], "true")
    store.reset_links()
    linking.link(store)
    member = store.mention_with_document(group["root"])[2].group_id
    assert [v.rating for v in verdicts.history(store, member)] == ["true"]


@pytest.mark.sqlite_only("no PostgreSQL ledger was ever at version 4")
def test_a_v4_ledger_gains_the_verdicts_table(db, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:4])
        open_store(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='verdicts'").fetchone() == (0,)
    conn.close()
    open_store(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='verdicts'").fetchone() == (1,)
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (str(migrations.CURRENT),)
    conn.close()


def test_pages_of_groups_are_the_whole_list_cut_in_order(store):
    for order in ("status", "first_seen", "newest", "mentions"):
        whole = [g["id"] for g in store.groups(order=order)]
        assert len(whole) == store.count_groups() > 10
        paged = [g["id"] for start in range(0, len(whole), 4) for g in store.groups(order=order, limit=4, offset=start)]
        assert paged == whole


def test_sort_orders_sort_by_what_they_say(store):
    by_mentions = [g["mentions"] for g in store.groups(order="mentions")]
    assert by_mentions == sorted(by_mentions, reverse=True)
    newest = [g["last_seen"] for g in store.groups(order="newest") if g["last_seen"]]
    assert newest == sorted(newest, reverse=True)
    statuses = [g["status"] for g in store.groups()]
    assert statuses == sorted(statuses, key=lambda s: s != "contested")


def test_counts_follow_the_filters(store):
    cut = "2026-02-02T09:00:00+00:00"
    for filters in ({"status": "contested"}, {"search": "bridge"}, {"language": "ru"}, {"since": cut},
                    {"until": cut}, {"sources": []}):
        assert store.count_groups(**filters) == len(list(store.groups(**filters)))
    dated = sum(1 for g in store.groups() if g["first_seen"])
    assert 0 < store.count_groups(since=cut) < dated
    assert store.count_groups(since=cut) + store.count_groups(until=cut) == dated


def test_the_ledger_version_changes_with_a_commit_from_another_process(store, db):
    # what the web app's cache of the sources' figures relies on (web.site.Memo)
    before = store.version()
    assert store.version() == before  # reading changes nothing
    run_sql(db, "INSERT INTO meta (key, value) VALUES ('test', 'x')")  # another writer, as an ingest would be
    assert store.version() != before
    after = store.version()
    verdicts.record(store, _redactor(), next(store.groups())["id"], "true")  # this store's own write
    assert store.version() != after


def test_a_page_of_sources_is_the_whole_list_cut_in_order(store):
    from claimledger.report import ledger

    total, whole = ledger.sources_page(store)
    assert total == len(whole) > 5
    assert whole == ledger.sources(store)
    assert [s["mentions"] for s in whole] == sorted((s["mentions"] for s in whole), reverse=True)
    paged = [s for start in range(0, total, 3) for s in ledger.sources_page(store, limit=3, offset=start)[1]]
    assert paged == whole
    one = whole[1]
    names = [one["name"], *one["also_written"]]
    assert ledger.sources_page(store, named=names)[1] == [one]
