"""Every command through the CLI runner: summaries, listings, stats, exit codes."""

from __future__ import annotations

import json

from tests.helpers import DEV, channel_export, message, tdesktop_json, write


def stats(cli, db) -> dict:
    result = cli("stats", "--db", str(db), "--json")
    assert result.exit_code == 0
    return json.loads(result.stdout)


def test_ingest_dev_set_then_again_adds_nothing(cli, db):
    first = cli("ingest", str(DEV / "docs"), "--db", str(db), "--json")
    assert first.exit_code == 0, first.stderr
    summary = json.loads(first.stdout)
    # 5 text posts in d1, 4 comments in d2, 4 articles; a service message and a photo skipped
    assert summary["read"] == 13 and summary["new"] == 13 and summary["already_present"] == 0
    assert summary["skipped"] == {"media-only message": 1, "service message": 1}
    assert summary["failed"] == []
    assert "dates without a time zone are read as UTC" in first.stderr
    second = json.loads(cli("ingest", str(DEV / "docs"), "--db", str(db), "--json").stdout)
    assert second["new"] == 0 and second["already_present"] == 13
    assert stats(cli, db)["documents"] == 13


def test_human_summary_names_each_count(cli, db):
    result = cli("ingest", str(DEV / "docs"), "--db", str(db))
    assert result.exit_code == 0
    for label in ("read", "new", "already present", "skipped", "failed"):
        assert label in result.stdout
    assert "1 service message" in result.stdout and "1 media-only message" in result.stdout


def test_stats_counts_by_format_language_and_channel(cli, db):
    cli("ingest", str(DEV / "docs"), "--db", str(db))
    figures = stats(cli, db)
    assert figures["by_format"] == {"telegram": 9, "text": 4}
    assert figures["by_language"] == {"en": 11, "ru": 1, "uk": 1}
    assert figures["by_channel"]["Frontline Notes"] == 5
    assert figures["by_channel"]["Frontline Notes Chat"] == 4
    human = cli("stats", "--db", str(db))
    assert "13 documents" in human.stdout and "Frontline Notes" in human.stdout


def test_docs_search_and_channel_filter(cli, db):
    cli("ingest", str(DEV / "docs"), "--db", str(db))
    found = cli("docs", "--db", str(db), "--search", "мост", "--json")
    assert [json.loads(line)["path"].rsplit("/", 1)[-1] for line in found.stdout.splitlines()] == ["d4.txt"]
    # prefix search reaches inflected forms: "евакуюв" finds "евакуювали"
    found = cli("docs", "--db", str(db), "--search", "евакуюв", "--json")
    assert len(found.stdout.splitlines()) == 1
    chat = cli("docs", "--db", str(db), "--channel", "frontline notes chat", "--json")
    assert [json.loads(line)["message_id"] for line in chat.stdout.splitlines()] == [501, 502, 503, 504]
    listing = cli("docs", "--db", str(db), "--channel", "Frontline Notes", "--limit", "2")
    assert listing.exit_code == 0 and "Frontline Notes #2" in listing.stdout and "#3" in listing.stdout
    assert "#4" not in listing.stdout


def test_tz_option(cli, db, tmp_path):
    path = write(tmp_path / "k.json", tdesktop_json(channel_export([message(1, "Post.", date="2026-07-01T12:00:00")])))
    result = cli("ingest", str(path), "--db", str(db), "--tz", "Europe/Kyiv")
    assert result.exit_code == 0 and "read as Europe/Kyiv" in result.stderr
    doc = json.loads(cli("docs", "--db", str(db), "--json").stdout)
    assert doc["published_at"] == "2026-07-01T09:00:00+00:00"  # Kyiv is UTC+3 in summer


def test_usage_errors_exit_2(cli, db, tmp_path):
    assert cli("ingest", str(DEV / "docs"), "--db", str(db), "--tz", "Mars/Olympus").exit_code == 2
    assert cli("ingest", "--db", str(db)).exit_code == 2
    missing = cli("stats", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 2 and "no ledger here" in missing.stderr
    not_db = write(tmp_path / "notes.db", "just text")
    result = cli("stats", "--db", str(not_db))
    assert result.exit_code == 2 and "not a SQLite database" in result.stderr


def test_db_from_environment(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLEDGER_DB", str(tmp_path / "env.db"))
    assert cli("ingest", str(DEV / "docs" / "d3.txt")).exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_help_lists_every_command(cli):
    result = cli("--help")
    for command in ("ingest", "docs", "stats", "extract", "export", "eval"):
        assert command in result.stdout
    assert "--tz" in cli("ingest", "--help").stdout
