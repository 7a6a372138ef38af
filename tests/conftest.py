"""Shared fixtures: a redaction key from the environment (never the user's key file), a
fresh ledger path, the CLI runner (with the stand-in extractor of tests/helpers.py), and
ledgers of the dev set and the XSS corpus built once per session with claimledger's own
extractor (read-only: ``copy_ledger`` for a test that writes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import Runtime, main
from claimledger.config import KEY_ENV, load_key
from claimledger.engine.local import ingest, load_extractor
from claimledger.store import open_store
from tests.helpers import DEV, FIXTURES, CachedExtractor, RuleExtractor

TEST_KEY = "claimledger-test-key"
DEV_DOCS = DEV / "docs"
DEV_GOLD = DEV / "gold.json"
XSS_EXPORT = FIXTURES / "xss" / "result.json"


@pytest.fixture(autouse=True)
def _isolated_key(monkeypatch, tmp_path_factory):
    # Tests never read or create the real per-user key file.
    monkeypatch.setenv("CLAIMLEDGER_KEY", TEST_KEY)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("CLAIMLEDGER_DB", raising=False)
    monkeypatch.delenv("CLAIMLEDGER_SOURCES", raising=False)


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "ledger.db"


@pytest.fixture
def cli():
    """Run a claimledger command; returns the click Result (exit_code, stdout, stderr).

    Commands that extract claims use the stand-in ``RuleExtractor`` (or ``extractor=``),
    so these tests exercise the plumbing, not the quality of claimledger's extractor."""
    runner = CliRunner()

    def run(*args: str, extractor=None):
        runtime = Runtime(extractor=extractor or RuleExtractor())
        return runner.invoke(main, list(args), obj=runtime, catch_exceptions=False)

    return run


@pytest.fixture(scope="session")
def own_extractor() -> CachedExtractor:
    """claimledger's own extractor (loaded once), for tests of what linking makes of real
    mentions; each document is extracted once per session."""
    return CachedExtractor()


# -- ledgers built with claimledger's own extractor, once per session -------------------------


def ledger_key() -> bytes:
    """The redaction key ``tests/conftest.py`` gives every test, hashed as ``load_key``
    hashes it. Session fixtures run before that function-scoped fixture sets it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(KEY_ENV, TEST_KEY)
        return load_key(create=False)


@pytest.fixture(scope="session")
def extractor():
    """claimledger's own extractor, loaded once (a few seconds)."""
    return load_extractor()


def build_ledger(paths: list[Path], db: Path, extractor) -> Path:
    """Ingest ``paths`` into a new ledger at ``db`` (extracted and linked) and return it."""
    store = open_store(str(db))
    try:
        report = ingest(paths, store, key=ledger_key(), extractor=extractor)
    finally:
        store.close()
    assert report.ok, [str(p) for p in report.failed]
    assert report.mentions > 0
    return db


@pytest.fixture(scope="session")
def dev_ledger(tmp_path_factory, extractor) -> Path:
    """The dev set (English, Russian and Ukrainian exports and articles), read-only."""
    return build_ledger([DEV_DOCS], tmp_path_factory.mktemp("dev") / "dev.db", extractor)


@pytest.fixture(scope="session")
def xss_ledger(tmp_path_factory, extractor) -> Path:
    """The XSS corpus: a Telegram export whose names, authors, texts and links are payloads."""
    return build_ledger([XSS_EXPORT], tmp_path_factory.mktemp("xss") / "xss.db", extractor)


def copy_ledger(ledger: Path, to: Path) -> Path:
    """A copy of ``ledger`` for a test that writes (SQLite's backup: WAL pages included)."""
    source, target = sqlite3.connect(ledger), sqlite3.connect(to)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return to


@pytest.fixture
def writable_dev_store(dev_ledger, tmp_path):
    """The dev ledger's store, on a copy that a test may write (verdicts) into."""
    store = open_store(copy_ledger(dev_ledger, tmp_path / "dev-copy.db"), create=False)
    yield store
    store.close()
