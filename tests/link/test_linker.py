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


def test_a_denial_that_names_its_place_is_not_joined_to_an_unrelated_claim_before_it():
    named = mention("c-2", 120, "reports of a breakthrough near Orikhiv were false", stance="denies",
                    predicates=("be",))
    assert item_of(named, published_at=DATE).specific
    assert groups(CLAIM, named) == [{"c-1"}, {"c-2"}]
