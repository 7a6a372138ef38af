"""Shared fixtures: a redaction key from the environment (never the user's key file), a
fresh ledger path, and the CLI runner (with the stand-in extractor of tests/helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import Runtime, main
from tests.helpers import CachedExtractor, RuleExtractor

TEST_KEY = "claimledger-test-key"


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
