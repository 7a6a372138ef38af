"""claimledger's exceptions: one tree, so the CLI can turn every user error into one line.

    ClaimledgerError            anything we raise on purpose
    ├── InputError              a file (or a part of it) cannot be read; carries path and position
    ├── ConfigError             a setting is wrong or missing (redaction key, time zone, database URL)
    └── StoreError              the ledger cannot be opened or written
        └── SchemaError         the ledger was written by a newer claimledger

Messages never quote input text: it may contain what redaction exists to hide.
"""

from __future__ import annotations


class ClaimledgerError(Exception):
    """Base of every error claimledger raises on purpose."""


class InputError(ClaimledgerError):
    """A file or part of a file cannot be read."""

    def __init__(self, path: str, reason: str, where: str | None = None):
        self.path = path
        self.reason = reason
        self.where = where
        at = f" ({where})" if where else ""
        super().__init__(f"{path}{at}: {reason}")


class ConfigError(ClaimledgerError):
    """A setting is wrong or missing."""


class StoreError(ClaimledgerError):
    """The ledger cannot be opened or written."""


class SchemaError(StoreError):
    """The ledger's schema is newer than this version of claimledger understands."""
