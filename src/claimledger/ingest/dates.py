"""Dates as readers meet them, turned into aware UTC datetimes.

Telegram Desktop writes local time without an offset; scrapers write ISO 8601 with an
offset, Unix timestamps, or RFC 2822 (feeds). A naive time is read in the zone the user
gave with ``--tz`` (UTC by default).
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from email.utils import parsedate_to_datetime

# Unix timestamps in milliseconds are > 1e11 for any date after 1973.
_MILLIS_THRESHOLD = 100_000_000_000


def parse_date(value: object, tz: tzinfo = UTC) -> datetime | None:
    """An aware UTC datetime from ``value``, None when absent; ValueError when unreadable."""
    if value is None or value == "" or value == 0 or value == "0":
        return None
    if isinstance(value, bool):
        raise ValueError("not a date")
    if isinstance(value, int | float):
        return _from_timestamp(float(value))
    if not isinstance(value, str):
        raise ValueError("not a date")
    text = value.strip()
    if text.lstrip("-").replace(".", "", 1).isdigit():
        return _from_timestamp(float(text))
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError) as exc:
            raise ValueError("unreadable date") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.astimezone(UTC)


def _from_timestamp(seconds: float) -> datetime:
    if abs(seconds) > _MILLIS_THRESHOLD:
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise ValueError("timestamp out of range") from exc


def iso(value: datetime | None) -> str | None:
    """ISO 8601 with an explicit +00:00 offset, to the second."""
    return value.astimezone(UTC).isoformat(timespec="seconds") if value else None
