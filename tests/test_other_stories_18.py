"""Eighteenth held-out corpus (tests/data/other-stories-18), written blind, then read.

Story A (files 01-03): a methane explosion at the invented Sarytobe coal mine near Abaysk in Kazakhstan's
Karaganda region, run by Temir Komir JSC (AO Temir Kömir); the director (Sergei Ivanovich / Sergey / S.I.
Kolesnikov) and his son, a shift foreman, stay apart, as do two unrelated Yerbols; Russian and Kazakh
transliterations (Sadvakasov/Sadvakassov, Gubaidullin/Gubaydullin), the emergency ministry as MES and MChS; the
toll, the men underground, the depth, the compensation and the director's age differ.  Story B (files 04-06): a
bribery case in Jordanian football (a referee banned for life, the invented club Shabab Al-Balqa docked points;
the chairman called "Abu Mohammed" and his son Mohammed al-Tamimi, the middleman "Abu Sami" and his son Sami;
el-/al-/Al-Khatib); the bribes in Jordanian dinars, the matches, the points and the referee's age differ.
Story C (files 07-09): a High Court in Koforidua annuls an invented Ghanaian by-election (the MP's nickname
"Obrempong" in three patterns, a middle name dropped by some outlets, party acronyms in brackets); the winning
margin, the polling stations, the excess ballots, the costs and the rerun's deadline differ.

Written at the start of stop 18 by a helper who never saw the extraction code and never ran the workbench;
scored blind, by its summary line only, at the stop's starting code (ed1fca0):
`aliases=47/66 (71%) canonical_found=61/62 separate=24/27 not_entities_clean=53/53 events=8/13
conflicts_required=3/12 conflicts_optional=0/2 entities_total=124 conflicts_total=7`.
Its failures were then read and general rules written for several families (tests/test_rules_claims_18.py,
tests/test_rules_names_18.py), so it is no longer blind.  Each failure below is a strict xfail from the
scorer's -v reading after that work, not traced in the code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-18", DATA / "other-stories-18-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the eighteenth held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
    },
    "canonical": {
        "Listvyazhnaya mine":
            "read in stop 18: no entity hit for the canonical name",
    },
    "separate": {
        "Sarytobe mine|Sarytobe":
            "read in stop 18: resolved to 97 and 97",
        "Sarytobe mine|Listvyazhnaya mine":
            "read in stop 18: resolved to 97 and None",
        "Shabab Al-Balqa|Balqa governorate":
            "read in stop 18: resolved to 99 and 99",
    },
    "not_entity": {},
    "event": {
        "2026-03-05@01-02-03":
            "read in stop 18: no event with this date (and count None) from all of ['01', '02', '03']",
        "2026-05-12@07-08-09":
            "read in stop 18: no event with this date (and count None) from all of ['07', '08', '09']",
    },
    "conflict": {
        "age of referee Youssef el-Khatib":
            "read in stop 18: no conflict holding two of its values from their files",
        "deadline the court set for the rerun":
            "read in stop 18: no conflict holding two of its values from their files",
    },
}


def _event_key(event: dict) -> str:
    return f"{event['date']}@{'-'.join(event['files'])}"  # two events fall on 2026-03-05


define_corpus_tests(globals(), CORPUS, GOLD, FAILS, event_key=_event_key)
