"""The article that motivated claimledger: the ministry's report, the anonymous sources'
figure, the insiders' allegation and the officials' accusation are separate mentions with
the right kinds and hedges."""

from __future__ import annotations

import pytest

from claimledger.extract import Extractor
from claimledger.model import Document
from tests.helpers import DEV


@pytest.fixture(scope="module")
def found():
    text = (DEV / "docs" / "rtc-strikes-article.txt").read_text(encoding="utf-8")
    doc = Document(id="rtc", format="text", path="rtc-strikes-article.txt", text=text, language="en")
    return [m for m in Extractor().extract(doc) if m.source_kind != "author"]


def find(found, source_word, content_word):
    hits = [m for m in found if source_word in m.source and content_word in m.content]
    assert len(hits) == 1, [(m.source, m.content[:60]) for m in found]
    return hits[0]


def test_the_ministry_reports_the_strikes(found):
    m = find(found, "Ministry of Defense", "facility in Zaporizhzhia")
    assert m.source_kind == "official" and m.hedges == ()
    assert "reported by" not in m.content  # the parenthetical is not part of the claim


def test_anonymous_sources_give_about_1500_deserters(found):
    m = find(found, "sources", "1,500 deserters")
    assert m.source_kind == "anonymous" and m.hedges == ()
    assert [(q.value, q.approximator, q.unit) for q in m.quantities] == [(1500.0, "approximately", "deserter")]


def test_the_insiders_allegation_is_hedged(found):
    m = find(found, "insiders", "asylum")
    assert m.source_kind == "anonymous" and "allegedly" in m.hedges


def test_the_officials_accuse_the_military_of_disinformation(found):
    m = find(found, "Ukrainian officials", "disinformation")
    assert m.source_kind == "official" and m.stance == "denies" and m.hedges == ()
