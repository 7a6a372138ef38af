"""Where the redaction key comes from.

The key turns a redacted value into a stable token (``nlp.redact``). Coordinates and
phone numbers are a small space: whoever holds the key can hash every candidate and
recover the value, so the key lives outside the ledger, in the environment or in the
user's config directory, and is never printed, logged or stored beside the data.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
from pathlib import Path

import platformdirs

from claimledger.errors import ConfigError

KEY_ENV = "CLAIMLEDGER_KEY"
KEY_FILE_ENV = "CLAIMLEDGER_KEY_FILE"
_KEY_BYTES = 32


def key_path() -> Path:
    """The key file used when ``CLAIMLEDGER_KEY`` is not set."""
    override = os.environ.get(KEY_FILE_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir("claimledger")) / "redaction.key"


def key_location() -> str:
    """Say where the key comes from, for ``--help`` and error messages (never the key)."""
    if os.environ.get(KEY_ENV):
        return f"environment variable {KEY_ENV}"
    return str(key_path())


def load_key(create: bool = True) -> bytes:
    """Return the 32-byte redaction key, creating the key file on first use if ``create``.

    ``CLAIMLEDGER_KEY`` (any non-empty string, hashed to 32 bytes) wins over the file so
    that CI and containers can inject a key without writing one to disk.
    """
    value = os.environ.get(KEY_ENV)
    if value:
        return hashlib.sha256(value.encode()).digest()
    path = key_path()
    if not path.exists() and create:
        _create_key_file(path)
    return _read_key_file(path)


def _read_key_file(path: Path) -> bytes:
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise ConfigError(f"redaction key file {path} does not exist; restore it, or set {KEY_ENV}") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not text"
        raise ConfigError(f"cannot read redaction key file {path}: {reason}") from None
    # Checking the shape, not just decodability, catches a truncated copy before it
    # silently produces tokens that no longer match the rest of the ledger.
    if len(text) != 2 * _KEY_BYTES:
        raise ConfigError(
            f"redaction key file {path} is malformed: expected {2 * _KEY_BYTES} hex characters, found {len(text)}"
        )
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise ConfigError(f"redaction key file {path} is malformed: expected {2 * _KEY_BYTES} hex characters") from None


def _create_key_file(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the directory of key file {path}: {exc.strerror}") from None
    # Write to a private temporary file, then link it into place: O_EXCL on the final
    # name alone would let a concurrent reader see an empty file between open and write.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, (secrets.token_hex(_KEY_BYTES) + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            # link() fails if the name exists, so two processes racing to create the
            # key cannot overwrite each other: the loser reads the winner's key.
            os.link(tmp, path)
        except FileExistsError:
            pass
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
                raise
            # Some filesystems have no hard links: fall back to O_EXCL on the name.
            _create_key_file_excl(path)
    except OSError as exc:
        raise ConfigError(f"cannot create redaction key file {path}: {exc.strerror}") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _create_key_file_excl(path: Path) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(secrets.token_hex(_KEY_BYTES) + "\n")
