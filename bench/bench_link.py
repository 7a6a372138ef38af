#!/usr/bin/env python3
"""Linking benchmark: link N synthetic mentions, assess the groups, report time, memory and quality.

    python bench/bench_link.py [--sizes 100000,1000000] [--seed 1] [--batch 5000] [--json-out FILE]
                               [--profile] [--max-postings N]

For each size, a fresh Python process (so that peak RSS belongs to that size alone):

1. generates the mentions with ``gen_mentions.py`` (lazily, whole documents at a time);
2. computes their ``Item`` (``link.linker.item_of``: the signature and the period of the
   document's date) a batch at a time;
3. feeds each batch of ``--batch`` mentions to one ``Linker`` (``Linker.add``), as ingest would;
4. takes the groups (``Linker.groups``) and assesses every group of more than one mention
   (``assess.assess`` with a minimal ``model.Document`` per mention);
5. scores the groups against the planted stories, pairwise: precision, recall (all pairs,
   same-language pairs, cross-language pairs), precision when two stories that say the same
   event about the same object at the same place count as one ("twin" stories: the words
   cannot tell them apart), and how many denials share a group with their story.

Own-voice mentions with a checkworthiness under 0.5 are left out, as the ledger does
(``link.ledger.linkable``; the generator writes none). Phases are timed apart; peak RSS is the child's
``VmHWM`` after linking and at the end (``getrusage`` agrees). ``--profile`` runs the child
under cProfile and prints the top functions; ``--max-postings`` overrides
``linker.MAX_POSTINGS`` in the child, for experiments.

Exit status 0 when every size ran and the largest size cost at most 12 times the smallest
in time and in peak memory (the issue's bound for 100k -> 1M), 1 when it did not, 2 when the
benchmark could not run. See bench/README.md, section "Linking".
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import subprocess
import sys
import time
from array import array
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
BOUND = 12.0


def rss_mb(field: str = "VmHWM") -> float:
    """``VmHWM`` (peak) or ``VmRSS`` (now) of this process, in MB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pairs(n: int) -> int:
    return n * (n - 1) // 2


def code_version(src: Path) -> dict:
    """Which code was measured: ``git describe`` of the tree (``-dirty``: local changes) and
    a hash of the files linking depends on, which tells two dirty trees apart."""
    digest = hashlib.sha256()
    files = sorted([*(src / "claimledger" / "link").rglob("*.py"), *(src / "claimledger" / "link").rglob("*.t*"),
                    src / "claimledger" / "assess.py", src / "claimledger" / "model.py"])
    for path in files:
        if path.is_file():
            digest.update(path.relative_to(src).as_posix().encode() + b"\0" + path.read_bytes())
    if (src / "COMMIT").exists():  # a snapshot: write `git describe --dirty` there when taking it
        described = (src / "COMMIT").read_text().strip() + " (snapshot)"
    else:
        try:
            described = subprocess.run(["git", "-C", str(src), "describe", "--always", "--dirty", "--abbrev=10"],
                                       capture_output=True, text=True, timeout=20).stdout.strip() or None
        except (OSError, subprocess.SubprocessError):
            described = None
    return {"git": described, "link_code_sha256": digest.hexdigest()[:16], "src": str(src)}


