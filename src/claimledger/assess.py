"""What a claim group amounts to: each mention's stance toward it, where its support
comes from, and its status by the rules of DESIGN.md.

- An *origin* is a named source (person, official, organization, media, channel). A
  mention that repeats another ("the ministry says …" in a channel post) has the source it
  cites as origin; a post in the channel's own voice that was forwarded has the channel it
  was forwarded from; a discussion group's copy of a channel post has that channel.
  Anonymous and crowd sources are never an origin: they do not corroborate.
- ``contested``: at least one mention denies the proposition; ``corroborated``: otherwise,
  two or more independent origins support it; ``single-source``: otherwise.
- Flags: ``anonymous_only`` (no named origin supports it), ``hedged_only`` (every
  supporting mention is hedged), ``one_side_only`` (all supporters' origins share one
  affiliation in the user's source registry).

With a source registry (``link.registry``), a registered source is one origin under its
registered name whatever it is called in a mention ("MoD", "the Ministry of Defence").

Stance toward the group: a denial cue denies; otherwise a mention whose state polarity
("destroyed" / "still standing") is the opposite of the group's proposition denies; the
proposition's polarity is that of its earliest dated mention, or of the majority.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimledger.link.keys import skeleton
from claimledger.link.registry import institution
from claimledger.model import ClaimMention, Document

if TYPE_CHECKING:
    from claimledger.link.registry import Registry

NAMED_KINDS = {"person", "official", "organization", "media", "channel"}
# lower-case words describing a body, then its name: "regional energy company DTEK"
_DESCRIBED_NAME = re.compile(r"(?:[^\W\d_A-ZА-ЯЁІЇЄҐ][\w'’-]*\s+)+([«“\"]?[A-ZА-ЯЁІЇЄҐ].*)")
# the kinds a well-known institution's name may be read as (one or the other, by language)
INSTITUTION_KINDS = {"official", "organization"}


@dataclass(frozen=True, slots=True)
class Member:
    mention: ClaimMention
    document: Document
    # of its signature (link.keys.signature), all assessment needs: +1 / -1 on the first
    # state its words give ("destroyed" / "still standing"), 0 when none
    polarity: int


@dataclass(slots=True)
class Assessment:
    status: str
    stances: dict[str, str]  # mention id -> supports / denies / neutral
    origins: dict[str, str | None]  # mention id -> origin key (None: not an independent origin)
    origin_names: list[str]  # the independent origins of support, as named
    flags: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
    channels: list[str] = field(default_factory=list)
    quantities: list[str] = field(default_factory=list)  # the figures given, when they disagree
    affiliations: list[str] = field(default_factory=list)
    summary: str = ""
    supporters: int = 0
    deniers: int = 0


def origin(member: Member, registry: Registry | None = None) -> tuple[str | None, str | None]:
    """(origin key, origin name) of a mention; (None, None) when it has no named origin."""
    m, doc = member.mention, member.document
    if m.source_kind == "author":
        name = doc.forwarded_from if doc.forwarded_from and not doc.forwarded_from.startswith("[") else doc.channel
        if not name or doc.format not in ("telegram", "json", "jsonl", "feed", "html"):
            return None, None
        key = "channel:" + skeleton(name)
    elif m.source_kind not in NAMED_KINDS or not m.source:
        return None, None
    else:
        name, key = m.source, source_key(m.source, m.source_kind)
    entry = registry.find(name) if registry is not None else None
    if entry is not None:
        return "registered:" + skeleton(entry.name), entry.name
    return key, name


def source_key(name: str, kind: str) -> str:
    if kind in INSTITUTION_KINDS and (known := institution(name)):
        return "institution:" + known  # "Минобороны РФ" and "Russia's Defence Ministry" are one
    words = skeleton(name).split()
    if kind == "person" and words:
        return "person:" + words[-1]  # "Ivan Sokil", "Sokil" and "Іван Сокіл" are one person
    if kind != "person" and (named := _DESCRIBED_NAME.fullmatch(name)):
        # "the regional energy company DTEK" and "ДТЕК", "телеканал CCTV" and "CCTV" are one;
        # so is a body's press service ("пресс-служба НАТО")
        words = skeleton(named.group(1)).split() or words
    return f"{kind}:" + " ".join(words)


def assess(members: list[Member], affiliations: Mapping[str, str] | None = None,
           registry: Registry | None = None) -> Assessment:
    """Stances, status and flags of one group. Supporters' affiliations come from the
    ``registry``, or from ``affiliations`` (lower-cased origin name -> affiliation)."""
    if registry is not None:
        affiliations = registry.affiliations()
    reference = _proposition_polarity(members)
    stances: dict[str, str] = {}
    for member in members:
        m = member.mention
        opposite = bool(reference and member.polarity and member.polarity != reference)
        if m.stance == "denies" or opposite:
            stance = "denies"
        else:
            stance = m.stance if m.stance in ("supports", "neutral") else "supports"
        stances[m.id] = stance
    origins: dict[str, str | None] = {}
    names: dict[str, str] = {}
    for member in members:
        key, name = origin(member, registry)
        origins[member.mention.id] = key
        if key and stances[member.mention.id] == "supports":
            names.setdefault(key, name)
    supporters = [mb for mb in members if stances[mb.mention.id] == "supports"]
    deniers = [mb for mb in members if stances[mb.mention.id] == "denies"]
    if deniers:
        status = "contested"
    elif len(names) >= 2:
        status = "corroborated"
    else:
        status = "single-source"
    flags = []
    if supporters and not names:
        flags.append("anonymous_only")
    if supporters and all(mb.mention.hedges for mb in supporters):
        flags.append("hedged_only")
    sides = sorted({affiliations.get(n.lower(), "") for n in names.values()} - {""}) if affiliations else []
    if len(names) >= 2 and len(sides) == 1 and all(affiliations.get(n.lower()) for n in names.values()):
        flags.append("one_side_only")
    dates = sorted(mb.document.published_at for mb in members if mb.document.published_at)
    channels = sorted({mb.document.channel for mb in members if mb.document.channel
                       and not mb.document.channel.startswith("[")})
    figures = sorted({q.text for mb in members for q in mb.mention.quantities})
    values = {(q.value, q.unit) for mb in members for q in mb.mention.quantities if q.value}
    earliest = min(supporters or members, key=lambda mb: (mb.document.published_at or "~", mb.mention.id))
    return Assessment(
        status=status,
        stances=stances,
        origins=origins,
        origin_names=sorted(names.values()),
        flags=flags,
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        channels=channels,
        quantities=figures if len({v for v, _ in values}) > 1 else [],
        affiliations=sides,
        summary=earliest.mention.content,
        supporters=len(supporters),
        deniers=len(deniers),
    )


def _proposition_polarity(members: list[Member]) -> int:
    """+1 or -1: what the group's proposition says about its state concept; 0 when it has
    none. A claim that a state changed or holds (destroyed, taken, soldiers quartered there)
    is the proposition whenever one is made: its opposite ("still standing", "there were no
    soldiers") answers it, whatever was published first. Without one, the earliest dated
    mention that takes a side decides; else the majority of mentions that do not deny by
    their cue."""
    polar = [mb for mb in members if mb.polarity and mb.mention.stance != "denies"]
    if not polar:
        return 0
    if any(mb.polarity > 0 for mb in polar):
        return 1
    dated = sorted((mb for mb in polar if mb.document.published_at), key=lambda mb: mb.document.published_at)
    if dated:
        return dated[0].polarity
    votes = Counter(mb.polarity for mb in polar)
    return 1 if votes[1] >= votes[-1] else -1
