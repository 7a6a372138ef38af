"""What analysts read: `claims` (the groups, filtered), `show` (one group's provenance in
plain words) and `sources`, on the dev set through the CLI runner."""

from __future__ import annotations

import json

import pytest

from claimledger.store import open_store
from tests.helpers import DEV


@pytest.fixture
def ledger(cli, db, own_extractor):
    result = cli("ingest", str(DEV / "docs"), "--db", str(db), extractor=own_extractor)
    assert result.exit_code == 0, result.stderr
    assert "claim groups" in result.stdout
    return db


def claims(cli, db, *args) -> list[dict]:
    result = cli("claims", "--db", str(db), "--json", *args)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def bridge_group(cli, db) -> str:
    """The Pryvillia bridge group: the group of the mention saying "Pryvillia was destroyed"."""
    records = [json.loads(line) for line in cli("export", "--db", str(db)).stdout.splitlines()]
    return next(r["group_id"] for r in records if "Pryvillia was destroyed" in r["content"])


def flat(text: str) -> str:
    return " ".join(text.split())


def test_show_explains_the_bridge_group_in_plain_words(cli, ledger):
    gid = bridge_group(cli, ledger)
    result = cli("show", gid, "--db", str(ledger))
    assert result.exit_code == 0, result.stderr
    text = flat(result.stdout)
    # the status and the rule that gave it: who denies it, who asserts it
    assert f"Claim group {gid}: contested" in text
    # (the commenter who answers the cousin's "still there" with "trucks are already driving over it")
    assert 'contested: denied by Local outlet Pryvillia Today, Ivan Sokil, "cousin" (anonymous) and "people in the ' \
           'village" (crowd)' in text
    assert "Asserted by Ministry of Defence" in text
    assert "Local outlet Pryvillia Today (media): 1 mention" in text and "Ivan Sokil (person): 3 mentions" in text
    # the discussion-group copy of the channel post shares its origin with it
    assert "Frontline Notes Chat #501 is the discussion-group copy of Frontline Notes #2" in text
    assert "Frontline Notes #2 and Frontline Notes Chat #501 both cite Ministry of Defence" in text
    # spellings of one person are one origin, and the timeline has dates, places and cues
    assert "also written Іван Сокіл and Иван Сокил" in text
    assert "2026-02-02 07:45 Frontline Notes #2 Ministry of Defence (official), 'reports': supports" in text
    assert "Frontline Notes Chat #502 cousin (anonymous), 'says': denies [a reply to #501]" in text


def test_show_json_and_show_by_mention_id_tell_the_same_story(cli, ledger):
    gid = bridge_group(cli, ledger)
    trail = json.loads(cli("show", gid, "--db", str(ledger), "--json").stdout)
    assert trail["id"] == gid and trail["status"] == "contested" and trail["linked"]
    assert trail["rule"].startswith("contested: ")
    assert {"Ministry of Defence", "Radio Step", "Pryvillia Herald"} <= {s["name"] for s in trail["supporters"]}
    assert {"Ivan Sokil", "Local outlet Pryvillia Today", "cousin", "people in the village"} == \
        {s["name"] for s in trail["deniers"]}
    ministry = next(o for o in trail["origins"] if o["name"] == "Ministry of Defence")
    places = [m["where"] for m in trail["mentions"] if m["claim_id"] in ministry["mentions"]]
    assert places == ["Frontline Notes #2", "Frontline Notes Chat #501"]
    assert any("discussion-group copy" in why for why in ministry["why"])
    # anonymous sources never corroborate: the cousin is not an origin
    assert not any(o["name"] == "cousin" for o in trail["origins"])
    member = trail["mentions"][0]["claim_id"]
    by_mention = json.loads(cli("show", member, "--db", str(ledger), "--json").stdout)
    assert by_mention == trail


def test_show_names_the_origins_of_a_corroborated_claim_and_the_forward(cli, ledger):
    group = next(g for g in claims(cli, ledger, "--status", "corroborated") if "evacuated" in g["summary"])
    trail = json.loads(cli("show", group["id"], "--db", str(ledger), "--json").stdout)
    assert trail["rule"].startswith("corroborated: four independent origins, Ivan Sokil, Southern Dispatch")
    # the forwarded post speaks for the channel it was forwarded from
    assert "Southern Dispatch" in [s["name"] for s in trail["supporters"]]


def test_show_of_an_anonymous_only_claim_says_anonymous_sources_never_corroborate(cli, ledger):
    group = next(g for g in claims(cli, ledger) if g["summary"].startswith("a column of trucks"))
    text = flat(cli("show", group["id"], "--db", str(ledger)).stdout)
    assert "single-source: no named source supports it; anonymous and crowd sources never count" in text
    assert "Not counted as independent: \"sources\" (anonymous)" in text


def test_show_unknown_id_is_a_one_line_error_with_exit_2(cli, ledger, tmp_path):
    result = cli("show", "g-0000000000000000", "--db", str(ledger))
    assert result.exit_code == 2
    assert result.stderr.strip() == ("claimledger: error: no claim group or mention has the id 'g-0000000000000000' "
                                     "(group ids are listed by 'claimledger claims', mention ids by "
                                     "'claimledger export')")
    assert cli("show", "x", "--db", str(tmp_path / "none.db")).exit_code == 2


