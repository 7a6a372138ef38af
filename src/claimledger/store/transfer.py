"""Copying a whole ledger to another store, SQLite or PostgreSQL either way
(``claimledger migrate``): every table row for row, in one transaction on the target.

Rows keep their keys (document numbers, group and mention ids, verdict numbers), so the
copy exports, links and shows exactly as the original. The full-text indexes are the
target's own: SQLite's table of contents is filled as mentions arrive, PostgreSQL's indexes
follow their columns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sqlalchemy import Connection, Table, func, select, text

from claimledger.errors import StoreError
from claimledger.store import schema
from claimledger.store.dialect import POSTGRESQL

__all__ = ["TABLES", "copy_ledger"]

BATCH = 1000
# In the order their foreign keys need; meta is the target's own (its schema version).
TABLES: tuple[Table, ...] = (schema.documents, schema.problems, schema.runs, schema.sources, schema.mentions,
                             schema.extractions, schema.groups, schema.link_keys, schema.verdicts)
# Tables whose integer keys come from a sequence on PostgreSQL: set past the copied rows.
_NUMBERED = {"documents": "seq", "runs": "id", "verdicts": "id"}


def _batches(conn: Connection, table: Table) -> Iterator[list[dict]]:
    query = select(table).order_by(*table.primary_key.columns)
    if conn.dialect.name == POSTGRESQL:
        conn = conn.execution_options(stream_results=True, yield_per=BATCH)
    batch: list[dict] = []
    for row in conn.execute(query):
        batch.append(dict(row._mapping))
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def copy_ledger(source, target, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of ``source`` into ``target`` (both open stores; the target must hold
    nothing yet); return the rows copied per table. All of it lands, or none."""
    if source.location == target.location:
        raise StoreError(f"{target.location}: the source and the destination are the same ledger")
    with target.engine.connect() as conn:
        held = [table.name for table in TABLES
                if conn.execute(select(func.count()).select_from(table)).scalar_one()]
    if held:
        raise StoreError(f"{target.location}: the destination is not empty ({', '.join(held)}): "
                         "migrate copies into a new ledger only")
    copied: dict[str, int] = {}
    with source.engine.connect() as reading, target._transaction() as writing:
        for table in TABLES:
            copied[table.name] = 0
            for batch in _batches(reading, table):
                if table is schema.mentions:
                    # The row of each content in SQLite's full-text table is the target's to give.
                    batch = target._index_contents(writing, [row | {"fts_rowid": None} for row in batch])
                writing.execute(table.insert(), batch)
                copied[table.name] += len(batch)
                if progress is not None:
                    progress(table.name, copied[table.name])
        if writing.dialect.name == POSTGRESQL:
            for name, column in _NUMBERED.items():
                writing.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', '{column}'), "
                                     f"coalesce((SELECT max({column}) FROM {name}), 0) + 1, false)"))
    return copied
