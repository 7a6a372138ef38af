"""Bad input: one line per fault naming file and position, the rest still goes in, exit 1."""

from __future__ import annotations

import json
import re

from tests.helpers import DEV, channel_export, message, tdesktop_json, write


def make_bad_inputs(folder):
    msgs = [message(i, f"Report {i}: shelling near the river crossing.") for i in range(1, 41)]
    good = tdesktop_json(channel_export(msgs))
    write(folder / "truncated.json", good[: good.index('"id": 30,')])
    write(folder / "invalid.json", good.replace('"text": "Report 20:', '"text": "Report 20:" "x', 1))
    write(folder / "settings.json", json.dumps({"theme": "dark", "volume": 3}, indent=2))
    write(folder / "settings-line.json", json.dumps({"theme": "dark", "volume": 3}))
    write(folder / "latin1.txt", b"Officials said the bridge stands. " * 30 + b"\xe9\xff")
    write(folder / "empty.txt", "")
    write(folder / "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    write(folder / "table.csv", "a,b\n1,2\n")
    big = [message(1, "fine"), message(2, "y" * 1_048_576), message(3, "also fine")]
    write(folder / "huge.json", tdesktop_json(channel_export(big, chat_id=2)))
    write(folder / "ok.txt", "The regional police said 280 residents were evacuated.")


def test_each_fault_is_one_line_and_the_rest_goes_in(cli, db, tmp_path):
    folder = tmp_path / "in"
    make_bad_inputs(folder)
    paths = sorted(str(p) for p in folder.iterdir())
    result = cli("ingest", *paths, "--db", str(db), "--json")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr + result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    by_file = {re.match(r"error: (\S+?)(?: \(|:)", line).group(1).rsplit("/", 1)[-1]: line for line in errors}
    assert "byte" in by_file["truncated.json"] and "after message 29" in by_file["truncated.json"]
    assert "byte" in by_file["invalid.json"] and "invalid JSON" in by_file["invalid.json"]
    assert "not a Telegram Desktop export" in by_file["settings.json"]
    assert "line 1" in by_file["settings-line.json"] and "without a text field" in by_file["settings-line.json"]
    assert "byte 1,020" in by_file["latin1.txt"]
    assert "empty file" in by_file["empty.txt"]
    assert "binary file" in by_file["photo.txt"]
    assert "unknown format" in by_file["table.csv"]
    assert "message 2" in by_file["huge.json"] and "1,048,576 characters" in by_file["huge.json"]
    summary = json.loads(result.stdout)
    # read: truncated 29 messages, invalid 39 of 40, huge 2 of 3, latin1 and ok 1 each.
    # truncated.json and invalid.json are the same chat, so together they store ids 1-40 once.
    assert summary["read"] == 29 + 39 + 2 + 1 + 1
    assert summary["new"] == 40 + 2 + 1 + 1
    assert summary["already_present"] == 28
    assert len(summary["failed"]) == len(errors) == 9


def test_directory_walk_skips_media_files_quietly(cli, db, tmp_path):
    folder = tmp_path / "export"
    write(folder / "result.json", (DEV / "docs" / "d1.json").read_text(encoding="utf-8"))
    write(folder / "photos" / "photo_7@02-02-2026_15-00-00.jpg", b"\xff\xd8\xff\xe0" + bytes(500))
    write(folder / ".hidden" / "x.txt", "hidden stuff")
    result = cli("ingest", str(folder), "--db", str(db), "--json")
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert summary["new"] == 5 and summary["skipped"]["not a document format"] == 1


def test_missing_path_is_an_input_error(cli, db, tmp_path):
    result = cli("ingest", str(tmp_path / "nope.json"), str(DEV / "docs" / "d3.txt"), "--db", str(db), "--json")
    assert result.exit_code == 1
    assert "no such file or directory" in result.stderr
    assert json.loads(result.stdout)["new"] == 1


def test_problems_are_recorded_once(cli, db, tmp_path):
    folder = tmp_path / "in"
    make_bad_inputs(folder)
    for _ in range(2):
        cli("ingest", str(folder), "--db", str(db))
    result = cli("stats", "--db", str(db), "--json")
    # found by walking a directory, the binary and the CSV file are skipped, not failed
    assert json.loads(result.stdout)["problems"] == 7
