"""Eighth held-out corpus (tests/data/other-stories-8), written blind.

Story T (files 01-03): a research-fraud scandal in a battery laboratory at the invented Hoshimori
University in Nagoya, Japan (Japanese names family-name-first in the Japanese outlets, 'Ishizuka
Ryosuke' and 'Ishizuka Ryōsuke' with a macron, given-name-first in the foreign one, 'Prof.', 'Dr.',
'Ms.', '-san' and '-sensei' forms, the nickname 'the Emperor', JSPS with its Japanese name, MEXT as
'Ministry of Education', a journal EMF; counts of fabricated papers and sums to repay in yen differ).
Story U (files 04-06): Argentina's Chamber of Deputies approves a new IMF loan after a devaluation by
the BCRA and a CGT general strike (Spanish compound surnames with paternal-surname second references,
the nickname 'Chano', accents dropped by the wire, 'Cámara de Diputados', a teacher Rosario Godoy beside
the city of Rosario, Plaza de Mayo beside Avenida de Mayo; loan sizes, devaluations and vote counts
differ).  Story V (files 07-09): three aid workers of a French charity (SMF) kidnapped in western Niger
by the MJS and freed after five weeks (two unrelated hostages called Maïga, spelled 'Maiga' by one
outlet, the commander Hamadou Sidibé alias "Abou Moussab" also written 'Abu Musab' and 'Amadou Sidibe',
the Hausa title Alhaji, the group's French and English names, the Quai d'Orsay, a mother and daughter
Ferrand; ransoms in three currencies, days in captivity and attacker counts differ).  All is messy web
copy: a Title/Outlet block, bylines and datelines, raw HTML with character references, markdown front
matter, a wire story whose dateline opens the first paragraph after a slug and bullets, site headers.

The articles and the gold file (the format of ../shared/tools/score_corpus.py) were written by a
helper who never saw the extraction code and never ran the workbench on them.  Its first and only run, blind, after every rule written
on 2026-11-24 (none was written for it): `aliases=48/67 (72%) canonical_found=60/63 separate=11/14
not_entities_clean=37/38 events=0/11 conflicts_required=0/8 conflicts_optional=0/4`.  What works is
asserted; each failure is a strict xfail whose cause is only what that run showed (not traced in the
code), so a fix flips it to XPASS and the mark must go.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import disagreement_found, event_matches, fold, import_case, params, resolve

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-8", DATA / "other-stories-8-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the eighth held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
        "the Emperor": "a nickname in straight single quotes inside a double-quoted quotation (\"We called him "
        "'the Emperor'\") is not read: QUOTE_RE takes single quotes only when curly",
        "Cámara de Diputados": "one article writes the Spanish name alone, another only the English one: no "
        "article glosses one by the other, and a translation is not guessed",
        "Quai d'Orsay": "a metonym (the ministry's address): nothing in the text ties it to the ministry's name",
    },
    "canonical": {
        "Avenida de Mayo": "named only in a photo caption ('Photo: Marchers fill Avenida de Mayo ...'), which "
        "ingest.layout leaves out of the passages names are read from",
    },
    "separate": {
        "Plaza de Mayo|Avenida de Mayo": "'Avenida de Mayo' is not found (see canonical)",
    },
    "not_entity": {},
    "event": {
        "2026-11-13": "blind first run: no event with this date covering the files",
        "2026-11-16": "blind first run: no event with this date covering the files",
        "2026-11-18": "blind first run: no event with this date covering the files",
        "2026-11-05": "blind first run: no event with this date covering the files",
        "2026-11-09": "blind first run: no event with this date covering the files",
        "2026-11-17": "blind first run: no event with this date covering the files",
        "2026-10-11": "blind first run: no event with this date covering the files",
        "2026-11-15": "blind first run: no event with this date covering the files",
    },
    "conflict": {
        "number of papers found to contain fabricated or falsified data": "blind first run: no conflict holding two of the values from their files",
        "research grants JSPS will recover over the Ishizuka lab fraud": "blind first run: no conflict holding two of the values from their files",
        "number of manipulated images found by the committee": "blind first run: no conflict holding two of the values from their files",
        "length of the committee's report": "blind first run: no conflict holding two of the values from their files",
        "size of Argentina's new IMF loan programme": "blind first run: no conflict holding two of the values from their files",
        "devaluation of the peso by the central bank on 9 November": "blind first run: no conflict holding two of the values from their files",
        "votes in favour of the IMF agreement in the Chamber of Deputies": "blind first run: no conflict holding two of the values from their files",
        "number of people at the CGT march to Plaza de Mayo": "blind first run: no conflict holding two of the values from their files",
        "Argentina's annual inflation in October": "blind first run: no conflict holding two of the values from their files",
        "ransom paid for the release of the SMF aid workers": "blind first run: no conflict holding two of the values from their files",
        "number of days the aid workers were held": "blind first run: no conflict holding two of the values from their files",
        "number of gunmen who carried out the kidnapping": "blind first run: no conflict holding two of the values from their files",
    },
}


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    return import_case(tmp_path_factory.mktemp("other-stories-8") / "case.sqlite", CORPUS, GOLD)


def _items(kind: str, rows, key=lambda x: x):
    return params(rows(GOLD), FAILS[kind], key=key)


def test_fail_dicts_name_gold_items():
    assert set(FAILS["alias"]) <= {a for g in GOLD["aliases"] for a in g["aliases"]}
    assert set(FAILS["canonical"]) <= {g["canonical"] for g in GOLD["aliases"]}
    assert set(FAILS["separate"]) <= {f"{a}|{b}" for a, b in GOLD["must_not_merge"]}
    assert set(FAILS["not_entity"]) <= set(GOLD["not_entities"])
    assert set(FAILS["event"]) <= {g["date"] for g in GOLD["events"]}
    assert set(FAILS["conflict"]) <= {d["topic"] for d in GOLD["disagreements"]}


@pytest.mark.parametrize(("canonical", "alias"), _items(
    "alias", lambda g: [(x["canonical"], a) for x in g["aliases"] for a in x["aliases"]], key=lambda p: p[1]))
def test_alias_resolves_to_its_canonical(case, canonical, alias):
    want, got = resolve(case, canonical), resolve(case, alias)
    assert want is not None and got is not None and got["id"] == want["id"], (alias, got and got["name"])


@pytest.mark.parametrize("canonical", _items("canonical", lambda g: [x["canonical"] for x in g["aliases"]]))
def test_canonical_is_found(case, canonical):
    assert resolve(case, canonical) is not None


@pytest.mark.parametrize(("a", "b"), _items("separate", lambda g: [tuple(p) for p in g["must_not_merge"]],
                                            key=lambda p: f"{p[0]}|{p[1]}"))
def test_kept_separate(case, a, b):
    ea, eb = resolve(case, a), resolve(case, b)
    assert ea is not None and eb is not None and ea["id"] != eb["id"], (a, b)


@pytest.mark.parametrize("phrase", _items("not_entity", lambda g: g["not_entities"]))
def test_not_an_entity(case, phrase):
    labels = {fold(label) for e in case["entities"].values() for label in [e["name"], *e["aliases"]]}
    assert fold(phrase) not in labels


@pytest.mark.parametrize("gold", _items("event", lambda g: g["events"], key=lambda e: e["date"]))
def test_event(case, gold):
    assert any(event_matches(gold, e) for e in case["events"]), gold["what"]


@pytest.mark.parametrize("gold", _items("conflict", lambda g: g["disagreements"], key=lambda d: d["topic"]))
def test_disagreement_is_a_conflict(case, gold):
    assert disagreement_found(case, gold), gold["topic"]
