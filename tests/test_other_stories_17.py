"""Seventeenth held-out corpus (tests/data/other-stories-17), written blind.

Story A (files 01-03): a wildfire on the invented Cerro Ñilhue above the commune of Caleuche in Chile kills a
volunteer firefighter; a state of catastrophe and the arrest of a forestry worker (Spanish double surnames,
unaccented forms in the wire story, two unrelated Iturras; CONAF and SENAPRED spelled out in English, the fire
brigade in Spanish and English, the forestry firm Forestal Los Coigües S.A.; evacuees and hectares differ).
Story B (files 04-06): a fake pension top-up firm in Łódź, Złota Jesień sp. z o.o. (the founder Grzegorz
Wróblewski and his wife Małgorzata Wróblewska, a cousin Wróblewski and the regulator's spokeswoman Wróbel who
must stay apart; the Polish press form 'Grzegorz W.'; one outlet without Polish letters, one dated only
relatively; the CBŚP and the KNF; investors, the sum lost, bail and the detained differ).  Story C (files 07-09):
a boat of mostly Afghan migrants capsizes off the invented Greek island of Lefkonisi (three Ahmadis and three
Hosseinis who must not merge, Mohammad/Mohammed, Hossein/Hussein, Fatemeh/Fatima, a coast guard commander
'Nikos'/'Nikolaos', the smuggler's nickname "Haji Toofan" tied to a name only in 09; a wire dateline without a
year; the numbers aboard, rescued and dead and the distance differ).

Written during stop 17 by a helper who never saw the extraction code and never ran the workbench; scored only
by its summary line, at the stop's starting code (247092e):
`aliases=60/81 (74%) canonical_found=47/47 separate=26/26 not_entities_clean=50/50 events=4/12
conflicts_required=7/13 conflicts_optional=0/1 entities_total=111 conflicts_total=8`,
and once at the stop's final code (the blind measure of that stop's extraction work):
`aliases=60/81 (74%) canonical_found=47/47 separate=26/26 not_entities_clean=50/50 events=4/12
conflicts_required=7/13 conflicts_optional=0/1 entities_total=110 conflicts_total=8`.
Each failure below is a strict xfail from the scorer's -v reading of that final run, not traced in the code.
After that run the lead read the failures and wrote one general rule (an acronym glossed by 'the' and a
body's name before the sentence's verb: 'CONAF, the National Forestry Corporation, had ...'): aliases
60/81 -> 62/81; so this set is no longer blind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-17", DATA / "other-stories-17-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the seventeenth held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
        "Los Coigües":
            "blind run at the end of stop 17: resolves to 'Los Coigües', not to 'Forestal Los Coigües S.A.'",
        "Caleuche fire brigade":
            "blind run at the end of stop 17: resolves to 'CALEUCHE', not to 'Cuerpo de Bomberos de Caleuche'",
        "Caleuche volunteer fire brigade":
            "blind run at the end of stop 17: resolves to None, not to 'Cuerpo de Bomberos de Caleuche'",
        "Golden Autumn":
            "blind run at the end of stop 17: resolves to 'Golden Autumn', not to 'Złota Jesień sp. z o.o.'",
        "Central Investigation Bureau of Police":
            "blind run at the end of stop 17: resolves to 'Central Investigation Bureau of Police', not to 'CBŚP'",
        "Haji Toofan":
            "blind run at the end of stop 17: resolves to 'Haji Toofan', not to 'Abdul Qadir Sultani'",
        "Hajji Toofan":
            "blind run at the end of stop 17: resolves to 'Hajji Toofan', not to 'Abdul Qadir Sultani'",
        "UN refugee agency":
            "blind run at the end of stop 17: resolves to None, not to 'UNHCR'",
    },
    "canonical": {},
    "separate": {},
    "not_entity": {},
    "event": {
        "2026-02-04@01-02-03":
            "blind run at the end of stop 17: no event with this date (and count None) from all of ['01', '02', '03']",
        "2026-03-10@04-05-06":
            "blind run at the end of stop 17: no event with this date (and count None) from all of ['04', '05', '06']",
        "2026-04-13@07-08-09":
            "blind run at the end of stop 17: no event with this date (and count None) from all of ['07', '08', '09']",
    },
    "conflict": {
        "number of people detained in the CBŚP raids":
            "blind run at the end of stop 17: no conflict holding two of its values from their files",
    },
}


def _event_key(event: dict) -> str:
    return f"{event['date']}@{'-'.join(event['files'])}"  # two events fall on 2026-02-04


define_corpus_tests(globals(), CORPUS, GOLD, FAILS, event_key=_event_key)
