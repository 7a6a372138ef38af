"""Linking in the ledger: incremental linking gives the groups, statuses and stances of
linking everything at once, whatever order documents come in; `link --all` relinks to the
same; a crash mid-run is repaired by the next run; re-extraction relinks."""

from __future__ import annotations

import json
import random
import sqlite3

import pytest

from claimledger.assess import Member, assess
from claimledger.engine import local
from claimledger.link import ledger
from claimledger.link.linker import Linker, group_id, item_of
from claimledger.store import open_store
from claimledger.store.linking import Linking
from tests.helpers import DEV, RuleExtractor

FILES = ["d1.json", "d2.json", "d3.txt", "d4.txt", "d5.txt", "rtc-strikes-article.txt"]
HALF_A = [DEV / "docs" / name for name in ("d1.json", "d3.txt", "d5.txt")]
HALF_B = [DEV / "docs" / name for name in ("d2.json", "d4.txt", "rtc-strikes-article.txt")]
GROUP_COLUMNS = ["id", "root", "status", "flags", "mentions", "supporters", "deniers", "origins", "first_seen",
                 "last_seen", "channels", "quantities", "affiliations", "languages", "summary"]


def state(db) -> dict:
    """The ledger's linking as comparable data: each group (the set of its mention ids)
    with its row, each mention's group, stance and origin, and the linking keys."""
    conn = sqlite3.connect(db)
    members: dict[str, set[str]] = {}
    mentions = {}
    for mid, gid, stance, origin in conn.execute("SELECT id, group_id, group_stance, origin FROM mentions"):
        members.setdefault(gid, set()).add(mid)
        mentions[mid] = (gid, stance, origin)
    groups = {}
    for row in conn.execute(f"SELECT {', '.join(GROUP_COLUMNS)} FROM groups"):
        groups[frozenset(members[row[0]])] = dict(zip(GROUP_COLUMNS, row, strict=True))
    keys = set(conn.execute("SELECT key, mention_id FROM link_keys"))
    conn.close()
    return {"groups": groups, "mentions": mentions, "keys": keys}


def ingest(cli, db, extractor, *paths, extra=()):
    result = cli("ingest", *map(str, paths), "--db", str(db), *extra, extractor=extractor)
    assert result.exit_code == 0, result.stderr
    return result


@pytest.fixture
def at_once_db(cli, tmp_path, own_extractor):
    db = tmp_path / "once.db"
    ingest(cli, db, own_extractor, DEV / "docs")
    return db


@pytest.fixture
def at_once(at_once_db) -> dict:
    return state(at_once_db)


def test_at_once_links_every_mention_and_finds_the_bridge_group(at_once, at_once_db):
    # every mention has a group; the bridge claim gathers mentions in three languages
    assert all(gid is not None for gid, _, _ in at_once["mentions"].values())
    bridge = [row for row in at_once["groups"].values() if "Pryvillia was destroyed" in row["summary"]]
    assert len(bridge) == 1 and bridge[0]["status"] == "contested"
    assert json.loads(bridge[0]["languages"]) == ["en", "ru", "uk"]
    # a group's id is the hash of its root: its smallest specific member id (one that
    # names a place or person in its own words), or, when none is, the vague member the
    # others follow
    store = open_store(at_once_db)
    by_id = {m.id: m for m in store.mentions()}
    store.close()
    for members, row in at_once["groups"].items():
        specific = sorted(i for i in members if item_of(by_id[i]).specific)
        assert row["root"] in members and row["id"] == group_id(row["root"])
        if specific:
            assert row["root"] == specific[0]