def child(n: int, seed: int, batch_size: int, max_postings: int | None) -> dict:
    from gen_mentions import iter_documents

    import claimledger.link.linker as linker_module
    from claimledger.assess import Member, assess
    from claimledger.link.linker import Linker, item_of

    if max_postings is not None:
        linker_module.MAX_POSTINGS = max_postings
    started = time.perf_counter()
    cpu_started = time.process_time()
    t_gen = t_sig = t_link = 0.0
    linker = Linker()
    mentions = {}
    documents = {}
    story_of = array("q")  # planted story of each linked mention, in linking order
    key_of = array("q")  # its twin class: (event, object, place) as a number
    lang_of = bytearray()
    denies = bytearray()
    keys: dict[tuple, int] = {}
    langs = {"en": 0, "ru": 1, "uk": 2}
    docs = iter_documents(n, seed)
    produced = 0
    next_report = 100_000
    while produced < n:
        t0 = time.perf_counter()
        batch = []
        for synth in docs:
            documents[synth.document.id] = synth.document
            for mention, story in zip(synth.mentions, synth.stories, strict=True):
                if mention.source_kind == "author" and (mention.checkworthiness or 0) < 0.5:
                    continue
                batch.append(mention)
                story_of.append(story.id)
                key_of.append(keys.setdefault(story.key, len(keys)))
                lang_of.append(langs[mention.language])
                denies.append(mention.stance == "denies")
            produced += len(synth.mentions)
            if len(batch) >= batch_size or produced >= n:
                break
        t1 = time.perf_counter()
        items = [item_of(m, document=documents[m.document_id]) for m in batch]
        t2 = time.perf_counter()
        linker.add(items)
        t3 = time.perf_counter()
        for m in batch:
            mentions[m.id] = m
        t_gen += t1 - t0
        t_sig += t2 - t1
        t_link += t3 - t2
        if produced >= next_report:
            next_report += 100_000
            print(f"  [{n:,}] {produced:,} mentions, {time.perf_counter() - started:.0f} s, "
                  f"link {t_link:.0f} s, RSS {rss_mb('VmRSS'):.0f} MB", file=sys.stderr, flush=True)
        if not batch:
            break
    t0 = time.perf_counter()
    groups = linker.groups()
    t_groups = time.perf_counter() - t0
    peak_link = rss_mb()
    rss_link = rss_mb("VmRSS")

    t0 = time.perf_counter()
    statuses: Counter[str] = Counter()
    assessed = 0
    for ids in groups.values():
        if len(ids) < 2:
            statuses["single-source (singleton)"] += 1
            continue
        members = [Member(mentions[i], documents[mentions[i].document_id], linker.items[i].signature.polarity)
                   for i in ids]
        statuses[assess(members).status] += 1
        assessed += len(ids)
    t_assess = time.perf_counter() - t0
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu_started

    # quality against the planted stories, pairwise, exactly (counts, not pairs)
    index = {mid: k for k, mid in enumerate(mentions)}  # linking order, as story_of (not linker.items': it sorts)
    group_of = array("q", [0]) * len(index)
    sizes = []
    for g, ids in enumerate(groups.values()):
        sizes.append(len(ids))
        for mid in ids:
            group_of[index[mid]] = g
    gs: Counter[tuple[int, int]] = Counter()
    gsl: Counter[tuple[int, int, int]] = Counter()
    gk: Counter[tuple[int, int]] = Counter()
    story_size: Counter[int] = Counter()
    story_lang: Counter[tuple[int, int]] = Counter()
    for k in range(len(index)):
        g, s, lang = group_of[k], story_of[k], lang_of[k]
        gs[g, s] += 1
        gsl[g, s, lang] += 1
        gk[g, key_of[k]] += 1
        story_size[s] += 1
        story_lang[s, lang] += 1
    predicted = sum(pairs(x) for x in sizes)
    true = sum(pairs(x) for x in story_size.values())
    true_same = sum(pairs(x) for x in story_lang.values())
    tp = sum(pairs(x) for x in gs.values())
    tp_same = sum(pairs(x) for x in gsl.values())
    twins = sum(pairs(x) for x in gk.values())
    # B-cubed: for each mention, the share of its group that is its story (precision) and
    # the share of its story that is in its group (recall); less ruled by the largest group
    b3_precision = sum(x * x / sizes[g] for (g, _s), x in gs.items()) / max(1, len(index))
    b3_recall = sum(x * x / story_size[s] for (_g, s), x in gs.items()) / max(1, len(index))
    denial_total = denial_joined = 0
    for k in range(len(index)):
        if denies[k] and story_size[story_of[k]] > 1:
            denial_total += 1
            denial_joined += gs[group_of[k], story_of[k]] > 1

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    largest = max(sizes) if sizes else 0
    hist = Counter(("1" if x == 1 else "2-5" if x <= 5 else "6-20" if x <= 20 else "21-100" if x <= 100
                    else "101-1000" if x <= 1000 else "1001+") for x in sizes)
    postings = sorted((len(v) for v in linker.postings.values()), reverse=True)
    top_keys = sorted(((len(v), str(k)) for k, v in linker.postings.items()), reverse=True)[:8]
    import claimledger

    return {
        "imported_from": str(Path(claimledger.__file__).parent),
        "mentions": n,
        "linked": len(index),
        "documents": len(documents),
        "stories": len(story_size),
        "seconds": {"generate": round(t_gen, 2), "signature": round(t_sig, 2), "link": round(t_link + t_groups, 2),
                    "groups": round(t_groups, 2), "assess": round(t_assess, 2), "total": round(total, 2),
                    "cpu": round(cpu, 2)},
        "mentions_per_s": round(n / total, 1),
        "link_mentions_per_s": round(n / (t_sig + t_link + t_groups), 1),
        "peak_rss_mb": {"after_link": round(peak_link, 1), "total": round(rss_mb(), 1),
                        "rss_after_link": round(rss_link, 1)},
        "groups": len(groups),
        "multi_groups": sum(1 for x in sizes if x > 1),
        "assessed_mentions": assessed,
        "largest_group": largest,
        "largest_share": round(largest / max(1, len(index)), 4),
        "group_sizes": dict(sorted(hist.items(), key=lambda kv: ["1", "2-5", "6-20", "21-100", "101-1000",
                                                                 "1001+"].index(kv[0]))),
        "statuses": dict(statuses),
        "planted_story_sizes_max": max(story_size.values()),
        "quality": {
            "precision": ratio(tp, predicted), "recall": ratio(tp, true),
            "recall_same_language": ratio(tp_same, true_same),
            "recall_cross_language": ratio(tp - tp_same, true - true_same),
            "precision_twins_as_one": ratio(twins, predicted),
            "bcubed_precision": round(b3_precision, 4), "bcubed_recall": round(b3_recall, 4),
            "denials_joined": ratio(denial_joined, denial_total),
            "pairs_predicted": predicted, "pairs_true": true, "pairs_correct": tp,
        },
        "predicate_keys": len(postings),
        "postings_top": postings[:8],
        "postings_top_keys": [f"{k} ({n:,})" for n, k in top_keys],
        "postings_mean": round(sum(postings) / max(1, len(postings)), 1),
        "keys_over_max_postings": sum(1 for x in postings if x > linker_module.MAX_POSTINGS),
        "max_postings": linker_module.MAX_POSTINGS,
    }


