"""The store tests run against both backends: ``db`` is a SQLite file or a PostgreSQL URL
whose ``search_path`` is a fresh schema, dropped after the test.

PostgreSQL is reached through ``$CLAIMLEDGER_TEST_POSTGRES`` (a URL to a database the
tests may create schemas in); without it those tests skip, unless
``CLAIMLEDGER_REQUIRE_POSTGRES=1`` (CI), where they fail. A test marked ``sqlite_only``
runs on SQLite alone (it opens the file with sqlite3, or migrates an old SQLite ledger).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest

POSTGRES_ENV = "CLAIMLEDGER_TEST_POSTGRES"
BACKENDS = ("sqlite", "postgres")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): a store test about SQLite itself")


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames:
        only = metafunc.definition.get_closest_marker("sqlite_only")
        metafunc.parametrize("backend", ["sqlite"] if only else list(BACKENDS))


def postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CLAIMLEDGER_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"${POSTGRES_ENV} is not set and CLAIMLEDGER_REQUIRE_POSTGRES=1")
        pytest.skip(f"no PostgreSQL to test against (set ${POSTGRES_ENV})")
    return url


class PostgresSchemas:
    """Fresh schemas in the test database, each a ledger of its own."""

    def __init__(self, url: str):
        from sqlalchemy import create_engine

        from claimledger.store.postgres import psycopg_url

        self.url = url
        self.engine = create_engine(psycopg_url(url))
        self.made: list[str] = []

    def new(self) -> str:
        from sqlalchemy import text

        name = f"t_{uuid.uuid4().hex[:12]}"
        with self.engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {name}"))
        self.made.append(name)
        joiner = "&" if "?" in self.url else "?"
        return f"{self.url}{joiner}options=-csearch_path%3D{name}"

    def drop_all(self) -> None:
        from sqlalchemy import text

        with self.engine.begin() as conn:
            for name in self.made:
                conn.execute(text(f"DROP SCHEMA IF EXISTS {name} CASCADE"))
        self.made.clear()
        self.engine.dispose()


@pytest.fixture
def postgres_schemas() -> Iterator[PostgresSchemas]:
    schemas = PostgresSchemas(postgres_url())
    yield schemas
    schemas.drop_all()


@pytest.fixture
def new_ledger(backend, tmp_path_factory, request) -> Callable[[], str]:
    """Makes new, empty ledger locations on ``backend``: one for each example of a property test."""
    if backend == "sqlite":
        return lambda: str(tmp_path_factory.mktemp("rt") / "ledger.db")
    return request.getfixturevalue("postgres_schemas").new


@pytest.fixture
def db(backend, tmp_path, request) -> str:
    """A new, empty ledger location on ``backend``."""
    if backend == "sqlite":
        return str(tmp_path / "ledger.db")
    return request.getfixturevalue("postgres_schemas").new()