@pytest.mark.parametrize("first, second", [(HALF_A, HALF_B), (HALF_B, HALF_A)], ids=["A then B", "B then A"])
def test_two_halves_in_either_order_give_the_groups_of_ingesting_at_once(cli, tmp_path, own_extractor, at_once,
                                                                          first, second):
    db = tmp_path / "halves.db"
    ingest(cli, db, own_extractor, *first)
    ingest(cli, db, own_extractor, *second)
    halves = state(db)
    assert set(halves["groups"]) == set(at_once["groups"])  # the same partition of mention ids
    assert halves == at_once  # and the same ids, statuses, flags, stances, origins and keys


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_one_file_at_a_time_in_any_order_gives_the_same_ledger(cli, tmp_path, own_extractor, at_once, seed):
    files = FILES[:]
    random.Random(seed).shuffle(files)
    db = tmp_path / "shuffled.db"
    for name in files:  # and two documents per batch: several linking runs per file
        ingest(cli, db, own_extractor, DEV / "docs" / name, extra=("--batch-size", "2"))
    assert state(db) == at_once


def test_stored_groups_are_those_of_the_linker_over_everything_at_once(cli, tmp_path, own_extractor):
    # linking the ledger incrementally = the in-memory linker over all linkable mentions
    db = tmp_path / "l.db"
    for half in (HALF_B, HALF_A):
        ingest(cli, db, own_extractor, *half)
    store = open_store(db)
    mentions = list(store.mentions())
    docs = {d.id: d for d in store.documents()}
    store.close()
    linkable = [m for m in mentions if ledger.linkable(m)]
    items = {m.id: item_of(m, document=docs[m.document_id]) for m in linkable}
    linker = Linker()
    linker.add(items.values())
    expected = {frozenset(ids) for ids in linker.groups().values()}
    stored = state(db)
    assert set(stored["groups"]) == expected
    by_id = {m.id: m for m in mentions}
    for members, row in stored["groups"].items():
        # (a reply whose words carry no state says what the claim it answers says)
        polarity = ledger.polarities({i: items[i].signature.polarity for i in members},
                                     {i: linker.follows.get(i) for i in members})
        result = assess([Member(by_id[i], docs[by_id[i].document_id], polarity[i]) for i in members])
        assert row["status"] == result.status
        assert {i: stored["mentions"][i][1] for i in members} == result.stances
    # a mention not linked (own-voice commentary) is a group of its own, with no row
    for m in mentions:
        if not ledger.linkable(m):
            assert stored["mentions"][m.id][0] == group_id(m.id)


def test_link_all_relinks_to_the_same_ledger(cli, tmp_path, own_extractor, at_once):
    db = tmp_path / "l.db"
    ingest(cli, db, own_extractor, *HALF_B)
    ingest(cli, db, own_extractor, *HALF_A)
    result = cli("link", "--all", "--db", str(db), "--json", "--batch-size", "3")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["documents"] == 12 and summary["mentions"] == len(at_once["mentions"])
    assert summary["ledger"]["contested"] >= 1
    assert state(db) == at_once
    # nothing left to link: a plain `link` does nothing
    again = json.loads(cli("link", "--db", str(db), "--json").stdout)
    assert (again["documents"], again["mentions"], again["groups"]) == (0, 0, 0)
    assert "claim groups" in cli("link", "--db", str(db)).stdout


def test_a_crash_mid_run_leaves_whole_batches_and_the_next_run_repairs_it(tmp_path, own_extractor, at_once,
                                                                          monkeypatch):
    db = tmp_path / "l.db"
    store = open_store(db)
    local.ingest([DEV / "docs"], store, extractor=own_extractor, link=False)
    assert store.stats()["not_linked"] == len(at_once["mentions"])
    calls = {"n": 0}
    real = Linking.save_groups

    def flaky(self, rows):
        calls["n"] += 1
        if calls["n"] == 4:  # the end of the fourth batch, before its commit
            raise RuntimeError("power cut")
        return real(self, rows)

    monkeypatch.setattr(Linking, "save_groups", flaky)
    with pytest.raises(RuntimeError):
        ledger.link(store, batch_size=2)
    monkeypatch.undo()
    half = state(db)
    linked = {m for m, (gid, _, _) in half["mentions"].items() if gid is not None}
    assert 0 < len(linked) < len(half["mentions"])
    # what landed is whole: every group row counts exactly the mentions that point to it
    for members, row in half["groups"].items():
        assert row["mentions"] == len(members)
    report = ledger.link(store)
    store.close()
    assert report.mentions == len(half["mentions"]) - len(linked)
    assert state(db) == at_once


