#!/usr/bin/env python3
"""Extraction benchmark: claim extraction per language on one core, and the whole ingest path.

    python bench/bench_extract.py [--messages 114000] [--seed 1] [--keep] [--profile]

1. ``gen_telegram.py --content rich --languages even`` writes an export of attribution-rich
   news posts, a third each in English, Russian and Ukrainian (about 430 characters of text
   a post, like real channels).
2. The export is read (``claimledger.ingest.read_file``) and prepared
   (``Preparer(Redactor(key))``) once; the documents go to one file per detected language.
3. For each language a fresh process pinned to one core, with one numeric thread, loads
   the models (timed apart), extracts a warm-up batch, then times ``Extractor().pipe`` over
   every document of that language in batches of 500. It counts sentences
   (``nlp.sentences.split``), sentences parsed (those with a cue: calls to ``parse_many``),
   mentions by source kind, failures, peak RSS and RSS growth after the warm-up.
4. ``claimledger ingest EXPORT --db DB -q --json`` runs under ``/usr/bin/time -v`` with the
   default workers and ``--no-link`` (the ingest-and-extract path), with the default workers
   (linking too), with ``--workers 1`` and with ``--no-extract``; ``--runs`` picks. The RSS
   of the whole process tree (workers included) is sampled as well.
5. The same three runs on the real corpus (``--real-corpus``, skipped if missing).
6. ``--profile``: py-spy on one language worker each and on ``ingest --workers 1`` of a
   small export of the same kind; the top functions, inclusive and self.

Exit status 0 when everything ran (the 1,000 messages/s target is reported, not enforced),
1 when an extraction or ingest failed or a figure is absurd, 2 when the benchmark could not
run. See bench/README.md, section "Extraction".
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_ingest import BENCH_KEY, MB, die, find_cli, timed  # noqa: E402

LANGS = ("en", "ru", "uk")
REAL_CORPUS = Path("/work/shared/corpora/ru-telegram-news-2024")
TARGET = 1000  # messages/s, the whole ingest-and-extract path
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
               "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")
# One sentence with a cue in each language: parsing it loads that language's models.
PROBE = {"en": "The governor said that two drones were shot down overnight.",
         "ru": "Губернатор заявил, что ночью сбиты два беспилотника.",
         "uk": "Губернатор заявив, що вночі збито два безпілотники."}
KINDS = ("author", "person", "official", "anonymous", "crowd", "channel", "organization", "media")


def code_version(src: Path | None) -> str | None:
    """The commit the package was measured at: ``COMMIT`` in ``--src`` if there is one (write it
    next to a ``git archive`` snapshot), else ``git describe`` ("-dirty": local changes)."""
    if src is not None and (src / "COMMIT").exists():
        return (src / "COMMIT").read_text().strip() + " (snapshot)"
    try:
        out = subprocess.run(["git", "-C", str(src or HERE.parent), "describe", "--always", "--dirty", "--abbrev=10"],
                             capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def bench_env(work: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMLEDGER_")}
    env.update(CLAIMLEDGER_KEY=BENCH_KEY, CLAIMLEDGER_KEY_FILE=str(work / "unused.key"),
               CLAIMLEDGER_DB=str(work / "unused.db"), NO_COLOR="1", PYTHONHASHSEED="0")
    return env


# ---------------------------------------------------------------------------------------
# Step 2: read and prepare once, split by language.

def prepare_corpus(export: Path, tz_name: str, out_dir: Path, batch_size: int, prefix: str = "docs") -> dict:
    """Read ``export`` (a file or a directory), prepare every document, and write them in
    batches to ``<prefix>-<language>.pickle`` files."""
    from zoneinfo import ZoneInfo

    from claimledger.ingest import MAX_TEXT, iter_files, read_file
    from claimledger.model import RawDocument
    from claimledger.nlp.prepare import Preparer
    from claimledger.nlp.redact import Redactor

    prepare = Preparer(Redactor(BENCH_KEY.encode()))
    files = {lang: open(out_dir / f"{prefix}-{lang}.pickle", "wb") for lang in (*LANGS, "other")}  # noqa: SIM115
    pending: dict[str, list] = {lang: [] for lang in files}
    counts: Counter = Counter()
    chars: Counter = Counter()
    started = time.perf_counter()
    items = (item for path, display, explicit in iter_files([export])
             for item in read_file(path, display, ZoneInfo(tz_name), MAX_TEXT, explicit, None))
    for item in items:
        if not isinstance(item, RawDocument):
            continue
        doc = prepare(item)
        lang = doc.language if doc.language in LANGS else "other"
        counts[lang] += 1
        chars[lang] += len(doc.text)
        pending[lang].append(doc)
        if len(pending[lang]) >= batch_size:
            pickle.dump(pending[lang], files[lang], pickle.HIGHEST_PROTOCOL)
            pending[lang] = []
    for lang, fh in files.items():
        if pending[lang]:
            pickle.dump(pending[lang], fh, pickle.HIGHEST_PROTOCOL)
        fh.close()
    elapsed = time.perf_counter() - started
    total = sum(counts.values())
    return {"documents": total, "by_language": dict(counts), "seconds": elapsed, "documents_per_s": total / elapsed,
            "mean_chars": {lang: chars[lang] / counts[lang] for lang in counts},
            "mean_chars_all": sum(chars.values()) / max(1, total)}


# ---------------------------------------------------------------------------------------
# Step 3: one language on one core (runs in its own process: --one-language).

def _rss_now_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _batches(path: Path):
    with path.open("rb") as fh:
        while True:
            try:
                yield pickle.load(fh)
            except EOFError:
                return


def one_language(lang: str, docs_file: Path, limit: int | None, cpu: int) -> dict:
    for name in THREAD_VARS:
        os.environ[name] = "1"
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, {cpu})
    t0 = time.perf_counter()
    import claimledger.extract as extract_module
    from claimledger.extract import Extractor
    from claimledger.model import Sentence
    from claimledger.nlp.parse import parse_many
    from claimledger.nlp.sentences import split

    import_s = time.perf_counter() - t0
    rss_import = _rss_now_mb()
    # model loading: parse one sentence with a cue, outside any timing of extraction
    t0 = time.perf_counter()
    parse_many([(PROBE[lang], Sentence(0, len(PROBE[lang]), lang))], lang)
    extractor = Extractor()
    extractor.pipe([])
    load_s = time.perf_counter() - t0
    rss_loaded = _rss_now_mb()

    # count the sentences the extractor parses (those with a cue) and the time it spends there
    parsed = Counter()
    parse_time = [0.0]
    real_parse_many, real_parse = extract_module.parse_many, extract_module.parse

    def counting_parse_many(items, language):
        t = time.perf_counter()
        try:
            return real_parse_many(items, language)
        finally:
            parse_time[0] += time.perf_counter() - t
            parsed[language] += len(items)

    def counting_parse(text, sentences, language):
        t = time.perf_counter()
        try:
            return real_parse(text, sentences, language)
        finally:
            parse_time[0] += time.perf_counter() - t
            parsed[language] += len(sentences)

    extract_module.parse_many, extract_module.parse = counting_parse_many, counting_parse

    batches = _batches(docs_file)
    first = next(batches, [])
    if limit:
        first = first[:limit]
    t0 = time.perf_counter()
    extractor.pipe(first)
    warmup_s = time.perf_counter() - t0
    rss_warm = _rss_now_mb()
    parsed.clear()
    parse_time[0] = 0.0

    docs = sentences = chars = 0
    kinds: Counter = Counter()
    stances: Counter = Counter()
    hedged = with_quantities = 0
    max_per_doc = 0
    absurd: list[dict] = []
    failures: list[str] = []
    failed_docs = 0
    elapsed = 0.0
    cpu_s = 0.0
    rss_marks: list[float] = []

    def run(batch: list) -> None:
        nonlocal docs, sentences, chars, hedged, with_quantities, max_per_doc, elapsed, cpu_s, failed_docs
        t, c = time.perf_counter(), time.process_time()
        try:
            results = extractor.pipe(batch)
        except Exception as exc:  # an extraction crash: find the documents, go on
            elapsed += time.perf_counter() - t
            cpu_s += time.process_time() - c
            failures.append(f"{type(exc).__name__}: {str(exc)[:200]}")
            results = []
            for doc in batch:
                try:
                    results.append(extractor.pipe([doc])[0])
                except Exception:
                    failed_docs += 1
                    results.append([])
        else:
            elapsed += time.perf_counter() - t
            cpu_s += time.process_time() - c
        for doc, mentions in zip(batch, results, strict=True):
            n_sent = len(split(doc.text, doc.language if doc.language in LANGS else "en"))
            docs += 1
            sentences += n_sent
            chars += len(doc.text)
            max_per_doc = max(max_per_doc, len(mentions))
            if len(mentions) > 3 * n_sent + 2 and len(absurd) < 5:
                absurd.append({"message_id": doc.message_id, "sentences": n_sent, "mentions": len(mentions)})
            for m in mentions:
                kinds[m.source_kind] += 1
                stances[m.stance] += 1
                hedged += bool(m.hedges)
                with_quantities += bool(m.quantities)

    run(first)
    for batch in batches:
        if limit and docs >= limit:
            break
        run(batch[:limit - docs] if limit else batch)
        if docs % 5000 < len(batch):
            rss_marks.append(round(_rss_now_mb(), 1))
    extract_module.parse_many, extract_module.parse = real_parse_many, real_parse
    mentions = sum(kinds.values())
    return {
        "language": lang, "documents": docs, "sentences": sentences, "mean_chars": chars / max(1, docs),
        "sentences_per_message": sentences / max(1, docs),
        "sentences_parsed": sum(parsed.values()), "parsed_by_language": dict(parsed),
        "parsed_share": sum(parsed.values()) / max(1, sentences),
        "import_s": import_s, "model_load_s": load_s, "warmup_s": warmup_s, "warmup_documents": len(first),
        "extract_s": elapsed, "cpu_s": cpu_s, "parse_s": parse_time[0],
        "messages_per_s": docs / elapsed if elapsed else 0.0,
        "sentences_per_s": sentences / elapsed if elapsed else 0.0,
        "mentions": mentions, "mentions_per_message": mentions / max(1, docs),
        "mentions_per_message_by_kind": {k: n / max(1, docs) for k, n in kinds.most_common()},
        "stances": dict(stances), "hedged_mentions": hedged, "mentions_with_quantities": with_quantities,
        "max_mentions_in_a_message": max_per_doc, "absurd": absurd,
        "failures": failures, "failed_documents": failed_docs,
        "rss_after_import_mb": rss_import, "rss_after_load_mb": rss_loaded, "rss_after_warmup_mb": rss_warm,
        "rss_end_mb": _rss_now_mb(), "rss_every_5000_mb": rss_marks, "peak_rss_mb": _peak_rss_mb(),
        "affinity": sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
    }


def run_language(lang: str, docs_file: Path, limit: int | None, env: dict, cpu: int) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one-language", lang, "--docs-file", str(docs_file),
           "--cpu", str(cpu)]
    if limit:
        cmd += ["--per-language", str(limit)]
    child_env = dict(env, **dict.fromkeys(THREAD_VARS, "1"))
    proc = subprocess.run(cmd, env=child_env, capture_output=True, text=True)
    if proc.returncode != 0:
        die(f"the {lang} extraction run failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout)


# ---------------------------------------------------------------------------------------
# Steps 4 and 5: the CLI.

def cli_ingest(cli: str, paths: list[Path], db: Path, env: dict, extra: list[str], tz: str | None) -> dict:
    cmd = [cli, "ingest", *map(str, paths), "--db", str(db), "-q", "--json", *extra]
    if tz:
        cmd += ["--tz", tz]
    rc, stdout, stderr, stats = timed(cmd, env)
    try:
        summary = json.loads(stdout)
    except ValueError:
        tail = [line for line in stderr.strip().splitlines() if not line.startswith("\t")][-12:]
        summary = {"read": 0, "new": 0, "skipped": {}, "failed": [f"no JSON summary (exit {rc}): " + " | ".join(tail)],
                   "crashed": True}
    seen = summary["read"] + sum(summary.get("skipped", {}).values())
    return {"cmd": " ".join(["claimledger", "ingest", *(p.name for p in paths), *extra]), "rc": rc,
            "summary": {k: v for k, v in summary.items() if k != "notes"}, "stats": stats,
            "messages_seen": seen}


RUNS = ("no-link", "default", "workers1", "workers1-blas1", "no-extract")


def whole_path_runs(cli: str, paths: list[Path], messages: int, work: Path, env: dict, tz: str | None,
                    label: str, workers: int, which: tuple[str, ...] = RUNS) -> list[dict]:
    runs = []
    one_thread = dict(env, **dict.fromkeys(THREAD_VARS, "1"))
    variants = {"no-link": (f"--no-link ({workers} workers): ingest and extract", ["--no-link"], env),
                "default": (f"default ({workers} workers): ingest, extract and link", [], env),
                "workers1": ("--workers 1", ["--workers", "1"], env),
                "workers1-blas1": ("--workers 1, 1 BLAS thread", ["--workers", "1"], one_thread),
                "no-extract": ("--no-extract", ["--no-extract"], env)}
    for name, extra, run_env in (variants[w] for w in which):
        db = work / f"ledger-{label}-{len(runs)}.db"
        print(f"  {label}: {name} ...", flush=True)
        r = cli_ingest(cli, paths, db, run_env, extra, tz)
        s, t = r["summary"], r["stats"]
        n = messages or r["messages_seen"]
        r.update(name=name, messages=n, messages_per_s=n / t["wall_s"], documents_per_s=s["new"] / t["wall_s"])
        if s.get("crashed"):
            print(f"    CRASHED: {s['failed'][0][:1000]}", flush=True)
        print(f"    {t['wall_s']:.1f} s, {r['messages_per_s']:,.0f} messages/s, {s.get('mentions', 0):,} mentions, "
              f"peak RSS {t.get('peak_rss_mb', 0):.0f} MB (tree {t.get('tree_peak_rss_mb', 0):.0f} MB)", flush=True)
        runs.append(r)
        for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            p.unlink(missing_ok=True)
    return runs


# ---------------------------------------------------------------------------------------
# Step 6: py-spy.

_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::\d+)?\)$")


def _frame_key(frame: str) -> str:
    m = _FRAME.match(frame.strip())
    if not m:
        return frame.strip()
    path = m.group("file")
    for marker in ("site-packages/", "src/", "lib/python3."):
        if marker in path:
            path = path.split(marker, 1)[1]
            if marker == "lib/python3.":
                path = "stdlib/" + path.split("/", 1)[-1]
            break
    return f"{m.group('func')} ({path})"


# Frames that only wrap the work (the benchmark's own, click, the CLI, imports): left out
# of the inclusive ranking, which would otherwise start with a dozen 99% lines.
_WRAPPER = re.compile(r"bench_extract\.py|bench_ingest\.py|\(click/|claimledger/cli\.py|^<module> |importlib|"
                      r"\(runpy|^main \(claimledger|^wrapper ")
# Stages of the work by the function that does them: inclusive share of the samples
# whose stack passes through any of the named functions (names as of 2026-11).
STAGES = [
    ("read (ingest.read_file: JSON stream, messages)", r"^read_file \(claimledger/ingest/"),
    ("prepare (Preparer: normalise, redact, language)", r"^Preparer\.__call__ "),
    ("  of which language.detect", r"^detect \(claimledger/nlp/language"),
    ("store (SQLite: documents, mentions, FTS)", r"^Store\.|^SQLiteStore\.|\(claimledger/store/"),
    ("extraction (Extractor.pipe)", r"^Extractor\.pipe "),
    ("  sentence splitting (nlp.sentences.split)", r"^split \(claimledger/nlp/sentences"),
    ("  cue check and sentence language", r"^_has_cue |^_sentence_language |^has_colon_attribution "),
    ("  parsing: English (spaCy)", r"^_parse_english "),
    ("  parsing: Russian (natasha syntax + pymorphy3)", r"^_parse_russian "),
    ("  parsing: Ukrainian (regex + pymorphy3)", r"^_parse_ukrainian "),
    ("  reading attributions (attribution.attributions)", r"^attributions \(claimledger/extract/attribution"),
    ("  resolving sources (SourceResolver)", r"^SourceResolver\."),
    ("  own voice (_own_voice)", r"^_own_voice "),
    ("  quantities", r"^quantities \(claimledger/extract/quantities"),
    ("model loading (spaCy, natasha, pymorphy3 dictionaries)", r"^_spacy |^_natasha_syntax |^morph \(claimledger"),
    ("worker start-up and transfer (multiprocessing)", r"\(multiprocessing/|\(concurrent/futures/"),
]


def top_functions(raw: Path, n: int = 15) -> dict:
    """Inclusive and self shares from py-spy's raw (collapsed) output, and the stages."""
    inclusive: Counter = Counter()
    own: Counter = Counter()
    stages: Counter = Counter()
    stage_res = [(label, re.compile(pattern)) for label, pattern in STAGES]
    total = 0
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        k = int(count)
        total += k
        frames = [_frame_key(f) for f in stack.split(";") if f and not f.startswith("process ")
                  and not f.startswith("thread ")]
        unique = set(frames)
        for key in unique:
            if not _WRAPPER.search(key):
                inclusive[key] += k
        if frames:
            own[frames[-1]] += k
        for label, pattern in stage_res:
            if any(pattern.search(key) for key in unique):
                stages[label] += k
    def share(c: Counter) -> list[tuple[str, float]]:
        return [(key, round(100 * v / max(1, total), 1)) for key, v in c.most_common(n)]

    return {"samples": total, "inclusive": share(inclusive), "self": share(own),
            "stages": [(label, round(100 * stages[label] / max(1, total), 1)) for label, _ in STAGES
                       if stages[label]]}


