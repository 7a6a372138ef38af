"""`claimledger eval` and evaluate.score: the scorer's measures on hand-computed cases, leak
checks, and the whole command on the dev gold set with the stand-in extractor."""

from __future__ import annotations

import json
import sqlite3

from claimledger import evaluate
from tests.helpers import DEV, RuleExtractor, write

GOLD = {
    "documents": [{"id": "A", "path": "docs/a.txt", "language": "en"},
                  {"id": "B", "path": "docs/b.json", "language": "en"},
                  {"id": "C", "path": "docs/c.txt", "language": "ru"}],
    "claims": [
        {"id": "g1", "doc": "A", "source": "Ivan Sokil", "kind": "person", "cue": "said",
         "content": "the bridge remains closed to traffic", "hedged": False, "group": "G1", "stance": "supports"},
        {"id": "g2", "doc": "A", "source": "Radio Step", "kind": "media", "cue": "wrote",
         "content": "the bridge no longer exists", "hedged": False, "group": "G1", "stance": "denies"},
        {"id": "g3", "doc": "B", "message_id": 5, "source": "our sources", "kind": "anonymous", "cue": "According to",
         "content": "a column of trucks was crossing at the time", "hedged": True, "group": "G2",
         "stance": "supports"},
        {"id": "g4", "doc": "B", "message_id": 6, "source": "He", "kind": "person", "cue": "told",
         "content": "no one was injured", "optional": True, "group": "G3"},
        {"id": "g5", "doc": "C", "source": "Игорь Ланской", "kind": "person", "cue": "сообщил",
         "content": "мост полностью разрушен", "group": "G1", "stance": "supports", "crosslingual": True},
        {"id": "g6", "doc": "A", "source": "the regional police", "kind": "official", "cue": "According to",
         "content": "280 residents were evacuated overnight", "hedged": False, "group": "G4", "stance": "supports"},
    ],
    "groups": [{"id": "G1", "status": "contested"}, {"id": "G2", "status": "single-source"},
               {"id": "G3", "status": "single-source"}, {"id": "G4", "status": "corroborated"}],
    "must_redact": ["47.5521, 34.9917", "Андрій К."],
}


def pred(path, source, kind, content, message_id=None, **kw) -> dict:
    return {"claim_id": f"c-{len(content)}{source[:3]}", "document": {"path": f"/in/{path}", "message_id": message_id},
            "source": {"name": source, "kind": kind}, "content": content, **kw}


PREDS = [
    pred("a.txt", "Sokil", "person", "the bridge remains closed to traffic", hedges=[], stance="supports",
         group_id="gX", status="contested"),                                            # p1 = g1
    pred("a.txt", "Radio Step", "organization", "the bridge no longer exists today", hedges=[], stance="supports",
         group_id="gX", status="contested"),                                            # p2 = g2
    pred("b.json", "sources", "anonymous", "a column of trucks was crossing", 5, hedges=[],
         group_id="gX", status="single-source"),                                        # p3 = g3, no stance
    pred("b.json", "Ivan Sokil", "person", "nobody was hurt", 6, group_id="gQ"),         # p4: false positive
    pred("c.txt", "Ланской", "person", "мост у Привольного полностью разрушен", stance="supports",
         group_id="gZ", status="single-source"),                                        # p5 = g5
    pred("a.txt", "Frontline Notes", "author", "the bridge remains closed to traffic"),  # own voice: not counted
    pred("other.txt", "Radio Step", "media", "anything at all here"),                    # not a gold document
]


