"""Claim groups in the ledger (the migrations and FTS5 on SQLite only): the v2 -> v3 migration (documents and mentions
intact, then linking works), the full-text index of mention contents kept in step with
replacements, and the linking figures in stats."""

from __future__ import annotations

import json
import sqlite3

import pytest

from claimledger.engine import local
from claimledger.store import migrations, open_store
from tests.helpers import DEV, RuleExtractor
from tests.link.test_ledger import state

V3_COLUMNS = ("predicates", "group_id", "group_stance", "origin", "fts_rowid")


def make_v2_ledger(db, monkeypatch) -> None:
    """A ledger as claimledger wrote it at schema version 2: documents and mentions, no
    linking columns, no groups, no index of contents."""
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
        store = open_store(db)
        # Today's writer files contents in the full-text index itself: give it one to
        # write to, dropped below with the other things version 2 did not have.
        with store.engine.begin() as conn:
            conn.exec_driver_sql("CREATE VIRTUAL TABLE mentions_fts USING fts5(content)")
        local.ingest([DEV / "docs"], store, extractor=RuleExtractor(), link=False)
        store.close()
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE mentions_fts")
    conn.execute("DROP INDEX mentions_group")
    conn.execute("DROP INDEX mentions_fts_rowid")
    for column in V3_COLUMNS:
        conn.execute(f"ALTER TABLE mentions DROP COLUMN {column}")
    conn.commit()
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert not names & {"groups", "link_keys", "mentions_fts"}
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == ("2",)
    conn.close()


def rows(db, query: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


@pytest.mark.sqlite_only("no PostgreSQL ledger was ever at version 2")
def test_v2_ledger_migrates_to_v3_intact_and_then_links(cli, db, tmp_path, monkeypatch):
    make_v2_ledger(db, monkeypatch)
    documents = rows(db, "SELECT id, text FROM documents ORDER BY id")
    mentions = rows(db, "SELECT id, document_id, source, cue, content, stance FROM mentions ORDER BY id")
    assert mentions

    store = open_store(db)  # migrates
    figures = store.stats()
    store.close()
    assert rows(db, "SELECT value FROM meta WHERE key='schema_version'") == [(str(migrations.CURRENT),)]
    assert rows(db, "SELECT id, text FROM documents ORDER BY id") == documents
    assert rows(db, "SELECT id, document_id, source, cue, content, stance FROM mentions ORDER BY id") == mentions
    # nothing linked yet, and the contents are already in the full-text index
    assert figures["not_linked"] == len(mentions) and figures["groups"] == 0
    assert "claim mentions not yet linked (run 'claimledger link')" in cli("stats", "--db", str(db)).stdout
    assert rows(db, "SELECT count(*) FROM mentions_fts") == [(len(mentions),)]

    result = cli("link", "--db", str(db), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["mentions"] == len(mentions)
    fresh = tmp_path / "fresh.db"
    cli("ingest", str(DEV / "docs"), "--db", str(fresh))
    assert state(db) == state(fresh)  # what linking a new ledger gives
    def searched(ledger) -> list[str]:
        out = cli("claims", "--db", str(ledger), "--search", "evacuated", "--json").stdout
        return [json.loads(line)["id"] for line in out.splitlines()]

    assert searched(db) and searched(db) == searched(fresh)  # the migrated index finds what a new one does


@pytest.mark.sqlite_only("SQLite's FTS5 table of contents (PostgreSQL indexes the column itself)")
def test_full_text_index_of_contents_follows_replacement(cli, db):
    cli("ingest", str(DEV / "docs"), "--db", str(db))
    before = rows(db, "SELECT count(*) FROM mentions_fts")[0][0]
    assert before == rows(db, "SELECT count(*) FROM mentions")[0][0]
    fewer = RuleExtractor(own_voice=False)
    assert cli("extract", "--all", "--db", str(db), extractor=fewer).exit_code == 0
    after = rows(db, "SELECT count(*) FROM mentions")[0][0]
    assert 0 < after < before and rows(db, "SELECT count(*) FROM mentions_fts") == [(after,)]
    # every indexed row is a mention's, and each mention's row holds its content
    assert rows(db, "SELECT count(*) FROM mentions m JOIN mentions_fts f ON f.rowid = m.fts_rowid "
                    "WHERE f.content = m.content") == [(after,)]


def test_stats_count_groups_by_status(cli, db):
    cli("ingest", str(DEV / "docs"), "--db", str(db))
    figures = json.loads(cli("stats", "--db", str(db), "--json").stdout)
    assert figures["groups"] == sum(figures["groups_by_status"].values()) > 0
    assert figures["not_linked"] == 0
    assert f"{figures['groups']} claim groups" in cli("stats", "--db", str(db)).stdout


def relinked_after_migration(cli, db, tmp_path, version: int) -> None:
    """A ledger linked at ``version`` (its keys marked so that this code would never file
    them) is unlinked when opened, keeps its mentions, and `link` gives the groups of a
    ledger made today."""
    conn = sqlite3.connect(db)
    conn.execute(f"UPDATE link_keys SET key = 'v{version} ' || key")
    conn.commit()
    conn.close()
    assert rows(db, "SELECT value FROM meta WHERE key='schema_version'") == [(str(version),)]
    mentions = rows(db, "SELECT id, content FROM mentions ORDER BY id")

    store = open_store(db)  # migrates
    figures = store.stats()
    store.close()
    assert figures["not_linked"] == len(mentions) > 0 and figures["groups"] == 0
    assert rows(db, "SELECT count(*) FROM link_keys") == [(0,)]
    assert cli("link", "--db", str(db)).exit_code == 0
    assert rows(db, f"SELECT count(*) FROM link_keys WHERE key LIKE 'v{version} %'") == [(0,)]

    fresh = tmp_path / "fresh.db"
    store = open_store(fresh)
    local.ingest([DEV / "docs"], store, extractor=RuleExtractor())
    store.close()
    assert set(state(db)["groups"]) == set(state(fresh)["groups"])
    assert rows(db, "SELECT id, content FROM mentions ORDER BY id") == mentions


def linked_at_version(db, monkeypatch, version: int, *as_it_was: str) -> None:
    """A ledger at schema ``version`` with the dev set ingested and linked; ``as_it_was``:
    SQL that undoes what later versions changed in the tables today's code creates."""
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:version])
        store = open_store(db)
        with store.engine.begin() as conn:
            for sql in as_it_was:
                conn.exec_driver_sql(sql)
        local.ingest([DEV / "docs"], store, extractor=RuleExtractor())
        store.close()


