"""The PostgreSQL ledger: one database (or schema) a team shares, written by several
processes at once.

What is PostgreSQL's own lives here: the URL, documents stored by two processes at the
same moment (each lands once: ``ON CONFLICT DO NOTHING``), linking serialised by an
advisory lock, and ``version()``. Writing, reading and linking are shared with SQLite
(``writing.py``, ``read.py``, ``groups.py``, ``linking.py``); full-text search is
``dialect.py``, its indexes are in the migrations.
"""

from __future__ import annotations

from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from claimledger.errors import StoreError
from claimledger.store import schema
from claimledger.store.groups import GroupReading
from claimledger.store.migrations import migrate
from claimledger.store.read import Reading
from claimledger.store.writing import Writing

__all__ = ["SCHEMES", "PostgresStore", "is_postgres_url", "psycopg_url"]

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def is_postgres_url(location: str) -> bool:
    return location.lower().startswith(SCHEMES)


def psycopg_url(location: str) -> URL:
    """The URL with psycopg (version 3) as its driver, whichever way it was written."""
    scheme, rest = location.split("://", 1)
    if scheme.lower() not in ("postgresql", "postgresql+psycopg", "postgres"):
        raise StoreError(f"{scheme}://: not a PostgreSQL URL claimledger can use (postgresql://user@host/db)")
    try:
        return make_url("postgresql+psycopg://" + rest)
    except ArgumentError:
        raise StoreError("the PostgreSQL URL cannot be read (postgresql://user:password@host:port/db)") from None


class PostgresStore(Writing, Reading, GroupReading):
    """A ledger in a PostgreSQL database: the schema of the URL's ``search_path`` (public
    unless ``?options=-csearch_path%3Dname``)."""

    def __init__(self, url: str, create: bool = True):
        parsed = psycopg_url(url)
        self._password = parsed.password
        # What people see (summaries, errors, pages): never the password.
        self.location = parsed.render_as_string(hide_password=True)
        try:
            import psycopg  # noqa: F401  (the driver is an extra: say so rather than fail deep inside)
        except ImportError:
            raise StoreError("PostgreSQL needs its driver: pip install 'claimledger[postgres]'") from None
        self.engine = create_engine(parsed, pool_pre_ping=True)
        try:
            if not create:
                with self.engine.connect() as conn:
                    if not inspect(conn).has_table("meta"):
                        raise StoreError(f"{self.location}: no ledger here (run 'claimledger ingest' first, "
                                         "or pass --db)")
            migrate(self.engine)
        except DBAPIError as exc:
            self.engine.dispose()
            raise StoreError(f"{self.location}: cannot open the ledger ({self._reason(exc)})") from None

    def _reason(self, exc: Exception) -> str:
        reason = super()._reason(exc)
        return reason.replace(self._password, "***") if self._password else reason

    def _insert_documents(self, conn: Connection, values: list[dict]) -> set[str]:
        # Numbered in the batch's order, inserted in the ids' order: two processes storing
        # overlapping batches then wait for each other's rows in one order, never in a
        # cycle, and the one that comes second skips the rows the first stored.
        numbers = conn.execute(text("SELECT nextval(pg_get_serial_sequence('documents', 'seq')::regclass) AS n "
                                    "FROM generate_series(1, :count) ORDER BY n"), {"count": len(values)}).scalars()
        numbered = sorted((row | {"seq": n} for row, n in zip(values, numbers, strict=True)),
                          key=lambda row: row["id"])
        insert = postgresql.insert(schema.documents).on_conflict_do_nothing().returning(schema.documents.c.id)
        return set(conn.execute(insert, numbered).scalars())

    def _exclusive(self, conn: Connection) -> None:
        # Linking reads the groups, then writes them: two at once would each merge what
        # they read. The lock is the transaction's; it goes with the commit.
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(current_schema() || :what))"),
                     {"what": "/link"})

    def version(self) -> int:
        # The server's snapshot of transactions (next id, those in progress) changes when a
        # writing transaction starts and again when it commits, in any process; reading
        # leaves it alone. Cheap, and no row every writer would have to update.
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT hashtext(pg_current_snapshot()::text)")).scalar_one()

    def close(self) -> None:
        self.engine.dispose()
