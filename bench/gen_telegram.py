#!/usr/bin/env python3
"""Write a synthetic Telegram Desktop export (``result.json``) of a given size, streaming.

    python bench/gen_telegram.py --size-mb 500 --out /tmp/result.json [--seed 1] [--chats 1]

The output has the exact shape tdesktop's JSON writer produces (export_output_json.cpp):
one-space indentation per nesting level, ``"key": value``, keys in tdesktop's order
(id, type, date, date_unixtime, edited…, from/actor…, media…, text, text_entities,
reactions), ``text`` as a plain string when the message is one plain run and otherwise a
list mixing strings and entity objects, ``text_entities`` always a list of objects, dates
in the exporting machine's local time (``--tz``, default Europe/Kyiv) with
``date_unixtime`` as a string.

``--chats 1`` (default) writes a single public channel export
``{"name", "type": "public_channel", "id", "messages": [...]}``; ``--chats K`` (K > 1)
writes a full-account export ``{"about", "personal_information", "contacts",
"frequent_contacts", "chats": {"about", "list": [...]}[, "left_chats": ...]}``.

Content is deterministic for a seed: news posts and chat lines in Russian, Ukrainian and
English built from templates and word lists, with forwards, replies, edits, service
messages, media-only posts (albums, stickers, voice, geo, venues), reactions with recent
senders, custom emoji, links, hashtags, mentions, and a few percent of messages carrying
coordinates (decimal, DMS, MGRS, map links) and phone numbers.

Memory is constant: each message is built, serialised and written, then dropped. A
sidecar ``<out stem>.counts.json`` records what was written (messages, service,
media-only, text messages = documents a reader should store, per chat and per feature).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import deque
from datetime import datetime
from json.encoder import encode_basestring as _q  # C-accelerated, non-ASCII kept as UTF-8
from pathlib import Path
from zoneinfo import ZoneInfo

MB = 1024 * 1024
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"
START_TS = 1_672_531_200  # 2023-01-01T00:00:00Z

# ---------------------------------------------------------------------------------------
# Serialisation: tdesktop's layout is what json.dumps(indent=1) gives, except that
# tdesktop writes control characters as \xHH (see --quirks). A hand-rolled writer with
# the C string encoder is ~4x faster than json.dumps(indent=...), which is pure Python.


def ser(value, ind: int) -> str:
    t = type(value)
    if t is str:
        return _q(value)
    if t is int:
        return str(value)
    if t is dict:
        pad = "\n" + " " * (ind + 1)
        inner = ",".join(pad + _q(k) + ": " + ser(v, ind + 1) for k, v in value.items())
        return "{" + inner + "\n" + " " * ind + "}"
    if t is list:
        if not value:
            return "[]"
        pad = "\n" + " " * (ind + 1)
        return "[" + ",".join(pad + ser(v, ind + 1) for v in value) + "\n" + " " * ind + "]"
    if t is float:
        return repr(value)
    if t is bool:
        return "true" if value else "false"
    if value is None:
        return "null"
    raise TypeError(f"cannot serialise {t.__name__}")


# ---------------------------------------------------------------------------------------
# Word lists. Place names are real; every person, channel and claim is invented.

PLACES = {
    "ru": ["Запорожье", "Харьков", "Херсон", "Никополь", "Покровск", "Купянск", "Гуляйполе", "Орехов",
           "Краматорск", "Славянск", "Константиновка", "Сумы", "Чернигов", "Одесса", "Днепр", "Кривой Рог",
           "Белгород", "Курск", "Брянск", "Шебекино", "Изюм", "Лиман", "Торецк", "Волчанск", "Мирноград",
           "Угледар", "Каменское", "Степногорск", "Малая Токмачка", "Привилля", "Марганец", "Энергодар"],
    "uk": ["Запоріжжя", "Харків", "Херсон", "Нікополь", "Покровськ", "Куп'янськ", "Гуляйполе", "Оріхів",
           "Краматорськ", "Слов'янськ", "Костянтинівка", "Суми", "Чернігів", "Одеса", "Дніпро", "Кривий Ріг",
           "Ізюм", "Лиман", "Торецьк", "Вовчанськ", "Мирноград", "Вугледар", "Кам'янське", "Степногірськ",
           "Мала Токмачка", "Привілля", "Марганець", "Енергодар", "Бєлгород", "Курськ"],
    "en": ["Zaporizhzhia", "Kharkiv", "Kherson", "Nikopol", "Pokrovsk", "Kupiansk", "Huliaipole", "Orikhiv",
           "Kramatorsk", "Sloviansk", "Kostiantynivka", "Sumy", "Chernihiv", "Odesa", "Dnipro", "Kryvyi Rih",
           "Belgorod", "Kursk", "Bryansk", "Shebekino", "Izium", "Lyman", "Toretsk", "Vovchansk", "Myrnohrad",
           "Vuhledar", "Kamianske", "Stepnohirsk", "Mala Tokmachka", "Pryvillia", "Marhanets", "Enerhodar"],
}
SURNAMES = ["Сокил", "Коваленко", "Мельник", "Бондаренко", "Ткаченко", "Шевчук", "Кравец", "Руденко",
            "Гончаренко", "Левченко", "Мороз", "Литвин", "Марченко", "Павленко", "Савчук", "Зинченко"]
SURNAMES_UK = ["Сокіл", "Коваленко", "Мельник", "Бондаренко", "Ткаченко", "Шевчук", "Кравець", "Руденко",
               "Гончаренко", "Левченко", "Мороз", "Литвин", "Марченко", "Павленко", "Савчук", "Зінченко"]
SURNAMES_EN = ["Sokil", "Kovalenko", "Melnyk", "Bondarenko", "Tkachenko", "Shevchuk", "Kravets", "Rudenko",
               "Honcharenko", "Levchenko", "Moroz", "Lytvyn", "Marchenko", "Pavlenko", "Savchuk", "Zinchenko"]
FIRST = {"ru": ["Иван", "Олег", "Андрей", "Сергей", "Виктор", "Дмитрий", "Павел", "Николай", "Ольга", "Ирина"],
         "uk": ["Іван", "Олег", "Андрій", "Сергій", "Віктор", "Дмитро", "Павло", "Микола", "Ольга", "Ірина"],
         "en": ["Ivan", "Oleh", "Andriy", "Serhiy", "Viktor", "Dmytro", "Pavlo", "Mykola", "Olha", "Iryna"]}
LAST = {"ru": SURNAMES, "uk": SURNAMES_UK, "en": SURNAMES_EN}
USER_FIRST = ["Andriy", "Olha", "Max", "Nata", "Серёга", "Оксана", "Dmytro", "Юля", "Taras", "Ирина", "Vlad",
              "Катерина", "Sasha", "Олександр", "Лена", "Bohdan", "Мария", "Artem", "Світлана", "Kostya"]
USER_LAST = ["K.", "", "", "Petrenko", "Иванов", "", "Bondar", "", "🇺🇦", "S", "", "Коваль", "", "M.", ""]

OFFICIAL = {
    "ru": ["глава областной военной администрации {name}", "губернатор {name}", "мэр города {name}",
           "представитель Сил обороны {name}", "начальник областного управления ГСЧС {name}",
           "секретарь горсовета {name}", "представитель группировки войск {name}"],
    "uk": ["голова обласної військової адміністрації {name}", "начальник ОВА {name}", "міський голова {name}",
           "речник Сил оборони {name}", "начальник обласного управління ДСНС {name}",
           "секретар міськради {name}", "речник угруповання військ {name}"],
    "en": ["the head of the regional military administration, {name},", "the governor, {name},",
           "the mayor, {name},", "a spokesman for the Defence Forces, {name},",
           "the head of the regional emergency service, {name},", "the city council secretary, {name},"],
}
ORG = {  # genitive in ru/uk
    "ru": ["ГСЧС", "областной администрации", "Минобороны", "Генштаба", "Воздушных сил", "городского совета",
           "Нацполиции", "облэнерго"],
    "uk": ["ДСНС", "обласної адміністрації", "Міноборони", "Генштабу", "Повітряних сил", "міської ради",
           "Нацполіції", "обленерго"],
    "en": ["the State Emergency Service", "the regional administration", "the Ministry of Defence",
           "the General Staff", "the Air Force", "the city council", "the National Police", "the grid operator"],
}
SOURCE = {  # "according to ..." (genitive in ru/uk)
    "ru": ["наших источников", "местных жителей", "мониторинговых каналов", "Генштаба", "Воздушных сил",
           "источника в силовых структурах", "военных корреспондентов", "местных пабликов"],
    "uk": ["наших джерел", "місцевих жителів", "моніторингових каналів", "Генштабу", "Повітряних сил",
           "джерела в силових структурах", "військових кореспондентів", "місцевих пабліків"],
    "en": ["our sources", "local residents", "monitoring channels", "the General Staff", "the Air Force",
           "a source in the security services", "war correspondents", "local Telegram channels"],
}
SOURCE_NOM = {
    "ru": ["источник в силовых структурах", "местный телеграм-канал", "военный блогер", "наш корреспондент",
           "житель города"],
    "uk": ["джерело в силових структурах", "місцевий телеграм-канал", "військовий блогер", "наш кореспондент",
           "мешканець міста"],
    "en": ["a source in the security services", "a local Telegram channel", "a military blogger",
           "our correspondent", "a resident"],
}

NEWS = {
    "ru": [
        "{Off} сообщил, что за ночь силами ПВО сбито {k} ударных БПЛА из {n} запущенных.",
        "По данным {src}, в н.п. {place} повреждены {houses} и линия электропередачи.",
        "Из н.п. {place} за сутки эвакуированы {people}, в том числе {children}.",
        "{Off} опроверг сообщения о прорыве обороны у н.п. {place}: "
        "«Эта информация не соответствует действительности».",
        "Как утверждает {src_nom}, удар по н.п. {place} был нанесён управляемой авиабомбой около {hhmm}.",
        "Местные паблики пишут о серии взрывов в районе н.п. {place}; официального подтверждения пока нет.",
        "По предварительным данным, ранены {people}, информация о погибших уточняется.",
        "В н.п. {place} объявлена воздушная тревога, жителей просят оставаться в укрытиях до отбоя.",
        "Ранее {off} сообщал о {n} эвакуированных, сейчас цифра уточнена до {m}.",
        "В пресс-службе {org} заявили, что сведения о попадании по объекту в н.п. {place} не подтверждаются.",
        "Обстрел н.п. {place} продолжался около {hours}, повреждены школа и {houses}.",
        "Как утверждает {src_nom}, на участке фронта у н.п. {place} за сутки зафиксировано боестолкновений: {k}.",
        "Энергетики восстановили электроснабжение для {k0} абонентов в н.п. {place}.",
        "Всего за ночь зафиксировано: ракет — {k}, ударных БПЛА — {n}, сообщил {off}.",
        "Сообщения в соцсетях о гибели людей в н.п. {place} официально не подтверждены.",
        "{Off} назвал сообщения о {n} сбитых беспилотниках «преувеличением».",
        "В пресс-службе {org} уточнили, что количество пострадавших выросло до {m}.",
        "Ночью в н.п. {place} было слышно не менее {k} взрывов, пишут {src2}.",
    ],
    "uk": [
        "{Off} повідомив, що за ніч силами ППО збито {k} ударних БпЛА з {n} запущених.",
        "За даними {src}, у н.п. {place} пошкоджено {houses} та лінію електропередачі.",
        "З н.п. {place} за добу евакуйовано {people}, зокрема {children}.",
        "{Off} спростував повідомлення про прорив оборони біля н.п. {place}: «Ця інформація не відповідає дійсності».",
        "Як стверджує {src_nom}, удар по н.п. {place} було завдано керованою авіабомбою близько {hhmm}.",
        "Місцеві пабліки пишуть про серію вибухів у районі н.п. {place}; офіційного підтвердження поки немає.",
        "За попередніми даними, поранено {people}, інформація про загиблих уточнюється.",
        "У н.п. {place} оголошено повітряну тривогу, мешканців просять залишатися в укриттях до відбою.",
        "Раніше {off} повідомляв про {n} евакуйованих, зараз цифру уточнено до {m}.",
        "У пресслужбі {org} заявили, що відомості про влучання в об'єкт у н.п. {place} не підтверджуються.",
        "Обстріл н.п. {place} тривав близько {hours}, пошкоджено школу та {houses}.",
        "Як стверджує {src_nom}, на ділянці фронту біля н.п. {place} за добу зафіксовано боєзіткнень: {k}.",
        "Енергетики відновили електропостачання для {k0} абонентів у н.п. {place}.",
        "Загалом за ніч зафіксовано: ракет — {k}, ударних БпЛА — {n}, повідомив {off}.",
        "Повідомлення в соцмережах про загибель людей у н.п. {place} офіційно не підтверджені.",
        "{Off} назвав повідомлення про {n} збитих безпілотників «перебільшенням».",
        "У пресслужбі {org} уточнили, що кількість постраждалих зросла до {m}.",
        "Вночі в н.п. {place} було чути щонайменше {k} вибухів, пишуть {src2}.",
    ],
    "en": [
        "{Off} said air defences shot down {k} of {n} attack drones overnight.",
        "According to {src}, {houses_en} and a power line were damaged in {place}.",
        "{n} people, including {k} children, were evacuated from {place} over the past day, officials reported.",
        "{Off} denied reports of a breakthrough near {place}: \"This information is not true.\"",
        "{Src_nom} claims the strike on {place} was carried out with a guided bomb at about {hhmm}.",
        "Local channels report a series of explosions near {place}; there is no official confirmation yet.",
        "According to preliminary data, {k} people were injured; information on casualties is being clarified.",
        "An air raid alert has been declared in {place}; residents are asked to stay in shelters.",
        "Earlier, {off} had reported {n} people evacuated; the figure has now been revised to {m}.",
        "The press service of {org} said reports of a hit on a facility in {place} were not confirmed.",
        "The shelling of {place} lasted about {k} hours, damaging a school and {houses_en}.",
        "{Src_nom} says {k} clashes were recorded near {place} over the past day.",
        "Power engineers restored electricity to {k0} households in {place}.",
        "In total, {k} missiles and {n} attack drones were launched overnight, {off} said.",
        "Social media reports of deaths in {place} have not been officially confirmed.",
        "{Off} called reports of {n} downed drones \"an exaggeration\".",
        "{Org_cap} clarified that the number of injured has risen to {m}.",
        "At least {k} explosions were heard in {place} overnight, {src2} write.",
    ],
}
CHAT = {
    "ru": ["У нас тоже было слышно, окна дрожали.", "Это фейк, не ведитесь, у меня там родственники.",
           "Подтверждаю, два прилёта, район вокзала.", "Минус свет на левом берегу.", "Есть информация по {place}?",
           "Пишут, что эвакуировали {people}, это правда?", "Тихо пока.", "Отбой тревоги.", "Спасибо за инфу!",
           "Кто знает, вода будет сегодня?", "Опять по {place} работают, третий раз за ночь.",
           "Не распространяйте непроверенное, пожалуйста.", "Мост стоит, только что проезжал.",
           "Где это точно? Скиньте хотя бы район.", "Официально пока ничего не было."],
    "uk": ["У нас теж було чути, вікна тремтіли.", "Це фейк, не ведіться, у мене там родичі.",
           "Підтверджую, два прильоти, район вокзалу.", "Мінус світло на лівому березі.",
           "Є інформація по {place}?", "Пишуть, що евакуювали {people}, це правда?", "Поки тихо.",
           "Відбій тривоги.", "Дякую за інфу!", "Хто знає, вода сьогодні буде?",
           "Знову по {place} працюють, втретє за ніч.", "Не поширюйте неперевірене, будь ласка.",
           "Міст стоїть, щойно проїжджав.", "Де це точно? Скиньте хоча б район.", "Офіційно поки нічого не було."],
    "en": ["Heard it here too, the windows were shaking.", "This is fake, my relatives live there.",
           "Confirmed, two impacts near the station.", "Power is out on the left bank.", "Any news from {place}?",
           "They say {n} people were evacuated, is that true?", "Quiet so far.", "All clear.", "Thanks for the info!",
           "Does anyone know if there will be water today?", "{place} is being shelled again, third time tonight.",
           "Please don't share unverified stuff.", "The bridge is still standing, just drove over it.",
           "Where exactly is this? At least the district.", "Nothing official yet."],
}
HEADLINES = {"ru": ["⚡️ Срочно", "❗️ Важно", "Главное за ночь", "Обстановка в регионе", "Официально"],
             "uk": ["⚡️ Терміново", "❗️ Важливо", "Головне за ніч", "Ситуація в регіоні", "Офіційно"],
             "en": ["⚡️ BREAKING", "❗️ Important", "Overnight summary", "Situation in the region", "Official"]}
SOURCE_WORD = {"ru": "Источник", "uk": "Джерело", "en": "Source"}
MAP_WORD = {"ru": "точка на карте", "uk": "точка на мапі", "en": "map"}
COORD_LEAD = {"ru": ["Координаты: ", "Место: ", "Точка: "], "uk": ["Координати: ", "Місце: ", "Точка: "],
              "en": ["Coordinates: ", "Location: ", "Spot: "]}
PHONE_LEAD = {"ru": ["Горячая линия: ", "Телефон для связи: ", "Пункт обогрева, тел. "],
              "uk": ["Гаряча лінія: ", "Телефон для зв'язку: ", "Пункт незламності, тел. "],
              "en": ["Hotline: ", "Contact phone: ", "Shelter hotline: "]}
SUBSCRIBE = {"ru": "Подписаться", "uk": "Підписатися", "en": "Subscribe"}
NEWS_SITES = ["https://www.ukrinform.ua/rubric-ato/", "https://suspilne.media/", "https://www.pravda.com.ua/news/",
              "https://meduza.io/news/", "https://tass.ru/proisshestviya/", "https://ria.ru/", "https://www.bbc.com/news/"]
EMOJI = ["👍", "🔥", "🙏", "😢", "😡", "❤", "👎", "🤬", "💔", "🤔"]
STICKER_EMOJI = ["👍", "😢", "🙏", "🔥", "😡"]
HASHTAGS = {"ru": ["#новости", "#сводка", "#обстрел", "#эвакуация", "#ПВО"],
            "uk": ["#новини", "#зведення", "#обстріл", "#евакуація", "#ППО"],
            "en": ["#news", "#update", "#shelling", "#evacuation", "#AirDefence"]}
CHANNEL_NAMES = ["Frontline Notes", "Южный фронт | Новости", "Сводки Запоріжжя", "Eastern Dispatch",
                 "Оперативно Харків", "Black Sea Monitor", "Новости Прифронтовья", "Ukraine War Wire"]
CHANNEL_HANDLES = ["frontline_notes", "south_front_news", "zp_svodky", "eastern_dispatch", "operatyvno_kh",
                   "blacksea_monitor", "prifront_news", "ua_war_wire"]
FORWARD_SOURCES = ["Southern Dispatch", "Генштаб ЗСУ", "Повітряні сили ЗСУ", "Минобороны России", "Запорізька ОВА",
                   "Суспільне Новини", "РИА Новости", "Frontline Notes", "Ukraine War Wire", "Оперативно Харків"]


# ---------------------------------------------------------------------------------------
# "--content rich": longer posts (about 450 characters of text, like real news channels)
# built from attribution-rich sentences: named officials and their titles, "according to
# X", "as X said", anonymous sources, crowds and channels, media citing sources, hedges,
# denials, quotations, pronoun follow-ups, quantities, and plain own-voice sentences.
# Only used with --content rich, so the default output is unchanged.

# A titled person, nominative. Surnames in ru/uk are the indeclinable -енко ones, so the
# same name also works after a genitive title ("по словам губернатора Коваленко").
PERSON = {
    "en": ["Governor {name}", "Mayor {name}", "regional military administration head {name}",
           "Defence Forces spokesman {name}", "Colonel {name}", "Deputy Interior Minister {name}",
           "Air Force spokesman {name}", "city council secretary {name}"],
    "ru": ["губернатор {name}", "глава администрации {name}", "мэр {name}", "военный эксперт {name}",
           "представитель Минобороны {name}", "депутат {name}", "командир батальона {name}"],
    "uk": ["голова ОВА {name}", "міський голова {name}", "речник Сил оборони {name}", "військовий експерт {name}",
           "заступник міністра {name}", "нардеп {name}", "командир батальйону {name}"],
}
PERSON_GEN = {
    "ru": ["губернатора {name}", "главы администрации {name}", "мэра {name}", "военного эксперта {name}",
           "представителя Минобороны {name}", "депутата {name}", "командира батальона {name}"],
    "uk": ["голови ОВА {name}", "міського голови {name}", "речника Сил оборони {name}",
           "військового експерта {name}", "заступника міністра {name}", "нардепа {name}",
           "командира батальйону {name}"],
}
PERSON_FEM = {
    "en": ["spokeswoman {name}", "Deputy Prime Minister {name}", "Ombudswoman {name}"],
    "ru": ["пресс-секретарь администрации {name}", "вице-губернатор {name}",
           "уполномоченный по правам человека {name}"],
    "uk": ["речниця ОВА {name}", "віцепрем'єрка {name}", "омбудсменка {name}"],
}
FIRST_M = {"en": ["Ivan", "Oleh", "Andriy", "Serhiy", "Viktor", "Dmytro", "Pavlo", "Mykola"],
           "ru": ["Иван", "Олег", "Андрей", "Сергей", "Виктор", "Дмитрий", "Павел", "Николай"],
           "uk": ["Іван", "Олег", "Андрій", "Сергій", "Віктор", "Дмитро", "Павло", "Микола"]}
FIRST_F = {"en": ["Olha", "Iryna", "Natalia", "Yulia"], "ru": ["Ольга", "Ирина", "Наталья", "Юлия"],
           "uk": ["Ольга", "Ірина", "Наталія", "Юлія"]}
SURNAME_FIXED = {"en": ["Kovalenko", "Bondarenko", "Tkachenko", "Rudenko", "Honcharenko", "Levchenko", "Marchenko",
                        "Pavlenko", "Zinchenko", "Lysenko", "Kravchenko", "Savchenko"],
                 "ru": ["Коваленко", "Бондаренко", "Ткаченко", "Руденко", "Гончаренко", "Левченко", "Марченко",
                        "Павленко", "Зинченко", "Лысенко", "Кравченко", "Савченко"],
                 "uk": ["Коваленко", "Бондаренко", "Ткаченко", "Руденко", "Гончаренко", "Левченко", "Марченко",
                        "Павленко", "Зінченко", "Лисенко", "Кравченко", "Савченко"]}
MEDIA = {  # nominative; indeclinable in ru/uk, so also usable as the dative object of "told"
    "en": ["Reuters", "the BBC", "Suspilne", "Ukrainska Pravda", "the Kyiv Independent", "RBC", "TASS",
           "Meduza", "the Associated Press"],
    "ru": ["ТАСС", "РИА Новости", "РБК", "Интерфакс", "BBC", "Reuters", "Медуза"],
    "uk": ["Суспільне", "УНІАН", "Укрінформ", "РБК-Україна", "BBC", "Reuters", "ТСН"],
}
RICH = {
    "en": [
        "{Person} said that {k} drones had been shot down over the region overnight.",
        "{Person} said on Telegram that {houses_en} were damaged in {place}. He added that nobody was hurt.",
        "\"The situation in {place} is difficult but under control,\" {person} told reporters.",
        "According to {person}, about {n} residents remain in {place}, including {k} children.",
        "A source in the local administration, who asked not to be named, told {media} that the strike "
        "hit a fuel depot.",
        "{Media_cap} reported, citing unnamed officials, that at least {k} people were killed in {place}.",
        "Russian military bloggers claimed that their forces had advanced {k} kilometres near {place}, "
        "but this could not be independently verified.",
        "The General Staff denied the claim, calling it \"pure propaganda\".",
        "Residents of {place} said they heard at least {k} explosions shortly after {hhmm}.",
        "{Person} later added that repair crews had restored power to {k0} households.",
        "As {person} put it, the city \"will not be left without heat this winter\".",
        "The strike reportedly damaged a hospital and {houses_en}, local channels wrote.",
        "{Person} dismissed reports of an evacuation of {place} as fake.",
        "Monitoring channels allege that {k} Shahed-type drones were launched from the south.",
        "Eyewitnesses told our correspondent that the fire at the depot burned for about {hours_en}.",
        "In a statement on Telegram, {org} said {k} rescuers and {m} pieces of equipment were working at the site.",
        "Analysts at the Institute for the Study of War wrote that Russian forces are likely trying to cut "
        "the supply road to {place}.",
        "{Person} told {media} that the attack was \"the largest in weeks\".",
        "The Russian Defence Ministry said its air defences had intercepted {n} Ukrainian drones over "
        "the Belgorod, Kursk and Bryansk regions.",
        "According to {fem}, {m} people have applied for compensation since the start of the month.",
        "{Fem} said the figures were preliminary and could rise.",
        "A soldier with the {brigade} brigade told {media} that the enemy had allegedly used cluster munitions.",
        "Officials have not yet confirmed the number of casualties, and {media} could not verify the reports.",
    ],
    "ru": [
        "{Person} заявил, что за ночь над областью сбиты {k} беспилотников.",
        "{Person} сообщил в своём телеграм-канале, что в н.п. {place} повреждены {houses}. "
        "Он добавил, что пострадавших нет.",
        "«Ситуация сложная, но под контролем», — сказал {person} журналистам.",
        "По словам {person_gen}, в н.п. {place} остаются около {n} жителей, в том числе {children}.",
        "Источник в силовых структурах сообщил {media}, что удар пришёлся по нефтебазе.",
        "{Media} со ссылкой на источники сообщает, что погибли не менее {k} человек.",
        "Военкоры утверждают, что подразделения продвинулись на {k} км у н.п. {place}, однако независимо "
        "проверить эти данные не удалось.",
        "В Генштабе ВСУ эти сведения опровергли, назвав их «пропагандой».",
        "Жители н.п. {place} рассказали, что слышали не менее {k} взрывов около {hhmm}.",
        "Позже {person} уточнил, что энергетики восстановили свет для {k0} абонентов.",
        "Как отметил {person}, «работы продолжаются круглосуточно».",
        "Удар якобы повредил больницу и {houses}, пишут местные паблики.",
        "{Person} назвал сообщения об эвакуации н.п. {place} «вбросом».",
        "Мониторинговые каналы утверждают, что с юга запущены {k} «шахедов».",
        "Очевидцы рассказали нашему корреспонденту, что пожар на складе продолжался около {hours}.",
        "По информации {org}, на месте работают {k} спасателей и {m} единиц техники.",
        "По данным Минобороны России, за сутки над Белгородской, Курской и Брянской областями уничтожены "
        "{n} беспилотников.",
        "Как сообщила {fem}, с начала месяца за компенсацией обратились {people}.",
        "{Fem} подчеркнула, что данные предварительные и могут измениться.",
        "Боец {brigade} бригады рассказал {media}, что противник предположительно применил кассетные боеприпасы.",
        "Число погибших официально пока не подтверждено.",
    ],
    "uk": [
        "{Person} заявив, що за ніч над областю збито {k} безпілотників.",
        "{Person} повідомив у своєму телеграм-каналі, що в н.п. {place} пошкоджено {houses}. "
        "Він додав, що постраждалих немає.",
        "«Ситуація складна, але під контролем», — сказав {person} журналістам.",
        "За словами {person_gen}, у н.п. {place} залишаються близько {n} мешканців, зокрема {children}.",
        "Джерело в силових структурах повідомило {media}, що удар припав по нафтобазі.",
        "{Media} з посиланням на джерела повідомляє, що загинули щонайменше {k} людей.",
        "Російські воєнкори стверджують, що підрозділи просунулися на {k} км біля н.п. {place}, проте "
        "незалежно перевірити ці дані не вдалося.",
        "У Генштабі ЗСУ ці відомості спростували, назвавши їх «пропагандою».",
        "Мешканці н.п. {place} розповіли, що чули щонайменше {k} вибухів близько {hhmm}.",
        "Пізніше {person} уточнив, що енергетики відновили світло для {k0} абонентів.",
        "Як зазначив {person}, «роботи тривають цілодобово».",
        "Удар нібито пошкодив лікарню та {houses}, пишуть місцеві пабліки.",
        "{Person} назвав повідомлення про евакуацію н.п. {place} «вкидом».",
        "Моніторингові канали стверджують, що з півдня запущено {k} «шахедів».",
        "Очевидці розповіли нашому кореспонденту, що пожежа на складі тривала близько {hours}.",
        "За інформацією {org}, на місці працюють {k} рятувальників і {m} одиниць техніки.",
        "За даними Міноборони РФ, за добу над Бєлгородською, Курською та Брянською областями нібито знищено "
        "{n} безпілотників.",
        "Як повідомила {fem}, від початку місяця по компенсацію звернулися {people}.",
        "{Fem} наголосила, що дані попередні й можуть змінитися.",
        "Боєць {brigade} бригади розповів {media}, що противник імовірно застосував касетні боєприпаси.",
        "Кількість загиблих офіційно поки не підтверджено.",
    ],
}
OWN_VOICE = {  # sentences in the channel's own voice: no attribution
    "en": ["A fire broke out at an industrial facility in {place} after the attack.",
           "The power line between {place} and {place2} was damaged for the second time this week.",
           "Schools in {place} have switched to remote learning until Friday.",
           "Trains from {place} to {place2} are running up to {hours_en} late.",
           "Emergency crews worked through the night to clear the rubble.",
           "The air raid alert in the region lasted {hours_en}.",
           "This is the third attack on the city's energy infrastructure in {k} days.",
           "Water supply in {place} has been restored.",
           "Stay in shelters until the all-clear.",
           "We will keep you updated."],
    "ru": ["После атаки в н.п. {place} начался пожар на промышленном предприятии.",
           "Линия электропередачи между н.п. {place} и н.п. {place2} повреждена второй раз за неделю.",
           "Школы н.п. {place} до пятницы перешли на дистанционное обучение.",
           "Поезда из н.п. {place} в н.п. {place2} задерживаются до {hours}.",
           "Спасатели всю ночь разбирали завалы.",
           "Воздушная тревога в регионе длилась {hours}.",
           "Это уже третья атака на энергетику города за {days}.",
           "Водоснабжение в н.п. {place} восстановлено.",
           "Оставайтесь в укрытиях до отбоя тревоги.",
           "Следим за развитием событий."],
    "uk": ["Після атаки в н.п. {place} спалахнула пожежа на промисловому підприємстві.",
           "Лінію електропередачі між н.п. {place} і н.п. {place2} пошкоджено вдруге за тиждень.",
           "Школи н.п. {place} до п'ятниці перейшли на дистанційне навчання.",
           "Потяги з н.п. {place} до н.п. {place2} затримуються до {hours}.",
           "Рятувальники всю ніч розбирали завали.",
           "Повітряна тривога в регіоні тривала {hours}.",
           "Це вже третя атака на енергетику міста за {days}.",
           "Водопостачання в н.п. {place} відновлено.",
           "Залишайтеся в укриттях до відбою тривоги.",
           "Стежимо за розвитком подій."],
}
# Sentences in a rich post: mean about 4, right-skewed like real channels.
RICH_LENGTHS = [1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 7, 9, 12]


_RICH_KEYS = re.compile(r"\{(?:person|Person|person_gen|fem|Fem|media|Media|Media_cap|place2|hours_en|days|"
                        r"brigade)\}")


def plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class Lang:
    """Fills one template in one language from the chat's random stream."""

    def __init__(self, code: str, rng: random.Random):
        self.code = code
        self.r = rng
        self.templates = NEWS[code]
        self.chat_lines = CHAT[code]

    def name(self) -> str:
        return f"{self.r.choice(FIRST[self.code])} {self.r.choice(LAST[self.code])}"

    def official(self) -> str:
        return self.r.choice(OFFICIAL[self.code]).format(name=self.name())

    def place(self) -> str:
        return self.r.choice(PLACES[self.code])

    def people(self, n: int) -> str:
        if self.code == "ru":
            return f"{n} {plural(n, 'человек', 'человека', 'человек')}"
        if self.code == "uk":
            return f"{n} {plural(n, 'людина', 'людини', 'людей')}"
        return f"{n} people"

    def fill(self, template: str) -> str:
        r, c = self.r, self.code
        v: dict[str, str] = {}
        if "{Off}" in template or "{off}" in template:
            off = self.official()
            v["Off"], v["off"] = _cap(off), off
        if "{place}" in template:
            v["place"] = self.place()
        if "{k}" in template:
            v["k"] = str(r.randint(2, 60))
        if "{n}" in template:
            v["n"] = str(r.randint(20, 480))
        if "{m}" in template:
            v["m"] = str(r.randint(5, 900))
        if "{k0}" in template:
            v["k0"] = f"{r.randint(12, 4800) * 10:,}".replace(",", " " if c != "en" else ",")
        if "{src}" in template:
            v["src"] = r.choice(SOURCE[c])
        if "{src2}" in template:
            v["src2"] = r.choice(SOURCE[c])
        if "{src_nom}" in template:
            v["src_nom"] = r.choice(SOURCE_NOM[c])
        if "{Src_nom}" in template:
            v["Src_nom"] = _cap(r.choice(SOURCE_NOM[c]))
        if "{org}" in template:
            v["org"] = r.choice(ORG[c])
        if "{Org_cap}" in template:
            v["Org_cap"] = _cap(r.choice(ORG[c]))
        if "{people}" in template:
            v["people"] = self.people(r.randint(1, 350))
        if "{children}" in template:
            n = r.randint(1, 60)
            v["children"] = (f"{n} {plural(n, 'ребёнок', 'ребёнка', 'детей')}" if c == "ru"
                             else f"{n} {plural(n, 'дитина', 'дитини', 'дітей')}")
        if "{houses}" in template:
            n = r.randint(1, 40)
            v["houses"] = (f"{n} {plural(n, 'частный дом', 'частных дома', 'частных домов')}" if c == "ru"
                           else f"{n} {plural(n, 'приватний будинок', 'приватні будинки', 'приватних будинків')}")
        if "{houses_en}" in template:
            n = r.randint(2, 40)
            v["houses_en"] = f"{n} private houses"
        if "{hours}" in template:
            n = r.randint(1, 9)
            v["hours"] = (f"{n} {plural(n, 'часа', 'часов', 'часов')}" if c == "ru"
                          else f"{n} {plural(n, 'години', 'годин', 'годин')}")
        if "{hhmm}" in template:
            v["hhmm"] = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        if _RICH_KEYS.search(template):  # only the --content rich templates have these
            self._fill_rich(template, v)
        return template.format(**v)

    def _fill_rich(self, template: str, v: dict[str, str]) -> None:
        r, c = self.r, self.code

        def name(first: dict) -> str:
            return f"{r.choice(first[c])} {r.choice(SURNAME_FIXED[c])}"

        if "{person}" in template or "{Person}" in template:
            person = r.choice(PERSON[c]).format(name=name(FIRST_M))
            v["person"], v["Person"] = person, _cap(person)
        if "{person_gen}" in template:
            v["person_gen"] = r.choice(PERSON_GEN[c]).format(name=name(FIRST_M))
        if "{fem}" in template or "{Fem}" in template:
            fem = r.choice(PERSON_FEM[c]).format(name=name(FIRST_F))
            v["fem"], v["Fem"] = fem, _cap(fem)
        if "{media}" in template or "{Media}" in template or "{Media_cap}" in template:
            media = r.choice(MEDIA[c])
            v["media"], v["Media"], v["Media_cap"] = media, media, _cap(media)
        if "{place2}" in template:
            v["place2"] = self.place()
        if "{hours_en}" in template:
            n = r.randint(2, 9)
            v["hours_en"] = f"{n} hours"
        if "{days}" in template:
            n = r.randint(2, 12)
            v["days"] = (f"{n} {plural(n, 'день', 'дня', 'дней')}" if c == "ru"
                         else f"{n} {plural(n, 'день', 'дні', 'днів')}")
        if "{brigade}" in template:
            n = r.choice([3, 24, 47, 53, 59, 65, 72, 93, 110, 128, 155])
            v["brigade"] = (f"{n}{'rd' if n % 10 == 3 and n % 100 != 13 else 'th'}" if c == "en"
                            else f"{n}-й" if c == "ru" else f"{n}-ї")

    def rich_sentence(self) -> str:
        """A sentence for --content rich: attribution-rich (60%), a classic news line (20%) or
        the channel's own voice (20%)."""
        roll = self.r.random()
        if roll < 0.6:
            return self.fill(self.r.choice(RICH[self.code]))
        if roll < 0.8:
            return self.sentence()
        return self.fill(self.r.choice(OWN_VOICE[self.code]))

    def sentence(self) -> str:
        return self.fill(self.r.choice(self.templates))

    def chat_line(self) -> str:
        line = self.r.choice(self.chat_lines)
        if "{" in line:
            line = line.format(place=self.place(), people=self.people(self.r.randint(2, 300)),
                               n=self.r.randint(2, 300))
        return line


