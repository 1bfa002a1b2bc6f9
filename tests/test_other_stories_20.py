"""Twentieth held-out corpus (tests/data/other-stories-20), written blind.

Story A (files 01-03): a counterfeit-insulin ring in Iran (Persian names in several spellings: a hyphen or
none, gh/q as in Ghaffari/Qaffari and Sadeghi/Sadeqi, a nickname with an honorific).  Story B (files 04-06): a
stadium stand collapses in an invented Ethiopian town (patronymic names, where a father's first name is his
son's second; Tesfaye/Tesfay; honorifics such as Ato and Commissioner before first names; a quoted nickname).
Story C (files 07-09): wine-origin fraud at an invented Georgian winery (Giorgi/Georgy/Georgiy, the diminutive
Gia, unrelated namesakes).  Tolls, ages, sums, arrest counts, prison terms and custody days differ.

Written during stop 19 by a helper who never saw the extraction code and never ran the workbench; its
writer reported only counts.  Scored by its summary line at the stop's starting code (77d5682):
`aliases=34/48 (71%) canonical_found=51/51 separate=20/20 not_entities_clean=35/36 events=7/15
conflicts_required=5/14 conflicts_optional=0/3 entities_total=92 conflicts_total=7`,
and at the stop's code after every helper's work was merged, still unread (the blind measure of the stop):
`aliases=34/48 (71%) canonical_found=51/51 separate=20/20 not_entities_clean=35/36 events=8/15
conflicts_required=5/14 conflicts_optional=0/3 entities_total=92 conflicts_total=7`.
(Its summary line was also used once, unread, to find that a names rule of the stop joined two people:
separate fell to 19/20, and the rule was narrowed.)  Its failures were then read, for names only:
`aliases=42/48 (88%) ... events=8/15 conflicts_required=5/14 ... entities_total=87 conflicts_total=7`.
Each failure below is a strict xfail from the scorer's -v reading at the end of the stop, not traced.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-20", DATA / "other-stories-20-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the twentieth held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
        "Tesfaye Alemu Gebru":
            "end of stop 19: resolves to 'Tesfaye Alemu Gebru', not to 'Tesfaye Alemu'",
        "Tesfay Alemu":
            "end of stop 19: resolves to 'Tesfay Alemu', not to 'Tesfaye Alemu'",
        "Ato Tesfaye":
            "end of stop 19: resolves to 'Ato Tesfaye', not to 'Tesfaye Alemu'",
        "Commissioner Tesfaye":
            "end of stop 19: resolves to 'Dawit Tesfaye', not to 'Tesfaye Bekele'",
        "Hagere Berhan":
            "end of stop 19: resolves to 'Hagere Berhan Kenema', not to 'Hagere Birhan'",
        "Hagere Berhan Kenema":
            "end of stop 19: resolves to 'Hagere Berhan Kenema', not to 'Hagere Birhan Kenema'",
    },
    "canonical": {},
    "separate": {},
    "not_entity": {
        "Natlisi Reserve":
            "end of stop 19: became an entity or alias",
    },
    "event": {
        "2026-03-05@01-02-03":
            "end of stop 19: no event with this date (and count None) from all of ['01', '02', '03']",
        "2026-02@01-02-03":
            "end of stop 19: no event with this date (and count None) from all of ['01', '02', '03']",
        "2026-04-12@04-05-06":
            "end of stop 19: no event with this date (and count None) from all of ['04', '05', '06']",
        "2026-04-16@05-06":
            "end of stop 19: no event with this date (and count None) from all of ['05', '06']",
        "2024-09-11@05-06":
            "end of stop 19: no event with this date (and count None) from all of ['05', '06']",
        "2026-05-19@07-08-09":
            "end of stop 19: no event with this date (and count None) from all of ['07', '08', '09']",
        "2026-03@07-09":
            "end of stop 19: no event with this date (and count None) from all of ['07', '09']",
    },
    "conflict": {
        "number of patients killed by the counterfeit insulin":
            "end of stop 19: no conflict holding two of its values from their files",
        "value of the counterfeit insulin sales":
            "end of stop 19: no conflict holding two of its values from their files",
        "cost of the Abebe Tessema Stadium":
            "end of stop 19: no conflict holding two of its values from their files",
        "age of contractor Tesfaye Alemu":
            "end of stop 19: no conflict holding two of its values from their files",
        "extra days of custody granted to police":
            "end of stop 19: no conflict holding two of its values from their files",
        "age of Giorgi Tsiklauri":
            "end of stop 19: no conflict holding two of its values from their files",
        "number injured in the stadium collapse":
            "end of stop 19: no conflict holding two of its values from their files",
    },
}


def _event_key(event: dict) -> str:
    return f"{event['date']}@{'-'.join(event['files'])}"


define_corpus_tests(globals(), CORPUS, GOLD, FAILS, event_key=_event_key)
