"""The redaction key: from the environment, or a private key file made on first use."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from pathlib import Path

import pytest

from claimledger import config
from claimledger.errors import ConfigError


@pytest.fixture
def key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A key file path under tmp_path; the real user config directory is never touched."""
    path = tmp_path / "conf" / "claimledger" / "redaction.key"
    monkeypatch.delenv(config.KEY_ENV, raising=False)
    monkeypatch.setenv(config.KEY_FILE_ENV, str(path))
    return path


def test_environment_key_wins(key_file: Path, monkeypatch: pytest.MonkeyPatch):
    """CLAIMLEDGER_KEY is hashed to 32 bytes and no file is created."""
    monkeypatch.setenv(config.KEY_ENV, "correct horse battery staple")
    assert hashlib.sha256(b"correct horse battery staple").digest() == config.load_key()
    assert config.key_location() == "environment variable CLAIMLEDGER_KEY"
    assert not key_file.exists()


def test_empty_environment_key_is_ignored(key_file: Path, monkeypatch: pytest.MonkeyPatch):
    """An empty CLAIMLEDGER_KEY does not become the (guessable) hash of an empty string."""
    monkeypatch.setenv(config.KEY_ENV, "")
    assert hashlib.sha256(b"").digest() != config.load_key()
    assert str(key_file) == config.key_location()


def test_key_file_is_created_private_and_reused(key_file: Path):
    """The first call creates 64 hex characters with mode 0600; later calls read the same key."""
    key = config.load_key()
    assert len(key) == 32
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert key.hex() == key_file.read_text().strip()
    assert key == config.load_key()
    assert [key_file.name] == os.listdir(key_file.parent)  # no temporary file left behind


def test_default_location_is_the_user_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Without overrides the key lives in platformdirs' config dir for "claimledger"."""
    monkeypatch.delenv(config.KEY_ENV, raising=False)
    monkeypatch.delenv(config.KEY_FILE_ENV, raising=False)
    monkeypatch.setattr(config.platformdirs, "user_config_dir", lambda app: str(tmp_path / app))
    assert str(tmp_path / "claimledger" / "redaction.key") == config.key_location()
    assert len(config.load_key()) == 32


def test_missing_key_without_create(key_file: Path):
    """create=False never writes a key, and says which file is missing."""
    with pytest.raises(ConfigError, match=str(key_file)):
        config.load_key(create=False)
    assert not key_file.exists()


@pytest.mark.parametrize("content", ["", "abc", "zz" * 32, "00" * 31, "00" * 33, "00" * 32 + " 00"])
def test_malformed_key_file(key_file: Path, content: str):
    """A short, long or non-hex key file is a ConfigError naming the file, never a weak key."""
    key_file.parent.mkdir(parents=True)
    key_file.write_text(content)
    with pytest.raises(ConfigError, match="malformed") as info:
        config.load_key()
    message = str(info.value)
    assert str(key_file) in message and "\n" not in message
    assert content.strip() == "" or content not in message.replace(str(key_file), "")


def test_unreadable_key_file(key_file: Path):
    """A key path that cannot be read (here a directory) is a one-line ConfigError naming it."""
    key_file.mkdir(parents=True)
    with pytest.raises(ConfigError, match="cannot read") as info:
        config.load_key()
    assert str(key_file) in str(info.value)


def test_creation_race_keeps_the_first_key(key_file: Path):
    """If another process created the key first, its key is kept, not overwritten."""
    key_file.parent.mkdir(parents=True)
    key_file.write_text("ab" * 32 + "\n")
    config._create_key_file(key_file)  # as if exists() had said False a moment earlier
    assert bytes.fromhex("ab" * 32) == config.load_key()


def test_concurrent_first_use_agrees_on_one_key(key_file: Path):
    """Many first uses at once all get the same key: none reads a half-written file."""
    keys: list[bytes] = []
    errors: list[BaseException] = []

    def use() -> None:
        try:
            keys.append(config.load_key())
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=use) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(set(keys)) == 1


def test_key_never_appears_in_messages(key_file: Path):
    """Errors and the location text never contain the key itself."""
    key = config.load_key()
    assert key.hex() not in config.key_location()
    key_file.write_text(key.hex()[:-2])
    with pytest.raises(ConfigError) as info:
        config.load_key()
    assert key.hex()[:-2] not in str(info.value)
