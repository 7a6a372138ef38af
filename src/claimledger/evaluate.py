"""Score claimledger against an annotated gold set: ``claimledger eval GOLD.json``.

``run(gold_path)`` ingests the gold set's documents (with claim extraction and linking)
into a temporary ledger, exports the claims as JSON Lines, and scores the export with
``score()``; ``leaks()`` looks for the gold's ``must_redact`` strings in the export, a dump
of the ledger and (in the CLI) everything printed. The gold format and the export
contract are in ``shared/eval/README.md``.

``score`` and ``leaks`` are the project's scorer (``shared/eval/score.py``) as library
functions: the same measures with the same semantics, standard library only. Change
both or neither.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claimledger.errors import ConfigError, InputError
from claimledger.model import IngestReport

STOP = {
    "the", "a", "an", "of", "in", "at", "on", "to", "that", "and", "or", "for", "by", "with", "from",
    "was", "were", "had", "has", "have", "been", "be", "is", "are", "it", "its", "this", "these",
    "в", "на", "и", "что", "по", "с", "у", "о", "за", "від", "з", "що", "та", "це",
}
NEGATIONS = {"no", "not", "never", "не", "нет", "ни", "ні", "нема", "немає"}
PRONOUNS = {
    "he", "she", "it", "they", "we", "i", "you", "who", "him", "her", "them", "his", "their",
    "он", "она", "оно", "они", "я", "мы", "вы", "его", "её", "ее", "их", "ему", "ей",
    "він", "вона", "воно", "вони", "ми", "його", "її", "їх", "йому",
}
# words that alone do not identify a source: sharing only these is not the same source
GENERIC = {w[:4] for w in (  # noqa: SIM905 - written as the scorer writes it, so the two compare line by line
    "official officials source sources ministry government military russian ukrainian regional local "
    "state head spokesman spokeswoman spokesperson press office service department agency authorities "
    "people users residents analysts experts insiders report reports media outlet outlets channel "
    "министерство источник источники власти официальные пользователи жители "
    "міністерство джерело джерела влада користувачі мешканці").split()}
ANON = {"anonymous", "crowd"}


# -- the scorer ------------------------------------------------------------------------


def norm_tokens(text: str | None, prefix: int = 5, min_len: int = 3) -> list[str]:
    text = unicodedata.normalize("NFKC", text or "").lower().replace("ё", "е")
    words = re.findall(r"\w+", text)
    return [w[:prefix] for w in words
            if w in NEGATIONS or (w not in STOP and (len(w) >= min_len or w.isdigit()))]


def is_pronoun(name: str | None) -> bool:
    words = re.findall(r"\w+", (name or "").lower())
    return bool(words) and all(w in PRONOUNS for w in words)


def source_match(gold: dict, pred: dict) -> bool:
    """Same source: a shared identifying word covering half the shorter name, or, for names
    made only of generic words, half of all their words. A pronoun in the gold matches any
    source (a system that resolves "she" to the speaker's name is right)."""
    psrc = pred.get("source") or {}
    if is_pronoun(gold.get("source")):
        return True
    g = set(norm_tokens(gold.get("source", ""), 4, 2))
    p = set(norm_tokens(psrc.get("name") or "", 4, 2))
    shared = g & p
    if g and p and shared:
        if shared - GENERIC and len(shared) / min(len(g), len(p)) >= 0.5:
            return True
        if len(shared) / len(g | p) >= 0.5:
            return True
    return gold.get("kind") in ANON and psrc.get("kind") in ANON and (bool(shared) or not p)


def content_overlap(gold_content: str, pred_content: str) -> tuple[float, float]:
    """(recall of the gold content's words in the prediction, precision of the prediction's words)."""
    g, p = norm_tokens(gold_content), norm_tokens(pred_content)
    if not g or not p:
        return 0.0, 0.0
    left = Counter(p)
    hit = 0
    for t in g:
        if left[t] > 0:
            left[t] -= 1
            hit += 1
    return hit / len(g), hit / len(p)


def doc_key(d: dict) -> str:
    """Gold documents and exported claims meet on the input file's name plus the Telegram message id."""
    return Path(d.get("path") or "").name


def load_claims(path: str | Path) -> list[dict]:
    claims = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                claims.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(str(path), f"not JSON: {exc.msg}", f"line {n}") from None
    return claims


def _match(gold: dict, preds: list[dict]) -> tuple[dict[str, dict], set[int]]:
    """Gold claim id -> the prediction it matched, and the ids (``id()``) of matched predictions."""
    docs = {d["id"]: d for d in gold["documents"]}
    by_doc = defaultdict(list)
    for p in preds:
        d = p.get("document") or {}
        by_doc[(doc_key(d), d.get("message_id"))].append(p)
        by_doc[(doc_key(d), None)].append(p)

    # candidate pairs: same document (and message), same source, the prediction covers 60% of
    # the gold content's words and at least 30% of its own words are in the gold content;
    # then one-to-one, best pairs first. Own-voice ("author") predictions are not attributions.
    pairs = []
    for g in gold["claims"]:
        key = (Path(docs[g["doc"]]["path"]).name, g.get("message_id"))
        for p in by_doc.get(key, []):
            if (p.get("source") or {}).get("kind") == "author" or not source_match(g, p):
                continue
            r, prec = content_overlap(g["content"], p.get("content", ""))
            if r >= 0.6 and prec >= 0.3:
                pairs.append((r + prec, g["id"], id(p), p))
    pairs.sort(key=lambda x: -x[0])
    matches: dict[str, dict] = {}
    used: set[int] = set()
    for _, gid, pid, p in pairs:
        if gid not in matches and pid not in used:
            matches[gid] = p
            used.add(pid)
    return matches, used


def _attributed(gold: dict, preds: list[dict]) -> list[dict]:
    """The predictions that count: attributions (not own voice) in the gold's documents."""
    gold_docs = {Path(d["path"]).name for d in gold["documents"]}
    return [p for p in preds
            if (p.get("source") or {}).get("kind") != "author"
            and doc_key(p.get("document") or {}) in gold_docs]


def score(gold: dict, preds: list[dict]) -> dict:
    """Every measure of the scorer, as a dict (the scorer's ``--json`` output without leaks)."""
    docs = {d["id"]: d for d in gold["documents"]}
    matches, used = _match(gold, preds)

    required = [g for g in gold["claims"] if not g.get("optional")]
    found = [g for g in required if g["id"] in matches]
    attributed = _attributed(gold, preds)
    # a prediction counts as correct when it matched any gold claim, optional ones included
    matched_any = [p for p in attributed if id(p) in used]
    recall = len(found) / len(required) if required else 0.0
    precision = len(matched_any) / len(attributed) if attributed else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    kind_gold = [g for g in found if g.get("kind") not in (None, "unknown")]
    kind_ok = sum(1 for g in kind_gold if (matches[g["id"]].get("source") or {}).get("kind") == g["kind"])
    hedge_gold = [g for g in found if "hedged" in g]
    hedge_ok = sum(1 for g in hedge_gold if bool(matches[g["id"]].get("hedges")) == g["hedged"])
    stance_gold = [g for g in found if g.get("stance")]
    stance_ok = sum(1 for g in stance_gold
                    if (matches[g["id"]].get("stance") or "supports") == g["stance"])

    # pairwise grouping over matched claims, monolingual and cross-lingual apart
    grouped = [g for g in gold["claims"] if g["id"] in matches and g.get("group")]
    pair: dict[str, Counter] = {"mono": Counter(), "cross": Counter()}
    for i, a in enumerate(grouped):
        for b in grouped[i + 1:]:
            la, lb = docs[a["doc"]].get("language"), docs[b["doc"]].get("language")
            kind = "mono" if la == lb else "cross"
            same_gold = a["group"] == b["group"]
            ga, gb = matches[a["id"]].get("group_id"), matches[b["id"]].get("group_id")
            same_pred = ga is not None and ga == gb
            if same_gold and same_pred:
                pair[kind]["tp"] += 1
            elif same_pred:
                pair[kind]["fp"] += 1
            elif same_gold:
                pair[kind]["fn"] += 1

    def prf(c: Counter) -> dict:
        if not (c["tp"] or c["fp"] or c["fn"]):
            return {"precision": None, "recall": None, "f1": None}  # nothing grouped in this set
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3),
                "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, **c}

    status_total = status_ok = 0
    for grp in gold["groups"]:
        members = [g for g in gold["claims"] if g.get("group") == grp["id"] and g["id"] in matches
                   and not g.get("crosslingual")]
        if not members:
            status_total += 1
            continue
        votes = Counter(matches[g["id"]].get("status") for g in members)
        status_total += 1
        status_ok += votes.most_common(1)[0][0] == grp["status"]

    def ratio(ok: int, items: list) -> float | None:
        if not items:
            return None  # not annotated in this set
        return round(ok / len(items), 3)

    return {
        "attribution": {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                        "found": len(found), "required": len(required), "predicted": len(attributed)},
        "source_kind_accuracy": ratio(kind_ok, kind_gold),
        "hedge_accuracy": ratio(hedge_ok, hedge_gold),
        "stance_accuracy": ratio(stance_ok, stance_gold),
        "grouping_monolingual": prf(pair["mono"]),
        "grouping_crosslingual": prf(pair["cross"]),
        "status_accuracy": round(status_ok / status_total, 3) if status_total else None,
        "missed": [g["id"] for g in required if g["id"] not in matches],
    }


