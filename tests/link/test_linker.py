"""The linker's denial rule on hand-made mentions: a vague denial answers the claim just
before it in its document; one that names its own place says what it denies and is not
joined to an unrelated claim (such joins chained a synthetic corpus into one group)."""

from __future__ import annotations

from claimledger.link.linker import Linker, item_of
from claimledger.model import ClaimMention

DATE = "2024-03-01T08:00:00+00:00"


def mention(mid: str, start: int, content: str, stance: str = "supports", source: str = "Oleh Syniehubov",
            predicates: tuple[str, ...] = ()) -> ClaimMention:
    return ClaimMention(id=mid, document_id="d1", sentence_start=start, sentence_end=start + len(content) + 20,
                        source=source, source_kind="official", cue="said", content=content,
                        content_start=start + 20, content_end=start + 20 + len(content), language="en",
                        stance=stance, predicates=predicates)


def groups(*mentions: ClaimMention) -> list[set[str]]:
    linker = Linker()
    linker.add(item_of(m, published_at=DATE) for m in mentions)
    return sorted((set(ids) for ids in linker.groups().values()), key=min)


CLAIM = mention("c-1", 0, "280 people were evacuated from Kupiansk overnight", predicates=("evacuate",))


def test_a_vague_denial_answers_the_claim_before_it():
    vague = mention("c-2", 120, "those reports", stance="denies", source="Ivan Sokil", predicates=("dispute",))
    assert item_of(vague, published_at=DATE).specific is False
    assert groups(CLAIM, vague) == [{"c-1", "c-2"}]


def test_a_vague_denial_answers_the_last_claim_before_it_of_another_source():
    # "Residents said … The centre said … It denied that any force had been used": the
    # centre does not deny what it said itself
    residents = mention("c-1", 0, "men in uniform forced a man into a minibus", source="Residents",
                        predicates=("force",))
    own = mention("c-2", 100, "the man had been detained lawfully", source="regional recruitment centre",
                  predicates=("detain",))
    denial = mention("c-3", 200, "any force had been used", stance="denies", source="regional recruitment centre",
                     predicates=("use",))
    assert groups(residents, own, denial) == [{"c-1", "c-3"}, {"c-2"}]


def test_a_denial_that_names_its_place_is_not_joined_to_an_unrelated_claim_before_it():
    named = mention("c-2", 120, "reports of a breakthrough near Orikhiv were false", stance="denies",
                    predicates=("be",))
    assert item_of(named, published_at=DATE).specific
    assert groups(CLAIM, named) == [{"c-1"}, {"c-2"}]


# -- replies -------------------------------------------------------------------------------

def message(mid: str, message_id: int, content: str, reply_to: int | None = None, stance: str = "supports",
            predicates: tuple[str, ...] = ("say",), channel: str = "Komyshuvakha chat"):
    from claimledger.model import Document

    doc = Document(id=f"d-{mid}", format="telegram", path="chat.json", text=content, channel=channel,
                   message_id=message_id, reply_to=reply_to, published_at=DATE, language="en")
    m = ClaimMention(id=mid, document_id=doc.id, sentence_start=0, sentence_end=len(content) + 20,
                     source="people in the chat", source_kind="crowd", cue="write", content=content,
                     content_start=20, content_end=20 + len(content), language="en", stance=stance,
                     predicates=predicates)
    return doc, m


def thread_groups(*pairs) -> list[set[str]]:
    linker = Linker()
    linker.add(item_of(m, document=d) for d, m in pairs)
    return sorted((set(ids) for ids in linker.groups().values()), key=min)


POST = message("c-1", 40, "the dam near Komyshuvakha was breached at dawn", predicates=("breach",))


def test_a_reply_that_points_back_follows_the_claim_it_answers():
    reply = message("c-2", 41, "cars are still crossing it", reply_to=40, stance="denies", predicates=("cross",))
    assert thread_groups(POST, reply) == [{"c-1", "c-2"}]
    # and in whichever order they come
    assert thread_groups(reply, POST) == [{"c-1", "c-2"}]


def test_a_reply_that_says_something_whole_is_a_claim_of_its_own():
    reply = message("c-2", 41, "nobody was hurt", reply_to=40, predicates=("hurt",))
    assert thread_groups(POST, reply) == [{"c-1"}, {"c-2"}]


def test_a_pointing_reply_to_another_message_or_chat_is_not_joined():
    elsewhere = message("c-2", 41, "cars are still crossing it", reply_to=39, predicates=("cross",))
    other_chat = message("c-3", 42, "cars are still crossing it", reply_to=40, predicates=("cross",),
                         channel="Another chat")
    assert thread_groups(POST, elsewhere, other_chat) == [{"c-1"}, {"c-2", "c-3"}]


def test_a_denial_with_the_words_of_a_claim_in_its_document_is_that_claim():
    # extraction gives "Kyiv denied this" the words it denies; one place and one verb in
    # common are not enough for two claims elsewhere, but here they are the same words
    claim = mention("c-1", 0, "its troops have taken Kurylivka", predicates=("take",), source="Moscow")
    denial = mention("c-2", 60, "its troops have taken Kurylivka", stance="denies", predicates=("take",),
                     source="Kyiv")
    assert groups(claim, denial) == [{"c-1", "c-2"}]


def test_a_reply_whose_words_carry_no_state_says_what_it_answers():
    from claimledger.link.ledger import polarities
    from claimledger.link.linker import REPLY_SCORE

    own = {"c-post": 1, "c-cousin": -1, "c-reply": 0, "c-other": 0}
    follows = {"c-cousin": (1.2, "c-post"), "c-reply": (REPLY_SCORE + 0.0004, "c-cousin"), "c-other": (0.5, "c-post")}
    # the reply answers the cousin ("the bridge is still there"); a vague mention that only
    # resembles the post keeps no state of its own
    assert polarities(own, follows) == {"c-post": 1, "c-cousin": -1, "c-reply": -1, "c-other": 0}
