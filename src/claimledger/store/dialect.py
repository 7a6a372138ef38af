"""What SQLite and PostgreSQL do differently, in one place: full-text search (FTS5 tables
on SQLite, ``tsvector`` expression indexes on PostgreSQL), inserts that skip rows already
stored, and the temporary table ``source_figures`` counts through.

Everything else the stores do is SQLAlchemy Core that both dialects run as written.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Connection, Insert, Table, func, literal_column, select, text
from sqlalchemy.dialects import postgresql

from claimledger.store import schema

_WORD = re.compile(r"\w+", re.UNICODE)
POSTGRESQL = "postgresql"

# The expressions PostgreSQL's full-text indexes are built on (migrations): a query must
# use the very same expression for the planner to use the index. 'simple' lowercases and
# does not stem: prefixes do the work stems would, in every language alike.
DOCUMENT_TSVECTOR = "to_tsvector('simple', coalesce(documents.title, '') || ' ' || documents.text)"
MENTION_TSVECTOR = "to_tsvector('simple', mentions.content)"


def fts_query(search: str) -> str:
    """An FTS5 query from what a person types: every word must appear, as a prefix, so
    inflected Russian and Ukrainian forms match ("мост" finds "моста")."""
    words = _WORD.findall(search)
    return " AND ".join(f'"{w}"*' for w in words)


def ts_query(search: str) -> str:
    """The same for PostgreSQL's ``to_tsquery``: every word, as a prefix ('мост':* & …)."""
    return " & ".join(f"'{w}':*" for w in _WORD.findall(search))


def document_match(dialect: str, search: str) -> ColumnElement | None:
    """A condition on documents: every word of ``search`` is in the title or the text, as a
    prefix. None when ``search`` has no word (nothing can match)."""
    return _match(dialect, search, DOCUMENT_TSVECTOR, "documents_fts", schema.documents.c.seq)


def mention_match(dialect: str, search: str) -> ColumnElement | None:
    """A condition on mentions: every word of ``search`` is in the content, as a prefix."""
    return _match(dialect, search, MENTION_TSVECTOR, "mentions_fts", schema.mentions.c.fts_rowid)


def _match(dialect: str, search: str, tsvector: str, fts_table: str, fts_key) -> ColumnElement | None:
    """PostgreSQL: the indexed ``tsvector`` matches the words; SQLite: the row's key is among
    the hits of its FTS5 table."""
    if not _WORD.search(search):
        return None
    if dialect == POSTGRESQL:
        return literal_column(tsvector).op("@@")(func.to_tsquery(literal_column("'simple'"), ts_query(search)))
    hits = select(text("rowid")).select_from(text(fts_table)).where(
        text(f"{fts_table} MATCH :q").bindparams(q=fts_query(search)))
    return fts_key.in_(hits)


def insert_ignoring(conn: Connection, table: Table) -> Insert:
    """An INSERT that skips the rows whose key is already stored (by another batch, or by
    another process at the same moment on PostgreSQL)."""
    if conn.dialect.name == POSTGRESQL:
        return postgresql.insert(table).on_conflict_do_nothing()
    return table.insert().prefix_with("OR IGNORE")


def insert_ignoring_rows(conn: Connection, table: Table, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """``insert_ignoring`` for many plain rows, straight to the driver: without
    SQLAlchemy's per-row parameter processing it costs a third as much, which matters for
    the millions of linking keys."""
    names = ", ".join(columns)
    if conn.dialect.name == POSTGRESQL:
        marks = ", ".join(["%s"] * len(columns))
        sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks}) ON CONFLICT DO NOTHING"
    else:
        marks = ", ".join(["?"] * len(columns))
        sql = f"INSERT OR IGNORE INTO {table.name} ({names}) VALUES ({marks})"
    conn.exec_driver_sql(sql, rows)


def temp_table(conn: Connection, name: str) -> str:
    """How to name this connection's temporary table ``name`` in a query."""
    return f"pg_temp.{name}" if conn.dialect.name == POSTGRESQL else f"temp.{name}"


def driving_join(conn: Connection) -> str:
    """The join that makes the database start from the table on its left: SQLite's
    CROSS JOIN (its way to fix the join order); PostgreSQL's planner chooses by itself."""
    return "JOIN" if conn.dialect.name == POSTGRESQL else "CROSS JOIN"