def misses(gold: dict, preds: list[dict]) -> tuple[list[dict], list[dict]]:
    """(required gold claims no prediction matched, counted predictions that matched no gold
    claim): the false negatives and false positives behind ``score``'s recall and precision."""
    matches, used = _match(gold, preds)
    missed = [g for g in gold["claims"] if not g.get("optional") and g["id"] not in matches]
    unmatched = [p for p in _attributed(gold, preds) if id(p) not in used]
    return missed, unmatched


def leaked(strings: Iterable[str], data: str) -> list[str]:
    """The ``strings`` found in ``data``, as written or JSON-escaped, across line breaks."""
    flat = re.sub(r"\s+", " ", data)
    found = []
    for s in strings:
        variants = {s, json.dumps(s, ensure_ascii=False)[1:-1], json.dumps(s)[1:-1]}
        if any(v in data or v in flat for v in variants):
            found.append(s)
    return found


def withhold(lines: list[str], secrets: list[str], whole: bool = False) -> tuple[list[str], list[str]]:
    """Lines safe to print, and the secrets found in them: a line holding one is replaced
    (every line when ``whole``, or when a secret spans lines)."""
    found = leaked(secrets, "\n".join(lines))
    if not found:
        return lines, []
    safe = ["(withheld: holds a must_redact string)" if leaked(found, line) else line for line in lines]
    if whole or leaked(found, "\n".join(safe)):
        safe = ["(output withheld: it holds a must_redact string)"]
    return safe, found


