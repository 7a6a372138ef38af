#!/usr/bin/env python3
"""Engines benchmark: the local engine with one and two processes, and Dask with two workers.

    python bench/bench_engines.py [--messages 10000 100000] [--runs local1,local2,dask2] [--keep]

For each size, ``gen_telegram.py --messages N --content rich`` writes a synthetic Telegram
export (attribution-rich posts in Russian, Ukrainian and English, with forwards,
denials, coordinates and phone numbers), then ``claimledger ingest`` runs on it once per
engine, with extraction and linking (the CLI's defaults), under ``/usr/bin/time -v`` with
the process tree's RSS sampled from /proc (``bench_ingest.timed``). Each run gets a fresh
ledger. Printed and written to ``--json-out``: messages/s end to end (messages in the
file, service and media-only ones included, over wall seconds), wall and CPU time, peak
RSS of the largest process and of the whole tree, the ledger's size, documents, mentions
and groups, and whether each ledger's JSON Lines export is identical to the first run's.

Exit status 0 when every run succeeded and every export is identical, 1 otherwise, 2
when the benchmark could not run. The 1M corpus (``--messages 1000000``) takes hours
on two cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_ingest import BENCH_KEY, find_cli, ledger_bytes, machine, timed  # noqa: E402

MB = 1024 * 1024
RUNS = {
    "local1": ("local, 1 process", ["--engine", "local", "--workers", "1"]),
    "local2": ("local, 2 processes", ["--engine", "local", "--workers", "2"]),
    "dask2": ("Dask, local cluster of 2 workers", ["--engine", "dask", "--workers", "2"]),
}
GENERATOR_TZ = "Europe/Kyiv"  # gen_telegram.py's default: the dates are local time there


def bench_env(work: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMLEDGER_")}
    env.update(CLAIMLEDGER_KEY=BENCH_KEY, CLAIMLEDGER_KEY_FILE=str(work / "unused.key"),
               CLAIMLEDGER_DB=str(work / "unused.db"), NO_COLOR="1")
    return env


def export_digest(db: Path) -> str:
    """SHA-256 of the ledger's JSON Lines export, streamed."""
    from claimledger.report import jsonl
    from claimledger.store import open_store

    class Hashing:
        def __init__(self):
            self.hash = hashlib.sha256()

        def write(self, data: bytes) -> None:
            self.hash.update(data)

    store = open_store(str(db), create=False)
    try:
        out = Hashing()
        jsonl.write(store, out)
        return out.hash.hexdigest()
    finally:
        store.close()


def run_one(cli: str, export: Path, db: Path, env: dict, extra: list[str], messages: int) -> dict:
    cmd = [cli, "ingest", str(export), "--db", str(db), "--tz", GENERATOR_TZ, "-q", "--json", *extra]
    rc, stdout, stderr, stats = timed(cmd, env)
    try:
        summary = json.loads(stdout)
    except ValueError:
        tail = " | ".join(stderr.strip().splitlines()[-8:])
        return {"rc": rc, "error": f"no JSON summary (exit {rc}): {tail}", "stats": stats}
    wall = stats["wall_s"]
    cpu = stats.get("user_s", 0) + stats.get("sys_s", 0)
    return {"rc": rc, "summary": {k: v for k, v in summary.items() if k != "notes"}, "stats": stats,
            "messages_per_s": messages / wall, "wall_s": wall, "cpu_s": cpu,
            "ledger_mb": ledger_bytes(db) / MB, "digest": export_digest(db)}


