"""Raw SQL on a test ledger of either backend, from outside the store (as another process
or an auditor would look at it)."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine, text

from claimledger.store.postgres import is_postgres_url, psycopg_url


def run_sql(location: str, sql: str) -> list[tuple]:
    """Run one statement in its own committed transaction; the rows it returns."""
    if is_postgres_url(location):
        engine = create_engine(psycopg_url(location))
        try:
            with engine.begin() as conn:
                result = conn.execute(text(sql))
                return [tuple(row) for row in result] if result.returns_rows else []
        finally:
            engine.dispose()
    conn = sqlite3.connect(location)
    try:
        rows = conn.execute(sql).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()