@pytest.mark.sqlite_only("no PostgreSQL ledger was ever at version 3")
def test_v3_ledger_is_unlinked_by_v4_and_links_again_with_periods(cli, db, tmp_path, monkeypatch):
    # today's writer files contents in the full-text index itself
    linked_at_version(db, monkeypatch, 3, "DROP TRIGGER mentions_ai")
    relinked_after_migration(cli, db, tmp_path, 3)


@pytest.mark.sqlite_only("the migration is the same SQL on both; the fixture ledger is SQLite")
def test_v5_ledger_is_unlinked_by_v6_and_links_again_by_news_cycle(cli, db, tmp_path, monkeypatch):
    # keys filed by period only (version 5) would never be found by today's lookups, and
    # the groups were made by older rules
    linked_at_version(db, monkeypatch, 5)
    relinked_after_migration(cli, db, tmp_path, 5)


@pytest.mark.sqlite_only("WITHOUT ROWID is SQLite's; PostgreSQL's table is unchanged")
def test_v6_ledger_keeps_its_keys_and_links_in_a_table_without_row_ids(cli, db, tmp_path, monkeypatch):
    # as version 6 made it: a table with row ids
    linked_at_version(db, monkeypatch, 6, "DROP TABLE link_keys",
                      "CREATE TABLE link_keys (key VARCHAR NOT NULL, mention_id VARCHAR NOT NULL "
                      "REFERENCES mentions (id), PRIMARY KEY (key, mention_id))",
                      "CREATE INDEX link_keys_mention ON link_keys (mention_id)")
    keys = rows(db, "SELECT key, mention_id FROM link_keys ORDER BY key, mention_id")
    linked = state(db)
    assert keys and "WITHOUT ROWID" not in rows(db, "SELECT sql FROM sqlite_master WHERE name='link_keys'")[0][0]

    with monkeypatch.context() as patch:  # to version 7 only: version 8 unlinks
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:7])
        store = open_store(db)  # migrates
        store.close()
    assert "WITHOUT ROWID" in rows(db, "SELECT sql FROM sqlite_master WHERE name='link_keys'")[0][0]
    assert rows(db, "SELECT key, mention_id FROM link_keys ORDER BY key, mention_id") == keys
    assert rows(db, "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='link_keys' "
                    "AND name='link_keys_mention'") == [("link_keys_mention",)]
    assert state(db) == linked
    # and linking goes on from there: a new document finds its candidates under the kept keys
    assert cli("ingest", str(DEV / "docs"), "--db", str(db)).exit_code == 0
    assert state(db) == linked  # nothing new, nothing stored twice


@pytest.mark.sqlite_only("the migration is the same SQL on both; the fixture ledger is SQLite")
def test_v7_ledger_is_unlinked_by_v8_and_links_again_with_the_wider_lexicon(cli, db, tmp_path, monkeypatch):
    # keys and links made with the smaller concept lexicon and g and h apart in names
    linked_at_version(db, monkeypatch, 7)
    relinked_after_migration(cli, db, tmp_path, 7)