def table(rows: list[dict]) -> str:
    header = ["messages", "engine", "messages/s", "wall s", "CPU s", "peak RSS, largest process MB",
              "peak RSS, all processes MB", "ledger MB", "documents", "mentions", "groups", "export"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['messages']:,} | {r['name']} | failed: {r['error'][:200]} |")
            continue
        s, t = r["summary"], r["stats"]
        lines.append("| " + " | ".join([
            f"{r['messages']:,}", r["name"], f"{r['messages_per_s']:,.0f}", f"{r['wall_s']:,.1f}", f"{r['cpu_s']:,.0f}",
            f"{t.get('peak_rss_mb', 0):,.0f}", f"{t.get('tree_peak_rss_mb', 0):,.0f}", f"{r['ledger_mb']:,.1f}",
            f"{s['new']:,}", f"{s['mentions']:,}", f"{s['groups']:,}", "same" if r["same_export"] else "DIFFERS",
        ]) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--messages", type=int, nargs="+", default=[10_000, 100_000],
                    help="corpus sizes in messages [10000 100000]")
    ap.add_argument("--runs", default=",".join(RUNS), help=f"which engines, comma-separated [{','.join(RUNS)}]")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--ingest-option", action="append", default=[], metavar="OPTION",
                    help="an extra option for every ingest run, e.g. --ingest-option=--no-link (repeatable)")
    ap.add_argument("--keep", action="store_true", help="keep the work directory (exports and ledgers)")
    ap.add_argument("--json-out", type=Path, default=None, help="write the figures here as JSON")
    args = ap.parse_args(argv)
    runs = [r for r in args.runs.split(",") if r]
    if unknown := [r for r in runs if r not in RUNS]:
        print(f"bench: unknown run(s) {', '.join(unknown)}; choose from {', '.join(RUNS)}", file=sys.stderr)
        return 2
    if not Path("/usr/bin/time").exists():
        print("bench: /usr/bin/time (GNU time) is needed for the peak RSS (apt-get install time)", file=sys.stderr)
        return 2
    cli = find_cli()
    (HERE / "out").mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="engines-", dir=HERE / "out"))
    env = bench_env(work)
    rows: list[dict] = []
    result = {"machine": machine(), "ingest_options": args.ingest_option, "rows": rows}
    ok = True
    try:
        print(f"machine: {result['machine']}; ingest options: {' '.join(args.ingest_option) or 'none'}", flush=True)
        for messages in args.messages:
            export = work / f"telegram-{messages}.json"
            subprocess.run([sys.executable, str(HERE / "gen_telegram.py"), "--messages", str(messages),
                            "--content", "rich", "--seed", str(args.seed), "--out", str(export)],
                           check=True, stdout=subprocess.DEVNULL)
            print(f"{messages:,} messages: {export.stat().st_size / MB:,.0f} MB", flush=True)
            first_digest = None
            for name in runs:
                label, extra = RUNS[name]
                db = work / f"ledger-{messages}-{name}.db"
                r = run_one(cli, export, db, env, [*extra, *args.ingest_option], messages)
                r.update(messages=messages, run=name, name=label)
                if "error" in r or r["rc"] != 0:
                    ok = False
                    r.setdefault("error", f"exit {r['rc']}: {r['summary'].get('failed', [])[:3]}")
                    print(f"  {label}: FAILED {r['error'][:500]}", flush=True)
                else:
                    first_digest = first_digest or r["digest"]
                    r["same_export"] = r["digest"] == first_digest
                    ok = ok and r["same_export"]
                    print(f"  {label}: {r['wall_s']:,.1f} s, {r['messages_per_s']:,.0f} messages/s, "
                          f"peak RSS {r['stats'].get('peak_rss_mb', 0):,.0f} MB "
                          f"(all processes {r['stats'].get('tree_peak_rss_mb', 0):,.0f} MB), "
                          f"ledger {r['ledger_mb']:,.1f} MB, export {'same' if r['same_export'] else 'DIFFERS'}",
                          flush=True)
                rows.append(r)
                if not args.keep:
                    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                        p.unlink(missing_ok=True)
            if args.json_out:
                args.json_out.write_text(json.dumps(result, indent=1), encoding="utf-8")
        print()
        print(table(rows))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json_out:
        args.json_out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
