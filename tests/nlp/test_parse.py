"""The English model's configuration: how its matrices are multiplied."""

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
