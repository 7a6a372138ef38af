"""A killed ingest loses at most the batch in flight, documents and their claim mentions
together; re-running completes the ledger."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from tests.conftest import TEST_KEY
from tests.helpers import channel_export, message, tdesktop_json, write

MESSAGES = 30_000


# `claimledger ingest` in its own process, with the stand-in extractor of tests/helpers.py.
WITH_STAND_IN = ("import sys; from claimledger.cli import Runtime, main; from tests.helpers import RuleExtractor; "
                 "main(sys.argv[1:], obj=Runtime(extractor=RuleExtractor()))")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_ingest(path, db, *extra, wait=True, extract=False):
    env = {**os.environ, "CLAIMLEDGER_KEY": TEST_KEY, "PYTHONPATH": ROOT}
    program = ["-c", WITH_STAND_IN] if extract else ["-m", "claimledger.cli"]
    cmd = [sys.executable, *program, "ingest", str(path), "--db", str(db), "-q", *extra]
    if not extract:
        cmd.append("--no-extract")
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if wait:
        assert proc.wait(timeout=600) == 0, proc.stderr.read().decode()
    return proc


def count(db) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def snapshot(db) -> tuple[set, dict]:
    conn = sqlite3.connect(db)
    rows = set(conn.execute("SELECT id, text, channel, message_id, published_at, language FROM documents"))
    checks = {
        "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
        "count": conn.execute("SELECT count(*) FROM documents").fetchone()[0],
        "distinct": conn.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0],
        "fts": conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0],
    }
    conn.execute("INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')")  # raises if corrupt
    conn.close()
    return rows, checks


def test_sigkill_midway_then_rerun_equals_an_uninterrupted_run(tmp_path):
    msgs = [message(i, f"Повідомлення {i}: за даними джерела, колона пройшла міст біля села. " * 3,
                    date=f"2026-03-{1 + i % 28:02d}T{i % 24:02d}:00:00") for i in range(1, MESSAGES + 1)]
    export = write(tmp_path / "result.json", tdesktop_json(channel_export(msgs)))

    killed = tmp_path / "killed.db"
    proc = run_ingest(export, killed, "--batch-size", "100", wait=False)
    deadline = time.monotonic() + 300
    while count(killed) < MESSAGES // 4 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = count(killed)
    assert 0 < partial < MESSAGES, "the kill must land midway"
    assert partial % 100 == 0, "whole batches only: no half-written batch"

    run_ingest(export, killed, "--batch-size", "100")
    clean = tmp_path / "clean.db"
    run_ingest(export, clean)

    killed_rows, killed_checks = snapshot(killed)
    clean_rows, clean_checks = snapshot(clean)
    assert killed_rows == clean_rows
    assert killed_checks == clean_checks == {"integrity": "ok", "count": MESSAGES, "distinct": MESSAGES,
                                             "fts": MESSAGES}


def mentions_by_document(db) -> dict[str, set]:
    conn = sqlite3.connect(db)
    found: dict[str, set] = {doc_id: set() for (doc_id,) in conn.execute("SELECT document_id FROM extractions")}
    for doc_id, mention_id, content in conn.execute("SELECT document_id, id, content FROM mentions"):
        found[doc_id].add((mention_id, content))
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == len(found), "a document not extracted"
    conn.close()
    return found


def test_sigkill_with_extraction_never_parts_documents_from_their_mentions(tmp_path):
    n = 6_000
    msgs = [message(i, f"Radio Step said that {i} trucks crossed the bridge. Report {i} follows.")
            for i in range(1, n + 1)]
    export = write(tmp_path / "result.json", tdesktop_json(channel_export(msgs)))

    killed = tmp_path / "killed.db"
    proc = run_ingest(export, killed, "--batch-size", "50", wait=False, extract=True)
    deadline = time.monotonic() + 300
    while count(killed) < n // 4 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = count(killed)
    assert 0 < partial < n and partial % 50 == 0, "the kill must land midway, between whole batches"
    # each stored document has both its mentions: "Radio Step said …" and the own-voice "Report …"
    assert all(len(found) == 2 for found in mentions_by_document(killed).values())

    run_ingest(export, killed, "--batch-size", "50", extract=True)
    clean = tmp_path / "clean.db"
    run_ingest(export, clean, extract=True)
    assert mentions_by_document(killed) == mentions_by_document(clean)
    assert len(mentions_by_document(clean)) == n
