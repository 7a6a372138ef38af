"""Linking in the ledger, incrementally: ``link(store)`` links the mentions not linked yet.

Which mentions are linked: every attribution, and the document's own voice (kind
``author``) when it reads as a claim (check-worthiness at least ``CHECKWORTHY``). Any
other mention is a group of its own (``linker.group_id`` of its id), never compared.

A batch of documents at a time, in one transaction:

1. The batch's new mentions (``group_id`` NULL) become ``linker.Item``s.
2. Candidates are the linked mentions sharing a predicate key with them, from the stored
   inverted index (``link_keys``); a key more than ``linker.MAX_POSTINGS`` mentions have is
   not used. Each candidate joins the linker as a member of its stored group, whose root
   (smallest member id) is the group's node; the batch's documents' mentions already
   linked (after a partial relink) join the same way.
3. The linker adds the new mentions: edges to candidates and among themselves, and the
   document-local denial rule (new documents arrive whole). A component's group id is
   ``linker.group_id`` of its smallest member id, so the groups are those of linking the
   whole ledger at once, whatever order documents came in.
4. Groups merged into another have their members moved (one UPDATE per group set), the
   new mentions get their group and their keys are indexed, and every group the batch
   touched is re-assessed (``assess.assess``) from its members and their documents: the
   group's row, and each member's stance toward it and origin.

The cost of a batch is that of its mentions, their candidates and the groups they touch,
not the size of the ledger. A run that dies leaves the unfinished batches' mentions with
``group_id`` NULL: the next run links them.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from claimledger.assess import Assessment, Member, assess, origin
from claimledger.link.keys import Profile, Signature, index_keys, signature
from claimledger.link.linker import MAX_POSTINGS, Item, Linker, group_id, item_of
from claimledger.link.registry import Registry
from claimledger.model import ClaimMention, LinkReport
from claimledger.store import Store

CHECKWORTHY = 0.5
DEFAULT_BATCH = 500  # documents per transaction
SIGNATURE_CACHE = 50_000  # signatures kept between the batches of a run (candidates and members recur)
_NO_SIGNATURE = Signature(frozenset(), frozenset(), 0)


def linkable(mention: ClaimMention) -> bool:
    """Attributions, and own-voice mentions that read as claims."""
    return mention.source_kind != "author" or (mention.checkworthiness or 0.0) >= CHECKWORTHY


class Progress:
    """Callbacks for a progress display (documents); the default does nothing."""

    def start(self, total: int) -> None: ...

    def advance(self, n: int) -> None: ...


def link(store: Store, registry: Registry | None = None, everything: bool = False,
         batch_size: int = DEFAULT_BATCH, progress: Progress | None = None) -> LinkReport:
    """Link the mentions not linked yet, ``batch_size`` documents per transaction; with
    ``everything``, unlink the whole ledger first and link it again (after a change of
    the linker or of the source registry)."""
    progress = progress or Progress()
    report = LinkReport()
    if everything:
        store.reset_links()
    with store.linking() as session:
        progress.start(session.count_unlinked())
    signatures = _Signatures()
    while True:
        with store.linking() as session:
            documents = session.unlinked_documents(batch_size)
            if not documents:
                break
            _link_batch(session, documents, registry, report, signatures)
        report.documents += len(documents)
        progress.advance(len(documents))
    return report


class _Signatures:
    """``keys.signature`` of mentions, remembered (up to ``SIGNATURE_CACHE``) between the
    batches of one run: stored candidates and the members of growing groups come back."""

    def __init__(self, size: int = SIGNATURE_CACHE):
        self.size = size
        self.known: dict[str, Signature] = {}

    def __call__(self, mention: ClaimMention) -> Signature:
        found = self.known.get(mention.id)
        if found is None:
            if len(self.known) >= self.size:
                self.known.clear()
            found = self.known[mention.id] = signature(mention)
        return found

    def item(self, mention: ClaimMention) -> Item:
        return item_of(mention, sig=self(mention))


def _link_batch(session, document_ids: list[str], registry: Registry | None, report: LinkReport,
                signatures: _Signatures) -> None:
    stored = session.mentions_of(document_ids)
    fresh = [s.mention for s in stored if s.group_id is None or (s.root is None and linkable(s.mention))]
    if not fresh:
        return
    docs = session.documents(document_ids)
    items: dict[str, Item] = {m.id: signatures.item(m) for m in fresh if linkable(m)}
    keys = {key for item in items.values() for key in index_keys(item.signature)}
    crowded = session.crowded(keys, MAX_POSTINGS)

    # stored groups as nodes: candidates, and the batch documents' mentions already linked
    seeds: dict[str, Item] = {}
    roots: dict[str, str] = {}
    sizes: dict[str, int] = {}
    profiles: dict[str, Profile] = {}
    stored_group: dict[str, str] = {}  # root -> the group id it is stored under
    for s in [*session.candidates(keys - crowded), *(s for s in stored if s.root is not None)]:
        if s.mention.id in items or s.mention.id in seeds or not linkable(s.mention):
            continue
        seeds[s.mention.id] = signatures.item(s.mention)
        roots[s.mention.id] = s.root
        sizes[s.root] = s.size
        profiles[s.root] = Profile.from_json(s.profile)
        stored_group[s.root] = s.group_id
    linker = Linker()
    linker.crowded = crowded
    linker.seed(seeds.values(), roots, sizes, profiles)
    linker.add(items.values())

    # the components the batch touched, and the stored groups each absorbed
    components: dict[str, list[str]] = {}
    for mention_id in items:
        components.setdefault(linker.find(mention_id), []).append(mention_id)
    absorbed: dict[str, set[str]] = {}
    for root, stored_id in stored_group.items():
        top = linker.find(root)
        if top in components:
            absorbed.setdefault(top, set()).add(stored_id)

    assignments = []
    for top, new_ids in components.items():
        gid = group_id(top)
        merged = sorted(absorbed.get(top, set()) - {gid})
        if merged:
            session.merge(merged, gid)
            report.merged += len(merged)
        assignments += [{"id": i, "group_id": gid, "group_stance": None, "origin": None} for i in new_ids]
    # a mention that is not linked is its own group, with its own stance and origin
    for m in fresh:
        if m.id not in items:
            key, _ = origin(Member(m, docs[m.document_id], _NO_SIGNATURE), registry)
            assignments.append({"id": m.id, "group_id": group_id(m.id), "group_stance": m.stance, "origin": key})
    session.assign(assignments)
    session.add_keys((key, i) for i, item in items.items() for key in index_keys(item.signature))
    report.mentions += len(fresh)

    for top in sorted(components):
        _assess_group(session, top, registry, signatures)
        report.groups += 1


def _assess_group(session, root: str, registry: Registry | None, signatures: _Signatures) -> None:
    gid = group_id(root)
    mentions = session.members([gid])
    docs = session.documents(m.document_id for m in mentions)
    members = [Member(m, docs[m.document_id], signatures(m)) for m in mentions]
    result = assess(members, registry=registry)
    session.assess_members([{"id": m.id, "group_stance": result.stances[m.id], "origin": result.origins[m.id]}
                            for m in mentions])
    session.save_group(group_row(gid, root, members, result))


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
        "profile": json.dumps(_profile(members).to_json(), ensure_ascii=False),
        "updated_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }



def _profile(members: list[Member]) -> Profile:
    profile = Profile()
    for member in members:
        profile = profile.merged(Profile.of(member.signature))
    return profile