@pytest.mark.parametrize("size", [1, 7, ledger.MEMORY])
def test_what_linking_remembers_between_batches_does_not_change_the_ledger(tmp_path, own_extractor, at_once, size):
    # a memory that keeps one mention, one that forgets in the middle of every batch, and
    # the default, kept across two runs as an ingest keeps it across its batches
    db = tmp_path / "l.db"
    store = open_store(db)
    local.ingest(HALF_B, store, extractor=own_extractor, link=False)
    memory = ledger.Memory(size)
    ledger.link(store, batch_size=2, memory=memory)
    local.ingest(HALF_A, store, extractor=own_extractor, link=False)
    ledger.link(store, batch_size=2, memory=memory)
    store.close()
    assert 0 < len(memory.mentions) <= size and len(memory.items) <= size and len(memory.documents) <= size
    assert state(db) == at_once


def test_the_memory_forgets_the_least_recently_used():
    memory = ledger.Memory(2)
    recent = memory.mentions
    recent["a"], recent["b"] = 1, 2
    assert recent.get("a") == 1  # "a" used: "b" is now the oldest
    recent["c"] = 3
    assert list(recent) == ["a", "c"] and recent.get("b") is None


def test_reextraction_dissolves_the_groups_it_touches_and_relinks_them(cli, tmp_path, own_extractor, at_once):
    db = tmp_path / "l.db"
    ingest(cli, db, own_extractor, DEV / "docs")
    # the same extractor again: the same mentions, so the same groups, rebuilt
    result = cli("extract", "--all", "--db", str(db), "--json", extractor=own_extractor)
    assert result.exit_code == 0 and json.loads(result.stdout)["groups"] > 0
    assert state(db) == at_once
    # another extractor: the ledger is what ingesting with it would give
    other = RuleExtractor()
    assert cli("extract", "--all", "--db", str(db), extractor=other).exit_code == 0
    fresh = tmp_path / "fresh.db"
    ingest(cli, fresh, other, DEV / "docs")
    assert state(db) == state(fresh)


def test_export_carries_the_stored_groups_statuses_and_stances(cli, db, own_extractor, at_once):
    ingest(cli, db, own_extractor, DEV / "docs")
    records = [json.loads(line) for line in cli("export", "--db", str(db)).stdout.splitlines()]
    stored = at_once["mentions"]
    status = {row["id"]: row["status"] for row in at_once["groups"].values()}
    for r in records:
        gid, stance, _ = stored[r["claim_id"]]
        assert r["group_id"] == gid and r["stance"] == stance
        assert r["status"] == status.get(gid, "single-source")
    bridge = [r for r in records if "Pryvillia was destroyed" in r["content"]]
    assert bridge and {r["status"] for r in bridge} == {"contested"}
    denials = [r for r in records if r["group_id"] == bridge[0]["group_id"] and r["stance"] == "denies"]
    assert {"Ivan Sokil", "Иван Сокил", "Іван Сокіл"} <= {r["source"]["name"] for r in denials}


def test_a_batch_that_bridges_stored_groups_merges_them(tmp_path, own_extractor, at_once):
    # file by file, in this order, some documents join groups stored apart before them
    store = open_store(tmp_path / "l.db")
    merged = 0
    for name in FILES:
        local.ingest([DEV / "docs" / name], store, extractor=own_extractor, link=False)
        merged += ledger.link(store).merged
    store.close()
    assert merged > 0
    assert state(tmp_path / "l.db") == at_once