def profile(cli: str, docs_files: dict[str, Path], work: Path, env: dict, seed: int, limit: int) -> dict:
    pyspy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(pyspy).exists():
        return {"error": "py-spy is not installed"}
    out: dict = {}
    for lang, docs_file in docs_files.items():
        raw = work / f"profile-{lang}.txt"
        cmd = [pyspy, "record", "-r", "200", "-f", "raw", "-o", str(raw), "--", sys.executable,
               str(Path(__file__).resolve()), "--one-language", lang, "--docs-file", str(docs_file),
               "--per-language", str(limit), "--cpu", "0"]
        print(f"  py-spy: {lang} extraction, {limit:,} documents ...", flush=True)
        proc = subprocess.run(cmd, env=dict(env, **dict.fromkeys(THREAD_VARS, "1")), capture_output=True, text=True)
        if proc.returncode != 0 or not raw.exists():
            out[lang] = {"error": proc.stderr[-1500:]}
            continue
        out[lang] = top_functions(raw)
    # the whole path, in one process
    export = work / "profile.json"
    subprocess.run([sys.executable, str(HERE / "gen_telegram.py"), "--messages", "6000", "--languages", "even",
                    "--content", "rich", "--seed", str(seed + 1), "--out", str(export)], env=env, check=True,
                   capture_output=True)
    raw = work / "profile-ingest.txt"
    print("  py-spy: claimledger ingest --workers 1, 6,000 messages ...", flush=True)
    cmd = [pyspy, "record", "-r", "200", "-f", "raw", "-o", str(raw), "--", cli, "ingest", str(export), "--db",
           str(work / "profile.db"), "-q", "--json", "--workers", "1", "--tz", "Europe/Kyiv"]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    out["ingest"] = top_functions(raw) if raw.exists() else {"error": proc.stderr[-1500:]}
    return out


