"""Seventh held-out corpus (tests/data/other-stories-7), written blind.

Story Q (files 01-03): an express crashes into a goods train at Rayagiri Junction near
Visakhapatnam, India (Telugu names with initials, Shri/Smt., an invented zonal railway EGR,
three unrelated Reddys, quoted nicknames, 'Vizag').  Story R (files 04-06): a Russian
fertiliser magnate's superyacht is seized in Genoa under EU sanctions and a court upholds the
freeze (patronymics, -ov/-ova, the transliteration variant Gennadiy, PJSC Severokhimprom with
its Cyrillic spelling, 'Khimik' ("the Chemist")).  Story S (files 07-09): a five-day national
nurses' strike in Portugal (compound Portuguese names, 'Ms Lopes' for the last surname, two
Carvalhos, the unions SNEP and FSE, 'Ministério da Saúde', 'Lisboa').  All is messy web copy:
a Title/Outlet block, bylines and datelines, raw HTML, markdown front matter, wire datelines.

The articles and the gold file (the format of ../shared/tools/score_corpus.py) were written
by a helper who never saw the extraction code, before the first run.  The first, blind run was
`aliases=44/55 (80%) canonical_found=70/70 separate=10/10 not_entities_clean=36/36 events=2/9
conflicts_required=1/8 conflicts_optional=0/2 entities_total=102 conflicts_total=1`.
What works is asserted; what fails today is a strict xfail naming its cause, so a fix flips it
to XPASS and the mark must go.  Every cause is a first reading of the command line's output
(entities, events, conflicts and claims as JSON), not traced in the code: a fix may show
another cause.

Names were then worked on ('Ms Voronova', 'Lisboa', 'EU', with rule tests on invented text in
tests/test_rules_names_12b.py): the alias figures here are no longer blind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-7", DATA / "other-stories-7-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the seventh held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

EVENT_WORD = "no happening word for this in the trigger list ({})"
WIRE_DATELINE = "the wire dateline ('{}') is read as the title, so the file has no date"
FAILS = {
    "alias": {
        "Rayagiri": "a place's short form without its head word ('Rayagiri' for 'Rayagiri Junction') "
        "is an entity of its own",
        "Северохимпром": "the workbench binds it ('workbench search Северохимпром' reaches Severokhimprom), but "
        "the scorer's own fold drops non-Latin letters, so it cannot match a Cyrillic alias",
        "North Star": "a translation given as 'whose name means \"North Star\"' is not bound to the yacht",
    },
    "canonical": {},
    "separate": {},
    "not_entity": {},
    "event": {
        "2026-09-17": "the seizure event holds 04's 'on Thursday seized' and 06's 'seized the vessel last month', "
        "but 05 tells it only as 'held in Genoa since Thursday, 17 September' inside the appeal sentence",
    },
    "conflict": {
        "number of surgeries postponed by the strike": "07's '12,400 surgeries' and 09's 'more than 9,800 "
        "operations' are claims under two nouns (count|surgery, count|operation)",
    },
}


define_corpus_tests(globals(), CORPUS, GOLD, FAILS)
