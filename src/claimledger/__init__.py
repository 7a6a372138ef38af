"""claimledger: a ledger of claims from war reporting.

The library API a notebook can call (the CLI is a thin layer over it)::

    import claimledger
    store = claimledger.open_store("claimledger.db")
    report = claimledger.ingest(["export/result.json"], store)
    for doc in store.documents(search="bridge"):
        print(doc.published_at, doc.channel, doc.text[:80])
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "ingest", "open_store"]


def __getattr__(name: str):
    # Lazy: `claimledger --help` should not pay for importing every stage.
    if name == "ingest":
        from claimledger.engine.local import ingest

        return ingest
    if name == "open_store":
        from claimledger.store import open_store

        return open_store
    raise AttributeError(name)