# ---------------------------------------------------------------------------------------
# Sensitive values: coordinates in every notation the redactor knows, phone numbers.

def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # whole tenths of a second, so 59.96" carries into the minute
    deg, rest = divmod(tenths, 36000)
    mins, secs = divmod(rest, 600)
    return f"{deg}°{mins:02d}'{secs // 10:02d}.{secs % 10}\"{hemi}"


class Sensitive:
    def __init__(self, rng: random.Random):
        self.r = rng
        try:  # the project depends on mgrs; fall back to a fixed grid square without it
            import mgrs

            self._mgrs = mgrs.MGRS()
        except ImportError:  # pragma: no cover
            self._mgrs = None

    def point(self) -> tuple[float, float]:
        return round(self.r.uniform(46.4, 51.2), 6), round(self.r.uniform(30.5, 38.6), 6)

    def coordinate_text(self) -> tuple[str, str]:
        lat, lon = self.point()
        kind = self.r.random()
        if kind < 0.4:
            return "decimal", f"{lat:.4f}, {lon:.4f}"
        if kind < 0.55:
            return "decimal", f"{lat:.5f} {lon:.5f}"
        if kind < 0.8:
            return "dms", f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
        if self._mgrs is not None:
            g = self._mgrs.toMGRS(lat, lon, MGRSPrecision=5)
            return "mgrs", f"{g[:3]} {g[3:5]} {g[5:10]} {g[10:]}"
        return "mgrs", f"37T DN {self.r.randint(10000, 99999)} {self.r.randint(10000, 99999)}"

    def map_link(self) -> str:
        lat, lon = self.point()
        kind = self.r.randrange(4)
        if kind == 0:
            return f"https://maps.google.com/?q={lat:.5f},{lon:.5f}"
        if kind == 1:
            return f"https://www.google.com/maps/@{lat:.6f},{lon:.6f},{self.r.randint(12, 18)}z"
        if kind == 2:
            return f"https://yandex.ru/maps/?ll={lon:.6f}%2C{lat:.6f}&z={self.r.randint(12, 17)}"
        return f"https://yandex.ua/maps/?pt={lon:.5f},{lat:.5f}&z=15&l=map"

    def phone(self) -> str:
        r = self.r
        kind = r.randrange(4)
        if kind == 0:
            return f"+380 {r.choice(['44', '61', '57', '56', '48'])} 555 {r.randint(0, 9999):04d}"
        if kind == 1:
            code = r.choice(["67", "50", "63", "93", "97"])
            return f"+380 ({code}) 555-{r.randint(0, 99):02d}-{r.randint(0, 99):02d}"
        if kind == 2:
            return f"+7 ({r.choice(['495', '472', '471', '483'])}) 555-{r.randint(0, 99):02d}-{r.randint(0, 99):02d}"
        return f"+380{r.choice(['67', '50', '95'])}555{r.randint(0, 9999):04d}"


