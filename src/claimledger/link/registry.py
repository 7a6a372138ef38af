"""The user's source registry: ``sources.yaml``, the sources an analyst knows.

A YAML list, one entry per source::

    - name: Ivan Sokil                    # required: the name claimledger shows
      aliases: [Іван Сокіл, Sokil, head of the district military administration]
      kind: official                        # optional: one of model.SOURCE_KINDS
      affiliation: Ukrainian authorities    # optional: what side it speaks for

A mention's source is the registered one when its name is the entry's name or an alias
(any case), or the same name in another script (``link.keys.skeleton``: Іван Сокіл = Иван
Сокил = Ivan Sokil), or a registered person's surname alone ("Sokil"), when only one
registered person has it. The registry names origins (``assess``: every name of one
registered source is one origin) and gives supporters' affiliations (``one_side_only``).
It is given with ``--sources FILE`` or ``$CLAIMLEDGER_SOURCES``.

Without one, ``institution`` still knows the institutions every desk names in three
languages (``lexicons/institutions.tsv``): "Минобороны РФ" and "Russia's Defence Ministry"
are one origin (``assess.source_key``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from claimledger.errors import ConfigError
from claimledger.link.keys import lexicon_rows, skeleton
from claimledger.model import SOURCE_KINDS

SOURCES_ENV = "CLAIMLEDGER_SOURCES"
FIELDS = ("name", "aliases", "kind", "affiliation")


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    affiliation: str | None = None


class Registry:
    """Registered sources, looked up by any of their names."""

    def __init__(self, entries: list[Entry], path: str = "sources.yaml"):
        self.entries = entries
        self.path = path
        self._exact: dict[str, Entry] = {}
        self._skeleton: dict[str, Entry] = {}
        surnames: dict[str, set[str]] = {}
        by_name = {e.name: e for e in entries}
        for n, entry in enumerate(entries, 1):
            for name in (entry.name, *entry.aliases):
                for table, key in ((self._exact, name.casefold().strip()), (self._skeleton, skeleton(name))):
                    if not key:
                        continue
                    other = table.get(key)
                    if other is not None and other is not entry:
                        raise ConfigError(f"{path} (entry {n}, {entry.name!r}): the name {name!r} also names "
                                          f"{other.name!r}; a name may belong to one source only")
                    table[key] = entry
                words = skeleton(name).split()
                if len(words) > 1 and entry.kind in (None, "person", "official"):
                    surnames.setdefault(words[-1], set()).add(entry.name)
        # a surname alone names a registered person when only one has it
        self._surname = {word: by_name[next(iter(names))] for word, names in surnames.items()
                         if len(names) == 1 and word not in self._skeleton}

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, name: str | None) -> Entry | None:
        """The registered source this name names, if any."""
        if not name:
            return None
        found = self._exact.get(name.casefold().strip())
        if found is not None:
            return found
        key = skeleton(name)
        found = self._skeleton.get(key)
        if found is None and key and " " not in key:
            found = self._surname.get(key)
        return found

    def affiliation(self, name: str | None) -> str | None:
        entry = self.find(name)
        return entry.affiliation if entry is not None else None

    def affiliations(self) -> dict[str, str]:
        """Registered name (lower case) -> affiliation, for ``assess``."""
        return {e.name.lower(): e.affiliation for e in self.entries if e.affiliation}


# -- institutions every analyst of this war knows ---------------------------------------

_NOT_A_NAME_WORD = frozenset({"the", "of", "у", "в"})


def _name_words(name: str) -> frozenset[str]:
    """A name's words, cut to their first five letters: inflected Russian and Ukrainian
    forms and English spellings ("Defence", "Defense") meet; "Russia's" is "Russia"."""
    words = re.findall(r"[^\W\d_]+", name.casefold().replace("ё", "е").replace("’s", "").replace("'s", ""))
    return frozenset(w[:5] for w in words if w not in _NOT_A_NAME_WORD)


@cache
def _institutions() -> dict[frozenset[str], str]:
    out: dict[frozenset[str], str] = {}
    for key, names in lexicon_rows("institutions.tsv"):
        for name in names.split(","):
            if words := _name_words(name):
                out.setdefault(words, key)
    return out


def institution(name: str | None) -> str | None:
    """The key of a well-known institution this name names ("Минобороны РФ", "Russia's
    Defence Ministry": ``ru-defence-ministry``; ``lexicons/institutions.tsv``), if any."""
    return _institutions().get(_name_words(name)) if name else None


def load(path: str | os.PathLike) -> Registry:
    """Read and check a registry file; a ``ConfigError`` names the file and the entry."""
    where = os.fspath(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{where}: no such source registry file") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        raise ConfigError(f"{where}: cannot read the source registry ({reason})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1})" if mark is not None else ""
        raise ConfigError(f"{where}{at}: not YAML; the source registry is a list of "
                          "{name, aliases, kind, affiliation}") from None
    if isinstance(data, dict) and set(data) == {"sources"}:
        data = data["sources"]
    if data is None:
        data = []
    if not isinstance(data, list):
        raise ConfigError(f"{where}: the source registry must be a list of {{name, aliases, kind, affiliation}} "
                          f"entries, not a {type(data).__name__}")
    return Registry([_entry(where, n, item) for n, item in enumerate(data, 1)], where)


def _entry(where: str, n: int, item) -> Entry:
    label = f"{where} (entry {n})"
    if not isinstance(item, dict):
        raise ConfigError(f"{label}: expected a mapping with name, aliases, kind, affiliation")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{label}: 'name' is missing or not text")
    label = f"{where} (entry {n}, {name.strip()!r})"
    unknown = sorted(str(k) for k in item if k not in FIELDS)
    if unknown:
        raise ConfigError(f"{label}: unknown field {', '.join(map(repr, unknown))}; valid fields: {', '.join(FIELDS)}")
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ConfigError(f"{label}: 'aliases' must be a list of names")
    kind = item.get("kind")
    if kind is not None and kind not in SOURCE_KINDS:
        raise ConfigError(f"{label}: kind {kind!r} is not one of {', '.join(SOURCE_KINDS)}")
    affiliation = item.get("affiliation")
    if affiliation is not None and (not isinstance(affiliation, str) or not affiliation.strip()):
        raise ConfigError(f"{label}: 'affiliation' must be text")
    return Entry(name.strip(), tuple(a.strip() for a in aliases), kind, affiliation.strip() if affiliation else None)


def from_option(path: str | os.PathLike | None) -> Registry | None:
    """The registry given on the command line, else ``$CLAIMLEDGER_SOURCES``, else none."""
    path = path or os.environ.get(SOURCES_ENV) or None
    return load(path) if path else None
