"""Linking in the ledger, incrementally: ``link(store)`` links the mentions not linked yet.

Which mentions are linked: every attribution, and the document's own voice (kind
``author``) when it reads as a claim (check-worthiness at least ``CHECKWORTHY``). Any
other mention is a group of its own (``linker.group_id`` of its id), never compared.

A batch of documents at a time, in one transaction:

1. The batch's new mentions (``group_id`` NULL) become ``linker.Item``s.
2. Candidates are the linked mentions sharing a key with them in the same or a
   neighbouring news cycle or period (``linker.lookup_keys``), from the stored inverted
   index (``link_keys``); a key more than ``linker.MAX_POSTINGS`` mentions have is not used.
   Each specific candidate joins the linker as a member of its stored group, whose root
   (its smallest specific member id) is the group's node; each vague one with what it
   follows (``mentions.follows``); the batch's documents' mentions already linked (after
   a partial relink), and those of the messages the batch's replies answer, join the same
   way (stored replies that a batch's message answers are filed under ``reply_key``).
3. The linker adds the new mentions (``Linker.add``). A group's id is ``linker.group_id``
   of its root, so the groups are those of linking the whole ledger at once, whatever
   order documents came in, with one exception: a key is crowded once more than
   ``MAX_POSTINGS`` mentions are filed under it, and the mentions linked before that used
   it. So documents are linked in the order stored, ``batch_size`` at a time, and the
   engines link only whole batches until the end of an ingest: the same input gives the
   same ledger whichever engine and however many workers.
4. Stored groups a new mention joined are merged (their members move, one UPDATE per
   group); stored vague mentions that now follow a new mention move to its group with
   their own followers; the new mentions get their group and what they follow, and their
   keys are indexed. Every group the batch touched is re-assessed (``assess.assess``)
   from its members and their documents: the group's row, and each member's stance
   toward it and origin; a group left empty is deleted.

The cost of a batch is that of its mentions, their candidates and the groups they touch,
not the size of the ledger. A run that dies leaves the unfinished batches' mentions with
``group_id`` NULL: the next run links them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime

from claimledger.assess import Assessment, Member, assess, origin
from claimledger.link.keys import signature
from claimledger.link.linker import (
    MAX_POSTINGS,
    Item,
    Linker,
    answers,
    group_id,
    item_of,
    lookup_keys,
    posted_keys,
    reply_lookup_keys,
)
from claimledger.link.registry import Registry
from claimledger.model import ClaimMention, Document, LinkReport
from claimledger.store import Store

CHECKWORTHY = 0.5
# Documents per transaction. A batch's candidates are the mentions of its days, read and
# filed again by every batch: fewer, larger batches read them fewer times (the 30k
# synthetic messages: `claimledger link` 91 s with 500, 69 s with 2,000, 64 s with 5,000).
DEFAULT_BATCH = 2_000
# Mentions (and as many documents) a linking run remembers between its batches: about the
# linkable mentions of three periods of a busy ledger (4,600 a day in the benchmarks'
# corpus), so that a batch's candidates are mostly known. About 6 KB each, with its item
# and document.
MEMORY = 40_000


def linkable(mention: ClaimMention) -> bool:
    """Attributions, and own-voice mentions that read as claims."""
    return mention.source_kind != "author" or (mention.checkworthiness or 0.0) >= CHECKWORTHY


class Progress:
    """Callbacks for a progress display (documents); the default does nothing."""

    def start(self, total: int) -> None: ...

    def advance(self, n: int) -> None: ...


class Memory:
    """What linking has read of a ledger, kept between batches: each batch's candidates
    and the members of the groups it touches are mostly those of the batch before, and
    decoding them (their rows, signatures and documents' dates) was most of its cost.

    A stored mention never changes while it is stored: re-extraction replaces mentions
    (``extract --all``), and links each batch with a memory of its own. An ingest keeps
    one memory for all its batches (``link(..., memory=)``): it only adds documents. The
    least recently used is forgotten past ``size`` of each kind."""

    def __init__(self, size: int = MEMORY):
        self.mentions: _Recent = _Recent(size)  # id -> ClaimMention
        self.items: _Recent = _Recent(size)  # mention id -> linker.Item
        self.documents: _Recent = _Recent(size)  # id -> Document, without its text
        # mention id -> its signature's polarity, all that assessing its group needs of it:
        # a group that grows for weeks has more members than the memory holds mentions
        self.polarities: _Recent = _Recent(10 * size)

    def remember(self, documents: Iterable[Document], mentions: Iterable[ClaimMention]) -> None:
        """Documents and mentions just stored, which the next ``link`` would read back."""
        for doc in documents:
            self.documents[doc.id] = replace(doc, text="")
        for mention in mentions:
            self.mentions[mention.id] = mention

    def item(self, mention: ClaimMention, document: Document) -> Item:
        found = self.items.get(mention.id)
        if found is None:
            found = self.items[mention.id] = item_of(mention, document=document)
        return found

    def polarity(self, mention: ClaimMention) -> int:
        item = self.items.get(mention.id)
        if item is not None:
            return item.signature.polarity
        found = self.polarities.get(mention.id)
        if found is None:
            found = self.polarities[mention.id] = signature(mention).polarity
        return found

    def documents_of(self, session, ids) -> dict[str, Document]:
        out: dict[str, Document] = {}
        missing = []
        for doc_id in set(ids):
            doc = self.documents.get(doc_id)
            if doc is None:
                missing.append(doc_id)
            else:
                out[doc_id] = doc
        for doc_id, doc in session.documents(missing).items():
            out[doc_id] = self.documents[doc_id] = doc
        return out


class _Recent(OrderedDict):
    """A mapping that keeps the ``size`` most recently used entries."""

    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def get(self, key, default=None):
        if key in self:
            self.move_to_end(key)
            return self[key]
        return default

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, value)
        if len(self) > self.size:
            self.popitem(last=False)


def link(store: Store, registry: Registry | None = None, everything: bool = False,
         batch_size: int = DEFAULT_BATCH, progress: Progress | None = None,
         memory: Memory | None = None, whole_batches: bool = False) -> LinkReport:
    """Link the mentions not linked yet, ``batch_size`` documents per transaction, in the
    order the documents were stored; with ``everything``, unlink the whole ledger first
    and link it again (after a change of the linker or of the source registry).
    ``memory``: what an earlier call of the same run has read (see ``Memory``: an ingest
    keeps one for all its batches). ``whole_batches``: link only full batches and leave
    the rest for a later call (an ingest links as it stores, and its batches are then
    those of storing everything first and linking after, as the Dask engine does)."""
    progress = progress or Progress()
    report = LinkReport()
    if everything:
        store.reset_links()
    with store.linking() as session:
        pending = session.unlinked_documents()
    if whole_batches:
        pending = pending[:len(pending) - len(pending) % batch_size]
    progress.start(len(pending))
    memory = memory or Memory()
    for first in range(0, len(pending), batch_size):
        documents = pending[first:first + batch_size]
        with store.linking(memory.mentions) as session:
            _link_batch(session, documents, registry, report, memory)
        report.documents += len(documents)
        progress.advance(len(documents))
    return report


def _link_batch(session, document_ids: list[str], registry: Registry | None, report: LinkReport,
                memory: Memory) -> None:
    stored = session.mentions_of(document_ids)
    fresh = [s.mention for s in stored if s.group_id is None or (s.root is None and linkable(s.mention))]
    if not fresh:
        return
    docs = memory.documents_of(session, document_ids)
    items: dict[str, Item] = {m.id: memory.item(m, docs[m.document_id]) for m in fresh if linkable(m)}
    keys: set[str] = set()
    prefixes: set[str] = set()
    for item in items.values():
        exact, wide = lookup_keys(item)
        keys.update(exact)
        prefixes.update(wide)
        keys.update(reply_lookup_keys(item))
    keys |= session.keys_with_prefixes(prefixes)
    candidates, crowded = session.candidates(keys, MAX_POSTINGS)
    # the messages that replies naming nothing answer (``Linker._follow_replied``)
    replied = session.messages({tuple(item.replies_to.rsplit("#", 1)) for item in items.values()
                                if item.answers_post})

    # stored mentions as they are linked: candidates, and the batch documents' mentions
    # already linked
    seeds: dict[str, Item] = {}
    roots: dict[str, str] = {}  # specific seed -> its stored group's root
    follows: dict[str, tuple[float, str]] = {}  # vague seed -> what it follows
    stored_group: dict[str, str] = {}  # seed -> the group it is stored in
    found = [s for s in [*candidates, *(s for s in stored if s.root is not None),
                         *(session.mentions_of(replied) if replied else ())]
             if s.mention.id not in items and linkable(s.mention) and s.group_id is not None]
    docs.update(memory.documents_of(session, {s.mention.document_id for s in found} - docs.keys()))
    for s in found:
        if s.mention.id in seeds:
            continue
        seeds[s.mention.id] = memory.item(s.mention, docs[s.mention.document_id])
        stored_group[s.mention.id] = s.group_id
        roots[s.mention.id] = s.root or s.mention.id
        if s.follows:
            follows[s.mention.id] = s.follows
    linker = Linker()
    linker.crowded = crowded
    linker.seed(seeds.values(), roots, follows, stored_group)
    linker.add(items.values())

    touched: dict[str, str | None] = {}  # group id -> its root (None: read it from the store)
    # stored groups a new specific mention joined to another: their members move
    merges: dict[str, set[str]] = {}
    merged_roots: dict[str, str] = {}  # group merged into -> its root
    for seed_id, root in roots.items():
        if seed_id not in linker.parent:
            continue
        top = linker.find(root)
        new_gid, old_gid = group_id(top), stored_group[seed_id]
        if new_gid != old_gid:
            merges.setdefault(new_gid, set()).add(old_gid)
            merged_roots[new_gid] = top
    for new_gid, old_gids in sorted(merges.items()):
        session.merge(sorted(old_gids), new_gid)
        report.merged += len(old_gids)
    merged_into = {old: new for new, olds in merges.items() for old in olds}

    def locate(mention_id: str) -> tuple[str, str | None]:
        # a stored vague mention that has not moved names its stored group, which this
        # batch may just have merged into another (a new group, whose root is the merge's:
        # not its smallest member, which may be vague)
        gid, top = linker.locate(mention_id)
        if gid in merged_into:
            gid = merged_into[gid]
            return gid, merged_roots[gid]
        return gid, top

    # stored vague mentions a new mention matches better than what they followed: each
    # moves with its followers, until none has anywhere else to go (a moved mention's new
    # leader may itself be moved later, as another's follower)
    emptied: set[str] = set()
    moved = sorted(linker.moved & seeds.keys())
    now = {m: merged_into.get(stored_group[m], stored_group[m]) for m in moved}
    changed = True
    while changed:
        changed = False
        for mention_id in moved:
            gid, _ = locate(mention_id)
            if gid == now[mention_id]:
                continue
            followers = session.followers([mention_id], besides=linker.moved)
            session.move(followers, gid)
            for follower in followers & linker.stored.keys():
                linker.stored[follower] = gid  # where a new mention that follows it goes
            emptied.add(now[mention_id])
            now[mention_id], changed = gid, True
    session.follow([{"id": m, "group_id": now[m], "follows": linker.follows[m][1],
                     "follow_score": linker.follows[m][0]} for m in moved])

    assignments = []
    for mention_id in sorted(items):
        gid, top = locate(mention_id)
        if touched.get(gid) is None:
            touched[gid] = top
        lead = linker.follows.get(mention_id) if mention_id not in linker.parent else None
        assignments.append({"id": mention_id, "group_id": gid, "group_stance": None, "origin": None,
                            "follows": lead[1] if lead else None, "follow_score": lead[0] if lead else None})
    # a mention that is not linked is its own group, with its own stance and origin
    for m in fresh:
        if m.id not in items:
            key, _ = origin(Member(m, docs[m.document_id], 0), registry)
            assignments.append({"id": m.id, "group_id": group_id(m.id), "group_stance": m.stance, "origin": key})
    session.assign(assignments)
    session.add_keys((key, i) for i, item in items.items() for key in posted_keys(item))
    report.mentions += len(fresh)

    gone = session.drop_empty(emptied - touched.keys())
    groups = {gid: touched.get(gid) for gid in (emptied - gone) | touched.keys()}
    _assess_groups(session, groups, registry, memory)
    report.groups += len(groups)


def _assess_groups(session, roots: dict[str, str | None], registry: Registry | None, memory: Memory) -> None:
    """Assess these groups (id -> root, None: the stored one) from their members: their
    rows, and each member's stance and origin. A few queries for the lot."""
    members_of = session.members(list(roots))
    stored_roots = session.roots(gid for gid, root in roots.items() if root is None)
    docs = memory.documents_of(session, (s.mention.document_id for stored in members_of.values() for s in stored))
    rows, assessed = [], []
    for gid in sorted(roots):
        stored = members_of[gid]
        if not stored:
            continue
        mentions = [s.mention for s in stored]
        root = roots[gid] or stored_roots.get(gid) or min(m.id for m in mentions)
        polarity = polarities({m.id: memory.polarity(m) for m in mentions}, {s.mention.id: s.follows for s in stored})
        members = [Member(m, docs[m.document_id], polarity[m.id]) for m in mentions]
        result = assess(members, registry=registry)
        # only what changed: a large group gains a mention or two a batch
        assessed += [{"id": s.mention.id, "group_stance": result.stances[s.mention.id],
                      "origin": result.origins[s.mention.id]} for s in stored
                     if (s.group_stance, s.origin) != (result.stances[s.mention.id], result.origins[s.mention.id])]
        rows.append(group_row(gid, root, members, result))
    session.assess_members(assessed)
    session.save_groups(rows)


def polarities(own: dict[str, int], follows: dict[str, tuple[float, str] | None]) -> dict[str, int]:
    """Each member's state polarity for its stance toward the group: its own, or, for a reply
    whose words carry none ("trucks are already driving over it"), that of the claim it
    answers (``linker.answers``) in the same group: it says the same as what it replies to."""
    out = dict(own)
    for mention_id in own:
        seen, current = {mention_id}, mention_id
        while not out[mention_id] and answers(follows.get(current)):
            current = follows[current][1]
            if current not in own or current in seen:
                break
            seen.add(current)
            out[mention_id] = own[current]
    return out


def group_row(gid: str, root: str, members: list[Member], result: Assessment) -> dict:
    """The ``groups`` row of an assessed group."""
    return {
        "id": gid,
        "root": root,
        "status": result.status,
        "flags": list(result.flags),
        "mentions": len(members),
        "supporters": result.supporters,
        "deniers": result.deniers,
        "origins": list(result.origin_names),
        "first_seen": result.first_seen,
        "last_seen": result.last_seen,
        "channels": list(result.channels),
        "quantities": list(result.quantities),
        "affiliations": list(result.affiliations),
        "languages": sorted({mb.mention.language or mb.document.language for mb in members} - {None}),
        "summary": result.summary,
        "updated_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
