"""Linking across English, Russian and Ukrainian: the words a war report's events and
things are told in (``link/lexicons/concepts.tsv``), names spelt with г as g or h, the
institutions every desk knows under three names (``link/lexicons/institutions.tsv``), and a
denial that says what it denies. Hand-made mentions in other places and words than the
dev set's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimledger.assess import Member, assess
from claimledger.link.keys import cognate, place_codes, signature, similarity, skeleton
from claimledger.link.linker import Linker, item_of
from claimledger.link.registry import institution
from claimledger.model import ClaimMention, Document

DATE = "2025-06-04T07:00:00+00:00"


def mention(mid: str, content: str, language: str, source: str = "Taras Hnatiuk", kind: str = "person",
            stance: str = "supports", predicates: tuple[str, ...] = (), start: int = 0,
            document: str | None = None) -> ClaimMention:
    return ClaimMention(id=mid, document_id=document or "d-" + mid, sentence_start=start,
                        sentence_end=start + len(content) + 20, source=source, source_kind=kind, cue="said",
                        content=content, content_start=start + 20, content_end=start + 20 + len(content),
                        language=language, stance=stance, predicates=predicates)


def groups(*mentions: ClaimMention) -> list[set[str]]:
    linker = Linker()
    linker.add(item_of(m, published_at=DATE) for m in mentions)
    return sorted((set(ids) for ids in linker.groups().values()), key=min)


@pytest.mark.parametrize("russian, english", [
    ("Городок", "Horodok"), ("Гостомель", "Hostomel"), ("Луганск", "Luhansk")])
def test_a_name_with_g_in_russian_and_h_in_english_meets(russian, english):
    assert skeleton(russian) == skeleton(english)
    assert set(place_codes(skeleton(russian))) & set(place_codes(skeleton(english)))


def test_a_skeleton_is_its_own_skeleton():
    # ledgers store document names as skeletons; an older one's must meet the new ones
    for name in ("Городок", "Horodok", "Kharkiv", "Запоріжжя"):
        assert skeleton(skeleton(name)) == skeleton(name)


def test_a_fire_and_its_firefighters_meet_across_languages():
    english = mention("c-1", "more than 120 firefighters were fighting the blaze at the port in Vylkove", "en",
                      predicates=("fight",))
    ukrainian = mention("c-2", "до гасіння пожежі в порту Вилкового залучили понад 120 рятувальників", "uk",
                        predicates=("залучити",))
    assert similarity(signature(english), signature(ukrainian)) >= 0.4
    assert groups(english, ukrainian) == [{"c-1", "c-2"}]


def test_injured_workers_meet_across_languages_but_not_another_place():
    russian = mention("c-1", "на заводе в Вилково пострадали двое рабочих", "ru", predicates=("пострадать",))
    english = mention("c-2", "two workers at the plant in Vylkove were taken to hospital with burns", "en",
                      predicates=("take",))
    elsewhere = mention("c-3", "two workers at the plant in Reni were taken to hospital with burns", "en",
                        predicates=("take",))
    assert groups(russian, english, elsewhere) == [{"c-1", "c-2"}, {"c-3"}]


def test_a_denial_that_says_what_it_denies_does_not_follow_the_claim_before_it():
    claim = mention("c-1", "air defence shot down 14 of 17 drones overnight", "en", source="the air force",
                    kind="official", predicates=("shoot",), document="d1")
    denial = mention("c-2", "reports of a strike on a fuel depot", "en", source="Kyiv", kind="official",
                     stance="denies", start=90, document="d1")
    assert groups(claim, denial) == [{"c-1"}, {"c-2"}]


def test_a_denial_that_only_labels_what_it_denies_still_follows_it():
    claim = mention("c-1", "about 900 conscripts had deserted from the training ground", "en",
                    source="sources in the command", kind="anonymous", predicates=("desert",), document="d1")
    denial = mention("c-2", "the Russian side of spreading disinformation", "en", source="officials",
                     kind="official", stance="denies", start=90, document="d1")
    assert groups(claim, denial) == [{"c-1", "c-2"}]


@pytest.mark.parametrize("name", [
    "Russia's Defence Ministry", "Russian Ministry of Defense", "Министерство обороны России",
    "Министерства обороны РФ", "Минобороны России", "Міноборони РФ"])
def test_the_names_of_one_institution_in_three_languages_are_one(name):
    assert institution(name) == "ru-defence-ministry"


@pytest.mark.parametrize("name", ["the Ministry of Defence", "Air Force", "Mykola Bilyk", "Минздрав"])
def test_a_name_that_does_not_say_which_institution_is_none(name):
    assert institution(name) is None


def test_one_institution_retold_in_three_languages_corroborates_nothing():
    def member(mid, source, language, kind="official"):
        doc = Document(id="d-" + mid, format="text", path=mid + ".txt", text="", language=language,
                       published_at=DATE)
        return Member(mention(mid, "the depot was destroyed", language, source=source, kind=kind), doc, 1)

    same = [member("c-1", "Russia's Defence Ministry", "en"), member("c-2", "Минобороны РФ", "ru"),
            member("c-3", "Міністерство оборони Росії", "uk", kind="organization")]
    assert assess(same).status == "single-source"
    assert assess([*same, member("c-4", "Oleksandr Prokudin", "uk", kind="person")]).status == "corroborated"


def test_a_body_described_before_its_name_is_the_body():
    from claimledger.assess import source_key

    assert source_key("the regional energy company Zorenergo", "organization") == \
        source_key("Зоренерго", "organization")
    assert source_key("телеканал Зоря", "media") == source_key("Зоря", "media")
    # a description alone stays what it is
    assert source_key("a local volunteer group", "organization") != source_key("Зоренерго", "organization")


def test_who_holds_a_town_meets_across_languages_and_its_opposite_denies_it():
    taken = mention("c-1", "its troops have taken control of Zatyshne", "en", source="the ministry", kind="official",
                    predicates=("take",))
    freed = mention("c-2", "об освобождении населенного пункта Затишное", "ru", source="Минобороны",
                    kind="official")
    held = mention("c-3", "Затишне не захоплене, бої тривають на околицях", "uk", stance="supports")
    assert similarity(signature(taken), signature(freed)) >= 0.4
    assert signature(held).polarity == -signature(taken).polarity != 0
    # guard: another town is another claim
    other = mention("c-4", "its troops have taken control of Vesele", "en", source="the ministry", kind="official",
                    predicates=("take",))
    assert similarity(signature(other), signature(freed)) == 0.0


def test_a_power_plant_by_its_abbreviation_meets_across_languages():
    ukrainian = mention("c-1", "вночі росіяни атакували Зорянську ТЕС", "uk", predicates=("атакувати",))
    russian = mention("c-2", "ночью был нанесен удар по Зорянской ТЭС", "ru", predicates=("нанести",))
    assert similarity(signature(ukrainian), signature(russian)) >= 0.4


def test_a_military_use_of_a_civilian_place_meets_across_languages():
    # the claim every strike on a civilian place meets: soldiers were there
    ukrainian = mention("c-1", "у школі розміщувався пункт дислокації ЗСУ", "uk", predicates=("розміщуватися",))
    russian = mention("c-2", "в школе располагался пункт временной дислокации ВСУ", "ru",
                      predicates=("располагаться",))
    assert similarity(signature(ukrainian), signature(russian)) >= 0.4
    # guard: a market is not a school
    market = mention("c-3", "на ринку розміщувався пункт дислокації ЗСУ", "uk", predicates=("розміщуватися",))
    assert similarity(signature(market), signature(russian)) == 0.0


def test_the_armed_forces_and_air_defence_by_acronym_are_no_place():
    # "ЗСУ" and "ПВО" written in capitals are no town the claim is about
    sig = signature(mention("c-1", "ПВО ЗСУ сбила ракету над Зорянском", "ru", predicates=("сбить",)))
    assert sig.own_places == frozenset({skeleton("Зорянском")})


@pytest.mark.parametrize("content, language", [
    ("no air-defence systems were operating in the area at the time of the strike", "en"),
    ("ППО в цьому районі в момент удару не працювала", "uk"),
    ("на рынке в момент удара находились около 300 человек", "ru"),
])
def test_the_strike_at_whose_time_something_else_happened_is_a_circumstance(content, language):
    # not a claim that a strike happened: what was (not) the case when it did
    assert "c:event:strike" not in signature(mention("c-1", content, language)).predicates


def test_russian_and_ukrainian_words_of_one_root_meet():
    # "законно", "повестки"/"повістки": the same consonants, other vowels
    assert cognate("повестка") == cognate("повістка") and cognate("законно") == cognate("законно")
    assert cognate("мужчина") != cognate("чоловік")
    assert cognate("сила") == ""  # too short to tell one word from another
    russian = mention("c-1", "мужчину задержали законно, он игнорировал повестки", "ru", predicates=("задержать",))
    ukrainian = mention("c-2", "чоловіка затримали законно, він ігнорував повістки", "uk", predicates=("затримати",))
    assert similarity(signature(russian), signature(ukrainian)) >= 0.4
    # guard: one word of one root in common is not enough, as one word is not in one language
    lawful = mention("c-3", "задержали законно", "ru", predicates=("задержать",))
    other = mention("c-4", "затримали законно біля школи", "uk", predicates=("затримати",))
    assert similarity(signature(lawful), signature(other)) == 0.0



def test_drones_destroyed_are_drones_shot_down():
    # "уничтожены 14 БПЛА" is how a ministry reports an interception
    destroyed = mention("c-1", "силы ПВО уничтожили все 14 беспилотников", "ru", predicates=("уничтожить",))
    downed = mention("c-2", "all 14 drones were shot down", "en", predicates=("shoot",))
    assert "c:event:intercept" in signature(destroyed).predicates
    assert similarity(signature(destroyed), signature(downed)) >= 0.4
    # guard: a drone that destroyed something else is no interception
    strike = mention("c-3", "беспилотник уничтожил склад", "ru", predicates=("уничтожить",))
    assert "c:event:intercept" not in signature(strike).predicates


def test_an_execution_meets_across_languages():
    ukrainian = mention("c-1", "Окупанти розстріляли п'ятьох українських полонених біля Соснівки", "uk")
    russian = mention("c-2", "Видео с якобы расстрелом пленных под Сосновкой — постановка", "ru")
    assert "c:event:execute" in signature(ukrainian).predicates & signature(russian).predicates
    assert similarity(signature(ukrainian), signature(russian)) >= 0.4


def test_people_who_remain_meet_across_languages():
    english = mention("c-1", "Around 1,200 children remain in the town and the surrounding villages", "en",
                      predicates=("remain",))
    ukrainian = mention("c-2", "в громаді досі перебувають близько 1200 дітей", "uk", predicates=("перебувати",))
    assert similarity(signature(english), signature(ukrainian)) >= 0.4
    # guard: another figure is another claim
    other = mention("c-3", "в громаді досі перебувають близько 300 дітей", "uk", predicates=("перебувати",))
    assert similarity(signature(english), signature(other)) == 0.0


def test_a_plant_that_lost_power_meets_across_languages():
    english = mention("c-1", "Stepova NPP lost off-site power again", "en", predicates=("lose",))
    russian = mention("c-2", "Степная АЭС полностью обесточена после обстрела линии электропередачи", "ru",
                      predicates=("обесточить",))
    ukrainian = mention("c-3", "Станція втратила зв'язок з енергосистемою через обстріл лінії електропередачі", "uk",
                        predicates=("втратити",))
    assert "c:event:outage" in signature(english).predicates & signature(ukrainian).predicates
    assert similarity(signature(english), signature(russian)) >= 0.4


def test_a_common_verb_meets_across_languages_as_a_word():
    # "running on generators" = "работает на генераторах": the verb, weighed as a word
    english = mention("c-1", "the plant is running on diesel generators at the Zoriane site", "en",
                      predicates=("run",))
    russian = mention("c-2", "станция в Зорянем работает на генераторах", "ru", predicates=("работать",))
    assert signature(english).predicates == signature(russian).predicates == {"w:~verb:work"}
    # guard: a verb is no event of the war on its own weight
    assert all(k.startswith("w:") for k in signature(russian).predicates)


def test_a_convoy_and_its_drivers_meet_across_languages():
    english = mention("c-1", "Three drivers were killed when an aid convoy came under fire near Hlyboke", "en",
                      predicates=("kill",))
    ukrainian = mention("c-2", "Окупанти обстріляли гуманітарний конвой біля Глибокого, загинули троє водіїв", "uk",
                        predicates=("загинути", "обстріляти"))
    assert {"o:object:convoy", "o:object:driver"} <= signature(english).keys & signature(ukrainian).keys
    assert similarity(signature(english), signature(ukrainian)) >= 0.4


def test_a_chemical_attack_and_those_treated_meet_across_languages():
    english = mention("c-1", "positions near Hlyboke were attacked with grenades containing chloropicrin", "en",
                      predicates=("attack",))
    ukrainian = mention("c-2", "окупанти скидали на позиції біля Глибокого гранати з хлорпікрином", "uk",
                        predicates=("скидати",))
    assert similarity(signature(english), signature(ukrainian)) >= 0.4
    sought = mention("c-3", "more than 60 soldiers sought treatment for chemical exposure near Hlyboke", "en",
                     predicates=("seek",))
    turned = mention("c-4", "понад 60 військових звернулися по допомогу через отруєння біля Глибокого", "uk",
                     predicates=("звернутися",))
    assert similarity(signature(sought), signature(turned)) >= 0.4


def test_a_document_that_names_only_the_speaker_keeps_the_claim_from_no_place():
    # the Russian post names no one but the governor: his name says nowhere
    english = mention("c-1", "Two drivers were killed near Hlyboke", "en", source="Petro Danyliuk",
                      predicates=("kill",))
    russian = mention("c-2", "погибли двое водителей", "ru", source="Данилюк", predicates=("погибнуть",))
    russian = _with_context(russian, ("danili",))
    assert signature(russian).only_speaker
    assert similarity(signature(english), signature(russian)) >= 0.4
    assert groups(english, russian) == [{"c-1", "c-2"}]
    # guard: a document that names a place besides the speaker keeps the claim there
    elsewhere = _with_context(mention("c-3", "погибли двое водителей", "ru", source="Данилюк",
                                      predicates=("погибнуть",)), ("danili", "sumi"))
    assert not signature(elsewhere).only_speaker
    assert similarity(signature(english), signature(elsewhere)) == 0.0


def _with_context(m: ClaimMention, context: tuple[str, ...]) -> ClaimMention:
    return replace(m, context=context)


def test_a_blast_on_a_railway_bridge_meets_across_languages():
    english = mention("c-1", "An explosion damaged a railway bridge in the town of Kupiansk", "en",
                      predicates=("damage",))
    russian = mention("c-2", "ночью неизвестные совершили подрыв на железнодорожном мосту в Купянске", "ru",
                      predicates=("совершить",))
    assert "c:event:explode" in signature(russian).predicates
    assert {"o:object:bridge", "o:object:railway"} <= signature(russian).keys
    assert similarity(signature(english), signature(russian)) >= 0.4


def test_a_weapons_acronym_with_a_case_ending_is_no_place():
    russian = mention("c-1", "По школе в Купянске ударили КАБом", "ru", predicates=("ударить",))
    assert signature(russian).own_places == {skeleton("Купянске")}


def test_smugglers_fees_and_beatings_meet_across_languages():
    fee = mention("c-1", "smugglers had charged up to $6,000 per person", "en", predicates=("charge",))
    cost = mention("c-2", "послуги переправників коштують до 6000 доларів", "uk", predicates=("коштувати",))
    assert similarity(signature(fee), signature(cost)) >= 0.4
    beaten = mention("c-3", "the detainees were beaten by guards", "en", predicates=("beat",))
    beating = mention("c-4", "про побиття затриманих прикордонниками", "uk", predicates=("побити",))
    assert "c:event:beat" in signature(beaten).predicates & signature(beating).predicates
    assert similarity(signature(beaten), signature(beating)) >= 0.4


def test_a_grain_cargo_meets_across_languages():
    russian = mention("c-1", "судно везло около 20 тысяч тонн кукурузы в Тунис", "ru", predicates=("везти",))
    ukrainian = mention("c-2", "у трюми встигли завантажити близько 20 тисяч тонн кукурудзи для Тунісу", "uk",
                        predicates=("завантажити",))
    assert "o:object:grain" in signature(russian).keys & signature(ukrainian).keys
    assert similarity(signature(russian), signature(ukrainian)) >= 0.4


def test_an_ammunition_depot_is_a_depot_not_weapons():
    english = mention("c-1", "explosions hit an ammunition depot near the town", "en", predicates=("hit",))
    assert "o:object:depot" in signature(english).keys
    assert "o:object:weapons" not in signature(english).keys


@pytest.mark.parametrize("latin, cyrillic", [("Qatar", "Катар"), ("Alexander", "Александр")])
def test_q_and_x_are_the_letters_cyrillic_writes_for_them(latin, cyrillic):
    assert skeleton(latin)[:4] == skeleton(cyrillic)[:4]


def test_soldiers_said_not_to_be_somewhere_deny_that_they_were_quartered_there():
    claim = mention("c-1", "в здании школы в Зорянске располагался пункт временной дислокации ВСУ", "ru",
                    predicates=("располагаться",))
    absent_uk = mention("c-2", "жодних військових у школі ніколи не було", "uk", source="Ганна Бойко")
    absent_en = mention("c-3", "there were no soldiers in that building", "en", source="Olha Sydor")
    signatures = [signature(m) for m in (claim, absent_uk, absent_en)]
    assert all("c:state:presence" in s.predicates for s in signatures)
    assert [s.polarity for s in signatures] == [1, -1, -1]
    # each absence answers the claim, whichever was published first
    def member(m, hour):
        document = Document(id=m.document_id, format="text", path="x.txt", text=m.content,
                            published_at=f"2025-06-04T0{hour}:00:00+00:00")
        return Member(m, document, signature(m).polarity)

    members = [member(absent_uk, 1), member(claim, 2), member(absent_en, 3)]
    result = assess(members)
    assert result.status == "contested"
    assert result.stances == {"c-2": "denies", "c-1": "supports", "c-3": "denies"}
    # guard: a power cut "there was no light" says nothing of soldiers
    outage = signature(mention("c-4", "света в Зорянске не было весь день", "ru", predicates=("быть",)))
    assert "c:state:presence" not in outage.predicates


def test_armour_is_one_thing_across_languages():
    ukrainian = mention("c-1", "під Зорянкою дрони знищили 11 одиниць бронетехніки", "uk", predicates=("знищити",))
    english = mention("c-2", "drones destroyed 11 armoured vehicles near Zorianka", "en", predicates=("destroy",))
    assert signature(ukrainian).things == signature(english).things == frozenset({"o:object:armour",
                                                                                  "o:object:drone"})
    assert similarity(signature(ukrainian), signature(english)) >= 0.4
