"""Schema versions and the steps between them, applied when a ledger is opened.

Each migration runs in its own transaction and records the new version in ``meta``, so
a ledger is always at exactly one version. A ledger newer than this code is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, select, text

from claimledger.errors import SchemaError
from claimledger.store import schema
from claimledger.store.dialect import DOCUMENT_TSVECTOR, MENTION_TSVECTOR, POSTGRESQL


def _v1_documents(conn: Connection) -> None:
    for table in (schema.meta, schema.documents, schema.problems, schema.runs):
        table.create(conn, checkfirst=True)
    for index in schema.documents.indexes:
        index.create(conn, checkfirst=True)
    if conn.dialect.name == "sqlite":
        # External-content FTS5 index kept in step by triggers: text is stored once.
        conn.execute(text(
            "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', "
            "content_rowid='seq', tokenize='unicode61 remove_diacritics 2')"))
        conn.execute(text(
            "CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END"))
        conn.execute(text(
            "CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
            "VALUES ('delete', old.seq, old.title, old.text); END"))
        conn.execute(text(
            "CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
            "VALUES ('delete', old.seq, old.title, old.text); "
            "INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END"))
    elif conn.dialect.name == POSTGRESQL:
        # PostgreSQL indexes the expression itself: nothing to keep in step.
        conn.execute(text(f"CREATE INDEX documents_fts ON documents USING gin (({_bare(DOCUMENT_TSVECTOR)}))"))


def _bare(expression: str) -> str:
    # An index is on its own table: the query's table-qualified columns, unqualified.
    return expression.replace("documents.", "").replace("mentions.", "")


def _v2_mentions(conn: Connection) -> None:
    # Documents already in the ledger get no mentions here: `claimledger extract` adds them.
    for table in (schema.sources, schema.mentions, schema.extractions):
        table.create(conn)  # with its indexes


def _v3_linking(conn: Connection) -> None:
    # Ledgers made at version 2 get the new columns; a new ledger already has them,
    # since version 2 creates the mentions table from the current schema.
    have = {c["name"] for c in inspect(conn).get_columns("mentions")}
    for column, ddl in (("predicates", "TEXT NOT NULL DEFAULT '[]'"), ("context", "TEXT NOT NULL DEFAULT '[]'"),
                        ("group_id", "VARCHAR"),
                        ("group_stance", "VARCHAR"), ("origin", "TEXT"), ("fts_rowid", "INTEGER")):
        if column not in have:
            conn.execute(text(f"ALTER TABLE mentions ADD COLUMN {column} {ddl}"))
    for index in schema.mentions.indexes:
        index.create(conn, checkfirst=True)
    for table in (schema.groups, schema.link_keys):
        table.create(conn, checkfirst=True)  # with its indexes
    if conn.dialect.name == "sqlite":
        # The contents' full-text index (`claims --search`). Not external-content: the
        # mentions table has no integer key of its own (its implicit rowid may change on
        # VACUUM), so the index keeps its own rows and each mention remembers its row.
        conn.execute(text(
            "CREATE VIRTUAL TABLE mentions_fts USING fts5(content, tokenize='unicode61 remove_diacritics 2')"))
        conn.execute(text("INSERT INTO mentions_fts(rowid, content) SELECT rowid, content FROM mentions"))
        conn.execute(text("UPDATE mentions SET fts_rowid = rowid"))
        conn.execute(text(
            "CREATE TRIGGER mentions_ai AFTER INSERT ON mentions BEGIN "
            "INSERT INTO mentions_fts(content) VALUES (new.content); "
            "UPDATE mentions SET fts_rowid = last_insert_rowid() WHERE rowid = new.rowid; END"))
        conn.execute(text(
            "CREATE TRIGGER mentions_ad AFTER DELETE ON mentions BEGIN "
            "DELETE FROM mentions_fts WHERE rowid = old.fts_rowid; END"))
    elif conn.dialect.name == POSTGRESQL:
        conn.execute(text(f"CREATE INDEX mentions_fts ON mentions USING gin (({_bare(MENTION_TSVECTOR)}))"))


def _v4_periods(conn: Connection) -> None:
    # Linking keys are now filed by the period of the document's date, and a vague
    # mention follows one other instead of linking groups. The old links would not be
    # those of the new rules, so the ledger is unlinked: `claimledger link` (or the next
    # ingest) links it again.
    have = {c["name"] for c in inspect(conn).get_columns("mentions")}
    for column, ddl in (("follows", "VARCHAR"), ("follow_score", "FLOAT")):
        if column not in have:
            conn.execute(text(f"ALTER TABLE mentions ADD COLUMN {column} {ddl}"))
    for index in schema.mentions.indexes:
        index.create(conn, checkfirst=True)
    _unlink(conn)


def _unlink(conn: Connection) -> None:
    """Every mention unlinked, no group, no linking key: the next `link` starts over."""
    conn.execute(schema.link_keys.delete())
    conn.execute(schema.groups.delete())
    conn.execute(schema.mentions.update().values(group_id=None, group_stance=None, origin=None, follows=None,
                                                 follow_score=None))


def _v5_verdicts(conn: Connection) -> None:
    schema.verdicts.create(conn, checkfirst=True)  # with its indexes
    conn.execute(text("DROP INDEX IF EXISTS mentions_source"))  # now with the kind
    for index in schema.mentions.indexes:
        index.create(conn, checkfirst=True)
    for index in schema.groups.indexes:  # the web app's sort orders
        index.create(conn, checkfirst=True)
    if conn.dialect.name == "sqlite":
        # The writer now files each mention's content in the full-text index itself, under
        # a row number it assigns (sqlite._insert_mentions): this trigger, which did it one
        # row at a time and read the number back with an UPDATE, was a third of the cost
        # of storing a batch.
        conn.execute(text("DROP TRIGGER IF EXISTS mentions_ai"))


def _v6_news_cycles(conn: Connection) -> None:
    # Linking keys are now filed by news cycle (12 hours), with "far" keys (a figure, two
    # names) by period, and the rules that join mentions changed (figures that only round
    # alike, places that only overlap, days apart). Old links are not those of the new
    # rules, and old keys would not be found: the ledger is unlinked, as at version 4.
    _unlink(conn)


def _v7_keys_without_rowid(conn: Connection) -> None:
    # SQLite kept the linking keys twice: a table of rows and the index of its primary key
    # (key, mention). As a WITHOUT ROWID table it is that index alone (the index by mention
    # grows, holding keys instead of row ids): the 30k-message synthetic ledger linked is
    # 441 MB instead of 497.
    if conn.dialect.name != "sqlite":
        return
    ddl = conn.execute(text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'link_keys'")).scalar()
    if ddl is None or "WITHOUT ROWID" in ddl.upper():
        return
    conn.execute(text("DROP INDEX IF EXISTS link_keys_mention"))
    conn.execute(text("ALTER TABLE link_keys RENAME TO link_keys_v6"))
    schema.link_keys.create(conn)  # with its index
    conn.execute(text("INSERT INTO link_keys (key, mention_id) SELECT key, mention_id FROM link_keys_v6 "
                      "ORDER BY key, mention_id"))
    conn.execute(text("DROP TABLE link_keys_v6"))


def _v8_concepts(conn: Connection) -> None:
    # Linking knows more of the domain's events and things (fires, explosions, outages,
    # fuel, workers, airfields …) and spells g and h alike in names (Городок, Horodok):
    # stored keys and links are not those of the new rules, so the ledger is unlinked.
    _unlink(conn)


# (version, what it does, the step). Append only: a released step is never edited.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "documents, problems, runs, full-text index", _v1_documents),
    (2, "claim mentions, sources, extraction records", _v2_mentions),
    (3, "claim groups, linking keys, mention groups, stances and origins, contents' full-text index",
     _v3_linking),
    (4, "linking keys filed by date period, vague mentions follow one other (the ledger is unlinked; "
        "`link` links it again)", _v4_periods),
    (5, "analysts' verdicts on claim groups; indexes for sorting groups and listing sources", _v5_verdicts),
    (6, "linking keys filed by news cycle, stricter joins across cycles (the ledger is unlinked; "
        "`link` links it again)", _v6_news_cycles),
    (7, "SQLite: linking keys in a table without row ids (the keys are kept, a smaller ledger)",
     _v7_keys_without_rowid),
    (8, "linking by a wider lexicon of events and things, names spelt with g and h alike (the ledger "
        "is unlinked; `link` links it again)", _v8_concepts),
]
CURRENT = MIGRATIONS[-1][0]


def schema_version(conn: Connection) -> int:
    if not inspect(conn).has_table("meta"):
        return 0
    row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).first()
    return int(row[0]) if row else 0


def migrate(engine) -> int:
    """Bring the ledger to the last version in MIGRATIONS; return the version it was at."""
    current = MIGRATIONS[-1][0]
    with engine.begin() as conn:
        found = schema_version(conn)
    if found > current:
        raise SchemaError(f"this ledger has schema version {found}; this claimledger knows up to {current}: "
                          "upgrade claimledger to open it")
    for version, _, step in MIGRATIONS:
        if version <= found:
            continue
        with engine.begin() as conn:
            if conn.dialect.name == POSTGRESQL:
                # Several processes may open a new ledger at once: one migrates, the others
                # wait here, then find the step done.
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(current_schema() || :what))"),
                     {"what": "/migrate"})
                if schema_version(conn) >= version:
                    continue
            step(conn)
            conn.execute(schema.meta.delete().where(schema.meta.c.key == "schema_version"))
            conn.execute(schema.meta.insert().values(key="schema_version", value=str(version)))
    return found
