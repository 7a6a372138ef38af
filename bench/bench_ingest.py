#!/usr/bin/env python3
"""Ingest benchmark: generate a Telegram Desktop export, ingest it twice, report and check.

    python bench/bench_ingest.py [--size-mb 500] [--chats 1] [--seed 1] [--keep] [--extract]

1. ``gen_telegram.py`` writes the export (streaming) and a ``.counts.json`` sidecar.
2. ``claimledger ingest FILE --db DB -q --json --no-extract`` runs under ``/usr/bin/time -v``
   with a fixed ``CLAIMLEDGER_KEY`` (and ``CLAIMLEDGER_KEY_FILE`` pointing into the work
   directory), so the user's redaction key is never read or created. ``--extract`` drops
   ``--no-extract``: claim extraction then runs too, as it does by default in the CLI.
3. The same command runs again: a re-ingest must add nothing.

Exit status 0 when every check passes, 1 when one fails (peak RSS of either pass
>= --rss-limit-mb, documents stored != text messages written, a re-ingest that added
anything, any reader problem, a skip count that differs from the generator's), 2 when
the benchmark itself could not run. See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MB = 1024 * 1024
BENCH_KEY = "claimledger-bench-key: fixed, public, only for synthetic data"


def machine() -> dict:
    """What the figures were measured on: cores, CPU model, memory, Python, system."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpus": os.cpu_count(), "cpu": model, "memory_gib": round(memory, 1),
            "python": platform.python_version(), "system": platform.platform()}


def die(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr)
    sys.exit(2)


def find_cli() -> str:
    candidate = Path(sys.executable).with_name("claimledger")
    if candidate.exists():
        return str(candidate)
    found = shutil.which("claimledger")
    if not found:
        die("the claimledger command is not installed (activate the venv: . .venv/bin/activate)")
    return found


