"""Eighty-eight more evaluation sets in the dev set's format, written by hand for this project
(tests/fixtures/heldout/README.md): other events, places, people and phrasings than the dev
set's, in English, Russian and Ukrainian, annotated before the extractor was run on them.
The first four were then used to find what extraction and linking missed (h1, a fuel depot
on fire, most; h2, a strike that cut power, h3, a hospital hit, and h4, a village claimed
taken, after a first run); h5, a jet claimed downed and a prisoner exchange, was not, and h6,
a power plant destroyed, gave one lexicon line after its first run, and h7, a market struck,
h8, a man detained by recruiters, h9, a refinery struck by drones, h10, prisoners said
executed, h11, families evacuated, and h12, a nuclear plant without power, were written in a
later session and fixed after their first runs; h13, drone fragments in Romania, was run once,
at the session's end, and changed nothing; h14, an ammunition depot on fire, written last,
gave one rule; h15, an aid convoy shelled, written at the start of the next session, h16,
a chemical agent said to be used, h17, a railway bridge blown up, h18, a school shelter
struck, and h19, a bus hit by a drone, each written after the fixes of the one before, gave that
session's rules; h20, a telecom tower hit, was run once and changed nothing; h21, men detained
at a border river, written after it, gave four concept lines; h22, drones on an oil depot near
Moscow, was run once at the session's end; h23, a grain ship hit in port, h24, a helicopter
said shot down, h25, a dam struck and a village flooded, and h26, a cyberattack on a power
distributor, were written in the session after by helpers who had not seen the code, and
fixed after their first runs, and h27, a prisoner exchange and torture alleged, and h28, a
shopping centre struck, after theirs; h29, a railway station shelled, and h30, a border
village claimed taken, after those; h31, drone debris on a block of flats, and h32, forced
mobilisation alleged in an occupied town, last; h33 (a road bridge struck), h34 (an aid convoy
hit), h35 (a school said to quarter soldiers) and h36 (children taken to camps), written by
helpers the session after, all four before any fix; h37 (a blackout after explosions at a
substation), h38 (an armoured column claimed destroyed), h39 (a hospital evacuated after
shelling) and h40 (deserters after a failed assault), written by helpers after those fixes;
h41 (a train derailed), h42 (an airfield struck), h43 (graves found after a town was
retaken) and h44 (a port terminal and a cargo ship struck), written last; h45 (a mine in a
field said to be cleared), h46 (a cross-border raid), h47 (occupation "elections") and h48
(an airliner diverted by jamming), written by helpers at the start of the session after, and h49 (an
aid warehouse burned), h50 (a prisoner exchange postponed), h51 (a power plant knocked out) and h52
(refugees' cars fired on), written after their fixes, and h53 (a grain elevator struck), h54 (a
general reported killed), h55 (telecom towers down) and h56 (a school bus hit), written after those, and
h57-h60 (a railway bridge blown up, children evacuated by force, a refinery hit, bodies exchanged),
written at that session's very end and fixed in the next, with h61-h68 (a hospital hit by a
glide bomb, conscription raids at metro exits, a ferry crossing struck, a cyberattack on a
registry, a landing ship hit, an aid point shelled, an official arrested and an air base hit,
ships stuck after a port strike) and h69-h72 (a water pumping station struck, a village
claimed retaken, an ammunition depot on fire, passports forced on an occupied district) and
h73-h76 (a telecom hub blown up, an ammunition train hit, a poisoning rumoured at a camp, a
toll disputed after a mall strike), written by helpers during that session, h77-h80 (a dam
spillway shelled, a journalist detained, drone debris on a block of flats, a general said to
be poisoned), fixed after their first runs, and h81-h84 (an evacuation convoy attacked, an oil
depot on fire, executions of prisoners alleged, outage schedules disputed), fixed after their
first runs too, and h85-h88 (a railway station struck during an evacuation, a fighter jet
said downed, a humanitarian corridor failed, a fraud ring targeting soldiers' families), run
once at the session's end and not fixed. Their floors
sit a little under what was measured (the closing note of issue 3 has the figures): a
regression in extraction or linking on text like the dev set's but not written for fails here."""

from __future__ import annotations

import pytest

from claimledger import evaluate
from tests.helpers import FIXTURES

