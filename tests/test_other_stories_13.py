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
        "2026-10-30":
            "blind first run: the revocation on this date is an event from 01 only; 02 ('Last Friday', dated "
            "Thursday, November 5) and 03 ('since October 30 ... revoked that day') are not joined to it",
        "2026-03-25":
            "blind first run: no event on this date (04 'on March 25', 05 a list item 'March 25, 2026', "
            "06 'in March', the day before 26 March)",
        "2026-03-26":
            "blind first run: no event on this date; 04's 'the next day' (after March 25) is dated 2026-11-19, "
            "the day after the article's date; 05's 'March 26' and 06's 'on 26 March' give no event",
        "2026-05-14":
            "blind first run: the indictment is an event on this date from 04 and 06 ('in May'), but 05's "
            "list item '<strong>May 14:</strong>' is not among its sources",
        "2026-11-18":
            "blind first run: split in two events on this date, one from 04 and one from 05; 06's "
            "'on 18 November' is in neither",
        "2026-10-03":
            "blind first run: no event on this date (07 'in the early hours of Oct. 3', 08 'Saturday 3 "
            "October', 09 'in the early hours of 3 October')",
        "2026-10-04":
            "blind first run: no event on this date (07 'The next day' after Oct. 3, 08 'on Sunday 4 October')",
        "2026-11-16":
            "blind first run: no event on this date (07 'on Monday', dated 17 November 2026; 08 'on 16 "
            "November'; 09 'on Monday 16 November')",
    },
    "conflict": {
        "area of land covered by the revoked titles":
            "blind first run: no conflict on the acres/hectares (3,400 acres, 1,500 hectares, 4,100 acres)",
        "value of the land in the Kiriko fraud":
            "blind first run: no conflict on the land's value in shillings",
        "number of suspects arrested in the raids":
            "blind first run: the conflict 'number of the arrest (2026-11-02)' pairs 02's 'Nine' with 03's "
            "'six' (the others beside Ms Kamau), not 03's '8 people in all'; 01's 'Seven' is an undated "
            "event outside it (and heldout.numbers reads digits only, the gold's 01/02 values are words)",
        "prison term prosecutors sought for Kim Hyun-woo":
            "blind first run: no conflict on the prison terms sought",
        "how far Haedong Shipbuilding shares fell the day after the FSS announcement":
            "blind first run: no conflict on the share fall (23%, 27%, 19%)",
        "prison term prosecutors sought for Park Ji-hoon":
            "blind first run: no conflict on the prison terms sought",
        "length of the anchor drag mark": "blind first run: no conflict on the drag mark's length in km",
        "cost of repairing the Helmi-1 cable": "blind first run: no conflict on the repair cost in euros",
        "days the Helmi-1 cable was out of service": "blind first run: no conflict on the days of outage",
    },
}


define_corpus_tests(globals(), CORPUS, GOLD, FAILS)