def parse_time_v(stderr: str) -> dict:
    """Wall seconds, peak RSS, CPU times from GNU time's ``-v`` report."""
    out: dict = {}
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", stderr)
    if m:
        out["wall_s"] = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    if m:
        out["peak_rss_mb"] = int(m.group(1)) * 1024 / MB
    for key, label in (("user_s", "User time (seconds)"), ("sys_s", "System time (seconds)")):
        m = re.search(re.escape(label) + r": ([\d.]+)", stderr)
        if m:
            out[key] = float(m.group(1))
    m = re.search(r"Percent of CPU this job got: (\d+)%", stderr)
    if m:
        out["cpu_percent"] = int(m.group(1))
    return out


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, from /proc."""
    parent: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        parent[int(entry.name)] = int(stat[stat.rfind(b")") + 2:].split()[1])
    wanted, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, ppid in parent.items():
            if ppid == pid and child not in wanted:
                wanted.add(child)
                frontier.append(child)
    total = 0
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    for pid in wanted:
        try:
            with open(f"/proc/{pid}/statm") as fh:
                total += int(fh.read().split()[1]) * page_kb
        except OSError:
            pass
    return total


class TreeSampler(threading.Thread):
    """Samples the RSS of a process tree: ``time -v`` gives only the largest process, and
    with extraction workers the sum is what the machine has to hold."""

    def __init__(self, pid: int, every: float = 0.5):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.samples: list[tuple[float, int]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        start = time.perf_counter()
        while not self.stop.is_set():
            self.samples.append((time.perf_counter() - start, _tree_rss_kb(self.pid)))
            self.stop.wait(self.every)

    def summary(self) -> dict:
        if not self.samples:
            return {}
        end = self.samples[-1][0]
        out = {"tree_peak_rss_mb": max(kb for _, kb in self.samples) / 1024}
        for frac in (0.25, 0.5, 0.9):  # growth shows here
            out[f"rss_at_{int(frac * 100)}pct_mb"] = min(self.samples, key=lambda s: abs(s[0] - frac * end))[1] / 1024
        return out


def timed(cmd: list[str], env: dict) -> tuple[int, str, str, dict]:
    """Run ``cmd`` under ``/usr/bin/time -v``; its figures plus the sampled RSS of the tree."""
    started = time.perf_counter()
    proc = subprocess.Popen(["/usr/bin/time", "-v", *cmd], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    sampler.stop.set()
    sampler.join()
    stats = parse_time_v(stderr)
    stats.setdefault("wall_s", time.perf_counter() - started)
    stats.update(sampler.summary())
    return proc.returncode, stdout, stderr, stats


def ledger_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"))
               if p.exists())


def count_rows(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()


def leak_check(db: Path, planted_file: Path) -> tuple[int, list[dict]]:
    """Planted sensitive values (coordinates, map links, phone numbers) that reached the ledger.

    One pass over the documents table; only rows whose message id had something planted
    are looked at. Message ids repeat across chats, so a value found in any row with
    that id counts (a false alarm needs the same random value in two chats).
    """
    wanted: dict[int, list[dict]] = {}
    total = 0
    with planted_file.open(encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            wanted.setdefault(item["id"], []).append(item)
            total += 1
    leaks: list[dict] = []
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for mid, text, links in con.execute("SELECT message_id, text, links FROM documents"):
            for item in wanted.get(mid, ()):
                if item["value"] in text or item["value"] in links:
                    leaks.append({**item, "stored": text[:300]})
    finally:
        con.close()
    return total, leaks


def ingest(cli: str, export: Path, db: Path, env: dict, tz: str, batch_size: int | None, extract: bool = False,
           workers: int | None = None) -> dict:
    cmd = [cli, "ingest", str(export), "--db", str(db), "-q", "--json", "--tz", tz]
    if batch_size:
        cmd += ["--batch-size", str(batch_size)]
    if not extract:
        cmd.append("--no-extract")  # reading, redaction and the store only, as measured before extraction existed
    elif workers:
        cmd += ["--workers", str(workers)]
    rc, stdout, stderr, stats = timed(cmd, env)
    try:
        summary = json.loads(stdout)
    except ValueError:
        tail = "\n".join(stderr.strip().splitlines()[-25:])
        die(f"claimledger ingest exited {rc} without a JSON summary:\n{tail}")
    return {"rc": rc, "summary": summary, "stats": stats,
            "stderr": [line for line in stderr.splitlines() if not line.startswith("\t")
                       and not line.startswith("Command exited")]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=500, help="export size in MB (2^20 bytes) [500]")
    ap.add_argument("--chats", type=int, default=1, help="1: one public channel; K>1: full-account export [1]")
    ap.add_argument("--left-chats", type=int, default=0,
                    help="also write this many left channels (needs --chats > 1) [0]")
    ap.add_argument("--seed", type=int, default=1, help="generator seed [1]")
    ap.add_argument("--quirks", type=float, default=0.0, help="fraction of messages with tdesktop's \\xHH escapes [0]")
    ap.add_argument("--export", type=Path, default=None,
                    help="ingest this existing export (with its .counts.json sidecar) instead of generating one")
    ap.add_argument("--work-dir", type=Path, default=HERE / "out",
                    help="where the temporary directory goes [bench/out, git-ignored]")
    ap.add_argument("--keep", action="store_true", help="keep the export, the ledger and the logs")
    ap.add_argument("--rss-limit-mb", type=float, default=None,
                    help="fail at or above this peak RSS of the largest process [400; 600 with --extract]")
    ap.add_argument("--extract", action="store_true",
                    help="extract claims too (the CLI's default); without it the ingest runs with --no-extract, "
                         "which is what the published 500 MB figures measure")
    ap.add_argument("--workers", type=int, default=None,
                    help="with --extract: pass --workers to claimledger ingest [the CLI's default, one per core]")
    ap.add_argument("--batch-size", type=int, default=None, help="pass --batch-size to claimledger ingest")
    ap.add_argument("--no-reingest", action="store_true", help="skip the second pass")
    ap.add_argument("--json-out", type=Path, default=None, help="also write the figures to this JSON file")
    args = ap.parse_args(argv)
    if args.workers and not args.extract:
        ap.error("--workers needs --extract")
    if args.rss_limit_mb is None:
        args.rss_limit_mb = 600 if args.extract else 400

    cli = find_cli()
    if not Path("/usr/bin/time").exists():
        die("/usr/bin/time (GNU time) is needed for the peak RSS (apt-get install time)")
    args.work_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-", dir=args.work_dir))
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMLEDGER_")}
    env.update(CLAIMLEDGER_KEY=BENCH_KEY, CLAIMLEDGER_KEY_FILE=str(work / "unused.key"),
               CLAIMLEDGER_DB=str(work / "unused.db"), NO_COLOR="1")
    failures: list[str] = []
    result: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}, "extract": args.extract,
                    "workers": args.workers}
    try:
        # 1. the export
        if args.export:
            export = args.export.resolve()
            sidecar = export.with_name(export.stem + ".counts.json")
            if not sidecar.exists():
                die(f"{sidecar} is missing; --export needs the sidecar gen_telegram.py writes")
            print(f"export: {export} (existing)", flush=True)
        else:
            export = work / "result.json"
            sidecar = work / "result.counts.json"
            gen = [sys.executable, str(HERE / "gen_telegram.py"), "--size-mb", str(args.size_mb), "--out", str(export),
                   "--seed", str(args.seed), "--chats", str(args.chats), "--left-chats", str(args.left_chats),
                   "--quirks", str(args.quirks)]
            print(f"generating {args.size_mb:g} MB (seed {args.seed}, {args.chats} chat(s)) ...", flush=True)
            rc, stdout, stderr, stats = timed(gen, env)
            if rc != 0:
                die(f"the generator failed:\n{stderr[-3000:]}")
            print("  " + stdout.splitlines()[0], flush=True)
            result["generator"] = {"wall_s": stats["wall_s"], "peak_rss_mb": stats.get("peak_rss_mb")}
            print(f"  generator: {stats['wall_s']:.1f} s, peak RSS {stats.get('peak_rss_mb', 0):.1f} MB", flush=True)
        counts = json.loads(sidecar.read_text(encoding="utf-8"))
        size = export.stat().st_size
        db = work / "ledger.db"

        # 2. first pass
        print("ingest, pass 1 ...", flush=True)
        first = ingest(cli, export, db, env, counts.get("tz", "UTC"), args.batch_size, args.extract, args.workers)
        s1, t1 = first["summary"], first["stats"]
        stored_rows = count_rows(db)
        ledger = ledger_bytes(db)

        planted_file = sidecar.with_name(counts["planted_file"]) if counts.get("planted_file") else None
        planted_total, leaks = leak_check(db, planted_file) if planted_file and planted_file.exists() else (None, [])

        # 3. second pass
        second = None
        if not args.no_reingest:
            print("ingest, pass 2 (re-ingest) ...", flush=True)
            second = ingest(cli, export, db, env, counts.get("tz", "UTC"), args.batch_size, args.extract, args.workers)

        # 4. figures
        wall = t1["wall_s"]
        figures = {
            "file_mb": size / MB,
            "messages": counts["messages"],
            "text_messages": counts["text_messages"],
            "service": counts["service"],
            "media_only": counts["media_only"],
            "documents_stored": s1["new"],
            "rows_in_ledger": stored_rows,
            "wall_s": wall,
            "messages_per_s": counts["messages"] / wall,
            "documents_per_s": s1["new"] / wall,
            "mb_per_s": size / MB / wall,
            "peak_rss_mb": t1.get("peak_rss_mb"),
            "tree_peak_rss_mb": t1.get("tree_peak_rss_mb"),
            "mentions": s1.get("mentions", 0),
            "cpu_percent": t1.get("cpu_percent"),
            "user_s": t1.get("user_s"),
            "sys_s": t1.get("sys_s"),
            "ledger_mb": ledger / MB,
            "ledger_bytes_per_document": ledger / max(1, s1["new"]),
            "planted_sensitive_values": planted_total,
            "leaked_sensitive_values": len(leaks) if planted_total is not None else None,
        }
        if second:
            s2, t2 = second["summary"], second["stats"]
            figures.update(reingest_wall_s=t2["wall_s"], reingest_added=s2["new"],
                           reingest_already_present=s2["already_present"], reingest_peak_rss_mb=t2.get("peak_rss_mb"),
                           reingest_mb_per_s=size / MB / t2["wall_s"])
        result.update(export=str(export), shape=counts.get("shape"), chats=len(counts.get("chats", [])),
                      figures=figures, first_pass=s1, second_pass=second["summary"] if second else None,
                      leaks=leaks[:50])

        # 5. checks
        skipped = s1.get("skipped", {})
        expect = {"documents stored (new)": (s1["new"], counts["text_messages"]),
                  "documents read": (s1["read"], counts["text_messages"]),
                  "rows in the ledger": (stored_rows, counts["text_messages"]),
                  "skipped as service": (skipped.get("service message", 0), counts["service"]),
                  "skipped as media-only": (skipped.get("media-only message", 0), counts["media_only"]),
                  "skipped as empty": (skipped.get("empty message", 0), counts.get("empty", 0))}
        for what, (got, want) in expect.items():
            if got != want:
                failures.append(f"{what}: {got:,}, expected {want:,} (difference {got - want:+,})")
        extra = set(skipped) - {"service message", "media-only message", "empty message"}
        if extra:
            failures.append(f"unexpected skip reasons: {sorted(extra)}")
        if s1.get("failed"):
            failures.append(f"{len(s1['failed'])} reader problem(s), first: {s1['failed'][0]}")
        if first["rc"] != 0:
            failures.append(f"pass 1 exited {first['rc']}")
        for label, stats in (("pass 1", t1), ("pass 2", second["stats"] if second else None)):
            if stats and stats.get("peak_rss_mb") is not None and stats["peak_rss_mb"] >= args.rss_limit_mb:
                failures.append(f"{label} peak RSS {stats['peak_rss_mb']:.0f} MB >= {args.rss_limit_mb:g} MB")
        if second:
            if second["summary"]["new"] != 0:
                failures.append(f"re-ingest added {second['summary']['new']:,} documents, expected 0")
            if second["summary"]["already_present"] != counts["text_messages"]:
                failures.append(f"re-ingest found {second['summary']['already_present']:,} already present, "
                                f"expected {counts['text_messages']:,}")
            if second["rc"] != 0:
                failures.append(f"pass 2 exited {second['rc']}")
        if leaks:
            kinds: dict[str, int] = {}
            for leak in leaks:
                kinds[leak["kind"]] = kinds.get(leak["kind"], 0) + 1
            failures.append(f"{len(leaks):,} of {planted_total:,} planted sensitive values are in the ledger "
                            f"unredacted ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}); first: "
                            f"message {leaks[0]['id']}: {leaks[0]['value']!r}")
        result["failures"] = failures

        # 6. report
        f = figures
        rows = [
            ("file size", f"{f['file_mb']:,.1f} MB ({size:,} bytes; {result['shape']}, {result['chats']} chat(s))"),
            ("messages in the file", f"{f['messages']:,} ({f['text_messages']:,} text, {f['media_only']:,} "
                                     f"media-only, {f['service']:,} service)"),
            ("documents stored", f"{f['documents_stored']:,} (rows in ledger: {f['rows_in_ledger']:,})"),
            ("wall time", f"{f['wall_s']:,.1f} s (user {f['user_s'] or 0:,.1f} s, sys {f['sys_s'] or 0:,.1f} s, "
                          f"CPU {f['cpu_percent'] or 0}%)"),
            ("messages/s", f"{f['messages_per_s']:,.0f} (documents/s {f['documents_per_s']:,.0f})"),
            ("MB/s", f"{f['mb_per_s']:,.2f}"),
            ("peak RSS", f"{f['peak_rss_mb']:,.1f} MB (limit {args.rss_limit_mb:g} MB); all processes "
                         f"{f['tree_peak_rss_mb'] or 0:,.1f} MB (sampled)"),
            ("ledger size", f"{f['ledger_mb']:,.1f} MB ({f['ledger_bytes_per_document']:,.0f} bytes/document)"),
        ]
        if args.extract:
            rows.insert(3, ("claim extraction", f"on ({args.workers or 'default'} workers): {f['mentions']:,} mentions "
                                                f"({f['mentions'] / max(1, f['documents_stored']):.2f}/document)"))
        else:
            rows.insert(3, ("claim extraction", "off (--no-extract; --extract to include it)"))
        if planted_total is not None:
            rows.append(("redaction check", f"{len(leaks):,} of {planted_total:,} planted coordinates/map links/"
                                            f"phone numbers found unredacted in the ledger"))
        if second:
            rows.append(("re-ingest", f"{f['reingest_wall_s']:,.1f} s, added {f['reingest_added']:,}, "
                                      f"already present {f['reingest_already_present']:,}, "
                                      f"peak RSS {f['reingest_peak_rss_mb']:,.1f} MB"))
        print()
        width = max(len(k) for k, _ in rows)
        for key, value in rows:
            print(f"{key:<{width}}  {value}")
        notes = s1.get("notes") or []
        for note in notes:
            print(f"note: {note}")
        print()
        if failures:
            print("FAIL")
            for failure in failures:
                print(f"  - {failure}")
        else:
            print("OK: every check passed")
        if args.json_out:
            args.json_out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        if args.keep:
            (work / "bench-result.json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n",
                                                    encoding="utf-8")
            print(f"kept: {work}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
