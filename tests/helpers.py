"""Writers for test inputs shaped like the real thing (Telegram Desktop exports above all)."""

from __future__ import annotations

import json
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
DEV = FIXTURES / "dev"


def tdesktop_json(obj) -> str:
    """JSON the way Telegram Desktop writes it: one-space indent, non-ASCII kept."""
    return json.dumps(obj, ensure_ascii=False, indent=1)


def channel_export(messages: list[dict], name: str = "Test Channel", chat_type: str = "public_channel",
                   chat_id: int = 1000001) -> dict:
    return {"name": name, "type": chat_type, "id": chat_id, "messages": messages}


def message(mid: int, text, date: str = "2026-03-01T10:00:00", **extra) -> dict:
    """A text message with text_entities as tdesktop writes them (a plain text -> one entity)."""
    msg = {"id": mid, "type": "message", "date": date, "date_unixtime": "1772359200",
           "from": extra.pop("from_", "Test Channel"), "from_id": extra.pop("from_id", "channel1000001"), "text": text}
    if isinstance(text, str):
        msg["text_entities"] = [{"type": "plain", "text": text}] if text else []
    else:
        msg["text_entities"] = [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in text]
    msg.update(extra)
    return msg


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