# ---------------------------------------------------------------------------------------
# Chats and messages.

class Counts:
    FIELDS = ("messages", "service", "media_only", "text_messages", "empty")

    def __init__(self) -> None:
        self.c = dict.fromkeys(self.FIELDS, 0)
        self.features: dict[str, int] = {}

    def feat(self, name: str, n: int = 1) -> None:
        self.features[name] = self.features.get(name, 0) + n


class Chat:
    """One chat: its header fields and an endless, deterministic stream of messages."""

    def __init__(self, rng: random.Random, kind: str, name: str | None, chat_id: int, langs: list[tuple[str, float]],
                 handle: str, quirks: float, tz: ZoneInfo, owner: tuple[str, int], rich: bool = False):
        self.r = rng
        self.rich = rich
        self.kind = kind
        self.name = name
        self.id = chat_id
        self.handle = handle
        self.quirks = quirks
        self.tz = tz
        self.channel = kind in ("public_channel", "private_channel")
        self.group = kind in ("public_supergroup", "private_supergroup", "private_group")
        self.langs = {code: Lang(code, rng) for code, _ in langs}
        self.lang_codes = [code for code, _ in langs]
        self.lang_weights = [w for _, w in langs]
        self.sens = Sensitive(rng)
        self.next_id = rng.randint(1, 40)
        self.ts = START_TS + rng.randint(0, 86400 * 30)
        self.recent_ids: deque[int] = deque(maxlen=64)
        self.pending_album = 0
        self.counts = Counts()
        self.planted = None  # a callable taking (chat id, message id, kind, value), set by the writer
        self._mid = 0
        self.step = 95 if self.channel else 40
        if self.channel:
            self.users = [(self._user_name(), f"user{rng.randint(10_000_000, 7_999_999_999)}") for _ in range(400)]
        elif kind == "personal_chat":
            self.users = [owner, (name or "Deleted Account", f"user{chat_id}")]
        else:
            self.users = [(self._user_name(), f"user{rng.randint(10_000_000, 7_999_999_999)}") for _ in range(1500)]

    def _user_name(self) -> str:
        first, last = self.r.choice(USER_FIRST), self.r.choice(USER_LAST)
        return f"{first} {last}".strip()

    def header(self) -> dict:
        head: dict = {}
        if self.name is not None:
            head["name"] = self.name
        head["type"] = self.kind
        head["id"] = self.id
        return head

    # -- pieces ------------------------------------------------------------------------

    def _date(self, ts: int) -> tuple[str, str]:
        return datetime.fromtimestamp(ts, self.tz).strftime("%Y-%m-%dT%H:%M:%S"), str(ts)

    def _advance(self) -> tuple[int, int]:
        r = self.r
        if r.random() < 0.03:
            self.next_id += r.randint(1, 5)  # deleted messages leave gaps
        mid = self.next_id
        self.next_id += 1
        self.ts += 1 + int(r.expovariate(1 / self.step))
        return mid, self.ts

    def _base(self, mid: int, ts: int, kind: str = "message") -> dict:
        date, unix = self._date(ts)
        return {"id": mid, "type": kind, "date": date, "date_unixtime": unix}

    def _sender(self) -> tuple[str | None, str]:
        if self.channel:
            return self.name, f"channel{self.id}"
        if self.group and self.r.random() < 0.02:  # the linked channel posting into its group
            return self.r.choice(CHANNEL_NAMES), f"channel{self.r.randint(1_000_000_000, 2_999_999_999)}"
        name, uid = self.r.choice(self.users)
        if self.r.random() < 0.005:
            return None, uid  # a deleted account: tdesktop writes "from": null
        return name, uid

    def _reactions(self) -> list[dict]:
        r = self.r
        out = []
        for emoji in r.sample(EMOJI, r.randint(1, 3)):
            count = max(1, int(r.expovariate(1 / (60 if self.channel else 3))))
            reaction = {"type": "emoji", "count": count, "emoji": emoji}
            if r.random() < 0.5:
                recent = []
                for _ in range(min(count, r.randint(1, 3))):
                    name, uid = r.choice(self.users)
                    recent.append({"from": name, "from_id": uid, "date": self._date(self.ts + r.randint(1, 3600))[0]})
                reaction["recent"] = recent
            out.append(reaction)
        return out

    def _plant(self, kind: str, value: str) -> None:
        if self.planted is not None:
            self.planted(self.id, self._mid, kind, value)

    def _text_parts(self, lang: Lang, news: bool) -> list:
        """A message as tdesktop's text parts: plain strings and entity dicts."""
        r, c, feat = self.r, lang.code, self.counts.feat
        parts: list = []
        if news and r.random() < 0.05:
            parts.append({"type": "custom_emoji", "text": r.choice(EMOJI), "document_id": NOT_INCLUDED})
            parts.append(" ")
            feat("custom_emoji")
        if news and r.random() < 0.2:
            if r.random() < 0.5:
                parts.append({"type": "bold", "text": r.choice(HEADLINES[c])})
            else:
                parts.append({"type": "bold", "text": lang.place()})
            parts.append("\n\n")
            feat("bold")
        if news and self.rich:
            text = ""
            for k in range(r.choice(RICH_LENGTHS)):
                text += ("" if k == 0 else "\n\n" if r.random() < 0.3 else " ") + lang.rich_sentence()
        elif news:
            body = [lang.sentence()]
            while len(body) < 8 and r.random() < 0.12:
                body.append(lang.sentence())
            text = " ".join(body)
        else:
            text = lang.chat_line()
            if r.random() < 0.25:
                text += " " + lang.chat_line()
        if self.quirks and r.random() < self.quirks:
            text = text.replace(" ", "\x0b", 1)  # tdesktop writes it as \x0B (#27571); see serialise
            feat("quirk_hex_escape")
        parts.append(text)

        roll = r.random()
        if roll < 0.025:  # a coordinate written in the text
            kind, value = self.sens.coordinate_text()
            parts.append("\n" + r.choice(COORD_LEAD[c]) + value)
            feat("coordinates_" + kind)
            self._plant("coordinates_" + kind, value)
        elif roll < 0.04:  # a map link behind visible text
            parts.append(" (")
            href = self.sens.map_link()
            parts.append({"type": "text_link", "text": MAP_WORD[c], "href": href})
            parts.append(")")
            feat("coordinates_map_link")
            self._plant("coordinates_map_link", href)
        elif roll < 0.05:  # a phone number Telegram recognised as an entity
            parts.append("\n" + r.choice(PHONE_LEAD[c]))
            phone = self.sens.phone()
            parts.append({"type": "phone", "text": phone})
            feat("phone_entity")
            self._plant("phone_entity", phone)
        elif roll < 0.06:  # a phone number in plain text
            phone = self.sens.phone()
            parts.append("\n" + r.choice(PHONE_LEAD[c]) + phone)
            feat("phone_plain")
            self._plant("phone_plain", phone)
        elif roll < 0.065 and not self.channel:  # a user named by mention_name
            name, uid = r.choice(self.users)
            parts.append(" ")
            parts.append({"type": "mention_name", "text": name or "user", "user_id": int(uid[4:])})
            feat("mention_name")

        if news and r.random() < 0.12:
            parts.append("\n\n" + SOURCE_WORD[c] + ": ")
            if r.random() < 0.6:
                handle = r.choice(CHANNEL_HANDLES)
                href = f"https://t.me/{handle}/{r.randint(100, 99999)}"
            else:
                href = r.choice(NEWS_SITES) + f"{r.randint(3_000_000, 3_999_999)}"
            parts.append({"type": "text_link", "text": r.choice(ORG[c] + SOURCE_NOM[c]), "href": href})
            feat("text_link")
        elif r.random() < 0.05:
            parts.append(" ")
            parts.append({"type": "link", "text": r.choice(NEWS_SITES) + f"{r.randint(3_000_000, 3_999_999)}"})
            feat("link")
        if news and r.random() < 0.1:
            for i, tag in enumerate(r.sample(HASHTAGS[c], r.randint(1, 3))):
                parts.append("\n\n" if i == 0 else " ")
                parts.append({"type": "hashtag", "text": tag})
            feat("hashtag")
        if self.channel and r.random() < 0.1:
            parts.append("\n\n")
            parts.append({"type": "text_link", "text": SUBSCRIBE[c], "href": f"https://t.me/{self.handle}"})
            parts.append(" | ")
            parts.append({"type": "mention", "text": "@" + self.handle})
            feat("mention")
        elif not self.channel and r.random() < 0.03:
            parts.append(" ")
            parts.append({"type": "mention", "text": "@" + r.choice(CHANNEL_HANDLES)})
            feat("mention")
        return parts

    @staticmethod
    def _text_fields(parts: list) -> tuple:
        merged: list = []
        for p in parts:
            if type(p) is str and merged and type(merged[-1]) is str:
                merged[-1] += p
            elif p != "":
                merged.append(p)
        entities = [{"type": "plain", "text": p} if type(p) is str else p for p in merged]
        if len(merged) == 1 and type(merged[0]) is str:
            return merged[0], entities
        return merged, entities

    # -- messages ----------------------------------------------------------------------

    def service(self, mid: int, ts: int, first: bool = False) -> dict:
        r = self.r
        msg = self._base(mid, ts, "service")
        if self.channel:
            msg["actor"], msg["actor_id"] = self.name, f"channel{self.id}"
            if first:
                msg["action"], msg["title"] = "create_channel", self.name
            elif r.random() < 0.6:
                msg["action"] = "pin_message"
                msg["message_id"] = r.choice(self.recent_ids) if self.recent_ids else 1
            else:
                msg["action"] = "edit_group_photo"
                msg["photo"], msg["width"], msg["height"] = NOT_INCLUDED, 640, 640
        elif self.kind == "personal_chat":
            name, uid = r.choice(self.users)
            msg["actor"], msg["actor_id"] = name, uid
            msg["action"] = "phone_call"
            if r.random() < 0.7:
                msg["duration_seconds"] = r.randint(5, 1800)
            msg["discard_reason"] = r.choice(["hangup", "missed", "busy"])
        else:
            name, uid = r.choice(self.users)
            msg["actor"], msg["actor_id"] = name, uid
            roll = r.random()
            if first:
                msg["action"], msg["title"] = "create_group", self.name
                msg["members"] = [u[0] for u in r.sample(self.users, 3)]
            elif roll < 0.45:
                msg["action"] = "invite_members"
                msg["members"] = [u[0] for u in r.sample(self.users, r.randint(1, 3))]
            elif roll < 0.75:
                msg["action"] = "join_group_by_link"
                msg["inviter"] = r.choice(self.users)[0]
            elif roll < 0.9:
                msg["action"] = "remove_members"
                msg["members"] = [r.choice(self.users)[0]]
            else:
                msg["action"] = "pin_message"
                msg["message_id"] = r.choice(self.recent_ids) if self.recent_ids else 1
        msg["text"], msg["text_entities"] = "", []
        self.counts.c["service"] += 1
        return msg

    def _media(self, msg: dict, kind: str) -> None:
        r = self.r
        if kind == "photo":
            msg["photo"] = NOT_INCLUDED
            msg["photo_file_size"] = r.randint(40_000, 400_000)
            msg["width"], msg["height"] = r.choice([(1280, 960), (1280, 720), (960, 1280), (1080, 1080), (1600, 1200)])
        elif kind == "video":
            msg["file"] = NOT_INCLUDED
            msg["file_size"] = r.randint(500_000, 40_000_000)
            msg["thumbnail"] = NOT_INCLUDED
            msg["thumbnail_file_size"] = r.randint(5_000, 40_000)
            msg["media_type"], msg["mime_type"] = "video_file", "video/mp4"
            msg["duration_seconds"] = r.randint(3, 240)
            msg["width"], msg["height"] = r.choice([(1280, 720), (720, 1280), (848, 480)])
        elif kind == "sticker":
            msg["file"] = NOT_INCLUDED
            msg["file_size"] = r.randint(10_000, 60_000)
            msg["thumbnail"] = NOT_INCLUDED
            msg["media_type"], msg["sticker_emoji"] = "sticker", r.choice(STICKER_EMOJI)
            msg["width"], msg["height"] = 512, 512
        elif kind == "voice":
            msg["file"] = NOT_INCLUDED
            msg["file_size"] = r.randint(5_000, 400_000)
            msg["media_type"], msg["mime_type"] = "voice_message", "audio/ogg"
            msg["duration_seconds"] = r.randint(1, 120)
        elif kind == "geo":
            lat, lon = self.sens.point()
            msg["location_information"] = {"latitude": lat, "longitude": lon}
            if r.random() < 0.3:
                msg["live_location_period_seconds"] = r.choice([900, 3600, 28800])
            self.counts.feat("location_information")
        elif kind == "venue":
            lat, lon = self.sens.point()
            msg["place_name"] = r.choice(["Пункт незламності", "Укриття №12", "Shelter", "Школа №5", "Вокзал"])
            msg["address"] = f"{r.choice(PLACES['uk'])}, вул. Центральна, {r.randint(1, 120)}"
            msg["location_information"] = {"latitude": lat, "longitude": lon}
            self.counts.feat("location_information")
            self.counts.feat("venue")

    def message(self) -> dict:
        """The next message of this chat, as a dict in tdesktop's key order."""
        r, counts, feat = self.r, self.counts, self.counts.feat
        mid, ts = self._advance()
        counts.c["messages"] += 1
        if counts.c["messages"] == 1:
            return self.service(mid, ts, first=True) if self.kind != "personal_chat" else self._text_message(mid, ts)
        if self.pending_album:  # the rest of an album: media without text, same minute
            self.pending_album -= 1
            msg = self._base(mid, ts)
            sender, sender_id = self._sender()
            msg["from"], msg["from_id"] = sender, sender_id
            self._media(msg, "photo" if r.random() < 0.8 else "video")
            msg["text"], msg["text_entities"] = "", []
            counts.c["media_only"] += 1
            feat("album_item")
            return msg
        roll = r.random()
        service_rate = 0.015 if self.channel else (0.005 if self.kind == "personal_chat" else 0.05)
        if roll < service_rate:
            return self.service(mid, ts)
        if roll < service_rate + 0.07:
            return self._media_only(mid, ts)
        return self._text_message(mid, ts)

    def _media_only(self, mid: int, ts: int) -> dict:
        r = self.r
        msg = self._base(mid, ts)
        if r.random() < 0.05:
            msg["edited"], msg["edited_unixtime"] = self._date(ts + r.randint(30, 3600))
        sender, sender_id = self._sender()
        msg["from"], msg["from_id"] = sender, sender_id
        if r.random() < 0.05:
            msg["forwarded_from"] = r.choice(FORWARD_SOURCES)
        if not self.channel and self.recent_ids and r.random() < 0.2:
            msg["reply_to_message_id"] = r.choice(self.recent_ids)
        roll = r.random()
        if self.channel:
            kind = "photo" if roll < 0.6 else "video" if roll < 0.92 else "geo" if roll < 0.97 else "venue"
        else:
            kind = ("photo" if roll < 0.35 else "sticker" if roll < 0.6 else "voice" if roll < 0.8
                    else "video" if roll < 0.9 else "geo" if roll < 0.97 else "venue")
        self._media(msg, kind)
        msg["text"], msg["text_entities"] = "", []
        if r.random() < (0.3 if self.channel else 0.05):
            msg["reactions"] = self._reactions()
            self.counts.feat("reactions")
        self.counts.c["media_only"] += 1
        self.counts.feat("media_" + kind)
        self.recent_ids.append(mid)
        return msg

    def _text_message(self, mid: int, ts: int) -> dict:
        r, feat = self.r, self.counts.feat
        lang = self.langs[r.choices(self.lang_codes, self.lang_weights)[0]]
        news = self.channel or r.random() < 0.3
        msg = self._base(mid, ts)
        if r.random() < 0.1:
            msg["edited"], msg["edited_unixtime"] = self._date(ts + r.randint(30, 7200))
            feat("edited")
        sender, sender_id = self._sender()
        msg["from"], msg["from_id"] = sender, sender_id
        if self.channel and r.random() < 0.05:
            msg["author"] = lang.name()
            feat("author_signature")
        if r.random() < 0.1:
            msg["forwarded_from"] = r.choice(FORWARD_SOURCES) if r.random() < 0.85 else r.choice(self.users)[0]
            feat("forwarded")
        if self.recent_ids and r.random() < (0.06 if self.channel else 0.3):
            msg["reply_to_message_id"] = r.choice(self.recent_ids)
            feat("reply")
        if news and r.random() < 0.12:  # a captioned photo or video; sometimes the first of an album
            self._media(msg, "photo" if r.random() < 0.7 else "video")
            feat("media_with_caption")
            if r.random() < 0.15:
                self.pending_album = r.randint(1, 3)
        self._mid = mid
        parts = self._text_parts(lang, news)
        msg["text"], msg["text_entities"] = self._text_fields(parts)
        if type(msg["text"]) is list:
            feat("text_as_list")
        if r.random() < (0.2 if self.channel else 0.1):
            msg["reactions"] = self._reactions()
            feat("reactions")
        feat("lang_" + lang.code)
        self.counts.c["text_messages"] += 1
        self.recent_ids.append(mid)
        return msg


