"""Twenty-second held-out corpus (tests/data/other-stories-22), written blind.

Story A (files 01-03): a Fijian fisheries permanent secretary charged over tuna-licence bribes (the chiefly
title Ratu, Samoan and Korean names, a prosecutor and a defence lawyer of one surname, an acronym defined once).
Story B (files 04-06): a Shigella outbreak from tap water in an Armenian town and the arrest of the water
utility's chief (Armenian names in Armenian and Russian romanisation: Hovhannisyan/Oganesyan,
Hakobyan/Akopyan, Ghukasyan/Gukasyan; a newspaper and a company named after the province).  Story C (files
07-09): a Peruvian provincial mayoral election annulled for vote-buying and the mayor-elect jailed (Spanish
double surnames with particles, de la Cruz, de las Casas; Basque Etxeberria/Echeverría; Aymara spellings).
Tolls, sums in Fijian dollars, drams and soles, arrests, ages, percentages and margins differ.

Written during stop 20 by a helper who never saw the extraction code and never ran the workbench; its
writer reported only counts.  Scored by its summary line at the stop's starting code (e2d130c):
`aliases=51/72 (71%) canonical_found=70/72 separate=14/16 not_entities_clean=43/43 events=11/16
conflicts_required=5/17 conflicts_optional=1/2 entities_total=114 conflicts_total=7`.
Its name failures (and only those) were read after that first run and worked on, as families tested with
invented names: at the end of the stop `aliases=64/72 (89%) canonical_found=70/72 separate=14/16
not_entities_clean=43/43`.  Its events and conflicts stayed unread, so `events=11/16 conflicts_required=5/17
conflicts_optional=1/2` (conflicts_total 6) is a blind measure of the stop's event and claim work: unchanged.
After that blind line its event and conflict failures were read too: Fijian dollars ('F$'), Peruvian soles ('S/')
and the title 'Ratu' were then read, and `conflicts_required=6/17` at the very end of the stop.
The two separations that fail and the two canonical names missing are the articles' authors and outlet, named
only in header lines and credits, which the workbench reads as metadata, not text.
Each failure below is a strict xfail from the scorer's -v reading at the end of the stop, not traced.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-22", DATA / "other-stories-22-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the twenty-second held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
        "JV":
            "end of stop 20: resolves to 'JV', not to 'Ratu Jone Vakaloloma'",
        "Dr. Hannah Kwon-Seeto":
            "end of stop 20: resolves to None, not to 'Hannah Kwon-Seeto'",
        "de la Cruz":
            "end of stop 20: resolves to 'De la Cruz', not to 'Rosa Elvira de la Cruz Mamani'",
        "De la Cruz":
            "end of stop 20: resolves to 'De la Cruz', not to 'Rosa Elvira de la Cruz Mamani'",
        "Tía Rosa":
            "end of stop 20: resolves to 'De la Cruz', not to 'Rosa Elvira de la Cruz Mamani'",
        "Tia Rosa":
            "end of stop 20: resolves to 'De la Cruz', not to 'Rosa Elvira de la Cruz Mamani'",
        "R. E. de la Cruz":
            "end of stop 20: resolves to 'R. E. de la Cruz', not to 'Rosa Elvira de la Cruz Mamani'",
        "Ugarte":
            "end of stop 20: resolves to 'Ugarte', not to 'Luis Alberto Ugarte de las Casas'",
    },
    "canonical": {
        "Hannah Kwon-Seeto":
            "end of stop 20: no entity hit for the canonical name",
        "Daniela Ríos Aranguren":
            "end of stop 20: no entity hit for the canonical name",
    },
    "separate": {
        "Lori|Lori Valley Courier":
            "end of stop 20: resolved to 49 and 49",
        "Edgar Palomino Ríos|Daniela Ríos Aranguren":
            "end of stop 20: resolved to 19 and None",
    },
    "not_entity": {},
    "event": {
        "2026-03-11@01-02":
            "end of stop 20: no event with this date (and count None) from all of ['01', '02']",
        "2026-04-02@01-02":
            "end of stop 20: no event with this date (and count None) from all of ['01', '02']",
        "2026-07-14@04-05-06":
            "end of stop 20: no event with this date (and count None) from all of ['04', '05', '06']",
        "2026-10-04@07-08-09":
            "end of stop 20: no event with this date (and count None) from all of ['07', '08', '09']",
        "2026-11-07@07-08-09":
            "end of stop 20: no event with this date (and count None) from all of ['07', '08', '09']",
    },
    "conflict": {
        "amount of bribes Vakaloloma allegedly received":
            "end of stop 20: no conflict holding two of its values from their files",
        "number of people hospitalised in the Zarnashat outbreak":
            "end of stop 20: no conflict holding two of its values from their files",
        "PSRC fine imposed on Lorijur":
            "end of stop 20: no conflict holding two of its values from their files",
        "age of the woman who died on 19 July":
            "end of stop 20: no conflict holding two of its values from their files",
        "number of people detained on 21 July":
            "end of stop 20: no conflict holding two of its values from their files",
        "de la Cruz's winning margin":
            "end of stop 20: no conflict holding two of its values from their files",
        "cash seized in the 27 October raids (soles)":
            "end of stop 20: no conflict holding two of its values from their files",
        "cash seized in the raids (US dollars)":
            "end of stop 20: no conflict holding two of its values from their files",
        "fall in tuna catch last year":
            "end of stop 20: no conflict holding two of its values from their files",
    },
}


def _event_key(event: dict) -> str:
    return f"{event['date']}@{'-'.join(event['files'])}"


define_corpus_tests(globals(), CORPUS, GOLD, FAILS, event_key=_event_key)
