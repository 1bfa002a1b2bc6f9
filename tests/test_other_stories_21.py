"""Twenty-first held-out corpus (tests/data/other-stories-21), written blind.

Story A (files 01-03): a tailings dam collapses at an invented family nickel smelter in Central Sulawesi,
Indonesia (single names, the honorifics Bu and Pak before first names, a Chinese-Indonesian founder with a
Chinese birth name, three unrelated men called Agus, a company named after its founder).  Story B (files
04-06): a medical entrance exam paper leaks in Rajasthan, India (initials, Tiwari/Tewari, a quoted nickname,
an accused and an investigating officer of one surname, acronyms defined once).  Story C (files 07-09): mass
salmonella poisoning at a wedding near Sfax, Tunisia (French and Arabic romanisations: Hédi/Hadi, Ben/bin,
Mohamed/Mohammed/Muhammad, Salah/Salih; four Ben Amors).  Tolls, missing, arrests, sums in rupiah, rupees and
dinars, ages, volumes and bail differ.

Written during stop 19 by a helper who never saw the extraction code and never ran the workbench; its
writer reported only counts.  Scored by its summary line at the stop's starting code (77d5682):
`aliases=37/51 (73%) canonical_found=54/54 separate=23/23 not_entities_clean=44/44 events=5/16
conflicts_required=7/15 conflicts_optional=0/3 entities_total=102 conflicts_total=7`.
Its name failures (and only those) were read during the stop and worked on: at the end of the stop
`aliases=42/51 (82%) canonical_found=54/54 separate=23/23 not_entities_clean=44/44`; its events and conflicts
stayed unread, so `events=5/16 conflicts_required=8/15 conflicts_optional=0/3` is a blind measure of the
stop's event and claim work.
Each failure below is a strict xfail from the scorer's -v reading at the end of the stop, not traced.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-21", DATA / "other-stories-21-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the twenty-first held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
        "Lim Wei Jie":
            "end of stop 19: resolves to 'Lim Wei Jie', not to 'Halim Wijaya'",
        "Pak Halim":
            "end of stop 19: resolves to None, not to 'Halim Wijaya'",
        "Ko Lim":
            "end of stop 19: resolves to 'Ko Lim', not to 'Halim Wijaya'",
        "Halim Nikel":
            "end of stop 19: resolves to 'Halim Nikel', not to 'PT Halim Nikel Pratama'",
        "Bu Tarni":
            "end of stop 19: resolves to 'Tarni', not to 'Sutarni'",
        "Hadi bin Amor":
            "end of stop 19: resolves to 'Hadi bin Amor', not to 'Hédi Ben Amor'",
        "Ammi Hédi":
            "end of stop 19: resolves to 'Ammi Hédi', not to 'Hédi Ben Amor'",
        "Muhammad Salih al-Jlassi":
            "end of stop 19: resolves to 'Muhammad Salih al-Jlassi', not to 'Mohamed Salah Jlassi'",
    },
    "canonical": {},
    "separate": {},
    "not_entity": {},
    "event": {
        "2025-11@01-02-03":
            "end of stop 19: no event with this date (and count None) from all of ['01', '02', '03']",
        "2026-03-22@03":
            "end of stop 19: no event with this date (and count None) from all of ['03']",
        "2026-05-10@04-05-06":
            "end of stop 19: no event with this date (and count None) from all of ['04', '05', '06']",
        "2026-05-16@04-05":
            "end of stop 19: no event with this date (and count None) from all of ['04', '05']",
        "2026-06-21@04-05-06":
            "end of stop 19: no event with this date (and count None) from all of ['04', '05', '06']",
        "2026-06-09@06":
            "end of stop 19: no event with this date (and count None) from all of ['06']",
        "2026-08-08@07-08-09":
            "end of stop 19: no event with this date (and count None) from all of ['07', '08', '09']",
        "2026-08-14@08":
            "end of stop 19: no event with this date (and count None) from all of ['08']",
    },
    "conflict": {
        "number of HNP officials arrested":
            "end of stop 19: no conflict holding two of its values from their files",
        "volume of tailings held in the pond":
            "end of stop 19: no conflict holding two of its values from their files",
        "number of guests who fell ill after the Oued Ezzit wedding":
            "end of stop 19: no conflict holding two of its values from their files",
        "death toll of the Oued Ezzit food poisoning":
            "end of stop 19: no conflict holding two of its values from their files",
        "age of Hédi Ben Amor":
            "end of stop 19: no conflict holding two of its values from their files",
        "age of the groom's grandmother Zohra Mejri":
            "end of stop 19: no conflict holding two of its values from their files",
        "number of SMAT candidates":
            "end of stop 19: no conflict holding two of its values from their files",
        "number of wedding guests":
            "end of stop 19: no conflict holding two of its values from their files",
        "age of the second victim Taoufik Mejri":
            "end of stop 19: no conflict holding two of its values from their files",
    },
}


def _event_key(event: dict) -> str:
    return f"{event['date']}@{'-'.join(event['files'])}"


define_corpus_tests(globals(), CORPUS, GOLD, FAILS, event_key=_event_key)
