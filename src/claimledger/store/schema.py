"""The ledger's tables, in SQLAlchemy Core so SQLite and PostgreSQL share one definition.

Full-text search is dialect-specific and lives in the migrations (FTS5 on SQLite).
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

meta = Table(
    "meta", metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents", metadata,
    # seq is the row number FTS5 indexes by; id is the content address everyone else uses.
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String, nullable=False, unique=True),
    Column("format", String, nullable=False),
    Column("path", Text, nullable=False),
    Column("channel", Text),
    Column("message_id", Integer),
    Column("url", Text),
    Column("title", Text),
    Column("published_at", String),
    Column("edited_at", String),
    Column("language", String),
    Column("author", Text),
    Column("forwarded_from", Text),
    Column("reply_to", Integer),
    Column("links", Text, nullable=False, default="[]"),  # JSON array of redacted URLs
    Column("text", Text, nullable=False),
    Column("redactions", Integer, nullable=False, default=0),
    Column("ingested_at", String, nullable=False),
)
Index("documents_channel", documents.c.channel, documents.c.message_id)
Index("documents_published", documents.c.published_at)

problems = Table(
    "problems", metadata,
    Column("id", String, primary_key=True),  # hash of path, position and reason: reported once
    Column("path", Text, nullable=False),
    Column("location", Text),
    Column("reason", Text, nullable=False),
    Column("first_seen", String, nullable=False),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("command", String, nullable=False),
    Column("started_at", String, nullable=False),
    Column("finished_at", String),
    Column("summary", Text),  # JSON: the IngestReport, already free of sensitive values
)
