"""Telegram Desktop exports (``result.json``): one chat, or a whole account (``chats.list``).

The export is streamed (``jsonstream.walk``): memory stays flat however large the file.
Only the fields a ledger needs are read; everything else, including
``location_information``, ``contact_information``, ``reactions[].recent`` and service
``members``, is never copied out of the parsed message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import IO, Any

from claimledger.ingest.dates import parse_date
from claimledger.ingest.jsonstream import Broken, Item, Scalar, Start, TooDeep, walk
from claimledger.ingest.markup import telegram_text
from claimledger.model import Note, Problem, RawDocument, Skip

_CHAT_LISTS = ("chats.list.item", "left_chats.list.item")
ITEM_PREFIXES = frozenset({"messages.item", *(f"{c}.messages.item" for c in _CHAT_LISTS)})
_CHAT_FIELDS = ("name", "type", "id")
SCALAR_PREFIXES = frozenset({*_CHAT_FIELDS, *(f"{c}.{f}" for c in _CHAT_LISTS for f in _CHAT_FIELDS)})
START_PREFIXES = frozenset(_CHAT_LISTS)

# Keys whose presence makes an empty-text message a media post rather than an empty one.
_MEDIA_KEYS = ("photo", "file", "media_type", "sticker_emoji", "poll", "location_information",
               "contact_information", "game_title", "invoice_information", "place_name", "todo_list")
# Chat types whose name is a private person's.
_PRIVATE_CHAT_TYPES = {"personal_chat"}


@dataclass(slots=True)
class _Chat:
    name: str | None = None
    type: str | None = None
    id: Any = None
    # the display names of the private people who wrote so far, by the first word of each:
    # another message that names one ("Денис, ти з якого міста?") names a private account
    private_names: dict[str, dict[str, str]] = field(default_factory=dict)
    # the names of one word of four letters or more by their stem (``_stem``), for their
    # inflected forms: stem -> (first word, name), the keys of ``private_names``
    name_stems: dict[str, tuple[str, str]] = field(default_factory=dict)

    def knowing(self, known: _Chat | None) -> _Chat:
        """This chat, knowing the private senders found beforehand in ``known``."""
        if known is not None:
            self.private_names = {first: dict(names) for first, names in known.private_names.items()}
            self.name_stems = dict(known.name_stems)
        return self

    def note_sender(self, msg: dict) -> None:
        """Remember a private sender's display name, with the key their messages carry."""
        sender = _text_or_none(msg.get("from"))
        sender_id = str(msg.get("from_id") or "")
        if sender is None or not _private_sender(sender, sender_id, self):
            return
        name = sender.strip()
        first = _WORD.search(name)
        if first is None or len(name) < 3:
            return  # (no word to find it by, or too short to tell from other words)
        name = name[first.start():]
        names = self.private_names.setdefault(first.group(), {})
        if name not in names and " " not in name and len(name) >= 4:
            for stem in _stems(name):
                self.name_stems[stem] = (first.group(), name)
        elif name not in names and _FIRST_AND_LAST.fullmatch(name) and len(first.group()) >= 4:
            # a first name and a surname: the first name alone names the person too, in any
            # ending ("Ирина, а ты сама проверяла?", "Олено, передай їм" after "Олена Гавриш")
            for stem in _stems(first.group()):
                self.name_stems.setdefault(stem, (first.group(), name))
        names[name] = sender_id or sender

    def named_private_people(self, text: str) -> list[tuple[int, int, str, str]]:
        """Spans of ``text`` that give the display name of a private person who writes in this
        chat (whole words; a name of one word of four letters or more in any ending: "Дениса",
        "Ганно"), as private spans ``(start, end, "user", key)``."""
        spans: list[tuple[int, int, str, str]] = []
        if not self.private_names:
            return spans
        stems = self.name_stems
        for word in _WORD.finditer(text):
            w = word.group()
            names = self.private_names.get(w, {})
            if spans and word.start() < spans[-1][1]:
                continue
            for name, key in names.items():
                end = word.start() + len(name)
                if text.startswith(name, word.start()) and (end == len(text) or not text[end].isalnum()):
                    spans.append((word.start(), end, "user", key))
                    break
            else:
                if len(w) >= 4:
                    # a name of one word of four letters or more, or the first name of one, in
                    # any ending: "Дениса", "Остапе", "Ганно" (its stem, without a last vowel,
                    # and up to three letters more)
                    found = next((stems[w[:n]] for n in range(len(w), max(3, len(w) - 3) - 1, -1)
                                  if w[:n] in stems), None)
                    if found is not None:
                        first, name = found
                        spans.append((word.start(), word.end(), "user", self.private_names[first][name]))
        return spans


_WORD = re.compile(r"\w+")
# a display name of a first name and a surname or an initial ("Ирина Шевелёва", "Мирослава Д.")
_FIRST_AND_LAST = re.compile(r"[^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*\.?){1,2}")


