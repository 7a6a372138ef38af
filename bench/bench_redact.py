"""How fast is redaction? Prints messages/s on synthetic Telegram-like posts in ru/uk/en.

    python bench/bench_redact.py                 # 20,000 synthetic messages
    python bench/bench_redact.py -n 50000 --seed 7
    python bench/bench_redact.py --corpus ../shared/corpora/ru-telegram-news-2024

Most posts hold nothing to redact, so the synthetic mix is 90% clean text (with the
dates, times, counts, prices, links, hashtags and @channels that news posts are full
of) and 10% with one sensitive item of each kind in turn. Target: >= 20,000 messages/s
on one core. ``--corpus`` also times real posts from Telegram JSON arrays.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

try:
    from claimledger.nlp.redact import Redactor
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from claimledger.nlp.redact import Redactor

SENTENCES = {
    "ru": [
        "По данным Минобороны, за сутки сбито {n} беспилотников.",
        "{date} в {time} в районе {place} прогремели взрывы, сообщает корреспондент.",
        "Потери противника составили до {count} человек, уничтожено {n} единиц техники.",
        "Бюджет программы — {money} миллиарда рублей, сообщил источник.",
        "Подробнее: {url}",
        "Подписывайтесь на {channel} #новости #{place}",
        "Цены выросли на {pct}% за год, следует из данных Росстата.",
        "Матч завершился со счётом {score}, пишет {channel}.",
        "Обновление {version} уже доступно, скидки {price}₽ до {short_date}.",
    ],
    "uk": [
        "За даними Генштабу, за добу знищено {n} ворожих дронів.",
        "{date} о {time} у районі {place} пролунали вибухи, повідомляє кореспондент.",
        "Втрати ворога становлять близько {count} осіб.",
        "Детальніше: {url}",
        "Підписуйтесь на {channel} #новини",
        "Ціни зросли на {pct}% — повідомив представник уряду.",
    ],
    "en": [
        "Officials said {count} deserters were detained on {date}.",
        "Explosions were reported near {place} at {time}, according to local media.",
        "Read more: {url}",
        "Follow {channel} for updates #Ukraine #war",
        "The package is worth ${money} billion, the ministry said.",
    ],
}
PLACES = ["Запорожье", "Запоріжжя", "Курахово", "Покровськ", "Herson", "Kharkiv", "Донецк", "Одеса"]
CHANNELS = ["@rian_ru", "@tass_agency", "@ukrpravda_news", "@DeepStateUA", "@bbcrussian"]
URLS = [
    "https://ria.ru/20241204/ukraina-{id}.html",
    "https://t.me/rian_ru/{id}",
    "https://www.pravda.com.ua/news/2024/12/4/{id}/",
    "https://www.bbc.com/russian/articles/c{id}o",
]


def _clean(rng: random.Random, lang: str) -> str:
    thousands = "," if lang == "en" else " "  # "1,500 deserters", "1 500 человек"
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    fields = {
        "n": rng.randint(2, 300),
        "count": f"{rng.randint(1, 99)}{thousands}{rng.randint(100, 999)}",
        "date": f"2024-{month:02d}-{day:02d}" if lang == "en" else f"{day:02d}.{month:02d}.2024",
        "short_date": f"{rng.randint(1, 28)}.{rng.randint(1, 12)}",
        "time": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        "place": rng.choice(PLACES),
        "money": f"{rng.randint(1, 9)},{rng.randint(10, 99)}",
        "url": rng.choice(URLS).format(id=rng.randint(10_000, 2_000_000_000)),
        "channel": rng.choice(CHANNELS),
        "pct": f"{rng.randint(1, 40)}.{rng.randint(0, 9)}",
        "score": f"{rng.randint(0, 5)}:{rng.randint(0, 5)}",
        "version": f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
        "price": f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
    }
    count = rng.randint(1, 6)
    return " ".join(rng.choice(SENTENCES[lang]).format(**fields) for _ in range(count))


def _sensitive(rng: random.Random, kind: int) -> str:
    lat, lon = rng.uniform(44, 52), rng.uniform(22, 40)
    d, m = int(lat), (lat - int(lat)) * 60
    e, n = int(lon), (lon - int(lon)) * 60
    mobile = f"{rng.choice(['50', '67', '97'])}{rng.randint(0, 9_999_999):07d}"
    return [
        f"координаты {lat:.5f}, {lon:.5f}",
        f"{d}°{int(m):02d}'{(m % 1) * 60:04.1f}\"N {e}°{int(n):02d}'{(n % 1) * 60:04.1f}\"E",
        f"37T DN {rng.randint(10000, 99999)} {rng.randint(10000, 99999)}",
        f"https://www.google.com/maps/@{lat:.6f},{lon:.6f},15z",
        f"https://yandex.ru/maps/?ll={lon:.6f}%2C{lat:.6f}&z=15",
        f"тел. +380 {mobile[:2]} {mobile[2:5]} {mobile[5:7]} {mobile[7:]}",
        f"звоните 8 (800) 555-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        f"пишите на ivan.{rng.randint(1, 999)}@example.com",
        "8GVPHX2R+RM",
    ][kind % 9]


def synthetic(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = _clean(rng, rng.choice(["ru", "ru", "uk", "en"]))
        if i % 10 == 0:
            words = text.split(" ")
            words.insert(rng.randint(0, len(words)), _sensitive(rng, i // 10))
            text = " ".join(words)
        out.append(text)
    return out


def corpus(path: Path) -> list[str]:
    texts = []
    for file in sorted(path.glob("*.json")):
        for message in json.loads(file.read_text(encoding="utf-8")):
            if isinstance(message.get("text"), str) and message["text"]:
                texts.append(message["text"])
    return texts


def run(name: str, texts: list[str], redactor: Redactor, repeat: int) -> None:
    kinds: Counter[str] = Counter()
    for text in texts:  # warm up, and count what is found
        kinds.update(r.kind for r in redactor.find(text))
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            redactor.redact(text)
        best = min(best, time.perf_counter() - start)
    chars = sum(map(len, texts)) / max(1, len(texts))
    found = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "nothing"
    rate = len(texts) / best
    print(f"{name:<22} {len(texts):>7,} msgs  {chars:6.0f} chars/msg  {rate:>9,.0f} msgs/s  found: {found}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=20_000, help="synthetic messages (default 20,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    parser.add_argument("--corpus", type=Path, help="a directory of Telegram JSON arrays to time as well")
    args = parser.parse_args()

    redactor = Redactor(b"benchmark key, not a secret....")  # 32 bytes; never the user's key
    texts = synthetic(args.n, args.seed)
    run("synthetic, all", texts, redactor, args.repeat)
    run("synthetic, clean", [t for i, t in enumerate(texts) if i % 10], redactor, args.repeat)
    run("synthetic, sensitive", texts[::10], redactor, args.repeat)
    if args.corpus:
        run(f"corpus {args.corpus.name}"[:22], corpus(args.corpus), redactor, args.repeat)


if __name__ == "__main__":
    main()