def serialise(msg: dict, ind: int) -> str:
    out = ser(msg, ind)
    if "\\u000b" in out:  # tdesktop writes control characters as \xHH, which is not JSON
        out = out.replace("\\u000b", "\\x0B")
    return out


# ---------------------------------------------------------------------------------------
# The export.

CHAT_KINDS = ["public_channel", "public_supergroup", "personal_chat", "private_channel", "private_supergroup",
              "private_group"]
LANG_MIXES = [[("ru", 0.55), ("uk", 0.3), ("en", 0.15)], [("uk", 0.6), ("ru", 0.25), ("en", 0.15)],
              [("en", 0.5), ("uk", 0.3), ("ru", 0.2)]]
ABOUT = ("Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data, "
         "and it doesn't use your data for profiling.")


LANGUAGE_CHOICES = ("mix", "even", "en", "ru", "uk")


def language_mix(languages: str, i: int) -> list[tuple[str, float]]:
    """The languages of chat ``i``: "mix" cycles through LANG_MIXES (the default), "even" is a
    third each, and a language code makes every text message that language."""
    if languages == "mix":
        return LANG_MIXES[i % len(LANG_MIXES)]
    if languages == "even":
        return [("en", 1 / 3), ("ru", 1 / 3), ("uk", 1 / 3)]
    return [(languages, 1.0)]