def leaks(gold: dict, files: Iterable[str | Path]) -> list[tuple[str, str]]:
    """(file, string) for each ``must_redact`` string found in each file."""
    found = []
    for f in files:
        data = Path(f).read_bytes().decode("utf-8", "replace")
        found += [(str(f), s) for s in leaked(gold.get("must_redact", []), data)]
    return found


# -- running the pipeline on a gold set --------------------------------------------------


@dataclass(slots=True)
class Evaluation:
    """The scores of one run, with what is behind them."""

    gold: dict
    result: dict  # score() plus "leaks": ["export: must_redact[2]", …]
    missed: list[dict]  # gold claims
    false_positives: list[dict]  # exported claims
    ingest: IngestReport
    ledger: str | None = None  # where the ledger was kept, if it was
    leaked: list[str] = field(default_factory=list)  # the strings themselves: never print these


def load_gold(path: str | Path) -> dict:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"not a gold file ({type(exc).__name__})") from None
    if not isinstance(gold, dict) or not all(k in gold for k in ("documents", "claims", "groups")):
        raise InputError(str(path), "not a gold file: expected documents, claims and groups")
    return gold


def leak_labels(gold: dict, where: str, strings: Iterable[str]) -> list[str]:
    """Name a leak by its place in ``must_redact``: printing the string would leak it again."""
    index = {s: i for i, s in enumerate(gold.get("must_redact", []))}
    return [f"{where}: must_redact[{index[s]}]" for s in strings]


