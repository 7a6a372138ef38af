"""Splitting inputs into partitions that workers read on their own.

A partition is one file, or, for a Telegram export too large for one task, a range of
its messages by position: ``(path, first, stop)``. The worker streams the export from
the start and processes only the messages in its range (``ingest.read_file(...,
messages=...)``); streaming past the others costs a JSON parse, a small fraction of
extraction. Ranges, not byte offsets: a byte offset falls anywhere in the JSON, and
finding the next message from there is a guess, while a message's position is exact,
so the ranges together read exactly what one whole read does.

The client never reads an export whole: it estimates the number of messages from the
first ``SAMPLE_BYTES`` (bytes per message there, times the file's size). The last range
is open-ended, so an estimate that is too low only makes the last partition larger, and
one too high leaves a partition empty.

The cost: each range streams past the messages before it, about 2.4 s per 100,000 on
this machine (bench/bench_engines.py), so P ranges of one export parse it (P + 1) / 2
times. For 1M messages in 50 ranges that is about 600 CPU-s, 14% on top of extraction;
resuming each range at a byte offset found by one scan would remove it.
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from claimledger.ingest import iter_files
from claimledger.ingest.jsonstream import Item, TooDeep, walk
from claimledger.ingest.sniff import HEAD_SIZE, Kind, sniff
from claimledger.ingest.telegram import ITEM_PREFIXES

# At most this many messages a partition: a partition's documents and mentions travel
# back to the client in one piece (about 5 KB a message, so 100 MB), and a worker spends
# about a minute and a half extracting them, beside which starting a task is nothing.
DEFAULT_PARTITION_MESSAGES = 20_000
# At least this many, when a small export is split to keep every worker busy.
MIN_PARTITION_MESSAGES = 500
SAMPLE_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Partition:
    """What one task reads: a file, or messages ``first``..``stop - 1`` of an export."""

    path: Path
    display: str
    explicit: bool
    file: int  # the file's position among the inputs
    first: int = 0
    stop: int | None = None
    size: int = 0  # the bytes of the file this partition stands for, for progress

    @property
    def messages(self) -> tuple[int, int | None] | None:
        """The range for ``read_file``, or None for the whole file."""
        return None if self.first == 0 and self.stop is None else (self.first, self.stop)


def plan(paths: Iterable[str | os.PathLike], messages_per_partition: int = DEFAULT_PARTITION_MESSAGES,
         min_partitions: int = 1) -> list[Partition]:
    """The partitions of every file under ``paths``, in reading order.

    A Telegram export is split into ranges of at most ``messages_per_partition``
    messages, and into at least ``min_partitions`` (ranges of no fewer than
    ``MIN_PARTITION_MESSAGES``) so that one export keeps every worker busy.
    """
    parts: list[Partition] = []
    for index, (path, display, explicit) in enumerate(iter_files(paths)):
        size = _size(path)
        estimate = _telegram_messages(path, size)
        count = max(math.ceil(estimate / messages_per_partition),
                    min(min_partitions, estimate // MIN_PARTITION_MESSAGES))
        if count <= 1:
            parts.append(Partition(path, display, explicit, index, size=size))
            continue
        step = math.ceil(estimate / count)
        share = size // count
        for n in range(count):
            last = n == count - 1
            parts.append(Partition(path, display, explicit, index, first=n * step,
                                   stop=None if last else (n + 1) * step,
                                   size=size - share * (count - 1) if last else share))
    return parts


def _telegram_messages(path: Path, size: int) -> int:
    """About how many messages the Telegram export at ``path`` holds; 0 if it is not one."""
    if size <= 0:
        return 0
    try:
        with open(path, "rb") as fh:
            if sniff(fh.read(HEAD_SIZE), path.suffix.lower()) != Kind.TELEGRAM:
                return 0
            fh.seek(0)
            sample = fh.read(SAMPLE_BYTES)
    except OSError:
        return 0  # read_file reports it
    # A sample cut short ends in a "truncated" event: the messages before it count.
    seen = sum(1 for event in walk(io.BytesIO(sample), ITEM_PREFIXES) if isinstance(event, Item | TooDeep))
    if len(sample) >= size or seen == 0:
        return seen
    return math.ceil(seen * size / len(sample))


def _size(path: Path) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