def make_chats(rng: random.Random, k: int, quirks: float, tz: ZoneInfo, owner: tuple[str, int],
               languages: str = "mix", rich: bool = False) -> list[Chat]:
    chats = []
    for i in range(k):
        kind = "public_channel" if k == 1 else CHAT_KINDS[i % len(CHAT_KINDS)]
        handle = CHANNEL_HANDLES[i % len(CHANNEL_HANDLES)]
        if kind == "personal_chat":
            name = f"{rng.choice(USER_FIRST)} {rng.choice(USER_LAST)}".strip()
            chat_id = rng.randint(10_000_000, 7_999_999_999)
        elif kind in ("public_channel", "private_channel"):
            name = CHANNEL_NAMES[i % len(CHANNEL_NAMES)]
            chat_id = rng.randint(1_000_000_000, 2_999_999_999)
        else:
            name = CHANNEL_NAMES[i % len(CHANNEL_NAMES)] + (" Chat" if i % 2 else " | Обговорення")
            chat_id = (rng.randint(100_000, 999_999_999) if kind == "private_group"
                       else rng.randint(1_000_000_000, 2_999_999_999))
        chats.append(Chat(random.Random(rng.getrandbits(64)), kind, name, chat_id, language_mix(languages, i),
                          handle, quirks, tz, (owner[0], f"user{owner[1]}"), rich))
    return chats


