"""Third to sixth held-out corpora (tests/data/other-stories-3 to -6), written blind.

Set 3: an EU competition fine and blocked takeover (German/Dutch names with von, van der,
de; Jr./Sr.), a wildfire in Greece (Papadopoulos/Papadopoulou), the collapse of a
Vietnamese lending app (names with and without diacritics).  Set 4: a Chinese laser maker
blacklisted and its executives held in Singapore (family-name-first names), a Nigerian
pipeline blast (Chief/Engr./Alhaji titles), a Bahraini sovereign-fund verdict (bin/al-/Abu).
Set 5: a ferry capsizing in Indonesia (single names, given-name references), a Spanish
football club's payments to a referees' official (double surnames, "el" nicknames), a
ransomware attack on Polish hospitals (-ski/-ska).  Set 6: a South African gold-mine collapse
(Zulu and Xhosa names), a US generic-drug price-fixing case (Jr., Sr., III), a disputed
election in Senegal (French names of parties and bodies).  All are messy web copy.  The articles and gold files (the format of
../shared/tools/score_corpus.py) were written by a helper who never saw the extraction
code, before the first run.  What works is asserted; what fails today is a strict xfail
naming its cause, so a fix flips it to XPASS and the mark must go.  Set 4 was then used
to develop rules (each tested on invented sentences in tests/test_rules_other_stories_4.py);
set 3 was then used for name rules too (tests/test_rules_other_stories_3.py).  Set 5's first,
blind run was `aliases=40/52 (77%) canonical_found=93/101 separate=12/15 not_entities_clean=37/39
events=1/12 conflicts_required=1/7`; its events and claims were worked on after that.  Set 6's first,
blind run (with all of the above in place) was `aliases=38/49 (78%) canonical_found=64/69
separate=12/12 not_entities_clean=40/41 events=2/12 conflicts_required=0/7`; its metadata, events
and claims were then worked on, then its names (rules tested in tests/test_rules_names_12.py).  Many causes (most of
sets 5 and 6, the events and conflicts of sets 3 and 4) are first readings of the output,
not yet traced in the code: a fix may show another cause.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import (
    assert_fails_name_gold_items,
    disagreement_found,
    event_matches,
    fold,
    import_case,
    params,
    resolve,
)

DATA = Path(__file__).resolve().parent / "data"
SETS = {n: (DATA / f"other-stories-{n}", DATA / f"other-stories-{n}-gold.json") for n in ("3", "4", "5", "6")}
if not all(c.is_dir() and g.is_file() for c, g in SETS.values()):
    pytest.skip("the third to sixth held-out corpora are absent", allow_module_level=True)
GOLD = {n: json.loads(g.read_text(encoding="utf-8")) for n, (_c, g) in SETS.items()}

VON_SHORT = "a particle surname short form ('von Stahlberg', 'van der Meulen') fits father and son, so it stays apart"
NICK_FIRST = "a nickname used as a first name ('Koni', 'Ome Piet') is not bound: only quoted nicknames are"
ORG_SHORT = "a company's one-word short form ('Stahlberg', 'Tianlan') also names people or other units, so no join"
LEGAL_FORM = "'B.V.' (dotted legal form) is not joined to the name without it, nor the acronym to the dotted name"
GIVEN_ONLY = ("traced: 06 names him only 'His son Tonye', never in full (04 and 05 do); a lone given name "
              "is bound only within its article, never across articles to another's full name")
EVENT_WORD = "no happening word for this in the trigger list ({})"
FAILS = {
    "3": {
        "alias": {
            "Stahlberg": ("traced (stop 21): 02 names the son 'Konrad \"Koni\" von Stahlberg' and its lone "
                          "'Stahlberg' binds to him, not to 'Stahlberg Thermotechnik' (of no kind in 02); the "
                          "search's first hit for the word is then the person"),
        },
        "canonical": {},
        "separate": {},
        "not_entity": {},
        "event": {
            "2025-04-02": EVENT_WORD.format("'sent' a Statement of Objections"),
        },
        "conflict": {
            "value of Stahlberg's offer for Van der Meulen": "offer and takeover are different money topics",
        },
    },
    "4": {
        "alias": {"Tianlan": ORG_SHORT, "Tonye": GIVEN_ONLY},
        "canonical": {}, "separate": {}, "not_entity": {},
        "event": {
            "2025-11-06": EVENT_WORD.format("a ministry saying it opposes"),
            "2024-03-17": "'left Bahrain for London' is no trigger ('fled' is)",
        },
        "conflict": {
            "number of Tianlan executives detained and charged in Singapore": "three detained (an arrest) and four "
            "charged (a charge) are two happenings",
        },
    },
    "5": {
        "alias": {
            "Vicente Beltrán": "a given name and first surname fit father and son ('Beltrán Ibáñez', 'Beltrán Roig')",
            "De Santis": "a capitalised particle surname ('De Santis') fits the person and his agency",
            "CD Almenara": "traced: 'CD Almenara' is a person only by verbs of saying ('CD Almenara said'), and "
            "the initials join (resolve.join 0c) refuses persons; letting it join carries the short form 'Almenara' "
            "06 binds to it onto the club, so the town 'Almenara' resolves to the club (tried: separate 15->14)",
        },
        "canonical": {
            "Ministry of Digital Affairs": "the ministry is named only in an 'Updated ...' line, which is layout",
        },
        "separate": {
        },
        "not_entity": {},
        "event": {
            "2025-10-09": EVENT_WORD.format("confirming an attack and notifying a regulator"),
        },
        "conflict": {
        },
    },
    "6": {
        "alias": {
            "Tom Brennan": "a short given name ('Tom' for 'Thomas') is not matched: no table of short forms",
        },
        "canonical": {
            "Parsippany": "a one-word place named once, as a modifier ('the Parsippany drugmaker'), is not found",
        },
        "separate": {},
        "not_entity": {},
        "event": {
        },
        "conflict": {
            "number of people killed in post-election protests": "protest deaths sit on different killing events",
        },
    },
}


def _event_keys() -> dict[int, str]:
    """Each gold event's key: its date, or for a second event of one date in a set, the date
    and its files ("2025-11-12 (05+06)"), so each can be marked on its own."""
    keys: dict[int, str] = {}
    for gold in GOLD.values():
        seen: set[str] = set()
        for g in gold["events"]:
            keys[id(g)] = g["date"] if g["date"] not in seen else f"{g['date']} ({'+'.join(g['files'])})"
            seen.add(g["date"])
    return keys


EVENT_KEYS = _event_keys()


def event_key(gold_event: dict) -> str:
    return EVENT_KEYS[id(gold_event)]


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    return {n: import_case(tmp_path_factory.mktemp(f"other-stories-{n}") / "case.sqlite", c, GOLD[n])
            for n, (c, _g) in SETS.items()}


def _items(kind: str, rows, key=lambda x: x):
    out = []
    for n in SETS:
        for item in rows(GOLD[n]):
            item_key = (n, key(item))
            fails = {item_key: FAILS[n][kind][item_key[1]]} if item_key[1] in FAILS[n][kind] else {}
            out.extend(params([(n, *item)], fails, key=lambda _row, k=item_key: k))
    return out


def test_fail_dicts_name_gold_items():
    for n, gold in GOLD.items():
        assert_fails_name_gold_items(FAILS[n], gold, event_key)


@pytest.mark.parametrize(("n", "canonical", "alias"), _items(
    "alias", lambda g: [(x["canonical"], a) for x in g["aliases"] for a in x["aliases"]], key=lambda p: p[1]))
def test_alias_resolves_to_its_canonical(cases, n, canonical, alias):
    want, got = resolve(cases[n], canonical), resolve(cases[n], alias)
    assert want is not None and got is not None and got["id"] == want["id"], (alias, got and got["name"])


@pytest.mark.parametrize(("n", "canonical"), _items("canonical", lambda g: [(x["canonical"],) for x in g["aliases"]],
                                                    key=lambda p: p[0]))
def test_canonical_is_found(cases, n, canonical):
    assert resolve(cases[n], canonical) is not None


@pytest.mark.parametrize(("n", "a", "b"), _items("separate", lambda g: [tuple(p) for p in g["must_not_merge"]],
                                                 key=lambda p: f"{p[0]}|{p[1]}"))
def test_kept_separate(cases, n, a, b):
    ea, eb = resolve(cases[n], a), resolve(cases[n], b)
    assert ea is not None and eb is not None and ea["id"] != eb["id"], (a, b)


@pytest.mark.parametrize(("n", "phrase"), _items("not_entity", lambda g: [(p,) for p in g["not_entities"]],
                                                 key=lambda p: p[0]))
def test_not_an_entity(cases, n, phrase):
    labels = {fold(label) for e in cases[n]["entities"].values() for label in [e["name"], *e["aliases"]]}
    assert fold(phrase) not in labels


@pytest.mark.parametrize(("n", "gold"), _items("event", lambda g: [(e,) for e in g["events"]],
                                               key=lambda p: event_key(p[0])))
def test_event(cases, n, gold):
    assert any(event_matches(gold, e) for e in cases[n]["events"]), gold["what"]


@pytest.mark.parametrize(("n", "gold"), _items("conflict", lambda g: [(d,) for d in g["disagreements"]],
                                               key=lambda p: p[0]["topic"]))
def test_disagreement_is_a_conflict(cases, n, gold):
    assert disagreement_found(cases[n], gold), gold["topic"]