# ---------------------------------------------------------------------------------------
# Report.

def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths,
                                                                                        strict=True)))]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths,
                                                                                            strict=True))))
    return "\n".join(lines)


def language_table(per: dict[str, dict]) -> str:
    langs = [lang for lang in LANGS if lang in per]
    docs = sum(per[lang]["documents"] for lang in langs)
    secs = sum(per[lang]["extract_s"] for lang in langs)
    sents = sum(per[lang]["sentences"] for lang in langs)
    parsed = sum(per[lang]["sentences_parsed"] for lang in langs)
    mentions = sum(per[lang]["mentions"] for lang in langs)

    def row(label, fn, total=""):
        return [label, *(fn(per[lang]) for lang in langs), total]

    kinds = Counter()
    for lang in langs:
        for k, v in per[lang]["mentions_per_message_by_kind"].items():
            kinds[k] += v * per[lang]["documents"]
    rows = [
        row("messages (documents)", lambda r: f"{r['documents']:,}", f"{docs:,}"),
        row("mean text length, characters", lambda r: f"{r['mean_chars']:,.0f}"),
        row("sentences per message", lambda r: f"{r['sentences_per_message']:.2f}", f"{sents / max(1, docs):.2f}"),
        row("sentences parsed (had a cue)", lambda r: f"{100 * r['parsed_share']:.0f}%",
            f"{100 * parsed / max(1, sents):.0f}%"),
        row("model loading, s", lambda r: f"{r['model_load_s']:.1f}"),
        row("warm-up batch, s", lambda r: f"{r['warmup_s']:.1f}"),
        row("extraction time, s", lambda r: f"{r['extract_s']:,.1f}", f"{secs:,.1f}"),
        row("  of which parsing, %", lambda r: f"{100 * r['parse_s'] / max(1e-9, r['extract_s']):.0f}%"),
        row("messages/s (one core)", lambda r: f"{r['messages_per_s']:,.0f}", f"{docs / max(1e-9, secs):,.0f}"),
        row("sentences/s (one core)", lambda r: f"{r['sentences_per_s']:,.0f}", f"{sents / max(1e-9, secs):,.0f}"),
        row("ms per message", lambda r: f"{1000 / max(1e-9, r['messages_per_s']):.2f}"),
        row("CPU / wall in the timed part", lambda r: f"{r['cpu_s'] / max(1e-9, r['extract_s']):.2f}"),
        row("messages per CPU second", lambda r: f"{r['documents'] / max(1e-9, r['cpu_s']):,.0f}",
            f"{docs / max(1e-9, sum(per[lang]['cpu_s'] for lang in langs)):,.0f}"),
        row("mentions per message", lambda r: f"{r['mentions_per_message']:.2f}", f"{mentions / max(1, docs):.2f}"),
    ]
    for kind in [k for k in KINDS if k in kinds] + sorted(k for k in kinds if k not in KINDS):
        rows.append(row(f"  {kind}", lambda r, k=kind: f"{r['mentions_per_message_by_kind'].get(k, 0):.2f}",
                        f"{kinds[kind] / max(1, docs):.2f}"))
    rows += [
        row("  denials (stance denies), per message",
            lambda r: f"{r['stances'].get('denies', 0) / r['documents']:.2f}"),
        row("  hedged, per message", lambda r: f"{r['hedged_mentions'] / r['documents']:.2f}"),
        row("  with quantities, per message", lambda r: f"{r['mentions_with_quantities'] / r['documents']:.2f}"),
        row("most mentions in one message", lambda r: f"{r['max_mentions_in_a_message']}"),
        row("RSS after models / warm-up, MB",
            lambda r: f"{r['rss_after_load_mb']:.0f} / {r['rss_after_warmup_mb']:.0f}"),
        row("RSS at the end, MB", lambda r: f"{r['rss_end_mb']:.0f}"),
        row("peak RSS, MB", lambda r: f"{r['peak_rss_mb']:.0f}"),
        row("extraction failures (documents)", lambda r: f"{len(r['failures'])} ({r['failed_documents']})"),
    ]
    return table(rows, ["one core, batches of 500", *langs, "all"])


