"""The quality gate: the dev set's floors, measured with the same scorer as
shared/eval/score.py, through evaluate.run (ingest with extraction and linking, then the
export). Raise the floors when the extractor or the linker improves; never lower them."""

from __future__ import annotations

import pytest

from claimledger import evaluate
from tests.helpers import DEV

FLOORS = {"f1": 0.93, "source_kind": 0.95, "hedge": 0.95}
# linking: grouping pairs within and across languages, stance toward the group, group status
LINK_FLOORS = {"grouping_monolingual": 0.95, "grouping_crosslingual": 0.9, "stance": 0.95, "status": 0.9}


@pytest.fixture(scope="module")
def dev_result(tmp_path_factory):
    return evaluate.run(DEV / "gold.json").result


def test_dev_set_floors(dev_result):
    assert dev_result["attribution"]["f1"] >= FLOORS["f1"]
    assert dev_result["source_kind_accuracy"] >= FLOORS["source_kind"]
    assert dev_result["hedge_accuracy"] >= FLOORS["hedge"]
    assert dev_result["leaks"] == []


def test_dev_set_linking_floors(dev_result):
    assert dev_result["grouping_monolingual"]["f1"] >= LINK_FLOORS["grouping_monolingual"]
    assert dev_result["grouping_crosslingual"]["f1"] >= LINK_FLOORS["grouping_crosslingual"]
    assert dev_result["stance_accuracy"] >= LINK_FLOORS["stance"]
    assert dev_result["status_accuracy"] >= LINK_FLOORS["status"]


def test_every_russian_and_ukrainian_claim_is_found(dev_result):
    import json

    gold = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))
    slavic_docs = {d["id"] for d in gold["documents"] if d["language"] in ("ru", "uk")}
    slavic = {c["id"] for c in gold["claims"] if c["doc"] in slavic_docs and not c.get("optional")}
    assert slavic and not slavic & set(dev_result["missed"])
