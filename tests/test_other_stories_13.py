"""Thirteenth held-out corpus (tests/data/other-stories-13), written blind.

Story A (files 01-03): a land-title fraud in the invented Kiriko County, Kenya (the former county lands
chief Wanjiru "Mama Ardhi" Kamau and the unrelated farmer Francis Kamau, as 'Ms Kamau' and 'Mr Kamau';
the land-buying company chairman Peter Mwangi Gachanja, known as "Mzee wa Ploti"; the widow Rose Atieno
Otieno and her late husband Joseph Otieno Oloo; Lands Cabinet Secretary Grace Achieng Odhiambo as 'CS
Odhiambo'; the Ethics and Anti-Corruption Commission (EACC), the Ministry of Lands, the Kiriko County
Government and Mugumo Heights Land Buying Company as 'Mugumo Heights Ltd'; the title deeds revoked, the
acres/hectares and the land's value in shillings differ).  Story B (files 04-06): an accounting fraud at
the invented Haedong Shipbuilding of the family-run Haedong Group (the founder Kim Yong-tae and his son,
the chairman Kim Hyun-woo, both written without the hyphen by 06, and the analyst Kim Seo-yeon; the ex-CFO
Park Ji-hoon/Park Jihoon and the FSS deputy governor Park Sung-jin; the prosecutor Lee Dong-hyun, the union
leader Lee Mi-kyung and the auditor Lee Jae-sung; the FSS and the SFC; the prison term sought, the profits
inflated in won and the share fall differ).  Story C (files 07-09): the Helmi-1 data cable cut in the Gulf
of Finland by the anchor of the cargo ship "Anna Lisette" (Finnish names with ä and ö, written without them
by 07; the unrelated Commander Jyrki Mäkelä and Minister Sari Mäkelä; Estonian names; the Finnish Coast
Guard (FCG), the National Bureau of Investigation (NBI, Keskusrikospoliisi or KRP) and Estonia's Police and
Border Guard Board (PPA); the drag mark's length, the repair cost and the days of outage differ).  Messy web
copy throughout: a wire 'NAIROBI, Nov 3 (Wire) -' without a year, Title/Outlet/Author/Date/URL blocks (one
with breadcrumbs and a weekday date, one with the date 19.11.2026), bylines with datelines, stray HTML with
character references in a .txt file (05), markdown with front matter (08), photo captions, Read more/Related/
Also read lines, a Finnish 'Lue myös' line, question headings and typos ('goverment', 'then').

The articles and the gold file (the format of ../shared/tools/score_corpus.py) were written by a
helper who never saw the extraction code and never ran the workbench on them before the gold was done.
Blind first run (this morning's code, b9ec0d0):
`aliases=37/46 (80%) canonical_found=61/62 separate=26/28 not_entities_clean=59/59 events=3/12
conflicts_required=1/9 conflicts_optional=1/3 entities_total=82 conflicts_total=3`.
What works is asserted; each failure is a strict xfail whose cause is a first reading of the blind
run's CLI outputs (import, entities/events/conflicts/search --json), not traced in the code, so a fix
flips it to XPASS and the mark must go.  The tests differ from the scorer on one item: the optional
crew-count conflict, which the scorer finds by number words and tests/heldout.py (digits only) does not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-13", DATA / "other-stories-13-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the thirteenth held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {},
    "canonical": {},
    "separate": {},
    "not_entity": {},
    "event": {
        "2026-03-25":
            "traced: no happening word in any account of the regulator's announcement: 04 'The scandal "
            "broke on March 25, when the Financial Supervisory Service (FSS) said ... had overstated', 05 "
            "'March 25, 2026: The FSS announces it found ... overstatement ... and refers the case to "
            "prosecutors', 06 'said in March'; a finding announced (said/announces it found) and a referral "
            "to prosecutors are no trigger family",
    },
    "conflict": {
    },
}


define_corpus_tests(globals(), CORPUS, GOLD, FAILS)