def path_table(runs: list[dict], title: str) -> str:
    rows = [
        ["wall time, s", *(f"{r['stats']['wall_s']:,.1f}" for r in runs)],
        ["messages/s", *(f"{r['messages_per_s']:,.0f}" for r in runs)],
        ["documents/s", *(f"{r['documents_per_s']:,.0f}" for r in runs)],
        ["documents stored", *(f"{r['summary']['new']:,}" for r in runs)],
        ["mentions", *(f"{r['summary'].get('mentions', 0):,}" for r in runs)],
        ["CPU user + sys, s (CPU %)", *(f"{r['stats'].get('user_s', 0) + r['stats'].get('sys_s', 0):,.0f} "
                                        f"({r['stats'].get('cpu_percent', 0)}%)" for r in runs)],
        ["peak RSS, largest process, MB", *(f"{r['stats'].get('peak_rss_mb', 0):,.0f}" for r in runs)],
        ["peak RSS, all processes, MB", *(f"{r['stats'].get('tree_peak_rss_mb', 0):,.0f}" for r in runs)],
        ["  at 25% / 50% / 90% of the run", *(f"{r['stats'].get('rss_at_25pct_mb', 0):,.0f} / "
                                              f"{r['stats'].get('rss_at_50pct_mb', 0):,.0f} / "
                                              f"{r['stats'].get('rss_at_90pct_mb', 0):,.0f}" for r in runs)],
        ["exit status, failed inputs", *(f"{r['rc']}, {len(r['summary'].get('failed', []))}" for r in runs)],
    ]
    return table(rows, [title, *(r["name"] for r in runs)])


