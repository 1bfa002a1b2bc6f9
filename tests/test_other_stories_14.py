"""Fourteenth held-out corpus (tests/data/other-stories-14), written blind.

Story A (files 01-03): an antiquities-smuggling ring in Egypt (the brothers Mohamed and Mahmoud Abdel-Fattah,
transliterated 'Mohammed/Mahmoud Abdel Fattah' by 02 and 'Muhammad/Mahmoud Abdelfattah' by 03; El-/al- names
written both ways: Judge Hazem El-Tawil, Minister Sherif El-Demerdash and the museum director Nevine El-Gohary;
the Egyptian Customs Authority (ECA), the Ministry of Tourism and Antiquities ('&amp;' in 02), the Nile Valley
Museum and the front company Nefertari Export & Import Co.; the artefacts seized, their value in dollars and the
prison term differ).  Story B (files 04-06): embezzlement at the invented Czech Amateur Ice Hockey Federation
(ČSAH) (the husband and wife Jaroslav Dvořák and Markéta Dvořáková, the father and son Miroslav Kučera Sr. and
Jr., all written without diacritics by 06; the club HC Brodek and its town Brodek; the NCOZ, also by its Czech
name, the National Sports Agency (NSA) and the agency Ledová Reklama s.r.o.; the sum in koruna, the number of
fictitious contracts and the share of youth funds missing differ).  Story C (files 07-09): an earthquake in the
invented Myagdikot district of Nepal (Bikash, Sunita and Ramesh Shrestha, Deepak and Maya Thapa, Tek Bahadur
"Kancha" Gurung and Lila Gurung; the NDRRMA, the NEMRC, the USGS and the Global Relief Alliance (GRA); the
magnitude (6.1 vs 6.4), the death toll, the houses destroyed, the relief package in rupees and the days the
road was closed differ).  Messy web copy throughout: a Title/Outlet/Author/Date/URL block (01), stray HTML
with character references (&amp;, &eacute;, &#39;) in a .txt file (02), bylines with datelines and question
headings (03, 04), a Title block with breadcrumbs and the date 22.11.2026 (05), an ASCII digest (06), a wire
'KATHMANDU, March 12 (Wire) -' without a year (07), markdown with front matter (08), a Title block with a
weekday date (09), photo captions, Read more/Related/Also read lines, quoted phrases and typos ('painfull',
"it's grants").

The articles and the gold file (the format of ../shared/tools/score_corpus.py) were written by a
helper who never saw the extraction code and never ran the workbench on them before the gold was done.
Blind first run (this morning's code, b19f9ee):
`aliases=40/48 (83%) canonical_found=58/59 separate=27/27 not_entities_clean=52/52 events=4/11
conflicts_required=3/11 conflicts_optional=2/3 entities_total=70 conflicts_total=6`.
What works is asserted; each failure is a strict xfail whose cause is a first reading of the blind
run's CLI outputs (import, entities/events/conflicts/search --json), not traced in the code, so a fix
flips it to XPASS and the mark must go.

The two helpers' rounds of the same day (events16, names16), which never saw this set, left its line
exactly as the blind run gave it.  The lead then read the failure families above and wrote general
rules for them (Arabic transliterations, '&'/'and' in names, an earthquake's magnitude, 'quake',
whose an amount is, reopenings, 'stepped down', a disaster zone declared, Kč and currency codes,
Read more lines and counts, shares of funds), each tested on invented sentences; after them:
`aliases=46/48 (96%) canonical_found=58/59 separate=27/27 not_entities_clean=52/52 events=7/11
conflicts_required=10/11 conflicts_optional=3/3 entities_total=64 conflicts_total=14` (no longer blind).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-14", DATA / "other-stories-14-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the fourteenth held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
        "Národní centrála proti organizovanému zločinu":
            "blind first run: no entity hit for the Czech name inside the NCOZ's brackets (05), only a passage",
        "Chief District Officer Ramesh Shrestha":
            "blind first run: no entity hit for the titled form (09), only a passage; 'Ramesh Shrestha' holds "
            "'Officer Ramesh Shrestha' (08's 'Chief District Officer' cut after 'Chief District')",
    },
    "canonical": {
        "Egypt":
            "blind first run: no entity 'Egypt' (02 breadcrumb 'Egypt', 03 'Nearly Left Egypt' and 'Egypt's'); "
            "the first entity hit is 'Egyptian Customs Authority'",
    },
    "separate": {},
    "not_entity": {},
    "event": {
    },
    "conflict": {
    },
}


define_corpus_tests(globals(), CORPUS, GOLD, FAILS)
