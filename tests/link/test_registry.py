"""The source registry (sources.yaml): names across scripts and aliases, validation with
one-line errors naming the file and the entry, and what it changes in the ledger (one
origin under its registered name, supporters' affiliations, the one_side_only flag)."""

from __future__ import annotations

import json

import pytest

from claimledger.errors import ConfigError
from claimledger.link import registry
from tests.helpers import DEV, write

REGISTRY = """\
- name: Ivan Sokil
  aliases: [head of the district military administration]
  kind: person
  affiliation: Ukrainian authorities
- name: Regional police
  aliases: [обласна поліція]
  kind: official
  affiliation: Ukrainian authorities
- name: Southern Dispatch
  kind: channel
  affiliation: Ukrainian authorities
- name: Radio Step
  aliases: Радио Степ
"""


@pytest.fixture
def sources_file(tmp_path):
    return write(tmp_path / "sources.yaml", REGISTRY)


def test_names_aliases_scripts_and_surnames_find_the_registered_source(sources_file):
    reg = registry.load(sources_file)
    sokil = reg.find("Ivan Sokil")
    assert sokil is not None and sokil.affiliation == "Ukrainian authorities" and sokil.kind == "person"
    # any case, another script, an alias, the surname alone
    for name in ("IVAN SOKIL", "Іван Сокіл", "Иван Сокил", "Head of the District Military Administration", "Sokil"):
        assert reg.find(name) is sokil, name
    assert reg.find("обласна поліція").name == "Regional police"
    assert reg.find("радио степ").name == "Radio Step"  # a single alias may be written without a list
    assert reg.affiliation("Radio Step") is None and reg.find("Petro Sokolov") is None
    assert reg.find("") is None and reg.find(None) is None


@pytest.mark.parametrize("text, message", [
    ("- name: A\n  kind: persn\n", "(entry 1, 'A'): kind 'persn' is not one of person, official"),
    ("- name: A\n- aliases: [B]\n", "(entry 2): 'name' is missing"),
    ("- name: A\n  side: west\n", "(entry 1, 'A'): unknown field 'side'; valid fields: name, aliases, kind, "
                                   "affiliation"),
    ("- name: A\n  aliases: [[B]]\n", "(entry 1, 'A'): 'aliases' must be a list of names"),
    ("- name: A\n  affiliation: [x]\n", "(entry 1, 'A'): 'affiliation' must be text"),
    ("- name: Ivan Sokil\n- name: B\n  aliases: [Іван Сокіл]\n", "(entry 2, 'B'): the name 'Іван Сокіл' also names"),
    ("name: A\n", "must be a list of {name, aliases, kind, affiliation} entries, not a dict"),
    ("- name: A\n  kind: [\n", "(line 3): not YAML"),
    ("- just a string\n", "(entry 1): expected a mapping"),
])
def test_a_bad_registry_is_one_clear_error_naming_file_and_entry(tmp_path, text, message):
    path = write(tmp_path / "sources.yaml", text)
    with pytest.raises(ConfigError) as caught:
        registry.load(path)
    assert str(caught.value).startswith(str(path)) and message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_an_empty_registry_and_the_sources_key_are_accepted(tmp_path):
    assert len(registry.load(write(tmp_path / "a.yaml", ""))) == 0
    assert registry.load(write(tmp_path / "b.yaml", "sources:\n  - name: A\n")).find("a").name == "A"


def test_cli_errors_on_a_bad_or_missing_registry_exit_2(cli, db, tmp_path):
    bad = write(tmp_path / "bad.yaml", "- name: A\n  kind: persn\n")
    result = cli("ingest", str(DEV / "docs" / "d3.txt"), "--db", str(db), "--sources", str(bad))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1].startswith(f"claimledger: error: {bad} (entry 1, 'A'): kind")
    missing = cli("claims", "--db", str(db), "--sources", str(tmp_path / "none.yaml"))
    assert missing.exit_code == 2 and "no such source registry file" in missing.stderr


def corroborated(cli, db, *extra) -> dict:
    found = [json.loads(line) for line in
             cli("claims", "--db", str(db), "--status", "corroborated", "--json", *extra).stdout.splitlines()]
    return next(g for g in found if "evacuated" in g["summary"])


def test_registry_makes_one_origin_of_aliases_and_flags_one_sided_support(cli, tmp_path, own_extractor,
                                                                           sources_file):
    # Without a registry the evacuation claim has four origins, "regional police" and
    # "обласна поліція" among them; with it they are one, and all three origins left are
    # registered with one affiliation: corroborated, one side only.
    plain = tmp_path / "plain.db"
    cli("ingest", str(DEV / "docs"), "--db", str(plain), extractor=own_extractor)
    before = corroborated(cli, plain)
    assert {"regional police", "обласна поліція"} <= set(before["origins"])
    assert before["flags"] == [] and before["affiliations"] == []

    db = tmp_path / "registered.db"
    result = cli("ingest", str(DEV / "docs"), "--db", str(db), "--sources", str(sources_file),
                 extractor=own_extractor)
    assert result.exit_code == 0, result.stderr
    after = corroborated(cli, db)
    assert after["origins"] == ["Ivan Sokil", "Regional police", "Southern Dispatch"]
    assert after["flags"] == ["one_side_only"] and after["affiliations"] == ["Ukrainian authorities"]
    trail = cli("show", after["id"], "--db", str(db), "--sources", str(sources_file)).stdout
    assert "corroborated, one side only: three independent origins" in " ".join(trail.split())

    # a registry with a second side, on a ledger linked without one: `link --all` applies it
    two_sided = write(tmp_path / "two.yaml", REGISTRY.replace("  kind: channel\n  affiliation: Ukrainian authorities",
                                                              "  kind: channel\n  affiliation: Independent media"))
    relinked = cli("link", "--all", "--db", str(plain), "--sources", str(two_sided))
    assert relinked.exit_code == 0
    relinked = corroborated(cli, plain)
    assert relinked["flags"] == [] and relinked["affiliations"] == ["Independent media", "Ukrainian authorities"]


def test_sources_command_counts_spellings_as_one_and_shows_affiliation(cli, tmp_path, own_extractor, sources_file,
                                                                       monkeypatch):
    db = tmp_path / "l.db"
    cli("ingest", str(DEV / "docs"), "--db", str(db), extractor=own_extractor)
    monkeypatch.setenv("CLAIMLEDGER_SOURCES", str(sources_file))
    listed = [json.loads(line) for line in cli("sources", "--db", str(db), "--json").stdout.splitlines()]
    sokil = next(s for s in listed if s["name"] == "Ivan Sokil")
    assert sokil["kind"] == "person" and sokil["affiliation"] == "Ukrainian authorities"
    assert {"Іван Сокіл", "Иван Сокил"} <= set(sokil["also_written"])
    assert sokil["denies"] == 1 and sokil["supports"] >= 1 and sokil["corroborated"] >= 1
    assert not [s for s in listed if s["name"] in ("Іван Сокіл", "Иван Сокил")]
    police = next(s for s in listed if s["name"] == "Regional police")
    assert police["mentions"] == 2 and police["also_written"] == ["regional police", "обласна поліція"]
    human = cli("sources", "--db", str(db)).stdout
    assert "Ivan Sokil (person, Ukrainian authorities)" in human
    # and --source finds the groups of a registered source by its alias
    by_alias = cli("claims", "--db", str(db), "--source", "head of the district military administration", "--json")
    assert len(by_alias.stdout.splitlines()) >= 3