def test_score_matches_hand_computed_figures():
    # Matches: g1-p1 (shared "soki"), g2-p2 (4 of its 5 words), g3-p3 (3 of 4 gold words:
    # 0.75 >= 0.6; "sources" ~ "our sources" by half their words), g5-p5 (3 of 4 words).
    # g4 (optional, pronoun source) does not match p4: no shared content word. g6 is missed.
    # attribution: required g1 g2 g3 g5 g6 = 5, found 4 -> R 0.8; counted predictions p1-p5
    #   (p6 own voice, p7 outside the gold) = 5, matched 4 -> P 0.8; F1 0.8.
    # source kind: person ok, media != organization, anonymous ok, person ok -> 3/4 = 0.75
    # hedge (gold with "hedged": g1 g2 g3): [] == False twice, [] != True -> 2/3 = 0.667
    # stance: g1 ok, g2 denies != supports, g3 missing stance reads as supports -> ok, g5 ok -> 0.75
    # grouping over matched, grouped gold (g1 g2 g3 en, g5 ru):
    #   mono  g1g2 same/same tp; g1g3, g2g3 gold differ, predicted gX = gX fp, fp
    #         -> P 1/3 = 0.333, R 1/1, F1 2*(1/3)*1/(4/3) = 0.5
    #   cross g1g5, g2g5 same gold, gX != gZ: fn, fn; g3g5 differ/differ -> P 0, R 0, F1 0
    # status: G1 (g1 g2; g5 is cross-lingual) votes contested = contested ok; G2 (g3)
    #   single-source ok; G3 and G4 have no matched member -> wrong -> 2/4 = 0.5
    assert evaluate.score(GOLD, PREDS) == {
        "attribution": {"precision": 0.8, "recall": 0.8, "f1": 0.8, "found": 4, "required": 5, "predicted": 5},
        "source_kind_accuracy": 0.75,
        "hedge_accuracy": 0.667,
        "stance_accuracy": 0.75,
        "grouping_monolingual": {"precision": 0.333, "recall": 1.0, "f1": 0.5, "tp": 1, "fp": 2},
        "grouping_crosslingual": {"precision": 0.0, "recall": 0.0, "f1": 0.0, "fn": 2},
        "status_accuracy": 0.5,
        "missed": ["g6"],
    }


def test_misses_are_the_missed_gold_claims_and_the_unmatched_predictions():
    missed, unmatched = evaluate.misses(GOLD, PREDS)
    assert [g["id"] for g in missed] == ["g6"]
    assert unmatched == [PREDS[3]]


def test_one_to_one_best_pair_first_and_message_ids():
    # Two predictions of g1: the closer one matches, the other is a false positive. A
    # prediction in message 6 cannot match g3 (message 5); nothing annotated prints n/a.
    gold = {"documents": GOLD["documents"][:2], "claims": [GOLD["claims"][0], GOLD["claims"][2]], "groups": []}
    close = pred("a.txt", "Ivan Sokil", "person", "the bridge remains closed to traffic")
    loose = pred("a.txt", "Ivan Sokil", "person", "the bridge remains closed to traffic for now, they say")
    elsewhere = pred("b.json", "our sources", "anonymous", "a column of trucks was crossing at the time", 6)
    result = evaluate.score(gold, [loose, close, elsewhere])
    assert result["attribution"] == {"precision": 0.333, "recall": 0.5, "f1": 0.4, "found": 1, "required": 2,
                                     "predicted": 3}
    assert result["missed"] == ["g3"]
    assert evaluate.misses(gold, [loose, close, elsewhere])[1] == [loose, elsewhere]
    assert result["status_accuracy"] is None and result["grouping_monolingual"]["f1"] is None
    empty = evaluate.score({"documents": [], "claims": [], "groups": []}, [])
    assert empty["attribution"]["f1"] == 0.0 and empty["hedge_accuracy"] is None


def test_leaks_found_as_written_escaped_or_across_lines(tmp_path):
    plain = write(tmp_path / "a.txt", "seen at 47.5521,\n   34.9917 today")
    escaped = write(tmp_path / "b.json", json.dumps({"who": "Андрій К."}))  # \u0410... escapes
    clean = write(tmp_path / "c.txt", "[location#3f2a91c0] and [user#11aa22bb]")
    found = evaluate.leaks(GOLD, [plain, escaped, clean])
    assert found == [(str(plain), "47.5521, 34.9917"), (str(escaped), "Андрій К.")]


