"""The claims export honours the contract in shared/eval/README.md, field for field, and
holds only redacted text."""

from __future__ import annotations

import json
from pathlib import Path

from claimledger.model import SOURCE_KINDS, STANCES
from tests.helpers import DEV, channel_export, message, tdesktop_json, write

FIELDS = {"claim_id", "group_id", "status", "document", "source", "cue", "content", "sentence", "hedges", "stance",
          "quantities", "entities"}
DOCUMENT = {"id": str, "path": str, "message_id": (int, type(None)), "channel": (str, type(None)),
            "published_at": (str, type(None)), "language": (str, type(None))}
SECRETS = ["48.5612, 37.9843", "48.5612", "+380 44 555 0199", "380445550199"]


def ingest_with_secrets(cli, db, tmp_path) -> Path:
    msgs = [message(1, "Radio Step said that the depot at 48.5612, 37.9843 burned for 3 hours."),
            message(2, "According to residents, call +380 44 555 0199 to reach about 40 evacuees."),
            message(3, "Nothing attributed here.")]
    path = write(tmp_path / "channel" / "result.json", tdesktop_json(channel_export(msgs, name="Depot Watch")))
    assert cli("ingest", str(path), str(DEV / "docs"), "--db", str(db)).exit_code == 0
    return path


def test_every_field_of_every_line(cli, db, tmp_path):
    ingest_with_secrets(cli, db, tmp_path)
    result = cli("export", "--db", str(db), "--format", "jsonl")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    stats = json.loads(cli("stats", "--db", str(db), "--json").stdout)
    assert len(lines) == stats["mentions"] > 0
    records = [json.loads(line) for line in lines]
    assert len({r["claim_id"] for r in records}) == len(records)
    for r in records:
        kind = r["source"]["kind"]
        assert set(r) == FIELDS | ({"checkworthiness"} if kind == "author" else set())
        assert r["claim_id"].startswith("c-") and r["group_id"].startswith("g-")
        assert r["status"] in ("single-source", "corroborated", "contested")
        assert set(r["document"]) == set(DOCUMENT)
        for key, types in DOCUMENT.items():
            assert isinstance(r["document"][key], types), key
        assert set(r["source"]) == {"id", "name", "kind"} and r["source"]["id"].startswith("s-")
        assert kind in SOURCE_KINDS and isinstance(r["source"]["name"], (str, type(None)))
        assert all(isinstance(r[k], str) for k in ("cue", "content", "sentence"))
        assert r["content"] in r["sentence"]  # the stand-in's content is a span of its sentence
        assert isinstance(r["hedges"], list) and all(isinstance(h, str) for h in r["hedges"])
        assert r["stance"] in STANCES
        for q in r["quantities"]:
            assert set(q) == {"text", "value", "unit", "approximator"} and isinstance(q["value"], (int, float))
        for e in r["entities"]:
            assert set(e) == {"text", "label", "normal"} and isinstance(e["label"], str)
        if kind == "author":
            assert isinstance(r["checkworthiness"], (float, type(None)))
    kinds = {r["source"]["kind"] for r in records}
    assert {"author", "person", "media", "official", "anonymous", "crowd"} <= kinds
    assert any(r["quantities"] for r in records) and any(r["entities"] for r in records)
    assert any(r["hedges"] for r in records)
    # linking ran during ingest: each group has one status, and some group has several mentions
    statuses = {}
    for r in records:
        statuses.setdefault(r["group_id"], set()).add(r["status"])
    assert all(len(s) == 1 for s in statuses.values())
    assert len(statuses) < len(records)


def test_documents_meet_the_gold_on_file_name_and_message_id(cli, db, tmp_path):
    ingest_with_secrets(cli, db, tmp_path)
    records = [json.loads(line) for line in cli("export", "--db", str(db)).stdout.splitlines()]
    where = {(Path(r["document"]["path"]).name, r["document"]["message_id"]) for r in records}
    assert {("result.json", 1), ("result.json", 2), ("d1.json", 2), ("d1.json", 5), ("d3.txt", None)} <= where
    depot = next(r for r in records if r["document"]["message_id"] == 1 and r["document"]["channel"] == "Depot Watch")
    assert depot["document"]["path"] == str(tmp_path / "channel" / "result.json")  # as given to ingest
    assert depot["document"]["published_at"] == "2026-03-01T10:00:00+00:00"
    assert depot["source"]["name"] == "Radio Step" and depot["cue"] == "said"


def test_export_holds_only_redacted_text(cli, db, tmp_path):
    ingest_with_secrets(cli, db, tmp_path)
    out = cli("export", "--db", str(db)).stdout
    assert not any(secret in out for secret in SECRETS)
    assert "[location#" in out and "[phone#" in out
    gold = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))
    flat = " ".join(out.split())
    for secret in gold["must_redact"]:
        assert secret not in out and secret not in flat and json.dumps(secret)[1:-1] not in out


def test_file_output_equals_stdout_and_is_written_whole(cli, db, tmp_path):
    ingest_with_secrets(cli, db, tmp_path)
    target = tmp_path / "claims.jsonl"
    result = cli("export", "--db", str(db), "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8") == cli("export", "--db", str(db), "-o", "-").stdout
    assert f"claim mentions written to {target}" in " ".join(result.stderr.split())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_export_errors_are_one_line_with_exit_2(cli, db, tmp_path):
    ingest_with_secrets(cli, db, tmp_path)
    bad = cli("export", "--db", str(db), "--format", "xml")
    assert bad.exit_code == 2 and "valid formats: jsonl" in bad.stderr
    nowhere = cli("export", "--db", str(db), "-o", str(tmp_path / "missing" / "claims.jsonl"))
    assert nowhere.exit_code == 2 and "cannot write" in nowhere.stderr
    missing = cli("export", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 2 and "no ledger here" in missing.stderr


def test_a_ledger_without_mentions_exports_nothing(cli, db):
    cli("ingest", str(DEV / "docs"), "--db", str(db), "--no-extract")
    result = cli("export", "--db", str(db))
    assert (result.exit_code, result.stdout) == (0, "")
