"""Claim mentions in the ledger (each backend; the migration SQLite only): the v1 -> v2
migration, atomic batches with their documents, replacement, filters, sources and round
trips."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.errors import StoreError
from claimledger.model import SOURCE_KINDS, STANCES, ClaimMention, Document, Entity, Quantity, source_id
from claimledger.nlp.prepare import document_id
from claimledger.store import migrations, open_store
from tests.helpers import RuleExtractor
from tests.store.sql import run_sql


def doc(text: str, message_id: int = 1) -> Document:
    return Document(id=document_id(f"telegram:1:{message_id}", text), format="telegram", path="result.json",
                    text=text, channel="Frontline Notes", message_id=message_id, language="en")


def mention(d: Document, n: int = 0, source: str = "Ivan Sokil", kind: str = "person", **kw) -> ClaimMention:
    values = dict(id=f"{d.id}-{n}", document_id=d.id, sentence_start=0, sentence_end=len(d.text), source=source,
                  source_kind=kind, cue="said", content=d.text[:10], content_start=0, content_end=10)
    return ClaimMention(**{**values, **kw})


@pytest.mark.sqlite_only("no PostgreSQL ledger was ever at version 1")
def test_v1_ledger_migrates_to_v2_with_its_documents(db, monkeypatch):
    # A v1 ledger written by the v1 code path: only the first migration has run.
    docs = [doc("Ivan Sokil said the bridge is closed.", 1), doc("Nothing to report.", 2)]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        old = open_store(db)
        old.add_documents(docs)
        old.close()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == ("1",)
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name='mentions'").fetchone()
    conn.close()

    store = open_store(db)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (str(migrations.CURRENT),)
    conn.close()
    assert sorted(store.documents(), key=lambda d: d.message_id) == docs
    assert [d.message_id for d in store.documents_without_mentions()] == [1, 2]
    assert store.stats()["not_extracted"] == 2 and store.stats()["mentions"] == 0
    assert [d.message_id for d in store.documents(search="bridge")] == [1]  # the full-text index survived
    store.close()


def test_mentions_land_with_their_documents(db):
    store = open_store(db)
    d1, d2 = doc("Ivan Sokil said the bridge is closed.", 1), doc("Nothing to report.", 2)
    result = store.add_documents([d1, d2], mentions=[mention(d1)])
    assert (result.new, result.mentions) == (2, 1)
    assert [m.id for m in store.mentions()] == [mention(d1).id]
    # d2 went through the extractor and had nothing: it is not waiting for extraction
    assert list(store.documents_without_mentions()) == []
    store.close()


def test_a_batch_whose_mentions_fail_leaves_no_documents(db):
    store = open_store(db)
    d1, d2 = doc("Ivan Sokil said the bridge is closed.", 1), doc("Sokil said the road is open.", 2)
    broken = mention(d2, cue=None)  # cue is NOT NULL
    with pytest.raises(StoreError):
        store.add_documents([d1, d2], mentions=[mention(d1), broken])
    assert store.count_documents() == 0
    assert store.stats()["mentions"] == 0 and store.stats()["sources"] == 0
    store.close()


def test_a_mention_of_an_unknown_document_fails_the_batch(db):
    store = open_store(db)
    d1, stranger = doc("Ivan Sokil said the bridge is closed.", 1), doc("Not in this batch.", 9)
    with pytest.raises(StoreError):
        store.add_documents([d1], mentions=[mention(d1), mention(stranger)])
    assert store.count_documents() == 0
    store.close()


def test_documents_stored_without_extraction_wait_for_it(db):
    store = open_store(db)
    d1, d2 = doc("First.", 1), doc("Second.", 2)
    store.add_documents([d1, d2])  # mentions=None: not extracted
    assert [d.id for d in store.documents_without_mentions()] == [d1.id, d2.id]
    # adding them again with mentions does not extract them: re-extraction is replace_mentions
    assert store.add_documents([d1], mentions=[mention(d1)]).mentions == 0
    assert store.replace_mentions([d1.id], [mention(d1)]) == 1
    assert [d.id for d in store.documents_without_mentions()] == [d2.id]
    store.close()


def test_same_batch_twice_adds_no_mention_twice(db):
    store = open_store(db)
    d1 = doc("Ivan Sokil said the bridge is closed.", 1)
    first = store.add_documents([d1], mentions=[mention(d1), mention(d1)])  # the same id twice is one mention
    again = store.add_documents([d1], mentions=[mention(d1)])
    assert (first.mentions, again.mentions, again.already_present) == (1, 0, 1)
    assert store.stats()["mentions"] == 1
    store.close()


def test_replace_mentions_replaces_and_drops_sources_no_longer_named(db):
    store = open_store(db)
    d1, d2 = doc("One.", 1), doc("Two.", 2)
    store.add_documents([d1, d2], mentions=[mention(d1, 0, "Ivan Sokil"), mention(d1, 1, "Radio Step", "media"),
                                            mention(d2, 0, "Ivan Sokil")])
    assert store.stats()["sources"] == 2
    stored = store.replace_mentions([d1.id], [mention(d1, 5, "Pryvillia Herald", "media")])
    assert stored == 1
    assert sorted(m.id for m in store.mentions()) == sorted([f"{d1.id}-5", f"{d2.id}-0"])
    names = sorted(name for (name,) in run_sql(db, "SELECT name FROM sources"))
    assert names == ["Ivan Sokil", "Pryvillia Herald"]  # Radio Step went with its only mention
    with pytest.raises(ValueError):
        store.replace_mentions([d1.id], [mention(d2, 7)])
    store.close()


def test_mention_filters_and_order(db):
    store = open_store(db)
    d1, d2 = doc("Ivan Sokil said the bridge is closed.", 1), doc("Radio Step wrote it is gone.", 2)
    store.add_documents([d1, d2], mentions=[
        mention(d2, 0, "Radio Step", "media"), mention(d1, 1, "Ivan Sokil", content_start=5, content_end=9),
        mention(d1, 0, "Ivan Sokil", content_start=1, content_end=4)])
    assert [m.id for m in store.mentions()] == [f"{d1.id}-0", f"{d1.id}-1", f"{d2.id}-0"]
    assert [m.id for m in store.mentions(document_id=d2.id)] == [f"{d2.id}-0"]
    assert [m.id for m in store.mentions(kind="media")] == [f"{d2.id}-0"]
    assert len(list(store.mentions(source="Ivan Sokil"))) == 2
    assert len(list(store.mentions(source_id=source_id("ivan  SOKIL", "person")))) == 2
    assert [m.id for m in store.mentions(limit=1, offset=1)] == [f"{d1.id}-1"]
    grouped = [(d.id, [m.id for m in ms]) for d, ms in store.documents_with_mentions()]
    assert grouped == [(d1.id, [f"{d1.id}-0", f"{d1.id}-1"]), (d2.id, [f"{d2.id}-0"])]
    figures = store.stats()
    assert (figures["mentions"], figures["mentions_by_kind"], figures["sources"]) == (3, {"person": 2, "media": 1}, 2)
    store.close()


def test_source_ids_fold_case_spaces_and_yo_but_not_kind():
    assert source_id("Пётр  Иванов", "person") == source_id("пётр иванов", "person") == source_id("Петр Иванов",
                                                                                                      "person")
    assert source_id("Radio Step", "media") != source_id("Radio Step", "organization")
    assert source_id("Radio Step", "media").startswith("s-")


def test_stand_in_extractor_mentions_round_trip(db):
    store = open_store(db)
    d1 = doc("According to the regional police, about 280 residents were evacuated. Radio Step reportedly "
             "wrote that 3 bridges are gone.", 1)
    found = RuleExtractor().pipe([d1])[0]
    store.add_documents([d1], mentions=found)
    assert list(store.mentions()) == found
    store.close()


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
_offset = st.integers(0, 10_000)
_number = st.floats(allow_nan=False, allow_infinity=False)
_quantity = st.builds(Quantity, text=_text, value=st.one_of(st.none(), _number),
                      unit=st.one_of(st.none(), _text), approximator=st.one_of(st.none(), _text), start=_offset,
                      end=_offset)
_entity = st.builds(Entity, text=_text, label=st.sampled_from(["PER", "ORG", "LOC", "DATE"]),
                    normal=st.one_of(st.none(), _text), start=_offset, end=_offset)
_optional_offset = st.one_of(st.none(), _offset)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(data=st.data())
def test_property_mentions_round_trip(new_ledger, data):
    store = open_store(new_ledger())
    d1 = doc("Some text of a document.", 1)
    found = data.draw(st.lists(st.builds(
        ClaimMention, id=st.text("abcdef0123456789", min_size=8, max_size=8), document_id=st.just(d1.id),
        sentence_start=_offset, sentence_end=_offset, source=_text, source_kind=st.sampled_from(SOURCE_KINDS),
        cue=_text, content=_text, content_start=_offset, content_end=_offset,
        language=st.sampled_from([None, "en", "ru", "uk"]), source_start=_optional_offset,
        source_end=_optional_offset, cue_start=_optional_offset, cue_end=_optional_offset,
        hedges=st.lists(_text, max_size=3).map(tuple), stance=st.sampled_from(STANCES),
        quantities=st.lists(_quantity, max_size=3).map(tuple), entities=st.lists(_entity, max_size=3).map(tuple),
        checkworthiness=st.one_of(st.none(), st.floats(0, 1))), max_size=6, unique_by=lambda m: m.id))
    store.add_documents([d1], mentions=found)
    assert sorted(store.mentions(), key=lambda m: m.id) == sorted(found, key=lambda m: m.id)
    store.close()