def run(gold_path: str | Path, extractor=None, keep_db: str | Path | None = None,
        key: bytes | None = None) -> Evaluation:
    """Ingest the gold set's documents with ``extractor`` (default: claimledger's own),
    linking them as ingest does, export, and score. The ledger is temporary unless ``keep_db`` names a new file."""
    from claimledger.engine.local import ingest, load_extractor
    from claimledger.report import jsonl
    from claimledger.store.sqlite import SQLiteStore

    gold_path = Path(gold_path)
    gold = load_gold(gold_path)
    paths = [gold_path.parent / d["path"] for d in gold["documents"]]
    if keep_db is not None and Path(keep_db).exists():
        raise ConfigError(f"{keep_db}: already exists; --keep-db wants a new file")
    extractor = extractor if extractor is not None else load_extractor()
    with tempfile.TemporaryDirectory(prefix="claimledger-eval-") as tmp:
        db = Path(keep_db) if keep_db is not None else Path(tmp) / "ledger.db"
        store = SQLiteStore(str(db))
        try:
            report = ingest(paths, store, key=key, extractor=extractor)
            export = Path(tmp) / "claims.jsonl"
            with open(export, "wb") as out:
                jsonl.write(store, out)
        finally:
            store.close()
        dump = Path(tmp) / "ledger.sql"
        _dump(db, dump)
        preds = load_claims(export)
        result = score(gold, preds)
        found = leaks(gold, [export, dump])
        labels = {str(export): "export", str(dump): "ledger"}
        result["leaks"] = [label for f, s in found for label in leak_labels(gold, labels[f], [s])]
        missed, false_positives = misses(gold, preds)
    return Evaluation(gold=gold, result=result, missed=missed, false_positives=false_positives, ingest=report,
                      ledger=str(keep_db) if keep_db is not None else None, leaked=[s for _, s in found])


def _dump(db: Path, out: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        with open(out, "w", encoding="utf-8") as fh:
            for line in conn.iterdump():
                fh.write(line + "\n")
    finally:
        conn.close()


# -- the report a person reads ------------------------------------------------------------


def _fmt(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def _short(text: str | None, n: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _where(path: str | None, message_id) -> str:
    name = Path(path or "").name or "?"
    return f"{name} #{message_id}" if message_id is not None else name


def text_report(ev: Evaluation) -> list[str]:
    """The measure lines (as the scorer prints them), then one line per miss and per false
    positive. Leaks are added by the caller, which checks these lines for leaks first."""
    r = ev.result
    a = r["attribution"]
    docs = {d["id"]: d for d in ev.gold["documents"]}
    lines = [
        f"attribution  P {a['precision']:.3f}  R {a['recall']:.3f}  F1 {a['f1']:.3f}  "
        f"({a['found']}/{a['required']} found, {a['predicted']} predicted)",
        f"source kind {_fmt(r['source_kind_accuracy'])}  hedge {_fmt(r['hedge_accuracy'])}  "
        f"stance {_fmt(r['stance_accuracy'])}  status {_fmt(r['status_accuracy'])}",
    ]
    for k in ("grouping_monolingual", "grouping_crosslingual"):
        g = r[k]
        lines.append(f"{k:22s} P {_fmt(g['precision'])}  R {_fmt(g['recall'])}  F1 {_fmt(g['f1'])}")
    lines.append(f"missed: {len(ev.missed)}" if ev.missed else "missed: none")
    for g in ev.missed:
        doc = docs.get(g["doc"], {})
        lines.append(f"  {g['id']}  {_where(doc.get('path'), g.get('message_id'))}  {g.get('source')} "
                     f"[{g.get('kind')}]  {g.get('cue')!r}  {_short(g.get('content'))}")
    lines.append(f"false positives: {len(ev.false_positives)}" if ev.false_positives else "false positives: none")
    for p in ev.false_positives:
        doc, src = p.get("document") or {}, p.get("source") or {}
        lines.append(f"  {p.get('claim_id')}  {_where(doc.get('path'), doc.get('message_id'))}  {src.get('name')} "
                     f"[{src.get('kind')}]  {p.get('cue')!r}  {_short(p.get('content'))}")
    return lines


def json_report(ev: Evaluation) -> dict:
    """The scorer's JSON, plus the misses and false positives in full and the ingest summary."""
    return {
        **ev.result,
        "missed_claims": ev.missed,
        "false_positives": ev.false_positives,
        "ingest": ev.ingest.as_dict(),
    }
