"""Property tests for extraction: whatever words a post strings together, the extractor
returns mentions whose offsets lie in the text and whose words are the text's, and never
raises (a raised error loses the whole document at ingest)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimledger.extract import Extractor
from claimledger.model import Document

# Words the readers react to (cues, sources, pronouns, pointing words, hedges, titles), and
# the punctuation that splits, quotes and signs: short sentences of them reach the corner
# cases ("This.", "— Reuters", "«…», — сказал он") far more often than prose does.
WORDS = {
    "en": ["said", "told", "claims", "denied", "called", "according", "to", "the", "this", "these", "claim",
           "reports", "it", "he", "she", "they", "which", "who", "governor", "Oleh", "Kiper", "Reuters",
           "officials", "residents", "reportedly", "could", "not", "be", "verified", "a", "fake", "that",
           "drones", "were", "downed", "in", "Kyiv", "40", "but", "unconfirmed", "our", "an"],
    "ru": ["заявил", "сообщили", "по", "словам", "данным", "это", "эти", "данные", "его", "её", "они",
           "который", "губернатор", "Гладков", "в", "Кремле", "Минобороны", "якобы", "невозможно",
           "проверить", "назвали", "фейком", "опроверг", "что", "жители", "пишут", "ТАСС", "однако",
           "Раньше", "этой", "ситуации", "Москва", "40", "дронов"],
    "uk": ["заявив", "повідомили", "за", "словами", "даними", "це", "ці", "дані", "його", "її", "вони",
           "які", "голова", "ОВА", "Федоров", "у", "Генштабі", "нібито", "неможливо", "перевірити",
           "назвали", "фейком", "спростував", "що", "мешканці", "пишуть", "Раніше", "ЗМІ", "40", "дронів"],
}
CLAIM = {"en": "The governor said that 40 drones were downed.", "ru": "Губернатор заявил, что сбиты 40 дронов.",
         "uk": "Губернатор заявив, що збито 40 дронів."}
PUNCTUATION = [",", ".", ":", " —", "«", "»", "“", "”", '"', "?", "!", "\n", "(", ")", ";"]


@st.composite
def posts(draw):
    """A few sentences, some of one or two words ("The.", "Это так."), which the readers of
    the sentence before meet too."""
    language = draw(st.sampled_from(sorted(WORDS)))
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        vocabulary = st.sampled_from(WORDS[language] + PUNCTUATION)
        pieces = draw(st.lists(vocabulary, min_size=1, max_size=2) | st.lists(vocabulary, min_size=1, max_size=14))
        text = ""
        for piece in pieces:
            text += piece if piece in PUNCTUATION and piece not in ("«", "“", "(") else f" {piece}"
        text = text.strip()
        sentences.append(text[:1].upper() + text[1:])
    # an attribution first, so what follows is read as more about a claim too
    return language, " ".join([CLAIM[language], *(f"{s}." for s in sentences)])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts())
@example(("en", CLAIM["en"] + " The."))  # a lone determiner after a claim (once an IndexError)
@example(("en", CLAIM["en"] + " These, were this said."))  # a second subject that is no source (once a ValueError)
def test_extraction_never_raises_and_keeps_to_the_text(post):
    language, text = post
    doc = Document(id="p", format="text", path="p.txt", text=text, language=language)
    for m in Extractor().extract(doc):
        assert 0 <= m.sentence_start <= m.sentence_end <= len(text)
        assert 0 <= m.content_start <= m.content_end <= len(text)
        if m.cue_start is not None:
            assert 0 <= m.cue_start <= m.cue_end <= len(text)
        assert m.content.strip()


# Posts with redaction tokens in them, as the ledger stores them: the digest in each token
# depends on the ledger's key, never what is read from the post.
REDACTED = [
    ("en", "Exact spot for those who need it: [location#{0}], call me [phone#{1}]"),
    ("en", "The governor said the shelter at [location#{0}] is open; write to [email#{1}] for help."),
    ("ru", "Координаты переправы, которые публикуют в канале: [location#{0}]. Звоните [phone#{1}]."),
    ("uk", "Телефон гарячої лінії ОВА: [phone#{0}]. Як повідомила поліція, евакуйовано 280 мешканців."),
]
DIGEST = st.text(alphabet="0123456789abcdef", min_size=8, max_size=8)
_DIGEST_IN_TOKEN = re.compile(r"#[0-9a-f]{8}\]")


def _read(language: str, text: str) -> list[tuple]:
    doc = Document(id="p", format="text", path="p.txt", text=text, language=language)
    return [(m.source, m.source_kind, m.cue, m.stance, _DIGEST_IN_TOKEN.sub("#]", m.content), m.hedges)
            for m in Extractor().extract(doc)]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(REDACTED), DIGEST, DIGEST)
def test_what_is_read_does_not_depend_on_the_digests_of_redaction_tokens(post, first, second):
    language, template = post
    assert _read(language, template.format(first, second)) == _read(language, template.format("0" * 8, "f" * 8))
