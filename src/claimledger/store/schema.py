"""The ledger's tables, in SQLAlchemy Core so SQLite and PostgreSQL share one definition.

Full-text search is dialect-specific and lives in the migrations (FTS5 on SQLite, tsvector
indexes on PostgreSQL).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text
from sqlalchemy.dialects import postgresql

metadata = MetaData()
# Message ids are stored as given: SQLite's INTEGER holds 64 bits, PostgreSQL's 32.
_BIG_INTEGER = Integer().with_variant(BigInteger(), "postgresql")

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
    Column("message_id", _BIG_INTEGER),
    Column("url", Text),
    Column("title", Text),
    Column("published_at", String),
    Column("edited_at", String),
    Column("language", String),
    Column("author", Text),
    Column("forwarded_from", Text),
    Column("reply_to", _BIG_INTEGER),
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

# -- schema version 2: claim mentions ----------------------------------------------------

sources = Table(
    "sources", metadata,
    Column("id", String, primary_key=True),  # model.source_id: "s-" + hash of normalised name and kind
    Column("name", Text, nullable=False),  # as first seen
    Column("kind", String, nullable=False),
)

mentions = Table(
    "mentions", metadata,
    Column("id", String, primary_key=True),  # the extractor's content hash (document, offsets, cue)
    Column("document_id", String, ForeignKey("documents.id"), nullable=False),
    Column("source_id", String, ForeignKey("sources.id"), nullable=False),
    Column("source", Text, nullable=False),  # the name as written in this mention
    Column("source_kind", String, nullable=False),
    Column("cue", Text, nullable=False),
    Column("content", Text, nullable=False),
    Column("language", String),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("hedges", Text, nullable=False, default="[]"),  # JSON array of strings
    Column("stance", String, nullable=False),
    Column("quantities", Text, nullable=False, default="[]"),  # JSON array of Quantity objects
    Column("entities", Text, nullable=False, default="[]"),  # JSON array of Entity objects
    Column("checkworthiness", Float),
    # schema version 3: linking
    Column("predicates", Text, nullable=False, default="[]"),  # JSON array of lemmas
    Column("context", Text, nullable=False, default="[]"),  # JSON array of name skeletons
    Column("group_id", String),  # the claim group, once linked; NULL: not linked yet
    Column("group_stance", String),  # supports / denies / neutral toward the group, once linked
    Column("origin", Text),  # origin key once linked ("person:sokil", "channel:…"); NULL: not an independent origin
    Column("fts_rowid", Integer),  # its row in mentions_fts (the full-text index of contents, SQLite)
    # schema version 4: a vague mention follows one other (link.linker)
    Column("follows", String),  # the mention id it follows; NULL: it is a link itself, or alone
    Column("follow_score", Float),  # how similar it is to that mention (0: the claim before a denial)
)
Index("mentions_document", mentions.c.document_id)
Index("mentions_source", mentions.c.source, mentions.c.source_kind)  # with the kind: sources are listed from it alone
Index("mentions_source_id", mentions.c.source_id)
Index("mentions_kind", mentions.c.source_kind)
Index("mentions_group", mentions.c.group_id)
Index("mentions_fts_rowid", mentions.c.fts_rowid)
Index("mentions_follows", mentions.c.follows)

# One row per document that has been through the extractor, so a document in which it
# found nothing is not extracted again on every run (it has no mentions to show for it).
extractions = Table(
    "extractions", metadata,
    Column("document_id", String, ForeignKey("documents.id"), primary_key=True),
    Column("mentions", Integer, nullable=False),
    Column("extracted_at", String, nullable=False),
)


# -- schema version 3: linking -------------------------------------------------------------

groups = Table(
    "groups", metadata,
    Column("id", String, primary_key=True),  # link.linker.group_id(root)
    Column("root", String, nullable=False),  # its smallest specific member's id (or its only vague one): its node
    Column("status", String, nullable=False),  # single-source, corroborated, contested
    Column("flags", Text, nullable=False, default="[]"),  # JSON: anonymous_only, hedged_only, one_side_only
    Column("mentions", Integer, nullable=False),
    Column("supporters", Integer, nullable=False),
    Column("deniers", Integer, nullable=False),
    Column("origins", Text, nullable=False, default="[]"),  # JSON: independent origins of support
    Column("first_seen", String),
    Column("last_seen", String),
    Column("channels", Text, nullable=False, default="[]"),  # JSON: channels and outlets it spread through
    Column("quantities", Text, nullable=False, default="[]"),  # JSON: the quantities given, when they disagree
    Column("affiliations", Text, nullable=False, default="[]"),  # JSON: supporters' affiliations
    Column("languages", Text, nullable=False, default="[]"),
    Column("summary", Text),  # the content of its earliest supporting mention
    Column("profile", Text, nullable=False, default="{}"),  # unused since version 4 (was: what linking must not mix)
    Column("updated_at", String, nullable=False),
)
Index("groups_status", groups.c.status)
Index("groups_first_seen", groups.c.first_seen)

# The inverted index linking uses to find candidate mentions without comparing all pairs:
# the index keys of every linked mention (link.linker.posted_keys: "predicate|about@period").
link_keys = Table(
    "link_keys", metadata,
    Column("key", String, primary_key=True),
    Column("mention_id", String, ForeignKey("mentions.id"), primary_key=True),
    # SQLite: the table is its primary key's index, with no row table beside it (schema 7)
    sqlite_with_rowid=False,
)
Index("link_keys_mention", link_keys.c.mention_id)


# -- schema version 5: analysts' verdicts --------------------------------------------------

# Append-only: the current verdict of a group is its latest; the earlier ones are the
# audit trail (who rated it what, when, on what evidence).
verdicts = Table(
    "verdicts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("group_id", String, nullable=False),
    Column("mention_id", String, nullable=False),  # the group's root mention when recorded
    Column("rating", String, nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("evidence", Text),
    Column("analyst", Text, nullable=False, default=""),
    Column("created_at", String, nullable=False),
)
Index("verdicts_group", verdicts.c.group_id)
Index("verdicts_mention", verdicts.c.mention_id)
Index("groups_last_seen", groups.c.last_seen)
Index("groups_mentions", groups.c.mentions)


def _bytewise_on_postgresql() -> None:
    # Text compares and sorts byte by byte on PostgreSQL too, as on SQLite, whatever the
    # database's locale: linking finds keys by prefix ranges ("key@" up to "keyA"), and
    # listings sorted by name or id come out in the same order on both.
    for table in metadata.tables.values():
        for column in table.columns:
            if isinstance(column.type, String):
                column.type = column.type.with_variant(postgresql.TEXT(collation="C"), "postgresql")


_bytewise_on_postgresql()
