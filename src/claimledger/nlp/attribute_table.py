"""spaCy's attribute ruler with its rules read from a table.

The English model's attribute ruler turns the tagger's fine tags into parts of speech and
morphology with 179 token rules ("TAG NN → NOUN", "LOWER ca, TAG MD → lemma can", …),
matched by spaCy's general Matcher on every sentence: 17% of the English model's time on
the synthetic corpus. Every rule tests one token, or two neighbours, on the token's own
tag, lower-case form, dependency and whitespace, so which rules a token meets depends on
those four values alone and is looked up once per combination.

The rules, the attributes they set and the order they are applied in (later rules win)
are the ruler's own; only the matching is ours. tests/nlp/test_parse.py checks that the
parses are those of spaCy's ruler.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The token values a rule can test, by the Matcher's attribute names.
_FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_CACHE_LIMIT = 200_000


class UnsupportedRule(ValueError):
    """A rule this table cannot read; the model keeps spaCy's own ruler."""


def _predicate(field: str, wanted) -> Callable[[tuple], bool]:
    at = _FIELDS[field]
    if not isinstance(wanted, dict):
        return lambda values: values[at] == wanted
    if set(wanted) == {"IN"}:
        options = frozenset(wanted["IN"])
        return lambda values: values[at] in options
    if set(wanted) == {"NOT_IN"}:
        options = frozenset(wanted["NOT_IN"])
        return lambda values: values[at] not in options
    if set(wanted) == {"REGEX"}:
        pattern = re.compile(wanted["REGEX"])
        return lambda values: pattern.search(values[at]) is not None
    raise UnsupportedRule(f"{field}: {wanted}")


def _token_test(token_pattern: dict) -> Callable[[tuple], bool]:
    if not token_pattern or any(field not in _FIELDS for field in token_pattern):
        raise UnsupportedRule(str(token_pattern))
    tests = [_predicate(field, wanted) for field, wanted in token_pattern.items()]
    return lambda values: all(test(values) for test in tests)


class AttributeTable:
    """Applies an ``AttributeRuler``'s rules to a Doc, as the ruler would."""

    def __init__(self, ruler) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        self._set = set_token_attrs
        self._attrs = ruler.attrs
        self._indices = ruler.indices
        self._tests: list[Callable[[tuple], bool]] = []  # every token of every pattern of every rule
        self._single: list[tuple[int, int]] = []  # (rule, its test) of one-token patterns
        self._multi: list[tuple[int, tuple[int, ...]]] = []  # (rule, its tests in order) of longer ones
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if any("OP" in token for token in pattern):
                    raise UnsupportedRule(str(pattern))
                ids = tuple(range(len(self._tests), len(self._tests) + len(pattern)))
                self._tests.extend(_token_test(token_pattern) for token_pattern in pattern)
                if len(ids) == 1:
                    self._single.append((rule, ids[0]))
                else:
                    self._multi.append((rule, ids))
        self._met: dict[tuple, tuple[tuple[int, ...], frozenset[int]]] = {}

    def _meets(self, key: tuple[int, int, int, int], strings) -> tuple[tuple[int, ...], frozenset[int]]:
        """The one-token rules a token with these values meets, and the tests of longer
        patterns it passes."""
        tag, lower, dep, space = key
        values = (strings[tag] if tag else "", strings[lower] if lower else "", strings[dep] if dep else "",
                  bool(space))
        passed = {k for k, test in enumerate(self._tests) if test(values)}
        met = (tuple(rule for rule, element in self._single if element in passed),
               frozenset(e for _, ids in self._multi for e in ids if e in passed))
        if len(self._met) > _CACHE_LIMIT:
            self._met.clear()
        self._met[key] = met
        return met

    def __call__(self, doc):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        # the four values as the vocabulary's ids, in one call: far cheaper than reading
        # them token by token
        keys = list(map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()))
        strings, known = doc.vocab.strings, self._met
        met = [known[key] if key in known else self._meets(key, strings) for key in keys]
        matches: set[tuple[int, int, int]] = set()  # (rule, start, end), as the Matcher finds them
        for start, (rules, elements) in enumerate(met):
            for rule in rules:
                matches.add((rule, start, start + 1))
            if elements:
                for rule, ids in self._multi:
                    end = start + len(ids)
                    if end <= len(met) and all(e in met[start + k][1] for k, e in enumerate(ids)):
                        matches.add((rule, start, end))
        # all rules are matched on the tokens as the tagger left them, then applied in
        # the ruler's order: a later rule overrides an earlier one
        for rule, start, end in sorted(matches):
            index = self._indices[rule]
            self._set(doc[(start if index >= 0 else end) + index], self._attrs[rule])
        return doc


_NAME = "claimledger_attribute_table"


def install(nlp) -> None:
    """Put the table in place of ``nlp``'s attribute ruler (kept if a rule is unreadable)."""
    from spacy.language import Language

    if "attribute_ruler" not in nlp.pipe_names:
        return
    if not Language.has_factory(_NAME):
        Language.factory(_NAME, func=_make_table)
    try:
        nlp.add_pipe(_NAME, after="attribute_ruler")
    except UnsupportedRule:
        return
    nlp.remove_pipe("attribute_ruler")


def _make_table(nlp, name: str) -> AttributeTable:
    return AttributeTable(nlp.get_pipe("attribute_ruler"))