class Writer:
    def __init__(self, fh):
        self.fh = fh
        self.bytes = 0

    def write(self, s: str) -> None:
        b = s.encode("utf-8")
        self.fh.write(b)
        self.bytes += len(b)


def write_messages(w: Writer, chat: Chat, target: int, ind: int, by_count: bool = False) -> None:
    """``"messages": [...]`` items at indent ``ind`` until ``target`` bytes of them are written,
    or with ``by_count`` until ``target`` messages are."""
    pad_first = "\n" + " " * ind
    pad = ",\n" + " " * ind
    start = w.bytes
    first = True
    while first or (chat.counts.c["messages"] < target if by_count else w.bytes - start < target):
        w.write((pad_first if first else pad) + serialise(chat.message(), ind))
        first = False
    w.write("\n" + " " * (ind - 1) + "]")


def write_chat(w: Writer, chat: Chat, target: int, ind: int, by_count: bool = False) -> None:
    """One chat object whose opening brace is already at indent ``ind``."""
    w.write("{")
    pad = "\n" + " " * (ind + 1)
    for key, value in chat.header().items():
        w.write(pad + _q(key) + ": " + ser(value, ind + 1) + ",")
    w.write(pad + '"messages": [')
    write_messages(w, chat, target, ind + 2, by_count)
    w.write("\n" + " " * ind + "}")