def run_child(n: int, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(n), "--seed", str(args.seed),
           "--batch", str(args.batch), "--src", str(args.src)]
    if args.max_postings is not None:
        cmd += ["--max-postings", str(args.max_postings)]
    if args.profile:
        cmd.append("--profile")
    env = dict(os.environ, PYTHONHASHSEED="0")
    started = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, env=env)
    if proc.returncode != 0:
        print(f"bench: the {n:,} run failed (exit {proc.returncode})", file=sys.stderr)
        sys.exit(2)
    lines = proc.stdout.strip().splitlines()
    result = json.loads(lines[-1])
    if len(lines) > 1:
        print("\n".join(lines[:-1]))
    result["wall_s"] = round(time.perf_counter() - started, 2)
    return result


def table(results: list[dict]) -> str:
    rows = [
        ("mentions", lambda r: f"{r['mentions']:,}"),
        ("documents", lambda r: f"{r['documents']:,}"),
        ("generate (s)", lambda r: f"{r['seconds']['generate']:.1f}"),
        ("signatures: item_of (s)", lambda r: f"{r['seconds']['signature']:.1f}"),
        ("linking: Linker.add + groups (s)", lambda r: f"{r['seconds']['link']:.1f}"),
        ("assessment (s)", lambda r: f"{r['seconds']['assess']:.1f}"),
        ("total (s)", lambda r: f"{r['seconds']['total']:.1f}"),
        ("total CPU (s)", lambda r: f"{r['seconds']['cpu']:.1f}"),
        ("mentions/s (total)", lambda r: f"{r['mentions_per_s']:,.0f}"),
        ("mentions/s (signature + link)", lambda r: f"{r['link_mentions_per_s']:,.0f}"),
        ("peak RSS after linking (MB)", lambda r: f"{r['peak_rss_mb']['after_link']:,.0f}"),
        ("peak RSS (MB)", lambda r: f"{r['peak_rss_mb']['total']:,.0f}"),
        ("groups", lambda r: f"{r['groups']:,}"),
        ("groups of 2+", lambda r: f"{r['multi_groups']:,}"),
        ("largest group", lambda r: f"{r['largest_group']:,} ({r['largest_share']:.0%})"),
        ("largest planted story", lambda r: f"{r['planted_story_sizes_max']:,}"),
        ("pairwise precision", lambda r: _pct(r["quality"]["precision"])),
        ("pairwise recall", lambda r: _pct(r["quality"]["recall"])),
        ("recall, same language", lambda r: _pct(r["quality"]["recall_same_language"])),
        ("recall, across languages", lambda r: _pct(r["quality"]["recall_cross_language"])),
        ("precision, twin stories as one", lambda r: _pct(r["quality"]["precision_twins_as_one"])),
        ("B-cubed precision / recall", lambda r: f"{_pct(r['quality'].get('bcubed_precision'))} / "
                                                 f"{_pct(r['quality'].get('bcubed_recall'))}"),
        ("denials in their story's group", lambda r: _pct(r["quality"]["denials_joined"])),
        ("predicate keys over MAX_POSTINGS", lambda r: f"{r['keys_over_max_postings']} of {r['predicate_keys']}"),
    ]
    width = max(len(name) for name, _ in rows)
    out = [f"| {'':<{width}} | " + " | ".join(f"{r['mentions']:>12,}" for r in results) + " |",
           f"|{'-' * (width + 2)}|" + "|".join("-" * 14 for _ in results) + "|"]
    for name, get in rows:
        out.append(f"| {name:<{width}} | " + " | ".join(f"{get(r):>12}" for r in results) + " |")
    return "\n".join(out)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.1%}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated mention counts")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=5000, help="mentions per Linker.add call")
    parser.add_argument("--json-out", type=Path, help="write the figures here as JSON")
    parser.add_argument("--profile", action="store_true", help="cProfile each run; print the top functions")
    parser.add_argument("--max-postings", type=int, help="override linker.MAX_POSTINGS (experiments)")
    parser.add_argument("--src", type=Path, default=SRC,
                        help="import claimledger from here (a snapshot of src/, when others edit the tree)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.src = args.src.resolve()
    # claimledger from --src, also for the generator (which imports its model)
    sys.path[:0] = [str(args.src), str(HERE)]

    if args.child is not None:
        if args.profile:
            import cProfile
            import io
            import pstats

            profiler = cProfile.Profile()
            result = profiler.runcall(child, args.child, args.seed, args.batch, args.max_postings)
            for order in ("tottime", "cumulative"):
                text = io.StringIO()
                pstats.Stats(profiler, stream=text).sort_stats(order).print_stats(18)
                print(f"--- profile of {args.child:,} mentions, by {order} ---")
                print("\n".join(line for line in text.getvalue().splitlines()[6:] if line.strip()))
        else:
            result = child(args.child, args.seed, args.batch, args.max_postings)
        print(json.dumps(result))
        return 0

    sizes = sorted(int(s.replace("_", "")) for s in args.sizes.split(","))
    results = []
    for n in sizes:
        print(f"linking {n:,} synthetic mentions (seed {args.seed}) ...", file=sys.stderr, flush=True)
        results.append(run_child(n, args))
        print(json.dumps(results[-1], indent=1), file=sys.stderr)
    print(table(results))
    ok = True
    version = code_version(args.src)
    print(f"code: {version['git']} (link code {version['link_code_sha256']}, from {version['src']})")
    summary: dict = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "machine": machine(),
                     "code": version, "seed": args.seed, "batch": args.batch, "results": results}
    if len(results) > 1:
        small, large = results[0], results[-1]
        scale = large["mentions"] / small["mentions"]
        time_ratio = large["seconds"]["total"] / small["seconds"]["total"]
        link_ratio = ((large["seconds"]["signature"] + large["seconds"]["link"])
                      / (small["seconds"]["signature"] + small["seconds"]["link"]))
        mem_ratio = large["peak_rss_mb"]["total"] / small["peak_rss_mb"]["total"]
        bound = BOUND * scale / 10
        summary["ratios"] = {"size": scale, "time_total": round(time_ratio, 2), "time_signature_link": round(
            link_ratio, 2), "peak_rss": round(mem_ratio, 2), "bound": bound}
        print(f"\n{large['mentions']:,} / {small['mentions']:,}: time x{time_ratio:.1f} (signature + linking "
              f"x{link_ratio:.1f}), peak RSS x{mem_ratio:.1f}; bound x{bound:g}")
        ok = time_ratio <= bound and mem_ratio <= bound
        if not ok:
            print("bench: the larger run costs more than the bound allows", file=sys.stderr)
    if args.json_out:
        args.json_out.write_text(json.dumps(summary, indent=1) + "\n")
    return 0 if ok else 1


def machine() -> str:
    from bench_ingest import machine as described  # bench/ is on sys.path (main)

    m = described()
    return f"{m['cpu']}, {m['cpus']} cores, {m['memory_gib']:.0f} GB RAM, Python {m['python']}, {platform.system()}"


if __name__ == "__main__":
    sys.exit(main())
