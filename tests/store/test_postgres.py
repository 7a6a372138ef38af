"""PostgreSQL's own promises: several processes ingesting overlapping inputs into one
ledger store each document once and lose nothing; the dev set gives the same export as
through SQLite; URLs and errors never show the password."""

from __future__ import annotations

import io
import multiprocessing

import pytest

from claimledger.engine.local import ingest, load_extractor
from claimledger.errors import StoreError
from claimledger.model import ClaimMention, Document
from claimledger.nlp.prepare import document_id
from claimledger.report import jsonl
from claimledger.store import open_store
from claimledger.store.postgres import PostgresStore
from tests.conftest import DEV_DOCS, ledger_key
from tests.helpers import FIXTURES
from tests.store.sql import run_sql

RU_EXPORTS = sorted(FIXTURES.glob("ru-telegram-*.json"))


def export_lines(location: str) -> list[bytes]:
    store = open_store(location, create=False)
    try:
        out = io.BytesIO()
        jsonl.write(store, out)
    finally:
        store.close()
    return sorted(out.getvalue().splitlines())


def _ingest_child(location: str, paths: list[str], key: bytes, start) -> None:
    # Each process loads its own extractor, then all start storing at once.
    extractor = load_extractor()
    store = open_store(location)
    start.wait(timeout=120)
    try:
        report = ingest(paths, store, key=key, extractor=extractor, batch_size=4)
        assert report.ok
    finally:
        store.close()


def test_two_processes_ingesting_overlapping_inputs_store_each_document_once(postgres_schemas, extractor):
    shared, alone = postgres_schemas.new(), postgres_schemas.new()
    first = [str(DEV_DOCS), str(RU_EXPORTS[0])]
    second = [str(RU_EXPORTS[0]), str(RU_EXPORTS[1]), str(DEV_DOCS)]  # a superset, in another order
    open_store(shared).close()  # created before the race: the race under test is the documents'
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    workers = [context.Process(target=_ingest_child, args=(shared, paths, ledger_key(), start))
               for paths in (first, second)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=600)
    assert [worker.exitcode for worker in workers] == [0, 0]

    store = open_store(alone)
    ingest([*first, *second], store, key=ledger_key(), extractor=extractor)
    store.close()
    for query in ("SELECT count(*) FROM documents", "SELECT count(*) FROM mentions",
                  "SELECT count(*) FROM extractions", "SELECT count(*) FROM sources"):
        assert run_sql(shared, query) == run_sql(alone, query), query
    assert run_sql(shared, "SELECT id FROM documents GROUP BY id HAVING count(*) > 1") == []
    # every document once, with exactly the mentions a single ingest finds, linked the same
    assert export_lines(shared) == export_lines(alone)
    assert run_sql(shared, "SELECT count(*) FROM mentions WHERE group_id IS NULL") == [(0,)]


def _doc(n: int) -> Document:
    text = f"Report number {n}: the bridge at Pryvillia was hit."
    return Document(id=document_id(f"telegram:7:{n}", text), format="telegram", path="race.json", text=text,
                    channel="Race", message_id=n, language="en")


def _mention(doc: Document) -> ClaimMention:
    return ClaimMention(id=f"{doc.id}-0", document_id=doc.id, sentence_start=0, sentence_end=len(doc.text),
                        source=f"Speaker {doc.message_id % 7}", source_kind="person", cue="said",
                        content=doc.text, content_start=0, content_end=len(doc.text), language="en")


def _add_child(location: str, numbers: list[int], start) -> None:
    start.wait(timeout=60)
    store = open_store(location)
    try:
        for i in range(0, len(numbers), 25):
            docs = [_doc(n) for n in numbers[i:i + 25]]
            store.add_documents(docs, mentions=[_mention(d) for d in docs])
    finally:
        store.close()


def test_racing_batches_of_the_same_documents_keep_one_copy_and_its_mentions(postgres_schemas):
    # Batches that overlap in opposite orders: each waits on rows the other holds, the
    # second to insert a document skips it (and its mentions), nobody deadlocks. The schema
    # is empty: the three also open (and so create) the ledger at the same moment.
    location = postgres_schemas.new()
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(3)
    numbers = list(range(600))
    workers = [context.Process(target=_add_child, args=(location, order, start))
               for order in (numbers, numbers[::-1], numbers[300:] + numbers[:300])]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    assert [worker.exitcode for worker in workers] == [0, 0, 0]
    assert run_sql(location, "SELECT count(*), count(DISTINCT id) FROM documents") == [(600, 600)]
    assert run_sql(location, "SELECT count(*) FROM mentions") == [(600,)]
    assert run_sql(location, "SELECT count(*) FROM extractions WHERE mentions = 1") == [(600,)]
    assert run_sql(location, "SELECT count(*) FROM sources") == [(7,)]


def test_the_dev_set_gives_the_same_export_as_through_sqlite(postgres_schemas, extractor, tmp_path):
    locations = [str(tmp_path / "dev.db"), postgres_schemas.new()]
    for location in locations:
        store = open_store(location)
        ingest([DEV_DOCS], store, key=ledger_key(), extractor=extractor)
        store.close()
    sqlite_lines, postgres_lines = map(export_lines, locations)
    assert len(sqlite_lines) > 40
    assert postgres_lines == sqlite_lines


def test_full_text_search_of_groups_finds_inflected_forms(postgres_schemas, extractor):
    store = open_store(postgres_schemas.new())
    ingest([DEV_DOCS], store, key=ledger_key(), extractor=extractor)
    bridge = {g["id"] for g in store.groups(search="мост")}  # the Russian reports say "моста", "мост"
    assert bridge and store.count_groups(search="мост") == len(bridge)
    assert all(any("мост" in m.content.lower() for m, _, _ in store.group_mentions(gid)) for gid in bridge)
    assert store.count_groups(search="'):* | !") == 0  # tsquery syntax in user text is not an error
    store.close()


def test_the_url_is_normalised_and_its_password_never_shown():
    store_url = "postgresql://someone:s3cret-pw@127.0.0.1:1/nowhere"
    with pytest.raises(StoreError) as caught:
        PostgresStore(store_url)
    message = str(caught.value)
    assert "s3cret-pw" not in message and "cannot open the ledger" in message
    assert message.startswith("postgresql+psycopg://someone:***@127.0.0.1:1/nowhere")


def test_a_missing_ledger_is_one_line_when_it_must_exist(postgres_schemas):
    with pytest.raises(StoreError, match="no ledger here"):
        open_store(postgres_schemas.new(), create=False)


def test_the_ru_exports_land_through_the_cli_without_showing_the_password(cli, postgres_schemas):
    location = postgres_schemas.new()
    password = location.split("://", 1)[1].split("@", 1)[0].partition(":")[2]
    result = cli("ingest", *map(str, RU_EXPORTS), "--db", location)
    assert result.exit_code == 0, result.output
    documents = run_sql(location, "SELECT count(*) FROM documents")[0][0]
    assert documents > 50
    stats = cli("stats", "--db", location, "--json")
    assert f'"documents": {documents}' in stats.stdout
    if password:
        assert f":{password}@" not in result.output + stats.output and ":***@" in result.output