def generate(out: Path, size_bytes: int, seed: int, n_chats: int, left_chats: int, quirks: float, tz_name: str,
             planted_path: Path | None = None, languages: str = "mix", content: str = "classic",
             messages: int | None = None) -> dict:
    """Write the export. ``messages`` (instead of ``size_bytes``) stops at that many
    messages in all, shared between chats as bytes would be."""
    rng = random.Random(seed)
    tz = ZoneInfo(tz_name)
    owner_first, owner_last = rng.choice(FIRST["uk"]), rng.choice(SURNAMES_UK)
    owner_id = rng.randint(10_000_000, 7_999_999_999)
    total_chats = n_chats + left_chats
    chats = make_chats(rng, total_chats, quirks, tz, (f"{owner_first} {owner_last}", owner_id), languages,
                       content == "rich")
    weights = [1 / (i + 1) for i in range(total_chats)]
    by_count = messages is not None
    if by_count:
        targets = [max(1, round(messages * w / sum(weights))) for w in weights]
        targets[0] += messages - sum(targets)  # exactly ``messages`` in all
        targets = [t + 200 for t in targets]  # the writer takes 200 off a byte target
    else:
        targets = [int(size_bytes * w / sum(weights)) for w in weights]
    started = time.perf_counter()
    planted_fh = open(planted_path, "w", encoding="utf-8") if planted_path else None  # noqa: SIM115
    planted_n = 0

    def plant(chat_id: int, mid: int, kind: str, value: str) -> None:
        nonlocal planted_n
        planted_n += 1
        planted_fh.write(json.dumps({"chat": chat_id, "id": mid, "kind": kind, "value": value},
                                    ensure_ascii=False) + "\n")

    if planted_fh:
        for chat in chats:
            chat.planted = plant
    with open(out, "wb", buffering=1024 * 1024) as fh:
        w = Writer(fh)
        if total_chats == 1:
            write_chat(w, chats[0], targets[0] - 200, 0, by_count)
        else:
            w.write("{\n " + '"about": ' + _q(ABOUT))
            personal = {"user_id": owner_id, "first_name": owner_first, "last_name": owner_last,
                        "phone_number": Sensitive(rng).phone(), "username": "@" + CHANNEL_HANDLES[0] + "_admin",
                        "bio": "Новини без паніки"}
            w.write(',\n "personal_information": ' + ser(personal, 1))
            sens = Sensitive(rng)
            contacts = []
            for _ in range(rng.randint(3, 12)):
                stamp = START_TS - rng.randint(0, 10**8)
                contacts.append({"user_id": rng.randint(10_000_000, 7_999_999_999),
                                 "first_name": rng.choice(USER_FIRST), "last_name": rng.choice(USER_LAST),
                                 "phone_number": sens.phone(),
                                 "date": datetime.fromtimestamp(stamp, tz).strftime("%Y-%m-%dT%H:%M:%S"),
                                 "date_unixtime": str(stamp)})
            w.write(',\n "contacts": ' + ser({"about": "If you allow access, Telegram continuously syncs your "
                                                      "contacts.", "list": contacts}, 1))
            frequent = [{"id": int(c.id), "category": "people", "type": "user" if c.kind == "personal_chat"
                         else c.kind, "name": c.name, "rating": round(rng.random(), 6)} for c in chats[:3]]
            w.write(',\n "frequent_contacts": ' + ser({"about": "This rating shows which people you message "
                                                               "often.", "list": frequent}, 1))
            for section, members in (("chats", chats[:n_chats]), ("left_chats", chats[n_chats:])):
                if not members:
                    continue
                about = ("This page lists all chats from this export." if section == "chats"
                         else "This page lists all supergroups and channels from this export that you've left.")
                w.write(f',\n "{section}": {{\n  "about": {_q(about)},\n  "list": [')
                for j, chat in enumerate(members):
                    w.write(("\n" if j == 0 else ",\n") + "   ")
                    write_chat(w, chat, targets[chats.index(chat)] - 200, 3, by_count)
                w.write("\n  ]\n }")
            w.write("\n}")
        written = w.bytes
    if planted_fh:
        planted_fh.close()
    elapsed = time.perf_counter() - started
    per_chat = []
    totals = Counts()
    for i, chat in enumerate(chats):
        entry = {"name": chat.name, "type": chat.kind, "id": chat.id,
                 "section": "chats" if i < n_chats or total_chats == 1 else "left_chats", **chat.counts.c}
        per_chat.append(entry)
        for k, v in chat.counts.c.items():
            totals.c[k] += v
        for k, v in chat.counts.features.items():
            totals.feat(k, v)
    return {
        "file": out.name,
        "bytes": written,
        "seed": seed,
        "size_mb_requested": None if by_count else size_bytes / MB,
        "messages_requested": messages,
        "languages": languages,
        "content": content,
        "shape": "single chat" if total_chats == 1 else "full account",
        "tz": tz_name,
        **totals.c,
        "chats": per_chat,
        "features": dict(sorted(totals.features.items())),
        "planted_file": planted_path.name if planted_path else None,
        "planted": planted_n,
        "generator_seconds": round(elapsed, 2),
    }


