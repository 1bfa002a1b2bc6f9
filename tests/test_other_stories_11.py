"""Eleventh held-out corpus (tests/data/other-stories-11), written blind.

Story A (files 01-03): the fire in the respiratory isolation ward of the invented Ibn Zuhr Teaching
Hospital in Basra, Iraq (two unrelated al-Saadis, the suspended hospital director Dr. Haidar al-Saadi and
the civil defence head Brig. Kadhim al-Saadi, the wire dropping the article as 'Saadi'; the kunya 'Abu
Zainab' for Karim Jabbar al-Fartousi beside the place Abu al-Khasib; Sheikh Faleh bin Ajeel al-Mansouri;
given-name second references 'Dr. Haidar' and 'Brigadier Kadhim'; the Ministry of Health (MoH), the Basra
Health Directorate, the Basra Civil Defence Directorate and the General Directorate of Civil Defence; the
dead, the injured, the oxygen cylinders and the ward's beds differ).  Story B (files 04-06): the invented
Indre Salten District Court fines the salmon farmer Nordvik Havbruk ASA for dumping fish waste into
Saltøyfjorden in Nordland, Norway (the unrelated Eirik and Astrid Kristiansen as 'Mr Kristiansen' and
'Ms Kristiansen'; ø, å and æ names; Økokrim with its long English name; the Norwegian Environment Agency
as NEA and Miljødirektoratet; the district court beside the Hålogaland Court of Appeal; the municipality
Saltøy beside the fjord Saltøyfjorden; the fine in kroner, the tonnes of waste, the months of dumping and
a suspended sentence differ).  Story C (files 07-09): the data leak and savings fraud at the invented Thai
fintech start-up PaoJai (the siblings Thanawat "Top" and Kanokwan "Nok" Srisombat with Thai given-name
second references 'Mr Thanawat', 'Ms Kanokwan', 'Khun Nok', 'Khun Top' beside a foreign outlet's
surname-only 'Srisombat'; Pimchanok "Ploy" Kaewmanee; a 'Pol Col' rank; the SEC, DSI and PDPC defined in
brackets; the product PaoJai Grow beside the company; the users affected, the sum lost, the number of
investors and the promised return differ).  All is messy web copy: Title/Outlet/Author/Date/URL blocks
(one with a dd.mm.yyyy date, one with a weekday date), bylines and datelines, a wire dateline without a
year, markdown front matter, raw HTML with character references mixed with raw UTF-8, a site header with
Published/Updated lines, photo captions, Read more/Related lines, a Norwegian 'Les også' line and typos.

The articles and the gold file (the format of ../shared/tools/score_corpus.py) were written by a
helper who never saw the extraction code and never ran the workbench on them.
Blind first run (main at 0d245b4, after this stop's names and events rounds were merged):
`aliases=51/61 (84%) canonical_found=51/51 separate=23/24 not_entities_clean=40/41 events=3/11
conflicts_required=2/10 conflicts_optional=0/2 entities_total=78 conflicts_total=2`.  Each failure is a strict
xfail whose cause is only what that run showed (not traced in the code).
What works is asserted; each failure is a strict xfail whose cause is only what the blind run showed
(not traced in the code), so a fix flips it to XPASS and the mark must go.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout import define_corpus_tests

DATA = Path(__file__).resolve().parent / "data"
CORPUS, GOLD_FILE = DATA / "other-stories-11", DATA / "other-stories-11-gold.json"
if not (CORPUS.is_dir() and GOLD_FILE.is_file()):
    pytest.skip("the eleventh held-out corpus is absent", allow_module_level=True)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))

FAILS: dict[str, dict[str, str]] = {
    "alias": {
        "Kanokwan": "traced: file 08 names her only 'his sister Kanokwan', never in full; a lone given name is not bound across articles to another article's full name (resolve.py)",
    },
    "canonical": {
    },
    "separate": {
    },
    "not_entity": {
    },
    "event": {
        "2025-03-12": "traced (a deliberate trade of round 14): the divers' filming was found only as a false 'killing' "
                      "read in 'heaps of dead salmon'; 'dead' before a thing that is no person now reports no death, "
                      "and no happening word names the discovery",
    },
    "conflict": {
        "suspended sentence given to the plant manager Per Ove Næss": "traced: 'a 90-day suspended prison sentence' and 'a 120-day suspended sentence': a term is read "
                                                                      "in years or months only (events._states_a_term, claims TERM units), and neither sentence is "
                                                                      "dated",
    },
}


define_corpus_tests(globals(), CORPUS, GOLD, FAILS)
