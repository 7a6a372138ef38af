"""The docs keep up with the code: every command in the README's table, every export field
in docs/export.md."""

from __future__ import annotations

import re
from pathlib import Path

from claimledger.cli import main
from claimledger.model import ClaimMention, Document
from claimledger.report.jsonl import claim_record

ROOT = Path(__file__).parent.parent


def test_readme_lists_every_command_and_its_options():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `claimledger (\w+)[^|]*\|", readme, re.M)}
    assert set(rows) == set(main.commands)
    for name, command in main.commands.items():
        for param in command.params:
            if param.opts[0].startswith("-") and "--db" not in param.opts:  # --db: said once for all
                assert any(f"[{opt}" in rows[name] for opt in param.opts), f"{name} {param.opts}"


def test_export_doc_names_every_field():
    doc = Document(id="d", format="text", path="a.txt", text="Sokil said it.")
    record = claim_record(doc, ClaimMention(id="m", document_id="d", sentence_start=0, sentence_end=14,
                                            source="", source_kind="author", cue="", content="it",
                                            content_start=11, content_end=13))
    names = {f"`{key}`" for key, value in record.items() if not isinstance(value, dict)}
    names |= {f"`{key}.{sub}`" for key, value in record.items() if isinstance(value, dict) for sub in value}
    text = (ROOT / "docs" / "export.md").read_text(encoding="utf-8")
    assert {name for name in names if name not in text} == set()
