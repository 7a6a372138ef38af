"""Grouping mentions of the same proposition: candidates from an inverted index, edges
by similarity, groups as connected components.

Connected components do not depend on the order mentions arrive in, so ingesting a set
in two halves, either way round, gives the groups of ingesting it at once. Candidates
come from the index of predicate keys (two mentions can only be one claim when they
share one), never from all pairs; a key shared by more than ``MAX_POSTINGS`` mentions is
too common to find anything and is not used to look up candidates.

Linking in the ledger (``link.ledger``) is the same, a batch at a time: the groups already
stored are ``seed``ed as nodes (each member in the group of its root, the smallest member
id), with just the stored mentions that share a predicate key with the batch; the batch
is then ``add``ed. Since components do not depend on the order of unions and the root is
the smallest id, the groups are those of linking everything at once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from claimledger.link.keys import Profile, Signature, index_keys, signature, similarity

THRESHOLD = 0.4
MAX_POSTINGS = 5_000
# A denial with nothing in common with any claim ("The revelation has ignited a
# firestorm, with officials accusing …") answers the claim just before it.
DENIAL_REACH = 600  # characters: about two sentences back


@dataclass(frozen=True, slots=True)
class Item:
    """What linking needs of one mention."""

    mention_id: str
    document_id: str
    order: int  # position of the mention in its document (sentence start)
    source_kind: str
    denies: bool  # the cue itself denies ("denied", "опроверг")
    signature: Signature


def item_of(mention, order: int | None = None, sig: Signature | None = None) -> Item:
    """``sig``: the mention's signature when already computed."""
    return Item(mention.id, mention.document_id, mention.sentence_start if order is None else order,
                mention.source_kind, mention.stance == "denies", sig or signature(mention))


class Linker:
    """Union-find over mention ids, with an inverted index of predicate keys."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.items: dict[str, Item] = {}
        self.parent: dict[str, str] = {}
        self.size: dict[str, int] = {}
        self.profile: dict[str, Profile] = {}
        self.postings: dict[str, list[str]] = {}
        self.by_document: dict[str, list[str]] = {}
        # keys too common to look candidates up by, whatever the postings held here say
        # (in the ledger: more than MAX_POSTINGS stored mentions have them)
        self.crowded: set[str] = set()

    def seed(self, items: Iterable[Item], roots: Mapping[str, str], sizes: Mapping[str, int] | None = None,
             profiles: Mapping[str, Profile] | None = None) -> None:
        """Mentions already linked: each joins the group whose root is ``roots[mention_id]``
        (``sizes[root]`` members, ``profiles[root]`` what it is about). They are compared
        with what is added later, not with each other, and their own denials are not
        attached again: their groups are already made."""
        for item in items:
            if item.mention_id in self.items:
                continue
            root = roots[item.mention_id]
            if root not in self.parent:
                self.parent[root] = root
                self.size[root] = (sizes or {}).get(root, 1)
                self.profile[root] = (profiles or {}).get(root) or Profile()
            self.profile[root] = self.profile[root].merged(Profile.of(item.signature))
            self.items[item.mention_id] = item
            self.parent.setdefault(item.mention_id, root)
            self.by_document.setdefault(item.document_id, []).append(item.mention_id)
            for key in index_keys(item.signature):
                self.postings.setdefault(key, []).append(item.mention_id)

    def add(self, items: Iterable[Item]) -> None:
        """Link new mentions: every edge of the batch is found first, then edges are taken
        strongest first (ties by ids), each joining two groups unless they are about
        different places or figures (``Profile``): a mention that names neither cannot
        chain every "bridge destroyed" in the country into one group."""
        new = sorted((i for i in items if i.mention_id not in self.items), key=lambda i: i.mention_id)
        for item in new:
            self.items[item.mention_id] = item
            self.parent[item.mention_id] = item.mention_id
            self.size[item.mention_id] = 1
            self.profile[item.mention_id] = Profile.of(item.signature)
            self.by_document.setdefault(item.document_id, []).append(item.mention_id)
        edges: list[tuple[float, str, str]] = []
        for item in new:
            edges.extend(self._edges(item))
            for key in index_keys(item.signature):
                self.postings.setdefault(key, []).append(item.mention_id)
        edges.sort(key=lambda e: (-e[0], e[1], e[2]))
        for _, a, b in edges:
            self.union(a, b, check=True)
        for item in new:
            self._attach_denial(item)

    def _edges(self, item: Item) -> list[tuple[float, str, str]]:
        seen: set[str] = set()
        out = []
        for key in index_keys(item.signature):
            posting = self.postings.get(key, ())
            if len(posting) > MAX_POSTINGS or key in self.crowded:
                continue
            for other in posting:
                if other in seen or other == item.mention_id:
                    continue
                seen.add(other)
                score = similarity(item.signature, self.items[other].signature)
                if score >= self.threshold:
                    out.append((score, *sorted((item.mention_id, other))))
        return out

    def _attach_denial(self, item: Item) -> None:
        """Decided from the mention's own document only, so that the order documents
        arrive in cannot change it."""
        if not item.denies:
            return
        same = [self.items[m] for m in self.by_document.get(item.document_id, ()) if m != item.mention_id]
        if any(similarity(item.signature, other.signature) >= self.threshold for other in same):
            return
        earlier = [o for o in same if o.order < item.order and o.source_kind != "author"
                   and item.order - o.order <= DENIAL_REACH]
        if earlier:
            self.union(item.mention_id, max(earlier, key=lambda o: o.order).mention_id)

    def find(self, mention_id: str) -> str:
        root = mention_id
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[mention_id] != root:  # path compression
            self.parent[mention_id], mention_id = root, self.parent[mention_id]
        return root

    def union(self, a: str, b: str, check: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if check and not self.profile[ra].compatible(self.profile[rb]):
            return False
        # the smaller id is the root: the same groups whatever the order of unions
        low, high = sorted((ra, rb))
        self.parent[high] = low
        self.size[low] += self.size.pop(high)
        self.profile[low] = self.profile[low].merged(self.profile.pop(high))
        return True

    def groups(self) -> dict[str, list[str]]:
        """Group id -> member mention ids."""
        out: dict[str, list[str]] = {}
        for mention_id in self.items:
            out.setdefault(group_id(self.find(mention_id)), []).append(mention_id)
        return out


def group_id(root_mention_id: str) -> str:
    return "g-" + hashlib.sha256(root_mention_id.encode()).hexdigest()[:16]
