"""The CSV and ClaimReview exports (``claimledger export --format csv|claimreview``) of a
real ledger: the dev set through claimledger's own extractor."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import given
from hypothesis import strategies as st

from claimledger.config import load_key
from claimledger.nlp.redact import Redactor
from claimledger.report import claimreview, csv_export, jsonl, verdicts
from tests.helpers import DEV, write

MUST_REDACT = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))["must_redact"]
BRIDGE = "the road bridge near Pryvillia was destroyed by a guided bomb this morning"


def jsonl_records(store) -> list[dict]:
    out = io.BytesIO()
    jsonl.write(store, out)
    return [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]


def csv_rows(store) -> tuple[int, list[dict]]:
    out = io.BytesIO()
    n = csv_export.write(store, out)
    return n, list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))


def bridge_group(store) -> str:
    return next(g["id"] for g in store.groups(status="contested") if g["summary"] == BRIDGE)


# -- CSV ---------------------------------------------------------------------------------------


def test_csv_has_the_mentions_of_the_jsonl_export_field_for_field(writable_dev_store):
    records = jsonl_records(writable_dev_store)
    n, rows = csv_rows(writable_dev_store)
    assert n == len(rows) == len(records) == writable_dev_store.stats()["mentions"]
    assert [r["claim_id"] for r in rows] == [r["claim_id"] for r in records]
    assert list(rows[0]) == list(csv_export.FIELDS)
    for row, record in zip(rows, records, strict=True):
        assert row["group_id"] == record["group_id"] and row["status"] == record["status"]
        assert row["document_id"] == record["document"]["id"]
        assert row["document_message_id"] == ("" if record["document"]["message_id"] is None
                                              else str(record["document"]["message_id"]))
        assert row["source_name"] == (record["source"]["name"] or "")
        assert row["source_kind"] == record["source"]["kind"]
        assert row["content"] == record["content"] and row["sentence"] == record["sentence"]
        assert row["hedges"].split("; ") == (record["hedges"] or [""])
        assert json.loads(row["quantities"]) == record["quantities"]
        assert json.loads(row["entities"]) == record["entities"]
    # Cyrillic survives as UTF-8
    assert any(row["source_name"] == "Іван Сокіл" for row in rows)


def test_csv_writes_to_a_text_stream_too(writable_dev_store):
    text = io.StringIO(newline="")
    n = csv_export.write(writable_dev_store, text)
    assert n == len(list(csv.DictReader(io.StringIO(text.getvalue(), newline=""))))
    assert not text.closed


def test_csv_guards_cells_a_spreadsheet_would_run(cli, db, tmp_path):
    doc = write(tmp_path / "in" / "a.txt", "Ivan Petrov said that =HYPERLINK(\"http://x.example\") was posted.\n\n"
                                           "Olga Marchenko said that @SUM(1+1) drones were seen.\n")
    assert cli("ingest", str(doc), "--db", str(db)).exit_code == 0
    result = cli("export", "--db", str(db), "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    contents = sorted(r["content"] for r in rows)
    assert contents == ["'=HYPERLINK(\"http://x.example\") was posted", "'@SUM(1+1) drones were seen"]


@given(st.text(max_size=40))
def test_csv_cell_guard_leaves_no_formula(value):
    """Whatever the text, the cell does not start with a formula character, and is the text
    itself or the text behind one apostrophe."""
    cell = csv_export.cell(value)
    assert not cell.startswith(csv_export.FORMULA_STARTS)
    assert cell == value or (cell == "'" + value and value.startswith(csv_export.FORMULA_STARTS))


def test_csv_cell_guard_keeps_numbers_and_empties():
    assert csv_export.cell(-3) == -3 and csv_export.cell(0.5) == 0.5 and csv_export.cell(None) == ""
    for value in ("=1+1", "+7", "-2", "@x", "\tx", "\rx"):
        assert csv_export.cell(value) == "'" + value


# -- ClaimReview ---------------------------------------------------------------------------------


def test_claimreview_reports_the_latest_verdict_of_each_rated_group(writable_dev_store):
    gid = bridge_group(writable_dev_store)
    redactor = Redactor(load_key())
    verdicts.record(writable_dev_store, redactor, gid, "mostly-true", note="early reports", analyst="Olena")
    latest = verdicts.record(writable_dev_store, redactor, gid, "false",
                             note="Imagery of 3 Feb shows the span standing",
                             evidence="https://example.org/imagery/3-feb", analyst="Taras")
    out = io.BytesIO()
    assert claimreview.write(writable_dev_store, out) == 1
    document = json.loads(out.getvalue().decode("utf-8"))
    assert document["@context"] == "https://schema.org"
    [review] = document["@graph"]
    assert review["@type"] == "ClaimReview"
    assert review["identifier"] == gid
    assert review["claimReviewed"] == BRIDGE
    assert review["reviewRating"] == {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
                                      "alternateName": "false"}
    assert review["author"] == {"@type": "Person", "name": "Taras"}
    assert review["datePublished"] == latest.created_at
    assert review["reviewBody"] == "Imagery of 3 Feb shows the span standing"
    assert review["citation"] == {"@type": "CreativeWork", "url": "https://example.org/imagery/3-feb"}
    assert "url" not in review  # no web app address given
    claim = review["itemReviewed"]
    assert claim["@type"] == "Claim"
    # the first to assert it: the Ministry of Defence, in Frontline Notes #2 at 07:45:10
    assert claim["author"] == {"@type": "Organization", "name": "Ministry of Defence"}
    assert claim["datePublished"] == "2026-02-02T07:45:10+00:00"
    names = [a["name"] for a in claim["appearance"]]
    # each of its eight documents once, by publication time (#503, 08:03:30, the commenter's
    # "trucks are already driving over it", before #3 at 09:12), the undated articles last
    # (d3.txt by its title)
    assert names == ["Frontline Notes #2", "Frontline Notes Chat #501", "Frontline Notes Chat #502",
                     "Frontline Notes Chat #503", "Frontline Notes #3", "PRYVILLIA BRIDGE: WHAT WE KNOW",
                     "d4.txt", "d5.txt"]
    assert all(a["@type"] == "CreativeWork" and "url" not in a for a in claim["appearance"])  # none has a url
    assert claim["firstAppearance"] == claim["appearance"][0]
    assert claim["appearance"][0]["publisher"] == {"@type": "Organization", "name": "Frontline Notes"}


def test_claimreview_rating_values_follow_the_scale_and_unproven_has_none(writable_dev_store):
    gid = bridge_group(writable_dev_store)
    other = next(g["id"] for g in writable_dev_store.groups(status="corroborated"))
    redactor = Redactor(load_key())
    verdicts.record(writable_dev_store, redactor, gid, "mostly-true")
    verdicts.record(writable_dev_store, redactor, other, "unproven", analyst="desk")
    reviews = {r["identifier"]: r for r in claimreview.claim_reviews(writable_dev_store, url_base="http://127.0.0.1:8000/")}
    assert set(reviews) == {gid, other}
    assert reviews[gid]["reviewRating"]["ratingValue"] == 4 and reviews[gid]["reviewRating"]["alternateName"] == \
        "mostly-true"
    assert "ratingValue" not in reviews[other]["reviewRating"]
    assert reviews[other]["reviewRating"]["alternateName"] == "unproven"
    assert "author" not in reviews[gid] and "reviewBody" not in reviews[gid] and "citation" not in reviews[gid]
    assert reviews[gid]["url"] == f"http://127.0.0.1:8000/groups/{gid}"


def test_claimreview_without_verdicts_is_an_empty_graph(writable_dev_store):
    assert claimreview.claim_reviews(writable_dev_store) == []
    text = io.StringIO()
    assert claimreview.write(writable_dev_store, text) == 0
    assert json.loads(text.getvalue()) == {"@context": "https://schema.org", "@graph": []}


# -- redaction ------------------------------------------------------------------------------------


def test_exports_hold_no_must_redact_string_even_in_what_analysts_typed(writable_dev_store):
    gid = bridge_group(writable_dev_store)
    # an analyst pastes a phone number and coordinates from the dev set into a note
    verdicts.record(writable_dev_store, Redactor(load_key()), gid, "false", analyst="Olena",
                    note="Called +380 44 555 0199; the span is at 47.5521, 34.9917 and standing")
    csv_out, review_out = io.BytesIO(), io.BytesIO()
    csv_export.write(writable_dev_store, csv_out)
    claimreview.write(writable_dev_store, review_out)
    for text in (csv_out.getvalue().decode("utf-8"), review_out.getvalue().decode("utf-8")):
        assert [s for s in MUST_REDACT if s in text] == []
    note = json.loads(review_out.getvalue())["@graph"][0]["reviewBody"]
    assert note.startswith("Called [phone#") and "[location#" in note


# -- the command ------------------------------------------------------------------------------------


def test_export_command_writes_csv_and_claimreview(cli, db, tmp_path):
    assert cli("ingest", str(DEV / "docs"), "--db", str(db)).exit_code == 0
    out = tmp_path / "claims.csv"
    result = cli("export", "--db", str(db), "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert f"{len(rows):,} claim mentions written to {out}" in result.stderr
    jsonl_ids = [json.loads(line)["claim_id"] for line in cli("export", "--db", str(db)).stdout.splitlines()]
    assert [r["claim_id"] for r in rows] == jsonl_ids
    reviews = cli("export", "--db", str(db), "--format", "claimreview")
    assert reviews.exit_code == 0
    assert json.loads(reviews.stdout) == {"@context": "https://schema.org", "@graph": []}
    bad = cli("export", "--db", str(db), "--format", "xlsx")
    assert bad.exit_code == 2 and "valid formats: jsonl, csv, claimreview" in bad.stderr
