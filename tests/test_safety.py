"""Nothing sensitive reaches the ledger, the output or the problems table; tokens cannot
be reversed from the ledger alone."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import sqlite3

from claimledger.nlp.redact import Redactor
from tests.conftest import TEST_KEY
from tests.helpers import DEV, channel_export, message, tdesktop_json, write

GOLD = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))


def variants(value: str) -> set[str]:
    return {value, json.dumps(value, ensure_ascii=False)[1:-1], json.dumps(value)[1:-1]}


def ledger_text(db) -> str:
    """Everything in the ledger: a full SQL dump plus the raw bytes of the file and its WAL."""
    conn = sqlite3.connect(db)
    dump = "\n".join(conn.iterdump())
    conn.close()
    raw = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))
    return dump + raw.decode("utf-8", "replace")


def assert_absent(secrets, *haystacks: str):
    for secret in secrets:
        for text in haystacks:
            flat = re.sub(r"\s+", " ", text)
            assert not any(v in text or v in flat for v in variants(secret)), secret


def test_dev_must_redact_strings_never_stored_or_printed(cli, db):
    outputs = []
    for args in (("ingest", str(DEV / "docs")), ("docs", "--json"), ("docs",), ("stats", "--json"), ("stats",),
                 ("extract", "--all"), ("export",)):
        result = cli(*args, "--db", str(db))
        outputs += [result.stdout, result.stderr]
    for args in (("eval", str(DEV / "gold.json")), ("eval", str(DEV / "gold.json"), "--json")):
        result = cli(*args)
        outputs += [result.stdout, result.stderr]
    assert_absent(GOLD["must_redact"], ledger_text(db), *outputs)
    assert "[location#" in ledger_text(db) and "[phone#" in ledger_text(db)


SENSITIVE_FIELDS = {
    "location_information": {"latitude": 48.123456, "longitude": 37.654321},
    "place_name": "Safehouse Kvitkova", "address": "14 Kvitkova St, Kramatorsk",
    "contact_information": {"first_name": "Ostap", "last_name": "Hidden", "phone_number": "+380 50 123 45 67"},
    "contact_vcard": "contacts/contact_1.vcf",
}


def test_fields_that_must_never_be_stored(cli, db, tmp_path):
    msgs = [
        message(1, "Meet here.", **SENSITIVE_FIELDS),
        message(2, "Reacted post.", reactions=[{"type": "emoji", "count": 2, "emoji": "👍",
                                                "recent": [{"from": "Mariia Secret", "from_id": "user8881234",
                                                            "date": "2026-03-01T10:00:00"}]}]),
        {"id": 3, "type": "service", "date": "2026-03-01T10:00:00", "actor": "Admin Person", "actor_id": "user1112223",
         "action": "invite_members", "members": ["Invited Person Name"], "inviter": "Inviting Person Name",
         "text": ""},
        {"id": 4, "type": "service", "date": "2026-03-01T10:00:00", "actor": "Admin Person", "actor_id": "user1112223",
         "action": "proximity_reached", "from": "Walker One", "from_id": "user3334445", "to": "Walker Two",
         "to_id": "user4445556", "distance": 173, "text": ""},
        message(5, "A commenter writes.", from_="Halyna Commenter", from_id="user9990001"),
        message(6, ["Call ", {"type": "mention_name", "text": "Bohdan Private", "user_id": 123456789},
                    " or write to ", {"type": "email", "text": "field.unit@example.org"}]),
        message(7, ["Map: ", {"type": "text_link", "text": "here",
                              "href": "https://www.google.com/maps/@48.5612,37.9843,15z"}]),
    ]
    path = write(tmp_path / "group.json", tdesktop_json(channel_export(msgs, name="Open Group",
                                                                      chat_type="public_supergroup")))
    result = cli("ingest", str(path), "--db", str(db))
    assert result.exit_code == 0
    secrets = ["48.123456", "37.654321", "Safehouse Kvitkova", "Kvitkova St", "Ostap", "+380 50 123 45 67",
               "380501234567", "contact_1.vcf", "Mariia Secret", "user8881234", "Invited Person Name",
               "Inviting Person Name", "Admin Person", "Walker One", "Walker Two", "Halyna Commenter",
               "user9990001", "Bohdan Private", "123456789", "field.unit@example.org", "48.5612", "37.9843"]
    assert_absent(secrets, ledger_text(db), result.stdout, result.stderr)
    assert "Open Group" in ledger_text(db)  # a public chat keeps its name: it is a source


def test_sensitive_file_names_and_problems_are_redacted(cli, db, tmp_path):
    bad = write(tmp_path / "call +380 44 555 0199.json", '{"messages": [{"id": 1, "text": "x"')
    result = cli("ingest", str(bad), "--db", str(db))
    assert result.exit_code == 1
    assert_absent(["+380 44 555 0199"], ledger_text(db), result.stdout, result.stderr)
    assert "[phone#" in result.stderr


def _hashes(data: bytes, keys: list[bytes]) -> set[str]:
    out = {hashlib.sha256(data).hexdigest(), hashlib.sha1(data).hexdigest(), hashlib.md5(data).hexdigest(),
           hashlib.blake2b(data).hexdigest()}
    out.update(hmac.new(k, data, hashlib.sha256).hexdigest() for k in keys)
    return {h[:8] for h in out}


def test_tokens_cannot_be_reversed_from_the_ledger_alone(cli, db):
    cli("ingest", str(DEV / "docs"), "--db", str(db))
    text = ledger_text(db)
    conn = sqlite3.connect(db)
    # Every value stored anywhere in the ledger is a candidate key, plus the empty key.
    keys = {b""}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%fts%'"):
        for row in conn.execute(f"SELECT * FROM {table}"):
            keys.update(str(v).encode() for v in row if v is not None and len(str(v)) < 200)
    conn.close()
    keys = sorted(keys)[:400]
    tokens = {kind: set(re.findall(rf"\[{kind}#([0-9a-f]{{8}})\]", text)) for kind in ("location", "phone", "user")}
    assert all(tokens.values())

    # Every candidate near the true values (a far smaller space than an attacker's).
    grid = range(-20, 21)
    locations = [f"{47.5521 + dy / 1000:.3f},{34.9917 + dx / 1000:.3f}" for dy in grid for dx in grid]
    phones = [f"+38044555{n:04d}" for n in range(10000)]
    users = [f"user555{n:04d}" for n in range(10000)]
    spaces = {"location": locations, "phone": phones, "user": users}

    for kind, candidates in spaces.items():
        found = set()
        for value in candidates:
            for rendering in (value, f"{kind}:{value}"):
                found |= _hashes(rendering.encode(), keys[:40]) & tokens[kind]
        assert not found, f"{kind} token reversed without the key"

    # The same search with the key does find them: the test can fail, the space is right.
    redactor = Redactor(hashlib.sha256(TEST_KEY.encode()).digest())
    for kind, candidates in spaces.items():
        hits = {redactor.token(kind, value)[len(kind) + 2:-1] for value in candidates} & tokens[kind]
        assert hits, kind
