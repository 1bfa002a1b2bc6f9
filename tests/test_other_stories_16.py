"""Sixteenth held-out corpus (tests/data/other-stories-16), written blind.

Story A (files 01-03): a customer-data breach at the invented Vietnamese operator Thiên Hà Telecom (Vietnamese
names family name first, several Nguyễns and Trầns who must stay apart, đ/ơ/ư written with and without their
marks, 'Ms. Hà' beside the company's 'Thiên Hà'; the regulator DSD; the accounts leaked, the ransom, the fine
in đồng and dollars and the people detained differ).  Story B (files 04-06): the ferry Rainha do Recôncavo sinks
in the Baía de Todos-os-Santos off Salvador, Bahia (Portuguese names with da/dos, a father and son
'Júnior'/'Filho', nicknames used alone, the operator Navegação Ferreira Lima named after its founder, a wire
without accents; the death toll rises and is revised, the passengers aboard, the hour and the capacity
differ).  Story C (files 07-09): a procurement-fraud trial in Konya over the Karaçam City Hospital (Turkish
names with ş/ğ/ı/İ written in ASCII by one outlet, two brothers and their firm Öztürkoğlu İnşaat A.Ş., two
unrelated Yılmazes, a district named like the hospital; the loss, the sentence, the defendants, the beds and
those acquitted differ; 09 dates the verdict only 'on Tuesday').

Written by a helper who never saw the extraction code, at the start of stop 17; scored by its summary line
only, first at the stop's starting code (247092e):
`aliases=54/59 (92%) canonical_found=49/50 separate=27/29 not_entities_clean=50/50 events=4/12
conflicts_required=2/12 conflicts_optional=1/2 entities_total=86 conflicts_total=5`,
then after both helpers' rounds of that stop (events17, claims17; they never saw it): the same but
events=5/12.  The lead then read its failures and wrote general rules for some families (a dated lead
sentence carried to 'According to ..., officers ...', a penalty announced, days in figures, ordinals inside
names, a body named with its place, 'Security' ending a company's name), and a helper (claims17b) worked on
its conflict families, each tested on invented sentences; after them (no longer blind):
`aliases=57/59 (97%) canonical_found=50/50 separate=29/29 not_entities_clean=50/50 events=7/12
conflicts_required=9/12 conflicts_optional=1/2 entities_total=84 conflicts_total=11`.
Each failure below is a strict xfail (the scorer's -v reading at the end of stop 17, not traced in the code).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-16", DATA / "other-stories-16-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the sixteenth held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
        "Toninho":
            "stop 17: resolves to 'Toninho', not to 'Antônio Carlos da Silva Júnior'",
        "Bay of All Saints":
            "stop 17: resolves to 'Bay of All Saints', not to 'Baía de Todos-os-Santos'",
    },
    "canonical": {},
    "separate": {},
    "not_entity": {},
    "event": {
        "2026-11-17":
            "stop 17: no event with this date (and count None) from all of ['08', '09']",
    },
    "conflict": {
        "prison sentence of Mehmet Şahin Öztürkoğlu":
            "stop 17: no conflict holding two of its values from their files",
    },
}


define_corpus_tests(globals(), CORPUS, GOLD, FAILS)
