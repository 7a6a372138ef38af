"""Shared fixtures: a redaction key from the environment (never the user's key file), a
fresh ledger path, the CLI runner, and writers for files shaped like real inputs."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import main

TEST_KEY = "claimledger-test-key"


@pytest.fixture(autouse=True)
def _isolated_key(monkeypatch, tmp_path_factory):
    # Tests never read or create the real per-user key file.
    monkeypatch.setenv("CLAIMLEDGER_KEY", TEST_KEY)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("CLAIMLEDGER_DB", raising=False)


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "ledger.db"


@pytest.fixture
def cli():
    """Run a claimledger command; returns the click Result (exit_code, stdout, stderr)."""
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(main, list(args), catch_exceptions=False)

    return run
