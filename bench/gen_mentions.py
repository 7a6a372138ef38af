#!/usr/bin/env python3
"""Synthetic claim mentions for the linking benchmark, with a planted group structure.

    python bench/gen_mentions.py -n 10000 [--seed 1] [--jsonl FILE] [--stats]

``iter_documents(n, seed)`` yields ``SynthDoc`` records lazily (a ``model.Document`` with no
text, its 1 to 8 ``model.ClaimMention`` objects and, for each mention, the planted story it
tells), until ``n`` mentions have been produced. The same ``n`` and ``seed`` give the same
mentions, ids included; the first ``k`` mentions of a run do not depend on ``n``.

What the mentions look like, in English, Russian and Ukrainian (25 / 45 / 30 %):

- A *story* is a proposition: an event (strike, destroy, shoot down, evacuate, detain …: 11
  the concept lexicon knows, 13 it does not, such as burn, mine, flood, loot, hack, approve),
  an object that fits it (bridge, depot, drones, residents …; some unknown to the lexicon:
  substation, church, dam, generators, bread prices …), a place (32 real towns, 12,000 villages
  built from name parts, with Russian, Ukrainian and English spellings), usually a number,
  and sometimes a street, a region or a circumstance ("in the industrial zone").
- A mention renders its story in its document's language with one of several templates,
  synonyms, word orders and inflections ("в Харькове уничтожили 3 склада", "у Харкові
  знищено 3 склади", "3 warehouses were destroyed in Kharkiv"); predicates are the lemmas of
  the main verb ("destroy", "уничтожить", "знищити"), as the extractor gives them.
- Sources of all kinds (person, official, organization, media, channel, anonymous, crowd,
  the author's own voice), cues, hedges (allegedly, якобы, нібито, …), quantities with
  approximators ("up to 300", "около 300"), denials (stance "denies": "denied that …",
  "the bridge is still standing", a "this is fake" after the claim in the same document)
  and a few neutral mentions ("declined to comment on reports that …").

Planted structure: about 70% of mentions start a new story; the rest (about 30%) retell an
earlier one: a different source, wording, language, figure (rounded, approximate, or
disputed), sometimes without the place or the number, sometimes denying it. Which story is
retold: mostly one of the last ~30,000 mentions' stories, chosen in proportion to how often
it was told (so most stories stay singletons and some reach 2 to 20 mentions); 5% of
retellings go to a *viral* story (one starts every 40,000 mentions and runs for 60,000),
which reaches hundreds of mentions. Documents are a minute apart (``published_at``), so
100,000 mentions span about three weeks, retellings come within about a week of the
story, and a viral story runs for about two weeks. Two stories can still say the same thing in the same
words (same event, object and place): ``Story.key`` is what a reader could tell apart.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent / "src") not in sys.path:
    sys.path.append(str(HERE.parent / "src"))  # after a --src snapshot put first
from claimledger.model import ClaimMention, Document, Entity, Quantity  # noqa: E402

if str(HERE) not in sys.path:
    sys.path.append(str(HERE))
from gen_telegram import plural as plural_form  # noqa: E402  (Russian and Ukrainian plural forms)

LANGS = ("en", "ru", "uk")
LANG_WEIGHTS = (0.25, 0.45, 0.30)
DOC_SIZES = (1, 2, 3, 4, 5, 6, 7, 8)
DOC_WEIGHTS = (30, 20, 15, 10, 8, 7, 5, 5)  # mean about 3.2 mentions a document
RETELL = 0.27  # chance that a mention retells an earlier story (fake-news follow-ups add ~3%)
FOLLOW_UP = 0.08  # chance that a claim by a named source is called fake in the next sentence
SAME_DOC = 0.15  # a retelling picks a story of its own document (a second source for it)
WINDOW = 30_000  # retellings pick among the stories of the last WINDOW mentions
VIRAL_SHARE = 0.05
VIRAL_EVERY = 40_000
VIRAL_LIFE = 60_000
START = datetime(2024, 1, 1, tzinfo=UTC)
SECONDS_PER_DOCUMENT = 60  # about 4,600 mentions a day: 100k span 3 weeks, 1M seven months

# -- vocabulary --------------------------------------------------------------------------
# Events: name -> lexicon-known?, object groups, {lang: [(lemma, past, impersonal)]}. "past"
# is the English past participle, the Russian and Ukrainian past plural ("уничтожили",
# "знищили"); "impersonal" is the Ukrainian -но/-то form ("знищено").
EVENTS: dict[str, tuple[bool, tuple[str, ...], dict[str, list[tuple[str, ...]]]]] = {
    "destroy": (True, ("structure", "weapon"), {
        "en": [("destroy", "destroyed"), ("demolish", "demolished")],
        "ru": [("уничтожить", "уничтожили"), ("разрушить", "разрушили")],
        "uk": [("знищити", "знищили", "знищено"), ("зруйнувати", "зруйнували", "зруйновано")]}),
    "damage": (True, ("structure",), {
        "en": [("damage", "damaged"), ("hit", "hit")],
        "ru": [("повредить", "повредили")],
        "uk": [("пошкодити", "пошкодили", "пошкоджено")]}),
    "strike": (True, ("structure",), {
        "en": [("strike", "struck"), ("attack", "attacked"), ("shell", "shelled")],
        "ru": [("атаковать", "атаковали"), ("обстрелять", "обстреляли")],
        "uk": [("атакувати", "атакували", "атаковано"), ("обстріляти", "обстріляли", "обстріляно")]}),
    "intercept": (True, ("aerial",), {
        "en": [("shoot", "shot down"), ("intercept", "intercepted")],
        "ru": [("сбить", "сбили"), ("перехватить", "перехватили")],
        "uk": [("збити", "збили", "збито"), ("перехопити", "перехопили", "перехоплено")]}),
    "kill": (True, ("people",), {
        "en": [("kill", "killed")], "ru": [("убить", "убили")], "uk": [("вбити", "вбили", "вбито")]}),
    "injure": (True, ("people",), {
        "en": [("injure", "injured"), ("wound", "wounded")],
        "ru": [("ранить", "ранили"), ("травмировать", "травмировали")],
        "uk": [("поранити", "поранили", "поранено"), ("травмувати", "травмували", "травмовано")]}),
    "evacuate": (True, ("people",), {
        "en": [("evacuate", "evacuated")], "ru": [("эвакуировать", "эвакуировали")],
        "uk": [("евакуювати", "евакуювали", "евакуйовано")]}),
    "close": (True, ("closable",), {
        "en": [("close", "closed"), ("block", "blocked")],
        "ru": [("закрыть", "закрыли"), ("перекрыть", "перекрыли")],
        "uk": [("закрити", "закрили", "закрито"), ("перекрити", "перекрили", "перекрито")]}),
    "restore": (True, ("utility",), {
        "en": [("restore", "restored")], "ru": [("восстановить", "восстановили")],
        "uk": [("відновити", "відновили", "відновлено")]}),
    "capture": (True, ("settlement",), {
        "en": [("capture", "captured"), ("seize", "seized")],
        "ru": [("захватить", "захватили"), ("занять", "заняли")],
        "uk": [("захопити", "захопили", "захоплено"), ("зайняти", "зайняли", "зайнято")]}),
    "detain": (True, ("suspects",), {
        "en": [("detain", "detained"), ("arrest", "arrested")],
        "ru": [("задержать", "задержали"), ("арестовать", "арестовали")],
        "uk": [("затримати", "затримали", "затримано"), ("заарештувати", "заарештували", "заарештовано")]}),
    # not in the concept lexicon: these only meet within one language
    "burn": (False, ("structure",), {
        "en": [("burn", "burned down")], "ru": [("сжечь", "сожгли"), ("поджечь", "подожгли")],
        "uk": [("спалити", "спалили", "спалено"), ("підпалити", "підпалили", "підпалено")]}),
    "mine": (False, ("minable",), {
        "en": [("mine", "mined")], "ru": [("заминировать", "заминировали")],
        "uk": [("замінувати", "замінували", "заміновано")]}),
    "flood": (False, ("minable",), {
        "en": [("flood", "flooded")], "ru": [("затопить", "затопили"), ("подтопить", "подтопили")],
        "uk": [("затопити", "затопили", "затоплено"), ("підтопити", "підтопили", "підтоплено")]}),
    "surround": (False, ("settlement",), {
        "en": [("surround", "surrounded"), ("encircle", "encircled")],
        "ru": [("окружить", "окружили")], "uk": [("оточити", "оточили", "оточено")]}),
    "loot": (False, ("shop",), {
        "en": [("loot", "looted"), ("rob", "robbed")], "ru": [("разграбить", "разграбили")],
        "uk": [("пограбувати", "пограбували", "пограбовано")]}),
    "deliver": (False, ("supplies",), {
        "en": [("deliver", "delivered"), ("bring", "brought")], "ru": [("доставить", "доставили")],
        "uk": [("доставити", "доставили", "доставлено"), ("привезти", "привезли", "привезено")]}),
    "repair": (False, ("structure", "utility"), {
        "en": [("repair", "repaired")], "ru": [("отремонтировать", "отремонтировали")],
        "uk": [("відремонтувати", "відремонтували", "відремонтовано")]}),
    "transfer": (False, ("weapon", "people"), {
        "en": [("transfer", "transferred"), ("move", "moved")],
        "ru": [("перебросить", "перебросили")], "uk": [("перекинути", "перекинули", "перекинуто")]}),
    "hack": (False, ("digital",), {
        "en": [("hack", "hacked")], "ru": [("взломать", "взломали")], "uk": [("зламати", "зламали", "зламано")]}),
    "cut": (False, ("utility",), {
        "en": [("cut", "cut off"), ("disconnect", "disconnected")], "ru": [("отключить", "отключили")],
        "uk": [("відключити", "відключили", "відключено")]}),
    "approve": (False, ("civic",), {
        "en": [("approve", "approved"), ("adopt", "adopted")], "ru": [("утвердить", "утвердили")],
        "uk": [("затвердити", "затвердили", "затверджено"), ("ухвалити", "ухвалили", "ухвалено")]}),
    "open": (False, ("openable",), {
        "en": [("open", "opened"), ("reopen", "reopened")], "ru": [("открыть", "открыли")],
        "uk": [("відкрити", "відкрили", "відкрито")]}),
    "raise": (False, ("prices",), {
        "en": [("raise", "raised"), ("increase", "increased")], "ru": [("повысить", "повысили")],
        "uk": [("підвищити", "підвищили", "підвищено")]}),
}
EVENT_WEIGHTS = {"strike": 14, "intercept": 12, "destroy": 9, "damage": 9, "kill": 5, "injure": 7, "evacuate": 5,
                 "close": 3, "restore": 3, "capture": 3, "detain": 4, "burn": 3, "mine": 2, "flood": 1,
                 "surround": 1, "loot": 1, "deliver": 3, "repair": 3, "transfer": 2, "hack": 1, "cut": 3,
                 "approve": 2, "open": 2, "raise": 2}

# Objects: name -> groups, count range (None: uncountable or usually one),
# {en: (sg, pl), ru/uk: (accusative singular, with 2-4, with 5+)}.
OBJECTS: dict[str, tuple[tuple[str, ...], tuple[int, int] | None, dict[str, tuple[str, ...]]]] = {
    "bridge": (("structure", "closable", "minable"), None,
               {"en": ("bridge", "bridges"), "ru": ("мост", "моста", "мостов"), "uk": ("міст", "мости", "мостів")}),
    "crossing": (("structure", "closable", "minable"), None,
                 {"en": ("crossing", "crossings"), "ru": ("переправу", "переправы", "переправ"),
                  "uk": ("переправу", "переправи", "переправ")}),
    "depot": (("structure",), None, {"en": ("fuel depot", "fuel depots"), "ru": ("нефтебазу", "нефтебазы", "нефтебаз"),
                                     "uk": ("нафтобазу", "нафтобази", "нафтобаз")}),
    "warehouse": (("structure",), (1, 6), {"en": ("warehouse", "warehouses"), "ru": ("склад", "склада", "складов"),
                                           "uk": ("склад", "склади", "складів")}),
    "building": (("structure",), (1, 40), {
        "en": ("residential building", "residential buildings"), "ru": ("жилой дом", "жилых дома", "жилых домов"),
        "uk": ("житловий будинок", "житлові будинки", "житлових будинків")}),
    "house": (("structure",), (1, 60), {"en": ("house", "houses"), "ru": ("дом", "дома", "домов"),
                                        "uk": ("будинок", "будинки", "будинків")}),
    "school": (("structure", "closable", "openable"), None,
               {"en": ("school", "schools"), "ru": ("школу", "школы", "школ"), "uk": ("школу", "школи", "шкіл")}),
    "hospital": (("structure", "openable"), None, {"en": ("hospital", "hospitals"),
                                                   "ru": ("больницу", "больницы", "больниц"),
                                                   "uk": ("лікарню", "лікарні", "лікарень")}),
    "substation": (("structure", "utility_site"), (1, 4), {
        "en": ("substation", "substations"), "ru": ("подстанцию", "подстанции", "подстанций"),
        "uk": ("підстанцію", "підстанції", "підстанцій")}),
    "church": (("structure",), None, {"en": ("church", "churches"), "ru": ("церковь", "церкви", "церквей"),
                                      "uk": ("церкву", "церкви", "церков")}),
    "market": (("structure", "shop", "closable", "openable"), None, {
        "en": ("market", "markets"), "ru": ("рынок", "рынка", "рынков"), "uk": ("ринок", "ринки", "ринків")}),
    "dam": (("structure", "minable"), None, {"en": ("dam", "dams"), "ru": ("дамбу", "дамбы", "дамб"),
                                             "uk": ("дамбу", "дамби", "дамб")}),
    "factory": (("structure",), None, {"en": ("factory", "factories"), "ru": ("завод", "завода", "заводов"),
                                       "uk": ("завод", "заводи", "заводів")}),
    "checkpoint": (("structure", "closable", "openable"), (1, 3), {
        "en": ("checkpoint", "checkpoints"), "ru": ("блокпост", "блокпоста", "блокпостов"),
        "uk": ("блокпост", "блокпости", "блокпостів")}),
    "tower": (("structure",), (1, 3), {"en": ("cell tower", "cell towers"),
                                       "ru": ("вышку связи", "вышки связи", "вышек связи"),
                                       "uk": ("вежу зв'язку", "вежі зв'язку", "веж зв'язку")}),
    "station": (("structure", "closable"), None, {
        "en": ("railway station", "railway stations"), "ru": ("вокзал", "вокзала", "вокзалов"),
        "uk": ("вокзал", "вокзали", "вокзалів")}),
    "airfield": (("structure",), None, {"en": ("airfield", "airfields"), "ru": ("аэродром", "аэродрома", "аэродромов"),
                                        "uk": ("аеродром", "аеродроми", "аеродромів")}),
    "kindergarten": (("structure", "openable"), None, {
        "en": ("kindergarten", "kindergartens"), "ru": ("детский сад", "детских сада", "детских садов"),
        "uk": ("дитячий садок", "дитячі садки", "дитячих садків")}),
    "shelter": (("openable",), (1, 12), {"en": ("shelter", "shelters"), "ru": ("укрытие", "укрытия", "укрытий"),
                                         "uk": ("укриття", "укриття", "укриттів")}),
    "shop": (("shop", "structure"), (1, 8), {"en": ("shop", "shops"), "ru": ("магазин", "магазина", "магазинов"),
                                             "uk": ("магазин", "магазини", "магазинів")}),
    "road": (("closable", "minable"), None, {"en": ("highway", "highways"), "ru": ("трассу", "трассы", "трасс"),
                                             "uk": ("трасу", "траси", "трас")}),
    "drone": (("weapon", "aerial"), (1, 90), {
        "en": ("drone", "drones"), "ru": ("беспилотник", "беспилотника", "беспилотников"),
        "uk": ("безпілотник", "безпілотники", "безпілотників")}),
    "missile": (("weapon", "aerial"), (1, 40), {"en": ("missile", "missiles"), "ru": ("ракету", "ракеты", "ракет"),
                                                "uk": ("ракету", "ракети", "ракет")}),
    "helicopter": (("weapon", "aerial"), (1, 3), {
        "en": ("helicopter", "helicopters"), "ru": ("вертолет", "вертолета", "вертолетов"),
        "uk": ("гелікоптер", "гелікоптери", "гелікоптерів")}),
    "tank": (("weapon",), (1, 15), {"en": ("tank", "tanks"), "ru": ("танк", "танка", "танков"),
                                    "uk": ("танк", "танки", "танків")}),
    "boat": (("weapon",), (1, 6), {"en": ("boat", "boats"), "ru": ("катер", "катера", "катеров"),
                                   "uk": ("катер", "катери", "катерів")}),
    "radar": (("weapon",), (1, 2), {"en": ("radar", "radars"), "ru": ("радар", "радара", "радаров"),
                                    "uk": ("радар", "радари", "радарів")}),
    "people": (("people",), (1, 60), {"en": ("person", "people"), "ru": ("человека", "человека", "человек"),
                                      "uk": ("людину", "людини", "людей")}),
    "residents": (("people",), (5, 3000), {"en": ("resident", "residents"), "ru": ("жителя", "жителя", "жителей"),
                                           "uk": ("мешканця", "мешканці", "мешканців")}),
    "civilians": (("people",), (1, 40), {
        "en": ("civilian", "civilians"), "ru": ("мирного жителя", "мирных жителя", "мирных жителей"),
        "uk": ("цивільного", "цивільних", "цивільних")}),
    "children": (("people",), (1, 300), {"en": ("child", "children"), "ru": ("ребенка", "ребенка", "детей"),
                                         "uk": ("дитину", "дитини", "дітей")}),
    "soldiers": (("people", "suspects"), (1, 200), {
        "en": ("soldier", "soldiers"), "ru": ("военного", "военных", "военных"),
        "uk": ("військового", "військових", "військових")}),
    "deserters": (("suspects",), (1, 1500), {
        "en": ("deserter", "deserters"), "ru": ("дезертира", "дезертиров", "дезертиров"),
        "uk": ("дезертира", "дезертирів", "дезертирів")}),
    "officials": (("suspects",), (1, 12), {
        "en": ("official", "officials"), "ru": ("чиновника", "чиновника", "чиновников"),
        "uk": ("чиновника", "чиновники", "чиновників")}),
    "saboteurs": (("suspects",), (1, 10), {
        "en": ("saboteur", "saboteurs"), "ru": ("диверсанта", "диверсанта", "диверсантов"),
        "uk": ("диверсанта", "диверсанти", "диверсантів")}),
    "power": (("utility",), None, {"en": ("power supply",), "ru": ("электроснабжение",),
                                   "uk": ("електропостачання",)}),
    "water": (("utility",), None, {"en": ("water supply",), "ru": ("водоснабжение",), "uk": ("водопостачання",)}),
    "gas": (("utility",), None, {"en": ("gas supply",), "ru": ("газоснабжение",), "uk": ("газопостачання",)}),
    "heating": (("utility",), None, {"en": ("heating",), "ru": ("отопление",), "uk": ("опалення",)}),
    "aid": (("supplies",), (2, 80), {"en": ("tonne of aid", "tonnes of humanitarian aid"),
                                     "ru": ("тонну помощи", "тонны гуманитарной помощи", "тонн гуманитарной помощи"),
                                     "uk": ("тонну допомоги", "тонни гуманітарної допомоги",
                                            "тонн гуманітарної допомоги")}),
    "generators": (("supplies",), (2, 400), {
        "en": ("generator", "generators"), "ru": ("генератор", "генератора", "генераторов"),
        "uk": ("генератор", "генератори", "генераторів")}),
    "website": (("digital",), None, {"en": ("city council website",), "ru": ("сайт горсовета",),
                                     "uk": ("сайт міськради",)}),
    "database": (("digital",), None, {"en": ("conscription database",), "ru": ("базу данных военкомата",),
                                      "uk": ("базу даних ТЦК",)}),
    "budget": (("civic",), None, {"en": ("city budget",), "ru": ("городской бюджет",), "uk": ("міський бюджет",)}),
    "curfew": (("civic",), None, {"en": ("new curfew",), "ru": ("новый комендантский час",),
                                  "uk": ("нову комендантську годину",)}),
    "prices": (("prices",), None, {"en": ("bread prices",), "ru": ("цены на хлеб",), "uk": ("ціни на хліб",)}),
    "tariffs": (("prices",), None, {"en": ("utility tariffs",), "ru": ("тарифы на коммунальные услуги",),
                                    "uk": ("тарифи на комунальні послуги",)}),
    "settlement": (("settlement",), None, {"en": ("village",), "ru": ("село",), "uk": ("село",)}),
}
OBJECTS_BY_GROUP: dict[str, list[str]] = {}
for _name, (_groups, _range, _forms) in OBJECTS.items():
    for _g in _groups:
        OBJECTS_BY_GROUP.setdefault(_g, []).append(_name)
OBJECTS_BY_GROUP["utility"] += ["substation"]

# Towns: (ru, ru locative, uk, uk locative, en).
TOWNS = [
    ("Запорожье", "Запорожье", "Запоріжжя", "Запоріжжі", "Zaporizhzhia"),
    ("Харьков", "Харькове", "Харків", "Харкові", "Kharkiv"),
    ("Херсон", "Херсоне", "Херсон", "Херсоні", "Kherson"),
    ("Никополь", "Никополе", "Нікополь", "Нікополі", "Nikopol"),
    ("Покровск", "Покровске", "Покровськ", "Покровську", "Pokrovsk"),
    ("Купянск", "Купянске", "Куп'янськ", "Куп'янську", "Kupiansk"),
    ("Гуляйполе", "Гуляйполе", "Гуляйполе", "Гуляйполі", "Huliaipole"),
    ("Орехов", "Орехове", "Оріхів", "Оріхові", "Orikhiv"),
    ("Краматорск", "Краматорске", "Краматорськ", "Краматорську", "Kramatorsk"),
    ("Славянск", "Славянске", "Слов'янськ", "Слов'янську", "Sloviansk"),
    ("Константиновка", "Константиновке", "Костянтинівка", "Костянтинівці", "Kostiantynivka"),
    ("Сумы", "Сумах", "Суми", "Сумах", "Sumy"),
    ("Чернигов", "Чернигове", "Чернігів", "Чернігові", "Chernihiv"),
    ("Одесса", "Одессе", "Одеса", "Одесі", "Odesa"),
    ("Днепр", "Днепре", "Дніпро", "Дніпрі", "Dnipro"),
    ("Кривой Рог", "Кривом Роге", "Кривий Ріг", "Кривому Розі", "Kryvyi Rih"),
    ("Белгород", "Белгороде", "Бєлгород", "Бєлгороді", "Belgorod"),
    ("Курск", "Курске", "Курськ", "Курську", "Kursk"),
    ("Брянск", "Брянске", "Брянськ", "Брянську", "Bryansk"),
    ("Шебекино", "Шебекино", "Шебекине", "Шебекиному", "Shebekino"),
    ("Изюм", "Изюме", "Ізюм", "Ізюмі", "Izium"),
    ("Лиман", "Лимане", "Лиман", "Лимані", "Lyman"),
    ("Торецк", "Торецке", "Торецьк", "Торецьку", "Toretsk"),
    ("Волчанск", "Волчанске", "Вовчанськ", "Вовчанську", "Vovchansk"),
    ("Мирноград", "Мирнограде", "Мирноград", "Мирнограді", "Myrnohrad"),
    ("Угледар", "Угледаре", "Вугледар", "Вугледарі", "Vuhledar"),
    ("Каменское", "Каменском", "Кам'янське", "Кам'янському", "Kamianske"),
    ("Степногорск", "Степногорске", "Степногірськ", "Степногірську", "Stepnohirsk"),
    ("Привилля", "Привилле", "Привілля", "Привіллі", "Pryvillia"),
    ("Марганец", "Марганце", "Марганець", "Марганці", "Marhanets"),
    ("Энергодар", "Энергодаре", "Енергодар", "Енергодарі", "Enerhodar"),
    ("Бахмут", "Бахмуте", "Бахмут", "Бахмуті", "Bakhmut"),
]
TOWN_SHARE = 0.5  # half the stories happen in a town, half in one of the villages
# Village names from parts: (ru, uk, en) roots and suffixes, and an optional adjective.
ROOTS = [("Калин", "Калин", "Kalyn"), ("Зелен", "Зелен", "Zelen"), ("Берез", "Берез", "Berez"),
         ("Ольх", "Вільх", "Vilkh"), ("Петр", "Петр", "Petr"), ("Иван", "Іван", "Ivan"), ("Степан", "Степан", "Stepan"),
         ("Васил", "Васил", "Vasyl"), ("Лоз", "Лоз", "Loz"), ("Гор", "Гор", "Hor"), ("Сосн", "Сосн", "Sosn"),
         ("Вишн", "Вишн", "Vyshn"), ("Бел", "Біл", "Bil"), ("Червон", "Червон", "Chervon"), ("Нов", "Нов", "Nov"),
         ("Стар", "Стар", "Star"), ("Малин", "Малин", "Malyn"), ("Тополь", "Тополь", "Topol"), ("Дуб", "Дуб", "Dub"),
         ("Яблун", "Яблун", "Yablun"), ("Криничн", "Криничн", "Krynychn"), ("Мирн", "Мирн", "Myrn"),
         ("Славн", "Славн", "Slavn"), ("Богдан", "Богдан", "Bohdan"), ("Андре", "Андрі", "Andri"),
         ("Михайл", "Михайл", "Mykhail"), ("Григор", "Григор", "Hryhor"), ("Олекс", "Олекс", "Oleks"),
         ("Павл", "Павл", "Pavl"), ("Терн", "Терн", "Tern"), ("Камен", "Камін", "Kamin"), ("Широк", "Широк", "Shyrok"),
         ("Глубок", "Глибок", "Hlybok"), ("Высок", "Висок", "Vysok"), ("Рыбн", "Рибн", "Rybn"),
         ("Лисич", "Лисич", "Lysych"), ("Вороб", "Вороб", "Vorob"), ("Орл", "Орл", "Orl"), ("Сокол", "Сокол", "Sokol"),
         ("Дроб", "Дроб", "Drob")]
# More roots from two syllables ("Ба" + "лин", "Ko" + "riv" …), so that there are many
# villages, as in the news, that a name's first letters tell apart.
SYLLABLES = [("Ба", "Ба", "Ba"), ("Бо", "Бо", "Bo"), ("Ве", "Ве", "Ve"), ("Го", "Го", "Ho"), ("Да", "Да", "Da"),
             ("До", "До", "Do"), ("За", "За", "Za"), ("Ка", "Ка", "Ka"), ("Ко", "Ко", "Ko"), ("Ла", "Ла", "La"),
             ("Ли", "Ли", "Ly"), ("Ма", "Ма", "Ma"), ("Мо", "Мо", "Mo"), ("На", "На", "Na"), ("Но", "Но", "No"),
             ("Па", "Па", "Pa"), ("Пе", "Пе", "Pe"), ("Ра", "Ра", "Ra"), ("Ро", "Ро", "Ro"), ("Са", "Са", "Sa"),
             ("Се", "Се", "Se"), ("Та", "Та", "Ta"), ("То", "То", "To"), ("Ху", "Ху", "Khu"), ("Ча", "Ча", "Cha"),
             ("Ше", "Ше", "She"), ("Ши", "Ши", "Shy"), ("Бе", "Бе", "Be"), ("Ва", "Ва", "Va"), ("Зо", "Зо", "Zo")]
SECOND = [("лин", "лин", "lyn"), ("рав", "рав", "rav"), ("бров", "бров", "brov"), ("дуб", "дуб", "dub"),
          ("кит", "кит", "kyt"), ("мен", "мен", "men"), ("рит", "рит", "ryt"), ("сил", "сил", "syl"),
          ("тар", "тар", "tar"), ("ган", "ган", "han"), ("вер", "вер", "ver"), ("ров", "рів", "riv"),
          ("лоп", "лоп", "lop"), ("шан", "шан", "shan"), ("жит", "жит", "zhyt"), ("гол", "гол", "hol"),
          ("пин", "пин", "pyn"), ("рин", "рин", "ryn"), ("мол", "мол", "mol"), ("сок", "сок", "sok")]
SUFFIXES = [("овка", "івка", "ivka"), ("евка", "ївка", "iivka"), ("ное", "не", "ne"), ("ка", "ка", "ka"),
            ("ское", "ське", "ske"), ("ополь", "опіль", "opil"), ("ово", "ове", "ove"), ("ино", "ине", "yne"),
            ("цы", "ці", "tsi"), ("ичи", "ичі", "ychi")]
ADJECTIVES = [None, ("Новая", "Нова", "Nova"), ("Малая", "Мала", "Mala"), ("Великая", "Велика", "Velyka")]
REGIONS = {  # "in the X region"
    "en": ["Kharkiv", "Zaporizhzhia", "Donetsk", "Kherson", "Dnipropetrovsk", "Sumy", "Belgorod", "Kursk"],
    "ru": ["Харьковской", "Запорожской", "Донецкой", "Херсонской", "Днепропетровской", "Сумской", "Белгородской",
           "Курской"],
    "uk": ["Харківській", "Запорізькій", "Донецькій", "Херсонській", "Дніпропетровській", "Сумській", "Бєлгородській",
           "Курській"],
}
CIRCUMSTANCES = {  # said of one story, in the words of each language
    "en": ["in the industrial zone", "near the railway station", "on the outskirts", "in the city centre",
           "after a massive attack", "in the private sector", "as a result of the shelling",
           "with guided aerial bombs", "using cluster munitions", "at around three in the morning",
           "close to the front line", "near the market", "in a residential area", "during the curfew",
           "despite the ceasefire", "in a second wave"],
    "ru": ["в промзоне", "возле вокзала", "на окраине", "в центре города", "после массированной атаки",
           "в частном секторе", "в результате обстрела", "управляемыми авиабомбами", "кассетными боеприпасами",
           "около трех часов ночи", "недалеко от линии фронта", "возле рынка", "в жилом квартале",
           "во время комендантского часа", "несмотря на перемирие", "второй волной"],
    "uk": ["у промзоні", "біля вокзалу", "на околиці", "у центрі міста", "після масованої атаки",
           "у приватному секторі", "внаслідок обстрілу", "керованими авіабомбами", "касетними боєприпасами",
           "близько третьої ночі", "неподалік від лінії фронту", "біля ринку", "у житловому кварталі",
           "під час комендантської години", "попри перемир'я", "другою хвилею"],
}
TIMES = {"en": ["overnight", "on Monday", "this morning", "last night", "on Sunday", "earlier today"],
         "ru": ["ночью", "в понедельник", "утром", "накануне", "в воскресенье", "сегодня"],
         "uk": ["вночі", "у понеділок", "вранці", "напередодні", "у неділю", "сьогодні"]}
STREET = {"en": "on {} Street", "ru": "на улице {}", "uk": "на вулиці {}"}
ACTORS = {"en": ["Russian forces", "Ukrainian forces", "the army", "the enemy", "unknown attackers", "the police"],
          "ru": ["военные", "силы обороны", "противник", "неизвестные", "полицейские"],
          "uk": ["військові", "сили оборони", "ворог", "невідомі", "поліцейські"]}

FIRST = {"en": ["Ivan", "Oleh", "Andriy", "Serhiy", "Viktor", "Dmytro", "Pavlo", "Mykola", "Olha", "Iryna",
                "Natalia", "Yulia"],
         "ru": ["Иван", "Олег", "Андрей", "Сергей", "Виктор", "Дмитрий", "Павел", "Николай", "Ольга", "Ирина",
                "Наталья", "Юлия"],
         "uk": ["Іван", "Олег", "Андрій", "Сергій", "Віктор", "Дмитро", "Павло", "Микола", "Ольга", "Ірина",
                "Наталія", "Юлія"]}
SURNAME_ROOTS = [("Ковал", "Ковал", "Koval"), ("Бондар", "Бондар", "Bondar"), ("Ткач", "Ткач", "Tkach"),
                 ("Руд", "Руд", "Rud"), ("Гончар", "Гончар", "Honchar"), ("Лев", "Лев", "Lev"),
                 ("Марч", "Марч", "March"), ("Павл", "Павл", "Pavl"), ("Зинч", "Зінч", "Zinch"),
                 ("Лыс", "Лис", "Lys"), ("Кравч", "Кравч", "Kravch"), ("Савч", "Савч", "Savch"),
                 ("Шевч", "Шевч", "Shevch"), ("Мельнич", "Мельнич", "Melnych"), ("Сокол", "Сокол", "Sokol"),
                 ("Мороз", "Мороз", "Moroz"), ("Литвин", "Литвин", "Lytvyn"), ("Кушн", "Кушн", "Kushn"),
                 ("Ярем", "Ярем", "Yarem"), ("Давид", "Давид", "Davyd"), ("Тимош", "Тимош", "Tymosh"),
                 ("Остап", "Остап", "Ostap"), ("Федор", "Федор", "Fedor"), ("Гриц", "Гриц", "Hryts"),
                 ("Мирош", "Мирош", "Myrosh"), ("Назар", "Назар", "Nazar"), ("Юрч", "Юрч", "Yurch"),
                 ("Кирил", "Кирил", "Kyryl"), ("Семен", "Семен", "Semen"), ("Данил", "Данил", "Danyl")]
SURNAME_ENDS = [("енко", "енко", "enko"), ("ук", "ук", "uk"), ("юк", "юк", "iuk"), ("ко", "ко", "ko"),
                ("ин", "ин", "yn"), ("ович", "ович", "ovych")]
TITLES = {"en": ["Governor {}", "Mayor {}", "regional administration head {}", "spokesman {}", "Colonel {}",
                 "Deputy Minister {}", "MP {}", "police chief {}"],
          "ru": ["губернатор {}", "глава администрации {}", "мэр {}", "представитель Минобороны {}", "депутат {}",
                 "командир батальона {}", "начальник полиции {}"],
          "uk": ["голова ОВА {}", "міський голова {}", "речник Сил оборони {}", "заступник міністра {}",
                 "нардеп {}", "командир батальйону {}", "начальник поліції {}"]}
ORGS = {"en": ["the State Emergency Service", "the Ministry of Defence", "the General Staff", "the Air Force",
               "the National Police", "the regional administration", "the grid operator", "the city council",
               "the prosecutor's office", "the Security Service"],
        "ru": ["ГСЧС", "Минобороны", "Генштаб", "Воздушные силы", "Нацполиция", "областная администрация",
               "облэнерго", "горсовет", "прокуратура", "СБУ"],
        "uk": ["ДСНС", "Міноборони", "Генштаб", "Повітряні сили", "Нацполіція", "обласна адміністрація",
               "обленерго", "міська рада", "прокуратура", "СБУ"]}
MEDIA = {"en": ["Reuters", "the BBC", "Suspilne", "Ukrainska Pravda", "the Kyiv Independent", "TASS", "Meduza",
                "the Associated Press", "RBC-Ukraine", "Hromadske"],
         "ru": ["ТАСС", "РИА Новости", "РБК", "Интерфакс", "BBC", "Медуза", "Коммерсант", "Известия"],
         "uk": ["Суспільне", "УНІАН", "Укрінформ", "РБК-Україна", "BBC", "ТСН", "Громадське", "Українська правда"]}
CHANNELS = ["Frontline Notes", "Южный фронт | Новости", "Сводки Запоріжжя", "Eastern Dispatch", "Оперативно Харків",
            "Black Sea Monitor", "Новости Прифронтовья", "Ukraine War Wire", "Рыбарь", "Труха Украина",
            "Военный осведомитель", "Kherson Live", "Донецкий вестник", "Сумы Онлайн", "Монітор", "Север.Реалии",
            "Дніпро Оперативний", "Ateo Breaking", "ZP Online", "Kharkiv Life", "Белгород 24", "Курская правда",
            "Два майора", "Резидент", "Легитимный", "Одеса INFO", "Херсон Новини", "Lviv Now", "Militarnyi",
            "DeepState"]
ANONYMOUS = {"en": ["a source in the security services", "a source familiar with the matter", "an official who asked "
                    "not to be named", "sources in the military"],
             "ru": ["источник в силовых структурах", "источник, знакомый с ситуацией", "собеседник в штабе",
                    "источники в армии"],
             "uk": ["джерело в силових структурах", "джерело, обізнане з ситуацією", "співрозмовник у штабі",
                    "джерела в армії"]}
CROWD = {"en": ["local residents", "eyewitnesses", "residents", "locals on social media"],
         "ru": ["местные жители", "очевидцы", "жители", "местные паблики"],
         "uk": ["місцеві жителі", "очевидці", "мешканці", "місцеві паблики"]}
CUES = {"en": ["said", "reported", "stated", "claimed", "wrote", "told reporters", "announced", "confirmed"],
        "ru": ["заявил", "сообщил", "написал", "рассказал", "утверждает", "сообщает", "подтвердил"],
        "uk": ["заявив", "повідомив", "написав", "розповів", "стверджує", "повідомляє", "підтвердив"]}
DENY_CUES = {"en": ["denied", "rejected claims", "dismissed reports", "called false the claim"],
             "ru": ["опроверг", "отверг сообщения", "назвал ложью сообщения", "опроверг информацию"],
             "uk": ["спростував", "заперечив", "назвав брехнею повідомлення", "спростував інформацію"]}
NEUTRAL_CUES = {"en": ["declined to comment on reports", "would not confirm"],
                "ru": ["отказался комментировать сообщения", "не стал подтверждать"],
                "uk": ["відмовився коментувати повідомлення", "не став підтверджувати"]}
HEDGES = {"en": ["allegedly", "reportedly", "apparently"], "ru": ["якобы", "предположительно", "вероятно"],
          "uk": ["нібито", "ймовірно", "імовірно"]}
APPROX = {"en": ["up to", "about", "more than", "nearly"], "ru": ["до", "около", "более", "почти"],
          "uk": ["до", "близько", "понад", "майже"]}
FAKE = {"en": ["This is fake", "This is a lie", "There was nothing of the kind", "Nothing like that happened"],
        "ru": ["Это фейк", "Это ложь", "Ничего подобного не было", "Это очередная пропаганда"],
        "uk": ["Це фейк", "Це брехня", "Нічого подібного не було", "Це чергова пропаганда"]}
FAKE_PREDICATES = {"en": ["fake", "lie", "be", "happen"], "ru": ["", "", "быть", ""], "uk": ["", "", "бути", ""]}
STANDING = {  # the state "still standing": a denial of "destroyed" by polarity
    "en": ("the {obj} {place} is still standing", "stand"), "ru": ("{obj} {place} по-прежнему стоит", "стоять"),
    "uk": ("{obj} {place} досі стоїть", "стояти")}
STANDS = ("bridge", "dam", "school", "hospital", "church", "station", "tower")
KINDS = ("person", "official", "organization", "media", "channel", "anonymous", "crowd", "author")
KIND_WEIGHTS = (10, 16, 12, 12, 14, 6, 5, 25)
FORMATS = (("telegram", 0.6), ("html", 0.25), ("feed", 0.15))


@dataclass(frozen=True, slots=True)
class Story:
    """A planted proposition. ``key`` is what the words can tell apart (event, object, place)."""

    id: int
    event: str
    object: str
    place: int  # index into PLACES
    number: int | None
    circumstance: int | None
    street: int | None
    region: int | None
    polarity: int  # -1: a "still standing" story (rare); +1 otherwise

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.event, self.object, self.place)


@dataclass(slots=True)
class SynthDoc:
    document: Document
    mentions: list[ClaimMention]
    stories: list[Story]  # the planted story of each mention


def _places() -> list[tuple[str, str, str, str, str, bool]]:
    """(ru, ru locative, uk, uk locative, en, is_town) for the towns, then the villages."""
    out = [(*t, True) for t in TOWNS]
    roots = ROOTS + [(a[0] + b[0], a[1] + b[1], a[2] + b[2]) for a in SYLLABLES for b in SECOND]
    for adj in ADJECTIVES:
        for root in roots:
            for suf in SUFFIXES:
                ru, uk, en = root[0] + suf[0], root[1] + suf[1], root[2] + suf[2]
                if adj:
                    if not suf[0].endswith("ка"):
                        continue
                    ru, uk, en = f"{adj[0]} {ru}", f"{adj[1]} {uk}", f"{adj[2]} {en}"
                out.append((ru, ru, uk, uk, en, False))
    return out


PLACES = _places()
N_TOWNS = len(TOWNS)


def _surnames() -> list[tuple[str, str, str]]:
    return [(r[0] + e[0], r[1] + e[1], r[2] + e[2]) for r in SURNAME_ROOTS for e in SURNAME_ENDS]


SURNAMES = _surnames()


def _round(n: int) -> int:
    if n < 10:
        return n
    magnitude = 10 ** (len(str(n)) - 1)
    return max(magnitude, round(n / magnitude) * magnitude)


class Generator:
    """Lazily yields ``SynthDoc`` records; see the module docstring."""

    def __init__(self, seed: int = 1):
        self.rng = random.Random(seed)
        self.seed = seed
        self.stories: dict[int, Story] = {}
        self.refs: Counter[int] = Counter()  # how many window slots hold each story
        self.window: deque[int] = deque()
        self.virals: list[tuple[int, int]] = []  # (story id, last mention index)
        self.next_story = 0
        self.count = 0  # mentions produced
        self.docs = 0
        self.event_names = list(EVENT_WEIGHTS)
        self.event_cum = _cumulative(EVENT_WEIGHTS.values())

    # -- stories ---------------------------------------------------------------------
    def new_story(self) -> Story:
        rng = self.rng
        event = rng.choices(self.event_names, cum_weights=self.event_cum)[0]
        groups = EVENTS[event][1]
        obj = rng.choice(OBJECTS_BY_GROUP[rng.choice(groups)])
        count = OBJECTS[obj][1]
        number = None
        if count and rng.random() < 0.85:
            low, high = count
            number = int(min(high, low + rng.paretovariate(1.2) - 1)) if high > 20 else rng.randint(low, high)
            number = max(low, number)
            if number == 1 and rng.random() < 0.6:  # "a drone", "одного человека": no figure
                number = None
        elif event in ("kill", "injure", "evacuate", "detain") and rng.random() < 0.5:
            number = rng.randint(2, 30)
        # villages: some are in the news far more often than others
        place = rng.randrange(N_TOWNS) if rng.random() < TOWN_SHARE else \
            N_TOWNS + int((len(PLACES) - N_TOWNS) * rng.random() ** 2)
        story = Story(
            id=self.next_story, event=event, object=obj, place=place, number=number,
            circumstance=rng.randrange(len(CIRCUMSTANCES["en"])) if rng.random() < 0.5 else None,
            street=rng.randrange(len(SURNAMES)) if rng.random() < 0.2 else None,
            region=rng.randrange(len(REGIONS["en"])) if rng.random() < 0.2 else None,
            polarity=-1 if event == "destroy" and rng.random() < 0.05 else 1)
        self.next_story += 1
        self.stories[story.id] = story
        return story

    def _remember(self, story_id: int) -> None:
        self.window.append(story_id)
        self.refs[story_id] += 1
        if len(self.window) > WINDOW:
            old = self.window.popleft()
            self.refs[old] -= 1
            if not self.refs[old]:
                del self.refs[old]
                if all(v != old for v, _ in self.virals):
                    self.stories.pop(old, None)

    def pick_story(self, in_doc: list[Story]) -> Story:
        rng = self.rng
        self.virals = [(s, end) for s, end in self.virals if end > self.count]
        if self.virals and rng.random() < VIRAL_SHARE:
            return self.stories[rng.choice(self.virals)[0]]
        if in_doc and rng.random() < SAME_DOC:
            return rng.choice(in_doc)
        if self.window:
            return self.stories[self.window[rng.randrange(len(self.window))]]
        return self.new_story()

    # -- documents -------------------------------------------------------------------
    def documents(self, n: int) -> Iterator[SynthDoc]:
        rng = self.rng
        while self.count < n:
            size = min(n - self.count, rng.choices(DOC_SIZES, weights=DOC_WEIGHTS)[0])
            lang = rng.choices(LANGS, weights=LANG_WEIGHTS)[0]
            doc = self._document(lang)
            mentions: list[ClaimMention] = []
            stories: list[Story] = []
            offset = rng.randint(0, 120)
            previous: tuple[ClaimMention, Story] | None = None
            for _ in range(size):
                if self.count % VIRAL_EVERY == 1000:
                    viral = self.new_story()
                    self.virals.append((viral.id, self.count + VIRAL_LIFE))
                    story, kind = viral, "claim"
                elif (previous and previous[0].source_kind not in ("author", "anonymous", "crowd")
                      and previous[0].stance == "supports" and rng.random() < FOLLOW_UP):
                    story, kind = previous[1], "fake"
                elif self.stories and rng.random() < RETELL:
                    story, kind = self.pick_story(stories), "retell"
                else:
                    story, kind = self.new_story(), "claim"
                mention = self._mention(doc.id, lang, story, kind, offset)
                offset = mention.sentence_end + 1 + rng.randint(0, 200)
                mentions.append(mention)
                stories.append(story)
                self._remember(story.id)
                self.count += 1
                previous = (mention, story)
            if HAS_CONTEXT:
                names = _document_names(mentions)
                mentions = [replace(m, context=names) for m in mentions]
            yield SynthDoc(doc, mentions, stories)

    def _document(self, lang: str) -> Document:
        rng = self.rng
        self.docs += 1
        fmt = rng.choices([f for f, _ in FORMATS], weights=[w for _, w in FORMATS])[0]
        channel = rng.choice(CHANNELS) if fmt == "telegram" else rng.choice(MEDIA[lang])
        forwarded = rng.choice(CHANNELS) if fmt == "telegram" and rng.random() < 0.15 else None
        when = START + timedelta(seconds=self.docs * SECONDS_PER_DOCUMENT + rng.randint(0, SECONDS_PER_DOCUMENT - 1))
        doc_id = hashlib.blake2b(f"{self.seed}:doc:{self.docs}".encode(), digest_size=16).hexdigest()
        return Document(id=doc_id, format=fmt, path=f"synthetic/{channel}", text="", language=lang, channel=channel,
                        message_id=self.docs if fmt == "telegram" else None,
                        published_at=when.isoformat().replace("+00:00", "Z"), forwarded_from=forwarded)

    # -- mentions --------------------------------------------------------------------
    def _source(self, lang: str, kind: str) -> str:
        rng = self.rng
        if kind in ("person", "official"):
            first = rng.choice(FIRST[lang])
            surname = rng.choice(SURNAMES)[{"ru": 0, "uk": 1, "en": 2}[lang]]
            name = f"{first} {surname}" if rng.random() < 0.7 else surname
            return rng.choice(TITLES[lang]).format(name) if kind == "official" else name
        if kind == "organization":
            return rng.choice(ORGS[lang])
        if kind == "media":
            return rng.choice(MEDIA[lang])
        if kind == "channel":
            return rng.choice(CHANNELS)
        if kind == "anonymous":
            return rng.choice(ANONYMOUS[lang])
        if kind == "crowd":
            return rng.choice(CROWD[lang])
        return ""

    def _mention(self, doc_id: str, lang: str, story: Story, kind: str, offset: int) -> ClaimMention:
        rng = self.rng
        stance = "supports"
        hedges: tuple[str, ...] = ()
        quantities: tuple[Quantity, ...] = ()
        entities: tuple[Entity, ...] = ()
        if kind == "fake":
            source_kind = rng.choice(("official", "organization", "person"))
            source = self._source(lang, source_kind)
            cue = rng.choice(DENY_CUES[lang])
            i = rng.randrange(len(FAKE[lang]))
            content = FAKE[lang][i]
            predicates = (FAKE_PREDICATES[lang][i],) if FAKE_PREDICATES[lang][i] else ()
            stance = "denies"
            place_text = None
        else:
            source_kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
            source = self._source(lang, source_kind)
            cue = "" if source_kind == "author" else rng.choice(CUES[lang])
            retell = kind == "retell"
            content, predicates, quantities, place_text = self._content(lang, story, retell)
            roll = rng.random()
            standing = retell and story.event == "destroy" and story.object in STANDS and roll < 0.15
            if story.polarity < 0 or standing:
                obj = OBJECTS[story.object][2][lang][0]
                place = self._place_phrase(lang, story)
                template, lemma = STANDING[lang]
                content = template.format(obj=obj, place=place).strip()
                predicates = (lemma,)
                quantities = ()
            elif retell and source_kind != "author" and roll < 0.08:
                stance = "denies"
                cue = rng.choice(DENY_CUES[lang])
            elif retell and source_kind != "author" and roll < 0.10:
                stance = "neutral"
                cue = rng.choice(NEUTRAL_CUES[lang])
            if stance == "supports" and rng.random() < (0.35 if source_kind in ("anonymous", "crowd", "channel")
                                                        else 0.08):
                hedge = rng.choice(HEDGES[lang])
                hedges = (hedge,)
                content = f"{hedge} {content}"
        if source_kind == "author":  # the content is the whole sentence
            content = content[0].upper() + content[1:]
        head = len(source) + len(cue) + 2
        sentence_start = offset
        content_start = sentence_start + head
        content_end = content_start + len(content)
        if place_text and place_text in content:
            start = content_start + content.index(place_text)
            entities = (Entity(place_text, "LOC", None, start, start + len(place_text)),)
        mention_id = "c-" + hashlib.blake2b(f"{self.seed}:m:{self.count}".encode(), digest_size=10).hexdigest()
        return ClaimMention(
            id=mention_id, document_id=doc_id, sentence_start=sentence_start, sentence_end=content_end + 1,
            source=source, source_kind=source_kind, cue=cue, content=content, content_start=content_start,
            content_end=content_end, language=lang,
            source_start=sentence_start if source else None,
            source_end=sentence_start + len(source) if source else None,
            cue_start=sentence_start + len(source) + 1 if cue else None,
            cue_end=sentence_start + len(source) + 1 + len(cue) if cue else None,
            hedges=hedges, stance=stance, quantities=quantities, entities=entities,
            checkworthiness=round(0.5 + rng.random() * 0.5, 2) if source_kind == "author" else None,
            predicates=predicates)

    def _place_phrase(self, lang: str, story: Story) -> str:
        ru, ru_loc, uk, uk_loc, en, town = PLACES[story.place]
        if lang == "en":
            return f"in {en}" if town else f"in the village of {en}"
        if lang == "ru":
            return f"в {ru_loc}" if town else f"в селе {ru}"
        return f"у {uk_loc}" if town else f"у селі {uk}"

    def _content(self, lang: str, story: Story, retell: bool) -> tuple[str, tuple[str, ...], tuple[Quantity, ...],
                                                                          str | None]:
        """The story in words: (content, predicates, quantities, the place as written)."""
        rng = self.rng
        forms = rng.choice(EVENTS[story.event][2][lang])
        lemma, past = forms[0], forms[1]
        obj_forms = OBJECTS[story.object][2][lang]
        number = story.number
        approx = None
        if retell and number is not None:
            roll = rng.random()
            if roll < 0.15:
                number = None
            elif roll < 0.30 and number >= 10:
                number, approx = _round(number), rng.choice(APPROX[lang])
            elif roll < 0.40:
                number = max(1, number + rng.choice((-3, -2, -1, 1, 2, 5, 10)) * max(1, number // 10))
        drop_place = retell and rng.random() < 0.12
        place = "" if drop_place else self._place_phrase(lang, story)
        place_text = None
        if place:
            ru, _rl, uk, _ul, en, _t = PLACES[story.place]
            place_text = {"en": en, "ru": ru, "uk": uk}[lang]
            if lang == "ru" and PLACES[story.place][5]:
                place_text = PLACES[story.place][1]
            elif lang == "uk" and PLACES[story.place][5]:
                place_text = PLACES[story.place][3]
        extras = []
        if story.circumstance is not None and rng.random() < 0.6:
            extras.append(CIRCUMSTANCES[lang][story.circumstance])
        if story.street is not None and rng.random() < 0.7:
            extras.append(STREET[lang].format(SURNAMES[story.street][{"ru": 0, "uk": 1, "en": 2}[lang]]))
        if story.region is not None and rng.random() < 0.5:
            extras.append({"en": "in the {} region", "ru": "в {} области", "uk": "у {} області"}[lang]
                          .format(REGIONS[lang][story.region]))
        when = rng.choice(TIMES[lang]) if rng.random() < 0.4 else ""
        if when and rng.random() < 0.5:
            extras.insert(0, when)
        elif when:
            extras.append(when)
        if story.object == "settlement":
            name = {"en": PLACES[story.place][4], "ru": PLACES[story.place][0], "uk": PLACES[story.place][2]}[lang]
            if PLACES[story.place][5]:
                obj_text = {"en": f"the town of {name}", "ru": f"город {name}", "uk": f"місто {name}"}[lang]
            else:
                obj_text = {"en": f"the village of {name}", "ru": f"село {name}", "uk": f"село {name}"}[lang]
            place, place_text = "", name
            number = None
        elif number is None:
            obj_text = obj_forms[0] if lang != "en" else (f"the {obj_forms[0]}" if rng.random() < 0.5
                                                          else f"a {obj_forms[0]}")
        elif lang == "en":
            obj_text = f"{number:,} {obj_forms[0] if number == 1 else obj_forms[-1]}"
        else:
            obj_text = f"{number} {plural_form(number, *obj_forms) if len(obj_forms) == 3 else obj_forms[0]}"
        if approx and number is not None:
            obj_text = f"{approx} {obj_text}"
        quantities: tuple[Quantity, ...] = ()
        if number is not None:
            text = obj_text.removeprefix("the ").removeprefix("a ")
            quantities = (Quantity(text, float(number), story.object, approx),)
        tail = " ".join(x for x in [place, *extras] if x)
        roll = rng.random()
        if lang == "en":
            plural = number is not None and number != 1
            be = "were" if plural else "was"
            if roll < 0.45:
                content = f"{obj_text} {be} {past} {tail}"
            elif roll < 0.8:
                content = f"{rng.choice(ACTORS['en'])} {past.split()[0] if past == 'shot down' else past}" \
                          f"{' down' if past == 'shot down' else ''} {obj_text} {tail}"
            else:
                content = f"{tail}, {obj_text} {be} {past}" if tail else f"{obj_text} {be} {past}"
        else:
            verb = forms[2] if lang == "uk" and len(forms) > 2 and rng.random() < 0.5 else past
            if roll < 0.45:
                content = f"{tail} {verb} {obj_text}"
            elif roll < 0.75:
                content = f"{verb} {obj_text} {tail}"
            else:
                content = f"{rng.choice(ACTORS[lang])} {verb} {obj_text} {tail}"
        content = " ".join(content.split()).strip(" ,")
        return content, (lemma,), quantities, place_text


_NAME = re.compile(r"[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]{2,}")
HAS_CONTEXT = "context" in {f.name for f in fields(ClaimMention)}


def _document_names(mentions: list[ClaimMention]) -> tuple[str, ...]:
    """What ``extract.document_names`` gives: skeletons of the capitalised words of the
    document's sentences (source, cue and content here), each sentence's first word apart."""
    from claimledger.link.keys import skeleton

    found: set[str] = set()
    for m in mentions:
        sentence = f"{m.source} {m.cue} {m.content}" if m.source else m.content
        first = sentence.split(maxsplit=1)[0] if sentence.strip() else ""
        for match in _NAME.finditer(sentence):
            if match.start() > len(first):
                found.add(skeleton(match.group()))
    return tuple(sorted(found - {""}))


def _cumulative(weights) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def iter_documents(n: int, seed: int = 1) -> Iterator[SynthDoc]:
    """``n`` synthetic mentions in documents of 1 to 8, lazily."""
    return Generator(seed).documents(n)


def iter_mentions(n: int, seed: int = 1) -> Iterator[tuple[ClaimMention, Document, Story]]:
    """(mention, its document, its planted story), lazily."""
    for synth in iter_documents(n, seed):
        for mention, story in zip(synth.mentions, synth.stories, strict=True):
            yield mention, synth.document, story


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=10_000, help="number of mentions")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jsonl", type=Path, help="write the mentions here, one JSON object a line")
    parser.add_argument("--stats", action="store_true", help="print the planted structure's figures")
    args = parser.parse_args(argv)
    sizes: Counter[int] = Counter()
    langs: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    stances: Counter[str] = Counter()
    docs = 0
    out = args.jsonl.open("w", encoding="utf-8") if args.jsonl else None
    for synth in iter_documents(args.n, args.seed):
        docs += 1
        for mention, story in zip(synth.mentions, synth.stories, strict=True):
            sizes[story.id] += 1
            langs[mention.language] += 1
            kinds[mention.source_kind] += 1
            stances[mention.stance] += 1
            if out:
                row = asdict(mention)
                row["story"] = story.id
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if out:
        out.close()
    if args.stats or not out:
        hist = Counter(sizes.values())
        retold = sum(s - 1 for s in sizes.values())
        print(f"{args.n:,} mentions, {docs:,} documents, {len(sizes):,} stories, "
              f"{retold / args.n:.1%} retellings")
        print("languages:", dict(langs), "| stances:", dict(stances))
        print("source kinds:", dict(kinds))
        buckets = {"1": 0, "2-5": 0, "6-20": 0, "21-100": 0, "101+": 0}
        for size, count in hist.items():
            label = ("1" if size == 1 else "2-5" if size <= 5 else "6-20" if size <= 20
                     else "21-100" if size <= 100 else "101+")
            buckets[label] += count
        print("story sizes:", buckets, "| largest:", sorted(sizes.values())[-5:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
