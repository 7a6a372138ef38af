"""Grouping mentions of the same proposition: candidates from an inverted index, groups
that do not depend on the order mentions arrive in, and no chaining through vague mentions.

A mention that names a place or a person in its own words is *specific*; one that does
not ("the bridge is still standing", "280 people were evacuated") is *vague*. Specific
mentions similar enough (``keys.similarity``) are joined: groups are the connected
components of these edges. A vague mention is never such a link: it *follows* the one
mention it is most similar to (ties: the more informative, then the smaller id), a
specific one if it can, and is in that mention's group. Were vague mentions links, one
"the bridge was destroyed" would join every bridge claim of the country into one group. A
denial with nothing in common with any claim ("Sokil disputed those reports") follows the
claim just before it in its document, and an attribution in a reply that names nothing and
points back ("people in the village chat write that trucks are already driving over it")
follows a claim of the message it replies to, unless something better is found for either.

Each rule is a function of the mentions alone, so the groups are those of linking
everything at once whatever order mentions arrive in. Candidates come from the index of
keys (two mentions can only be one claim when they share one), never from all pairs; a key
shared by more than ``MAX_POSTINGS`` mentions of a period is too common to find anything
and is not used.

Linking in the ledger (``link.ledger``) is the same, a batch at a time: the stored mentions
that share a key with the batch are ``seed``ed (specific ones as members of their stored
group, named by its root, the smallest specific member id; vague ones with what they
follow), then the batch is ``add``ed. A new specific mention can take over a stored vague
one (``moved``): it is then a better match than what that one followed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain
from sys import intern

from claimledger.link import keys
from claimledger.link.keys import Signature, distinctive, places_nested, shares_figure, signature, similarity

THRESHOLD = 0.4
MAX_POSTINGS = 5_000
# Mentions are compared with those published in the same or a neighbouring period, so
# that the work for a new mention depends on how much is said around its date, not on
# how large the ledger has grown; a claim retold later still joins its group through the
# retellings in between. Undated documents are compared with every period.
PERIOD_DAYS = 3
UNDATED = "-"
# A denial with nothing in common with any claim ("The revelation has ignited a
# firestorm, with officials accusing …") answers the claim just before it.
DENIAL_REACH = 600  # characters: about two sentences back
DENIAL_SCORE = 0.0  # what following the claim before is worth: any similar mention beats it
# What following a claim of the replied-to message is worth, plus a thousandth of their
# similarity: below any other choice, the claim before in its own document included. A
# comment's "it" and "there" are the post's subject, which is all such a comment shares
# with it.
REPLY_SCORE = -1.0
# A vague mention follows a specific one when it can (its score plus this, above any
# similarity): "the bridge is still standing" answers "the bridge near Pryvillia was
# destroyed" rather than another vague "the bridge is damaged".
SPECIFIC_LEADER = 1.0
# Two specific mentions published further apart than this are one claim only when they
# share more than a place, a thing and an event (``keys.distinctive``) and name the same
# places (``keys.places_nested``): "a drone was shot down over Kharkiv" one night and the
# next are two claims, and joining them would chain every night's into one group. A vague
# mention follows one further apart only when they give the same figure: nothing else
# ties what names nothing to a claim days away.
NEWS_CYCLE_HOURS = 12
# Concepts that label what a denial denies rather than say it ("spreading disinformation").
DENIAL_LABELS = frozenset({"c:event:disinformation"})


@dataclass(frozen=True, slots=True)
class Item:
    """What linking needs of one mention."""

    mention_id: str
    document_id: str
    order: int  # position of the mention in its document (sentence start)
    source_kind: str
    denies: bool  # the cue itself denies ("denied", "опроверг")
    signature: Signature
    period: str = UNDATED  # the period of its document's date (``_period``)
    hour: float | None = None  # its document's date, in hours since 1970; None: undated
    # its document's message and the message it replies to, "channel#id" (``threads``)
    thread: str | None = None
    replies_to: str | None = None
    points_back: bool = False  # its words stand for something named before it (``keys.points_back``)
    source: str = ""  # its source's name, lower-cased: a denial does not follow its own source's claim
    # the keys it is filed under (``posted_keys``), computed once: a stored mention is
    # posted again in every batch that finds it as a candidate
    posted: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.posted:
            cycle = _cycle(self.hour)
            object.__setattr__(self, "posted", tuple(intern(key) for key in sorted(
                [*(f"{key}@{cycle}" for key in keys.index_keys(self.signature)),
                 *(f"{key}@{self.period}" for key in keys.far_keys(self.signature)),
                 *([reply_key(self.replies_to, self.period)] if self.answers_post else [])])))

    @property
    def specific(self) -> bool:
        return bool(self.signature.own_places)

    @property
    def answers_post(self) -> bool:
        """An attribution in a reply that names nothing of its own and points back ("…
        driving over it"): it may follow a claim of the message it replies to. A reply
        that says something whole ("no one was injured") is a claim of its own."""
        return self.replies_to is not None and self.points_back and not self.specific and \
            self.source_kind != "author"


def item_of(mention, order: int | None = None, sig: Signature | None = None, published_at=None,
            document=None) -> Item:
    """``sig``: the mention's signature when already computed; ``published_at``: its
    document's date (ISO 8601 text or a datetime), if known; ``document``: its document,
    for its date and the message it replies to."""
    if document is not None and published_at is None:
        published_at = document.published_at
    hour = _hour(published_at)
    thread, replies_to = threads(document)
    return Item(mention.id, mention.document_id, mention.sentence_start if order is None else order,
                mention.source_kind, mention.stance == "denies", sig or signature(mention),
                _period(hour), hour, thread, replies_to,
                replies_to is not None and keys.points_back(mention.content, mention.language),
                intern((mention.source or "").lower()))


def _says_what_it_denies(item: Item) -> bool:
    """Whether a denial's own words give an event or a state ("dismissed reports of a strike
    on a fuel store"): it denies that, not whatever was said just before it. The words
    that only label what is denied ("disinformation", "fake") do not count."""
    return any(p.startswith("c:") and p not in DENIAL_LABELS for p in item.signature.predicates)


def answers(follow: tuple[float, str] | None) -> bool:
    """Whether a follow (score, mention id) is a reply's to the post it answers
    (``Linker._follow_replied``)."""
    return follow is not None and follow[0] < REPLY_SCORE + 0.5


def threads(document) -> tuple[str | None, str | None]:
    """A document's message and the message it replies to, as "channel#message id"
    (None when it is no message of a named chat, or no reply)."""
    if document is None or not document.channel or document.message_id is None:
        return None, None
    replies_to = f"{document.channel}#{document.reply_to}" if document.reply_to is not None else None
    return f"{document.channel}#{document.message_id}", replies_to


def reply_key(thread: str, period: str) -> str:
    """The key the replies to a message that name nothing are filed under, so that the
    message finds them when it comes after them."""
    return f"reply|{thread}@{period}"


def reply_lookup_keys(item: Item) -> list[str]:
    """Where the stored replies ``item``'s message may answer are filed: its period, the
    two next to it, and undated."""
    if item.thread is None:
        return []
    periods = [UNDATED] if item.period == UNDATED else \
        [str(int(item.period) - 1), item.period, str(int(item.period) + 1), UNDATED]
    return [reply_key(item.thread, period) for period in periods]


def _period(hour: float | None) -> str:
    """The period a date falls in: days since 1970 // ``PERIOD_DAYS``, or ``UNDATED``."""
    return UNDATED if hour is None else str(int(hour // 24) // PERIOD_DAYS)


def _cycle(hour: float | None) -> str:
    """The news cycle a date falls in: "c" and hours since 1970 // ``NEWS_CYCLE_HOURS``."""
    return UNDATED if hour is None else f"c{int(hour // NEWS_CYCLE_HOURS)}"


def _hour(published_at) -> float | None:
    if not published_at:
        return None
    if isinstance(published_at, str):
        try:
            published_at = datetime.fromisoformat(published_at.replace("Z", "+00:00"))
        except ValueError:
            return None
    if published_at.tzinfo is None:
        published_at = published_at.replace(tzinfo=UTC)
    return published_at.timestamp() / 3600


def posted_keys(item: Item) -> tuple[str, ...]:
    """The keys ``item`` is filed under: its index keys in its news cycle, and its
    ``keys.far_keys`` in its period."""
    return item.posted


def lookup_keys(item: Item) -> tuple[list[str], list[str]]:
    """Where ``item``'s candidates are filed: exact keys (index keys in its news cycle and
    the two next to it, far keys in its period and the two next to it, and both undated),
    and, for an undated item, key prefixes (every cycle and period)."""
    near = sorted(keys.lookup_keys(item.signature))
    far = sorted(keys.far_keys(item.signature))
    if item.period == UNDATED:
        return [], [f"{key}@" for key in [*near, *far]]
    c, p = int(item.hour // NEWS_CYCLE_HOURS), int(item.period)
    cycles = (f"c{c - 1}", f"c{c}", f"c{c + 1}", UNDATED)
    periods = (str(p - 1), str(p), str(p + 1), UNDATED)
    return [*(f"{key}@{cycle}" for key in near for cycle in cycles),
            *(f"{key}@{period}" for key in far for period in periods)], []


def _same_news(a: Item, b: Item) -> bool:
    """Published within ``NEWS_CYCLE_HOURS`` of each other (or either undated)."""
    return a.hour is None or b.hour is None or abs(a.hour - b.hour) <= NEWS_CYCLE_HOURS


def _informative(leader: Item) -> float:
    """A tie-break between equally similar leaders, too small to change any other choice:
    the one that says more ("280 residents of riverside streets were evacuated overnight"
    over "280 people were evacuated"), whose own choices are likelier to lead to the claim."""
    return min(leader.signature.total, 999.0) * 1e-6


def _better(new: tuple[float, str], old: tuple[float, str] | None) -> bool:
    """A higher score, or the same score and a smaller id: the same choice in any order."""
    return old is None or new[0] > old[0] or (new[0] == old[0] and new[1] < old[1])


class Linker:
    """Union-find over specific mentions; vague ones follow one mention each."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.items: dict[str, Item] = {}
        self.parent: dict[str, str] = {}  # specific mentions (and stored roots) only
        self.follows: dict[str, tuple[float, str]] = {}  # vague mention -> (score, mention it follows)
        self.moved: set[str] = set()  # vague mentions that follow another mention than when seeded
        self.stored: dict[str, str] = {}  # seeded vague mention -> the group it is stored in
        self.postings: dict[str, list[str]] = {}  # posted key -> mention ids
        # "key@" -> the posted keys with that prefix (every news cycle and period), made when
        # an undated mention first looks for its candidates everywhere (most batches have none)
        self.by_prefix: dict[str, set[str]] | None = None
        self.by_document: dict[str, list[str]] = {}
        self.by_thread: dict[str, list[str]] = {}  # "channel#message id" -> its mentions
        self.replies: dict[str, list[str]] = {}  # "channel#message id" -> replies to it that name nothing
        # keys too common to look candidates up by, whatever the postings held here say
        # (in the ledger: more than MAX_POSTINGS stored mentions have them)
        self.crowded: set[str] = set()

    def seed(self, items: Iterable[Item], roots: Mapping[str, str],
             follows: Mapping[str, tuple[float, str]] | None = None,
             stored: Mapping[str, str] | None = None) -> None:
        """Mentions already linked: a specific one joins the group whose root is
        ``roots[mention_id]``; a vague one follows ``follows[mention_id]`` (score, mention),
        if anything, and stays in group ``stored[mention_id]`` unless something better
        comes. They are compared with what is added later, not with each other."""
        follows = follows or {}
        self.stored.update(stored or {})
        for item in items:
            if item.mention_id in self.items:
                continue
            self.items[item.mention_id] = item
            if item.specific:
                root = roots[item.mention_id]
                self.parent.setdefault(root, root)
                self.parent.setdefault(item.mention_id, root)
            elif item.mention_id in follows:
                self.follows[item.mention_id] = follows[item.mention_id]
            self._file(item)
            self._post(item)

    def _file(self, item: Item) -> None:
        self.by_document.setdefault(item.document_id, []).append(item.mention_id)
        if item.thread is not None:
            self.by_thread.setdefault(item.thread, []).append(item.mention_id)
        if item.answers_post:
            self.replies.setdefault(item.replies_to, []).append(item.mention_id)

    def _post(self, item: Item) -> None:
        postings, by_prefix = self.postings, self.by_prefix
        for key in posted_keys(item):
            posting = postings.get(key)
            if posting is None:
                postings[key] = [item.mention_id]
                if by_prefix is not None:
                    by_prefix.setdefault(_prefix(key), set()).add(key)
            else:
                posting.append(item.mention_id)

    def _with_prefix(self, prefix: str) -> list[str]:
        if self.by_prefix is None:
            self.by_prefix = {}
            for key in self.postings:
                self.by_prefix.setdefault(_prefix(key), set()).add(key)
        return sorted(self.by_prefix.get(prefix, ()))

    def add(self, items: Iterable[Item]) -> None:
        """Link new mentions: join each specific one with the specific mentions similar to
        it, let each vague one follow its best match, and let the new specific mentions
        take over the vague ones they match better."""
        new = sorted((i for i in items if i.mention_id not in self.items), key=lambda i: i.mention_id)
        for item in new:
            self.items[item.mention_id] = item
            if item.specific:
                self.parent[item.mention_id] = item.mention_id
            self._file(item)
        similar: dict[str, bool] = {}  # new mention -> has a similar mention in its document
        for item in new:
            for score, other in self._matches(item):
                if self.items[other].document_id == item.document_id:
                    similar[item.mention_id] = similar[other] = True
                self._pair(item, self.items[other], score)
            self._post(item)
        for item in new:
            if item.denies:
                self._join_echoed(item)
            if item.denies and not similar.get(item.mention_id):
                self._follow_earlier(item)
        for item in new:
            self._follow_replied(item)

    def _matches(self, item: Item) -> list[tuple[float, str]]:
        exact, prefixes = lookup_keys(item)
        postings, crowded = self.postings, self.crowded
        found = []
        for key in [*exact, *(k for prefix in prefixes for k in self._with_prefix(prefix))]:
            posting = postings.get(key)
            if posting and len(posting) <= MAX_POSTINGS and key not in crowded:
                found.append(posting)
        # each candidate once, in the order first found
        others = dict.fromkeys(chain.from_iterable(found))
        others.pop(item.mention_id, None)
        sig, items, threshold = item.signature, self.items, self.threshold
        out = []
        for other in others:
            score = similarity(sig, items[other].signature)
            if score >= threshold:
                out.append((score, other))
        return out

    def _pair(self, a: Item, b: Item, score: float) -> None:
        if a.specific and b.specific:
            if _same_news(a, b) or (distinctive(a.signature, b.signature)
                                    and places_nested(a.signature, b.signature)):
                self.union(a.mention_id, b.mention_id)
        elif not (_same_news(a, b) or shares_figure(a.signature, b.signature)):
            return
        elif a.specific or b.specific:
            leader, follower = (a, b) if a.specific else (b, a)
            self._offer(follower.mention_id, SPECIFIC_LEADER + score + _informative(leader), leader.mention_id)
        else:  # each may follow the other: which one does is each one's own best choice
            self._offer(a.mention_id, score + _informative(b), b.mention_id)
            self._offer(b.mention_id, score + _informative(a), a.mention_id)

    def _offer(self, follower: str, score: float, leader: str) -> None:
        if _better((score, leader), self.follows.get(follower)):
            self.follows[follower] = (score, leader)
            self.moved.add(follower)

    def _join_echoed(self, item: Item) -> None:
        """A denial that says, in its document, the very words of a claim there ("Russia
        says it has taken Orikhiv. Ukraine's military denied this.", extraction gives the
        denial the words it denies) is that claim, however little the words say."""
        for other_id in self.by_document.get(item.document_id, ()):
            other = self.items[other_id]
            if other_id != item.mention_id and not other.denies and other.signature.keys == item.signature.keys:
                if item.specific and other.specific:
                    self.union(item.mention_id, other_id)
                elif not item.specific:
                    self._offer(item.mention_id, SPECIFIC_LEADER + 1.0 + _informative(other), other_id)

    def _follow_earlier(self, item: Item) -> None:
        """Decided from the mention's own document only, so that the order documents
        arrive in cannot change it. Only a vague denial ("Sokil disputed those reports"):
        one that names its own place says what it denies ("reports of a breakthrough near
        Orikhiv are false"), and joined to an unrelated claim before it, it bridged two
        groups; such bridges chained a synthetic corpus's claims into one group."""
        if item.specific or _says_what_it_denies(item):
            return
        same = [self.items[m] for m in self.by_document.get(item.document_id, ()) if m != item.mention_id]
        # (not a claim of its own source: "The centre said the man was detained lawfully. It
        # denied that any force had been used" denies the residents' claim before, not its own)
        earlier = [o for o in same if o.order < item.order and o.source_kind != "author"
                   and item.order - o.order <= DENIAL_REACH and not (item.source and o.source == item.source)]
        if not earlier:
            return
        target = max(earlier, key=lambda o: o.order)
        self._offer(item.mention_id, DENIAL_SCORE, target.mention_id)

    def _follow_replied(self, item: Item) -> None:
        """A reply that names nothing, and the message it replies to: whichever of the two
        is new, the reply is offered each claim of that message (the most similar first,
        then the earliest). Known replies and messages are those seeded or added."""
        pairs = []
        if item.answers_post:
            pairs += [(item, self.items[m]) for m in self.by_thread.get(item.replies_to, ())]
        if item.thread is not None:
            pairs += [(self.items[m], item) for m in self.replies.get(item.thread, ())]
        for reply, claim in pairs:
            if claim.source_kind == "author" or claim.mention_id == reply.mention_id:
                continue
            score = REPLY_SCORE + similarity(reply.signature, claim.signature) * 1e-3 - claim.order * 1e-9
            self._offer(reply.mention_id, score, claim.mention_id)

    def find(self, mention_id: str) -> str:
        root = mention_id
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[mention_id] != root:  # path compression
            self.parent[mention_id], mention_id = root, self.parent[mention_id]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller id is the root: the same groups whatever the order of unions
            low, high = sorted((ra, rb))
            self.parent[high] = low

    def locate(self, mention_id: str) -> tuple[str, str | None]:
        """The group a mention is in now: (its id, its root mention id), or (the stored
        group's id, None) when the mention follows what it followed when it was stored."""
        path: list[str] = []
        on_path: set[str] = set()
        while mention_id not in on_path:
            if mention_id in self.parent:
                root = self.find(mention_id)
                return group_id(root), root
            if (mention_id in self.stored and mention_id not in self.moved
                    and self.follows.get(mention_id, (0.0, ""))[1] not in self.items):
                return self.stored[mention_id], None  # what it follows is not here: it has not moved
            if mention_id not in self.follows:
                return group_id(mention_id), mention_id
            path.append(mention_id)
            on_path.add(mention_id)
            mention_id = self.follows[mention_id][1]
        # vague mentions that follow each other round a circle: the smallest id is the root
        root = min(path[path.index(mention_id):])
        return group_id(root), root

    def groups(self) -> dict[str, list[str]]:
        """Group id -> member mention ids."""
        out: dict[str, list[str]] = {}
        for mention_id in self.items:
            out.setdefault(self.locate(mention_id)[0], []).append(mention_id)
        return out


def _prefix(key: str) -> str:
    """"key@" of a posted "key@cycle" or "key@period"."""
    return key[:key.rindex("@") + 1]


def group_id(root_mention_id: str) -> str:
    return "g-" + hashlib.sha256(root_mention_id.encode()).hexdigest()[:16]