def _stem(name: str) -> str:
    """A name without its last vowel, what its inflected forms share ("Ганна": "Ганн")."""
    return name[:-1] if name[-1:].lower() in "аяоеєиіїуюьыэй" else name


# the consonants a Ukrainian vocative turns a name's last one into ("Олег": "Олеже")
_VOCATIVE_CONSONANTS = {"г": "ж", "к": "ч", "х": "ш"}


def _stems(name: str) -> list[str]:
    """A name's stem, and the stem of its vocative where that changes the last consonant."""
    stem = _stem(name)
    changed = _VOCATIVE_CONSONANTS.get(stem[-1:].lower())
    return [stem, stem[:-1] + changed] if changed else [stem]


def _nth(chats: list[_Chat] | None, n: int) -> _Chat | None:
    return chats[n] if chats and n < len(chats) else None


def _private_sender(sender: str | None, sender_id: str, chat: _Chat) -> bool:
    """Whether a message's sender is a private person: a user id, or a named sender without
    an id in a chat that is no channel."""
    return sender_id.startswith("user") or (not sender_id and sender is not None
                                            and chat.type not in ("public_channel", "private_channel"))


# Exports up to this size are read twice: first for the names of their private senders, so a
# name written before its owner's first message is redacted too (above it, one pass notes
# them as it goes).
PRESCAN_BYTES = 64 * 1024 * 1024


def private_senders(fh: IO[bytes]) -> list[_Chat]:
    """Every chat with the display names of its private senders (``_Chat.private_names``),
    in export order, from one pass over the export."""
    chats = [_Chat()]
    for event in walk(fh, ITEM_PREFIXES, SCALAR_PREFIXES, START_PREFIXES):
        if isinstance(event, Item) and isinstance(event.value, dict):
            chats[-1].note_sender(event.value)
        elif isinstance(event, Scalar):
            setattr(chats[-1], event.prefix.rsplit(".", 1)[-1], event.value)
        elif isinstance(event, Start):
            chats.append(_Chat())
    return chats


def read_telegram(fh: IO[bytes], path: str, tz: tzinfo = UTC, max_text: int = 200_000,
                  messages: tuple[int, int | None] | None = None,
                  senders: list[_Chat] | None = None
                  ) -> Iterator[RawDocument | Skip | Problem | Note]:
    """Yield one RawDocument per text message of every chat in the export.

    ``senders``: each chat's private senders found beforehand (``private_senders``), whose
    names are redacted from the first message on.

    ``messages=(first, stop)`` reads only the messages at positions first..stop-1 (all
    chats counted together; ``stop`` None: to the end), for an engine that splits one
    large export between workers. The messages before are streamed past, not processed;
    a problem found between two messages goes with the range of the message after it, so
    ranges that tile 0.. together report exactly what one whole read reports.
    """
    first, stop = messages or (0, None)
    chats_begun = 0
    chat = _Chat().knowing(_nth(senders, 0))
    saw_messages = False
    offset_note_given = False
    last_id: Any = None
    position = 0  # messages seen so far (items and those nested too deep)

    def mine() -> bool:
        return first <= position and (stop is None or position < stop)

    for event in walk(fh, ITEM_PREFIXES, SCALAR_PREFIXES, START_PREFIXES):
        if stop is not None and position >= stop:
            break
        if isinstance(event, Item):
            saw_messages = True
            msg = event.value
            position += 1
            if isinstance(msg, dict):
                chat.note_sender(msg)  # (of the messages streamed past too: every range knows them)
            if position <= first:
                continue
            if not isinstance(msg, dict):
                yield Problem(path, f"message #{event.index + 1}", "a message that is not a JSON object")
                continue
            last_id = msg.get("id", last_id)
            yield from _message(msg, chat, path, tz, max_text)
            if not offset_note_given and (note := _offset_note(msg, path, tz)):
                offset_note_given = True
                yield note
        elif isinstance(event, Scalar):
            setattr(chat, event.prefix.rsplit(".", 1)[-1], event.value)
        elif isinstance(event, Start):
            chats_begun += 1
            chat = _Chat().knowing(_nth(senders, chats_begun))
        elif isinstance(event, TooDeep):
            position += 1
            if position <= first:
                continue
            where = f"message {event.ident}" if event.ident is not None else f"message #{event.index + 1}"
            yield Problem(path, where, "nested deeper than 64 levels; skipped")
        elif isinstance(event, Broken) and mine():
            after = event.after.get("id") if isinstance(event.after, dict) else None
            where = f"byte {event.offset:,}" + (f", after message {after}" if after is not None else "")
            yield Problem(path, where, event.reason)
    if not saw_messages and chat.name is None and chat.type is None and mine():
        yield Problem(path, None, "a JSON object but not a Telegram Desktop export (no 'messages' or 'chats')")