def test_eval_on_the_dev_gold_prints_every_measure(cli):
    result = cli("eval", str(DEV / "gold.json"))
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for start in ("ingested 13 documents", "attribution  P ", "source kind ", "grouping_monolingual ",
                  "grouping_crosslingual ", "missed: ", "false positives: ", "leaks: 0"):
        assert any(line.startswith(start) for line in out.splitlines()), start
    lines = out.splitlines()
    attribution = next(line for line in lines if line.startswith("attribution"))
    found, required = attribution.split("(")[1].split(" found")[0].split("/")
    missed = lines[lines.index(next(line for line in lines if line.startswith("missed:"))) + 1:
                   lines.index(next(line for line in lines if line.startswith("false positives:")))]
    assert len(missed) == int(required) - int(found) > 0  # one line per missed gold claim
    gold_ids = {c["id"] for c in json.loads((DEV / "gold.json").read_text(encoding="utf-8"))["claims"]}
    assert all(line.split()[0] in gold_ids and len(line) < 250 for line in missed)


def test_eval_json_has_the_scorers_keys_and_the_details(cli):
    result = cli("eval", str(DEV / "gold.json"), "--json")
    data = json.loads(result.stdout)
    assert {"attribution", "source_kind_accuracy", "hedge_accuracy", "stance_accuracy", "grouping_monolingual",
            "grouping_crosslingual", "status_accuracy", "missed", "leaks"} <= set(data)
    assert data["leaks"] == [] and [c["id"] for c in data["missed_claims"]] == data["missed"]
    assert all(p["source"]["kind"] != "author" for p in data["false_positives"])


def test_run_scores_what_the_export_holds(tmp_path):
    ev = evaluate.run(DEV / "gold.json", extractor=RuleExtractor(), keep_db=tmp_path / "kept.db")
    conn = sqlite3.connect(tmp_path / "kept.db")
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (13,)
    conn.close()
    assert ev.ledger == str(tmp_path / "kept.db") and ev.result["leaks"] == []
    assert ev.result["attribution"]["found"] > 0  # the stand-in finds some of the dev claims


def test_keep_db_wants_a_new_file(cli, tmp_path):
    kept = tmp_path / "kept.db"
    first = cli("eval", str(DEV / "gold.json"), "--keep-db", str(kept))
    assert first.exit_code == 0 and kept.exists() and "ledger kept in" in first.stderr
    again = cli("eval", str(DEV / "gold.json"), "--keep-db", str(kept))
    assert again.exit_code == 2 and "already exists" in again.stderr


def test_a_leak_is_reported_never_printed_and_fails_the_run(cli, tmp_path, monkeypatch):
    # Paths in a gold file are relative to it, wherever the command runs.
    write(tmp_path / "set" / "docs" / "a.txt", "Radio Step said that the bridge is gone.\n")
    gold = {"documents": [{"id": "A", "path": "docs/a.txt", "language": "en"}],
            "claims": [{"id": "x1", "doc": "A", "source": "Ivan Sokil", "kind": "person", "cue": "said",
                        "content": "the road is open"}],
            "groups": [], "must_redact": ["Radio Step"]}
    write(tmp_path / "set" / "gold.json", json.dumps(gold))
    monkeypatch.chdir(tmp_path)
    result = cli("eval", "set/gold.json")
    assert result.exit_code == 1
    assert "Radio Step" not in result.stdout + result.stderr
    assert "export: must_redact[0]" in result.stdout and "ledger: must_redact[0]" in result.stdout
    assert "output: must_redact[0]" in result.stdout  # the false positive's line would have shown it
    as_json = json.loads(cli("eval", "set/gold.json", "--json").stdout)
    assert "output: must_redact[0]" in as_json["leaks"] and "Radio Step" not in json.dumps(as_json)


def test_eval_input_errors(cli, tmp_path):
    missing = cli("eval", str(tmp_path / "none.json"))
    assert missing.exit_code == 1 and "no such file" in missing.stderr
    not_gold = write(tmp_path / "g.json", json.dumps({"claims": []}))
    result = cli("eval", str(not_gold))
    assert result.exit_code == 1 and "not a gold file" in result.stderr