def counts_path(out: Path) -> Path:
    return out.with_name(out.stem + ".counts.json")


def planted_path_for(out: Path) -> Path:
    return out.with_name(out.stem + ".planted.jsonl")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    size = ap.add_mutually_exclusive_group(required=True)
    size.add_argument("--size-mb", type=float, help="approximate file size in MB (2^20 bytes)")
    size.add_argument("--messages", type=int, help="exactly this many messages (all kinds, all chats) instead")
    ap.add_argument("--out", type=Path, required=True, help="the export to write (e.g. result.json)")
    ap.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same file [1]")
    ap.add_argument("--chats", type=int, default=1,
                    help="1: a single public channel export; K>1: a full-account export with K chats [1]")
    ap.add_argument("--left-chats", type=int, default=0,
                    help="also write this many channels under left_chats (full-account exports only) [0]")
    ap.add_argument("--quirks", type=float, default=0.0,
                    help="fraction of text messages carrying a control character written as \\xHH, "
                         "as tdesktop does (#27571): invalid JSON the reader must repair [0]")
    ap.add_argument("--languages", choices=LANGUAGE_CHOICES, default="mix",
                    help="language of the text messages: mix (per chat, ru/uk/en weighted as before), even "
                         "(a third each), or one of en, ru, uk [mix]")
    ap.add_argument("--content", choices=("classic", "rich"), default="classic",
                    help="classic: short posts (about 125 characters of text; what the ingest figures use); "
                         "rich: longer posts (about 450 characters, a few sentences each) full of attributions "
                         "(named officials, according to X, anonymous sources, media citing sources, hedges, "
                         "denials, quotations) and own-voice sentences, for the extraction benchmark [classic]")
    ap.add_argument("--tz", default="Europe/Kyiv", help="local time zone of the exporting machine [Europe/Kyiv]")
    ap.add_argument("--counts", type=Path, default=None, help="sidecar with the counts [<out stem>.counts.json]")
    ap.add_argument("--planted", type=Path, default=None,
                    help="JSON Lines of every coordinate, map link and phone number written into a text, with its "
                         "chat and message id, for leak checks [<out stem>.planted.jsonl]")
    args = ap.parse_args(argv)
    if args.chats < 1 or (args.size_mb is not None and args.size_mb <= 0) or args.left_chats < 0:
        ap.error("--chats must be >= 1, --size-mb > 0, --left-chats >= 0")
    if args.messages is not None and args.messages < args.chats + args.left_chats:
        ap.error("--messages must be at least one a chat")
    if args.chats == 1 and args.left_chats:
        ap.error("--left-chats needs a full-account export (--chats > 1)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    counts = generate(args.out, int((args.size_mb or 0) * MB), args.seed, args.chats, args.left_chats, args.quirks,
                      args.tz, args.planted or planted_path_for(args.out), args.languages, args.content, args.messages)
    sidecar = args.counts or counts_path(args.out)
    sidecar.write_text(json.dumps(counts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{counts['messages']:,} messages ({counts['text_messages']:,} text, {counts['media_only']:,} media-only, "
          f"{counts['service']:,} service) in {len(counts['chats'])} chat(s); {counts['bytes']:,} bytes "
          f"({counts['bytes'] / MB:.1f} MB, {counts['bytes'] / max(1, counts['messages']):.0f} bytes/message) "
          f"in {counts['generator_seconds']:.1f} s -> {args.out}")
    print(f"counts: {sidecar}; {counts['planted']:,} planted sensitive values: "
          f"{args.planted or planted_path_for(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