def test_claims_lists_contested_first_and_filters(cli, ledger):
    everything = claims(cli, ledger)
    statuses = [g["status"] for g in everything]
    assert statuses == sorted(statuses, key=lambda s: s != "contested")
    gid = bridge_group(cli, ledger)
    contested = claims(cli, ledger, "--status", "contested")
    assert gid in [g["id"] for g in contested] and {g["status"] for g in contested} == {"contested"}
    bridge = next(g for g in contested if g["id"] == gid)
    # 12 with the commenter's "trucks are already driving over it" (a reply that points back
    # at its post): a denier, as the cousin's "the bridge is still there" it answers
    assert bridge["mentions"] == 12 and (bridge["supporters"], bridge["deniers"]) == (6, 6)
    assert bridge["languages"] == ["en", "ru", "uk"] and "Ministry of Defence" in bridge["origins"]
    # full-text search over what mentions say, in any of the languages (prefixes match inflections)
    assert gid in [g["id"] for g in claims(cli, ledger, "--search", "мост")]
    assert gid in [g["id"] for g in claims(cli, ledger, "--search", "зруйн")]
    assert claims(cli, ledger, "--search", "zeppelin") == []
    # a source by any of its names: a surname, another script
    by_surname = {g["id"] for g in claims(cli, ledger, "--source", "sokil")}
    assert gid in by_surname and by_surname == {g["id"] for g in claims(cli, ledger, "--source", "Іван Сокіл")}
    assert all(g["id"] != gid for g in claims(cli, ledger, "--source", "Alexander Kotz"))
    # language and date
    assert {g["id"] for g in claims(cli, ledger, "--lang", "uk")} >= {gid}
    later = claims(cli, ledger, "--since", "2026-02-02T10:00")
    assert later and all(g["first_seen"] >= "2026-02-02T10:00" for g in later) and gid not in [g["id"] for g in later]
    assert len(claims(cli, ledger, "--limit", "2")) == 2


def test_claims_table_and_usage_errors(cli, ledger):
    table = cli("claims", "--db", str(ledger), "--status", "contested")
    assert table.exit_code == 0
    assert bridge_group(cli, ledger) in table.stdout and "12 mentions  +6 -6" in table.stdout
    assert "the road bridge near Pryvillia was destroyed" in table.stdout
    bad = cli("claims", "--db", str(ledger), "--status", "true")
    assert bad.exit_code == 2 and "'true' is not one of" in bad.stderr
    assert cli("claims", "--db", str(ledger), "--since", "last week").exit_code == 2
    none = cli("claims", "--db", str(ledger), "--search", "zeppelin")
    assert none.exit_code == 0 and "no claim groups match" in none.stderr


def test_sources_lists_each_source_with_what_became_of_its_claims(cli, ledger):
    listed = [json.loads(line) for line in cli("sources", "--db", str(ledger), "--json").stdout.splitlines()]
    ministry = next(s for s in listed if s["name"] == "Ministry of Defence")
    figures = (ministry["kind"], ministry["mentions"], ministry["supports"], ministry["contested"])
    assert figures == ("official", 2, 1, 1)
    assert ministry["first_seen"] == "2026-02-02T07:45:10+00:00" and ministry["affiliation"] is None
    sokil = next(s for s in listed if s["name"] == "Ivan Sokil")
    assert sokil["denies"] == 1 and sokil["mentions"] == 7
    assert [s["mentions"] for s in listed] == sorted((s["mentions"] for s in listed), reverse=True)
    human = cli("sources", "--db", str(ledger))
    assert human.exit_code == 0 and "Ministry of Defence (official)  supports 1" in human.stdout


def test_what_analysts_read_holds_nothing_redaction_hides(cli, ledger):
    # every group's trail, the claims listing and the sources: none of the gold's must_redact strings
    gold = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))
    outputs = [cli("claims", "--db", str(ledger), "--limit", "1000").stdout,
               cli("claims", "--db", str(ledger), "--json", "--limit", "1000").stdout,
               cli("sources", "--db", str(ledger)).stdout, cli("sources", "--db", str(ledger), "--json").stdout]
    for group in claims(cli, ledger, "--limit", "1000"):
        outputs += [cli("show", group["id"], "--db", str(ledger)).stdout,
                    cli("show", group["id"], "--db", str(ledger), "--json").stdout]
    text = "\n".join(outputs)
    for secret in gold["must_redact"]:
        assert secret not in text and secret not in flat(text) and json.dumps(secret)[1:-1] not in text
    # not for want of them: the documents these outputs quote held them, redacted (the lines
    # that were only a place or a phone number are no claims, and no longer listed)
    store = open_store(str(ledger), create=False)
    try:
        texts = "\n".join(doc.text for doc in store.documents())
    finally:
        store.close()
    assert "[location#" in texts and "[phone#" in texts
