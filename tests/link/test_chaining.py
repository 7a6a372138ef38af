"""What keeps unrelated claims out of one group. Single linkage joins whatever is
connected, so each rule below removes a kind of link that chained a synthetic corpus's
claims (random figures and towns from templates, 1,100 posts a day) into groups of
thousands: figures that only round alike, places that only overlap, and vague mentions
that follow each other from day to day.

Hand-made mentions; each pair also has a counterpart that must stay one claim."""

from __future__ import annotations

from claimledger.link.linker import Linker, item_of
from claimledger.model import ClaimMention, Quantity

DAY1 = "2024-03-01T08:00:00+00:00"
DAY1_EVENING = "2024-03-01T15:00:00+00:00"
DAY3 = "2024-03-03T08:00:00+00:00"


def mention(mid: str, content: str, predicates: tuple[str, ...], quantities: tuple[Quantity, ...] = (),
            source: str = "Oleh Syniehubov") -> ClaimMention:
    return ClaimMention(id=mid, document_id="d-" + mid, sentence_start=0, sentence_end=len(content) + 20,
                        source=source, source_kind="official", cue="said", content=content,
                        content_start=20, content_end=20 + len(content), language="en",
                        predicates=predicates, quantities=quantities)


def groups(*dated: tuple[ClaimMention, str]) -> list[set[str]]:
    linker = Linker()
    linker.add(item_of(m, published_at=date) for m, date in dated)
    return sorted((set(ids) for ids in linker.groups().values()), key=min)


def downed(mid: str, figures: str, quantities: tuple[Quantity, ...] = ()) -> ClaimMention:
    return mention(mid, f"air defence shot down {figures} drones over Belgorod overnight", ("shoot",), quantities)


def test_two_exact_figures_that_only_round_alike_are_two_claims():
    # 173 and 210 both round to 200: the same bucket, not the same figure
    assert groups((downed("a", "173"), DAY1), (downed("b", "210"), DAY1)) == [{"a"}, {"b"}]


def test_an_approximate_figure_matches_what_rounds_to_it():
    up_to = downed("b", "up to 200", (Quantity(text="up to 200", value=200, approximator="up to"),))
    assert groups((downed("a", "173"), DAY1), (up_to, DAY1)) == [{"a", "b"}]


def test_figures_agree_when_those_of_the_one_that_gives_fewer_are_all_in_the_other():
    of_440 = downed("a", "60 of 440")
    assert groups((of_440, DAY1), (downed("b", "60 of 118"), DAY1)) == [{"a"}, {"b"}]
    assert groups((of_440, DAY1), (downed("b", "60"), DAY1)) == [{"a", "b"}]


def line(mid: str, towns: str) -> ClaimMention:
    return mention(mid, f"the power line between {towns} was damaged for the second time this week", ("damage",))


def test_days_apart_specific_mentions_must_name_the_same_places():
    # "second time this week" is two words in common: enough days apart, but not when the
    # places differ (one town in common is how the power lines of a region became one claim)
    assert groups((line("a", "Kupiansk and Izium"), DAY1), (line("b", "Izium and Lyman"), DAY3)) == [{"a"}, {"b"}]
    assert groups((line("a", "Kupiansk and Izium"), DAY1), (line("b", "Izium and Kupiansk"), DAY3)) == [{"a", "b"}]


def test_a_vague_mention_follows_one_from_another_day_only_by_a_figure():
    said = mention("a", "the bridge was destroyed", ("destroy",))
    again = mention("b", "the bridge was destroyed", ("destroy",))
    assert groups((said, DAY1), (again, DAY3)) == [{"a"}, {"b"}]
    assert groups((said, DAY1), (again, DAY1_EVENING)) == [{"a", "b"}]
    evacuated = mention("c", "280 people were evacuated from Kupiansk", ("evacuate",))
    vague = mention("d", "280 people were evacuated overnight", ("evacuate",))
    assert groups((evacuated, DAY1), (vague, DAY3)) == [{"c", "d"}]