def _message(msg: dict, chat: _Chat, path: str, tz: tzinfo, max_text: int
             ) -> Iterator[RawDocument | Skip | Problem]:
    mid = msg.get("id")
    where = f"message {mid}"
    if msg.get("type", "message") != "message":
        yield Skip(path, "service message")
        return
    raw_text = msg["text"] if "text" in msg else msg.get("text_entities")
    text, links, private_spans = telegram_text(raw_text)
    if not text.strip():
        has_media = any(msg.get(k) for k in _MEDIA_KEYS)
        yield Skip(path, "media-only message" if has_media else "empty message")
        return
    if len(text) > max_text:
        yield Problem(path, where, f"text of {len(text):,} characters is over the limit of {max_text:,}; skipped")
        return
    if not isinstance(mid, int):
        yield Problem(path, f"message #{mid!r}"[:60], "message without a numeric id; skipped")
        return
    try:
        published = _local_date(msg.get("date"), msg.get("date_unixtime"), tz)
        edited = _local_date(msg.get("edited"), msg.get("edited_unixtime"), tz)
    except ValueError:
        yield Problem(path, where, "unreadable date; stored without a date")
        published = edited = None

    sender = _text_or_none(msg.get("from"))
    sender_id = str(msg.get("from_id") or "")
    chat_private = chat.type in _PRIVATE_CHAT_TYPES
    sender_private = _private_sender(sender, sender_id, chat)
    named = chat.named_private_people(text)
    if named:
        # (Telegram's own spans first: a mention of a user is keyed by their id already)
        marked = [(a, b) for a, b, _, _ in private_spans]
        private_spans = (*private_spans, *(span for span in named
                                           if not any(a < span[1] and span[0] < b for a, b in marked)))
    signature = _text_or_none(msg.get("author"))
    if signature:
        author, author_private = signature, False  # a signed channel post names its author publicly
    elif sender_private:
        author, author_private = sender_id or sender, True
    elif sender and sender != chat.name:
        author, author_private = sender, False
    else:
        author, author_private = None, False

    forwarded = _text_or_none(msg.get("forwarded_from")) or _text_or_none(msg.get("saved_from"))
    forwarded_id = str(msg.get("forwarded_from_id") or "")
    forwarded_private = bool(forwarded) and (
        forwarded_id.startswith("user")
        # Without an id, a forward inside a group may be a person's: keep it only when it
        # is the channel that posted it (a discussion group's copy of a channel post).
        or (not forwarded_id and chat.type not in ("public_channel", "private_channel")
            and not (forwarded == sender and not sender_private))
    )
    reply_to = msg.get("reply_to_message_id")
    yield RawDocument(
        format="telegram",
        path=path,
        origin=f"telegram:{chat.id}:{mid}",
        text=text,
        channel=_text_or_none(chat.name),
        origin_private=chat_private,
        channel_private=chat_private,
        message_id=mid,
        published_at=published,
        edited_at=edited,
        author=author,
        author_private=author_private,
        forwarded_from=(forwarded_id if forwarded_private and forwarded_id else forwarded),
        forwarded_from_private=forwarded_private,
        forwarded_from_unverified=bool(forwarded) and not forwarded_id and not forwarded_private,
        reply_to=reply_to if isinstance(reply_to, int) else None,
        links=links,
        private_spans=private_spans,
    )


def _unixtime(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def _local_date(value: Any, unixtime: Any, tz: tzinfo):
    """``value`` read in ``tz``. In the hour repeated when clocks go back, a local time has
    two readings; ``date_unixtime`` (exact UTC) says which one the export meant."""
    published = parse_date(value, tz)
    stamp = _unixtime(unixtime)
    if published is None or stamp <= 0 or abs(published.timestamp() - stamp) < 60 or not isinstance(value, str):
        return published
    naive = datetime.fromisoformat(value)
    if naive.tzinfo is None:
        other = naive.replace(tzinfo=tz, fold=1 - naive.fold).astimezone(UTC)
        if abs(other.timestamp() - stamp) < 60:
            return other
    return published


def _offset_note(msg: dict, path: str, tz: tzinfo) -> Note | None:
    """Say once per file when ``date_unixtime`` shows the export used another time zone."""
    stamp = _unixtime(msg.get("date_unixtime"))
    try:
        local = parse_date(msg.get("date"), UTC)
        assumed = _local_date(msg.get("date"), stamp, tz)
    except ValueError:
        return None
    if stamp <= 0 or local is None or assumed is None or abs(assumed.timestamp() - stamp) < 60:
        return None
    offset = local.timestamp() - stamp
    hours = timedelta(seconds=round(offset / 900) * 900)
    sign = "+" if hours >= timedelta(0) else "-"
    hh, rest = divmod(abs(int(hours.total_seconds())), 3600)
    return Note(path, f"its dates look like local time at UTC{sign}{hh:02d}:{rest // 60:02d} (from date_unixtime); "
                      f"they were read in {tz}; use --tz to change")


def _text_or_none(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