def profile_text(prof: dict) -> str:
    lines = []
    for what, p in prof.items():
        if "error" in p:
            lines.append(f"{what}: py-spy failed: {p['error'][:300]}")
            continue
        lines.append(f"{what}: {p['samples']:,} samples")
        lines.append("  stages:    " + "; ".join(f"{k.strip()} {v}%" for k, v in p.get("stages", [])))
        lines.append("  inclusive: " + "; ".join(f"{k} {v}%" for k, v in p["inclusive"][:12]))
        lines.append("  self:      " + "; ".join(f"{k} {v}%" for k, v in p["self"][:12]))
    return "\n".join(lines)


def report(result: dict) -> None:
    """Print the tables of a result."""
    print()
    e = result["export"]
    m = result["machine"]
    print(f"export: {e['messages']:,} messages ({e['text_messages']:,} text, {e['media_only']:,} media-only, "
          f"{e['service']:,} service), {e['file_mb']:.1f} MB; {m['cpus']} CPUs, Python {m['python']}, "
          f"code {result.get('code')}, load average {m['loadavg_start'][0]:.2f} at the start, "
          f"{m.get('loadavg_end', [float('nan')])[0]:.2f} at the end")
    if "prepare" in result:
        p = result["prepare"]
        print(f"read + prepare (in this process, not timed below): {p['documents']:,} documents, "
              f"{p['documents_per_s']:,.0f}/s; mean text {p['mean_chars_all']:.0f} characters")
    if "languages" in result:
        print()
        print(language_table(result["languages"]))
    if "whole_path" in result:
        print()
        print(path_table(result["whole_path"], f"ingest, {e['messages']:,} messages"))
        with_extraction = [r["messages_per_s"] for r in result["whole_path"] if r["name"] != "--no-extract"]
        if with_extraction:
            best = max(with_extraction)
            verdict = "met" if best >= TARGET else "NOT met"
            print(f"\ntarget {TARGET:,} messages/s for ingest with extraction: {verdict} ({best:,.0f} messages/s, "
                  f"{100 * best / TARGET:.0f}% of the target)")
    if "real_corpus" in result:
        runs = result["real_corpus"]["runs"]
        print()
        print(path_table(runs, f"ingest, real corpus, {runs[0]['messages']:,} posts"))
        if result["real_corpus"].get("languages"):
            p = result["real_corpus"]["prepare"]
            print(f"\nreal corpus by detected language: {p['by_language']}; mean text "
                  f"{p['mean_chars_all']:.0f} characters")
            print(language_table(result["real_corpus"]["languages"]))
    if "profile" in result:
        print()
        print(profile_text(result["profile"]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=114_000,
                    help="messages in the synthetic export, all kinds; ~88%% are text [114000: 100k+ texts]")
    ap.add_argument("--seed", type=int, default=1, help="generator seed [1]")
    ap.add_argument("--export", type=Path, default=None, help="use this export instead of generating one")
    ap.add_argument("--tz", default="Europe/Kyiv", help="--tz for the export's local dates [Europe/Kyiv]")
    ap.add_argument("--per-language", type=int, default=None,
                    help="extract at most this many documents per language in step 3 [all]")
    ap.add_argument("--batch-size", type=int, default=500, help="documents per Extractor.pipe call [500]")
    ap.add_argument("--cpu", type=int, default=0, help="the core the one-language runs are pinned to [0]")
    ap.add_argument("--skip-languages", action="store_true", help="skip step 3")
    ap.add_argument("--skip-cli", action="store_true", help="skip step 4 (the whole path on the export)")
    ap.add_argument("--runs", default=",".join(RUNS),
                    help=f"which claimledger ingest runs in steps 4 and 5, comma-separated [{','.join(RUNS)}]; "
                         "workers1-blas1 is --workers 1 with OPENBLAS/OMP/MKL_NUM_THREADS=1")
    ap.add_argument("--real-corpus", type=Path, default=REAL_CORPUS,
                    help=f"directory for step 5; skipped if missing [{REAL_CORPUS}]")
    ap.add_argument("--skip-real", action="store_true", help="skip step 5")
    ap.add_argument("--profile", action="store_true", help="also profile with py-spy (step 6)")
    ap.add_argument("--profile-documents", type=int, default=3000, help="documents per language profiled [3000]")
    ap.add_argument("--src", type=Path, default=None,
                    help="measure the claimledger package under this directory (e.g. a git archive snapshot of src/, "
                         "with the commit in src/COMMIT) instead of the installed one: it goes first on PYTHONPATH "
                         "for every process, so concurrent edits of the working tree do not change what is measured")
    ap.add_argument("--work-dir", type=Path, default=HERE / "out", help="where the temporary directory goes")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    ap.add_argument("--json-out", type=Path, default=None, help="also write the figures to this JSON file")
    ap.add_argument("--report", type=Path, default=None, metavar="JSON",
                    help="only print the tables of a result written by --json-out or --keep")
    # internal: one language in this process
    ap.add_argument("--one-language", choices=LANGS, help=argparse.SUPPRESS)
    ap.add_argument("--docs-file", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.runs = tuple(r.strip() for r in args.runs.split(",") if r.strip())
    if set(args.runs) - set(RUNS):
        ap.error(f"--runs: unknown {sorted(set(args.runs) - set(RUNS))}; choose from {', '.join(RUNS)}")

    if args.one_language:
        print(json.dumps(one_language(args.one_language, args.docs_file, args.per_language, args.cpu)))
        return 0
    if args.report:
        report(json.loads(args.report.read_text(encoding="utf-8")))
        return 0
    if args.src is not None:
        args.src = args.src.resolve()
        if not (args.src / "claimledger" / "__init__.py").exists():
            die(f"--src {args.src}: no claimledger package there")
        sys.path.insert(0, str(args.src))
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(args.src), os.environ.get("PYTHONPATH")) if p)

    cli = find_cli()
    if not Path("/usr/bin/time").exists():
        die("/usr/bin/time (GNU time) is needed for the peak RSS (apt-get install time)")
    args.work_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-extract-", dir=args.work_dir))
    env = bench_env(work)
    from claimledger.engine.pool import default_workers

    result: dict = {"date": datetime.now(UTC).strftime("%Y-%m-%d"),
                    "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                                "loadavg_start": os.getloadavg()},
                    "default_workers": default_workers(), "code": code_version(args.src),
                    "src": str(args.src) if args.src else None}
    problems: list[str] = []
    partial = work / "bench-result.partial.json"

    def save() -> None:  # after every step, so a crash later keeps what was measured
        partial.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    try:
        # 1. the export
        if args.export:
            export = args.export.resolve()
            sidecar = export.with_name(export.stem + ".counts.json")
            counts = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
        else:
            export = work / "result.json"
            gen = [sys.executable, str(HERE / "gen_telegram.py"), "--messages", str(args.messages), "--languages",
                   "even", "--content", "rich", "--seed", str(args.seed), "--tz", args.tz, "--out", str(export)]
            print(f"generating {args.messages:,} messages (rich, a third each en/ru/uk, seed {args.seed}) ...",
                  flush=True)
            proc = subprocess.run(gen, env=env, capture_output=True, text=True)
            if proc.returncode != 0:
                die(f"the generator failed:\n{proc.stderr[-3000:]}")
            print("  " + proc.stdout.splitlines()[0], flush=True)
            counts = json.loads((work / "result.counts.json").read_text(encoding="utf-8"))
        messages = counts.get("messages")
        result["export"] = {"file_mb": export.stat().st_size / MB, "messages": messages,
                            "text_messages": counts.get("text_messages"), "media_only": counts.get("media_only"),
                            "service": counts.get("service"), "seed": counts.get("seed"),
                            "languages": counts.get("languages"), "content": counts.get("content"),
                            "written_by_language": {lang: counts.get("features", {}).get(f"lang_{lang}")
                                                    for lang in LANGS}}

        # 2. documents, once
        docs_files = {lang: work / f"docs-{lang}.pickle" for lang in LANGS}
        if not args.skip_languages or args.profile:
            print("reading and preparing the documents ...", flush=True)
            prep = prepare_corpus(export, args.tz, work, args.batch_size)
            result["prepare"] = prep
            print(f"  {prep['documents']:,} documents in {prep['seconds']:.1f} s ({prep['documents_per_s']:,.0f}/s); "
                  f"by detected language {prep['by_language']} (written: "
                  f"{result['export']['written_by_language']}); mean {prep['mean_chars_all']:.0f} characters",
                  flush=True)

        # 3. per language, one core
        if not args.skip_languages:
            per: dict[str, dict] = {}
            for lang in LANGS:
                print(f"extracting {lang} on core {args.cpu} ...", flush=True)
                r = run_language(lang, docs_files[lang], args.per_language, env, args.cpu)
                per[lang] = r
                print(f"  {r['documents']:,} messages, {r['sentences']:,} sentences in {r['extract_s']:.1f} s: "
                      f"{r['messages_per_s']:,.0f} messages/s, {r['sentences_per_s']:,.0f} sentences/s; "
                      f"{r['mentions_per_message']:.2f} mentions/message; peak RSS {r['peak_rss_mb']:.0f} MB",
                      flush=True)
                if r["failures"]:
                    problems.append(f"{lang}: {len(r['failures'])} failing batch(es), {r['failed_documents']} "
                                    f"failing document(s); first: {r['failures'][0]}")
                if r["absurd"]:
                    problems.append(f"{lang}: messages with more than 3 mentions a sentence: {r['absurd']}")
            result["languages"] = per
            save()

        # 4. the whole path
        if not args.skip_cli:
            print("whole path on the synthetic export ...", flush=True)
            result["whole_path"] = whole_path_runs(cli, [export], messages, work, env, args.tz, "synthetic",
                                                   default_workers(), args.runs)
            save()
        # 5. the real corpus
        if not args.skip_real and args.real_corpus.is_dir():
            print(f"whole path on {args.real_corpus} ...", flush=True)
            result["real_corpus"] = {"path": str(args.real_corpus),
                                     "runs": whole_path_runs(cli, [args.real_corpus], 0, work, env, None, "real",
                                                             default_workers(), args.runs)}
            if not args.skip_languages:
                print(f"extraction on one core, {args.real_corpus} ...", flush=True)
                prep = prepare_corpus(args.real_corpus, "UTC", work, args.batch_size, "real")
                result["real_corpus"]["prepare"] = prep
                result["real_corpus"]["languages"] = {
                    lang: run_language(lang, work / f"real-{lang}.pickle", None, env, args.cpu)
                    for lang in LANGS if prep["by_language"].get(lang, 0) >= 500}
            save()
        for runs in (result.get("whole_path", []), result.get("real_corpus", {}).get("runs", [])):
            for r in runs:
                if r["rc"] != 0 or r["summary"].get("failed"):
                    problems.append(f"{r['cmd']}: exit {r['rc']}, {len(r['summary'].get('failed', []))} failed; "
                                    f"first: {(r['summary'].get('failed') or [None])[0]}")
        # 6. profile
        if args.profile:
            print("profiling ...", flush=True)
            result["profile"] = profile(cli, docs_files, work, env, args.seed, args.profile_documents)
        result["machine"]["loadavg_end"] = os.getloadavg()

        report(result)
        result["problems"] = problems
        if problems:
            print("\nPROBLEMS")
            for problem in problems:
                print(f"  - {problem}")
        if args.json_out:
            args.json_out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        if args.keep:
            (work / "bench-result.json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n",
                                                    encoding="utf-8")
            print(f"kept: {work}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