SETS = {
    "h1": {"f1": 0.9, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.6, "status": 0.6},
    "h2": {"f1": 0.9, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.75, "status": 0.8},
    "h3": {"f1": 0.88, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.6, "status": 0.5},
    "h4": {"f1": 0.9, "source_kind": 0.95, "hedge": 0.85, "grouping_crosslingual": 0.45, "status": 0.7},
    "h5": {"f1": 0.88, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.55, "status": 0.7},
    "h6": {"f1": 0.9, "source_kind": 0.85, "hedge": 0.95, "grouping_crosslingual": 0.4, "status": 0.5},
    "h7": {"f1": 0.93, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.42, "status": 0.75},
    "h8": {"f1": 0.93, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.4, "status": 0.5},
    "h9": {"f1": 0.85, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.7, "status": 0.9},
    "h10": {"f1": 0.9, "source_kind": 0.85, "hedge": 0.95, "grouping_crosslingual": 0.2, "status": 0.5},
    "h11": {"f1": 0.9, "source_kind": 0.8, "hedge": 0.95, "grouping_crosslingual": 0.6, "status": 0.8},
    "h12": {"f1": 0.85, "source_kind": 0.85, "hedge": 0.95, "grouping_crosslingual": 0.45, "status": 0.6},
    "h13": {"f1": 0.9, "source_kind": 0.85, "hedge": 0.95, "grouping_crosslingual": 0.0, "status": 0.75},
    "h14": {"f1": 0.9, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.7, "status": 0.9},
    "h15": {"f1": 0.9, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.45, "status": 0.9},
    "h16": {"f1": 0.9, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.35, "status": 0.7},
    "h17": {"f1": 0.78, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.65, "status": 0.5},
    "h18": {"f1": 0.95, "source_kind": 0.85, "hedge": 0.85, "grouping_crosslingual": 0.1, "status": 0.7},
    "h19": {"f1": 0.95, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.9, "status": 0.6},
    "h20": {"f1": 0.85, "source_kind": 0.7, "hedge": 0.95, "grouping_crosslingual": 0.0, "status": 0.9},
    "h21": {"f1": 0.85, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.35, "status": 0.8},
    "h22": {"f1": 0.95, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.0, "status": 0.5},
    "h23": {"f1": 0.95, "source_kind": 0.93, "hedge": 0.93, "grouping_crosslingual": 0.15, "status": 0.45},
    "h24": {"f1": 0.95, "source_kind": 0.95, "hedge": 0.9, "grouping_crosslingual": 0.4, "status": 0.5},
    "h25": {"f1": 0.9, "source_kind": 0.88, "hedge": 0.93, "grouping_crosslingual": 0.0, "status": 0.55},
    "h26": {"f1": 0.82, "source_kind": 0.93, "hedge": 0.93, "grouping_crosslingual": 0.1, "status": 0.45},
    "h27": {"f1": 0.87, "source_kind": 0.93, "hedge": 0.87, "grouping_crosslingual": 0.0, "status": 0.45},
    "h28": {"f1": 0.9, "source_kind": 0.95, "hedge": 0.88, "grouping_crosslingual": 0.15, "status": 0.4},
    "h29": {"f1": 0.77, "source_kind": 0.93, "hedge": 0.93, "grouping_crosslingual": 0.3, "status": 0.3},
    "h30": {"f1": 0.82, "source_kind": 0.93, "hedge": 0.88, "grouping_crosslingual": 0.25, "status": 0.45},
    "h31": {"f1": 0.85, "source_kind": 0.85, "hedge": 0.95, "grouping_crosslingual": 0.25, "status": 0.15},
    "h32": {"f1": 0.79, "source_kind": 0.85, "hedge": 0.85, "grouping_crosslingual": 0.0, "status": 0.3},
    "h33": {"f1": 0.88, "source_kind": 0.88, "hedge": 0.95, "grouping_crosslingual": 0.25, "status": 0.25},
    "h34": {"f1": 0.88, "source_kind": 0.93, "hedge": 0.9, "grouping_crosslingual": 0.1, "status": 0.15},
    "h35": {"f1": 0.82, "source_kind": 0.87, "hedge": 0.93, "grouping_crosslingual": 0.2, "status": 0.25},
    "h36": {"f1": 0.85, "source_kind": 0.8, "hedge": 0.93, "grouping_crosslingual": 0.3, "status": 0.3},
    "h37": {"f1": 0.85, "source_kind": 0.9, "hedge": 0.9, "grouping_crosslingual": 0.15, "status": 0.2},
    "h38": {"f1": 0.8, "source_kind": 0.9, "hedge": 0.85, "grouping_crosslingual": 0.0, "status": 0.25},
    "h39": {"f1": 0.9, "source_kind": 0.93, "hedge": 0.85, "grouping_crosslingual": 0.15, "status": 0.1},
    "h40": {"f1": 0.8, "source_kind": 0.8, "hedge": 0.95, "grouping_crosslingual": 0.0, "status": 0.15},
    "h41": {"f1": 0.77, "source_kind": 0.8, "hedge": 0.9, "grouping_crosslingual": 0.0, "status": 0.1},
    "h42": {"f1": 0.8, "source_kind": 0.95, "hedge": 0.85, "grouping_crosslingual": 0.25, "status": 0.15},
    "h43": {"f1": 0.85, "source_kind": 0.9, "hedge": 0.88, "grouping_crosslingual": 0.05, "status": 0.35},
    "h44": {"f1": 0.84, "source_kind": 0.88, "hedge": 0.93, "grouping_crosslingual": 0.1, "status": 0.35},
    "h45": {"f1": 0.92, "source_kind": 0.92, "hedge": 0.95, "grouping_crosslingual": 0.0, "status": 0.15},
    "h46": {"f1": 0.88, "source_kind": 0.88, "hedge": 0.85, "grouping_crosslingual": 0.1, "status": 0.15},
    "h47": {"f1": 0.9, "source_kind": 0.78, "hedge": 0.85, "grouping_crosslingual": 0.0, "status": 0.2},
    "h48": {"f1": 0.8, "source_kind": 0.9, "hedge": 0.95, "grouping_crosslingual": 0.0, "status": 0.25},
    "h49": {"f1": 0.88, "source_kind": 0.93, "hedge": 0.93, "grouping_crosslingual": 0.05, "status": 0.3},
    "h50": {"f1": 0.83, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.0, "status": 0.35},
    "h51": {"f1": 0.85, "source_kind": 0.9, "hedge": 0.95, "grouping_crosslingual": 0.15, "status": 0.2},
    "h52": {"f1": 0.8, "source_kind": 0.87, "hedge": 0.9, "grouping_crosslingual": 0.2, "status": 0.25},
    "h53": {"f1": 0.82, "source_kind": 0.9, "hedge": 0.93, "grouping_crosslingual": 0.35, "status": 0.2},
    "h54": {"f1": 0.72, "source_kind": 0.88, "hedge": 0.88, "grouping_crosslingual": 0.05, "status": 0.2},
    "h55": {"f1": 0.88, "source_kind": 0.88, "hedge": 0.93, "grouping_crosslingual": 0.0, "status": 0.15},
    "h56": {"f1": 0.8, "source_kind": 0.93, "hedge": 0.95, "grouping_crosslingual": 0.0, "status": 0.15},
    "h57": {"f1": 0.93, "source_kind": 0.84, "hedge": 0.92, "grouping_crosslingual": 0.19, "status": 0.15},
    "h58": {"f1": 0.95, "source_kind": 0.98, "hedge": 0.98, "grouping_crosslingual": 0.08, "status": 0.2},
    "h59": {"f1": 0.84, "source_kind": 0.83, "hedge": 0.92, "grouping_crosslingual": 0.2, "status": 0.2},
    "h60": {"f1": 0.94, "source_kind": 0.87, "hedge": 0.98, "grouping_crosslingual": 0.03, "status": 0.32},
    "h61": {"f1": 0.91, "source_kind": 0.95, "hedge": 0.75, "grouping_crosslingual": 0.27, "status": 0.09},
    "h62": {"f1": 0.84, "source_kind": 0.83, "hedge": 0.89, "grouping_crosslingual": 0.04, "status": 0.55},
    "h63": {"f1": 0.89, "source_kind": 0.76, "hedge": 0.92, "grouping_crosslingual": 0.22, "status": 0.27},
    "h64": {"f1": 0.87, "source_kind": 0.95, "hedge": 0.92, "grouping_crosslingual": 0.0, "status": 0.13},
    "h65": {"f1": 0.92, "source_kind": 0.89, "hedge": 0.92, "grouping_crosslingual": 0.15, "status": 0.15},
    "h66": {"f1": 0.88, "source_kind": 0.89, "hedge": 0.92, "grouping_crosslingual": 0.1, "status": 0.0},
    "h67": {"f1": 0.9, "source_kind": 0.89, "hedge": 0.92, "grouping_crosslingual": 0.19, "status": 0.15},
    "h68": {"f1": 0.93, "source_kind": 0.83, "hedge": 0.98, "grouping_crosslingual": 0.08, "status": 0.44},
    "h69": {"f1": 0.87, "source_kind": 0.94, "hedge": 0.98, "grouping_crosslingual": 0.13, "status": 0.32},
    "h70": {"f1": 0.85, "source_kind": 0.81, "hedge": 0.98, "grouping_crosslingual": 0.0, "status": 0.22},
    "h71": {"f1": 0.87, "source_kind": 0.92, "hedge": 0.89, "grouping_crosslingual": 0.24, "status": 0.12},
    "h72": {"f1": 0.85, "source_kind": 0.91, "hedge": 0.91, "grouping_crosslingual": 0.06, "status": 0.34},
    "h73": {"f1": 0.81, "source_kind": 0.76, "hedge": 0.98, "grouping_crosslingual": 0.0, "status": 0.07},
    "h74": {"f1": 0.89, "source_kind": 0.87, "hedge": 0.95, "grouping_crosslingual": 0.37, "status": 0.0},
    "h75": {"f1": 0.86, "source_kind": 0.75, "hedge": 0.92, "grouping_crosslingual": 0.0, "status": 0.3},
    "h76": {"f1": 0.83, "source_kind": 0.98, "hedge": 0.89, "grouping_crosslingual": 0.04, "status": 0.13},
    "h77": {"f1": 0.87, "source_kind": 0.89, "hedge": 0.92, "grouping_crosslingual": 0.0, "status": 0.58},
    "h78": {"f1": 0.84, "source_kind": 0.89, "hedge": 0.92, "grouping_crosslingual": 0.1, "status": 0.12},
    "h79": {"f1": 0.88, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.18, "status": 0.08},
    "h80": {"f1": 0.85, "source_kind": 0.83, "hedge": 0.83, "grouping_crosslingual": 0.0, "status": 0.12},
    "h81": {"f1": 0.95, "source_kind": 0.87, "hedge": 0.98, "grouping_crosslingual": 0.19, "status": 0.18},
    "h82": {"f1": 0.82, "source_kind": 0.88, "hedge": 0.94, "grouping_crosslingual": 0.28, "status": 0.47},
    "h83": {"f1": 0.95, "source_kind": 0.85, "hedge": 0.9, "grouping_crosslingual": 0.0, "status": 0.15},
    "h84": {"f1": 0.89, "source_kind": 0.95, "hedge": 0.95, "grouping_crosslingual": 0.02, "status": 0.06},
    "h85": {"f1": 0.9, "source_kind": 0.98, "hedge": 0.98, "grouping_crosslingual": 0.25, "status": 0.28},
    "h86": {"f1": 0.86, "source_kind": 0.89, "hedge": 0.86, "grouping_crosslingual": 0.08, "status": 0.15},
    "h87": {"f1": 0.83, "source_kind": 0.94, "hedge": 0.91, "grouping_crosslingual": 0.25, "status": 0.04},
    "h88": {"f1": 0.78, "source_kind": 0.62, "hedge": 0.94, "grouping_crosslingual": 0.22, "status": 0.22},
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_heldout_set_floors(name):
    floors = SETS[name]
    result = evaluate.run(FIXTURES / "heldout" / name / "gold.json").result
    assert result["attribution"]["f1"] >= floors["f1"]
    assert result["source_kind_accuracy"] >= floors["source_kind"]
    assert result["hedge_accuracy"] >= floors["hedge"]
    assert result["grouping_crosslingual"]["f1"] >= floors["grouping_crosslingual"]
    assert result["status_accuracy"] >= floors["status"]
    assert result["leaks"] == []
